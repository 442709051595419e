import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './cli.js';

/** The shared corpus of real logs sits beside the repository (CI clones with shared/ next to it). */
export const CORPUS = resolve(ROOT, '../shared/corpus');
export const HAVE_CORPUS = existsSync(join(CORPUS, 'CATALOG.md')) && existsSync(join(CORPUS, 'reference'));
export const NO_CORPUS_REASON = `corpus not found at ${CORPUS} (clone shared/ beside the repo): corpus tests skipped`;

// CI sets RDPDIAG_REQUIRE_CORPUS=1: there a missing corpus is a failure, never a silent skip.
if (!HAVE_CORPUS && process.env.RDPDIAG_REQUIRE_CORPUS === '1') {
  throw new Error(`RDPDIAG_REQUIRE_CORPUS=1 but ${NO_CORPUS_REASON}`);
}

export function corpusPath(relative: string): string {
  return join(CORPUS, relative);
}
