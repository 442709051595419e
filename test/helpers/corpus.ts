import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './cli.js';

/** The shared corpus of real logs sits beside the repository (CI clones with shared/ next to it). */
export const CORPUS = resolve(ROOT, '../shared/corpus');
export const HAVE_CORPUS = existsSync(join(CORPUS, 'CATALOG.md'));
export const NO_CORPUS_REASON = `corpus not found at ${CORPUS}: corpus tests skipped`;

export function corpusPath(relative: string): string {
  return join(CORPUS, relative);
}
