// An unusable temporary folder (issue #51): missing, a file, a link to nothing. The spill says which folder and why
// in one line (SpillError: the CLI's exit 2), leaves nothing behind, and is never taken for an input's error.
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SpillError } from '../../src/model/spill.js';
import { tempSpill } from '../../src/platform/node/temp-spill.js';

describe('tempSpill in an unusable folder', () => {
  let dir: string;
  // The temporary folder's variables: TMPDIR on Linux and macOS, TEMP then TMP on Windows (os.tmpdir()).
  const VARS = ['TMPDIR', 'TEMP', 'TMP'] as const;
  let saved: Record<string, string | undefined> = {};
  beforeEach(() => {
    saved = Object.fromEntries(VARS.map((v) => [v, process.env[v]]));
    dir = mkdtempSync(join(tmpdir(), 'rdpdiag-spill-bad-'));
  });
  afterEach(() => {
    for (const v of VARS)
      if (saved[v] === undefined) delete process.env[v];
      else process.env[v] = saved[v];
    rmSync(dir, { recursive: true, force: true });
  });

  const fill = () => {
    const spill = tempSpill();
    try {
      for (let i = 0; i < 40; i++) spill.put('x'.repeat(100_000));
    } finally {
      spill.close();
    }
  };

  for (const [what, make, why] of [
    ['missing', (d: string) => join(d, 'gone'), /it does not exist/],
    [
      'a file',
      (d: string) => {
        writeFileSync(join(d, 'f'), '');
        return join(d, 'f');
      },
      /it is a file, not a folder/,
    ],
    [
      'a link to nothing',
      (d: string) => {
        symlinkSync(join(d, 'nowhere'), join(d, 'l'));
        return join(d, 'l');
      },
      /does not exist/,
    ],
  ] as const)
    it(`${what}: one line naming the folder and why, nothing left behind`, () => {
      const folder = make(dir);
      for (const v of VARS) process.env[v] = folder;
      const before = readdirSync(dir).sort();
      let thrown: unknown;
      try {
        fill();
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(SpillError);
      expect((thrown as Error).message).toContain(`the temporary folder ${folder} cannot be used`);
      expect((thrown as Error).message).toMatch(why);
      expect(readdirSync(dir).sort()).toEqual(before);
    });
});
