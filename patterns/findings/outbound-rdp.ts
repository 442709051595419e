import { attackTechnique } from '../attack-techniques.js';
import type { AttackFindingDefinition } from '../types.js';

/**
 * The programs that are Remote Desktop clients (file names, lower case): Microsoft's own (mstsc, the Remote Desktop
 * app and Windows App's msrdc/msrdcw, RDCMan) and the administrators' connection managers that embed the same
 * control (mRemote/mRemoteNG, Royal TS, Remote Desktop Manager, Terminals, MobaXterm's RDP engine). Their connections
 * to 3389 are a person's Remote Desktop; any other program opening 3389 speaks RDP itself.
 */
export const RDP_CLIENTS = [
  'mstsc.exe',
  'msrdc.exe',
  'msrdcw.exe',
  'rdclient.windows.exe',
  'rdcman.exe',
  'mremote.exe',
  'mremoteng.exe',
  'royalts.exe',
  'rtsapp.exe',
  'rts2app.exe',
  'remotedesktopmanager.exe',
  'remotedesktopmanager64.exe',
  'remotedesktopmanagerfree.exe',
  'terminals.exe',
  'mobarte.exe',
] as const;

/**
 * Windows' own services that connect to session hosts on 3389: an RD Gateway's service (svchost.exe, TSGateway),
 * the kernel (`System`) for its own connections.
 */
export const RDP_SERVICES = ['svchost.exe', 'system'] as const;

/**
 * What to do when a domain controller opened Remote Desktop to another computer (the finding of a domain controller).
 */
export const DOMAIN_CONTROLLER_REMEDIATION = [
  'Find who was signed in to the domain controller then (Security 4624 logon type 10 or 2, and 4648 to TERMSRV/<destination> for the account used) and ask them; no one should: a domain controller is administered from a privileged access workstation, never used as a jump host.',
  'If no administrator did it, treat the domain as compromised: the account signed in there is trusted by every computer. Examine the destination (rdpdiag collect) and its sessions at that time, and reset the accounts used on both.',
  'Block outbound TCP 3389 from domain controllers (host firewall, network segmentation), and keep RDPClient, Sysmon 3 or Audit Filtering Platform Connection (5156) logging there to see the next one.',
] as const;

/**
 * Remote Desktop opened to another computer by a program that is no Remote Desktop client (T1021.001): SharpRDP,
 * a Python or Go RDP library, a RAT's module, an SSH server forwarding into the network. Found from the connection
 * itself (Sysmon 3, Security 5156 outbound to port 3389), since such programs write no RDPClient log. From a
 * domain controller (its own events tell it: Kerberos 4768/4771), Remote Desktop to another computer by any client,
 * mstsc included (RDPClient 1024, Sysmon 3, 5156), since no one should start Remote Desktop there (Sigma's rules of
 * RDP from a domain controller). The detector is src/diagnose/attacks/outbound-rdp.ts.
 */
export const outboundRdp: AttackFindingDefinition = {
  id: 'outbound-rdp',
  title: 'Remote Desktop opened by a program that is no Remote Desktop client, or from a domain controller',
  summary:
    'An outbound connection to Remote Desktop (TCP 3389) made by a program other than mstsc or a known Remote Desktop client (Sysmon 3, Security 5156): lateral movement with a tool that leaves no RDPClient log (SharpRDP, Python and Go RDP libraries); or by any client, mstsc included (RDPClient 1024), from a domain controller.',
  status: 'experimental',
  techniques: [attackTechnique('TA0008', 'T1021.001')],
  references: [
    'https://attack.mitre.org/techniques/T1021/001/',
    'https://learn.microsoft.com/en-us/sysinternals/downloads/sysmon',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-5156',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/network_connection/net_connection_win_rdp_outbound_over_non_standard_tools.yml',
    'https://github.com/0xthirteen/SharpRDP',
  ],
  reads: [
    // Connections allowed by the firewall (5156) and Sysmon's network connections to 3389 (rdp-tunnel reads
    // them too: the loopback ones are a tunnel's, the others are this finding's).
    { channel: 'Security', eventId: 5156, fields: { DestPort: '3389' } },
    { provider: 'Microsoft-Windows-Sysmon', eventId: 3, fields: { DestinationPort: '3389' } },
    // A domain controller's mstsc: the client's own log (its attempts), the computer's role from Kerberos 4768/4771.
    { channel: 'RDPClient', eventId: 1024 },
  ],
  falsePositives: [
    'A Remote Desktop client this list does not know (a thin client’s own shell, another connection manager): name it and ask its owner; the finding names the program and its path so a known tool is recognised at a glance.',
    'A monitoring or inventory system checking that port 3389 answers (PRTG, Nagios, a vulnerability scanner): the same program from one server, to many hosts, at a fixed period. Ask its owner and leave it, or tune it out by path.',
    'mstsc, msrdc or an RD Gateway’s service opening 3389 is never told here: RDPClient logs mstsc’s connections, and the gateway connecting its users to session hosts is its work.',
    'A connection to 3389 on the loopback is a tunnel’s (rdp-tunnel), not told here; nor is UDP to port 3389 (a DNS server’s reply to a client whose own port happens to be 3389).',
    'An administrator using mstsc on a domain controller to reach another server: the usual cause of the domain controller’s finding, and still worth a look (a domain controller is no jump host; an intruder with a domain administrator does the same). Its connections that an attacker’s session opened are told once, as lateral movement, which says it left a domain controller.',
    'A domain controller is told from its own Security log (Kerberos 4768/4771): without that log in the run, mstsc on a domain controller is not told.',
  ],
  remediation: [
    'Find the program named: who started it (Security 4688 or Sysmon 1 of its process id), from where it came (its path, its file’s creation, Sysmon 11), and what else it did; a program in a user’s profile, Temp, ProgramData or Public folder is an intruder’s tool until shown otherwise.',
    'Examine the destination: collect its logs (rdpdiag collect) and look at the sessions opened from this computer at that time (Security 4624 logon type 10, RCM 1149, LSM 21), what they ran, and any Remote Desktop connection they opened from there.',
    'Treat the accounts used on this computer as compromised: reset their passwords and review their sign-ins elsewhere.',
    'Allow outbound TCP 3389 only from the administrators’ jump hosts (host firewall, network segmentation), and log connections (Sysmon 3, Audit Filtering Platform Connection for 5156) to see the next one.',
  ],
  samples: [
    {
      description:
        'CORP\\m.ortiz runs SharpRDP from C:\\Users\\Public on WS-0815 (Sysmon 1): it opens Remote Desktop to FS02 at 192.0.2.31 (Sysmon 3) and, an hour later, Security 5156 shows a Python client doing the same to 192.0.2.32.',
      file: 'samples/findings/outbound-rdp/sharprdp.xml',
    },
    {
      description:
        'DC01 answers Kerberos (4768, 4771: a domain controller); CORP\\adm.lee runs mstsc there to APP07 (RDPClient 1024, Sysmon 3), and APP07’s own logs hold the session.',
      file: 'samples/findings/outbound-rdp/domain-controller.xml',
    },
  ],
  nearMisses: [
    {
      file: 'samples/findings/outbound-rdp/near-miss.xml',
      why: 'mstsc.exe and msrdc.exe to 3389 (Sysmon 3 and 5156), an RD Gateway’s svchost.exe to its session host, plink’s connection to 3389 on the loopback (a tunnel’s), a browser to port 443 and an inbound Remote Desktop connection: none is a program of its own speaking RDP to another computer.',
    },
    {
      file: 'samples/findings/outbound-rdp/domain-controller-near-miss.xml',
      why: 'mstsc from a workstation (RDPClient 1024, Sysmon 3) to the same server, a domain controller that is only connected to (an administrator’s session on it) and its mstsc to itself (localhost): no Remote Desktop leaves a domain controller.',
    },
  ],
};
