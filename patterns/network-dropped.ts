import { errorInfoSent, inAttempt, inClient, PEER_CLOSED, SOCKET_CLOSED } from './clauses.js';
import { explained, explainedNames } from './explained.js';
import type { Pattern } from './types.js';

export const networkDropped = {
  id: 'network-dropped',
  title: 'The connection was established and then lost on the network',
  summary: 'The connection was established and then lost: unstable network, UDP transport, or VPN MTU.',
  status: 'stable',
  phase: 'connection',
  references: [
    'https://learn.microsoft.com/en-us/windows/win32/termserv/imstscaxevents-ondisconnected',
    'https://learn.microsoft.com/en-us/windows/win32/termserv/extendeddisconnectreasoncode',
    'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-erref/',
  ],
  falsePositives: [
    'A user closing a laptop lid or switching networks on purpose looks like an unstable network (0x904 with no server-side denial).',
  ],
  when: {
    // A session that was later lost carries the cause too: the correlator marks it `succeeded`.
    outcome: ['failed', 'succeeded'],
    // The client closed the connection cleanly (RdpCoreTS 107, client 1026 reason 1/2): not a drop.
    progress: { clientClosed: false },
  },
  // A peer-closed socket is also how every aborted handshake and every mstsc probe connection ends (the
  // correlator merges probes into the real attempt), so peer-closed plus "was established" (98/66) stays
  // below this: it takes a time-out, a client-side network error or a failed auto-reconnect.
  threshold: 0.45,
  clauses: [
    // [observed] 226 0x80070079 = ERROR_SEM_TIMEOUT: the network stopped answering
    inAttempt('timeout', { channel: 'RdpCoreTS/Operational', eventId: 226, fields: { ErrorCode: '0x80070079' } }, 0.6),
    // [observed] 142/143 socket READ/WRITE failed with 121 (timeout)
    inAttempt('socketTimeout', { channel: 'RdpCoreTS/Operational', eventId: [142, 143], fields: { error: 121 } }, 0.5),
    // [observed] 226 0x80070040 = ERROR_NETNAME_DELETED: the peer's socket went away without an RDP goodbye
    inAttempt('peerClosed', PEER_CLOSED, 0.2),
    // [observed] 142/143 with 64
    inAttempt('socketClosed', SOCKET_CLOSED, 0.1),
    // Context: the RDP protocol exchange had completed (98) / a session had been assigned (66).
    inAttempt('established', { channel: 'RdpCoreTS/Operational', eventId: 98 }, 0.1),
    inAttempt('inSession', { channel: 'RdpCoreTS/Operational', eventId: 66 }, 0.1),
    // [WR] 146 auto-reconnect failed
    inAttempt('reconnectFailed', { channel: 'RdpCoreTS/Operational', eventId: 146 }, 0.3),
    // [WR] UDP side transport failed (134 tunnel failed, 136 fell back to TCP, 138 DTLS failed): UDP only, TCP continues
    inAttempt('udpFailed', { channel: 'RdpCoreTS/Operational', eventId: [134, 136, 138] }, 0.1),
    // [MS] 2308 (0x904) the socket was closed under the client
    // 0x904 only says the socket closed: the server closing it at once looks the same. Corroboration is needed.
    inClient('clientLost', { channel: 'RDPClient/Operational', eventId: 1026, fields: { Value: 2308 } }, 0.3),
    // The client's own view that the connection was up (1025 connected, 1027 logged on) before it was lost
    inClient('clientEstablished', { channel: 'RDPClient/Operational', eventId: [1025, 1027] }, 0.25),
    // [MS] 772 send failed, 1028 recv failed
    inClient(
      'clientSocketError',
      { channel: 'RDPClient/Operational', eventId: 1026, fields: { Value: { in: [772, 1028] } } },
      0.55,
    ),
    // [MS] 264 / 1796 time-outs after the server saw the connection
    inClient(
      'clientTimeout',
      { channel: 'RDPClient/Operational', eventId: 1026, fields: { Value: { in: [264, 1796] } } },
      0.3,
    ),
    // The server ended the connection on purpose (error-info sent: replaced, denied, logoff, …): not a drop.
    inAttempt('serverErrorInfo', errorInfoSent(), 'excludes'),
    inAttempt(
      'serverReason',
      { channel: 'RdpCoreTS/Operational', eventId: 103, fields: { ReasonCode: { in: [5, 12] } } },
      'excludes',
    ),
    // A session disconnect with a decided reason (admin, limits, replaced, denied, privileges, user, logoff)
    inAttempt(
      'sessionReason',
      {
        channel: 'LocalSessionManager/Operational',
        eventId: 40,
        fields: { Reason: { in: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] } },
      },
      'excludes',
    ),
    // Security-layer error, bad NLA credentials or a declined connection explain the close instead.
    inAttempt(
      'refused',
      { channel: ['RdpCoreTS/Operational', 'RemoteConnectionManager/Operational'], eventId: [139, 140, 1151] },
      'excludes',
    ),
  ],
  // ConnectionFailedClientDisconnect: most are TCP resets (Microsoft)
  // ConnectionFailedServerDisconnect: a TCP reset between host and gateway
  avdErrors: explainedNames(
    {
      MS: [
        'ConnectionBroken',
        'UnexpectedNetworkDisconnect',
        'ShortpathTransportNetworkDrop',
        'ShortpathTransportReliabilityThresholdFailure',
      ],
      WR: [
        'ConnectionBrokenMissedHeartbeatThresholdExceeded',
        'ConnectionFailedClientDisconnect',
        'ConnectionFailedServerDisconnect',
      ],
    },
    { ConnectionFailedClientDisconnect: 1 },
  ),
  codes: {
    mstsc: explained({ WR: [772, 1028, 1796, 2308] }, { 1796: 2, 2308: 1 }),
    mstscExtended: explained({ SP: [262] }),

    mstscPair: [
      {
        code: 2308,
        extended: 0,
        confidence: 'WR',
        rank: 1,
        why: 'An unstable path, UDP transport or VPN MTU dropped the connection. Confirm with RdpCoreTS 226 (0x80070040 / 0x80070079) and 142/143 on the server.',
      },
    ],
    // 12030/12031: WinINet's connection aborted or reset (0x80072EFE, 0x80072EFF), an HTTPS transport lost under way.
    win32: explained({ MS: [10053, 10054], WR: [64, 121, 12030, 12031], SP: [258] }, { 64: 1 }),
    // 0x3000064: the macOS client's RD Gateway connection that disconnected
    // 0x4: the macOS / iOS client's "Your session ended because of an error" (the Mac or the PC slept, the network dropped)
    clientApp: explained({ WR: [0x3000064, 0x4] }),
  },
  explanation: [
    'The network stopped answering: RdpCoreTS reported {timeout.ErrorCode|hresult} on the connection from {attempt.client} ({timeout.StateTransition}, event 226 at {timeout.time}).',
    'A socket operation on the connection failed with Windows error {socketTimeout.error} (semaphore time-out, RdpCoreTS {socketTimeout.eventId}).',
    'The client side of the TCP connection went away without an RDP disconnect: {peerClosed.ErrorCode|hresult} (RdpCoreTS 226 at {peerClosed.time}).',
    'A socket operation failed with Windows error {socketClosed.error} (the network name is no longer available, RdpCoreTS {socketClosed.eventId}).',
    'The connection had been established (RDP protocol complete at {established.time}) and the server had not decided to end it.',
    'The connection was attached to session {inSession.SessionID} before it was lost.',
    'Automatic reconnection failed (RdpCoreTS 146 at {reconnectFailed.time}).',
    'The UDP side transport failed as well (RdpCoreTS {udpFailed.eventId}).',
    'The client reported {clientLost.Value|mstsc}.',
    'The client reported {clientSocketError.Value|mstsc}.',
    'The client reported {clientTimeout.Value|mstsc}.',
  ],
  remediation: [
    'Check the network path between client and server for drops (Wi-Fi roaming, sleeping laptops, ISP/VPN outages): `pathping <server>` from the client, and the NIC/driver event logs on both sides.',
    'If drops coincide with the UDP transport (RdpCoreTS 134/136/138, RDPClient 1104), force TCP to test: client policy "Turn off UDP on client" (HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services\\Client `fClientDisableUDP`=1) or server policy "Select RDP transport protocols" = Use only TCP (`SelectTransport`=1).',
    'Keep idle connections alive through NAT and firewalls: Computer Configuration → Administrative Templates → Windows Components → Remote Desktop Services → Remote Desktop Session Host → Connections → "Configure keep-alive connection interval" (`KeepAliveEnable`=1, `KeepAliveInterval`=1 minute); raise idle timeouts on firewalls/load balancers in between.',
    'Over a VPN, RDP that works on the LAN but stalls on connect or drops points to MTU/fragmentation: test with `ping -f -l 1372 <server>` and lower the VPN adapter MTU or clamp the TCP MSS on the tunnel.',
    'Disconnected sessions stay on the server; the user can reconnect to the same session (LSM 25) without losing work.',
  ],
  sample: {
    description:
      "Alice's session is established, then her Wi-Fi drops: 143 error 121, 226 0x80070079, LSM 24/40 reason 0, and mstsc shows 0x904 (2308). Later: a branch firewall resets bob's session (142 error 64, 226 0x80070040, mstsc recv failed 1028); carol's hotel Wi-Fi, UDP never up (138/134/136), times out and auto-reconnect fails (146); dave's VPN stalls the TLS exchange until the server's write times out (mstsc time-out 1796).",
    file: 'samples/patterns/network-dropped/sample.xml',
  },
} as const satisfies Pattern;
