import { RCM_PROVIDERS } from '../clauses.js';
import type { FindingPattern } from '../types.js';
import { tlsCertificate } from '../tls-certificate.js';

export const certificateUnusable: FindingPattern = {
  id: 'certificate-unusable',
  cause: tlsCertificate.id,
  title: 'The certificate configured for the RDP listener cannot be used',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/azure/virtual-machines/windows/event-id-troubleshoot-vm-rdp-connecton',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/windows-security/default-permissions-machinekeys-folders',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/internal-error-has-occurred-connecting-remote-machine',
  ],
  match: { channel: 'System', provider: RCM_PROVIDERS, eventId: [1051, 1054, 1055] },
  confidence: 0.7,
  explanation: [
    'Remote Desktop Services on {event.computer} logged event {event.eventId} at {event.time}: the certificate configured for the RDP listener cannot be used (1051: no usable user-selected certificate, falling back to the default; 1054: it lacks the Server Authentication EKU; 1055: its private key cannot be accessed).',
    'A private key that cannot be read (1055) makes every TLS connection fail (Schannel 36870, 0x8009030D).',
  ],
  remediation: [
    'Check the certificate in certlm.msc → Personal (or Remote Desktop): valid, Server Authentication EKU, and a private key whose permissions grant NETWORK SERVICE read (Manage Private Keys…).',
    'For 1055, restore the MachineKeys permissions (C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys: Administrators Full control, Everyone special on this folder only, per Microsoft KB 278381); do NOT rename or delete the folder.',
    'Point `SSLCertificateSHA1Hash` (HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp) at a usable certificate, or delete the value to fall back to the self-signed one after backing up the key (`reg export "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp" rdp-tcp.reg`). Never delete it on a server with the RD Connection Broker role: there the certificate comes from the deployment properties (Microsoft KB 3042780). Then restart the Remote Desktop Configuration service (`Restart-Service SessionEnv`); restarting Remote Desktop Services (`Restart-Service TermService -Force`) drops every connection on the host (users in sessions are disconnected; their sessions stay), so do it when no one is connected or in a maintenance window.',
  ],
  sample: {
    description: "System 1055: the configured certificate's private key cannot be accessed.",
    file: 'samples/findings/certificate-unusable/sample.xml',
  },
};
