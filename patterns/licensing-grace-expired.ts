import { CLIENT_LICENSING_FAILED, DAY, inClient, inHistory, RDSH_LICENSING_LOG } from './clauses.js';
import { explained } from './explained.js';
import type { Pattern } from './types.js';

/** Newer builds log the licensing events with their severity bits set in the id (50280 = 1128). */
export const licensingGraceExpired = {
  id: 'licensing-grace-expired',
  title: 'The RD Session Host licensing grace period has expired',
  summary: "The RD Session Host's licensing grace period is over and no licensing is configured.",
  status: 'test',
  phase: 'licensing',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-licensing-mode-not-configured-warning',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/ee891144(v=ws.10)',
  ],
  falsePositives: [
    'The grace-period events repeat at every service start: a host licensed since keeps older 1069/50280 events in a long export, and licensing is no longer the cause.',
  ],
  when: {
    outcome: ['failed'],
    progress: { session: false },
  },
  clauses: [
    // [MS] 1069 grace period expired and licensing mode not configured; 1128 (50280) grace expired, not registered with a license server with CALs
    inHistory('graceExpired', { ...RDSH_LICENSING_LOG, eventId: [1069, 1128, 50280] }, 0.8, { before: 3 * DAY }),
    // [MS] precursor: the licensing mode is not configured (the grace clock is running)
    inHistory('modeNotConfigured', { ...RDSH_LICENSING_LOG, eventId: 1068 }, 0.1, { before: 30 * DAY }),
    // [MS] precursor: the grace period expires on a date named in the event
    inHistory('graceWarning', { ...RDSH_LICENSING_LOG, eventId: [1129, 50281] }, 0.1, { before: 120 * DAY }),
    // [MS] meaning of 2056 (licensing protocol failed); [WR] link to this cause
    inClient('clientLicensing', CLIENT_LICENSING_FAILED, 0.15),
  ],
  codes: {
    mstsc: explained({ WR: [2056] }, { 2056: 4 }),
    mstscExtended: explained({ WR: [257, 258], SP: [7, 266] }, { 7: 1, 257: 2, 258: 2, 266: 1 }),
    // 7056 ERROR_CTX_LICENSE_EXPIRED ("The system license has expired. Your logon request is denied.")
    win32: explained({ SP: [7056] }),
    mstscPair: [
      {
        code: 2308,
        extended: 7,
        confidence: 'WR',
        rank: 1,
        why: 'An RD Session Host whose licensing grace period ended refuses connections; some users see 0x904/0x7 instead of the licensing dialog. Confirm with RCM/Admin 1128 (50280) / 1069.',
      },
    ],
  },
  explanation: [
    'Remote Desktop Services logged event {graceExpired.eventId} at {graceExpired.time}: the RD Licensing grace period has expired and the RD Session Host is not registered with a license server that has client access licences (or no licensing mode is configured), so it refuses new connections at the licensing step.',
    'The connection from {attempt.client} stopped after authentication, during licensing, and never reached a session.',
    'It had warned at {modeNotConfigured.time} that the Remote Desktop licensing mode is not configured (event 1068).',
    'It had warned at {graceWarning.time} that the grace period would end on {graceWarning.Param1}.',
    'It had warned at {graceWarning.time} that the grace period would end on {graceWarning.Data[0]}.',
    'The client reported {clientLicensing.Value|mstsc}.',
  ],
  remediation: [
    'Configure licensing: set the licensing mode (Per User or Per Device, matching the CALs you own) and the license server, either in Server Manager → Remote Desktop Services → Deployment Properties → RD Licensing, or by policy: Computer Configuration → Administrative Templates → Windows Components → Remote Desktop Services → Remote Desktop Session Host → Licensing → "Use the specified Remote Desktop license servers" and "Set the Remote Desktop licensing mode" (HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services `LicenseServers`, `LicensingMode` 2 = Per Device, 4 = Per User).',
    "Make sure the license server is activated and has RDS CALs of that type and of a version at least equal to the RD Session Host's OS; check with the RD Licensing Diagnoser (lsdiag.msc) on the RD Session Host.",
    'If the server only needs the two administrative sessions, remove the Remote Desktop Session Host role (`Uninstall-WindowsFeature RDS-RD-Server`): administrative Remote Desktop needs no CALs and no grace period. Removing the role needs a restart, which ends every session: plan it.',
    'Deleting HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\RCM\\GracePeriod to restart the 120-day clock is an unsupported workaround (it needs taking ownership of the key, breaks licensing compliance and comes back); do not use it as the fix.',
  ],
  sample: {
    description:
      'An RD Session Host whose licensing mode was never configured: warned at restarts in the weeks before (1068, and 50281 = 1129 naming the end date), 1069 at service start, and 50280 (= 1128) when the connection reaches licensing; the client gives up in licensing (2056).',
    file: 'samples/patterns/licensing-grace-expired/sample.xml',
  },
} as const satisfies Pattern;
