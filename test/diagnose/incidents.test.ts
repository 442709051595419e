/** Incidents (grouping, splitting after a quiet gap) and the security lens (attack versus a user's typos). */
import { describe, expect, it } from 'vitest';
import { analyzeXml } from '../helpers/pipeline.js';
import { wevtutilStream, type TestEvent } from '../helpers/xml-events.js';

const HOST = 'RDSH09.corp.example.test';
let record = 0;

/** One NLA connection that fails on a wrong password, as 2012 R2 logs it (4625 with IpAddress '-'). */
function badPassword(startMs: number, client: string, user: string, computer = HOST): TestEvent[] {
  const at = (ms: number) => new Date(startMs + ms).toISOString();
  const activity = `{F4208888-0000-0000-0000-${String(++record).padStart(12, '0')}}`;
  return [
    {
      id: 131,
      time: at(0),
      record: ++record,
      computer,
      activity,
      eventData: { ConnType: 'TCP', ClientIP: `${client}:50000` },
    },
    {
      id: 4625,
      time: at(120),
      record: ++record,
      computer,
      channel: 'Security',
      provider: 'Microsoft-Windows-Security-Auditing',
      eventData: {
        TargetUserName: user,
        TargetDomainName: 'CORP',
        Status: '0xc000006d',
        SubStatus: '0xc000006a',
        LogonType: '3',
        IpAddress: '-',
      },
    },
    { id: 102, time: at(200), record: ++record, computer, activity },
  ];
}

const T0 = Date.parse('2024-06-03T08:00:00Z');
const MIN = 60_000;

describe('incidents', () => {
  it('groups failures that share a computer and a cause, and splits them after a long quiet gap', () => {
    const events = [
      ...badPassword(T0, '192.0.2.10', 'alice'),
      ...badPassword(T0 + 20_000, '192.0.2.10', 'alice'),
      ...badPassword(T0 + 5 * MIN, '192.0.2.11', 'bob'),
      // The same cause three hours later: a new incident.
      ...badPassword(T0 + 180 * MIN, '192.0.2.10', 'alice'),
      // Another computer: its own incident.
      ...badPassword(T0 + 6 * MIN, '192.0.2.12', 'carol', 'RDSH10.corp.example.test'),
    ];
    const { incidents } = analyzeXml(wevtutilStream(events));
    expect(incidents.map((x) => [x.computer, x.cause, x.kind, x.count])).toEqual([
      [HOST, 'auth-bad-credentials', 'fault', 3],
      ['RDSH10.corp.example.test', 'auth-bad-credentials', 'fault', 1],
      [HOST, 'auth-bad-credentials', 'fault', 1],
    ]);
    const first = incidents[0];
    expect(first.users).toEqual(['CORP\\alice', 'CORP\\bob']);
    expect(first.clients).toEqual([
      { address: '192.0.2.10', count: 2 },
      { address: '192.0.2.11', count: 1 },
    ]);
    expect(first.attempts).toHaveLength(3);
    expect(first.explanation).toMatch(/^3 attempts from 192\.0\.2\.10, 192\.0\.2\.11 to RDSH09/);
    expect(first.remediation.join(' ')).toMatch(/Credential Manager/);
  });
});

describe('security lens', () => {
  it('does not call a user who mistypes a password twice an attack', () => {
    const events = [...badPassword(T0, '192.0.2.10', 'alice'), ...badPassword(T0 + 15_000, '192.0.2.10', 'alice')];
    const { findings, incidents } = analyzeXml(wevtutilStream(events));
    expect(findings.filter((f) => f.id === 'password-guessing' || f.id === 'scanning')).toEqual([]);
    expect(incidents.map((x) => x.kind)).toEqual(['fault']);
  });

  it('finds password guessing at machine speed, names the accounts and the logons that followed', () => {
    const burst = ['administrator', 'admin', 'test', 'administrator', 'user', 'admin'].flatMap((u, i) =>
      badPassword(T0 + i * 250, '203.0.113.9', u),
    );
    const activity = '{F4208888-0000-0000-0000-999999999999}';
    const at = (ms: number) => new Date(T0 + 10 * MIN + ms).toISOString();
    const success: TestEvent[] = [
      {
        id: 131,
        time: at(0),
        record: 9001,
        computer: HOST,
        activity,
        eventData: { ConnType: 'TCP', ClientIP: '203.0.113.9:50100' },
      },
      {
        id: 4624,
        time: at(500),
        record: 9002,
        computer: HOST,
        channel: 'Security',
        provider: 'Microsoft-Windows-Security-Auditing',
        eventData: {
          TargetUserName: 'administrator',
          TargetDomainName: 'CORP',
          LogonType: '10',
          IpAddress: '203.0.113.9',
        },
      },
      {
        id: 66,
        time: at(600),
        record: 9003,
        computer: HOST,
        activity,
        eventData: { ConnectionName: 'RDP-Tcp#7', SessionID: '3' },
      },
    ];
    const { findings, incidents, attempts } = analyzeXml(wevtutilStream([...burst, ...success]));
    const guessing = findings.find((f) => f.id === 'password-guessing');
    expect(guessing).toBeDefined();
    const b = (
      guessing as unknown as {
        burst: { source: string; count: number; accounts: string[]; successes: { attempt: string; user?: string }[] };
      }
    ).burst;
    expect(b.source).toBe('203.0.113.9');
    expect(b.count).toBe(6);
    expect(b.accounts).toEqual(['CORP\\admin', 'CORP\\administrator', 'CORP\\test', 'CORP\\user']);
    const won = attempts.filter((a) => a.outcome === 'succeeded');
    expect(won).toHaveLength(1);
    expect(b.successes).toEqual([{ attempt: won[0].id, time: won[0].start, user: 'CORP\\administrator' }]);
    expect(incidents.map((x) => [x.kind, x.count, x.source])).toEqual([['attack', 6, '203.0.113.9']]);
    const advice = incidents[0].remediation.join(' ');
    expect(advice).toMatch(/3389/);
    expect(advice).toMatch(/lockout/i);
    expect(advice).not.toMatch(/Credential Manager|SecurityLayer|cipher/);
  });
});
