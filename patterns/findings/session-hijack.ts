import { attackTechnique } from '../attack-techniques.js';
import { processStarts } from '../clauses.js';
import type { AttackFindingDefinition } from '../types.js';

/**
 * Someone took over another user's Remote Desktop session without its password (T1563.002): `tscon <id>
 * /dest:rdp-tcp#N` run as SYSTEM (which Windows lets connect any session, no password asked), often from a service
 * made for it, moves the victim's session onto the attacker's own connection. Windows then logs a reconnect (4778,
 * LSM 25) of the victim's session from the attacker's client, right after the attacker's own session left that
 * connection (4779, LSM 24). The detector is src/diagnose/attacks/session-hijack.ts.
 */
export const sessionHijack: AttackFindingDefinition = {
  id: 'session-hijack',
  title: "Another user's Remote Desktop session was taken over (RDP hijacking)",
  summary:
    "A session was connected to someone else's Remote Desktop connection without its owner signing in: tscon run as SYSTEM (directly or through a service made for it), or the reconnect's shape; or a service made to run it installed (a takeover prepared, the logs showing neither its run nor a reconnect).",
  status: 'test',
  techniques: [attackTechnique('TA0008', 'T1563.002')],
  references: [
    'https://attack.mitre.org/techniques/T1563/002/',
    'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/tscon',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4778',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4779',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4688',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4697',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/process_creation/proc_creation_win_tscon_localsystem.yml',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/process_creation/proc_creation_win_tscon_rdp_redirect.yml',
    'http://www.korznikov.com/2017/03/0-day-or-feature-privilege-escalation.html',
  ],
  reads: [
    // tscon itself, and the command (a service's cmd.exe /k tscon …) that ran it; who made or started a service
    // (`sc create|start <name>`, `net start <name>`): in Security 4688 and, where it runs, Sysmon 1.
    ...processStarts(
      { image: { regex: '(^|\\\\)tscon\\.exe$' } },
      { commandLine: { regex: '\\btscon(\\.exe)?"?\\s' } },
      { image: { regex: '(^|\\\\)(sc|net1?)\\.exe$' }, commandLine: { regex: '\\s(create|start)\\s' } },
    ),
    // A service installed to run tscon: Security 4697, System 7045 (Service Control Manager; no other provider
    // logs 7045 in System, so the id alone selects it).
    { channel: 'Security', eventId: 4697, fields: { ServiceFileName: { regex: '\\btscon' } } },
    { channel: 'System', eventId: 7045, fields: { ImagePath: { regex: '\\btscon' } } },
  ],
  falsePositives: [
    "An administrator moving their own session (`tscon <own id> /dest:console`, as RPA and UI-test robots do to keep a desktop alive): not told, since the session reconnected is the account's own or the console's, not someone else's on a remote connection.",
    "An administrator who knows the user's password connected to that user's session on purpose (Task Manager, Users, Connect; or `tscon <id> /password:…`): the same events (told when process events show no password-less tscon, with less confidence). Ask them; one person using another's session still breaks the rule that each uses their own account.",
    'A user reconnecting from a second computer after a disconnect is not one: their session was disconnected before (4779, LSM 24) and they signed in from the new client (4624 type 3/7/10, 1149).',
    'A service that runs tscon as SYSTEM onto a remote connection, installed by the session’s own owner: not told (their own session). Installed by anyone else and never seen to run, it is told as prepared, less sure: the logs cannot say whether it took the session.',
    'Without process events (the shape only): a session whose disconnect is missing from the logs given (a filtered export, a Security log that rolled over) and that reconnects from a computer whose sign-in is missing too looks the same; the confidence says so.',
  ],
  remediation: [
    "Treat the actor's account and the client computer named as compromised: running tscon as SYSTEM needs local administrator rights on this server. Reset that account's password, find how it became administrator, and collect the client computer's logs (rdpdiag collect).",
    "Treat the victim's account as used by the actor: everything open in the session (mail, browser sessions, mapped drives, saved credentials, an elevated console) was theirs to use. Reset its password and review what the session did after the takeover (Security 4688, 4624 from this server, new services and scheduled tasks).",
    'Remove what the actor left: the service made to run tscon (`sc.exe delete <name>`), and look for other services (4697, System 7045) and scheduled tasks (4698) from the same account.',
    'Leave no disconnected sessions to take: set "Set time limit for disconnected sessions" (Group Policy: Computer Configuration > Administrative Templates > Windows Components > Remote Desktop Services > Remote Desktop Session Host > Session Time Limits), and have administrators sign out rather than disconnect.',
    'Keep the evidence coming: audit process creation with command lines (Audit Process Creation, and "Include command line in process creation events"), security system extension for 4697, and Other Logon/Logoff Events for 4778/4779.',
  ],
  samples: [
    {
      description:
        "CORP\\j.smith, signed in from WS-0457, runs `tscon 2 /dest:rdp-tcp#7` as SYSTEM: CORP\\adm.keller's disconnected session 2 comes onto j.smith's connection.",
      file: 'samples/findings/session-hijack/sample.xml',
    },
    {
      description:
        'The same through a service: j.smith creates `upd8` (4697, System 7045: cmd.exe /k tscon 2 /dest:rdp-tcp#7, LocalSystem) and starts it; services.exe runs tscon as SYSTEM.',
      file: 'samples/findings/session-hijack/service.xml',
    },
    {
      description:
        "No process auditing: adm.keller's session, still connected from ADMIN-PC, reconnects from WS-0457 over j.smith's connection RDP-Tcp#7 the moment j.smith's own session leaves it; adm.keller never signed in from WS-0457.",
      file: 'samples/findings/session-hijack/shape-only.xml',
    },
    {
      description:
        'Prepared, never seen to run: j.smith creates `wupdsvc` (sc create, 4697, System 7045: cmd.exe /k tscon 2 /dest:rdp-tcp#57 as LocalSystem), then the logs end: no start, no tscon, no reconnect.',
      file: 'samples/findings/session-hijack/service-prepared.xml',
    },
    {
      description:
        'Sysmon and System only: System 7045 names its installer by SID, Sysmon 1 shows j.smith running sc create and sc start, then services.exe running cmd.exe /k tscon and tscon.exe as SYSTEM; no reconnect in the logs.',
      file: 'samples/findings/session-hijack/service-sysmon.xml',
    },
  ],
  nearMisses: [
    {
      file: 'samples/findings/session-hijack/near-miss.xml',
      why: 'adm.keller disconnected at 09:30 (4779, LSM 24) and reconnected from a second computer at 11:05 after signing in there (4624 type 3 and 7): her own reconnect.',
    },
    {
      file: 'samples/findings/session-hijack/near-miss-own-session.xml',
      why: 'A scheduled task running as SYSTEM moves the robot account’s own session to the console (`tscon 4 /dest:console`): its own session, onto no remote connection.',
    },
    {
      file: 'samples/findings/session-hijack/near-miss-prepared.xml',
      why: 'adm.keller runs `tscon 2 /dest:rdp-tcp#79` as herself to take back her own disconnected session, then installs `tscon-keepalive` (a vendor program that runs no tscon with /dest) and `TsconConsole` (tscon to the console); no reconnect follows.',
    },
  ],
};
