import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/report/redact.js';
import { eventsFromXml } from '../helpers/pipeline.js';
import { rdpdiag } from '../helpers/cli.js';
import { wevtutilStream } from '../helpers/xml-events.js';

/** Names and addresses that the bundled samples contain. */
const SECRETS = [
  'alice',
  'dvae',
  'frank',
  'carol',
  'mira',
  'tomas',
  'lab.example.net',
  'RDSH07',
  'corp.example.test',
  'CORP\\',
  'RDSH01',
  'RDSH02',
  'WS-ALICE',
  'EDGE01',
  'LT-CAROL',
  '192.0.2.10',
  '192.0.2.14',
  '198.51.100.61',
  '203.0.113.45',
  '2001:db8:',
  'S-1-5-21-1111111111-2222222222-3333333333',
];

describe('--redact', () => {
  for (const format of ['table', 'json', 'markdown', 'html']) {
    it(`leaves none of the original values in the ${format} report`, async () => {
      const r = await rdpdiag(['analyze', 'samples', '--redact', '--format', format, '-q']);
      expect(r.code).toBe(1);
      const out = r.stdout.toLowerCase();
      const leaked = SECRETS.filter((s) => out.includes(s.toLowerCase()));
      expect(leaked).toEqual([]);
      expect(r.stdout).toMatch(/user-\d+/);
      expect(r.stdout).toMatch(/host-\d+/);
      expect(r.stdout).toMatch(/10\.255\.\d+\.\d+/);
    });
  }

  it('keeps values named with --redact-keep, and gives one value the same pseudonym everywhere', async () => {
    const r = await rdpdiag([
      'analyze',
      'samples/auth-bad-credentials',
      '--redact',
      '--redact-keep',
      'RDSH01.corp.example.test',
      '--format',
      'json',
      '-q',
    ]);
    const report = JSON.parse(r.stdout);
    expect(
      report.attempts.every((a: { server: { name: string } }) => a.server.name === 'RDSH01.corp.example.test'),
    ).toBe(true);
    const users = new Set(
      report.attempts
        .filter((a: { client: { address: string } }) => a.client.address === report.attempts[0].client.address)
        .map((a: { user: string }) => a.user),
    );
    expect(users.size).toBe(1);
    expect([...users][0]).toMatch(/^domain-\d+\\user-\d+$/);
  });
});

describe('Redactor', () => {
  it('maps FQDN, short name and DNS domain consistently, and addresses to the pseudonym ranges', () => {
    const events = eventsFromXml(
      wevtutilStream([
        {
          id: 21,
          record: 1,
          time: '2024-05-02T09:00:00Z',
          computer: 'RDSH09.corp.example.test',
          channel: 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
          userData: { User: 'CORP\\zoe', SessionID: '2', Address: '2001:db8::15' },
        },
        {
          id: 4625,
          record: 2,
          time: '2024-05-02T09:00:01Z',
          computer: 'RDSH09',
          channel: 'Security',
          eventData: {
            TargetUserName: 'zoe',
            TargetDomainName: 'CORP',
            IpAddress: '192.0.2.77',
            WorkstationName: 'WS-ZOE',
            TargetUserSid: 'S-1-5-21-1-2-3-1105',
          },
        },
      ]),
    );
    const r = new Redactor();
    for (const e of events) r.collectEvent(e);
    const text = r.text(
      'RDSH09 and rdsh09.corp.example.test: CORP\\zoe from 192.0.2.77 / [2001:db8::15]:3389 (WS-ZOE, S-1-5-21-1-2-3-1105) at 09:14:07, SYSTEM',
    );
    expect(text).toBe(
      'host-1 and host-1: domain-2\\user-1 from 10.255.0.1 / [fd00:255::1]:3389 (host-2, S-1-5-21-1000000000-1000000000-1000000000-1001) at 09:14:07, SYSTEM',
    );
  });
});
