import { attackTechnique } from '../attack-techniques.js';
import { processStarts } from '../clauses.js';
import type { AttackFindingDefinition } from '../types.js';

/**
 * The accessibility programs the logon screen starts before anyone signs in (Shift five times, Win+U, the on-screen
 * keyboard, the magnifier, the narrator, Win+P, the accessibility broker): each runs as SYSTEM there, so one made to
 * start a shell is a shell as SYSTEM for anyone who reaches the logon screen, over Remote Desktop too.
 */
export const ACCESSIBILITY_TOOLS: readonly string[] = [
  'sethc.exe',
  'utilman.exe',
  'osk.exe',
  'magnify.exe',
  'narrator.exe',
  'displayswitch.exe',
  'atbroker.exe',
];

/**
 * What a backdoor puts in a tool's place: a shell or script host, or a living-off-the-land program that runs
 * commands (as a base name, lower case). A debugger (vsjitdebugger, windbg, procexp) is none of these.
 */
export const BACKDOOR_SHELLS =
  /^(cmd|powershell|powershell_ise|pwsh|wscript|cscript|mshta|rundll32|regsvr32|wt|bash|wsl|explorer|taskmgr|net|net1|msbuild|installutil)\.exe$/i;

/**
 * Programs run from a shell that no accessibility program starts: one of them (or a shell) started by the tool
 * itself means the tool's file is a shell.
 */
export const SHELL_COMMANDS =
  /^(net|net1|whoami|reg|sc|schtasks|wmic|certutil|bitsadmin|quser|query|qwinsta|tscon|takeown|icacls|systeminfo|tasklist|nltest|ipconfig|hostname|msiexec|curl|ftp|tftp)\.exe$/i;

/** Folders any user may write to: a program there put in a tool's place is as good as a shell. */
export const USER_WRITABLE =
  /\\(users|programdata|perflogs|temp|tmp|\$recycle\.bin)\\|\\windows\\(temp|tasks|tracing)\\/i;

/** Windows' own servicing, which replaces these files on update. */
export const SERVICING_IMAGES = /^(trustedinstaller|tiworker|wuauclt|usoclient|dismhost|sfc)\.exe$/i;

/** How long after the shell opened what it did is still its doing, when no process record ends it. */
export const SHELL_ACTS_MINUTES = 60;

/** How each is started at the logon screen, in a responder's words. */
export const TOOL_KEYS: Readonly<Record<string, string>> = {
  'sethc.exe': 'pressing Shift five times (Sticky Keys)',
  'utilman.exe': 'Win+U or the Ease of Access button',
  'osk.exe': 'the on-screen keyboard',
  'magnify.exe': 'the Magnifier',
  'narrator.exe': 'Ctrl+Win+Enter (Narrator)',
  'displayswitch.exe': 'Win+P',
  'atbroker.exe': 'the accessibility broker (any accessibility tool)',
};

/** A shell or a command, as a process record's image path (what winlogon or a tool must not start). */
const STARTED = `\\\\(${[BACKDOOR_SHELLS, SHELL_COMMANDS].map((r) => r.source.replace(/^\^\(|\)\\\.exe\$$/g, '')).join('|')})\\.exe$`;

const TOOLS = 'sethc|utilman|osk|magnify|narrator|displayswitch|atbroker';

/**
 * The sticky-keys backdoor and its kin (T1546.008): an accessibility program the logon screen starts given a
 * `Debugger` under Image File Execution Options, or its file in System32 replaced, so that the logon screen opens a
 * shell as SYSTEM without a password, from the console or any Remote Desktop logon screen (with NLA off, or after it).
 * Told from each trace (the registry value, the command that set it, the file written, the shell started by
 * winlogon with the tool's name), joined to the Remote Desktop connection whose logon screen ran it (Sysmon's
 * `TerminalSessionId`) and to what that shell did (accounts made, group members added). The detector is
 * src/diagnose/attacks/accessibility-backdoor.ts.
 */
export const accessibilityBackdoor: AttackFindingDefinition = {
  id: 'accessibility-backdoor',
  title: 'Accessibility program backdoored: a SYSTEM shell at the logon screen',
  summary:
    'sethc, utilman, osk, magnify, narrator, displayswitch or atbroker given a debugger that is a shell (Image File Execution Options) or replaced in System32, or a shell started by winlogon in its place: anyone at the logon screen, over Remote Desktop too, gets a SYSTEM shell without signing in.',
  status: 'test',
  techniques: [
    attackTechnique('TA0003', 'T1546.008'),
    attackTechnique('TA0004', 'T1546.008'),
    attackTechnique('TA0003', 'T1136.001'),
    attackTechnique('TA0008', 'T1021.001'),
  ],
  references: [
    'https://attack.mitre.org/techniques/T1546/008/',
    'https://learn.microsoft.com/en-us/archive/blogs/jonathantrull/detecting-sticky-key-backdoors',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/registry/registry_event/registry_event_stickykey_like_backdoor.yml',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/process_creation/proc_creation_win_cmd_sticky_key_like_backdoor_execution.yml',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/process_creation/proc_creation_win_reg_install_reg_debugger_backdoor.yml',
    'https://github.com/NextronSystems/APTSimulator',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4657',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4663',
    'https://learn.microsoft.com/en-us/sysinternals/downloads/sysmon',
  ],
  reads: [
    {
      provider: 'Microsoft-Windows-Sysmon',
      eventId: 13,
      fields: { TargetObject: { regex: `\\\\Image File Execution Options\\\\(${TOOLS})\\.exe\\\\Debugger$` } },
    },
    {
      channel: 'Security',
      eventId: 4657,
      fields: { ObjectName: { regex: `\\\\Image File Execution Options\\\\(${TOOLS})\\.exe$` } },
    },
    {
      provider: 'Microsoft-Windows-Sysmon',
      eventId: 11,
      fields: { TargetFilename: { regex: `\\\\(system32|syswow64)\\\\(${TOOLS})\\.exe$` } },
    },
    {
      channel: 'Security',
      eventId: 4663,
      fields: { ObjectName: { regex: `\\\\(system32|syswow64)\\\\(${TOOLS})\\.exe$` } },
    },
    // The command that set the debugger or copied a shell over the tool; the shell winlogon (or the tool) started.
    ...processStarts({ commandLine: { regex: `\\b(${TOOLS})\\.exe\\b` } }),
    {
      provider: 'Microsoft-Windows-Sysmon',
      eventId: 1,
      fields: { ParentImage: { regex: `\\\\(winlogon|${TOOLS})\\.exe$` }, Image: { regex: STARTED } },
    },
    { provider: 'Microsoft-Windows-Sysmon', eventId: 1, fields: { Image: { regex: `\\\\(${TOOLS})\\.exe$` } } },
    // What the shell did, as SYSTEM (the shell's account): the commands it started, accounts made, members added.
    // (A 4688 is kept by its command line and image alone, read first: net.exe is what such a shell runs most.)
    { channel: 'Security', eventId: 4688, fields: { NewProcessName: { regex: '\\\\(net|net1|whoami)\\.exe$' } } },
    { channel: 'Security', eventId: 4688, fields: { NewProcessName: { regex: `\\\\(${TOOLS})\\.exe$` } } },
    {
      provider: 'Microsoft-Windows-Sysmon',
      eventId: 1,
      fields: {
        User: { regex: '\\\\SYSTEM$' },
        Image: { regex: '\\\\(net|net1|powershell|pwsh|reg|whoami|wmic|sc|schtasks)\\.exe$' },
      },
    },
    { channel: 'Security', eventId: [4720, 4728, 4732, 4756], fields: { SubjectUserSid: 'S-1-5-18' } },
  ],
  falsePositives: [
    'A support or developer tool registered as the debugger of one of these programs (Visual Studio’s vsjitdebugger, WinDbg, Process Explorer): not told unless it is a shell, a script host, or lives in a folder any user can write to.',
    'Windows Update or sfc replacing sethc.exe, utilman.exe… (TrustedInstaller, TiWorker): not told.',
    'A penetration test or a red-team exercise (APTSimulator sets the sticky-keys debugger on purpose): told, since only whoever ran it can say it was one.',
    'A person pressing Shift five times at the logon screen starts sethc.exe itself (no shell): not told.',
  ],
  remediation: [
    'Remove the debugger: `reg delete "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\sethc.exe" /v Debugger /f` (and the same for each tool named), and restore replaced files with `sfc /scannow` (or `DISM /Online /Cleanup-Image /RestoreHealth`).',
    'Treat the computer as compromised: whoever set it had administrator rights, and anyone who reached its logon screen had SYSTEM. Remove the accounts and group members the shell added, reset the passwords of accounts used on it, and review what ran as SYSTEM since (Security 4688, new services and scheduled tasks).',
    'Keep Network Level Authentication on (`UserAuthentication` = 1): the logon screen is then reached only after valid credentials, not by anyone who can connect; restrict TCP 3389 to the administrators’ computers.',
    'Audit Image File Execution Options (Sysmon 13 on `…\\Image File Execution Options\\*\\Debugger`, or a SACL for 4657) and writes to these files in System32 (Sysmon 11, 4663), so the next change names its author.',
  ],
  samples: [
    {
      description:
        'CORP\\t.brandt sets sethc.exe’s Debugger to cmd.exe on FS02 (reg.exe, Sysmon 1 and its Sysmon 13); hours later a connection from 198.51.100.77 reaches the logon screen (session 3), winlogon starts `cmd.exe sethc.exe 211` as SYSTEM in session 3, which creates the account support_x and adds it to Administrators; support_x then signs in over Remote Desktop from the same address.',
      file: 'samples/findings/accessibility-backdoor/sticky-keys.xml',
    },
    {
      description:
        'Only the Security log of WEB03: utilman.exe replaced by a copy of cmd.exe (`copy` in 4688, 4663 writing System32\\utilman.exe), then utilman.exe started by winlogon runs `net user` and `net localgroup administrators … /add` (4688, 4720, 4732).',
      file: 'samples/findings/accessibility-backdoor/utilman-replaced.xml',
    },
  ],
  nearMisses: [
    {
      file: 'samples/findings/accessibility-backdoor/near-miss.xml',
      why: 'A developer registers vsjitdebugger.exe as osk.exe’s debugger and Process Explorer as Task Manager’s replacement; TrustedInstaller replaces sethc.exe during an update; a user presses Shift five times at the logon screen (winlogon starts sethc.exe, no shell): nothing is a backdoor.',
    },
  ],
};
