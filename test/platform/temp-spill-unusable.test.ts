// An unusable temporary folder (issue #51), each kind of test/helpers/temp-folder.ts: the spill says which folder and
// why in one line (SpillError: the CLI's exit 2), leaves nothing behind, and is never taken for an input's error.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SpillError } from '../../src/model/spill.js';
import { tempSpill } from '../../src/platform/node/temp-spill.js';
import { pointTempAt, UNUSABLE_FOLDERS } from '../helpers/temp-folder.js';

describe('tempSpill in an unusable folder', () => {
  let dir: string;
  let giveBack = () => {};
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rdpdiag-spill-bad-'));
  });
  afterEach(() => {
    giveBack();
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

  for (const { what, make, why, posixOnly } of UNUSABLE_FOLDERS)
    it.skipIf(posixOnly && process.platform === 'win32')(
      `${what}: one line naming the folder and why, nothing left behind`,
      () => {
        const folder = make(dir);
        giveBack = pointTempAt(folder);
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
      },
    );
});
