/**
 * The metamorphic rules (harness.ts) over every folder of the shared corpus that holds .evtx files (real logs:
 * the folder as its source published it). Skipped cleanly without ../shared, unless RDPDIAG_REQUIRE_CORPUS=1.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'vitest';
import { CORPUS, HAVE_CORPUS, NO_CORPUS_REASON } from '../helpers/corpus.js';
import { metamorphicSuite } from './suite.js';

/** Folders that hold .evtx files themselves (the parsers' reference dumps are not logs). */
function evtxFolders(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const here = entries.some((e) => e.isFile() && /\.evtx$/i.test(e.name)) ? [dir] : [];
  return [
    ...here,
    ...entries
      .filter((e) => e.isDirectory() && !(dir === CORPUS && e.name === 'reference'))
      .flatMap((e) => evtxFolders(join(dir, e.name))),
  ].sort();
}

if (HAVE_CORPUS)
  metamorphicSuite(
    'the logs changed, on every corpus folder',
    evtxFolders(CORPUS).map((path) => ({ label: `corpus/${relative(CORPUS, path)}`, path })),
  );
else
  describe('the logs changed, on every corpus folder', () => {
    it.skip(NO_CORPUS_REASON, () => {});
  });
