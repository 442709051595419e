import { attackTechnique } from '../attack-techniques.js';
import { processStarts } from '../clauses.js';
import type { AttackFindingDefinition } from '../types.js';

/** Tools that forward a port; their process and network events are kept even when no command line is logged. */
export const TUNNEL_TOOLS = '(plink|ssh|ngrok|chisel|socat|frpc|cloudflared|ligolo|gost|rathole|ncat|nc)(\\.exe)?$';

/**
 * Remote Desktop carried through a tunnel on the computer itself (T1572): logons from the loopback or an IPv4
 * link-local address, and the tool that carried them (plink or ssh `-R/-L …3389`, ngrok, chisel, `netsh interface
 * portproxy`), found from its process start (Security 4688, Sysmon 1) and its connections (Security 5156, Sysmon 3):
 * the forwarder's connection to 3389 on the loopback, and its connection out to the far end a responder must block
 * next. The detector is src/diagnose/attacks/tunnel-tools.ts and the tunnel part of src/diagnose/attacks/attack-path.ts.
 */
export const rdpTunnel: AttackFindingDefinition = {
  id: 'rdp-tunnel',
  title: 'Remote Desktop through a tunnel',
  summary:
    'Remote Desktop logons from the loopback or an IPv4 link-local address: a tunnel on the computer itself (plink, ssh, ngrok, chisel, portproxy) carried them, hiding the real client; the tool, who started it and its far end named where the logs show them.',
  status: 'test',
  techniques: [attackTechnique('TA0011', 'T1572'), attackTechnique('TA0008', 'T1021.001')],
  references: [
    'https://attack.mitre.org/techniques/T1572/',
    'https://www.mandiant.com/resources/blog/bypassing-network-restrictions-through-rdp-tunneling',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-5156',
    'https://learn.microsoft.com/en-us/windows-server/networking/technologies/netsh/netsh-interface-portproxy',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/builtin/security/win_security_rdp_localhost_login.yml',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/process_creation/proc_creation_win_plink_port_forwarding.yml',
    'https://github.com/sbousseaden/EVTX-ATTACK-SAMPLES/tree/master/Command%20and%20Control',
  ],
  reads: [
    // A tool that forwards ports, or any command that forwards 3389 (plink/ssh -R/-L, chisel R:, portproxy).
    ...processStarts({ image: { regex: `(^|\\\\)${TUNNEL_TOOLS}` } }, { commandLine: { regex: '3389|portproxy' } }),
    // netsh's port proxy as its registry value (Sysmon 13 on …\\Services\\PortProxy\\v4tov4\\tcp\\<listen>/<port>).
    {
      provider: 'Microsoft-Windows-Sysmon',
      eventId: 13,
      fields: { TargetObject: { regex: '\\\\PortProxy\\\\v[46]tov[46]\\\\' } },
    },
    // Its deletion, which ends it as a Remote Desktop port (src/correlate/rdp-ports.ts): `netsh interface portproxy
    // delete …` however abbreviated.
    ...processStarts({ commandLine: { regex: 'netsh.*\\sp\\w*\\s+d\\w*\\s+v' } }),
    // Connections allowed by the firewall (5156) and Sysmon's network connections: to 3389, or by such a tool.
    { channel: 'Security', eventId: 5156, fields: { DestPort: '3389' } },
    { channel: 'Security', eventId: 5156, fields: { Application: { regex: `(^|\\\\)${TUNNEL_TOOLS}` } } },
    { provider: 'Microsoft-Windows-Sysmon', eventId: 3, fields: { DestinationPort: '3389' } },
    { provider: 'Microsoft-Windows-Sysmon', eventId: 3, fields: { Image: { regex: `(^|\\\\)${TUNNEL_TOOLS}` } } },
    // Inbound TCP to a service host on any port: who used a port proxy (its listen port), and Remote Desktop moved
    // to another port (src/correlate/rdp-ports.ts decides which ports are the computer's Remote Desktop's).
    {
      channel: 'Security',
      eventId: 5156,
      fields: { Direction: { regex: '14592|^Inbound$' }, Application: { regex: '\\\\svchost\\.exe$' } },
    },
    {
      provider: 'Microsoft-Windows-Sysmon',
      eventId: 3,
      fields: { Initiated: { regex: '^false$' }, Image: { regex: '\\\\svchost\\.exe$' } },
    },
  ],
  falsePositives: [
    'An administrator who tunnels Remote Desktop over SSH on purpose (a jump host, a bastion, a lab): the same events. Ask them; an approved tunnel is still worth moving to an RD Gateway.',
    'A local mstsc to any loopback address (127.0.0.2, localhost, [::1]; testing, a second session on one’s own computer): not told when the computer’s own RDPClient 1024 names that loopback address (on the listener’s port) up to two minutes before the logon.',
    'The computer’s own account (`NAME$`) signing in from the loopback: Windows itself, never told.',
    'An office LAN client with an IPv6 link-local address (fe80::…%N): a LAN peer, never told as a tunnel.',
  ],
  remediation: [
    'Stop the tunnel: end the process named (or remove the portproxy rule: `netsh interface portproxy delete v4tov4 listenport=<port>`), and block its far end at the perimeter.',
    'Treat the account that started it as compromised unless an administrator set it up on purpose: reset its password and review what the tunnelled sessions did (Security 4624/4688, new services and scheduled tasks).',
    'Find the tunnel where the logs do not name it: the process listening on or connecting to 3389 at that time (Sysmon 3, Security 5156 with the process name, `netstat -anob`).',
    'Block outbound SSH and tunnelling tools (ssh, plink, ngrok, chisel) where they are not needed, and audit process creation with command lines and Filtering Platform Connection (5156) to see the next one.',
  ],
  samples: [
    {
      description:
        'CORP\\dev01 starts plink on WS-DEV07 with `-R 3389:127.0.0.1:3389` to 203.0.113.50 (4688, 5156 to 203.0.113.50:22 and 127.0.0.1 → 3389); a failed and a successful Remote Desktop logon from 127.0.0.1 follow.',
      file: 'samples/findings/rdp-tunnel/plink.xml',
    },
    {
      description:
        'CORP\\svc.deploy sets up `netsh i p a v l=8443 c=192.0.2.41 connectp=3389` on JUMP-GW03; Security 5156 shows 203.0.113.77 (twice) and 198.51.100.23 connecting into 8443, each handed on to 192.0.2.41:3389: who used the proxy, when, and the inside target (SQL-DB04’s own logs in the same scenario name the logon each made).',
      file: 'samples/portproxy-far-end/JUMP-GW03-Security.xml',
    },
    {
      description:
        'CORP\\r.berg runs plink on DEV-WS09 with `-R 127.0.0.3:4444:127.0.0.2:3389` to 203.0.113.66:443, seen only by Sysmon: its two forwarded connections and TermService’s own record of each (written with the listener as the source) are two connections from the loopback, both cited.',
      file: 'samples/findings/rdp-tunnel/plink-sysmon.xml',
    },
    {
      description:
        'A port proxy on JUMP-GW05 (8443 → SQL-DB06:3389) forwards 203.0.113.77 and, 1.5 s later, 198.51.100.23; SQL-DB06 logs each logon with its client port (4625, 4624 `IpPort`), the same as the proxy’s 5156 `SourcePort`: each logon joined to its own client. A minute later an administrator’s own mstsc on JUMP-GW05 signs in to SQL-DB06 from the same address on another port: not the proxy’s.',
      file: 'samples/findings/rdp-tunnel/portproxy-ports.xml',
    },
  ],
  nearMisses: [
    {
      file: 'samples/findings/rdp-tunnel/near-miss.xml',
      why: 'A LAN client with an IPv6 link-local address signs in, and an administrator runs ssh to a build server without forwarding anything: no tunnel.',
    },
    {
      file: 'samples/findings/rdp-tunnel/near-miss-local-mstsc.xml',
      why: 'An administrator’s own mstsc to 127.0.0.2 (its RDPClient 1024 names it) signs in from 127.0.0.1, and the workstation’s machine account signs in from ::1: no tunnel.',
    },
  ],
};
