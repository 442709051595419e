import { RCM_PROVIDERS } from '../clauses.js';
import type { FindingPattern } from '../types.js';
import { tlsCertificate } from '../tls-certificate.js';

export const certificateExpired: FindingPattern = {
  id: 'certificate-expired',
  cause: tlsCertificate.id,
  title: 'The certificate configured for the RDP listener has expired',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/azure/virtual-machines/windows/event-id-troubleshoot-vm-rdp-connecton',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/internal-error-has-occurred-connecting-remote-machine',
  ],
  match: { channel: 'System', provider: RCM_PROVIDERS, eventId: 1053 },
  confidence: 0.7,
  followedBy: { channel: 'System', provider: RCM_PROVIDERS, eventId: 1056 },
  explanation: [
    'Remote Desktop Services on {event.computer} found at {event.time} that the certificate configured for the RDP listener has expired (event 1053).',
    "It then generated a self-signed certificate and uses that instead (event 1056 at {followed.time}): connections work, but clients that check the server's identity warn about an untrusted certificate, and RD Gateway or single sign-on setups that pin the configured certificate fail.",
  ],
  remediation: [
    'Issue a new certificate (Server Authentication EKU, private key readable by NETWORK SERVICE) and configure its thumbprint: `SSLCertificateSHA1Hash` under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp (or `Win32_TSGeneralSetting` via WMI); in an RDS deployment, Server Manager → Deployment Properties → Certificates.',
    'Renew it before it expires next time: System event 1052 warns days ahead.',
  ],
  sample: {
    description:
      'System 1053 at service start: the configured certificate expired; 1056: a self-signed one was generated.',
    file: 'samples/findings/certificate-expired/sample.xml',
  },
};
