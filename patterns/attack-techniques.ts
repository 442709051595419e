import type { AttackTechniqueRef } from './types.js';

/** The MITRE ATT&CK tactics (attack.mitre.org) rdpdiag's findings and SIEM outputs name, each name written once. */
const TACTICS = {
  TA0001: 'Initial Access',
  TA0002: 'Execution',
  TA0003: 'Persistence',
  TA0004: 'Privilege Escalation',
  TA0005: 'Defense Evasion',
  TA0006: 'Credential Access',
  TA0007: 'Discovery',
  TA0008: 'Lateral Movement',
  TA0011: 'Command and Control',
} as const;

/** The ATT&CK techniques and sub-techniques (`T1021.001`, under `T1021`) they name. */
const TECHNIQUES = {
  T1021: 'Remote Services',
  'T1021.001': 'Remote Desktop Protocol',
  T1046: 'Network Service Discovery',
  T1070: 'Indicator Removal',
  'T1070.001': 'Clear Windows Event Logs',
  T1078: 'Valid Accounts',
  T1110: 'Brute Force',
  'T1110.001': 'Password Guessing',
  'T1110.003': 'Password Spraying',
  T1112: 'Modify Registry',
  T1204: 'User Execution',
  T1136: 'Create Account',
  'T1136.001': 'Local Account',
  T1543: 'Create or Modify System Process',
  T1546: 'Event Triggered Execution',
  'T1546.008': 'Accessibility Features',
  'T1543.003': 'Windows Service',
  T1547: 'Boot or Logon Autostart Execution',
  'T1547.001': 'Registry Run Keys / Startup Folder',
  T1552: 'Unsecured Credentials',
  T1562: 'Impair Defenses',
  'T1562.004': 'Disable or Modify System Firewall',
  T1563: 'Remote Service Session Hijacking',
  'T1563.002': 'RDP Hijacking',
  T1572: 'Protocol Tunneling',
} as const;

type TacticId = keyof typeof TACTICS;
type TechniqueId = keyof typeof TECHNIQUES;

/** Technique `id` as it serves `tactic`; a sub-technique comes with its parent technique. */
export function attackTechnique(tactic: TacticId, id: TechniqueId): AttackTechniqueRef {
  const served = { id: tactic, name: TACTICS[tactic] };
  const dot = id.indexOf('.');
  if (dot < 0) return { tactic: served, technique: { id, name: TECHNIQUES[id] } };
  const parent = id.slice(0, dot) as TechniqueId;
  return {
    tactic: served,
    technique: { id: parent, name: TECHNIQUES[parent] },
    subtechnique: { id, name: TECHNIQUES[id] },
  };
}
