import { RDSH_LICENSING_LOG } from '../clauses.js';
import type { FindingPattern } from '../types.js';
import { licensingGraceExpired } from '../licensing-grace-expired.js';

/** 1068 is logged in RemoteConnectionManager/Admin. */
export const licensingModeNotConfigured: FindingPattern = {
  id: 'licensing-mode-not-configured',
  cause: licensingGraceExpired.id,
  title: 'The Remote Desktop licensing mode is not configured',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-licensing-mode-not-configured-warning',
  ],
  match: {
    ...RDSH_LICENSING_LOG,
    eventId: 1068,
  },
  confidence: 0.6,
  explanation: [
    'Remote Desktop Services on {event.computer} reported at {event.time} that the Remote Desktop licensing mode is not configured (event 1068): the RD Session Host runs on its 120-day grace period and will refuse connections when it ends.',
  ],
  remediation: [
    'Set the licensing mode (Per User or Per Device, matching your CALs) and the license server: Computer Configuration → Administrative Templates → Windows Components → Remote Desktop Services → Remote Desktop Session Host → Licensing, or Server Manager → Deployment Properties → RD Licensing (`LicensingMode` and `LicenseServers` under HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services).',
    'If the RD Session Host role is not needed (only administrative access), remove it: administrative Remote Desktop needs no licensing. Removing the role needs a restart, which ends every session: plan it.',
  ],
  sample: {
    description: 'RCM/Admin 1068 at service start: licensing mode not configured.',
    file: 'samples/findings/licensing-mode-not-configured/sample.xml',
  },
};
