import type { Pattern } from './types.js';

const RCM = ['Microsoft-Windows-TerminalServices-RemoteConnectionManager', 'TermService', 'TermServLicensing'];
/** RCM/Admin on current builds; System (TermService) on older ones. */
const LICENSING_CHANNELS = ['RemoteConnectionManager/Admin', 'System'];

/** rdp-events.md §0 (severity bits), §1.4, §1.5, §4.5 and its Corrections. */
export const licensingServerUnavailable: Pattern = {
  id: 'licensing-server-unavailable',
  title: 'No RD license server is configured, reachable or usable',
  when: {
    outcome: ['failed'],
    progress: { session: false },
  },
  clauses: [
    {
      // [MS] 1130 (50282): no license server specified
      name: 'noServer',
      match: { channel: LICENSING_CHANNELS, provider: RCM, eventId: [1130, 50282] },
      scope: 'history',
      before: 3 * 86400,
      weight: 0.7,
    },
    {
      // [MS] 1131 (50283): could not contact the license server
      name: 'unreachable',
      match: { channel: LICENSING_CHANNELS, provider: RCM, eventId: [1131, 50283] },
      scope: 'history',
      before: 3 * 86400,
      weight: 0.7,
    },
    {
      // [MS] 1043 (50195): cannot communicate with the license server (RDS Endpoint Servers group)
      name: 'notAllowed',
      match: { channel: LICENSING_CHANNELS, provider: RCM, eventId: [1043, 50195] },
      scope: 'history',
      before: 3 * 86400,
      weight: 0.65,
    },
    {
      // [MS] 1132 (50284): the license server does not support this OS version
      name: 'serverTooOld',
      match: { channel: LICENSING_CHANNELS, provider: RCM, eventId: [1132, 50284] },
      scope: 'history',
      before: 3 * 86400,
      weight: 0.55,
    },
    {
      // [MS] 1133 (50285): the certificate the license server issued to this RD Session Host is invalid
      name: 'serverCertificate',
      match: { channel: LICENSING_CHANNELS, provider: RCM, eventId: [1133, 50285] },
      scope: 'history',
      before: 3 * 86400,
      weight: 0.6,
    },
    {
      // [MS] 1061 (50213): Per User licensing information cannot be read from AD
      name: 'perUserAd',
      match: { channel: LICENSING_CHANNELS, provider: RCM, eventId: [1061, 50213] },
      scope: 'history',
      before: 3 * 86400,
      weight: 0.3,
    },
    {
      // [MS] X.224 protocol error tied to a bad licensing certificate
      name: 'x224',
      match: { channel: 'RdpCoreTS/Operational', eventId: 97, fields: { ComponentName: { regex: 'X\\.?224' } } },
      scope: 'attempt',
      weight: 0.3,
    },
    {
      // [MS] on the license server itself (only seen when it is the same computer): corrupt certificates,
      // not activated, service cannot start, cannot issue licences
      name: 'licenseServerState',
      match: {
        channel: 'System',
        provider: ['TermServLicensing', 'Microsoft-Windows-TerminalServices-Licensing'],
        eventId: [17, 18, 37, 38],
      },
      scope: 'history',
      before: 7 * 86400,
      weight: 0.4,
    },
    {
      // [MS] 2056 licensing failed / 2312 licensing timeout; [WR] link to this cause
      name: 'clientLicensing',
      match: { channel: 'RDPClient/Operational', eventId: 1026, fields: { Value: { in: [2056, 2312] } } },
      scope: 'client',
      weight: 0.15,
    },
  ],
  explanation: [
    'Remote Desktop Services has no license server to use: no license server is specified (event {noServer.eventId} at {noServer.time}).',
    'Remote Desktop Services could not contact its license server (event {unreachable.eventId} at {unreachable.time}).',
    'The license server it tried is {unreachable.Param1}.',
    'The license server it tried is {unreachable.Data[0]}.',
    'Remote Desktop Services cannot communicate with a license server (event {notAllowed.eventId} at {notAllowed.time}); this usually means the RD Session Host is missing from that server\'s "RDS Endpoint Servers" group.',
    'The license server named is {notAllowed.Param1}.',
    'The license server named is {notAllowed.Data[0]}.',
    "The license server does not support this RD Session Host's Windows version (event {serverTooOld.eventId} at {serverTooOld.time}).",
    'The certificate the license server issued to this RD Session Host is invalid (event {serverCertificate.eventId} at {serverCertificate.time}).',
    'Per User licensing information could not be read from Active Directory (event {perUserAd.eventId}).',
    'RdpCoreTS reported protocol error {x224.ErrorCode} in component {x224.ComponentName} (event 97), which Microsoft ties to a bad licensing certificate.',
    'The license server itself logged TermServLicensing event {licenseServerState.eventId} at {licenseServerState.time} (not activated, corrupt certificates or unable to issue licences).',
    'The connection from {attempt.client} stopped during licensing and never reached a session.',
    'The client reported {clientLicensing.Value|mstsc}.',
  ],
  remediation: [
    'Run the RD Licensing Diagnoser (lsdiag.msc) on the RD Session Host: it shows the configured license servers, the licensing mode and what is wrong with each.',
    'Specify the license server: Server Manager → Remote Desktop Services → Deployment Properties → RD Licensing, or Computer Configuration → Administrative Templates → Windows Components → Remote Desktop Services → Remote Desktop Session Host → Licensing → "Use the specified Remote Desktop license servers" (HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services `LicenseServers`).',
    'Open the path from the RD Session Host to the license server (RPC: TCP 135 and the dynamic RPC ports, SMB 445); test with `Test-NetConnection <licenseserver> -Port 135`.',
    'On the license server, add the RD Session Host computer account to the local group "RDS Endpoint Servers" (and, for Per User in a domain, the license server to "Terminal Server License Servers"), and make sure the server is activated (RD Licensing Manager).',
    'Invalid license-server certificate (1133 / 50285, or RdpCoreTS 97 X.224): on the RD Session Host export HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\RCM as a backup, delete only the values `Certificate`, `X509 Certificate`, `X509 Certificate ID` and `X509 Certificate2`, then reboot; they are recreated.',
    'The license server must run a Windows Server version equal to or newer than the RD Session Hosts it serves (1132 / 50284).',
  ],
  sample: {
    description:
      'The RD Session Host cannot contact its license server LS01: 50283 (= 1131) at service start and when the connection reaches licensing.',
    xml: `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>50283</EventID><Version>0</Version><Level>3</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x2000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T06:05:30.1180000Z'/><EventRecordID>601</EventRecordID><Correlation/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Admin</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><Param1>LS01.corp.example.test</Param1></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>261</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:30:44.0120000Z'/><EventRecordID>2501</EventRecordID><Correlation ActivityID='{F4202B3C-5D6E-0007-8F90-A1B2C3D40000}'/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><listenerName>RDP-Tcp</listenerName></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>131</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>15</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:30:44.0150000Z'/><EventRecordID>8501</EventRecordID><Correlation ActivityID='{F4202B3C-5D6E-0007-8F90-A1B2C3D40000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnType'>TCP</Data><Data Name='ClientIP'>192.0.2.10:50781</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>65</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>14</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:30:44.0160000Z'/><EventRecordID>8502</EventRecordID><Correlation ActivityID='{F4202B3C-5D6E-0007-8F90-A1B2C3D40000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnectionName'>RDP-Tcp#12</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:30:44.0170000Z'/><EventRecordID>8503</EventRecordID><Correlation ActivityID='{F4202B3C-5D6E-0007-8F90-A1B2C3D40000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>PrepareForAccept</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>141</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:30:44.0180000Z'/><EventRecordID>8504</EventRecordID><Correlation ActivityID='{F4202B3C-5D6E-0007-8F90-A1B2C3D40000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='InstanceID'>12</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-A5BA-3E3B0328C30D}'/><EventID>4624</EventID><Version>2</Version><Level>0</Level><Task>12544</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:30:44.2100000Z'/><EventRecordID>6501</EventRecordID><Correlation ActivityID='{7A1C55E2-9F0B-0001-B6C2-1F7A2A9BDA01}'/><Execution ProcessID='640' ThreadID='4212'/><Channel>Security</Channel><Computer>RDSH01.corp.example.test</Computer><Security/></System><EventData><Data Name='SubjectUserSid'>S-1-0-0</Data><Data Name='SubjectUserName'>-</Data><Data Name='SubjectDomainName'>-</Data><Data Name='SubjectLogonId'>0x0</Data><Data Name='TargetUserSid'>S-1-5-21-1004336348-1177238915-682003330-1104</Data><Data Name='TargetUserName'>alice</Data><Data Name='TargetDomainName'>CORP</Data><Data Name='TargetLogonId'>0x2c8f1e</Data><Data Name='LogonType'>3</Data><Data Name='LogonProcessName'>NtLmSsp </Data><Data Name='AuthenticationPackageName'>NTLM</Data><Data Name='WorkstationName'>WS-ALICE</Data><Data Name='LogonGuid'>{00000000-0000-0000-0000-000000000000}</Data><Data Name='TransmittedServices'>-</Data><Data Name='LmPackageName'>NTLM V2</Data><Data Name='KeyLength'>128</Data><Data Name='ProcessId'>0x0</Data><Data Name='ProcessName'>-</Data><Data Name='IpAddress'>192.0.2.10</Data><Data Name='IpPort'>0</Data><Data Name='ImpersonationLevel'>%%1833</Data><Data Name='RestrictedAdminMode'>-</Data><Data Name='TargetOutboundUserName'>-</Data><Data Name='TargetOutboundDomainName'>-</Data><Data Name='VirtualAccount'>%%1843</Data><Data Name='TargetLinkedLogonId'>0x0</Data><Data Name='ElevatedToken'>%%1843</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>1149</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:30:44.2300000Z'/><EventRecordID>2502</EventRecordID><Correlation ActivityID='{F4202B3C-5D6E-0007-8F90-A1B2C3D40000}'/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><Param1>alice</Param1><Param2>CORP</Param2><Param3>192.0.2.10</Param3></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:30:44.2400000Z'/><EventRecordID>8505</EventRecordID><Correlation ActivityID='{F4202B3C-5D6E-0007-8F90-A1B2C3D40000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>OnStartLicensing</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:30:44.2410000Z'/><EventRecordID>8506</EventRecordID><Correlation ActivityID='{F4202B3C-5D6E-0007-8F90-A1B2C3D40000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>AcceptConnection</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>50283</EventID><Version>0</Version><Level>3</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x2000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:30:44.2700000Z'/><EventRecordID>602</EventRecordID><Correlation/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Admin</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><Param1>LS01.corp.example.test</Param1></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:30:44.3200000Z'/><EventRecordID>8507</EventRecordID><Correlation ActivityID='{F4202B3C-5D6E-0007-8F90-A1B2C3D40000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>OnDisconnected</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>102</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>12</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:30:44.3210000Z'/><EventRecordID>8508</EventRecordID><Correlation ActivityID='{F4202B3C-5D6E-0007-8F90-A1B2C3D40000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData/></Event>`,
  },
};
