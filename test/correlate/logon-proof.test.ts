/**
 * Verdicts from how Windows works (issue 48): a success only where a record proves the logon (the event table's
 * `logonProof` column), that record marked `logon: true`; every connection the listener accepted one attempt; a
 * computer account never part of an RDP attempt; a failure's cause from its refused tries; "most likely the source"
 * only where the records carry it. Fictional hosts and addresses (samples/README.md).
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import type { DiagnosedAttempt } from '../../src/diagnose/analyze.js';
import { EVENTS } from '../../src/model/events.js';
import { analyzeTestEvents, analyzeXml } from '../helpers/pipeline.js';
import { connectionEvents, eventMaker, secondsAfter, type TestEvent, wevtutilStream } from '../helpers/xml-events.js';

const HOST = 'RDSH48.corp.example.test';
const CLIENT_HOST = 'WS48.corp.example.test';
const event = eventMaker(HOST);
const at = secondsAfter;
const { core, rcm, lsm, security } = connectionEvents(event);
const client = (id: number, time: string, data: Record<string, string>, activity: string): TestEvent =>
  event('Microsoft-Windows-TerminalServices-ClientActiveXCore', id, time, {
    computer: CLIENT_HOST,
    channel: 'Microsoft-Windows-TerminalServices-RDPClient/Operational',
    activity,
    eventData: data,
  });

/** A connection RdpCoreTS logs up to its session's logon screen (66 gives session `sid`). */
function coreConnection(t: string, activity: string, address: string, sid: string): TestEvent[] {
  return [
    core(131, t, activity, { ConnType: 'TCP', ClientIP: `${address}:50123` }),
    core(65, at(t, 0.01), activity, { ConnectionName: 'RDP-Tcp#7' }),
    core(98, at(t, 0.5), activity),
    core(66, at(t, 0.6), activity, { ConnectionName: 'RDP-Tcp#7', SessionID: sid }),
    core(72, at(t, 0.7), activity, { MethodName: `ConnectNotify(SessionId=${sid})` }),
  ];
}

/** Each success names its proof, and only a record of the event table's `logonProof` column is one. */
function expectProofs(attempts: readonly DiagnosedAttempt[]): void {
  for (const a of attempts) {
    const proofs = (a.records ?? []).filter((r) => r.logon);
    if (a.outcome === 'succeeded') expect(proofs.length, `${a.id} succeeded without a logon record`).toBeGreaterThan(0);
    else expect(proofs, `${a.id} (${a.outcome}) marks a logon`).toEqual([]);
    for (const r of proofs) expect(EVENTS.some((row) => row.id === r.eventId && row.logonProof)).toBe(true);
  }
}

describe('the logon proof (events.ts logonProof)', () => {
  it('is a column of the event table; RCM 1149 (NLA passed) is not in it', () => {
    const proofs = EVENTS.filter((r) => r.logonProof).map((r) => r.id);
    expect(proofs).toEqual(expect.arrayContaining([4624, 4778, 21, 22, 25, 72, 1027, 1026]));
    expect(proofs).not.toContain(1149);
  });

  it('RdpCoreTS 72 LogonNotify for the session its 66 gave proves the logon: succeeded, that record marked', () => {
    const t = '2024-04-02T09:00:00Z';
    const act = '{F4204801-0000-4000-8000-000000000001}';
    const events = [
      ...coreConnection(t, act, '192.0.2.48', '3'),
      core(72, at(t, 4), act, { MethodName: 'LogonNotify(SessionId=3)' }),
    ];
    const [a] = analyzeTestEvents(events).attempts;
    expect(a.outcome).toBe('succeeded');
    expect(a.records?.filter((r) => r.logon).map((r) => r.eventId)).toEqual([72]);
    expectProofs([a]);
  });

  it('near miss: LogonNotify for another session than its 66 gave, or ConnectNotify alone, proves nothing', () => {
    const t = '2024-04-02T10:00:00Z';
    const act = '{F4204802-0000-4000-8000-000000000002}';
    const other = analyzeXml(
      wevtutilStream([
        ...coreConnection(t, act, '192.0.2.49', '3'),
        core(72, at(t, 4), act, { MethodName: 'LogonNotify(SessionId=4)' }),
      ]),
    ).attempts;
    expect(other.map((a) => a.outcome)).toEqual(['unknown']);
    expectProofs(other);
    const screen = analyzeTestEvents(coreConnection(t, act, '192.0.2.49', '3')).attempts;
    expect(screen.map((a) => a.outcome)).toEqual(['unknown']);
  });

  it('RCM 1149 alone is NLA passed, not a logon: unknown with the reason, no record marked', () => {
    const t = '2024-04-02T11:00:00Z';
    const act = '{F4204803-0000-4000-8000-000000000003}';
    const attempts = analyzeXml(
      wevtutilStream([
        rcm(261, t, { listenerName: 'RDP-Tcp' }, act),
        rcm(1149, at(t, 0.4), { Param1: 'ines', Param2: 'CORP', Param3: '192.0.2.50' }, act),
      ]),
    ).attempts;
    expect(attempts.map((a) => a.outcome)).toEqual(['unknown']);
    expect(attempts[0].outcomeReason).toMatch(/NLA passed is no logon/);
    expectProofs(attempts);
  });

  it("a client's 1025 then the user's own logoff (1026 reason 2) is a success inferred, and said so", () => {
    const t = '2024-04-02T12:00:00Z';
    const act = '{F4204804-0000-4000-8000-000000000004}';
    const events = [
      client(1024, t, { Name: 'Server Name', Value: 'rdsh77.corp.example.test' }, act),
      client(1025, at(t, 2), {}, act),
      client(1026, at(t, 960), { Name: 'Disconnect Reason', Value: '2' }, act),
    ];
    const [a] = analyzeTestEvents(events).attempts;
    expect(a.outcome).toBe('succeeded');
    const proof = a.records?.filter((r) => r.logon) ?? [];
    expect(proof.map((r) => [r.eventId, r.inferred])).toEqual([[1026, true]]);
    expect(a.outcomeRule).toMatch(/inferred/);
    // Near miss: the server ended it (reason 3): no logon inferred.
    const ended = analyzeXml(
      wevtutilStream([...events.slice(0, 2), client(1026, at(t, 5), { Name: 'Disconnect Reason', Value: '3' }, act)]),
    ).attempts;
    expect(ended[0].outcome).not.toBe('succeeded');
    expectProofs(ended);
  });

  it('LSM 23 of a session whose arbitration (41/42) it holds proves no logon; one whose logon rolled over does', () => {
    const t = '2024-04-02T13:00:00Z';
    const act = '{F4204809-0000-4000-8000-000000000009}';
    const user = { TargetUserName: 'rob', TargetDomainName: 'CORP', IpAddress: '192.0.2.53', IpPort: '50124' };
    const session = { User: 'CORP\\rob', SessionID: '4' };
    const refused = [
      rcm(261, at(t, -0.2), { listenerName: 'RDP-Tcp' }, act),
      ...coreConnection(t, act, '192.0.2.53', '4'),
      security(4624, at(t, 0.2), { ...user, LogonType: '3' }),
      rcm(1149, at(t, 0.3), { Param1: 'rob', Param2: 'CORP', Param3: '192.0.2.53' }, act),
      lsm(41, at(t, 1), session),
      lsm(42, at(t, 1.1), session),
      // The logon screen refuses him (no right to log on through Remote Desktop), and the session is logged off.
      security(4625, at(t, 9), { ...user, LogonType: '10', Status: '0xc000015b', SubStatus: '0x0' }),
      lsm(40, at(t, 9.3), { Session: '4', Reason: '9' }),
      core(103, at(t, 9.4), act, { ReasonCode: '9' }),
      lsm(23, at(t, 11), session),
    ];
    const [a] = analyzeTestEvents(refused).attempts;
    expect(a.outcome).toBe('failed');
    expectProofs([a]);
    // Near miss: the same connection's logoff where LSM's log holds no beginning of that session (it rolled over).
    const rolled = analyzeXml(
      wevtutilStream([
        ...coreConnection(t, act, '192.0.2.53', '4'),
        lsm(24, at(t, 600), { ...session, Address: '192.0.2.53' }),
        core(103, at(t, 600.1), act, { ReasonCode: '11' }),
        lsm(23, at(t, 601), session),
      ]),
    ).attempts;
    expect(rolled.map((x) => x.outcome)).toEqual(['succeeded']);
    expectProofs(rolled);
  });
});

describe("a connection's identity", () => {
  it('every RCM 261 is one attempt, also two under one ActivityID and several before one RdpCoreTS 131', () => {
    const t = '2024-04-03T08:00:00Z';
    const act = '{F4204805-0000-4000-8000-000000000005}';
    const events = [
      rcm(261, t, { listenerName: 'RDP-Tcp' }, act),
      rcm(261, at(t, 0.1), { listenerName: 'RDP-Tcp' }, act),
      rcm(261, at(t, 0.2), { listenerName: 'RDP-Tcp' }),
      core(131, at(t, 0.3), act, { ConnType: 'TCP', ClientIP: '198.51.100.48:40000' }),
      core(103, at(t, 0.5), act, { ReasonCode: '14' }),
    ];
    const attempts = analyzeTestEvents(events).attempts;
    expect(attempts).toHaveLength(3);
    expect(attempts.map((a) => a.records?.filter((r) => r.eventId === 261).length)).toEqual([1, 1, 1]);
    // Those only the listener logged: unknown, with the reason, never dropped nor a failure no log shows.
    const only = attempts.filter((a) => a.records?.every((r) => r.eventId === 261));
    expect(only.map((a) => a.outcome)).toEqual(['unknown', 'unknown']);
    for (const a of only) expect(a.outcomeReason).toMatch(/only the listener accepting it \(RCM 261\)/);
  });

  it('two connections from one client a second apart, each with its 261 and 1149, are not cross-wired', () => {
    const t = '2024-04-06T08:00:00Z';
    const A = '{F4204810-0000-4000-8000-00000000000A}';
    const B = '{F4204810-0000-4000-8000-00000000000B}';
    const ip = '192.0.2.60';
    const u = { TargetUserName: 'ines', TargetDomainName: 'CORP', IpAddress: ip, IpPort: '50100' };
    const events = [
      security(4624, at(t, -600), {
        TargetUserName: 'svc',
        TargetDomainName: 'CORP',
        LogonType: '3',
        IpAddress: '192.0.2.99',
      }),
      rcm(261, t, { listenerName: 'RDP-Tcp' }, A),
      core(131, at(t, 0.01), A, { ConnType: 'TCP', ClientIP: `${ip}:50100` }),
      security(4624, at(t, 0.3), { ...u, LogonType: '3' }),
      rcm(1149, at(t, 0.35), { Param1: 'ines', Param2: 'CORP', Param3: ip }, A),
      rcm(261, at(t, 1), { listenerName: 'RDP-Tcp' }, B),
      core(131, at(t, 1.01), B, { ConnType: 'TCP', ClientIP: `${ip}:50101` }),
      security(4624, at(t, 1.3), { ...u, IpPort: '50101', LogonType: '3' }),
      rcm(1149, at(t, 1.35), { Param1: 'ines', Param2: 'CORP', Param3: ip }, B),
      core(102, at(t, 1.5), A),
      core(103, at(t, 1.51), A, { ReasonCode: '11' }),
      core(98, at(t, 1.9), B),
      core(66, at(t, 2), B, { ConnectionName: 'RDP-Tcp#3', SessionID: '4' }),
      security(4624, at(t, 3), { ...u, IpPort: '0', LogonType: '10' }),
      { ...lsm(21, at(t, 3.1), { User: 'CORP\\ines', SessionID: '4', Address: ip }), activity: B },
      security(4634, at(t, 3600), { TargetUserName: 'svc', TargetDomainName: 'CORP' }),
    ];
    const attempts = analyzeTestEvents(events).attempts;
    // The first: NLA passed, then closed with nothing refused: no logon, and no failure on record.
    expect(attempts.map((a) => a.outcome)).toEqual(['unknown', 'succeeded']);
    expect(attempts[0].records?.map((r) => r.eventId)).toEqual([261, 131, 4624, 1149, 102, 103]);
    expect(attempts[1].records?.filter((r) => r.logon).map((r) => r.eventId)).toEqual([4624, 21]);
    expectProofs(attempts);
  });

  it('behind one NAT address, a logon at the logon screen joins the connection still open whose NLA named its user', () => {
    const t = '2024-04-03T08:30:00Z';
    const first = '{F420480A-0000-4000-8000-00000000000A}';
    const second = '{F420480B-0000-4000-8000-00000000000B}';
    const nat = '203.0.113.48';
    const logon = (user: string, type: string, extra: Record<string, string> = {}) => ({
      TargetUserName: user,
      TargetDomainName: 'CORP',
      IpAddress: nat,
      IpPort: '50200',
      LogonType: type,
      ...extra,
    });
    const events = [
      ...coreConnection(t, first, nat, '3'),
      security(4624, at(t, 0.3), logon('ana', '3')),
      core(131, at(t, 0.31), second, { ConnType: 'TCP', ClientIP: `${nat}:50201` }),
      security(4625, at(t, 0.57), logon('ben', '3', { Status: '0xc000006d', SubStatus: '0xc000006a' })),
      core(140, at(t, 0.58), second, { IPString: nat }),
      core(103, at(t, 0.6), second, { ReasonCode: '11' }),
      // ana signs in at her session's logon screen 0.8 s after ben's connection closed.
      security(4624, at(t, 1.4), logon('ana', '10')),
    ];
    const attempts = analyzeTestEvents(events).attempts;
    expect(attempts.map((a) => `${a.user}:${a.outcome}`)).toEqual(['CORP\\ana:succeeded', 'CORP\\ben:failed']);
    expectProofs(attempts);
  });

  it("a computer account's own Kerberos logon from ::1 joins no RDP attempt and raises no rdp-tunnel", () => {
    const t = '2024-04-03T09:00:00Z';
    const act = '{F4204806-0000-4000-8000-000000000006}';
    const user = { TargetUserName: 'ines', TargetDomainName: 'CORP' };
    const events = [
      ...coreConnection(t, act, '192.0.2.51', '2'),
      security(4624, at(t, 0.8), {
        TargetUserName: 'RDSH48$',
        TargetDomainName: 'CORP',
        LogonType: '3',
        AuthenticationPackageName: 'Kerberos',
        IpAddress: '::1',
        IpPort: '0',
      }),
      security(4624, at(t, 3), { ...user, LogonType: '10', IpAddress: '192.0.2.51', IpPort: '50123' }),
      lsm(21, at(t, 3.1), { User: 'CORP\\ines', SessionID: '2', Address: '192.0.2.51' }),
    ];
    const analysis = analyzeTestEvents(events);
    expect(analysis.attempts.map((a) => [a.outcome, a.client.address, a.user])).toEqual([
      ['succeeded', '192.0.2.51', 'CORP\\ines'],
    ]);
    expect(
      analysis.attempts[0].records?.some((r) => r.eventId === 4624 && r.time.startsWith(at(t, 0.8).slice(0, 19))),
    ).toBe(false);
    expect(analysis.findings.map((f) => f.id)).not.toContain('rdp-tunnel');
    expectProofs(analysis.attempts);
  });
});

describe("a failure's cause", () => {
  it('comes from its tries when the logon screen refused them after NLA ("Always prompt for password")', () => {
    const t = '2024-04-04T08:00:00Z';
    const act = '{F4204807-0000-4000-8000-000000000007}';
    const user = { TargetUserName: 'ines', TargetDomainName: 'CORP', IpAddress: '192.0.2.52', IpPort: '50123' };
    const wrong = { ...user, Status: '0xc000006d', SubStatus: '0xc000006a', LogonType: '10' };
    const events = [
      rcm(261, at(t, -0.2), { listenerName: 'RDP-Tcp' }, act),
      ...coreConnection(t, act, '192.0.2.52', '5'),
      rcm(1149, at(t, 0.3), { Param1: 'ines', Param2: 'CORP', Param3: '192.0.2.52' }, act),
      security(4624, at(t, 0.2), { ...user, LogonType: '3' }),
      security(4625, at(t, 20), wrong),
      security(4625, at(t, 40), wrong),
      core(102, at(t, 70), act),
      core(103, at(t, 70.1), act, { ReasonCode: '11' }),
      // The logs go on (another computer's unrelated logon an hour later): the attempt's end is known.
      security(4634, at(t, 3600), { TargetUserName: 'svc', TargetDomainName: 'CORP' }),
    ];
    const [a] = analyzeTestEvents(events).attempts;
    expect(a.outcome).toBe('failed');
    expect(a.causes[0].id).toBe(authBadCredentials.id);
    expect(a.causes[0].explanation).toMatch(/Windows refused 2 logons in it at the session's logon screen/);
    expect(a.tries?.map((x) => `${x.outcome}/${x.cause ?? '-'}`)).toEqual([
      'succeeded/-',
      `failed/${authBadCredentials.id}`,
      `failed/${authBadCredentials.id}`,
    ]);
  });
});

describe('"most likely the source"', () => {
  /** An RCM-only export: a burst of 30 listener-only connections, then 1149 from a new address. */
  function burst(hole: boolean, after: number): TestEvent[] {
    const t = '2024-04-05T03:00:00Z';
    const events: TestEvent[] = [
      rcm(261, at(t, -7200), { listenerName: 'RDP-Tcp' }, '{F4204808-0000-4000-8000-000000000001}'),
      rcm(
        1149,
        at(t, -7199.6),
        { Param1: 'erik', Param2: 'CORP', Param3: '192.0.2.20' },
        '{F4204808-0000-4000-8000-000000000001}',
      ),
    ];
    if (hole) event.skip(500);
    for (let i = 0; i < 30; i++) events.push(rcm(261, at(t, i * 2), { listenerName: 'RDP-Tcp' }));
    const act = '{F4204808-0000-4000-8000-000000000002}';
    events.push(rcm(261, at(t, after), { listenerName: 'RDP-Tcp' }, act));
    events.push(rcm(1149, at(t, after + 0.3), { Param1: 'Administrator', Param2: '', Param3: '203.0.113.48' }, act));
    return events;
  }
  const scanText = (events: TestEvent[]) =>
    analyzeTestEvents(events)
      .findings.filter((f) => f.id === 'scanning' || f.id === 'password-guessing')
      .map((f) => f.explanation)
      .join(' ');

  it('is said of a first-seen address after the burst when the logs reach back before it without holes', () => {
    expect(scanText(burst(false, 150))).toMatch(/most likely its source/);
  });

  it('near miss: not with a hole in the record ids, nor for a logon inside the burst', () => {
    const holed = scanText(burst(true, 150));
    expect(holed).toMatch(/203\.0\.113\.48/);
    expect(holed).not.toMatch(/most likely/);
    expect(scanText(burst(false, 31))).not.toMatch(/most likely/);
  });
});
