import { clientCode, inClient } from './clauses.js';
import { explained, explainedNames } from './explained.js';
import type { Pattern } from './types.js';

/** Primary disconnect reasons that mean the TCP connection never opened (see `references`). */
const NOT_REACHED = [516, 264, 260, 520, 1796, 1288, 1540];

export const networkUnreachable = {
  id: 'network-unreachable',
  title: 'The client could not reach the Remote Desktop listener',
  summary: 'Nothing reached the RDP listener: firewall, listener down, RDP disabled, wrong port, or name resolution.',
  status: 'test',
  phase: 'connection',
  references: [
    'https://learn.microsoft.com/en-us/windows/win32/termserv/imstscaxevents-ondisconnected',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-cannot-connect-remote-computer',
  ],
  falsePositives: [
    'A mistyped server name, or a server shut down on purpose for maintenance, leaves the same client-only 516/260 record.',
  ],
  when: {
    outcome: ['failed'],
    // Nothing reached the server: no RCM 261 / RdpCoreTS 131 for this attempt.
    serverEvents: false,
    clientReason: NOT_REACHED,
  },
  clauses: [
    // [MS] 516 socket connect failed, 264 connection timed out, 260/1288/1540 DNS, 520 host not found, 1796 timeout
    clientCode(0.7, { in: NOT_REACHED }),
    // Context: the destination as typed (RDPClient 1024). Adds no weight.
    inClient('target', { channel: 'RDPClient/Operational', eventId: 1024 }, 0),
    // The client did connect (1025): something answered, so this is not an unreachable listener.
    inClient('connected', { channel: 'RDPClient/Operational', eventId: 1025 }, 'excludes'),
  ],
  // ReverseConnectFailed: no line of sight from the session host to the gateway
  // SxSStackListenerCheck: the listener that takes the connection is not up
  avdErrors: explainedNames({
    MS: ['ReverseConnectFailed'],
    WR: ['SxSStackListenerCheck', 'SxSStackListenerNotReady'],
  }),
  codes: {
    // 0x3000009 / 0x300000A / 0x300000C / 0x300000D: the client did not reach the RD Gateway (a send error, unavailable,
    // unreachable or incorrect address, temporarily unavailable): nothing reached the gateway's listener on 443
    mstsc: explained(
      { WR: [260, 264, 516, 520, 1288, 1540, 1796, 0x300000a, 0x300000c], SP: [776, 2052, 0x3000009, 0x300000d] },
      { 1796: 1 },
    ),
    // 12002/12007/12029: WinINet's timeout, name not resolved and cannot connect, as the RD Gateway's HTTPS transport and
    // the Windows App give them (0x80072EE2, 0x80072EE7, 0x80072EFD): the endpoint was not reached.
    win32: explained({ MS: [1225, 10051, 10060, 10061, 10065, 11001, 12007, 12029], WR: [12002] }),
    // 0x516: the macOS / iOS client's "Make sure the PC is turned on" dialog
    clientApp: explained({ WR: [0x516] }),
  },
  explanation: [
    'The client {attempt.client} tried to connect to {target.Value} and gave up with {clientCode.Value|mstsc}.',
    "No server-side event matches this attempt: if the server's RdpCoreTS and RCM logs for that time were included, the connection never reached the Remote Desktop listener (firewall, listener not listening, RDP disabled, wrong port, or the name resolved to the wrong address).",
  ],
  remediation: [
    'From the client, test the path: `Test-NetConnection <server> -Port 3389` (and `Resolve-DnsName <server>` for 260/520: does the name resolve to the right address?).',
    "On the server, check that the listener is listening: `qwinsta` shows rdp-tcp in state Listen; `netstat -ano | findstr :3389` shows TermService's process; RCM/Operational 258/259 show when it started/stopped and System 1035 a listener stack failure.",
    'Check that Remote Desktop is enabled: `fDenyTSConnections`=0 under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server and under HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services (the policy wins), and `fEnableWinStation`=1 under …\\WinStations\\RDP-Tcp. Enabling it opens the logon to the network: keep Network Level Authentication on (`UserAuthentication`=1) and do not expose port 3389 to the internet (use a VPN or an RD Gateway).',
    'Check the port: `PortNumber` under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp (0xD3D = 3389); if it was changed, connect with server:port.',
    'Check the firewall rules "Remote Desktop - User Mode (TCP-In)" / "(UDP-In)" on the server, and any network firewall, NSG, VPN split-tunnel or proxy in between.',
    'Check that the TermService and UmRdpService services are running.',
  ],
  sample: {
    description: 'mstsc on WS-ALICE cannot open TCP 3389 on RDSH01 (firewall): 1024 → 1026 516, nothing on the server.',
    file: 'samples/patterns/network-unreachable/sample.xml',
  },
} as const satisfies Pattern;
