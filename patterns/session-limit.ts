import type { Pattern } from './types.js';

const RCM = ['Microsoft-Windows-TerminalServices-RemoteConnectionManager', 'TermService'];

/** rdp-events.md §1.2, §1.3, §1.4, §2, §4.11. */
export const sessionLimit: Pattern = {
  id: 'session-limit',
  title: 'The connection was refused by session rules (another user, connection limit, drain mode, time limits)',
  when: {
    // Only failed attempts: the host-wide events below (1070/1071/1066, 20515–20519) are not tied to one
    // connection, and a long successful session would otherwise collect other users' refusals.
    outcome: ['failed'],
  },
  clauses: [
    {
      // [MS] 1151: the remote user's connection was declined by the logged-on user (Param1 domain, Param2 user, Param3 address)
      name: 'declined',
      match: { channel: 'RemoteConnectionManager/Operational', eventId: 1151 },
      scope: 'window',
      before: 5,
      after: 10,
      sameClient: true,
      weight: 0.85,
    },
    {
      // [MS] 1070: logon denied, the server is in drain mode
      name: 'drainMode',
      match: { channel: 'System', provider: RCM, eventId: 1070 },
      scope: 'window',
      before: 10,
      after: 10,
      weight: 0.8,
    },
    {
      // [MS] 1071: connections are disabled (`change logon /disable`)
      name: 'logonsDisabled',
      match: {
        channel: ['System', 'RemoteConnectionManager/Admin', 'RemoteConnectionManager/Operational'],
        provider: RCM,
        eventId: 1071,
      },
      scope: 'window',
      before: 10,
      after: 10,
      weight: 0.8,
    },
    {
      // [MS] 1066: session arbitration failed
      name: 'arbitrationFailed',
      match: { channel: 'System', provider: RCM, eventId: 1066 },
      scope: 'window',
      before: 10,
      after: 10,
      weight: 0.5,
    },
    {
      // [MS] LSM 40 reason 3 idle limit / 4 active-session (logon) limit
      name: 'timeLimit',
      match: { channel: 'LocalSessionManager/Operational', eventId: 40, fields: { Reason: { in: [3, 4] } } },
      scope: 'attempt',
      weight: 0.6,
    },
    {
      // [MS] meaning; [WR] single-session rules: another connection took the session
      name: 'replaced',
      match: { channel: 'LocalSessionManager/Operational', eventId: 40, fields: { Reason: 5 } },
      scope: 'attempt',
      weight: 0.45,
    },
    {
      // [MS] LSM 39: session X disconnected by session Y
      name: 'kicked',
      match: { channel: 'LocalSessionManager/Operational', eventId: 39 },
      scope: 'attempt',
      weight: 0.2,
    },
    {
      // [MS] RCM/Admin 20515–20519 session time limits; context only (not tied to a connection)
      name: 'timeLimitPolicy',
      match: { channel: 'RemoteConnectionManager/Admin', eventId: [20515, 20516, 20517, 20518, 20519] },
      scope: 'window',
      before: 5,
      after: 5,
      weight: 0.15,
    },
    {
      // [WR] arbitration ran (LSM 41/42 appear in every connection: context only)
      name: 'arbitration',
      match: { channel: 'LocalSessionManager/Operational', eventId: [41, 42] },
      scope: 'attempt',
      weight: 0.05,
    },
  ],
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
    'Connection limit: check Computer Configuration → Administrative Templates → Windows Components → Remote Desktop Services → Remote Desktop Session Host → Connections → "Limit number of connections" (`MaxInstanceCount`) and "Restrict Remote Desktop Services users to a single Remote Desktop Services session" (`fSingleSessionPerUser`); a server without the RD Session Host role allows two administrative sessions — sign out disconnected sessions (`query session`, `logoff <id>`).',
    'Time limits (LSM 40 reason 3/4): review "Session Time Limits" in the same policy folder (`MaxIdleTime`, `MaxConnectionTime`, `MaxDisconnectionTime`).',
  ],
  sample: {
    description: 'Alice connects to the Windows 10 PC where Bob is signed in; Bob declines (RCM 1151).',
    xml: `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>261</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:02.0120000Z'/><EventRecordID>401</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><listenerName>RDP-Tcp</listenerName></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>131</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>15</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:02.0150000Z'/><EventRecordID>1501</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnType'>TCP</Data><Data Name='ClientIP'>192.0.2.10:53120</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>65</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>14</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:02.0160000Z'/><EventRecordID>1502</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnectionName'>RDP-Tcp#3</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:02.0170000Z'/><EventRecordID>1503</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>PrepareForAccept</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>141</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:02.0180000Z'/><EventRecordID>1504</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='InstanceID'>3</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-A5BA-3E3B0328C30D}'/><EventID>4624</EventID><Version>2</Version><Level>0</Level><Task>12544</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:02.2100000Z'/><EventRecordID>9901</EventRecordID><Correlation ActivityID='{7A1C55E2-9F0B-0001-B6C2-1F7A2A9BDA01}'/><Execution ProcessID='640' ThreadID='4212'/><Channel>Security</Channel><Computer>WS-BOB.corp.example.test</Computer><Security/></System><EventData><Data Name='SubjectUserSid'>S-1-0-0</Data><Data Name='SubjectUserName'>-</Data><Data Name='SubjectDomainName'>-</Data><Data Name='SubjectLogonId'>0x0</Data><Data Name='TargetUserSid'>S-1-5-21-1004336348-1177238915-682003330-1104</Data><Data Name='TargetUserName'>alice</Data><Data Name='TargetDomainName'>CORP</Data><Data Name='TargetLogonId'>0x5f3c29</Data><Data Name='LogonType'>3</Data><Data Name='LogonProcessName'>NtLmSsp </Data><Data Name='AuthenticationPackageName'>NTLM</Data><Data Name='WorkstationName'>WS-ALICE</Data><Data Name='LogonGuid'>{00000000-0000-0000-0000-000000000000}</Data><Data Name='TransmittedServices'>-</Data><Data Name='LmPackageName'>NTLM V2</Data><Data Name='KeyLength'>128</Data><Data Name='ProcessId'>0x0</Data><Data Name='ProcessName'>-</Data><Data Name='IpAddress'>192.0.2.10</Data><Data Name='IpPort'>0</Data><Data Name='ImpersonationLevel'>%%1833</Data><Data Name='RestrictedAdminMode'>-</Data><Data Name='TargetOutboundUserName'>-</Data><Data Name='TargetOutboundDomainName'>-</Data><Data Name='VirtualAccount'>%%1843</Data><Data Name='TargetLinkedLogonId'>0x0</Data><Data Name='ElevatedToken'>%%1843</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>1149</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:02.2300000Z'/><EventRecordID>402</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><Param1>alice</Param1><Param2>CORP</Param2><Param3>192.0.2.10</Param3></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:02.2400000Z'/><EventRecordID>1505</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>OnStartLicensing</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:02.2410000Z'/><EventRecordID>1506</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>AcceptConnection</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:02.2500000Z'/><EventRecordID>1507</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>GetSecurityFilterCreds</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:02.2600000Z'/><EventRecordID>1508</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>SendClientLicense</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:02.2700000Z'/><EventRecordID>1509</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>ProtocolComplete</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>98</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:02.2800000Z'/><EventRecordID>1510</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData/></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:02.2900000Z'/><EventRecordID>1511</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>AuthenticateClientToSession</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-LocalSessionManager' Guid='{5D896912-022D-40AA-A3A8-4FA5515C76D7}'/><EventID>41</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:02.3100000Z'/><EventRecordID>701</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1010' ThreadID='2020'/><Channel>Microsoft-Windows-TerminalServices-LocalSessionManager/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-18'/></System><UserData><EventXML xmlns='Event_NS'><User>CORP\\alice</User><SessionID>2</SessionID></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-LocalSessionManager' Guid='{5D896912-022D-40AA-A3A8-4FA5515C76D7}'/><EventID>42</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:02.3300000Z'/><EventRecordID>702</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1010' ThreadID='2020'/><Channel>Microsoft-Windows-TerminalServices-LocalSessionManager/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-18'/></System><UserData><EventXML xmlns='Event_NS'><User>CORP\\alice</User><SessionID>2</SessionID></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>1151</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:33.4100000Z'/><EventRecordID>403</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><Param1>CORP</Param1><Param2>alice</Param2><Param3>192.0.2.10</Param3></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:33.4500000Z'/><EventRecordID>1512</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>OnDisconnected</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>102</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>12</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T16:10:33.4600000Z'/><EventRecordID>1513</EventRecordID><Correlation ActivityID='{F4208192-A3B4-000A-C5D6-E7F809A10000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>WS-BOB.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData/></Event>`,
  },
};
