import { inAttempt, inWindow, RCM_PROVIDERS } from './clauses.js';
import { explained } from './explained.js';
import type { Pattern } from './types.js';

export const sessionLimit = {
  id: 'session-limit',
  title: 'The connection was refused by session rules (another user, connection limit, drain mode, time limits)',
  summary:
    'Refused by session rules: another user is signed in or declined, connection limit reached, single-session rules, drain mode, logons disabled, or time limits.',
  status: 'test',
  phase: 'session',
  references: [
    'https://learn.microsoft.com/en-us/archive/technet-wiki/37874.rds-session-host-server-disconnect-codes',
    'https://learn.microsoft.com/en-us/archive/technet-wiki/37841.remote-desktop-services-rds-logon-connectivity-overview-and-troubleshooting',
  ],
  falsePositives: [
    "LSM 40 reason 5 (the connection was replaced by another one) also follows a user's own reconnection from another device, which is not a refusal.",
  ],
  when: {
    // Only failed attempts: the host-wide events below (1070/1071/1066, 20515–20519) are not tied to one
    // connection, and a long successful session would otherwise collect other users' refusals. So time limits
    // (LSM 40 reason 3/4, RCM/Admin 20515–20519) and a takeover (LSM 39, 40 reason 5), which end sessions
    // that were reached, weigh nothing here: they are where to look for those codes (explain-code), and
    // context when they fall on a failure, never its proof.
    outcome: ['failed'],
  },
  clauses: [
    // [MS] 1151: the remote user's connection was declined by the logged-on user (Param1 domain, Param2 user, Param3 address)
    inWindow('declined', { channel: 'RemoteConnectionManager/Operational', eventId: 1151 }, 0.85, {
      after: 10,
      sameClient: true,
    }),
    // [MS] 1070: logon denied, the server is in drain mode
    inWindow('drainMode', { channel: 'System', provider: RCM_PROVIDERS, eventId: 1070 }, 0.8, {
      before: 10,
      after: 10,
    }),
    // [MS] 1071: connections are disabled (`change logon /disable`)
    inWindow(
      'logonsDisabled',
      {
        channel: ['System', 'RemoteConnectionManager/Admin', 'RemoteConnectionManager/Operational'],
        provider: RCM_PROVIDERS,
        eventId: 1071,
      },
      0.8,
      { before: 10, after: 10 },
    ),
    // [MS] 1066: session arbitration failed
    inWindow('arbitrationFailed', { channel: 'System', provider: RCM_PROVIDERS, eventId: 1066 }, 0.5, {
      before: 10,
      after: 10,
    }),
    // [MS] LSM 40 reason 3 idle limit / 4 active-session (logon) limit
    inAttempt(
      'timeLimit',
      { channel: 'LocalSessionManager/Operational', eventId: 40, fields: { Reason: { in: [3, 4] } } },
      0,
    ),
    // [MS] meaning; [WR] single-session rules: another connection took the session
    inAttempt('replaced', { channel: 'LocalSessionManager/Operational', eventId: 40, fields: { Reason: 5 } }, 0),
    // [MS] LSM 39: session X disconnected by session Y
    inAttempt('kicked', { channel: 'LocalSessionManager/Operational', eventId: 39 }, 0),
    // [MS] RCM/Admin 20515–20519 session time limits; context only (not tied to a connection)
    inWindow(
      'timeLimitPolicy',
      { channel: 'RemoteConnectionManager/Admin', eventId: [20515, 20516, 20517, 20518, 20519] },
      0,
    ),
    // [WR] arbitration ran (LSM 41/42 appear in every connection: context only)
    inAttempt('arbitration', { channel: 'LocalSessionManager/Operational', eventId: [41, 42] }, 0.05),
  ],
  codes: {
    // 0x3000022: the RD Gateway reached its own maximum of simultaneous connections (its event 203); 0x3000046: no
    // Azure Virtual Desktop host free (full, drain). Not the gateway's idle and session timeouts (0x3000032/33): those
    // are its own policy's, not the session host's limits.
    mstsc: explained({ SP: [3], WR: [0x3000022, 0x3000046] }, { 3: 2 }),
    // E_PROXY_MAXCONNECTIONSREACHED: the RD Gateway's connection limit
    gateway: explained({ WR: [0x800759e6] }),
    mstscExtended: explained({ MS: [3, 4], WR: [5], SP: [7] }, { 7: 5 }),
    mstscPair: [
      {
        code: 2308,
        extended: 7,
        confidence: 'SP',
        rank: 6,
        why: 'Another user is signed in, the connection limit is reached, or logons are disabled. Confirm with RCM 1151, LSM 40/41/42 and System 1070/1071.',
      },
    ],
    lsm40: explained({ MS: [3, 4], WR: [5] }),
    // The Terminal Services errors (ERROR_CTX_*, winerror.h) whose message states a session rule: 7054 the connection
    // limit (its text is the session-limit dialog's), 7060 remote logons disabled, 7062/7063 another user signed in;
    // 7024 the session host busy connecting or resetting sessions (a hint: retry, or a stuck session).
    win32: explained({ MS: [7054, 7060, 7062, 7063], SP: [7024] }),
  },
  explanation: [
    'The user signed in on {declined.computer} declined the remote connection of {declined.Param1}\\{declined.Param2} from {declined.Param3} (or did not answer the prompt in time) (RCM 1151 at {declined.time}). Client editions of Windows allow one interactive session at a time.',
    'The server is in drain mode and refuses new logons (event 1070 at {drainMode.time}).',
    'The server is set not to accept new connections (event 1071 at {logonsDisabled.time}; `change logon /disable`).',
    'Session arbitration failed (event 1066 at {arbitrationFailed.time}): the server could not give the user a session under its session rules (connection limit or single-session setting).',
    'Session {timeLimit.Session} was disconnected with reason {timeLimit.Reason|lsm40}.',
    'Session {replaced.Session} was disconnected with reason {replaced.Reason|lsm40}.',
    'Session {kicked.TargetSession} was disconnected by session {kicked.Source} (LSM 39).',
    'A session time limit policy acted at {timeLimitPolicy.time} (RCM/Admin {timeLimitPolicy.eventId}).',
  ],
  remediation: [
    'Another user is signed in on a client edition of Windows (1151): Windows 10/11 allow one interactive session; the signed-in user must accept the prompt or sign out. For several simultaneous users you need Windows Server with the RD Session Host role and RDS CALs.',
    'Do not use "RDP Wrapper" or patched termsrv.dll to allow more sessions on client editions: it violates the licence and breaks after Windows updates (connections then fail with 0x904 or 516).',
    'Drain mode / logons disabled (1070/1071): on the server run `change logon /query`, then `change logon /enable` (or Server Manager → Collections → Host Servers → Allow New Connections = Yes; in a deployment, `Set-RDSessionHost -NewConnectionAllowed Yes`).',
    'Connection limit: check Computer Configuration → Administrative Templates → Windows Components → Remote Desktop Services → Remote Desktop Session Host → Connections → "Limit number of connections" (`MaxInstanceCount`) and "Restrict Remote Desktop Services users to a single Remote Desktop Services session" (`fSingleSessionPerUser`); a server without the RD Session Host role allows two administrative sessions — sign out disconnected sessions (`query session`, then `logoff <id>`; a logoff closes the user\'s programs and discards unsaved work, so ask the user first or let them reconnect and save).',
    'Time limits (LSM 40 reason 3/4): review "Session Time Limits" in the same policy folder (`MaxIdleTime`, `MaxConnectionTime`, `MaxDisconnectionTime`).',
  ],
  sample: {
    description:
      'Alice connects to the Windows 10 PC where Bob is signed in; Bob declines (RCM 1151). In the RDS farm that afternoon: RDSH11 in drain mode refuses carol (1070), RDSH12 with logons disabled refuses dave (1071), RDSH13 with both administrative sessions in use fails arbitration for erin (1066).',
    file: 'samples/patterns/session-limit/sample.xml',
  },
} as const satisfies Pattern;
