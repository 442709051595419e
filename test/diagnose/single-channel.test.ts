/**
 * Any single channel tells what it can (issue 23): an RCM-only export's pre-connection is part of the logon
 * that follows it, a connection the logs hold only the start of is `unknown` with a reason (never "in progress"
 * in an export, nor a failure no log shows), and a flood of such connections is judged by its rate.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { analyzeTestEvents, eventsFromXml } from '../helpers/pipeline.js';
import { type TestEvent, wevtutilStream } from '../helpers/xml-events.js';

const HOST = 'RDSH21.corp.example.test';
const RCM = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational';
const RCM_PROVIDER = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager';
let record = 0;
const rcm = (id: number, time: string, data: Record<string, string>): TestEvent => ({
  id,
  time,
  record: ++record,
  computer: HOST,
  channel: RCM,
  provider: RCM_PROVIDER,
  userData: data,
});
const listener = (time: string) => rcm(261, time, { listenerName: 'RDP-Tcp' });
const authenticated = (time: string, address = '192.0.2.31') =>
  rcm(1149, time, { Param1: 'ines', Param2: 'CORP', Param3: address });
const at = (base: string, seconds: number) => new Date(Date.parse(base) + seconds * 1000).toISOString();

describe('RCM alone', () => {
  it("keeps a 261 before the 261 + 1149 of a logon apart: mstsc's pre-connection or a try of its own, time alone cannot tell", () => {
    const t = '2024-03-04T08:00:00Z';
    const a = analyzeTestEvents([listener(t), listener(at(t, 40)), authenticated(at(t, 40.2))]).attempts;
    // One connection, one attempt: the first names no client, so nothing joins it to the logon's connection.
    expect(a.map((x) => x.outcome)).toEqual(['unknown', 'unknown']);
    expect(a[0].outcomeReason).toMatch(/only the listener accepting it \(RCM 261\) is logged/);
    // NLA passed (1149) is no logon: unknown, with the reason, until a logon joins it.
    expect(a[1].outcomeReason).toMatch(/NLA passed is no logon/);
    expect(a[1].mergedProbes).toBe(0);
    expect(a[1].start).toBe('2024-03-04T08:00:40.0000000Z');
  });

  it('keeps a listener-only connection long before the next logon apart, as unknown with the reason, not failed', () => {
    const t = '2024-03-04T08:00:00Z';
    const a = analyzeTestEvents([listener(t), listener(at(t, 600)), authenticated(at(t, 600.2))]).attempts;
    expect(a.map((x) => x.outcome)).toEqual(['unknown', 'unknown']);
    expect(a[0].outcomeReason).toMatch(/only the listener accepting it \(RCM 261\) is logged/);
    expect(a[0].causes).toEqual([]);
  });

  it('with the Security log of that time too, a connection only accepted stays unknown (nothing decides how it ended)', () => {
    const t = '2024-03-04T08:00:00Z';
    const security: TestEvent = {
      id: 4624,
      time: at(t, -3600),
      record: ++record,
      computer: HOST,
      channel: 'Security',
      provider: 'Microsoft-Windows-Security-Auditing',
      eventData: { TargetUserName: 'svc', TargetDomainName: 'CORP', LogonType: '3', IpAddress: '192.0.2.60' },
    };
    // The Security log reaches before and past the connection (a logoff after it): a refused authentication
    // would be there. (The logon's own session is not in that Security log, and the export ends right after its
    // 1149: unknown.)
    const logoff: TestEvent = { ...security, id: 4634, time: at(t, 300), record: ++record };
    const events = eventsFromXml(
      wevtutilStream([security, listener(t), logoff, listener(at(t, 600)), authenticated(at(t, 600.2))]),
    );
    const a = analyzeEvents(events).attempts.filter((x) => x.startMs >= Date.parse(t));
    // Only the listener's acceptance is logged of the first: nothing decides how it ended, whatever log is added.
    expect(a.map((x) => x.outcome)).toEqual(['unknown', 'unknown']);
    expect(a[0].outcomeReason).toMatch(/only the listener accepting it \(RCM 261\) is logged/);
    // Near miss: a Security log that ends before the connection cannot show its refusal, whatever RCM goes on to log.
    const ended = eventsFromXml(
      wevtutilStream([security, listener(t), listener(at(t, 600)), authenticated(at(t, 600.2))]),
    );
    const b = analyzeEvents(ended).attempts.filter((x) => x.startMs >= Date.parse(t));
    expect(b.map((x) => x.outcome)).toEqual(['unknown', 'unknown']);
  });

  it('calls a flood of connections that never authenticated scanning, by its rate, naming no source it does not know', () => {
    const t = '2024-03-04T03:00:00Z';
    const flood = Array.from({ length: 40 }, (_, i) => listener(at(t, i * 2)));
    const analysis = analyzeTestEvents(flood);
    expect(analysis.attempts.every((x) => x.outcome === 'unknown')).toBe(true);
    expect(analysis.incidents).toEqual([]);
    const scan = analysis.findings.find((f) => f.id === 'scanning');
    expect(scan).toBeDefined();
    expect(scan?.explanation).toMatch(/^A source the logs do not name opened 40 connections/);
    expect(scan?.remediation[0]).toMatch(/Find the source/);
  });

  it('near miss: a few abandoned prompts at a person’s pace are no attack', () => {
    const t = '2024-03-04T03:00:00Z';
    const slow = Array.from({ length: 12 }, (_, i) => listener(at(t, i * 300)));
    const analysis = analyzeTestEvents(slow);
    expect(analysis.findings).toEqual([]);
    expect(analysis.attempts.every((x) => x.outcome === 'unknown')).toBe(true);
  });
});

describe('a log that ends before the outcome', () => {
  const core = (id: number, time: string, data: Record<string, string>, computer: string): TestEvent => ({
    id,
    time,
    record: ++record,
    computer,
    activity: `{F4200000-0000-0000-0000-${String(record).padStart(12, '0')}}`,
    eventData: data,
  });

  it('is unknown in an export, and a burst of them from one source across servers is a scan', () => {
    const t = '2021-06-01T10:00:00Z';
    const events: TestEvent[] = [];
    for (const server of ['SRV-A.corp.example.test', 'SRV-B.corp.example.test'])
      for (let i = 0; i < 12; i++)
        events.push(core(131, at(t, i * 0.1), { ConnType: 'TCP', ClientIP: `198.51.100.7:${50000 + i}` }, server));
    const analysis = analyzeTestEvents(events);
    expect(new Set(analysis.attempts.map((a) => a.outcome))).toEqual(new Set(['unknown']));
    expect(analysis.attempts[0].outcomeReason).toMatch(/end .* after its last event, before any outcome/);
    const scans = analysis.findings.filter((f) => f.id === 'scanning');
    expect(scans.map((f) => f.computer).sort()).toEqual(['SRV-A.corp.example.test', 'SRV-B.corp.example.test']);
  });
});
