import { RCM_PROVIDERS } from '../clauses.js';
import type { FindingPattern } from '../types.js';
import { tlsCertificate } from '../tls-certificate.js';

export const certificateRenewalFailed: FindingPattern = {
  id: 'certificate-renewal-failed',
  cause: tlsCertificate.id,
  title: 'The RDP self-signed certificate could not be created or renewed',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/azure/virtual-machines/windows/event-id-troubleshoot-vm-rdp-connecton',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/windows-security/default-permissions-machinekeys-folders',
  ],
  match: { channel: 'System', provider: RCM_PROVIDERS, eventId: [1057, 1058] },
  confidence: 0.85,
  clearedBy: { channel: 'System', provider: RCM_PROVIDERS, eventId: 1056 },
  explanation: [
    'Remote Desktop Services on {event.computer} failed to create or replace its self-signed certificate at {event.time} (event {event.eventId}).',
    'The status it reported: "{event.Data[0]}".',
    'No new certificate was generated afterwards (no event 1056), so TLS connections fail until it is fixed.',
  ],
  remediation: [
    'Restore the default permissions of C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys (Administrators: Full control; Everyone: special, this folder only; per Microsoft KB 278381) and give NETWORK SERVICE read access to the RDP key file f686aace6942fb7f7ceb231212eef4a4_*.',
    'Then delete the old self-signed certificate in certlm.msc → Remote Desktop → Certificates (a self-signed one holds nothing to keep) and restart the Remote Desktop Configuration service (`Restart-Service SessionEnv`); System event 1056 confirms a new certificate. Restarting Remote Desktop Services (`Restart-Service TermService -Force`) also works but drops every connection on the host (users in sessions are disconnected; their sessions stay), so do it when no one is connected or in a maintenance window.',
    'Do NOT rename or delete the MachineKeys folder: it throws away every machine private key on the server.',
  ],
  sample: {
    description: 'System 1058 "Keyset does not exist": the expired self-signed certificate could not be replaced.',
    file: 'samples/findings/certificate-renewal-failed/sample.xml',
  },
};
