/**
 * `--redact` on names that case folding changes (`İ` U+0130 lower-cases to two characters), every SID
 * form, and accounts named like rdpdiag's own words (`User`, `Server`): every value hidden in every format,
 * rdpdiag's own sentences untouched, nothing left of what was replaced. The logs are made here (helpers/redact-hostile.ts);
 * the fast tier checks the first format of each reader kind, HTML and CSV, redact-hostile-rest.test.ts the others.
 */
import { REPORT_FORMATS } from '../../src/report/formats.js';
import { describe, expect, it } from 'vitest';
import { foldCase, Redactor } from '../../src/report/redact.js';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import {
  AZURE_SID,
  EVENTS,
  expectRedactedIn,
  FAST_REDACT_FORMATS,
  leaks,
  SECRETS,
  SESSION_SID,
} from '../helpers/redact-hostile.js';
import { eventViewerExport } from '../helpers/xml-events.js';

describe('--redact on hostile names', () => {
  it('matches without changing lengths: İ (U+0130) names are found in any case, whole words only', () => {
    const r = new Redactor();
    expect(r.add('user', 'İlker')).toBe('user-1');
    expect(r.text('Sign-in of İSTANBUL\\İlker and İLKER failed; İlkerx is another word')).toBe(
      'Sign-in of İSTANBUL\\user-1 and user-1 failed; İlkerx is another word',
    );
    expect(r.add('sid', AZURE_SID)).toMatch(/^S-1-12-1-1000000000-/);
    expect(r.add('sid', 'S-1-5-18')).toBe('S-1-5-18');
    expect(r.add('sid', 'S-1-5-32-544')).toBe('S-1-5-32-544');
    expect(r.add('sid', SESSION_SID)).not.toBe(SESSION_SID);
    expect(foldCase('İSTANBUL').length).toBe('İSTANBUL'.length);
  });

  it('hides every value in the first format of each kind, HTML and CSV (and leaves rdpdiag its own words; the others: -rest)', async () => {
    expect(REPORT_FORMATS.filter((f) => !FAST_REDACT_FORMATS.includes(f.name)).length).toBeGreaterThan(0);
    for (const kind of new Set(REPORT_FORMATS.map((f) => f.readBy)))
      expect(
        REPORT_FORMATS.some((f) => f.readBy === kind && FAST_REDACT_FORMATS.includes(f.name)),
        kind,
      ).toBe(true);
    const file = writeTemp(tempDir(), 'İZMİR-RDSH Security.xml', eventViewerExport(EVENTS));
    for (const format of FAST_REDACT_FORMATS) await expectRedactedIn(file, format);
  });

  it('names in file names are hidden as well (the inputs list, evidence sources)', async () => {
    const dir = tempDir();
    writeTemp(dir, 'İZMİR-RDSH Security.xml', eventViewerExport(EVENTS));
    const r = await rdpdiag(['analyze', dir, '--format', 'json', '--redact', '-q']);
    const report = JSON.parse(r.stdout);
    // Every name of the path is hidden (the folders too), its kind of file kept; on Windows the drive stays.
    expect(report.inputs.map((i: { path: string }) => i.path)).toEqual([
      expect.stringMatching(/^([A-Za-z]:)?([\\/]folder-\d+)+[\\/]file-\d+\.xml$/),
    ]);
    expect(leaks(r.stdout, SECRETS)).toEqual([]);
  });
});
