import { attackTechnique } from '../attack-techniques.js';
import type { AttackFindingDefinition } from '../types.js';

/** `TargetInfo` / `TargetServerName` of a 4648 that names Remote Desktop on a computer: `TERMSRV/<host>`. */
export const TERMSRV = '^TERMSRV/';

/**
 * The client side's trace of who went where (T1078, T1021.001): Windows logs Security 4648 ("A logon was attempted
 * using explicit credentials") on the computer a Remote Desktop connection is made from when its user gives other
 * credentials than their own sign-in's (typed into mstsc's prompt, or saved for that computer), with the target
 * `TERMSRV/<host>`: from a jump host, the account used and where it went. Joined to the connection it opened when the
 * run holds it; otherwise a finding listing account → target. The detector is src/diagnose/attacks/explicit-credentials.ts.
 */
export const explicitCredentials: AttackFindingDefinition = {
  id: 'explicit-credentials',
  title: 'Explicit credentials used for Remote Desktop to another computer',
  summary:
    'Security 4648 to TERMSRV/<host> on the computer a Remote Desktop connection was made from: who was signed in there, the account whose credentials they used, and the computer they went to.',
  status: 'experimental',
  techniques: [attackTechnique('TA0008', 'T1021.001'), attackTechnique('TA0005', 'T1078')],
  references: [
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4648',
    'https://attack.mitre.org/techniques/T1021/001/',
    'https://attack.mitre.org/techniques/T1078/',
  ],
  reads: [
    { channel: 'Security', eventId: 4648, fields: { TargetInfo: { regex: TERMSRV } } },
    { channel: 'Security', eventId: 4648, fields: { TargetServerName: { regex: TERMSRV } } },
  ],
  falsePositives: [
    'An administrator using a separate admin account from a jump host, as tiered administration asks: the same event, every day. It is information (a list of who went where), an alert only when an attacker’s session was open on that computer at the time.',
    'Saved credentials (mstsc’s “Remember me”, cmdkey /add:TERMSRV/<host>) log it on every connection, also with the user’s own account.',
    '4648 to other targets (`localhost` by winlogon at sign-in, `cifs/…`, `HTTP/…`, a scheduled task’s account) is not Remote Desktop and never told.',
  ],
  remediation: [
    'Check each account → computer pair against who should administer that computer; an account used from a computer its owner does not work at is someone else’s.',
    'When an attacker’s session was open on the computer at the time, treat the account whose credentials were used as compromised (reset its password) and examine the computer it went to (rdpdiag collect there).',
    'Do not leave saved Remote Desktop credentials on jump hosts (cmdkey /list; Group Policy “Do not allow passwords to be saved”), and prefer Remote Credential Guard or Restricted Admin, which send no reusable credentials.',
  ],
  samples: [
    {
      description:
        'On the jump host JUMP01, CORP\\m.weber opens Remote Desktop to APP05 with CORP\\adm.weber’s credentials (RDPClient 1024, 4648 TERMSRV/APP05 by lsass.exe): joined to that connection. Later a 4648 to TERMSRV/SQL03 whose connection the logs do not hold: a finding listing account → target.',
      file: 'samples/findings/explicit-credentials/jump-host.xml',
    },
  ],
  nearMisses: [
    {
      file: 'samples/findings/explicit-credentials/near-miss.xml',
      why: '4648 to localhost by winlogon at sign-in, to cifs/APP05 for a mapped drive and to a scheduled task’s account: none names TERMSRV/, none is Remote Desktop.',
    },
  ],
};
