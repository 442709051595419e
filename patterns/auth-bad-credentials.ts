import type { Pattern } from './types.js';

/** Status / SubStatus codes that name an account state rather than a wrong password (auth-account-state). */
const ACCOUNT_STATE = [
  '0xC0000072',
  '0xC0000234',
  '0xC0000193',
  '0xC0000071',
  '0xC0000224',
  '0xC000006F',
  '0xC0000070',
  '0xC000006E',
  '0xC000015B',
];

/** rdp-events.md §1.1 (140), §1.8, §4.15 and its Corrections (4625 IpAddress '-' on 2012 R2). */
export const authBadCredentials: Pattern = {
  id: 'auth-bad-credentials',
  title: 'Wrong user name or password',
  when: {
    outcome: ['failed'],
    progress: { authenticated: false },
  },
  clauses: [
    {
      // [MS] 4625 SubStatus 0xC000006A wrong password / 0xC0000064 no such user. With NLA it is logon type 3;
      // on 2012 R2 IpAddress is '-' (such events still count: they name no other client).
      name: 'logonFailure',
      match: { channel: 'Security', eventId: 4625, fields: { SubStatus: { in: ['0xC000006A', '0xC0000064'] } } },
      scope: 'window',
      before: 5,
      after: 5,
      sameClient: true,
      weight: 0.8,
    },
    {
      // [MS] 0xC000006D "bad user name or authentication information" with a SubStatus that names no account state
      name: 'genericFailure',
      match: {
        channel: 'Security',
        eventId: 4625,
        fields: { Status: '0xC000006D', SubStatus: { notIn: ['0xC000006A', '0xC0000064', ...ACCOUNT_STATE] } },
      },
      scope: 'window',
      before: 5,
      after: 5,
      sameClient: true,
      weight: 0.5,
    },
    {
      // [WR] RdpCoreTS 140: NLA rejected the user name or password (2012 R2+ / Windows 10+)
      name: 'nlaRejected',
      match: { channel: 'RdpCoreTS/Operational', eventId: 140 },
      scope: 'attempt',
      weight: 0.75,
    },
    {
      // [MS] SSL_ERR_LOGON_FAILURE 2055 (0x807), SSL_ERR_NO_SUCH_USER 2567 (0xA07)
      name: 'clientCode',
      match: { channel: 'RDPClient/Operational', eventId: 1026, fields: { Value: { in: [2055, 2567] } } },
      scope: 'client',
      weight: 0.7,
    },
  ],
  explanation: [
    'Windows rejected the sign-in of {logonFailure.TargetDomainName}\\{logonFailure.TargetUserName}: {logonFailure.Status|ntstatus}, sub-status {logonFailure.SubStatus|ntstatus} (Security 4625, logon type {logonFailure.LogonType}).',
    'Windows rejected the sign-in of {genericFailure.TargetDomainName}\\{genericFailure.TargetUserName}: {genericFailure.Status|ntstatus} (Security 4625, logon type {genericFailure.LogonType}, sub-status {genericFailure.SubStatus}).',
    'The Remote Desktop stack reported that the user name or password from {nlaRejected.IPString} is not correct (RdpCoreTS 140), during Network Level Authentication, before any session was created.',
    'The client gave up with {clientCode.Value|mstsc}.',
  ],
  remediation: [
    'Check the user name format and domain: DOMAIN\\user or user@domain.example; a local account on the server needs the server name as domain (SERVER\\user or .\\user).',
    'Check for a stale saved credential on the client: Control Panel → Credential Manager → Windows Credentials → entries TERMSRV/<server>; remove and re-enter it (`cmdkey /list`, `cmdkey /delete:TERMSRV/<server>`).',
    'Check Caps Lock and the keyboard layout, and whether the password was changed recently.',
    'Repeated failures lock the account out (4625 0xC0000234) and may be logged by Remote Desktop Services as event 1012; if the failures come from an address you do not know, treat it as password guessing (restrict TCP 3389, use RD Gateway or VPN, account lockout policy).',
  ],
  sample: {
    description:
      'NLA with a wrong password: Security 4625 logon type 3 0xC000006D / 0xC000006A, RdpCoreTS 140, then 103 reason 14.',
    xml: `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>261</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:02:57.0120000Z'/><EventRecordID>2901</EventRecordID><Correlation ActivityID='{F420A3B4-C5D6-000B-E7F8-091A2B3C0000}'/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><listenerName>RDP-Tcp</listenerName></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>131</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>15</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:02:57.0150000Z'/><EventRecordID>8901</EventRecordID><Correlation ActivityID='{F420A3B4-C5D6-000B-E7F8-091A2B3C0000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnType'>TCP</Data><Data Name='ClientIP'>192.0.2.10:51002</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>65</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>14</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:02:57.0160000Z'/><EventRecordID>8902</EventRecordID><Correlation ActivityID='{F420A3B4-C5D6-000B-E7F8-091A2B3C0000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnectionName'>RDP-Tcp#18</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:02:57.0170000Z'/><EventRecordID>8903</EventRecordID><Correlation ActivityID='{F420A3B4-C5D6-000B-E7F8-091A2B3C0000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>PrepareForAccept</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>141</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:02:57.0180000Z'/><EventRecordID>8904</EventRecordID><Correlation ActivityID='{F420A3B4-C5D6-000B-E7F8-091A2B3C0000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='InstanceID'>18</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-A5BA-3E3B0328C30D}'/><EventID>4625</EventID><Version>0</Version><Level>0</Level><Task>12544</Task><Opcode>0</Opcode><Keywords>0x8010000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:02:57.3900000Z'/><EventRecordID>6901</EventRecordID><Correlation ActivityID='{7A1C55E2-9F0B-0002-B6C2-1F7A2A9BDA01}'/><Execution ProcessID='640' ThreadID='4212'/><Channel>Security</Channel><Computer>RDSH01.corp.example.test</Computer><Security/></System><EventData><Data Name='SubjectUserSid'>S-1-0-0</Data><Data Name='SubjectUserName'>-</Data><Data Name='SubjectDomainName'>-</Data><Data Name='SubjectLogonId'>0x0</Data><Data Name='TargetUserSid'>S-1-0-0</Data><Data Name='TargetUserName'>alice</Data><Data Name='TargetDomainName'>CORP</Data><Data Name='Status'>0xc000006d</Data><Data Name='FailureReason'>%%2313</Data><Data Name='SubStatus'>0xc000006a</Data><Data Name='LogonType'>3</Data><Data Name='LogonProcessName'>NtLmSsp </Data><Data Name='AuthenticationPackageName'>NTLM</Data><Data Name='WorkstationName'>WS-ALICE</Data><Data Name='TransmittedServices'>-</Data><Data Name='LmPackageName'>-</Data><Data Name='KeyLength'>0</Data><Data Name='ProcessId'>0x0</Data><Data Name='ProcessName'>-</Data><Data Name='IpAddress'>192.0.2.10</Data><Data Name='IpPort'>0</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>140</EventID><Version>0</Version><Level>3</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:02:57.4000000Z'/><EventRecordID>8905</EventRecordID><Correlation ActivityID='{F420A3B4-C5D6-000B-E7F8-091A2B3C0000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='IPString'>192.0.2.10</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:02:57.4100000Z'/><EventRecordID>8906</EventRecordID><Correlation ActivityID='{F420A3B4-C5D6-000B-E7F8-091A2B3C0000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>OnDisconnected</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>102</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>12</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:02:57.4200000Z'/><EventRecordID>8907</EventRecordID><Correlation ActivityID='{F420A3B4-C5D6-000B-E7F8-091A2B3C0000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData/></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>103</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>12</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T08:02:57.4300000Z'/><EventRecordID>8908</EventRecordID><Correlation ActivityID='{F420A3B4-C5D6-000B-E7F8-091A2B3C0000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ReasonCode'>14</Data></EventData></Event>`,
  },
};
