import { RDSH_LICENSING_LOG } from '../clauses.js';
import type { FindingPattern } from '../types.js';
import { licensingGraceExpired } from '../licensing-grace-expired.js';

/** 50281 is 1129 with its severity bits set (newer builds). */
export const licensingGraceEnding: FindingPattern = {
  id: 'licensing-grace-ending',
  cause: licensingGraceExpired.id,
  title: 'The RD licensing grace period is running out',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-licensing-mode-not-configured-warning',
  ],
  match: {
    ...RDSH_LICENSING_LOG,
    eventId: [1129, 50281],
  },
  // Superseded once the grace period is over (licensing-grace-over says so): a warning about an end that
  // has come would contradict it.
  clearedBy: { ...RDSH_LICENSING_LOG, eventId: [1128, 50280] },
  confidence: 0.8,
  explanation: [
    'Remote Desktop Services on {event.computer} warned at {event.time} (event {event.eventId}) that its licensing grace period is about to expire and it is not registered with a license server.',
    'The grace period ends on {event.Param1}.',
    'The grace period ends on {event.Data[0]}.',
    'After that date the RD Session Host refuses new connections (event 1128 / 50280) until licensing is configured.',
  ],
  remediation: [
    'Before the date, set the licensing mode and license server: Computer Configuration → Administrative Templates → Windows Components → Remote Desktop Services → Remote Desktop Session Host → Licensing ("Use the specified Remote Desktop license servers", "Set the Remote Desktop licensing mode"), or Server Manager → Deployment Properties → RD Licensing.',
    'Install and activate RDS CALs of the matching type on the license server; check with the RD Licensing Diagnoser (lsdiag.msc).',
    'If the server only needs administrative Remote Desktop, remove the RD Session Host role instead (`Uninstall-WindowsFeature RDS-RD-Server`); it needs a restart, which ends every session: plan it.',
    'Do not plan on deleting the RCM\\GracePeriod registry key to reset the clock: it is an unsupported workaround.',
  ],
  sample: {
    description: 'RCM/Admin 50281 (= 1129): the grace period expires on 20 May.',
    file: 'samples/findings/licensing-grace-ending/sample.xml',
  },
};
