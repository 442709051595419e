import type { FindingPattern } from '../types.js';

const RCM = ['Microsoft-Windows-TerminalServices-RemoteConnectionManager', 'TermService'];

/** rdp-events.md §1.4 (1053, 1056), §4.1. */
export const certificateExpired: FindingPattern = {
  id: 'certificate-expired',
  cause: 'tls-certificate',
  title: 'The certificate configured for the RDP listener has expired',
  match: { channel: 'System', provider: RCM, eventId: 1053 },
  confidence: 0.7,
  followedBy: { channel: 'System', provider: RCM, eventId: 1056 },
  explanation: [
    'Remote Desktop Services on {event.computer} found at {event.time} that the certificate configured for the RDP listener has expired (event 1053).',
    "It then generated a self-signed certificate and uses that instead (event 1056 at {followed.time}): connections work, but clients that check the server's identity warn about an untrusted certificate, and RD Gateway or single sign-on setups that pin the configured certificate fail.",
  ],
  remediation: [
    'Issue a new certificate (Server Authentication EKU, private key readable by NETWORK SERVICE) and configure its thumbprint: `SSLCertificateSHA1HashValue` under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp (or `Win32_TSGeneralSetting` via WMI); in an RDS deployment, Server Manager → Deployment Properties → Certificates.',
    'Renew it before it expires next time: System event 1052 warns days ahead.',
  ],
  sample: {
    description:
      'System 1053 at service start: the configured certificate expired; 1056: a self-signed one was generated.',
    xml: `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}' EventSourceName='TermService'/><EventID Qualifiers='49152'>1053</EventID><Version>0</Version><Level>2</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x80000000000000</Keywords><TimeCreated SystemTime='2024-05-02T06:00:11.0000000Z'/><EventRecordID>4142</EventRecordID><Correlation/><Execution ProcessID='0' ThreadID='0'/><Channel>System</Channel><Computer>RDSH01.corp.example.test</Computer><Security/></System><EventData><Data></Data><Binary>7D1A09C2E45B3F8816A0D4C97E2B5F013A6C8E94</Binary></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}' EventSourceName='TermService'/><EventID Qualifiers='16384'>1056</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x80000000000000</Keywords><TimeCreated SystemTime='2024-05-02T06:00:11.4000000Z'/><EventRecordID>4143</EventRecordID><Correlation/><Execution ProcessID='0' ThreadID='0'/><Channel>System</Channel><Computer>RDSH01.corp.example.test</Computer><Security/></System><EventData><Data>RDSH01.corp.example.test</Data><Binary>B3E0574C19AD62F08E4C7B1D93A25E60F4C8172D</Binary></EventData></Event>`,
  },
};
