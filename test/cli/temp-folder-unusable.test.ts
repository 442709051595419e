/**
 * An unusable temporary folder as `merge` meets it (issue #51: it exited 3 "unexpected failure" whenever the spill was
 * written, and blamed the shard being read, "fleet-s1.json: no such file"): one line, exit 2, naming the folder and
 * why, no shard blamed, nothing left behind; and every reason the folder gives (full, read-only, not allowed,
 * missing, a file, a loop, a path too long, a file-size limit) said so. `analyze` spills from 128 MiB of input only
 * (too much for this tier): test/cli/temp-folder-unusable-spill.test.ts runs it (and merge as another user and under
 * a file-size limit) as a real process; its archive scratch copies meet the folder in
 * test/platform/temp-scratch.test.ts.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpillError } from '../../src/model/spill.js';
import { unusable } from '../../src/platform/node/temp-spill.js';
import { rdpdiag } from '../helpers/cli.js';
import { pointTempAt, UNUSABLE_FOLDERS } from '../helpers/temp-folder.js';
import { writeFleetExport } from '../helpers/winlogbeat.js';

let dir: string;
let shard: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rdpdiag-temp-unusable-'));
  // Enough attempts that merge's spill writes its file (past its 1 MiB buffer).
  const fleet = writeFleetExport(dir, 3, 300);
  shard = join(dir, 'fleet-s1.json');
  const r = await rdpdiag(['analyze', fleet, '--shard', '1/1', '-o', shard, '-q']);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `args` run with every temporary folder variable at `folder`. */
async function withTemp(folder: string, args: string[]) {
  const giveBack = pointTempAt(folder);
  try {
    return await rdpdiag(args);
  } finally {
    giveBack();
  }
}

describe('an unusable temporary folder', () => {
  for (const { what, make, why } of UNUSABLE_FOLDERS)
    it(`${what}: merge says so in one line, exit 2, blaming no shard`, async () => {
      const folder = make(dir);
      const before = readdirSync(dir).sort();
      for (const args of [['merge', shard, '--format', 'json', '-o', join(dir, 'out.json')]]) {
        const r = await withTemp(folder, args);
        expect(r.code, `${args[0]} ${what}: ${r.stderr}`).toBe(2);
        expect(r.stdout).toBe('');
        const lines = r.stderr.trimEnd().split('\n');
        expect(lines, args[0]).toHaveLength(1);
        expect(lines[0]).toContain(`the temporary folder ${folder} cannot be used`);
        expect(lines[0]).toMatch(why);
        expect(lines[0]).not.toContain('fleet-s1.json');
        expect(lines[0]).not.toContain('fleet.ndjson');
        expect(readdirSync(dir).sort()).toEqual(before);
      }
    });

  it.each([
    ['ENOSPC', 'it is full'],
    ['EDQUOT', 'it is full'],
    ['EROFS', 'it is read-only'],
    ['EACCES', 'not allowed to write in it'],
    ['EPERM', 'not allowed to write in it'],
    ['ELOOP', 'it is a loop of links'],
  ])(
    'full, read-only, not allowed, a loop: each said so (as a full disk or a read-only mount give them): %s',
    (code, why) => {
      const err = unusable(Object.assign(new Error(`${code}: write`), { code }));
      expect(err, code).toBeInstanceOf(SpillError);
      expect(err.message).toBe(
        `the temporary folder ${tmpdir()} cannot be used (${why}): rdpdiag puts attempts aside there; set TMPDIR to a folder it can write`,
      );
    },
  );

  it("any other system error on rdpdiag's own file there is the folder's too; an error without a code is passed on", () => {
    // A file-size limit, a path too long, any other system error on rdpdiag's own file there: the folder's too, never
    // passed on to be taken for the input being read (merge blamed the shard: "line 3 does not read back (EFBIG…)").
    for (const [code, why] of [
      ['EFBIG', "a file there cannot grow that large: ulimit -f, or the disk's own limit as FAT32's 4 GiB"],
      ['ENAMETOOLONG', 'its path is too long'],
      ['EIO', 'the system said EIO'],
    ]) {
      const err = unusable(Object.assign(new Error(`${code}: write`), { code }));
      expect(err, code).toBeInstanceOf(SpillError);
      expect(err.message).toContain(`cannot be used (${why}): rdpdiag puts attempts aside there`);
    }
    // An error without a system code is no folder's (a bug): passed on as it came.
    const other = new Error('not a system error');
    expect(unusable(other)).toBe(other);
  });
});
