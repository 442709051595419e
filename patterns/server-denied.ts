import { clientCode, errorInfoSent, inAttempt } from './clauses.js';
import { explained } from './explained.js';
import type { Pattern } from './types.js';

export const serverDenied = {
  id: 'server-denied',
  title: 'The server refused the connection (error-info 7) without logging a more specific reason',
  summary: 'The server refused the connection and the logs give no more specific reason.',
  status: 'experimental',
  phase: 'logon',
  references: [
    'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-rdpbcgr/a21a1bd9-2303-49c1-90ec-3932435c248c',
    'https://learn.microsoft.com/en-us/archive/technet-wiki/37874.rds-session-host-server-disconnect-codes',
  ],
  falsePositives: [
    'SetErrorInfo(0x7) with no more specific event often means the log that names the reason (Security, RCM/Admin) was not exported: collect it before acting on this cause.',
  ],
  when: {
    outcome: ['failed'],
  },
  clauses: [
    // [MS] error-info 7 = ServerDeniedConnection; [SP] that RdpCoreTS 72 logs it as SetErrorInfo(0x7) (by analogy with the observed 0x5)
    inAttempt('errorInfo', errorInfoSent(7), 0.5),
    // [MS] LSM 40 reason 7: the server denied the connection
    inAttempt('lsmDenied', { channel: 'LocalSessionManager/Operational', eventId: 40, fields: { Reason: 7 } }, 0.5),
    // [MS] meanings; [SP] combination: 2308 socket closed / 3 disconnected by the server, as the client sees a denial
    clientCode(0.1, { in: [2308, 3] }),
  ],
  codes: {
    mstsc: explained({ WR: [2308], SP: [3] }, { 3: 1, 2308: 2 }),
    mstscExtended: explained({ SP: [7] }, { 7: 6 }),
    mstscPair: [
      {
        code: 2308,
        extended: 7,
        confidence: 'MS',
        rank: 7,
        why: 'When none of the above shows, the honest answer is "the server denied it without saying why". RdpCoreTS 72 SetErrorInfo(0x7) or LSM 40 reason 7 mark the refusal itself.',
      },
    ],
    lsm40: explained({ MS: [7] }),
  },
  explanation: [
    'The server sent the client error-info 7, "server denied the connection" ({errorInfo.MethodName}, RdpCoreTS 72 at {errorInfo.time}), and then closed the connection.',
    'Session {lsmDenied.Session} was disconnected with reason {lsmDenied.Reason|lsm40}.',
    'The client reported {clientCode.Value|mstsc}; with the server\'s error-info 7 this is the mstsc dialog "Error code: 0x904, Extended error code: 0x7".',
    'Error-info 7 is generic: the reason is whatever the server checked last (certificate, licensing, session rules, logon rights). If no more specific cause is listed for this attempt, the logs given do not show it.',
  ],
  remediation: [
    'Look on the server, at the time of the attempt, in the logs not given here: System (TermService 1057/1058 certificate, 1070/1071 drain mode, Schannel 36870), RemoteConnectionManager/Admin (licensing 1128–1133 / 50280–50285), RemoteConnectionManager/Operational (1003, 1151) and Security (4625). Export them with `wevtutil epl <channel> <file>.evtx` and run rdpdiag again.',
    'Check that the server accepts connections at all: `change logon /query` (drain mode), `qwinsta` (rdp-tcp listening), and the RD licensing state (lsdiag.msc) on an RD Session Host.',
    'If the server uses a third-party multi-session patch (RDP Wrapper) it may refuse connections after a Windows update changed termsrv.dll: remove it and use supported multi-session licensing.',
    'Avoid the usual folklore fixes until the cause is known: renaming MachineKeys, deleting the licensing GracePeriod key or disabling NLA each cause new problems.',
  ],
  sample: {
    description:
      'The server completes the protocol, then sends error-info 7 and closes; the client shows 0x904 (2308). Alice tries again: a session is assigned this time before the refusal, so LocalSessionManager logs its disconnect with reason 7.',
    file: 'samples/patterns/server-denied/sample.xml',
  },
} as const satisfies Pattern;
