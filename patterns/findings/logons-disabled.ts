import { RCM_PROVIDERS } from '../clauses.js';
import type { FindingPattern } from '../types.js';
import { sessionLimit } from '../session-limit.js';

export const logonsDisabled: FindingPattern = {
  id: 'logons-disabled',
  cause: sessionLimit.id,
  title: 'The server refuses new logons (drain mode or logons disabled)',
  references: [
    'https://learn.microsoft.com/en-us/archive/technet-wiki/37874.rds-session-host-server-disconnect-codes',
    'https://learn.microsoft.com/en-us/archive/technet-wiki/37841.remote-desktop-services-rds-logon-connectivity-overview-and-troubleshooting',
  ],
  match: {
    channel: ['System', 'RemoteConnectionManager/Admin', 'RemoteConnectionManager/Operational'],
    provider: RCM_PROVIDERS,
    eventId: [1070, 1071],
  },
  confidence: 0.75,
  explanation: [
    'Remote Desktop Services on {event.computer} refused a connection at {event.time} because it does not accept new logons (event {event.eventId}: 1070 = drain mode, 1071 = connections disabled).',
  ],
  remediation: [
    'Query and re-enable logons on the server: `change logon /query`, then `change logon /enable`.',
    'In an RDS deployment: Server Manager → Remote Desktop Services → Collections → Host Servers → "Allow New Connections", or `Set-RDSessionHost -SessionHost <fqdn> -NewConnectionAllowed Yes`.',
    'If drain mode was set on purpose (maintenance), this is expected; remember to end it afterwards.',
  ],
  sample: {
    description: 'System 1070: a logon request was denied because the server is in drain mode.',
    file: 'samples/findings/logons-disabled/sample.xml',
  },
};
