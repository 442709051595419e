import {
  clientLicenceEvent,
  errorInfoSent,
  inAttempt,
  inClient,
  inWindow,
  PEER_CLOSED,
  RCM_PROVIDERS,
  SOCKET_CLOSED,
} from './clauses.js';
import { explained, explainedNames } from './explained.js';
import type { Pattern } from './types.js';

const RCM = [...RCM_PROVIDERS, 'TermServLicensing'];

/**
 * mstsc's retries are normal, and 103 reason 14 also ends bad-password and timed-out connections:
 * the weak fallback, it fires only when nothing else explains a connection dropped before the
 * security exchange.
 */
export const handshakeAborted = {
  id: 'handshake-aborted',
  title: 'The connection was closed during the handshake, before authentication, with no error logged',
  summary: 'The client (or something on the path) closed the connection during the handshake, before authenticating.',
  status: 'test',
  attackSignals: { spreads: true },
  phase: 'tls',
  references: [
    'https://learn.microsoft.com/en-us/archive/technet-wiki/37847.rdp-direct-connection-with-nla-remote-desktop-client-event-logs',
    'https://ponderthebits.com/2018/02/windows-rdp-related-event-logs-identification-tracking-and-investigation/',
  ],
  falsePositives: [
    "mstsc's own probe connections, load-balancer health checks and port scanners abort handshakes routinely; it matters only when a user saw an error.",
  ],
  when: {
    outcome: ['failed'],
    progress: { authenticated: false, licensing: false, protocolComplete: false, session: false },
  },
  threshold: 0.25,
  clauses: [
    // [observed] the server ended the connection (102): present in every disconnect, so modest
    inAttempt('closed', { channel: 'RdpCoreTS/Operational', eventId: 102 }, 0.25),
    // [observed] 103 reason 14; proves nothing on its own (Corrections)
    inAttempt('reason14', { channel: 'RdpCoreTS/Operational', eventId: 103, fields: { ReasonCode: 14 } }, 0.1),
    // [observed] the peer closed the socket (226 0x80070040, 142/143 error 64): how a client abort looks
    inAttempt('peerClosed', PEER_CLOSED, 0.05),
    inAttempt('socketClosed', SOCKET_CLOSED, 0.05),
    // Anything that is an error, a credential check, licensing or a time-out rules this out.
    inAttempt(
      'stackError',
      { channel: 'RdpCoreTS/Operational', eventId: [67, 97, 99, 139, 140, 146, 147, 149] },
      'excludes',
    ),
    inAttempt('errorInfo', errorInfoSent(), 'excludes'),
    inAttempt(
      'timeout',
      { channel: 'RdpCoreTS/Operational', eventId: 226, fields: { ErrorCode: '0x80070079' } },
      'excludes',
    ),
    inAttempt(
      'socketTimeout',
      { channel: 'RdpCoreTS/Operational', eventId: [142, 143], fields: { error: 121 } },
      'excludes',
    ),
    // Schannel's fatal errors, and a fatal alert sent (36888) or received from the client (36887): rdp-events.md 1.6
    inWindow(
      'tlsError',
      { channel: 'System', provider: 'Schannel', eventId: [36870, 36871, 36872, 36874, 36887, 36888] },
      'excludes',
    ),
    inWindow('logonFailure', { channel: 'Security', eventId: 4625 }, 'excludes', { sameClient: true }),
    inWindow('clientLicence', { ...clientLicenceEvent([1003, 1004, 1011]), provider: RCM }, 'excludes', {
      before: 30,
      after: 30,
    }),
    inWindow(
      'licensing',
      {
        channel: ['RemoteConnectionManager/Admin', 'System'],
        provider: RCM,
        eventId: [1069, 1128, 50280, 1130, 50282, 1131, 50283, 1043, 50195, 1132, 50284, 1133, 50285, 1028, 50180],
      },
      'excludes',
      { before: 30, after: 30 },
    ),
    inWindow(
      'serverRule',
      { channel: ['System', 'RemoteConnectionManager/Operational'], eventId: [1050, 1066, 1070, 1071, 1151] },
      'excludes',
    ),
    // The client itself reported an error (not "user closed", 1/2): something failed, this was no harmless abort.
    inClient(
      'clientError',
      { channel: 'RDPClient/Operational', eventId: 1026, fields: { Value: { notIn: [0, 1, 2] } } },
      'excludes',
    ),
    inClient('clientCredssp', { channel: 'System', provider: 'LsaSrv', eventId: [6041, 40960, 40961] }, 'excludes', {
      before: 10,
      after: 10,
    }),
  ],
  // ConnectionFailedClientDisconnect: the client gave up
  avdErrors: explainedNames({ SP: ['ConnectionFailedClientDisconnect'] }, { ConnectionFailedClientDisconnect: 2 }),
  codes: {
    mstscPair: [
      {
        code: 2308,
        extended: 0,
        confidence: 'SP',
        rank: 4,
        why: 'If the server shows only 131 → 102/103 with nothing else, the connection was cut during the handshake.',
      },
    ],
    win32: explained({ WR: [64] }, { 64: 2 }),
    tlsAlert: explained({ SP: [90] }),
  },
  explanation: [
    'The server accepted a TCP connection from {attempt.client} and it was closed again during the handshake (RdpCoreTS 102 at {closed.time}), before any authentication, with no TLS, credential, licensing or time-out error logged around it.',
    'The peer closed the socket ({peerClosed.ErrorCode|hresult}).',
    'RdpCoreTS gave disconnect reason {reason14.ReasonCode} (event 103), which on its own does not say who closed the connection or why.',
    "Port scanners, mstsc's own short probe connections and credential prompts that the user cancelled look exactly like this; one such connection followed by a successful one from the same address is normal.",
  ],
  remediation: [
    "If a real user reports a failure at this time, collect the client side: RDPClient/Operational (`wevtutil epl Microsoft-Windows-TerminalServices-RDPClient/Operational RDPClient.evtx`) and the client's System log; its 1026 disconnect reason says what mstsc saw.",
    'Schannel logs only errors by default: to see TLS handshakes that fail without an error, temporarily set HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL `EventLogging`=7, reproduce, then set it back to 1.',
    'Many such connections from addresses you do not know are scanning or password guessing: do not expose TCP 3389 to the internet; publish Remote Desktop through RD Gateway or a VPN, or restrict the firewall rule "Remote Desktop - User Mode (TCP-In)" to known address ranges.',
  ],
  sample: {
    description:
      'A port scanner opens TCP 3389 and drops it: 131 → 65 → 143 error 64 → 226 0x80070040 → 102 → 103 reason 14, nothing else.',
    file: 'samples/patterns/handshake-aborted/sample.xml',
  },
} as const satisfies Pattern;
