import { RCM_PROVIDERS } from '../clauses.js';
import type { FindingPattern } from '../types.js';
import { tlsCertificate } from '../tls-certificate.js';

export const certificateExpiring: FindingPattern = {
  id: 'certificate-expiring',
  cause: tlsCertificate.id,
  title: 'The configured RDP certificate is about to expire',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/azure/virtual-machines/windows/event-id-troubleshoot-vm-rdp-connecton',
  ],
  match: { channel: 'System', provider: RCM_PROVIDERS, eventId: 1052 },
  confidence: 0.6,
  explanation: [
    'Remote Desktop Services on {event.computer} warned at {event.time} that the certificate configured for the RDP listener expires soon (event 1052).',
    'It expires in {event.Data[1]} days.',
  ],
  remediation: [
    'Renew or re-issue the certificate (Server Authentication EKU, private key readable by NETWORK SERVICE) and point the listener at the new thumbprint: `SSLCertificateSHA1Hash` under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp, or `Set-CimInstance` on `Win32_TSGeneralSetting` (root/cimv2/TerminalServices), or the "Server authentication certificate template" policy for auto-enrolment.',
    'In an RDS deployment, replace it in Server Manager → Deployment Properties → Certificates.',
  ],
  sample: {
    description: 'System 1052: the configured certificate expires in 12 days.',
    file: 'samples/findings/certificate-expiring/sample.xml',
  },
};
