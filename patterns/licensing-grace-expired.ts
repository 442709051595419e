import type { Pattern } from './types.js';

const RCM = ['Microsoft-Windows-TerminalServices-RemoteConnectionManager', 'TermService', 'TermServLicensing'];
/** RCM/Admin on current builds; System (TermService) on older ones. */
const LICENSING_CHANNELS = ['RemoteConnectionManager/Admin', 'System'];

/** rdp-events.md §0 (severity bits), §1.4, §4.4 and its Corrections. */
export const licensingGraceExpired: Pattern = {
  id: 'licensing-grace-expired',
  title: 'The RD Session Host licensing grace period has expired',
  when: {
    outcome: ['failed'],
    progress: { session: false },
  },
  clauses: [
    {
      // [MS] 1069 grace period expired and licensing mode not configured; 1128 (50280) grace expired, not registered with a license server with CALs
      name: 'graceExpired',
      match: { channel: LICENSING_CHANNELS, provider: RCM, eventId: [1069, 1128, 50280] },
      scope: 'history',
      before: 3 * 86400,
      weight: 0.8,
    },
    {
      // [MS] precursor: the licensing mode is not configured (the grace clock is running)
      name: 'modeNotConfigured',
      match: { channel: LICENSING_CHANNELS, provider: RCM, eventId: 1068 },
      scope: 'history',
      before: 30 * 86400,
      weight: 0.1,
    },
    {
      // [MS] precursor: the grace period expires on a date named in the event
      name: 'graceWarning',
      match: { channel: LICENSING_CHANNELS, provider: RCM, eventId: [1129, 50281] },
      scope: 'history',
      before: 120 * 86400,
      weight: 0.1,
    },
    {
      // [MS] meaning of 2056 (licensing protocol failed); [WR] link to this cause
      name: 'clientLicensing',
      match: { channel: 'RDPClient/Operational', eventId: 1026, fields: { Value: { in: [2056, 2312] } } },
      scope: 'client',
      weight: 0.15,
    },
  ],
  explanation: [
    'Remote Desktop Services logged event {graceExpired.eventId} at {graceExpired.time}: the RD Licensing grace period has expired and the RD Session Host is not registered with a license server that has client access licences (or no licensing mode is configured), so it refuses new connections at the licensing step.',
    'The connection from {attempt.client} stopped after authentication, during licensing, and never reached a session.',
    'It had warned at {modeNotConfigured.time} that the Remote Desktop licensing mode is not configured (event 1068).',
    'It had warned at {graceWarning.time} that the grace period would end on {graceWarning.Param1}.',
    'It had warned at {graceWarning.time} that the grace period would end on {graceWarning.Data[0]}.',
    'The client reported {clientLicensing.Value|mstsc}.',
  ],
  remediation: [
    'Configure licensing: set the licensing mode (Per User or Per Device, matching the CALs you own) and the license server, either in Server Manager → Remote Desktop Services → Deployment Properties → RD Licensing, or by policy: Computer Configuration → Administrative Templates → Windows Components → Remote Desktop Services → Remote Desktop Session Host → Licensing → "Use the specified Remote Desktop license servers" and "Set the Remote Desktop licensing mode" (HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services `LicenseServers`, `LicensingMode` 2 = Per Device, 4 = Per User).',
    "Make sure the license server is activated and has RDS CALs of that type and of a version at least equal to the RD Session Host's OS; check with the RD Licensing Diagnoser (lsdiag.msc) on the RD Session Host.",
    'If the server only needs the two administrative sessions, remove the Remote Desktop Session Host role (`Uninstall-WindowsFeature RDS-RD-Server`): administrative Remote Desktop needs no CALs and no grace period.',
    'Deleting HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\RCM\\GracePeriod to restart the 120-day clock is an unsupported workaround (it needs taking ownership of the key, breaks licensing compliance and comes back); do not use it as the fix.',
  ],
  sample: {
    description:
      'An RD Session Host whose licensing mode was never configured: 1069 at service start, and 50280 (= 1128) when the connection reaches licensing.',
    xml: `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>1069</EventID><Version>0</Version><Level>2</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x2000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T06:02:11.4420000Z'/><EventRecordID>501</EventRecordID><Correlation ActivityID='{00000000-0000-0000-0000-000000000000}'/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Admin</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>261</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:14:01.0120000Z'/><EventRecordID>2401</EventRecordID><Correlation ActivityID='{F420D1E2-4C5B-0006-A7B8-C9D0E1F20000}'/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><listenerName>RDP-Tcp</listenerName></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>131</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>15</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:14:01.0150000Z'/><EventRecordID>8401</EventRecordID><Correlation ActivityID='{F420D1E2-4C5B-0006-A7B8-C9D0E1F20000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnType'>TCP</Data><Data Name='ClientIP'>192.0.2.10:50333</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>65</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>14</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:14:01.0160000Z'/><EventRecordID>8402</EventRecordID><Correlation ActivityID='{F420D1E2-4C5B-0006-A7B8-C9D0E1F20000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnectionName'>RDP-Tcp#11</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:14:01.0170000Z'/><EventRecordID>8403</EventRecordID><Correlation ActivityID='{F420D1E2-4C5B-0006-A7B8-C9D0E1F20000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>PrepareForAccept</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>141</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:14:01.0180000Z'/><EventRecordID>8404</EventRecordID><Correlation ActivityID='{F420D1E2-4C5B-0006-A7B8-C9D0E1F20000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='InstanceID'>11</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-A5BA-3E3B0328C30D}'/><EventID>4624</EventID><Version>2</Version><Level>0</Level><Task>12544</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:14:01.2100000Z'/><EventRecordID>6401</EventRecordID><Correlation ActivityID='{7A1C55E2-9F0B-0001-B6C2-1F7A2A9BDA01}'/><Execution ProcessID='640' ThreadID='4212'/><Channel>Security</Channel><Computer>RDSH01.corp.example.test</Computer><Security/></System><EventData><Data Name='SubjectUserSid'>S-1-0-0</Data><Data Name='SubjectUserName'>-</Data><Data Name='SubjectDomainName'>-</Data><Data Name='SubjectLogonId'>0x0</Data><Data Name='TargetUserSid'>S-1-5-21-1004336348-1177238915-682003330-1104</Data><Data Name='TargetUserName'>alice</Data><Data Name='TargetDomainName'>CORP</Data><Data Name='TargetLogonId'>0x2c8f1e</Data><Data Name='LogonType'>3</Data><Data Name='LogonProcessName'>NtLmSsp </Data><Data Name='AuthenticationPackageName'>NTLM</Data><Data Name='WorkstationName'>WS-ALICE</Data><Data Name='LogonGuid'>{00000000-0000-0000-0000-000000000000}</Data><Data Name='TransmittedServices'>-</Data><Data Name='LmPackageName'>NTLM V2</Data><Data Name='KeyLength'>128</Data><Data Name='ProcessId'>0x0</Data><Data Name='ProcessName'>-</Data><Data Name='IpAddress'>192.0.2.10</Data><Data Name='IpPort'>0</Data><Data Name='ImpersonationLevel'>%%1833</Data><Data Name='RestrictedAdminMode'>-</Data><Data Name='TargetOutboundUserName'>-</Data><Data Name='TargetOutboundDomainName'>-</Data><Data Name='VirtualAccount'>%%1843</Data><Data Name='TargetLinkedLogonId'>0x0</Data><Data Name='ElevatedToken'>%%1843</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>1149</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:14:01.2300000Z'/><EventRecordID>2402</EventRecordID><Correlation ActivityID='{F420D1E2-4C5B-0006-A7B8-C9D0E1F20000}'/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><Param1>alice</Param1><Param2>CORP</Param2><Param3>192.0.2.10</Param3></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:14:01.2400000Z'/><EventRecordID>8405</EventRecordID><Correlation ActivityID='{F420D1E2-4C5B-0006-A7B8-C9D0E1F20000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>OnStartLicensing</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:14:01.2410000Z'/><EventRecordID>8406</EventRecordID><Correlation ActivityID='{F420D1E2-4C5B-0006-A7B8-C9D0E1F20000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>AcceptConnection</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>50280</EventID><Version>0</Version><Level>2</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x2000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:14:01.2600000Z'/><EventRecordID>502</EventRecordID><Correlation/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Admin</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:14:01.3100000Z'/><EventRecordID>8407</EventRecordID><Correlation ActivityID='{F420D1E2-4C5B-0006-A7B8-C9D0E1F20000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>OnDisconnected</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>102</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>12</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:14:01.3110000Z'/><EventRecordID>8408</EventRecordID><Correlation ActivityID='{F420D1E2-4C5B-0006-A7B8-C9D0E1F20000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData/></Event>`,
  },
};
