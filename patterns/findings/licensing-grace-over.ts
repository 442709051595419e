import { RDSH_LICENSING_LOG } from '../clauses.js';
import type { FindingPattern } from '../types.js';
import { licensingGraceExpired } from '../licensing-grace-expired.js';

/** 50280 is 1128 with its severity bits set (newer builds). */
export const licensingGraceOver: FindingPattern = {
  id: 'licensing-grace-over',
  cause: licensingGraceExpired.id,
  title: 'The RD licensing grace period is over',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-licensing-mode-not-configured-warning',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/ee891144(v=ws.10)',
  ],
  match: {
    ...RDSH_LICENSING_LOG,
    eventId: [1069, 1128, 50280],
  },
  confidence: 0.8,
  explanation: [
    'Remote Desktop Services on {event.computer} logged event {event.eventId} at {event.time}: its licensing grace period has expired and it is not registered with a license server that has client access licences (1069: no licensing mode is configured), so it refuses new connections at the licensing step.',
  ],
  remediation: [
    'Set the licensing mode (Per User or Per Device, matching your CALs) and the license server: Computer Configuration → Administrative Templates → Windows Components → Remote Desktop Services → Remote Desktop Session Host → Licensing, or Server Manager → Deployment Properties → RD Licensing.',
    'If the server only needs administrative Remote Desktop, remove the RD Session Host role instead (`Uninstall-WindowsFeature RDS-RD-Server`); it needs a restart, which ends every session: plan it.',
    'Deleting the RCM\\GracePeriod registry key is an unsupported workaround, not a fix.',
  ],
  sample: {
    description: 'RCM/Admin 50280 (= 1128) at service start: the grace period is over.',
    file: 'samples/findings/licensing-grace-over/sample.xml',
  },
};
