/**
 * The tar reader against tar-stream as the oracle (issue #52): archives built as real tools write them — pax
 * headers (`tar --format=posix`, bsdtar, Python's tarfile, Windows' tar.exe) whose records count bytes, GNU long
 * names, plain ustar with a prefix, non-ASCII names, archives concatenated — must list the same log members with
 * the same bytes in our reader as in tar-stream. Seeded, so a failing seed replays: the first seeds here, the rest in
 * tar-oracle-rest.test.ts (slow tier).
 */
import { describe, expect, it } from 'vitest';
import { checkTarStreamPacks, checkToolArchives, TAR_ORACLE_SEEDS as SEEDS } from '../helpers/tar-oracle.js';

describe('the tar reader matches tar-stream', () => {
  it('on archives written as tar, bsdtar, Python and tar.exe write them (pax, GNU, ustar; non-ASCII names)', async () => {
    const kinds = await checkToolArchives(SEEDS.tools.all.slice(0, SEEDS.tools.fast));
    // The first seeds make every style of member, and archives concatenated.
    expect([...kinds].sort()).toEqual(['concatenated', 'gnu', 'pax', 'ustar']);
  });

  it('tar-stream as the writer: what it packs, we list with the same names and bytes', () =>
    checkTarStreamPacks(SEEDS.packs.all.slice(0, SEEDS.packs.fast)));
});
