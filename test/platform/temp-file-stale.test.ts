/**
 * A spill or scratch folder left by a killed run (SIGKILL gives no chance to remove it) is removed by the next run:
 * ours, of the prefix, older than a day; a fresh one (a run still going) and anything else are left.
 */
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTempFolders } from '../../src/platform/node/temp-file.js';
import { tempDir } from '../helpers/collect.js';

describe('stale temporary folders', () => {
  it('removes the prefix’s folders older than a day, and only those', () => {
    const under = tempDir();
    const now = Date.now();
    const make = (name: string, ageMs: number, file = true) => {
      const dir = join(under, name);
      mkdirSync(dir);
      if (file) writeFileSync(join(dir, 'attempts.bin'), 'x');
      const t = (now - ageMs) / 1000;
      utimesSync(dir, t, t);
      return dir;
    };
    const day = 24 * 60 * 60 * 1000;
    const stale = make('rdpdiag-spill-abc123', 2 * day);
    const staleEmpty = make('rdpdiag-spill-def456', day + 60_000, false);
    const fresh = make('rdpdiag-spill-ghi789', 60_000);
    const other = make('someone-else-abc', 10 * day);
    const file = join(under, 'rdpdiag-spill-file');
    writeFileSync(file, 'x');
    utimesSync(file, (now - 3 * day) / 1000, (now - 3 * day) / 1000);
    expect(removeStaleTempFolders('rdpdiag-spill-', under, now)).toBe(2);
    expect([stale, staleEmpty].map(existsSync)).toEqual([false, false]);
    expect([fresh, other, file].map(existsSync)).toEqual([true, true, true]);
  });

  it('a folder it cannot read is no error', () => {
    expect(removeStaleTempFolders('rdpdiag-spill-', join(tempDir(), 'missing'))).toBe(0);
  });
});
