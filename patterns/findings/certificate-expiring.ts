import type { FindingPattern } from '../types.js';

/** rdp-events.md §1.4 (1052), §4.1. */
export const certificateExpiring: FindingPattern = {
  id: 'certificate-expiring',
  cause: 'tls-certificate',
  title: 'The configured RDP certificate is about to expire',
  match: {
    channel: 'System',
    provider: ['Microsoft-Windows-TerminalServices-RemoteConnectionManager', 'TermService'],
    eventId: 1052,
  },
  confidence: 0.6,
  explanation: [
    'Remote Desktop Services on {event.computer} warned at {event.time} that the certificate configured for the RDP listener expires soon (event 1052).',
    'It expires in {event.Data[1]} days.',
  ],
  remediation: [
    'Renew or re-issue the certificate (Server Authentication EKU, private key readable by NETWORK SERVICE) and point the listener at the new thumbprint: `SSLCertificateSHA1HashValue` under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp, or `Set-CimInstance` on `Win32_TSGeneralSetting` (root/cimv2/TerminalServices), or the "Server authentication certificate template" policy for auto-enrolment.',
    'In an RDS deployment, replace it in Server Manager → Deployment Properties → Certificates.',
  ],
  sample: {
    description: 'System 1052: the configured certificate expires in 12 days.',
    xml: `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}' EventSourceName='TermService'/><EventID Qualifiers='32768'>1052</EventID><Version>0</Version><Level>3</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x80000000000000</Keywords><TimeCreated SystemTime='2024-05-02T06:00:12.5000000Z'/><EventRecordID>4131</EventRecordID><Correlation/><Execution ProcessID='0' ThreadID='0'/><Channel>System</Channel><Computer>RDSH01.corp.example.test</Computer><Security/></System><EventData><Data>RDP-Tcp</Data><Data>12</Data></EventData></Event>`,
  },
};
