import { attackTechnique } from '../attack-techniques.js';
import { processStarts } from '../clauses.js';
import type { AttackFindingDefinition } from '../types.js';

/**
 * Remote Desktop switched on or loosened (T1021.001's usual first step; Empire `enable_rdp`, many ransomware
 * playbooks): `fDenyTSConnections` set to 0 (reg.exe, PowerShell, WMI `SetAllowTSConnections`), the firewall opened
 * for 3389, the listener's port changed, Restricted Admin switched on (`DisableRestrictedAdmin` 0: RDP with a hash),
 * an account added to Remote Desktop Users; or loosened: Network Level Authentication off (`UserAuthentication` 0),
 * the security layer lowered to RDP security (`SecurityLayer` 0), shadowing without consent (`Shadow` 2 or 4). Information when an administrator did it and no one new came in; an
 * alert when a Remote Desktop logon from a source never seen before follows. The detector is
 * src/diagnose/attacks/rdp-enabled.ts.
 */
export const rdpEnabled: AttackFindingDefinition = {
  id: 'rdp-enabled',
  title: 'Remote Desktop was switched on or opened up',
  summary:
    'Remote Desktop allowed (fDenyTSConnections 0), the firewall opened for it, its port changed, Restricted Admin switched on, an account added to Remote Desktop Users, NLA switched off, the security layer lowered or shadowing allowed without consent; an alert when a sign-in from a new source follows.',
  status: 'test',
  techniques: [
    attackTechnique('TA0005', 'T1112'),
    attackTechnique('TA0005', 'T1562.004'),
    attackTechnique('TA0008', 'T1021.001'),
  ],
  references: [
    'https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-terminalservices-localsessionmanager-fdenytsconnections',
    'https://learn.microsoft.com/en-us/windows/win32/termserv/win32-terminalservicesetting-setallowtsconnections',
    'https://learn.microsoft.com/en-us/windows-server/remote/remote-desktop-services/clients/change-listening-port',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4688',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4657',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4732',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/registry/registry_set/registry_set_terminal_server_tampering.yml',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/process_creation/proc_creation_win_reg_enable_rdp.yml',
    'https://learn.microsoft.com/en-us/windows/win32/termserv/terminal-services-shadowing',
    'https://github.com/OTRF/Security-Datasets/tree/master/datasets/atomic/windows/defense_evasion/host',
  ],
  reads: [
    // The command that changed it (reg.exe, PowerShell, wmic, netsh, net localgroup), by its command line, in
    // Security and Sysmon (process creation; Sysmon's registry value set below), when it runs.
    ...processStarts({
      commandLine: {
        regex:
          'fDenyTSConnections|AllowTSConnections|rdtoggle|DisableRestrictedAdmin|PortNumber|remote ?desktop|remotedesktop|3389|-28752|UserAuthentication|SecurityLayer|\\bShadow\\b',
      },
    }),
    {
      provider: 'Microsoft-Windows-Sysmon',
      eventId: 13,
      fields: {
        TargetObject: {
          regex:
            '\\\\Terminal Server\\\\(fDenyTSConnections|WinStations\\\\RDP-Tcp\\\\PortNumber)$|\\\\Lsa\\\\DisableRestrictedAdmin$|\\\\(Terminal Services|RDP-Tcp)\\\\(UserAuthentication|SecurityLayer|Shadow)$',
        },
      },
    },
    // A registry value audited (object access auditing with a SACL on the key).
    {
      channel: 'Security',
      eventId: 4657,
      fields: {
        ObjectValueName: {
          regex: '^(fDenyTSConnections|PortNumber|DisableRestrictedAdmin|UserAuthentication|SecurityLayer|Shadow)$',
        },
      },
    },
    // Sessions shadowed after a change (view 20503, control 20506) and the users' consent (20508, 20510).
    {
      channel: 'RemoteConnectionManager/Operational',
      eventId: [20503, 20506, 20508, 20510],
    },
    // A member added to Remote Desktop Users (the builtin group's SID is the same everywhere).
    { channel: 'Security', eventId: 4732, fields: { TargetSid: 'S-1-5-32-555' } },
  ],
  falsePositives: [
    'An administrator enabling Remote Desktop on a new or rebuilt server, or a deployment tool (SCCM, Intune, Ansible, a golden image script) doing it: told as information, not an alert, unless a sign-in from a source never seen before follows.',
    'A help-desk script turning Remote Desktop on for a support session: the same; check the account that ran it and the client that then signed in.',
    'Turning Remote Desktop off (fDenyTSConnections 1), reading the setting (`reg query`) or closing the firewall is no finding.',
  ],
  remediation: [
    'Ask the account named whether it made the change. If not, treat it as compromised: reset its password and find how it gained administrator rights (Security 4624/4672 before the change).',
    'If a sign-in from a new source followed, treat that session as the intruder: review what it did (Security 4688, new services and scheduled tasks) and block the source.',
    'If Remote Desktop should be off on this computer, switch it off again (System Properties > Remote, or `reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server" /v fDenyTSConnections /t REG_DWORD /d 1 /f`) and enforce it by Group Policy (Computer Configuration > Administrative Templates > Windows Components > Remote Desktop Services > Remote Desktop Session Host > Connections > "Allow users to connect remotely by using Remote Desktop Services": Disabled).',
    'Limit who may change it: audit process creation with command lines and registry changes under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server (4657, Sysmon 13), and restrict TCP 3389 at the firewall to the administrators’ computers.',
  ],
  samples: [
    {
      description:
        'CORP\\it.admin runs `reg add … /v fDenyTSConnections /d 0` and `netsh advfirewall firewall set rule group="remote desktop" new enable=Yes` on FILE01 during working hours; no one new signs in: information.',
      file: 'samples/findings/rdp-enabled/admin.xml',
    },
    {
      description:
        'An intruder on APP02 (CORP\\svc.backup) switches Remote Desktop on with PowerShell, opens the firewall and adds svc.backup to Remote Desktop Users; 12 minutes later svc.backup signs in over RDP from 203.0.113.45, never seen before: an alert naming that sign-in.',
      file: 'samples/findings/rdp-enabled/followed.xml',
    },
    {
      description:
        'CORP\\r.okafor switches NLA off (reg.exe, seen by Sysmon 1, 4688 and 13: one change), lowers SecurityLayer to 0 and sets Shadow 2 on APP07; 192.0.2.140, which had only reached the logon screen before, then signs in: an alert.',
      file: 'samples/findings/rdp-enabled/loosened.xml',
    },
  ],
  nearMisses: [
    {
      file: 'samples/findings/rdp-enabled/near-miss-console-admin.xml',
      why: 'An administrator signed in at the console adds CORP\\m.silva to Remote Desktop Users, and m.silva signs in from her workstation: the access granted, in use; information, not an intrusion.',
    },
    {
      file: 'samples/findings/rdp-enabled/near-miss.xml',
      why: 'An administrator reads the setting (`reg query … /v fDenyTSConnections`) and then switches Remote Desktop off (`/d 1`): nothing was opened.',
    },
  ],
};
