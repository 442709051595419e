import type { FindingPattern } from '../types.js';
import { networkUnreachable } from '../network-unreachable.js';

/** LSM 16/17: a Remote Desktop service did not start (RDP Wrapper after a Windows update is a common case). */
export const serviceStartFailed: FindingPattern = {
  id: 'service-start-failed',
  cause: networkUnreachable.id,
  title: 'Remote Desktop Services (or the session manager) failed to start',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-cannot-connect-remote-computer',
    'https://learn.microsoft.com/en-us/archive/technet-wiki/37841.remote-desktop-services-rds-logon-connectivity-overview-and-troubleshooting',
  ],
  match: { channel: 'LocalSessionManager/Operational', eventId: [16, 17] },
  confidence: 0.7,
  clearedBy: { channel: 'RemoteConnectionManager/Operational', eventId: 258 },
  // A Remote Desktop session logged on afterwards (an address, not the console's LOCAL): the service ran again.
  recoveredBy: {
    channel: 'LocalSessionManager/Operational',
    eventId: [21, 25],
    fields: { Address: { notIn: ['LOCAL'] } },
  },
  explanation: [
    'The session manager on {event.computer} reported at {event.time} that it could not start (LocalSessionManager {event.eventId}: 16 = the local session manager, 17 = Remote Desktop Services).',
  ],
  absence: [
    'No listener started afterwards (RCM 258), so nothing accepts Remote Desktop connections and clients get 516 (0x204).',
  ],
  remediation: [
    'Check the services: `Get-Service TermService, UmRdpService, SessionEnv` and the System log (Service Control Manager 7000/7001/7023) for why they stopped.',
    'A third-party multi-session patch (RDP Wrapper) that no longer matches termsrv.dll after a Windows update stops the service from starting: remove it.',
  ],
  sample: {
    description: 'LocalSessionManager 17: Remote Desktop Services failed to start.',
    file: 'samples/findings/service-start-failed/sample.xml',
  },
};
