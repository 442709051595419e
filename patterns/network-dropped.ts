import type { Pattern } from './types.js';

/** rdp-events.md §1.1 (observed sequences), §3.1, §4.13, §4.14. */
export const networkDropped: Pattern = {
  id: 'network-dropped',
  title: 'The connection was established and then lost on the network',
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
    {
      // [observed] 226 0x80070079 = ERROR_SEM_TIMEOUT: the network stopped answering
      name: 'timeout',
      match: { channel: 'RdpCoreTS/Operational', eventId: 226, fields: { ErrorCode: '0x80070079' } },
      scope: 'attempt',
      weight: 0.6,
    },
    {
      // [observed] 142/143 socket READ/WRITE failed with 121 (timeout)
      name: 'socketTimeout',
      match: { channel: 'RdpCoreTS/Operational', eventId: [142, 143], fields: { error: 121 } },
      scope: 'attempt',
      weight: 0.5,
    },
    {
      // [observed] 226 0x80070040 = ERROR_NETNAME_DELETED: the peer's socket went away without an RDP goodbye
      name: 'peerClosed',
      match: { channel: 'RdpCoreTS/Operational', eventId: 226, fields: { ErrorCode: '0x80070040' } },
      scope: 'attempt',
      weight: 0.2,
    },
    {
      // [observed] 142/143 with 64
      name: 'socketClosed',
      match: { channel: 'RdpCoreTS/Operational', eventId: [142, 143], fields: { error: 64 } },
      scope: 'attempt',
      weight: 0.1,
    },
    {
      // Context: the RDP protocol exchange had completed (98) / a session had been assigned (66).
      name: 'established',
      match: { channel: 'RdpCoreTS/Operational', eventId: 98 },
      scope: 'attempt',
      weight: 0.1,
    },
    {
      name: 'inSession',
      match: { channel: 'RdpCoreTS/Operational', eventId: 66 },
      scope: 'attempt',
      weight: 0.1,
    },
    {
      // [WR] 146 auto-reconnect failed
      name: 'reconnectFailed',
      match: { channel: 'RdpCoreTS/Operational', eventId: 146 },
      scope: 'attempt',
      weight: 0.3,
    },
    {
      // [WR] UDP side transport failed (134 tunnel failed, 136 fell back to TCP, 138 DTLS failed): UDP only, TCP continues
      name: 'udpFailed',
      match: { channel: 'RdpCoreTS/Operational', eventId: [134, 136, 138] },
      scope: 'attempt',
      weight: 0.1,
    },
    {
      // [MS] 2308 (0x904) the socket was closed under the client
      name: 'clientLost',
      match: { channel: 'RDPClient/Operational', eventId: 1026, fields: { Value: 2308 } },
      // 0x904 only says the socket closed: the server closing it at once looks the same. Corroboration is needed.
      scope: 'client',
      weight: 0.3,
    },
    {
      // The client's own view that the connection was up (1025 connected, 1027 logged on) before it was lost
      name: 'clientEstablished',
      match: { channel: 'RDPClient/Operational', eventId: [1025, 1027] },
      scope: 'client',
      weight: 0.25,
    },
    {
      // [MS] 772 send failed, 1028 recv failed
      name: 'clientSocketError',
      match: { channel: 'RDPClient/Operational', eventId: 1026, fields: { Value: { in: [772, 1028] } } },
      scope: 'client',
      weight: 0.55,
    },
    {
      // [MS] 264 / 1796 time-outs after the server saw the connection
      name: 'clientTimeout',
      match: { channel: 'RDPClient/Operational', eventId: 1026, fields: { Value: { in: [264, 1796] } } },
      scope: 'client',
      weight: 0.3,
    },
    {
      // The server ended the connection on purpose (error-info sent: replaced, denied, logoff, …): not a drop.
      name: 'serverErrorInfo',
      match: {
        channel: 'RdpCoreTS/Operational',
        eventId: 72,
        fields: { MethodName: { regex: '^SetErrorInfo\\(0x0*[1-9a-f]' } },
      },
      scope: 'attempt',
      weight: 0,
      excludes: true,
    },
    {
      name: 'serverReason',
      match: { channel: 'RdpCoreTS/Operational', eventId: 103, fields: { ReasonCode: { in: [5, 12] } } },
      scope: 'attempt',
      weight: 0,
      excludes: true,
    },
    {
      // A session disconnect with a decided reason (admin, limits, replaced, denied, privileges, user, logoff)
      name: 'sessionReason',
      match: {
        channel: 'LocalSessionManager/Operational',
        eventId: 40,
        fields: { Reason: { in: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] } },
      },
      scope: 'attempt',
      weight: 0,
      excludes: true,
    },
    {
      // Security-layer error, bad NLA credentials or a declined connection explain the close instead.
      name: 'refused',
      match: { channel: ['RdpCoreTS/Operational', 'RemoteConnectionManager/Operational'], eventId: [139, 140, 1151] },
      scope: 'attempt',
      weight: 0,
      excludes: true,
    },
  ],
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
      "Alice's session is established, then her Wi-Fi drops: 143 error 121, 226 0x80070079, LSM 24/40 reason 0, and mstsc shows 0x904 (2308).",
    xml: `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-ClientActiveXCore' Guid='{28AA95BB-D444-4719-A36F-40462168127E}'/><EventID>1024</EventID><Version>0</Version><Level>4</Level><Task>101</Task><Opcode>10</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:09.9600000Z'/><EventRecordID>3601</EventRecordID><Correlation ActivityID='{AC2D8E57-6091-44B8-172E-F3546A8F0000}'/><Execution ProcessID='7340' ThreadID='7512'/><Channel>Microsoft-Windows-TerminalServices-RDPClient/Operational</Channel><Computer>WS-ALICE.corp.example.test</Computer><Security UserID='S-1-5-21-1004336348-1177238915-682003330-1104'/></System><EventData><Data Name='Name'>Server Name</Data><Data Name='Value'>RDSH01.corp.example.test</Data><Data Name='CustomLevel'>Info</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>261</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.0120000Z'/><EventRecordID>3201</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><listenerName>RDP-Tcp</listenerName></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>131</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>15</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.0150000Z'/><EventRecordID>9201</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnType'>TCP</Data><Data Name='ClientIP'>192.0.2.10:54321</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>65</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>14</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.0160000Z'/><EventRecordID>9202</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnectionName'>RDP-Tcp#22</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.0170000Z'/><EventRecordID>9203</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>PrepareForAccept</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>141</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.0180000Z'/><EventRecordID>9204</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='InstanceID'>22</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-A5BA-3E3B0328C30D}'/><EventID>4624</EventID><Version>2</Version><Level>0</Level><Task>12544</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.2100000Z'/><EventRecordID>7201</EventRecordID><Correlation ActivityID='{7A1C55E2-9F0B-0001-B6C2-1F7A2A9BDA01}'/><Execution ProcessID='640' ThreadID='4212'/><Channel>Security</Channel><Computer>RDSH01.corp.example.test</Computer><Security/></System><EventData><Data Name='SubjectUserSid'>S-1-0-0</Data><Data Name='SubjectUserName'>-</Data><Data Name='SubjectDomainName'>-</Data><Data Name='SubjectLogonId'>0x0</Data><Data Name='TargetUserSid'>S-1-5-21-1004336348-1177238915-682003330-1104</Data><Data Name='TargetUserName'>alice</Data><Data Name='TargetDomainName'>CORP</Data><Data Name='TargetLogonId'>0x72e5b3</Data><Data Name='LogonType'>3</Data><Data Name='LogonProcessName'>NtLmSsp </Data><Data Name='AuthenticationPackageName'>NTLM</Data><Data Name='WorkstationName'>WS-ALICE</Data><Data Name='LogonGuid'>{00000000-0000-0000-0000-000000000000}</Data><Data Name='TransmittedServices'>-</Data><Data Name='LmPackageName'>NTLM V2</Data><Data Name='KeyLength'>128</Data><Data Name='ProcessId'>0x0</Data><Data Name='ProcessName'>-</Data><Data Name='IpAddress'>192.0.2.10</Data><Data Name='IpPort'>0</Data><Data Name='ImpersonationLevel'>%%1833</Data><Data Name='RestrictedAdminMode'>-</Data><Data Name='TargetOutboundUserName'>-</Data><Data Name='TargetOutboundDomainName'>-</Data><Data Name='VirtualAccount'>%%1843</Data><Data Name='TargetLinkedLogonId'>0x0</Data><Data Name='ElevatedToken'>%%1843</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>1149</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.2300000Z'/><EventRecordID>3202</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><Param1>alice</Param1><Param2>CORP</Param2><Param3>192.0.2.10</Param3></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.2400000Z'/><EventRecordID>9205</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>OnStartLicensing</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.2410000Z'/><EventRecordID>9206</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>AcceptConnection</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.2500000Z'/><EventRecordID>9207</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>GetSecurityFilterCreds</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.2600000Z'/><EventRecordID>9208</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>SendClientLicense</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.2700000Z'/><EventRecordID>9209</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>ProtocolComplete</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>98</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.2800000Z'/><EventRecordID>9210</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData/></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.2900000Z'/><EventRecordID>9211</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>AuthenticateClientToSession</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-LocalSessionManager' Guid='{5D896912-022D-40AA-A3A8-4FA5515C76D7}'/><EventID>41</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.3100000Z'/><EventRecordID>901</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1010' ThreadID='2020'/><Channel>Microsoft-Windows-TerminalServices-LocalSessionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-18'/></System><UserData><EventXML xmlns='Event_NS'><User>CORP\\alice</User><SessionID>5</SessionID></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-LocalSessionManager' Guid='{5D896912-022D-40AA-A3A8-4FA5515C76D7}'/><EventID>42</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.3300000Z'/><EventRecordID>902</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1010' ThreadID='2020'/><Channel>Microsoft-Windows-TerminalServices-LocalSessionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-18'/></System><UserData><EventXML xmlns='Event_NS'><User>CORP\\alice</User><SessionID>5</SessionID></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>66</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.3500000Z'/><EventRecordID>9212</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnectionName'>RDP-Tcp#22</Data><Data Name='SessionID'>5</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-ClientActiveXCore' Guid='{28AA95BB-D444-4719-A36F-40462168127E}'/><EventID>1025</EventID><Version>0</Version><Level>4</Level><Task>101</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:10.3700000Z'/><EventRecordID>3602</EventRecordID><Correlation ActivityID='{AC2D8E57-6091-44B8-172E-F3546A8F0000}'/><Execution ProcessID='7340' ThreadID='7512'/><Channel>Microsoft-Windows-TerminalServices-RDPClient/Operational</Channel><Computer>WS-ALICE.corp.example.test</Computer><Security UserID='S-1-5-21-1004336348-1177238915-682003330-1104'/></System><EventData/></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-A5BA-3E3B0328C30D}'/><EventID>4624</EventID><Version>2</Version><Level>0</Level><Task>12544</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:11.1000000Z'/><EventRecordID>7202</EventRecordID><Correlation ActivityID='{7A1C55E2-9F0B-0005-B6C2-1F7A2A9BDA01}'/><Execution ProcessID='640' ThreadID='4212'/><Channel>Security</Channel><Computer>RDSH01.corp.example.test</Computer><Security/></System><EventData><Data Name='SubjectUserSid'>S-1-5-18</Data><Data Name='SubjectUserName'>RDSH01$</Data><Data Name='SubjectDomainName'>CORP</Data><Data Name='SubjectLogonId'>0x3e7</Data><Data Name='TargetUserSid'>S-1-5-21-1004336348-1177238915-682003330-1104</Data><Data Name='TargetUserName'>alice</Data><Data Name='TargetDomainName'>CORP</Data><Data Name='TargetLogonId'>0x72e6c1</Data><Data Name='LogonType'>10</Data><Data Name='LogonProcessName'>User32 </Data><Data Name='AuthenticationPackageName'>Negotiate</Data><Data Name='WorkstationName'>WS-ALICE</Data><Data Name='LogonGuid'>{00000000-0000-0000-0000-000000000000}</Data><Data Name='TransmittedServices'>-</Data><Data Name='LmPackageName'>-</Data><Data Name='KeyLength'>0</Data><Data Name='ProcessId'>0x2a4</Data><Data Name='ProcessName'>C:\\Windows\\System32\\winlogon.exe</Data><Data Name='IpAddress'>192.0.2.10</Data><Data Name='IpPort'>54321</Data><Data Name='ImpersonationLevel'>%%1833</Data><Data Name='RestrictedAdminMode'>%%1843</Data><Data Name='TargetOutboundUserName'>-</Data><Data Name='TargetOutboundDomainName'>-</Data><Data Name='VirtualAccount'>%%1843</Data><Data Name='TargetLinkedLogonId'>0x0</Data><Data Name='ElevatedToken'>%%1843</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-LocalSessionManager' Guid='{5D896912-022D-40AA-A3A8-4FA5515C76D7}'/><EventID>21</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:11.2000000Z'/><EventRecordID>903</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1010' ThreadID='2020'/><Channel>Microsoft-Windows-TerminalServices-LocalSessionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-18'/></System><UserData><EventXML xmlns='Event_NS'><User>CORP\\alice</User><SessionID>5</SessionID><Address>192.0.2.10</Address></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-ClientActiveXCore' Guid='{28AA95BB-D444-4719-A36F-40462168127E}'/><EventID>1027</EventID><Version>0</Version><Level>4</Level><Task>101</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:11.3000000Z'/><EventRecordID>3603</EventRecordID><Correlation ActivityID='{AC2D8E57-6091-44B8-172E-F3546A8F0000}'/><Execution ProcessID='7340' ThreadID='7512'/><Channel>Microsoft-Windows-TerminalServices-RDPClient/Operational</Channel><Computer>WS-ALICE.corp.example.test</Computer><Security UserID='S-1-5-21-1004336348-1177238915-682003330-1104'/></System><EventData><Data Name='DomainName'>CORP</Data><Data Name='SessionId'>5</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-LocalSessionManager' Guid='{5D896912-022D-40AA-A3A8-4FA5515C76D7}'/><EventID>22</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T12:30:13.0500000Z'/><EventRecordID>904</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1010' ThreadID='2020'/><Channel>Microsoft-Windows-TerminalServices-LocalSessionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-18'/></System><UserData><EventXML xmlns='Event_NS'><User>CORP\\alice</User><SessionID>5</SessionID><Address>192.0.2.10</Address></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>143</EventID><Version>0</Version><Level>3</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T13:12:47.5100000Z'/><EventRecordID>9213</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='error'>121</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>226</EventID><Version>0</Version><Level>3</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T13:12:47.5200000Z'/><EventRecordID>9214</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='StateTransition'>RDP_TCP</Data><Data Name='PreviousState'>2</Data><Data Name='PreviousStateName'>StateUnknown</Data><Data Name='NewState'>8</Data><Data Name='NewStateName'>StateDisconnected</Data><Data Name='Event'>2</Data><Data Name='EventName'>Event_Disconnect</Data><Data Name='ErrorCode'>0x80070079</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T13:12:47.5300000Z'/><EventRecordID>9215</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>OnDisconnected</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>102</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>12</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T13:12:47.5400000Z'/><EventRecordID>9216</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData/></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>103</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>12</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T13:12:47.5500000Z'/><EventRecordID>9217</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ReasonCode'>14</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-LocalSessionManager' Guid='{5D896912-022D-40AA-A3A8-4FA5515C76D7}'/><EventID>24</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T13:12:47.6100000Z'/><EventRecordID>905</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1010' ThreadID='2020'/><Channel>Microsoft-Windows-TerminalServices-LocalSessionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-18'/></System><UserData><EventXML xmlns='Event_NS'><User>CORP\\alice</User><SessionID>5</SessionID><Address>192.0.2.10</Address></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-LocalSessionManager' Guid='{5D896912-022D-40AA-A3A8-4FA5515C76D7}'/><EventID>40</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T13:12:47.6200000Z'/><EventRecordID>906</EventRecordID><Correlation ActivityID='{F420091A-2B3C-000E-4D5E-6F7081920000}'/><Execution ProcessID='1010' ThreadID='2020'/><Channel>Microsoft-Windows-TerminalServices-LocalSessionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-18'/></System><UserData><EventXML xmlns='Event_NS'><Session>5</Session><Reason>0</Reason></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-ClientActiveXCore' Guid='{28AA95BB-D444-4719-A36F-40462168127E}'/><EventID>1026</EventID><Version>0</Version><Level>4</Level><Task>101</Task><Opcode>11</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T13:12:48.0300000Z'/><EventRecordID>3604</EventRecordID><Correlation ActivityID='{AC2D8E57-6091-44B8-172E-F3546A8F0000}'/><Execution ProcessID='7340' ThreadID='7512'/><Channel>Microsoft-Windows-TerminalServices-RDPClient/Operational</Channel><Computer>WS-ALICE.corp.example.test</Computer><Security UserID='S-1-5-21-1004336348-1177238915-682003330-1104'/></System><EventData><Data Name='Name'>Disconnect Reason</Data><Data Name='Value'>2308</Data><Data Name='CustomLevel'>Info</Data></EventData></Event>`,
  },
};
