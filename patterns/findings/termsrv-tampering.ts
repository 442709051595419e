import { attackTechnique } from '../attack-techniques.js';
import { processStarts } from '../clauses.js';
import type { AttackFindingDefinition } from '../types.js';

/**
 * One way Remote Desktop's own service is tampered with: where it shows (a registry value a Sysmon 13 or Security 4657
 * records, a command line of Security 4688 or Sysmon 1, a file or its permissions: Sysmon 11, Security 4670), and
 * whether a value is the tampered one. The detector (src/diagnose/attacks/termsrv-tampering.ts) reads only these.
 */
export interface TermsrvChange {
  /** Stable id, in the finding's JSON (`changes[].kind`). */
  readonly kind: 'service-dll' | 'termsrv-dll' | 'concurrent-sessions' | 'port-moved' | 'shadow-without-consent';
  /** What it does, in a responder's words ("{value}" is the new value). */
  readonly what: string;
  /** The registry value's path, its end (`\Parameters\ServiceDll`), as Sysmon 13 `TargetObject` or 4657 `ObjectName\ObjectValueName` end. */
  readonly value?: string;
  /** The new value that is the tampered one (Sysmon 13 `Details`, 4657 `NewValue`, `reg add … /d`). */
  readonly tampered?: string;
  /** A command line that does it. */
  readonly command?: string;
  /** A file (Sysmon 11 `TargetFilename`, 4670 `ObjectName`) whose writing or new permissions is the change. */
  readonly file?: string;
}

/** Ports of other services an attacker hides Remote Desktop behind (a moved port alone is an administrator's habit). */
export const BLENDING_PORTS = /^(21|22|25|53|80|110|443|445|993|995|8080|8443)$/;

export const TERMSRV_CHANGES: readonly TermsrvChange[] = [
  {
    kind: 'service-dll',
    what: "pointed Remote Desktop's service (TermService) at another DLL ({value}): RDP Wrapper's way to patch it",
    value: '\\\\TermService\\\\Parameters\\\\ServiceDll$',
    // Anything but Windows' own termsrv.dll (the expanded or %SystemRoot% path).
    tampered: '^(?!.*\\\\system32\\\\termsrv\\.dll"?\\s*$).+',
    command: '(TermService\\\\Parameters.*ServiceDll.*(?<!termsrv)\\.dll)|\\bRDPWInst(\\.exe)?\\b.*\\s-[io]\\b',
  },
  {
    kind: 'termsrv-dll',
    what: "took over termsrv.dll, Remote Desktop's own code (its owner or permissions changed, or the file replaced), to patch it",
    command: '\\b(takeown|icacls|cacls|setacl)(\\.exe)?\\b.*termsrv\\.dll',
    file: '\\\\system32\\\\termsrv\\.dll$',
  },
  {
    kind: 'concurrent-sessions',
    what: 'allowed several sessions at once ({value}): more Remote Desktop users beside the console’s than Windows allows',
    value: '\\\\Licensing Core\\\\EnableConcurrentSessions$|\\\\Winlogon\\\\AllowMultipleTSSessions$',
    tampered: '^(dword \\(?)?(0x0*1|1)\\)?$',
    command: '(EnableConcurrentSessions|AllowMultipleTSSessions).*/d\\s+(0x0*)?1\\b',
  },
  {
    kind: 'concurrent-sessions',
    what: 'let one account hold several sessions at once ({value})',
    value: '\\\\Terminal Server\\\\fSingleSessionPerUser$',
    tampered: '^(dword \\(?)?(0x0*0|0)\\)?$',
    command: 'fSingleSessionPerUser.*/d\\s+(0x0*)?0\\b',
  },
  {
    kind: 'port-moved',
    what: "moved Remote Desktop's listener to port {value}",
    value: '\\\\WinStations\\\\RDP-Tcp\\\\PortNumber$',
    tampered: '.',
  },
  {
    kind: 'shadow-without-consent',
    what: "let anyone with the right watch or take over users' sessions without asking them (Shadow {value})",
    value: '\\\\Terminal Services\\\\Shadow$|\\\\WinStations\\\\RDP-Tcp\\\\Shadow$',
    // 2: full control without the user's permission; 4: view without it.
    tampered: '^(dword \\(?)?(0x0*[24]|[24])\\)?$',
    command: '\\\\(Terminal Services|RDP-Tcp)\\b.*/v\\s+Shadow\\b.*/d\\s+(0x0*)?[24]\\b',
  },
];

/**
 * RDP Wrapper and the tampering of Remote Desktop's own service (T1112, T1021.001; ransomware and access brokers
 * use it to run several sessions on a workstation unseen): TermService's `ServiceDll` pointed at `rdpwrap.dll`,
 * termsrv.dll taken over (takeown, icacls, its file replaced), concurrent sessions enabled, the listener moved to a
 * port of another service, shadowing without consent. Every change names the account that made it: the event's own
 * (4688, 4657, 4670, Sysmon's `User`) or, when it names none, the process records of the process that made it.
 * The detector is src/diagnose/attacks/termsrv-tampering.ts.
 */
export const termsrvTampering: AttackFindingDefinition = {
  id: 'termsrv-tampering',
  title: "Remote Desktop's service tampered with (RDP Wrapper)",
  summary:
    "TermService's ServiceDll pointed away from termsrv.dll, termsrv.dll taken over or replaced, concurrent sessions enabled, the listener moved to another service's port, or shadowing without consent: Remote Desktop patched to let more in, unseen.",
  status: 'test',
  techniques: [
    attackTechnique('TA0005', 'T1112'),
    attackTechnique('TA0003', 'T1543.003'),
    attackTechnique('TA0008', 'T1021.001'),
  ],
  references: [
    'https://github.com/stascorp/rdpwrap',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/registry/registry_set/registry_set_servicedll_hijack.yml',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/registry/registry_set/registry_set_terminal_server_tampering.yml',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/registry/registry_set/registry_set_terminal_server_suspicious.yml',
    'https://learn.microsoft.com/en-us/windows/win32/termserv/terminal-services-shadowing',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4670',
    'https://learn.microsoft.com/en-us/sysinternals/downloads/sysmon',
  ],
  reads: [
    {
      provider: 'Microsoft-Windows-Sysmon',
      eventId: 13,
      fields: {
        TargetObject: {
          regex:
            '\\\\TermService\\\\Parameters\\\\ServiceDll$|\\\\Licensing Core\\\\EnableConcurrentSessions$|\\\\Winlogon\\\\AllowMultipleTSSessions$|\\\\Terminal Server\\\\fSingleSessionPerUser$|\\\\WinStations\\\\RDP-Tcp\\\\PortNumber$|\\\\(Terminal Services|RDP-Tcp)\\\\Shadow$',
        },
      },
    },
    {
      channel: 'Security',
      eventId: 4657,
      fields: {
        ObjectValueName: {
          regex:
            '^(ServiceDll|EnableConcurrentSessions|AllowMultipleTSSessions|fSingleSessionPerUser|PortNumber|Shadow)$',
        },
      },
    },
    { channel: 'Security', eventId: 4670, fields: { ObjectName: { regex: '\\\\termsrv\\.dll$' } } },
    { provider: 'Microsoft-Windows-Sysmon', eventId: 11, fields: { TargetFilename: { regex: '\\\\termsrv\\.dll$' } } },
    ...processStarts({
      commandLine: {
        regex:
          'termsrv\\.dll|ServiceDll|RDPWInst|rdpwrap|EnableConcurrentSessions|AllowMultipleTSSessions|fSingleSessionPerUser|\\bShadow\\b',
      },
    }),
    // The processes that write the registry for someone (PowerShell, cmd, scripts, an installer): who ran them, when the
    // change's own record names no one.
    {
      channel: 'Security',
      eventId: 4688,
      fields: {
        NewProcessName: { regex: '\\\\(powershell|pwsh|wmic|msiexec|mshta|wscript|cscript|RDPWInst|rdpconf)\\.exe$' },
      },
    },
    {
      provider: 'Microsoft-Windows-Sysmon',
      eventId: 1,
      fields: {
        Image: { regex: '\\\\(powershell|pwsh|cmd|wmic|msiexec|mshta|wscript|cscript|RDPWInst|rdpconf)\\.exe$' },
      },
    },
  ],
  falsePositives: [
    'An administrator moving the listener to another high port (3390, 33899) on purpose: not told alone; told when the port is another service’s (80, 443…) or comes with another change here.',
    'Windows Update replacing termsrv.dll (TrustedInstaller, TiWorker.exe): not told.',
    'A help desk that shadows with consent (Shadow 1 or 3): not told; without consent (2, 4) it is, since users no longer see who watches.',
    'A multi-session Windows (Server with the RD Session Host role) needs no RDP Wrapper: any of these changes on it is still worth asking about.',
  ],
  remediation: [
    'Restore Remote Desktop: set HKLM\\SYSTEM\\CurrentControlSet\\Services\\TermService\\Parameters\\ServiceDll back to %SystemRoot%\\System32\\termsrv.dll, uninstall RDP Wrapper (`RDPWInst -u`), run `sfc /scannow` to restore termsrv.dll and its owner (TrustedInstaller), and restart TermService (it drops every connection on the host: users in sessions are disconnected, their sessions stay; do it in a maintenance window).',
    'Undo the other changes: EnableConcurrentSessions and AllowMultipleTSSessions off, fSingleSessionPerUser 1, the listener back on its port, Shadow policy to 1 (with consent) or removed.',
    'Treat the account named as compromised unless an administrator did it on purpose: reset its password, and review the sessions on this computer since the change (several at once is what it was for).',
    'Audit registry changes to these values (Sysmon 13 or SACLs with 4657) and process creation with command lines, so the next change names its author.',
  ],
  samples: [
    {
      description:
        'RDP Wrapper installed on WS-FIN04 by CORP\\p.novak: takeown and icacls on termsrv.dll, ServiceDll set to rdpwrap.dll (Sysmon 13, naming no user: the PowerShell that wrote it does), EnableConcurrentSessions, the port moved to 80 and Shadow 2.',
      file: 'samples/findings/termsrv-tampering/rdpwrap.xml',
    },
  ],
  nearMisses: [
    {
      file: 'samples/findings/termsrv-tampering/near-miss.xml',
      why: 'An administrator moves the listener to 3390, Windows Update (TrustedInstaller) replaces termsrv.dll, and the help desk’s Shadow policy asks for consent (1): nothing tampered.',
    },
  ],
};
