/**
 * What redact-hostile.test.ts and its slow-tier rest share: a Security export whose names case folding changes
 * (`İ` U+0130 lower-cases to two characters), every SID form, accounts named like rdpdiag's own words (`User`,
 * `Server`), and the check that `--redact` hides each of them in one report format. The fast tier checks the first
 * format of each reader kind and of each escaping (the registry's `readBy`, `escaping`: the one that writes its own
 * markup, HTML, whose attributes the check reads apart, among them); the rest file the others.
 */
import { expect } from 'vitest';
import { REPORT_FORMATS } from '../../src/report/formats.js';
import { foldCase } from '../../src/report/redact.js';
import { rdpdiag } from './cli.js';
import { tempDir, writeTemp } from './collect.js';
import { eventViewerExport, type TestEvent } from './xml-events.js';

export const AZURE_SID = 'S-1-12-1-3456789012-1234567890-2345678901-3456789012';
export const DOMAIN_SID = 'S-1-5-21-1004336348-1177238915-682003330-1105';
export const SESSION_SID = 'S-1-5-5-0-4242421';

export const failed = (
  record: number,
  second: number,
  user: string,
  domain: string,
  address: string,
  workstation: string,
) =>
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

export const EVENTS = [
  failed(1, 0, 'User', 'Server', '192.0.2.77', 'Server'),
  failed(2, 5, 'User', 'Server', '192.0.2.77', 'Server'),
  failed(3, 40, 'İlker', 'İSTANBUL', '198.51.100.9', 'İLKER-PC'),
  failed(4, 45, 'ilker', 'istanbul', '198.51.100.9', 'İLKER-PC'),
];
/** What must not be left, compared case-insensitively (as a reader would find it). */
export const SECRETS = [
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

export const leaks = (out: string, secrets: readonly string[]) =>
  secrets.filter((s) => foldCase(out).includes(foldCase(s)) || out.toLowerCase().includes(s.toLowerCase()));

/** The formats that write their own markup (HTML): the check reads their attributes too. */
const OWN_MARKUP = REPORT_FORMATS.filter((f) => f.escaping === 'verbatim').map((f) => f.name);

/** The formats the fast tier checks: the first of each reader kind (people, programs) and of each escaping. */
export const FAST_REDACT_FORMATS: readonly string[] = REPORT_FORMATS.filter(
  (f, i) =>
    REPORT_FORMATS.findIndex((g) => g.readBy === f.readBy) === i ||
    REPORT_FORMATS.findIndex((g) => g.escaping === f.escaping) === i,
).map((f) => f.name);

/** The export of `EVENTS`, named for its computer, written in `dir`. */
export const hostileExport = (dir = tempDir()) => writeTemp(dir, 'İZMİR-RDSH Security.xml', eventViewerExport(EVENTS));

/** `expectRedactedIn` on the formats of one tier: the fast tier's `FAST_REDACT_FORMATS`, the slow tier's others. */
export async function expectRedactedInTier(tier: 'fast' | 'rest'): Promise<void> {
  const formats = REPORT_FORMATS.map((f) => f.name).filter(
    (f) => FAST_REDACT_FORMATS.includes(f) === (tier === 'fast'),
  );
  expect(formats.length, tier).toBeGreaterThan(0);
  const file = hostileExport();
  for (const format of formats) await expectRedactedIn(file, format);
}

/** `analyze --redact` of `file` in `format`: every value hidden, rdpdiag's own words left. */
async function expectRedactedIn(file: string, format: string): Promise<void> {
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
  expect(r.stdout, format).toMatch(/[Ww]rong user name or password/);
  expect(r.stdout, format).toMatch(/user-\d+/);
  expect(r.stdout, format).toMatch(/(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+/);
  if (OWN_MARKUP.includes(format)) {
    expect(r.stdout).not.toMatch(/S-1-12-1-3456789012|S-1-5-21-1004336348/);
    for (const attr of r.stdout.matchAll(/(?:title|data-[a-z]+)="([^"]*)"/g))
      expect(leaks(attr[1], SECRETS)).toEqual([]);
  }
}
