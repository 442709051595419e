/**
 * One connection, one attempt (issue 48, items 2 and 4), with the rules of Windows that decide which records are
 * one connection's when a log is missing: LSM and RdpCoreTS log under the ActivityID of the connection that caused
 * a record; a remote-interactive logon is typed at the logon screen of a connection the listener accepted; a session
 * its user logged off was not refused. Fictional hosts and addresses (samples/README.md).
 */
import { describe, expect, it } from 'vitest';
import type { DiagnosedAttempt } from '../../src/diagnose/analyze.js';
import { analyzeTestEvents } from '../helpers/pipeline.js';
import { connectionEvents, eventMaker, secondsAfter } from '../helpers/xml-events.js';

const HOST = 'RDSH48.corp.example.test';
const event = eventMaker(HOST);
const at = secondsAfter;
const { core, rcm, lsm, security } = connectionEvents(event);

/** The event ids of an attempt's records, in order. */
const ids = (a: DiagnosedAttempt) => (a.records ?? []).map((r) => r.eventId);

/** LSM's own ActivityID for the console's sessions (a console logon and logoff are logged under it). */
const CONSOLE = '{61A55000-55E5-1017-0000-000000000000}';
const VMBUS_LISTENER = { listenerName: '4F2E8A1B3C5D4E6F7A8B' };
const USER = { TargetUserName: 'ines', TargetDomainName: 'CORP' };

describe('LSM logs a logoff under the ActivityID of the connection that caused it', () => {
  const t = '2024-05-02T10:00:00Z';
  const A = '{F4204820-0000-4000-8000-00000000000A}';
  // A Hyper-V enhanced session without RdpCoreTS: the listener's 261, the logon screen's refusal (the account may
  // not log on through Remote Desktop), its session disconnected by the logoff; then the console user's own logoff
  // of session 1, under the console's ActivityID, a second later.
  const events = (logoffActivity: string) => [
    rcm(261, t, VMBUS_LISTENER, A),
    security(4625, at(t, 20), {
      ...USER,
      LogonType: '10',
      Status: '0xc000015b',
      SubStatus: '0x0',
      IpAddress: '-',
      WorkstationName: 'RDSH48',
    }),
    lsm(40, at(t, 40), { Session: '2', Reason: '12' }, A),
    lsm(23, at(t, 41), { User: 'CORP\\ines', SessionID: '1' }, logoffActivity),
  ];

  it("a console logoff (LSM 23 under the console's ActivityID) is no step of the remote connection open then", () => {
    const attempts = analyzeTestEvents(events(CONSOLE)).attempts;
    expect(attempts.map((a) => [a.outcome, ids(a)])).toEqual([['failed', [261, 4625, 40]]]);
  });

  it("near miss: under the connection's own ActivityID the logoff is its session's", () => {
    const attempts = analyzeTestEvents(events(A)).attempts;
    expect(attempts.map(ids)).toEqual([[261, 4625, 40, 23]]);
  });
});

describe('a remote-interactive logon is typed at the logon screen of a connection the listener accepted', () => {
  const t = '2024-05-03T10:00:00Z';
  const A = '{F4204821-0000-4000-8000-00000000000A}';
  // A Hyper-V enhanced session without LSM: RdpCoreTS logs nothing of it (only the listener's restart a minute
  // later), and its logon names no client (0.0.0.0). Security's ActivityID is not the connection's.
  const events = (logonAfter: number) => [
    rcm(261, t, VMBUS_LISTENER, A),
    security(
      4624,
      at(t, logonAfter),
      { ...USER, LogonType: '10', IpAddress: '0.0.0.0', IpPort: '0', WorkstationName: 'HV-HOST03' },
      '{83190000-0000-4000-8000-000000000001}',
    ),
    core(70, at(t, 60), '{F4204821-0000-4000-8000-0000000000FF}'),
  ];

  it('joins the logon 8 s later to the one connection the listener accepted before it: one attempt, succeeded', () => {
    const attempts = analyzeTestEvents(events(8)).attempts;
    expect(attempts.map((a) => [a.outcome, ids(a)])).toEqual([['succeeded', [261, 4624]]]);
    expect(attempts[0].records?.find((r) => r.eventId === 4624)?.logon).toBe(true);
  });

  it("near miss: a logon beyond the handshake's wait is not that connection's", () => {
    const attempts = analyzeTestEvents(events(45)).attempts;
    expect(attempts.map(ids)).toEqual([[261], [4624]]);
    expect(attempts[0].outcome).toBe('unknown');
  });
});

describe('a session its user logged off (LSM 40 reason 12) was not refused', () => {
  const t = '2024-05-04T10:00:00Z';
  const A = '{F4204822-0000-4000-8000-00000000000A}';
  const ip = '203.0.113.48';
  // The connection reaches its session, the client leaves at once, the user's arbitration begins and the session is
  // logged off (LSM logs under the connection's ActivityID); without the Security log no record of the logon itself is
  // given.
  const events = (reason: string, logon = false) => [
    rcm(261, t, { listenerName: 'RDP-Tcp' }, A),
    core(131, at(t, 0.01), A, { ConnType: 'TCP', ClientIP: `${ip}:40234` }),
    core(65, at(t, 0.02), A, { ConnectionName: 'RDP-Tcp#11' }),
    rcm(1149, at(t, 0.6), { Param1: 'ines', Param2: 'CORP', Param3: ip }, A),
    core(66, at(t, 0.62), A, { ConnectionName: 'RDP-Tcp#11', SessionID: '2' }),
    core(98, at(t, 0.64), A),
    lsm(40, at(t, 0.9), { Session: '2', Reason: '0' }, A),
    core(102, at(t, 0.91), A),
    ...(logon ? [security(4624, at(t, 2), { ...USER, LogonType: '10', IpAddress: ip, IpPort: '0' })] : []),
    lsm(41, at(t, 2.1), { User: 'CORP\\ines', SessionID: '2' }, A),
    lsm(42, at(t, 2.2), { User: 'CORP\\ines', SessionID: '2' }, A),
    lsm(40, at(t, 30), { Session: '2', Reason: reason }, A),
    core(103, at(t, 30.01), A, { ReasonCode: '12' }),
  ];

  it('without a record of the logon, it is unknown with the reason said, not failed', () => {
    const [a, ...rest] = analyzeTestEvents(events('12')).attempts;
    expect(rest).toEqual([]);
    expect(a.outcome).toBe('unknown');
    expect(a.outcomeReason).toMatch(/logging off its session \(LSM 40 reason 12\)/);
  });

  it('with the Security log, its 4624 type 10 proves the logon', () => {
    const [a] = analyzeTestEvents(events('12', true)).attempts;
    expect(a.outcome).toBe('succeeded');
    expect(a.records?.filter((r) => r.logon).map((r) => r.eventId)).toEqual([4624]);
  });

  it('near miss: arbitration that ended with the connection and no logoff is a refusal', () => {
    const [a] = analyzeTestEvents(events('0')).attempts;
    expect(a.outcome).toBe('failed');
  });
});

describe('RdpCoreTS logs every record of a connection under its ActivityID', () => {
  const t = '2024-05-05T10:00:00Z';
  const A = '{F4204823-0000-4000-8000-00000000000A}';
  const B = '{F4204823-0000-4000-8000-00000000000B}';
  // A scanner's connections whose accepts are older than the log: A's refusal (140), then the teardown of another
  // (B) 0.4 s later, naming no client, then A's own teardown.
  const teardown = (s: number, activity: string) => [
    core(143, at(t, s), activity, { error: '64' }),
    core(102, at(t, s + 0.001), activity),
    core(103, at(t, s + 0.002), activity, { ReasonCode: '14' }),
  ];

  it('a teardown under another ActivityID is not joined by time to the connection open then', () => {
    const events = [core(140, t, A, { IPString: '198.51.100.48' }), ...teardown(0.4, B), ...teardown(1.3, A)];
    const attempts = analyzeTestEvents(events).attempts;
    const ofA = events.filter((e) => e.activity === A).map((e) => e.record);
    expect(attempts.map((a) => (a.records ?? []).map((r) => r.recordId))).toEqual([ofA]);
  });

  it('near miss: a teardown under its own ActivityID is its own', () => {
    const events = [core(140, t, A, { IPString: '198.51.100.48' }), ...teardown(0.4, A)];
    expect(analyzeTestEvents(events).attempts.map(ids)).toEqual([[140, 143, 102, 103]]);
  });
});
