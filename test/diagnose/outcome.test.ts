import { describe, expect, it } from 'vitest';
import { analyzeTestEvents, analyzeXml } from '../helpers/pipeline.js';
import { eventOf, type TestEvent, wevtutilStream } from '../helpers/xml-events.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { serverDenied } from '../../patterns/server-denied.js';
import { handshakeAborted } from '../../patterns/handshake-aborted.js';
import { UNEXPLAINED } from '../../patterns/index.js';

const HOST = 'SRV9.corp.example.test';
const ACT = '{F4209999-0000-0000-0000-000000000000}';
const core = (id: number, time: string, record: number, data: Record<string, string> = {}): TestEvent => ({
  id,
  time,
  record,
  computer: HOST,
  activity: ACT,
  eventData: data,
});
const rcm = (id: number, time: string, record: number, data: Record<string, string>): TestEvent => ({
  id,
  time,
  record,
  computer: HOST,
  channel: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
  provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
  userData: data,
});
const outcomes = (events: TestEvent[]) =>
  analyzeTestEvents(events).attempts.map((a) => `${a.outcome}${a.causes[0] ? ` ${a.causes[0].id}` : ''}`);

describe('attempt outcome', () => {
  it('is unknown, with the reason, when an exported log stops mid-attempt with nothing wrong in sight', () => {
    const events = [
      core(131, '2024-06-01T09:00:00Z', 1, { ConnType: 'TCP', ClientIP: '192.0.2.9:50000' }),
      core(65, '2024-06-01T09:00:00.1Z', 2, { ConnectionName: 'RDP-Tcp#3' }),
    ];
    expect(outcomes(events)).toEqual(['unknown']);
    expect(analyzeTestEvents(events).attempts[0].outcomeReason).toMatch(
      /logs that would record its end \(RdpCoreTS\) end 0 s after its last event/,
    );
  });

  it('is judged by the log that would record its end: another log going on does not make it failed', () => {
    const opened = [core(131, '2024-06-01T09:00:00Z', 1, { ConnType: 'TCP', ClientIP: '192.0.2.9:50000' })];
    // RCM goes on for minutes (another connection's authentication); RdpCoreTS, which would log the end, stops.
    const later = rcm(1149, '2024-06-01T09:06:00Z', 2, { Param1: 'bob', Param2: 'CORP', Param3: '192.0.2.30' });
    expect(outcomes([...opened, later])[0]).toBe('unknown');
    // Near miss: RdpCoreTS itself goes on (another connection accepted), and this one's end never came.
    const more = {
      ...core(131, '2024-06-01T09:06:00Z', 2, { ConnType: 'TCP', ClientIP: '192.0.2.31:50100' }),
      activity: '{F4209999-0000-0000-0000-000000000001}',
    };
    expect(outcomes([...opened, more])[0]).toMatch(/^failed/);
  });

  it('is unknown when the only failure in sight is a host-wide record that names no client (no verdict by time alone)', () => {
    // Schannel's 36870 names no connection: at a moment several were open, time alone cannot give it to one.
    const schannel = eventOf('Schannel', 36870, '2024-06-01T09:00:00.2Z', 7, HOST, {
      channel: 'System',
      eventData: { Type: 'server', ErrorCode: '0x8009030d', ErrorStatus: '10001' },
    });
    expect(outcomes([rcm(261, '2024-06-01T09:00:00Z', 1, { listenerName: 'RDP-Tcp' }), schannel])).toEqual(['unknown']);
    // Near miss: the connection's own records show the failure (RdpCoreTS names it and logs its error), so it failed.
    const own = [
      core(131, '2024-06-01T09:00:00Z', 1, { ConnType: 'TCP', ClientIP: '192.0.2.9:50000' }),
      core(97, '2024-06-01T09:00:00.1Z', 2, {}),
    ];
    expect(outcomes([...own, schannel])[0]).toMatch(/^failed/);
  });

  it('is failed when the connection closed before a session, even without a known cause', () => {
    const got = outcomes([
      core(131, '2024-06-01T09:00:00Z', 1, { ConnType: 'TCP', ClientIP: '192.0.2.9:50000' }),
      core(102, '2024-06-01T09:00:30Z', 2),
      core(103, '2024-06-01T09:00:30.1Z', 3, { ReasonCode: '7' }),
    ]);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^failed/);
  });

  it('is succeeded once a logon completed in the session, unknown when no log could show one, failed when refused after 66', () => {
    const start = [
      core(131, '2024-06-01T09:00:00Z', 1, { ConnType: 'TCP', ClientIP: '192.0.2.9:50000' }),
      core(66, '2024-06-01T09:00:01Z', 2, { ConnectionName: 'RDP-Tcp#3', SessionID: '4' }),
    ];
    const graphics = [core(168, '2024-06-01T09:00:02Z', 3, { MonitorNum: '0' }), core(102, '2024-06-01T10:00:00Z', 4)];
    const logon = lsm(21, '2024-06-01T09:00:02.5Z', 5, { User: 'CORP\\zoe', SessionID: '4', Address: '192.0.2.9' });
    expect(outcomes([...start, logon, ...graphics])).toEqual(['succeeded']);
    // RdpCoreTS alone gives every connection a session, also one left at the logon screen: no proof of a logon.
    const alone = analyzeTestEvents([...start, ...graphics]).attempts;
    expect(alone.map((a) => a.outcome)).toEqual(['unknown']);
    expect(alone[0].outcomeReason).toMatch(/no LSM or Security log was given/);
    // Near miss: LSM is given and covers it, and no logon followed: it reached only the logon screen.
    const other = '{F4209999-0000-0000-0000-0000000000FF}';
    const lsmEarlier = { ...lsm(40, '2024-06-01T08:00:00Z', 6, { Session: '1', Reason: '0' }), activity: other };
    const lsmLater = { ...lsm(40, '2024-06-01T11:00:00Z', 7, { Session: '1', Reason: '0' }), activity: other };
    expect(outcomes([lsmEarlier, ...start, ...graphics, lsmLater])).toEqual([`failed ${UNEXPLAINED}`]);
    // LSM given, but it stops before the connection: it cannot tell.
    expect(outcomes([lsmEarlier, ...start, ...graphics])).toEqual(['unknown']);
    expect(
      outcomes([
        ...start,
        core(72, '2024-06-01T09:00:02Z', 3, { MethodName: 'SetErrorInfo(0x7)' }),
        core(102, '2024-06-01T09:00:02.1Z', 4),
      ]),
    ).toEqual([`failed ${serverDenied.id}`]);
  });

  it('counts network authentication as no logon when the inputs cannot show sessions (an RCM-only export): unknown', () => {
    expect(
      outcomes([
        rcm(1149, '2024-06-01T09:00:00Z', 1, { Param1: 'zoe', Param2: 'CORP', Param3: '192.0.2.9' }),
        rcm(261, '2024-06-01T12:00:00Z', 2, { listenerName: 'RDP-Tcp' }),
      ])[0],
    ).toBe('unknown');
  });

  it('counts it as unknown when RdpCoreTS holds nothing of that connection and no LSM or Security log reaches back to it', () => {
    // RdpCoreTS is in the inputs but has a hole at 09:00 (rolled over or damaged there): only RCM saw the
    // connection. An LSM log reaching back before it would say by its silence that no session followed; one
    // that begins later (rolled over, cleared) says nothing.
    const connection = [
      rcm(261, '2024-06-01T09:00:00Z', 10, { listenerName: 'RDP-Tcp' }),
      rcm(1149, '2024-06-01T09:00:01Z', 11, { Param1: 'zoe', Param2: 'CORP', Param3: '192.0.2.9' }),
    ];
    const later = [
      core(131, '2024-06-01T12:00:00Z', 20, { ConnType: 'TCP', ClientIP: '198.51.100.7:50000' }),
      core(102, '2024-06-01T12:00:00.2Z', 21),
    ];
    expect(outcomes([...connection, ...later])).toEqual(['unknown', `failed ${handshakeAborted.id}`]);
    const lsmLater = lsm(40, '2024-06-01T12:00:00.3Z', 30, { Session: '0', Reason: '0' });
    expect(outcomes([...connection, ...later, lsmLater])).toEqual(['unknown', `failed ${handshakeAborted.id}`]);
    const lsmBefore = lsm(40, '2024-06-01T08:00:00Z', 1, { Session: '0', Reason: '0' });
    expect(outcomes([lsmBefore, ...connection, ...later])).toEqual([
      `failed ${UNEXPLAINED}`,
      `failed ${handshakeAborted.id}`,
    ]);
  });
});

const lsm = (id: number, time: string, record: number, data: Record<string, string>): TestEvent => ({
  id,
  time,
  record,
  computer: HOST,
  activity: ACT,
  channel: 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
  provider: 'Microsoft-Windows-TerminalServices-LocalSessionManager',
  userData: data,
});
const system = (id: number, time: string, record: number): TestEvent => ({
  id,
  time,
  record,
  computer: HOST,
  channel: 'System',
  provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
  qualifiers: 49152,
  eventData: {},
});

/** 131, 65, 1149, 98, then 66 (session 4 assigned), as a connection that got past licensing. */
const assigned = [
  core(131, '2024-06-01T09:00:00Z', 1, { ConnType: 'TCP', ClientIP: '192.0.2.9:50000' }),
  core(65, '2024-06-01T09:00:00.01Z', 2, { ConnectionName: 'RDP-Tcp#3' }),
  { ...rcm(1149, '2024-06-01T09:00:00.5Z', 3, { Param1: 'zoe', Param2: 'CORP', Param3: '192.0.2.9' }), activity: ACT },
  core(98, '2024-06-01T09:00:00.8Z', 4),
  core(66, '2024-06-01T09:00:01Z', 5, { ConnectionName: 'RDP-Tcp#3', SessionID: '4' }),
];
const closed = [core(102, '2024-06-01T09:00:03Z', 90), core(103, '2024-06-01T09:00:03.1Z', 91, { ReasonCode: '0' })];

describe('a refusal after the session was assigned', () => {
  it.each([
    ['System 1070 (drain mode) at that moment', [system(1070, '2024-06-01T09:00:02Z', 10)], sessionLimit.id],
    ['System 1071 (logons disabled) at that moment', [system(1071, '2024-06-01T09:00:02Z', 10)], sessionLimit.id],
    [
      'RCM 1151 (declined by the signed-in user)',
      [
        {
          ...rcm(1151, '2024-06-01T09:00:02Z', 10, { Param1: 'CORP', Param2: 'zoe', Param3: '192.0.2.9' }),
          activity: ACT,
        },
      ],
      sessionLimit.id,
    ],
    [
      'LSM 41/42 arbitration and no logon of the remote user',
      [
        lsm(41, '2024-06-01T09:00:01.5Z', 10, { User: 'CORP\\zoe', SessionID: '4' }),
        lsm(42, '2024-06-01T09:00:02Z', 11, { User: 'CORP\\zoe', SessionID: '4' }),
      ],
      undefined,
    ],
    ['LSM 40 reason 9', [lsm(40, '2024-06-01T09:00:02Z', 10, { Session: '4', Reason: '9' })], authLogonRight.id],
    [
      'RdpCoreTS 228 err 0x7',
      [core(228, '2024-06-01T09:00:02Z', 10, { ComponentName: 'RDP_GFX', ErrorCode: '0x7' })],
      undefined,
    ],
    [
      'SetErrorInfo(0x105) (client licence error)',
      [core(72, '2024-06-01T09:00:02Z', 10, { MethodName: 'SetErrorInfo(0x105)' })],
      undefined,
    ],
    [
      'Security 4625 logon type 10',
      [
        {
          id: 4625,
          time: '2024-06-01T09:00:02Z',
          record: 10,
          computer: HOST,
          channel: 'Security',
          provider: 'Microsoft-Windows-Security-Auditing',
          eventData: {
            TargetUserName: 'zoe',
            TargetDomainName: 'CORP',
            Status: '0xc000015b',
            SubStatus: '0x0',
            LogonType: '10',
            IpAddress: '192.0.2.9',
          },
        } as TestEvent,
      ],
      authLogonRight.id,
    ],
  ])('%s: failed', (_name, refusal, cause) => {
    for (const tail of [closed, []]) {
      const got = outcomes([...assigned, ...refusal, ...tail]);
      expect(got, tail.length ? 'closed' : 'log ends').toHaveLength(1);
      // Cut off right after the refusal, an arbitration that has not ended may still be in progress.
      expect(got[0]).toMatch(tail.length ? /^failed/ : /^(failed|unknown)/);
      if (cause && tail.length) expect(got[0]).toBe(`failed ${cause}`);
    }
  });

  it('is not a refusal of a session whose logon completed (a reconnect during drain mode)', () => {
    const got = outcomes([
      ...assigned,
      lsm(25, '2024-06-01T09:00:01.5Z', 10, { User: 'CORP\\zoe', SessionID: '2', Address: '192.0.2.9' }),
      system(1070, '2024-06-01T09:00:02Z', 11),
      ...closed,
    ]);
    expect(got).toEqual(['succeeded']);
  });

  it('is not a refusal of a session that went on well after the host refused someone else', () => {
    const got = outcomes([
      ...assigned,
      core(168, '2024-06-01T09:00:01.2Z', 6, { MonitorNum: '1' }),
      lsm(21, '2024-06-01T09:00:01.5Z', 7, { User: 'CORP\\zoe', SessionID: '4', Address: '192.0.2.9' }),
      system(1070, '2024-06-01T09:10:00Z', 10),
      core(102, '2024-06-01T10:00:00Z', 90),
    ]);
    expect(got).toEqual(['succeeded']);
  });

  it('session arbitration followed by the logon is a success', () => {
    const got = outcomes([
      ...assigned,
      lsm(41, '2024-06-01T09:00:01.2Z', 10, { User: 'CORP\\zoe', SessionID: '4' }),
      lsm(42, '2024-06-01T09:00:01.3Z', 11, { User: 'CORP\\zoe', SessionID: '4' }),
      lsm(21, '2024-06-01T09:00:01.6Z', 12, { User: 'CORP\\zoe', SessionID: '4', Address: '192.0.2.9' }),
      ...closed,
    ]);
    expect(got).toEqual(['succeeded']);
  });
});

/** A Security event of HOST. Security's Correlation ActivityID is the same for unrelated logons: it must not tie them. */
const sec = (id: number, time: string, record: number, data: Record<string, string>): TestEvent => ({
  id,
  time,
  record,
  computer: HOST,
  channel: 'Security',
  provider: 'Microsoft-Windows-Security-Auditing',
  activity: '{0B41CAA5-753A-0000-F82D-5172F2A13976}',
  eventData: data,
});

describe('correlation without RdpCoreTS (Security, RCM and System exported)', () => {
  const listener = (time: string, record: number, activity: string): TestEvent => ({
    ...rcm(261, time, record, { listenerName: 'RDP-Tcp' }),
    activity,
  });
  const logon = { TargetUserName: 'petra', TargetDomainName: 'CORP', IpAddress: '192.0.2.61', IpPort: '0' };

  it('a wrong password and the retry that succeeds are two attempts, each with its own listener event', () => {
    const events: TestEvent[] = [
      listener('2025-06-03T07:31:08.000Z', 1, '{F4206714-1DE8-9D4B-9F84-DEDE278B0000}'),
      sec(4625, '2025-06-03T07:31:13.000Z', 2, {
        ...logon,
        LogonType: '3',
        Status: '0xc000006d',
        SubStatus: '0xc000006a',
      }),
      listener('2025-06-03T07:31:47.000Z', 3, '{F420ABCC-7C47-0842-5295-441C09A20000}'),
      sec(4624, '2025-06-03T07:31:51.200Z', 4, { ...logon, LogonType: '3' }),
      {
        ...rcm(1149, '2025-06-03T07:31:51.280Z', 5, { Param1: 'petra', Param2: 'CORP', Param3: '192.0.2.61' }),
        activity: '{F420ABCC-7C47-0842-5295-441C09A20000}',
      },
      sec(4624, '2025-06-03T07:31:52.100Z', 6, { ...logon, LogonType: '10' }),
    ];
    const { attempts } = analyzeTestEvents(events);
    expect(attempts.map((a) => [a.start, a.outcome, a.causes[0]?.id, a.client.address])).toEqual([
      ['2025-06-03T07:31:08.0000000Z', 'failed', authBadCredentials.id, '192.0.2.61'],
      ['2025-06-03T07:31:47.0000000Z', 'succeeded', undefined, '192.0.2.61'],
    ]);
  });
});

describe('a session logging its user on after the client left', () => {
  // LSM events of the session, without the connection's ActivityID: they join by session id.
  const session = (id: number, time: string, record: number, data: Record<string, string>): TestEvent => ({
    ...lsm(id, time, record, data),
    activity: undefined,
  });
  const logon = { TargetUserName: 'Administrator', TargetDomainName: 'CORP', IpAddress: '203.0.113.5', IpPort: '0' };
  // NLA passes, session 2 is assigned, the client closes the connection at once (102, LSM 40 reason 0).
  const connection = [
    core(131, '2024-06-01T03:21:46.674Z', 1, { ConnType: 'TCP', ClientIP: '203.0.113.5:40234' }),
    core(65, '2024-06-01T03:21:46.674Z', 2, { ConnectionName: 'RDP-Tcp#118' }),
    { ...rcm(1149, '2024-06-01T03:21:47.282Z', 3, { Param1: 'Administrator', Param3: '203.0.113.5' }), activity: ACT },
    core(66, '2024-06-01T03:21:47.297Z', 4, { ConnectionName: 'RDP-Tcp#118', SessionID: '2' }),
    core(98, '2024-06-01T03:21:47.313Z', 5),
    core(102, '2024-06-01T03:21:47.625Z', 6),
    session(40, '2024-06-01T03:21:47.625Z', 7, { Session: '2', Reason: '0' }),
  ];

  it("is that connection's logon (one attempt, succeeded), not a connection of its own", () => {
    const { attempts } = analyzeXml(
      wevtutilStream([
        ...connection,
        sec(4624, '2024-06-01T03:21:48.891Z', 8, { ...logon, LogonType: '10' }),
        session(41, '2024-06-01T03:21:48.937Z', 9, { User: 'CORP\\Administrator', SessionID: '2' }),
        session(42, '2024-06-01T03:21:49.064Z', 10, { User: 'CORP\\Administrator', SessionID: '2' }),
      ]),
    );
    expect(attempts.map((a) => [a.outcome, a.events.length])).toEqual([['succeeded', 10]]);
  });

  it('opens an attempt of its own when the closed connection had logged its user on already', () => {
    const { attempts } = analyzeXml(
      wevtutilStream([
        ...connection.slice(0, 5),
        session(21, '2024-06-01T03:21:47.400Z', 20, { User: 'CORP\\Administrator', SessionID: '2' }),
        ...connection.slice(5),
        sec(4624, '2024-06-01T03:21:52.000Z', 8, { ...logon, LogonType: '10' }),
      ]),
    );
    expect(attempts).toHaveLength(2);
  });
});
