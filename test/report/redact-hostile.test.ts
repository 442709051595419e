/**
 * `--redact` on names that case folding changes (`İ` U+0130 lower-cases to two characters), every SID
 * form, and accounts named like rdpdiag's own words (`User`, `Server`): every value hidden in every format,
 * rdpdiag's own sentences untouched, nothing left of what was replaced. The logs are made here (helpers/redact-hostile.ts);
 * the fast tier checks the first format of each reader kind and escaping, redact-hostile-rest.test.ts the others.
 */
import { REPORT_FORMATS } from '../../src/report/formats.js';
import { describe, expect, it } from 'vitest';
import { foldCase, Redactor } from '../../src/report/redact.js';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import * as hostile from '../helpers/redact-hostile.js';

describe('--redact on hostile names', () => {
  it('matches without changing lengths: İ (U+0130) names are found in any case, whole words only', () => {
    const r = new Redactor();
    expect(r.add('user', 'İlker')).toBe('user-1');
    expect(r.text('Sign-in of İSTANBUL\\İlker and İLKER failed; İlkerx is another word')).toBe(
      'Sign-in of İSTANBUL\\user-1 and user-1 failed; İlkerx is another word',
    );
    expect(r.add('sid', hostile.AZURE_SID)).toMatch(/^S-1-12-1-1000000000-/);
    expect(r.add('sid', 'S-1-5-18')).toBe('S-1-5-18');
    expect(r.add('sid', 'S-1-5-32-544')).toBe('S-1-5-32-544');
    expect(r.add('sid', hostile.SESSION_SID)).not.toBe(hostile.SESSION_SID);
    expect(foldCase('İSTANBUL').length).toBe('İSTANBUL'.length);
  });

  it('hides every value in the first format of each reader kind and escaping (and leaves rdpdiag its own words; the others: -rest)', async () => {
    for (const key of ['readBy', 'escaping'] as const)
      for (const kind of new Set(REPORT_FORMATS.map((f) => f[key])))
        expect(
          REPORT_FORMATS.some((f) => f[key] === kind && hostile.FAST_REDACT_FORMATS.includes(f.name)),
          `${key} ${kind}`,
        ).toBe(true);
    await hostile.expectRedactedInTier('fast');
  });

  it('names in file names are hidden as well (the inputs list, evidence sources)', async () => {
    const dir = tempDir();
    hostile.hostileExport(dir);
    const r = await rdpdiag(['analyze', dir, '--format', 'json', '--redact', '-q']);
    const report = JSON.parse(r.stdout);
    // Every name of the path is hidden (the folders too), its kind of file kept; on Windows the drive stays.
    expect(report.inputs.map((i: { path: string }) => i.path)).toEqual([
      expect.stringMatching(/^([A-Za-z]:)?([\\/]folder-\d+)+[\\/]file-\d+\.xml$/),
    ]);
    expect(hostile.leaks(r.stdout, hostile.SECRETS)).toEqual([]);
  });
});
