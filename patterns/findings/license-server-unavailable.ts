import { RDSH_LICENSING_LOG } from '../clauses.js';
import type { FindingPattern } from '../types.js';
import { licensingServerUnavailable } from '../licensing-server-unavailable.js';

/** 50282–50285 and 50195 are 1130–1133 and 1043 with their severity bits set (newer builds). */
export const licenseServerUnavailable: FindingPattern = {
  id: 'license-server-unavailable',
  cause: licensingServerUnavailable.id,
  title: 'The RD Session Host has no usable license server',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/cannot-connect-rds-no-license-server',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/event-44-rds-licensing-server',
  ],
  match: {
    ...RDSH_LICENSING_LOG,
    eventId: [1130, 1131, 1043, 1132, 1133, 50282, 50283, 50195, 50284, 50285],
  },
  confidence: 0.7,
  explanation: [
    'Remote Desktop Services on {event.computer} logged licensing event {event.eventId} at {event.time}: it has no usable license server (1130/50282: none specified; 1131/50283: it cannot be contacted; 1043/50195: it refuses to talk to this server; 1132/50284: it is too old for this Windows version; 1133/50285: the certificate it issued is invalid).',
    'The license server named is {event.Param1}.',
    'The license server named is {event.Data[0]}.',
    'Once the grace period is over, or when no licence can be issued, connections are refused at the licensing step.',
  ],
  remediation: [
    'Run the RD Licensing Diagnoser (lsdiag.msc) on the RD Session Host; check the configured license server (policy "Use the specified Remote Desktop license servers") and that it resolves and answers (RPC, TCP 135 and the dynamic RPC ports, through any firewall).',
    'On the license server, add this RD Session Host to the "RDS Endpoint Servers" group and make sure the server is activated.',
    'For an invalid license server certificate (1133/50285), back up HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\RCM (`reg export`), delete only the cached values `Certificate`, `X509 Certificate`, `X509 Certificate ID` and `X509 Certificate2` and reboot; they are recreated. The reboot ends every session on the server: plan it for a maintenance window.',
  ],
  sample: {
    description: 'RCM/Admin 50283 (= 1131) after a restart: the license server LS01 cannot be contacted.',
    file: 'samples/findings/license-server-unavailable/sample.xml',
  },
};
