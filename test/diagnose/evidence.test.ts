/** Evidence belongs to its attempt: one event is cited by one attempt; hosts are whole computer names. */
import { describe, expect, it } from 'vitest';
import { HostNames } from '../../src/correlate/host-names.js';
import { analyzeTestEvents } from '../helpers/pipeline.js';
import type { TestEvent } from '../helpers/xml-events.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';

const HOST = 'DC9.corp.example.test';
const SECURITY = { channel: 'Security', provider: 'Microsoft-Windows-Security-Auditing' };

/** One NLA connection that fails on a wrong password, as Server 2012 R2 logs it (4625 with IpAddress '-'). */
function nlaFailure(i: number, startMs: number, computer = HOST, domain = ''): TestEvent[] {
  const at = (ms: number) => new Date(startMs + ms).toISOString();
  const activity = `{F4209999-0000-0000-0000-${String(i).padStart(12, '0')}}`;
  return [
    {
      id: 131,
      time: at(0),
      record: i * 10 + 1,
      computer,
      activity,
      eventData: { ConnType: 'TCP', ClientIP: `203.0.113.7:${40000 + i}` },
    },
    { id: 65, time: at(1), record: i * 10 + 2, computer, activity, eventData: { ConnectionName: `RDP-Tcp#${i}` } },
    {
      id: 4625,
      time: at(120),
      record: i * 10 + 3,
      computer,
      ...SECURITY,
      eventData: {
        TargetUserName: 'Administrator',
        TargetDomainName: domain,
        Status: '0xc000006d',
        SubStatus: '0xc000006a',
        LogonType: '3',
        WorkstationName: 'kali',
        IpAddress: '-',
        IpPort: '-',
      },
    },
    { id: 102, time: at(200), record: i * 10 + 4, computer, activity },
    { id: 103, time: at(200), record: i * 10 + 5, computer, activity, eventData: { ReasonCode: '0' } },
  ];
}

function burst(n: number, computer = HOST): TestEvent[] {
  const start = Date.parse('2024-06-01T03:21:25Z');
  return Array.from({ length: n }, (_, i) => nlaFailure(i + 1, start + i * 220, computer)).flat();
}

describe('evidence that belongs to its attempt', () => {
  it('gives each address-less NLA 4625 to the one connection it falls inside', () => {
    const { attempts } = analyzeTestEvents(burst(8));
    expect(attempts).toHaveLength(8);
    const cited = attempts.map((a) => {
      expect(a.outcome).toBe('failed');
      expect(a.causes[0].id).toBe(authBadCredentials.id);
      return a.causes.flatMap((c) => c.evidence.filter((e) => e.eventId === 4625).map((e) => e.recordId));
    });
    // Attempt i cites the 4625 logged during its own connection, and only that one.
    expect(cited).toEqual(attempts.map((_, i) => [(i + 1) * 10 + 3]));
  });

  it('says when the link is by time only, and never leaves an explanation empty', () => {
    const { attempts } = analyzeTestEvents(burst(3));
    for (const a of attempts) {
      const top = a.causes[0];
      // TargetDomainName is empty: the template sentences cannot be filled; the evidence still speaks.
      expect(top.explanation).toMatch(/Security 4625 at .* for Administrator/);
      expect(top.explanation).toMatch(/0xC000006A/);
      expect(top.explanation).toMatch(
        /Security 4625: no client or connection named, linked to this attempt by time only/,
      );
    }
  });
});

describe('hosts are computers, not short names', () => {
  it('keeps two FQDNs with the same short name apart and joins a short name only when it is unambiguous', () => {
    const names = new HostNames([
      'RDSH05.corp.example.test',
      'rdsh05.branch.example.com',
      'RDSH05',
      'RDSH07',
      'rdsh07.corp.example.test',
    ]);
    expect(names.key('RDSH05.corp.example.test')).not.toBe(names.key('rdsh05.branch.example.com'));
    expect(names.key('RDSH05')).toBe('rdsh05');
    expect(names.key('RDSH07')).toBe(names.key('RDSH07.CORP.example.test'));
    expect(names.display('rdsh07.corp.example.test')).toBe('RDSH07');
  });

  it('diagnoses the attempts of two same-named servers each on its own computer', () => {
    const a = burst(1, 'RDSH05.corp.example.test');
    const b = burst(1, 'rdsh05.branch.example.com').map((e) => ({ ...e, record: e.record + 1000 }));
    const { attempts } = analyzeTestEvents([...a, ...b]);
    expect(attempts.map((x) => x.computer).sort()).toEqual(['RDSH05.corp.example.test', 'rdsh05.branch.example.com']);
    for (const x of attempts) for (const e of x.causes[0].evidence) expect(e.computer).toBe(x.computer);
  });
});
