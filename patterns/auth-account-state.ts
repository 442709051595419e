import type { Pattern } from './types.js';

/**
 * Account-state NTSTATUS codes: disabled, locked out, expired, password expired, must change password,
 * outside logon hours, workstation restriction.
 */
const ACCOUNT_STATE = [
  '0xC0000072',
  '0xC0000234',
  '0xC0000193',
  '0xC0000071',
  '0xC0000224',
  '0xC000006F',
  '0xC0000070',
];

/** rdp-events.md §1.8, §3.1 (SSL_ERR_* codes), §4.16. */
export const authAccountState: Pattern = {
  id: 'auth-account-state',
  title: 'The account is disabled, locked out, expired or restricted',
  when: {
    outcome: ['failed'],
  },
  clauses: [
    {
      // [MS] event-4625 Status values
      name: 'accountStatus',
      match: { channel: 'Security', eventId: 4625, fields: { Status: { in: ACCOUNT_STATE } } },
      scope: 'window',
      before: 5,
      after: 30,
      sameClient: true,
      weight: 0.85,
    },
    {
      // [MS] the same codes as SubStatus (e.g. Status 0xC000006E with SubStatus 0xC0000072 for a disabled account)
      name: 'accountSubStatus',
      match: { channel: 'Security', eventId: 4625, fields: { SubStatus: { in: ACCOUNT_STATE } } },
      scope: 'window',
      before: 5,
      after: 30,
      sameClient: true,
      weight: 0.85,
    },
    {
      // [MS] meaning; [WR] mapping: 0xC000006E account restriction with no more specific SubStatus (e.g. blank password)
      name: 'restriction',
      match: {
        channel: 'Security',
        eventId: 4625,
        fields: { Status: '0xC000006E', SubStatus: { notIn: ACCOUNT_STATE } },
      },
      scope: 'window',
      before: 5,
      after: 30,
      sameClient: true,
      weight: 0.55,
    },
    {
      // [MS] SSL_ERR_ACCOUNT_DISABLED 2823, _LOCKED_OUT 3335, _EXPIRED 3591, PASSWORD_EXPIRED 3847, PASSWORD_MUST_CHANGE 4615,
      // _ACCOUNT_RESTRICTION 3079; [WR] 4103 logon hours, 4359 workstation restriction
      name: 'clientCode',
      match: {
        channel: 'RDPClient/Operational',
        eventId: 1026,
        fields: { Value: { in: [2823, 3335, 3591, 3847, 4615, 3079, 4103, 4359] } },
      },
      scope: 'client',
      weight: 0.7,
    },
  ],
  explanation: [
    'Windows refused the sign-in of {accountStatus.TargetDomainName}\\{accountStatus.TargetUserName}: {accountStatus.Status|ntstatus} (Security 4625, logon type {accountStatus.LogonType}).',
    'Windows refused the sign-in of {accountSubStatus.TargetDomainName}\\{accountSubStatus.TargetUserName}: {accountSubStatus.SubStatus|ntstatus} (Security 4625, status {accountSubStatus.Status}).',
    'Windows refused the sign-in of {restriction.TargetDomainName}\\{restriction.TargetUserName}: {restriction.Status|ntstatus} (Security 4625, logon type {restriction.LogonType}).',
    'The client disconnected with {clientCode.Value|mstsc}.',
  ],
  remediation: [
    'Look at the account in Active Directory Users and Computers (or `Get-ADUser <user> -Properties Enabled,LockedOut,AccountExpirationDate,PasswordExpired,PasswordLastSet,LogonHours,LogonWorkstations`); for a local account, `Get-LocalUser <user> | Format-List *`.',
    'Locked out (0xC0000234): unlock it (`Unlock-ADAccount <user>`) and find the source of the bad passwords first (Security 4740 on the PDC emulator names the caller computer; a stale saved credential, a mapped drive or a phone often keeps locking it).',
    'Password expired or must change (0xC0000071 / 0xC0000224): with NLA the user cannot change it through mstsc; let them change it on another domain computer or an RD Web/ADFS password page, or reset it; enabling the "password change over RDP" path requires NLA off and is not recommended.',
    'Disabled or expired account (0xC0000072 / 0xC0000193): re-enable it or extend its expiry date only if the user should still have access.',
    'Logon hours or workstation restriction (0xC000006F / 0xC0000070): the account\'s "Logon Hours" / "Log On To" settings must include the time and the RD Session Host\'s computer name.',
  ],
  sample: {
    description: 'The account alice is locked out: Security 4625 0xC0000234 for the NLA logon, the client shows 3335.',
    xml: `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-ClientActiveXCore' Guid='{28AA95BB-D444-4719-A36F-40462168127E}'/><EventID>1024</EventID><Version>0</Version><Level>4</Level><Task>101</Task><Opcode>10</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T07:55:40.9700000Z'/><EventRecordID>3401</EventRecordID><Correlation ActivityID='{6E9F4A13-2C5D-4074-D3EA-BF102C4B0000}'/><Execution ProcessID='7340' ThreadID='7512'/><Channel>Microsoft-Windows-TerminalServices-RDPClient/Operational</Channel><Computer>WS-ALICE.corp.example.test</Computer><Security UserID='S-1-5-21-1004336348-1177238915-682003330-1104'/></System><EventData><Data Name='Name'>Server Name</Data><Data Name='Value'>RDSH01.corp.example.test</Data><Data Name='CustomLevel'>Info</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>261</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T07:55:41.0120000Z'/><EventRecordID>3101</EventRecordID><Correlation ActivityID='{F420E7F8-091A-000D-2B3C-4D5E6F700000}'/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><listenerName>RDP-Tcp</listenerName></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>131</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>15</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T07:55:41.0150000Z'/><EventRecordID>9101</EventRecordID><Correlation ActivityID='{F420E7F8-091A-000D-2B3C-4D5E6F700000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnType'>TCP</Data><Data Name='ClientIP'>192.0.2.10:50566</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>65</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>14</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T07:55:41.0160000Z'/><EventRecordID>9102</EventRecordID><Correlation ActivityID='{F420E7F8-091A-000D-2B3C-4D5E6F700000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnectionName'>RDP-Tcp#20</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T07:55:41.0170000Z'/><EventRecordID>9103</EventRecordID><Correlation ActivityID='{F420E7F8-091A-000D-2B3C-4D5E6F700000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>PrepareForAccept</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>141</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T07:55:41.0180000Z'/><EventRecordID>9104</EventRecordID><Correlation ActivityID='{F420E7F8-091A-000D-2B3C-4D5E6F700000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='InstanceID'>20</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-ClientActiveXCore' Guid='{28AA95BB-D444-4719-A36F-40462168127E}'/><EventID>1028</EventID><Version>0</Version><Level>4</Level><Task>101</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T07:55:41.0900000Z'/><EventRecordID>3402</EventRecordID><Correlation ActivityID='{6E9F4A13-2C5D-4074-D3EA-BF102C4B0000}'/><Execution ProcessID='7340' ThreadID='7512'/><Channel>Microsoft-Windows-TerminalServices-RDPClient/Operational</Channel><Computer>WS-ALICE.corp.example.test</Computer><Security UserID='S-1-5-21-1004336348-1177238915-682003330-1104'/></System><EventData><Data Name='TraceMessage'>1</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-ClientActiveXCore' Guid='{28AA95BB-D444-4719-A36F-40462168127E}'/><EventID>1029</EventID><Version>0</Version><Level>4</Level><Task>101</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T07:55:41.1000000Z'/><EventRecordID>3403</EventRecordID><Correlation ActivityID='{6E9F4A13-2C5D-4074-D3EA-BF102C4B0000}'/><Execution ProcessID='7340' ThreadID='7512'/><Channel>Microsoft-Windows-TerminalServices-RDPClient/Operational</Channel><Computer>WS-ALICE.corp.example.test</Computer><Security UserID='S-1-5-21-1004336348-1177238915-682003330-1104'/></System><EventData><Data Name='TraceMessage'>jBk1s2b3UOyKx4iVqH9cDSaE5NKcj7ag2mEj0zR1rVA=-</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-A5BA-3E3B0328C30D}'/><EventID>4625</EventID><Version>0</Version><Level>0</Level><Task>12544</Task><Opcode>0</Opcode><Keywords>0x8010000000000000</Keywords><TimeCreated SystemTime='2024-05-02T07:55:41.3600000Z'/><EventRecordID>7101</EventRecordID><Correlation ActivityID='{7A1C55E2-9F0B-0004-B6C2-1F7A2A9BDA01}'/><Execution ProcessID='640' ThreadID='4212'/><Channel>Security</Channel><Computer>RDSH01.corp.example.test</Computer><Security/></System><EventData><Data Name='SubjectUserSid'>S-1-0-0</Data><Data Name='SubjectUserName'>-</Data><Data Name='SubjectDomainName'>-</Data><Data Name='SubjectLogonId'>0x0</Data><Data Name='TargetUserSid'>S-1-0-0</Data><Data Name='TargetUserName'>alice</Data><Data Name='TargetDomainName'>CORP</Data><Data Name='Status'>0xc0000234</Data><Data Name='FailureReason'>%%2307</Data><Data Name='SubStatus'>0x0</Data><Data Name='LogonType'>3</Data><Data Name='LogonProcessName'>NtLmSsp </Data><Data Name='AuthenticationPackageName'>NTLM</Data><Data Name='WorkstationName'>WS-ALICE</Data><Data Name='TransmittedServices'>-</Data><Data Name='LmPackageName'>-</Data><Data Name='KeyLength'>0</Data><Data Name='ProcessId'>0x0</Data><Data Name='ProcessName'>-</Data><Data Name='IpAddress'>192.0.2.10</Data><Data Name='IpPort'>0</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>72</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T07:55:41.3800000Z'/><EventRecordID>9105</EventRecordID><Correlation ActivityID='{F420E7F8-091A-000D-2B3C-4D5E6F700000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='MethodName'>OnDisconnected</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>102</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>12</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T07:55:41.3900000Z'/><EventRecordID>9106</EventRecordID><Correlation ActivityID='{F420E7F8-091A-000D-2B3C-4D5E6F700000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData/></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>103</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>12</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T07:55:41.4000000Z'/><EventRecordID>9107</EventRecordID><Correlation ActivityID='{F420E7F8-091A-000D-2B3C-4D5E6F700000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ReasonCode'>14</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-ClientActiveXCore' Guid='{28AA95BB-D444-4719-A36F-40462168127E}'/><EventID>1026</EventID><Version>0</Version><Level>4</Level><Task>101</Task><Opcode>11</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T07:55:41.4300000Z'/><EventRecordID>3404</EventRecordID><Correlation ActivityID='{6E9F4A13-2C5D-4074-D3EA-BF102C4B0000}'/><Execution ProcessID='7340' ThreadID='7512'/><Channel>Microsoft-Windows-TerminalServices-RDPClient/Operational</Channel><Computer>WS-ALICE.corp.example.test</Computer><Security UserID='S-1-5-21-1004336348-1177238915-682003330-1104'/></System><EventData><Data Name='Name'>Disconnect Reason</Data><Data Name='Value'>3335</Data><Data Name='CustomLevel'>Info</Data></EventData></Event>`,
  },
};
