import { CLIENT_LICENSING_FAILED, DAY, inAttempt, inClient, inHistory, RDSH_LICENSING_LOG } from './clauses.js';
import { explained } from './explained.js';
import type { Pattern } from './types.js';

/** Newer builds log the licensing events with their severity bits set in the id (50282–50285 = 1130–1133). */
export const licensingServerUnavailable = {
  id: 'licensing-server-unavailable',
  title: 'No RD license server is configured, reachable or usable',
  summary: 'No license server is configured or reachable, it is not activated, or its certificate is invalid.',
  status: 'test',
  phase: 'licensing',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/cannot-connect-rds-no-license-server',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/event-44-rds-licensing-server',
  ],
  falsePositives: [
    'A license server briefly unreachable (restart, failover) while the attempt failed for another reason: clients that already hold a licence do not need it.',
  ],
  when: {
    outcome: ['failed'],
    progress: { session: false },
  },
  clauses: [
    // [MS] 1130 (50282): no license server specified
    inHistory('noServer', { ...RDSH_LICENSING_LOG, eventId: [1130, 50282] }, 0.7, { before: 3 * DAY }),
    // [MS] 1131 (50283): could not contact the license server
    inHistory('unreachable', { ...RDSH_LICENSING_LOG, eventId: [1131, 50283] }, 0.7, { before: 3 * DAY }),
    // [MS] 1043 (50195): cannot communicate with the license server (RDS Endpoint Servers group)
    inHistory('notAllowed', { ...RDSH_LICENSING_LOG, eventId: [1043, 50195] }, 0.65, { before: 3 * DAY }),
    // [MS] 1132 (50284): the license server does not support this OS version
    inHistory('serverTooOld', { ...RDSH_LICENSING_LOG, eventId: [1132, 50284] }, 0.55, { before: 3 * DAY }),
    // [MS] 1133 (50285): the certificate the license server issued to this RD Session Host is invalid
    inHistory('serverCertificate', { ...RDSH_LICENSING_LOG, eventId: [1133, 50285] }, 0.6, { before: 3 * DAY }),
    // [MS] 1061 (50213): Per User licensing information cannot be read from AD
    inHistory('perUserAd', { ...RDSH_LICENSING_LOG, eventId: [1061, 50213] }, 0.3, { before: 3 * DAY }),
    // [MS] X.224 protocol error tied to a bad licensing certificate
    inAttempt(
      'x224',
      { channel: 'RdpCoreTS/Operational', eventId: 97, fields: { ComponentName: { regex: 'X\\.?224' } } },
      0.3,
    ),
    // [MS] on the license server itself (only seen when it is the same computer): corrupt certificates,
    // not activated, service cannot start, cannot issue licences
    inHistory(
      'licenseServerState',
      {
        channel: 'System',
        provider: ['TermServLicensing', 'Microsoft-Windows-TerminalServices-Licensing'],
        eventId: [17, 18, 37, 38],
      },
      0.4,
      { before: 7 * DAY },
    ),
    // [MS] 2056 licensing failed / 2312 licensing timeout; [WR] link to this cause
    inClient('clientLicensing', CLIENT_LICENSING_FAILED, 0.15),
  ],
  codes: {
    mstsc: explained({ WR: [2056, 2312] }, { 2056: 2, 2312: 2 }),
    mstscExtended: explained({ WR: [257], SP: [7, 256, 266] }, { 7: 2, 257: 1, 266: 2 }),
    mstscPair: [
      {
        code: 2308,
        extended: 7,
        confidence: 'WR',
        rank: 2,
        why: 'No license server specified or reachable. Confirm with RCM/Admin 1130/1131/1043 (50282/50283).',
      },
    ],
  },
  explanation: [
    'Remote Desktop Services has no license server to use: no license server is specified (event {noServer.eventId} at {noServer.time}).',
    'Remote Desktop Services could not contact its license server (event {unreachable.eventId} at {unreachable.time}).',
    'The license server it tried is {unreachable.Param1}.',
    'The license server it tried is {unreachable.Data[0]}.',
    'Remote Desktop Services cannot communicate with a license server (event {notAllowed.eventId} at {notAllowed.time}); this usually means the RD Session Host is missing from that server\'s "RDS Endpoint Servers" group.',
    'The license server named is {notAllowed.Param1}.',
    'The license server named is {notAllowed.Data[0]}.',
    "The license server does not support this RD Session Host's Windows version (event {serverTooOld.eventId} at {serverTooOld.time}).",
    'The certificate the license server issued to this RD Session Host is invalid (event {serverCertificate.eventId} at {serverCertificate.time}).',
    'Per User licensing information could not be read from Active Directory (event {perUserAd.eventId}).',
    'RdpCoreTS reported protocol error {x224.ErrorCode} in component {x224.ComponentName} (event 97), which Microsoft ties to a bad licensing certificate.',
    'The license server itself logged TermServLicensing event {licenseServerState.eventId} at {licenseServerState.time} (not activated, corrupt certificates or unable to issue licences).',
    'The connection from {attempt.client} stopped during licensing and never reached a session.',
    'The client reported {clientLicensing.Value|mstsc}.',
  ],
  remediation: [
    'Run the RD Licensing Diagnoser (lsdiag.msc) on the RD Session Host: it shows the configured license servers, the licensing mode and what is wrong with each.',
    'Specify the license server: Server Manager → Remote Desktop Services → Deployment Properties → RD Licensing, or Computer Configuration → Administrative Templates → Windows Components → Remote Desktop Services → Remote Desktop Session Host → Licensing → "Use the specified Remote Desktop license servers" (HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services `LicenseServers`).',
    'Open the path from the RD Session Host to the license server (RPC: TCP 135 and the dynamic RPC ports, SMB 445); test with `Test-NetConnection <licenseserver> -Port 135`.',
    'On the license server, add the RD Session Host computer account to the local group "RDS Endpoint Servers" (and, for Per User in a domain, the license server to "Terminal Server License Servers"), and make sure the server is activated (RD Licensing Manager).',
    'Invalid license-server certificate (1133 / 50285, or RdpCoreTS 97 X.224): on the RD Session Host export HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\RCM as a backup, delete only the values `Certificate`, `X509 Certificate`, `X509 Certificate ID` and `X509 Certificate2`, then reboot; they are recreated. The reboot ends every session on the server: plan it for a maintenance window.',
    'The license server must run a Windows Server version equal to or newer than the RD Session Hosts it serves (1132 / 50284).',
  ],
  sample: {
    description:
      "Five RD Session Hosts, each failing in licensing for its own license-server reason: RDSH01 cannot contact LS01 (50283 = 1131); RDSH02 has none specified (50282 = 1130; the client logs 2056); RDSH03 is not in LS01's RDS Endpoint Servers group (50195 = 1043) nor able to read Per User data from AD (50213 = 1061); RDSH04 was upgraded past its license server LS02 (50284 = 1132); RDSH05 is its own license server with corrupt certificates (TermServLicensing 17, 50285 = 1133, RdpCoreTS 97 X.224).",
    file: 'samples/patterns/licensing-server-unavailable/sample.xml',
  },
} as const satisfies Pattern;
