import { attackTechnique } from '../attack-techniques.js';
import { processStarts } from '../clauses.js';
import type { AttackFindingDefinition } from '../types.js';

/**
 * Remote Desktop's client turned to an attacker's use, on the computer that connects: a program that is no Remote
 * Desktop client loading mstsc's ActiveX control (mstscax.dll, Sysmon 7: SharpRDP and its kin drive a session from a
 * console program to run commands on the target), a Remote Desktop tool given a password on its command line
 * (SharpRDP `password=`, xfreerdp `/p:`, cmdkey `/pass:` for `TERMSRV/…`), and mstsc.exe writing into the client's
 * Startup folder (a server the client connected to, through drive redirection, planting a program that runs at the
 * client's next sign-in). The detector is src/diagnose/attacks/rdp-client-abuse.ts.
 */
/**
 * What to do when the only act is a Remote Desktop credential stored with its password on the command line
 * (`cmdkey /generic:TERMSRV/<host> /user:… /pass:…`): a saved credential, not an attack tool.
 */
export const STORED_CREDENTIAL_REMEDIATION: readonly string[] = [
  'Change the password of the account stored: it sits in clear in the process audit log (4688, Sysmon 1) for anyone who reads it.',
  'Remove the stored credential unless it is meant to be there (`cmdkey /list`, `cmdkey /delete:TERMSRV/<host>`), and keep passwords from being saved for Remote Desktop (Group Policy: Remote Desktop Connection Client > "Do not allow passwords to be saved").',
  'Prefer Remote Credential Guard (`mstsc /remoteGuard`) or a vault over stored passwords; check who else signs in on this computer, since Credential Manager hands the credential to whoever runs mstsc as that user.',
];

export const rdpClientAbuse: AttackFindingDefinition = {
  id: 'rdp-client-abuse',
  title: "Remote Desktop's client used for an attack",
  summary:
    'A program that is no Remote Desktop client loading mstscax.dll, a Remote Desktop tool with a password on its command line, or mstsc.exe writing into the Startup folder through drive redirection.',
  status: 'test',
  techniques: [
    attackTechnique('TA0008', 'T1021.001'),
    attackTechnique('TA0006', 'T1552'),
    attackTechnique('TA0003', 'T1547.001'),
  ],
  references: [
    'https://github.com/0xthirteen/SharpRDP',
    'https://posts.specterops.io/revisiting-remote-desktop-lateral-movement-8fb905cb46c3',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/image_load/image_load_dll_mstscax_load_by_non_rdp_process.yml',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/file/file_event/file_event_win_mstsc_remote_file_to_startup.yml',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/process_creation/proc_creation_win_hktl_sharp_rdp.yml',
    'https://www.cyberark.com/resources/threat-research-blog/explain-like-i-m-5-remote-desktop-protocol-rdp',
  ],
  reads: [
    { provider: 'Microsoft-Windows-Sysmon', eventId: 7, fields: { ImageLoaded: { regex: '\\\\mstscax\\.dll$' } } },
    {
      provider: 'Microsoft-Windows-Sysmon',
      eventId: 11,
      fields: {
        Image: { regex: '\\\\mstsc\\.exe$' },
        TargetFilename: { regex: '\\\\Start Menu\\\\Programs\\\\Startup\\\\' },
      },
    },
    ...processStarts({ commandLine: { regex: '(password=|/p:|/pass:|-pw\\s|-p\\s)' } }),
  ],
  falsePositives: [
    'A connection manager or help desk console installed under Program Files that embeds the Remote Desktop control (RDCMan, mRemoteNG, Royal TS, Devolutions, a vendor’s support console): not told; one run from a user’s folder, Temp or a share is.',
    'An administrator’s script that gives xfreerdp or cmdkey a password in clear: told, since the password now sits in the process audit log for anyone who reads it.',
    'A user saving a file from the remote session onto their own Desktop or Documents: not told; only the Startup folder is.',
  ],
  remediation: [
    'Find what the program did: its process tree (Sysmon 1, 4688) and the sessions it opened on the target (its Security 4624 type 10 and what ran in them), and remove it.',
    'Change every password written on a command line, and clear it from where it was kept (scripts, scheduled tasks); use Credential Manager or a vault instead.',
    'Delete what mstsc wrote into the Startup folder before the next sign-in, treat the server it connected to as compromised, and turn off drive redirection (`fDisableCdm`) for connections to untrusted servers.',
  ],
  samples: [
    {
      description:
        'On WS-HR03, SharpRDP.exe from the user’s Downloads loads mstscax.dll with `username=… password=…` on its command line; later mstsc.exe writes update.exe into the user’s Startup folder.',
      file: 'samples/findings/rdp-client-abuse/sharprdp-client.xml',
    },
  ],
  nearMisses: [
    {
      file: 'samples/findings/rdp-client-abuse/near-miss.xml',
      why: 'A help desk console installed under Program Files loads mstscax.dll, mstsc saves a report to Documents, and cmdkey lists saved credentials: nothing abused.',
    },
  ],
};
