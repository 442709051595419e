/**
 * `--redact` on names that case folding changes (`İ` U+0130 lower-cases to two characters), every SID
 * form, and accounts named like rdpdiag's own words (`User`, `Server`): every value hidden in every format,
 * rdpdiag's own sentences untouched, nothing left of what was replaced. The logs are made here.
 */
import { REPORT_FORMAT_NAMES } from '../../src/report/formats.js';
import { describe, expect, it } from 'vitest';
import { foldCase, Redactor } from '../../src/report/redact.js';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { eventViewerExport, type TestEvent } from '../helpers/xml-events.js';

const AZURE_SID = 'S-1-12-1-3456789012-1234567890-2345678901-3456789012';
const DOMAIN_SID = 'S-1-5-21-1004336348-1177238915-682003330-1105';
const SESSION_SID = 'S-1-5-5-0-4242421';

const failed = (record: number, second: number, user: string, domain: string, address: string, workstation: string) =>
  ({
    id: 4625,
    record,
    time: `2024-05-02T09:${String(second).padStart(2, '0')}:00Z`,
    computer: 'İZMİR-RDSH.corp.example.test',
    channel: 'Security',
    provider: 'Microsoft-Windows-Security-Auditing',
    eventData: {
      SubjectUserSid: 'S-1-5-18',
      TargetUserSid: AZURE_SID,
      TargetUserName: user,
      TargetDomainName: domain,
      Status: '0xc000006d',
      SubStatus: '0xc000006a',
      LogonType: '10',
      WorkstationName: workstation,
      IpAddress: address,
      IpPort: '50123',
      TargetLogonId: DOMAIN_SID,
      LogonSession: SESSION_SID,
    },
  }) satisfies TestEvent;

const EVENTS = [
  failed(1, 0, 'User', 'Server', '192.0.2.77', 'Server'),
  failed(2, 5, 'User', 'Server', '192.0.2.77', 'Server'),
  failed(3, 40, 'İlker', 'İSTANBUL', '198.51.100.9', 'İLKER-PC'),
  failed(4, 45, 'ilker', 'istanbul', '198.51.100.9', 'İLKER-PC'),
];
/** What must not be left, compared case-insensitively (as a reader would find it). */
const SECRETS = [
  'İlker',
  'İSTANBUL',
  'İZMİR',
  'İLKER-PC',
  AZURE_SID,
  DOMAIN_SID,
  SESSION_SID,
  '192.0.2.77',
  '198.51.100.9',
];

const leaks = (out: string, secrets: readonly string[]) =>
  secrets.filter((s) => foldCase(out).includes(foldCase(s)) || out.toLowerCase().includes(s.toLowerCase()));

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

  it('hides every value in every format (and leaves rdpdiag its own words)', async () => {
    const file = writeTemp(tempDir(), 'İZMİR-RDSH Security.xml', eventViewerExport(EVENTS));
    for (const format of REPORT_FORMAT_NAMES) {
      const args = ['analyze', file, '--format', format, '--details', '-q'];
      const plain = await rdpdiag(args);
      expect(plain.code, format).toBe(1);
      // The values are there without --redact (so their absence below means something)…
      expect(leaks(plain.stdout, ['İlker', '192.0.2.77']).length, format).toBeGreaterThan(0);
      const r = await rdpdiag([...args, '--redact']);
      expect(r.code, format).toBe(1);
      // …and gone with it, in text, attributes and embedded data alike.
      expect(leaks(r.stdout, SECRETS), format).toEqual([]);
      expect(r.stdout, format).not.toMatch(/[\uE000\uE001]/);
      // An account named `User` and a domain named `Server` do not rewrite rdpdiag's own sentences.
      expect(r.stdout, format).not.toMatch(
        /(user|domain|host)-\d+ name|Wrong (user|domain|host)-\d+|(user|domain|host)-\d+ (computer|side)/i,
      );
      if (format !== 'csv') expect(r.stdout, format).toMatch(/[Ww]rong user name or password/);
      expect(r.stdout, format).toMatch(/user-\d+/);
      expect(r.stdout, format).toMatch(/(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+/);
      if (format === 'html') {
        expect(r.stdout).not.toMatch(/S-1-12-1-3456789012|S-1-5-21-1004336348/);
        for (const attr of r.stdout.matchAll(/(?:title|data-[a-z]+)="([^"]*)"/g))
          expect(leaks(attr[1], SECRETS)).toEqual([]);
      }
    }
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
