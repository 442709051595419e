import type { Pattern } from './types.js';

const RCM = ['Microsoft-Windows-TerminalServices-RemoteConnectionManager', 'TermService'];

/** rdp-events.md §1.4, §1.5, §4.6, §4.7 and its Corrections (1004/1011 in RCM/Operational). */
export const licensingCalUnavailable: Pattern = {
  id: 'licensing-cal-unavailable',
  title: 'No client access licence of the needed type could be issued',
  when: {
    outcome: ['failed'],
    progress: { session: false },
  },
  clauses: [
    {
      // [MS] 1011: the client's temporary licence has expired
      name: 'temporaryExpired',
      match: { channel: ['RemoteConnectionManager/Operational', 'System'], provider: RCM, eventId: 1011 },
      scope: 'window',
      before: 30,
      after: 30,
      weight: 0.8,
    },
    {
      // [MS] 1028 (50180): the client's licence could not be renewed (EVENT_EXPIRED_PERMANENT_LICENSE)
      name: 'notRenewed',
      match: { channel: ['RemoteConnectionManager/Admin', 'System'], provider: RCM, eventId: [1028, 50180] },
      scope: 'window',
      before: 30,
      after: 30,
      weight: 0.7,
    },
    {
      // [MS] 1004: the server cannot issue a client licence
      name: 'cannotIssue',
      match: { channel: ['RemoteConnectionManager/Operational', 'System'], provider: RCM, eventId: 1004 },
      scope: 'window',
      before: 30,
      after: 30,
      weight: 0.6,
    },
    {
      // [MS] meaning; [WR] mapping: license server reports insufficient / no permanent licences of the type
      // (a Per User / Per Device mismatch looks like 21). Only seen when the license server is this computer.
      name: 'noCals',
      match: {
        channel: 'System',
        provider: ['TermServLicensing', 'Microsoft-Windows-TerminalServices-Licensing'],
        eventId: [20, 21, 22],
      },
      scope: 'history',
      before: 7 * 86400,
      weight: 0.5,
    },
    {
      name: 'clientLicensing',
      match: { channel: 'RDPClient/Operational', eventId: 1026, fields: { Value: 2056 } },
      scope: 'client',
      weight: 0.15,
    },
  ],
  explanation: [
    'Remote Desktop Services refused the client because its temporary licence has expired (event 1011 at {temporaryExpired.time}), and no permanent client access licence could be issued in its place.',
    'The client named in the event is {temporaryExpired.Param1}.',
    'The client named in the event is {temporaryExpired.Data[0]}.',
    "The client's licence could not be renewed (event {notRenewed.eventId} at {notRenewed.time}).",
    'Remote Desktop Services could not issue a client licence (event 1004 at {cannotIssue.time}).',
    'The license server logged TermServLicensing {noCals.eventId} at {noCals.time}: it has no (or not enough) permanent licences of the requested type.',
    'The connection from {attempt.client} stopped during licensing and never reached a session.',
    'The client reported {clientLicensing.Value|mstsc}.',
  ],
  remediation: [
    "Open RD Licensing Manager on the license server and check the installed CALs: type (Per User / Per Device), version (must be at least the RD Session Host's Windows Server version) and how many are issued.",
    'Make the RD Session Host\'s licensing mode match the CALs you own: Computer Configuration → Administrative Templates → Windows Components → Remote Desktop Services → Remote Desktop Session Host → Licensing → "Set the Remote Desktop licensing mode" (`LicensingMode` 2 = Per Device, 4 = Per User). In a workgroup, use Per Device CALs: Per User is neither tracked nor enforced there.',
    'If Per Device CALs are exhausted, revoke CALs of retired devices in RD Licensing Manager (right-click the licence → Revoke) or install more CALs.',
    'Check with the RD Licensing Diagnoser (lsdiag.msc) on the RD Session Host that it sees the license server and the CAL type.',
  ],
  sample: {
    description:
      "Per Device CALs are exhausted: WS-BOB's temporary licence expired and RCM/Operational logs 1011 when it connects.",
    xml: `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>261</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:47:19.0120000Z'/><EventRecordID>2601</EventRecordID><Correlation ActivityID='{F4204D5E-6F70-0008-91A2-B3C4D5E60000}'/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><listenerName>RDP-Tcp</listenerName></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>131</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>15</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:47:19.0150000Z'/><EventRecordID>8601</EventRecordID><Correlation ActivityID='{F4204D5E-6F70-0008-91A2-B3C4D5E60000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnType'>TCP</Data><Data Name='ClientIP'>192.0.2.44:49902</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>65</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>14</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:47:19.0160000Z'/><EventRecordID>8602</EventRecordID><Correlation ActivityID='{F4204D5E-6F70-0008-91A2-B3C4D5E60000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnectionName'>RDP-Tcp#15</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:47:19.0170000Z'/><EventRecordID>8603</EventRecordID><Correlation ActivityID='{F4204D5E-6F70-0008-91A2-B3C4D5E60000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>PrepareForAccept</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>141</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:47:19.0180000Z'/><EventRecordID>8604</EventRecordID><Correlation ActivityID='{F4204D5E-6F70-0008-91A2-B3C4D5E60000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='InstanceID'>15</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-A5BA-3E3B0328C30D}'/><EventID>4624</EventID><Version>2</Version><Level>0</Level><Task>12544</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:47:19.2100000Z'/><EventRecordID>6601</EventRecordID><Correlation ActivityID='{7A1C55E2-9F0B-0001-B6C2-1F7A2A9BDA01}'/><Execution ProcessID='640' ThreadID='4212'/><Channel>Security</Channel><Computer>RDSH01.corp.example.test</Computer><Security/></System><EventData><Data Name='SubjectUserSid'>S-1-0-0</Data><Data Name='SubjectUserName'>-</Data><Data Name='SubjectDomainName'>-</Data><Data Name='SubjectLogonId'>0x0</Data><Data Name='TargetUserSid'>S-1-5-21-1004336348-1177238915-682003330-1104</Data><Data Name='TargetUserName'>bob</Data><Data Name='TargetDomainName'>CORP</Data><Data Name='TargetLogonId'>0x3d1a07</Data><Data Name='LogonType'>3</Data><Data Name='LogonProcessName'>NtLmSsp </Data><Data Name='AuthenticationPackageName'>NTLM</Data><Data Name='WorkstationName'>WS-BOB</Data><Data Name='LogonGuid'>{00000000-0000-0000-0000-000000000000}</Data><Data Name='TransmittedServices'>-</Data><Data Name='LmPackageName'>NTLM V2</Data><Data Name='KeyLength'>128</Data><Data Name='ProcessId'>0x0</Data><Data Name='ProcessName'>-</Data><Data Name='IpAddress'>192.0.2.44</Data><Data Name='IpPort'>0</Data><Data Name='ImpersonationLevel'>%%1833</Data><Data Name='RestrictedAdminMode'>-</Data><Data Name='TargetOutboundUserName'>-</Data><Data Name='TargetOutboundDomainName'>-</Data><Data Name='VirtualAccount'>%%1843</Data><Data Name='TargetLinkedLogonId'>0x0</Data><Data Name='ElevatedToken'>%%1843</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>1149</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:47:19.2300000Z'/><EventRecordID>2602</EventRecordID><Correlation ActivityID='{F4204D5E-6F70-0008-91A2-B3C4D5E60000}'/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><Param1>bob</Param1><Param2>CORP</Param2><Param3>192.0.2.44</Param3></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:47:19.2400000Z'/><EventRecordID>8605</EventRecordID><Correlation ActivityID='{F4204D5E-6F70-0008-91A2-B3C4D5E60000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>OnStartLicensing</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:47:19.2410000Z'/><EventRecordID>8606</EventRecordID><Correlation ActivityID='{F4204D5E-6F70-0008-91A2-B3C4D5E60000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>AcceptConnection</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:47:19.2500000Z'/><EventRecordID>8607</EventRecordID><Correlation ActivityID='{F4204D5E-6F70-0008-91A2-B3C4D5E60000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>GetSecurityFilterCreds</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>1011</EventID><Version>0</Version><Level>3</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:47:19.2900000Z'/><EventRecordID>2603</EventRecordID><Correlation/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><Param1>WS-BOB</Param1></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:47:19.3300000Z'/><EventRecordID>8608</EventRecordID><Correlation ActivityID='{F4204D5E-6F70-0008-91A2-B3C4D5E60000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>OnDisconnected</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>102</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>12</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:47:19.3310000Z'/><EventRecordID>8609</EventRecordID><Correlation ActivityID='{F4204D5E-6F70-0008-91A2-B3C4D5E60000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData/></Event>`,
  },
};
