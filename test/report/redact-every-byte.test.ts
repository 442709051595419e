/**
 * `--redact` checked on every byte of every output (issue #51: `timeline --redact --format csv` was reported to keep
 * names): a sample with a secret in each field a log can hold (computer, user, domain, workstation, address, SID,
 * message, channel, provider, a field's name, the file and folder names), in other cases, with runs of spaces, in
 * decomposed and full-width Unicode, percent-encoded and escaped, in an XML export and a SIEM one. Each output
 * (timeline csv/table/jsonl/timesketch, analyze's every format, dump's), stdout and stderr, is searched for each
 * secret as written and in every encoding a reader could undo (URL, JSON, HTML, NFKC), case-folded.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/report/redact.js';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { eventViewerExport, type TestEvent } from '../helpers/xml-events.js';

const SERVER = 'ZSRV-01.acmezone.example.test';
const CLIENT = 'ZWKS-991.acmezone.example.test';
const SID = 'S-1-5-21-1004336348-1177238915-682003330-1107';
const SECURITY = { channel: 'Security', provider: 'Microsoft-Windows-Security-Auditing' };

const XML_EVENTS: TestEvent[] = [
  {
    id: 4625,
    record: 1,
    time: '2024-05-02T09:00:00Z',
    computer: SERVER,
    ...SECURITY,
    eventData: {
      SubjectUserSid: 'S-1-5-18',
      TargetUserSid: SID,
      TargetUserName: 'Zorbatron',
      TargetDomainName: 'ACMEZONE',
      Status: '0xc000006d',
      SubStatus: '0xc000006a',
      LogonType: '10',
      WorkstationName: 'ZWKS-991',
      IpAddress: '198.51.100.77',
      IpPort: '50123',
      // A field named after the workstation; the values again, encoded as a URL, JSON and HTML would write them.
      'ZWKS-991': 'a field named after the workstation',
      Comment: 'user ZORBATRON from zwks-991 (zorbatron%40acmezone, %5A%6F%72%62%61%74%72%6F%6E, \\u005aorbatron)',
    },
  },
  {
    id: 4624,
    record: 2,
    time: '2024-05-02T09:01:00Z',
    computer: SERVER,
    ...SECURITY,
    eventData: {
      TargetUserSid: SID,
      TargetUserName: 'zorbatron',
      TargetDomainName: 'acmezone',
      LogonType: '10',
      WorkstationName: 'zwks-991',
      IpAddress: '198.51.100.77',
      TargetOutboundUserName: 'Zorbatron',
      Note: 'reached as &#x5A;orbatron',
    },
  },
  {
    id: 1149,
    record: 3,
    time: '2024-05-02T09:00:59Z',
    computer: SERVER,
    channel: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
    provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
    userData: { Param1: 'zorbatron', Param2: 'ACMEZONE', Param3: '198.51.100.77' },
  },
  {
    id: 21,
    record: 4,
    time: '2024-05-02T09:01:02Z',
    computer: SERVER,
    channel: 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
    provider: 'Microsoft-Windows-TerminalServices-LocalSessionManager',
    userData: { User: 'ACMEZONE\\zorbatron', SessionID: '3', Address: '198.51.100.77' },
  },
  {
    id: 1024,
    record: 5,
    time: '2024-05-02T09:02:00Z',
    computer: CLIENT,
    channel: 'Microsoft-Windows-TerminalServices-RDPClient/Operational',
    provider: 'Microsoft-Windows-TerminalServices-ClientActiveXCore',
    activity: '{11111111-2222-3333-4444-555555555555}',
    eventData: { Name: 'Server Name', Value: 'ZSRV-01' },
    message: 'RDP ClientActiveX is trying to connect to the server (ZSRV-01)',
  },
  {
    id: 4625,
    record: 6,
    time: '2024-05-02T10:00:00Z',
    computer: SERVER,
    ...SECURITY,
    // Two spaces: a summary writes them as one.
    eventData: {
      TargetUserName: 'Jane  Roe',
      TargetDomainName: 'ACMEZONE',
      LogonType: '10',
      IpAddress: '198.51.100.78',
    },
  },
  {
    id: 4625,
    record: 7,
    time: '2024-05-02T10:00:05Z',
    computer: SERVER,
    ...SECURITY,
    // Composed here, decomposed and full-width below.
    eventData: {
      TargetUserName: 'Ren\u00e9e',
      TargetDomainName: 'ACMEZONE',
      LogonType: '10',
      IpAddress: '198.51.100.78',
      Comment: 'Rene\u0301e and \uff3a\uff4f\uff52\uff42\uff41\uff54\uff52\uff4f\uff4e',
    },
  },
  {
    id: 1,
    record: 8,
    time: '2024-05-02T10:01:00Z',
    computer: SERVER,
    // A channel and a provider of the logs' own, named after the computer.
    channel: 'ZSRV-01-Audit/Operational',
    provider: 'ZSRV-01 Agent',
    eventData: { Note: 'hello' },
  },
];

/** The same secrets in an Elastic export: its index, ids, keys and message. */
function elasticExport(): string {
  const record = (n: number, code: number, provider: string, channel: string, data: Record<string, unknown>) =>
    JSON.stringify({
      _index: '.ds-winlogbeat-zsrv-01-2024.05.10',
      _id: `id-zorbatron-${n}`,
      _source: {
        '@timestamp': `2024-05-10T08:03:1${n}.000Z`,
        host: { name: SERVER.toLowerCase() },
        event: { code: String(code), provider },
        message: 'An account failed to log on. Account Name: Zorbatron Workstation: ZWKS-991',
        winlog: {
          channel,
          provider_name: provider,
          event_id: String(code),
          record_id: n,
          computer_name: SERVER,
          ...data,
        },
      },
    });
  return `${[
    record(1, 4625, SECURITY.provider, 'Security', {
      user: { identifier: SID },
      event_data: {
        TargetUserName: 'Zorbatron',
        TargetDomainName: 'ACMEZONE',
        LogonType: '10',
        WorkstationName: 'ZWKS-991',
        IpAddress: '198.51.100.77',
        'zwks-991 seen': 'yes',
        Extra: 'mail zorbatron%40acmezone.example.test',
      },
    }),
    record(2, 21, XML_EVENTS[3]!.provider!, XML_EVENTS[3]!.channel!, {
      user_data: { User: 'ACMEZONE\\zorbatron', SessionID: '3', Address: '198.51.100.77' },
    }),
  ].join('\n')}\n`;
}

/** What must not be left, as the logs wrote it. */
const SECRETS = [
  'zorbatron',
  'acmezone',
  'zwks-991',
  'zsrv-01',
  '198.51.100.77',
  '198.51.100.78',
  '1004336348',
  'jane  roe',
  'jane roe',
  'renée',
];

/** An output as a reader could read it: every encoding undone, NFKC, lower case. */
function readable(out: string): string {
  const code = (n: number) => (n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '?');
  let t = out;
  for (let round = 0; round < 3; round++)
    t = t
      .replace(/\\u([0-9a-fA-F]{4})/g, (_m, h: string) => code(Number.parseInt(h, 16)))
      .replace(/&#x([0-9a-fA-F]+);/g, (_m, h: string) => code(Number.parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_m, d: string) => code(Number(d)))
      .replace(/&amp;/g, '&')
      .replace(/%([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  return t.normalize('NFKC').toLowerCase();
}

const RUNS: [string, string][] = [
  ['timeline', 'csv'],
  ['timeline', 'table'],
  ['timeline', 'jsonl'],
  ['timeline', 'timesketch'],
  ['analyze', 'table'],
  ['analyze', 'json'],
  ['analyze', 'markdown'],
  ['analyze', 'html'],
  ['analyze', 'csv'],
  ['analyze', 'ecs'],
  ['analyze', 'splunk-hec'],
  ['dump', 'jsonl'],
  ['dump', 'xml'],
];

describe('--redact leaves no secret in any byte of any output', () => {
  for (const [input, make] of [
    ['an XML export', (dir: string) => writeTemp(dir, 'ZSRV-01 Security.xml', eventViewerExport(XML_EVENTS))],
    ['an Elastic export', (dir: string) => writeTemp(dir, 'zsrv-01 hits.ndjson', elasticExport())],
  ] as const)
    it(`${input}, in a folder named after the user`, async () => {
      const dir = join(tempDir(), 'ZORBATRON-case');
      mkdirSync(dir);
      make(dir);
      for (const [command, format] of RUNS) {
        const args = [command, dir, '--format', format, ...(command === 'analyze' ? ['--details'] : [])];
        // The secrets are there without --redact (their absence below means something)…
        const plain = await rdpdiag(args);
        expect(readable(plain.stdout), `${command} ${format}`).toContain('zorbatron');
        // …and not one of them with it, in any spelling, on stdout or stderr.
        const r = await rdpdiag([...args, '--redact']);
        const out = readable(`${r.stdout}\n${r.stderr}`);
        expect(
          SECRETS.filter((s) => out.includes(s)),
          `${command} ${format}`,
        ).toEqual([]);
        expect(r.stdout, `${command} ${format}`).toMatch(/user-\d+/);
      }
    });

  it('a field named after a value is renamed, the fields rdpdiag reads never, no field lost', () => {
    const r = new Redactor();
    r.add('host', 'ZWKS-991');
    r.add('user', 'Status');
    const data = { Status: '0xc000006d', 'ZWKS-991': 'a', 'host-1': 'b', Param1: 'Status' };
    expect(r.deep({ data })).toEqual({
      data: { Status: '0xc000006d', 'host-1': 'a', 'host-1 (2)': 'b', Param1: 'user-1' },
    });
  });

  it('a value percent-encoded, escaped or in another Unicode form is hidden; other encoded text is left as it is', () => {
    const r = new Redactor();
    r.add('user', 'Zorbatron');
    r.add('user', 'Renée');
    r.add('domain', 'acmezone');
    // `%40` ends in a digit: the value after it was no word of its own.
    expect(r.text('zorbatron%40example')).toBe('user-1%40example');
    expect(r.text('zorbatron%40acmezone')).toBe('user-1@domain-1');
    expect(r.text('%5A%6F%72%62%61%74%72%6F%6E')).toBe('user-1');
    expect(r.text('x \\u005aorbatron &#90;orbatron')).toBe('x user-1 user-1');
    expect(r.text('Rene\u0301e')).toBe('user-2');
    expect(r.text('Ren%C3%A9e')).toBe('user-2');
    expect(r.text('\uff3a\uff4f\uff52\uff42\uff41\uff54\uff52\uff4f\uff4e')).toBe('user-1');
    expect(r.text('https://example.test/a%20b?q=%5Bx%5D')).toBe('https://example.test/a%20b?q=%5Bx%5D');
    expect(r.text('Caf\u0065\u0301')).toBe('Caf\u0065\u0301');
  });
});
