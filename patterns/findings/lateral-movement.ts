import { attackTechnique } from '../attack-techniques.js';
import type { AttackFindingDefinition } from '../types.js';

/**
 * Lateral movement over Remote Desktop (T1021.001) with valid accounts, from any start: a session on B, itself
 * entered over Remote Desktop, opening Remote Desktop to C while it lasts, and on; one chain from its first source,
 * continued across a computer that left no logs when the next server names its address. After a password attack
 * its hops are told in the attack's own story (src/diagnose/attacks/attack-path.ts); from any other start
 * (src/diagnose/attacks/lateral-chains.ts) when the chain matters: an internet or never-seen first source, a domain
 * controller reached, a service account or the built-in Administrator signing in interactively.
 */
export const lateralMovement: AttackFindingDefinition = {
  id: 'lateral-movement',
  title: 'Lateral movement over Remote Desktop',
  summary:
    'A chain of Remote Desktop hops (a session on one computer opening Remote Desktop to the next while it lasts), told from its first source; an alert after an attack, or when it began on the internet or at a never-seen source, reached a domain controller, or used a service account or the built-in Administrator.',
  status: 'test',
  techniques: [attackTechnique('TA0008', 'T1021.001'), attackTechnique('TA0001', 'T1078')],
  references: [
    'https://attack.mitre.org/techniques/T1021/001/',
    'https://attack.mitre.org/techniques/T1078/',
    'https://www.13cubed.com/downloads/rdp_flowchart.pdf',
    'https://jpcertcc.github.io/ToolAnalysisResultSheet/details/mstsc.htm',
    'https://github.com/mdecrevoisier/EVTX-to-MITRE-Attack/tree/master/TA0008-Lateral%20Movement/T1021.001-Remote%20Desktop%20Protocol',
    'https://github.com/sbousseaden/EVTX-ATTACK-SAMPLES/tree/master/Lateral%20Movement',
  ],
  reads: [],
  falsePositives: [
    'An administrator’s jump host: a named admin account from a workstation seen before, to a server: not told (no internet source, no domain controller, no service account).',
    'An administrator who signs in to a domain controller from a jump host on purpose: told, since a domain controller reached that way is what a responder must confirm.',
    'A computer whose logs begin with the session: its first source is told as not known there (the logs cannot show it connected before), not as never seen; an administrator whose jump host keeps a day of logs is not told.',
  ],
  remediation: [
    'Treat every computer of the chain as compromised until shown otherwise: collect their logs (rdpdiag collect) and review what each session did (Security 4624/4688, new services and scheduled tasks).',
    'Reset the passwords of every account the chain used, first any service account or Administrator, and check where else they signed in.',
    'Restrict Remote Desktop between servers to administrators’ jump hosts (firewall, Remote Desktop Users), and deny interactive logon to service accounts (“Deny log on through Remote Desktop Services”).',
  ],
  samples: [
    {
      description:
        'A phished account signs in to APP01 from 203.0.113.77, opens Remote Desktop to FS02, and from there to DC01 as svc_backup; then FS02 (its own logs not given) opens RDP to SQL03, which names FS02’s address.',
      file: 'samples/findings/lateral-movement/valid-accounts.xml',
    },
  ],
  nearMisses: [
    {
      file: 'samples/findings/lateral-movement/near-miss-jump-host.xml',
      why: 'An administrator signs in to JUMP01 from their workstation (seen the day before too) and opens Remote Desktop to APP01 as adm.ops: a jump host’s hop, not told.',
    },
  ],
};
