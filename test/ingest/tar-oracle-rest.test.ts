/**
 * The seeds tar-oracle.test.ts (fast tier) does not check (it checks the first few of each): slow tier, so that
 * `npm test` reads every seeded archive beside tar-stream.
 */
import { describe, it } from 'vitest';
import { checkTarStreamPacks, checkToolArchives, TAR_ORACLE_SEEDS as SEEDS } from '../helpers/tar-oracle.js';

describe('the tar reader matches tar-stream (the rest of the seeds)', () => {
  it('on archives written as tar, bsdtar, Python and tar.exe write them', async () => {
    await checkToolArchives(SEEDS.tools.all.slice(SEEDS.tools.fast));
  });

  it('tar-stream as the writer: what it packs, we list with the same names and bytes', () =>
    checkTarStreamPacks(SEEDS.packs.all.slice(SEEDS.packs.fast)));
});
