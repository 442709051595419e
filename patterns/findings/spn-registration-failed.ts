import { RCM_PROVIDERS } from '../clauses.js';
import type { FindingPattern } from '../types.js';
import { credsspNla } from '../credssp-nla.js';

/** Without its TERMSRV SPN a client may fall back from Kerberos to NTLM. Weak: context only. */
export const spnRegistrationFailed: FindingPattern = {
  id: 'spn-registration-failed',
  cause: credsspNla.id,
  title: 'Remote Desktop Services could not register its TERMSRV SPN',
  references: [
    'https://learn.microsoft.com/en-us/archive/technet-wiki/37841.remote-desktop-services-rds-logon-connectivity-overview-and-troubleshooting',
  ],
  match: { channel: 'System', provider: RCM_PROVIDERS, eventId: 1067 },
  confidence: 0.3,
  explanation: [
    'Remote Desktop Services on {event.computer} could not register the TERMSRV service principal name at {event.time} (event 1067).',
    'The error it reported: "{event.Data[0]}".',
    'Without it, clients cannot use Kerberos to authenticate the server and fall back to NTLM; policies that forbid NTLM-only delegation then block Network Level Authentication (client code 5895).',
  ],
  remediation: [
    'Check the SPNs of the computer account: `setspn -L <server>` should list TERMSRV/<server> and TERMSRV/<server fqdn>.',
    'Give the computer account (SELF / NETWORK SERVICE) the right to write its servicePrincipalName ("Validated write to service principal name"), or register it manually: `setspn -S TERMSRV/<server fqdn> <server>`.',
  ],
  sample: {
    description: 'System 1067: the TERMSRV SPN could not be registered (access denied).',
    file: 'samples/findings/spn-registration-failed/sample.xml',
  },
};
