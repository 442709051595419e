/**
 * What the SIEM outputs (`--format ecs`, `--format splunk-hec`) say about each kind of alert: its
 * severity, risk score and MITRE ATT&CK techniques (attack.mitre.org). Knowledge as data, read by both
 * renderers; the detection itself stays in src/diagnose.
 */
import { attackTechnique } from '../../patterns/attack-techniques.js';
import { ATTACK_FINDINGS } from '../../patterns/index.js';
import { isSecurityAlert } from '../diagnose/attacks/attack-path.js';
import type { Finding, Incident } from '../model/attempt.js';
import type { FleetIncident } from './fleet.js';
import { isHijackFinding, isSecurityFinding } from './model.js';

export interface AttackTechnique {
  tactic: { id: string; name: string };
  technique: { id: string; name: string };
  subtechnique?: { id: string; name: string };
}

/** Password guessing against one account (T1110.001) or several (T1110.003, spraying), as the burst shows. */
const GUESSING_ONE: AttackTechnique = attackTechnique('TA0006', 'T1110.001');
const GUESSING_MANY: AttackTechnique = attackTechnique('TA0006', 'T1110.003');
const SCANNING: AttackTechnique = attackTechnique('TA0007', 'T1046');
/** The attacker then signed in over Remote Desktop: Remote Services, RDP. */
const RDP_SIGN_IN: AttackTechnique = attackTechnique('TA0008', 'T1021.001');

/** The security lens's findings as rules: a name and description that stay the same from alert to alert. */
export const SECURITY_RULES: Readonly<Record<string, { name: string; description: string }>> = {
  'password-guessing': {
    name: 'Remote Desktop password guessing',
    description:
      'Failed Remote Desktop sign-ins from one source (or many at once) at machine speed or against several accounts: an attack tool guessing passwords.',
  },
  scanning: {
    name: 'Remote Desktop scanning',
    description:
      'Remote Desktop connections from one source (or many at once) that offered no credential and were dropped at machine speed: a scanner probing the service.',
  },
  ...Object.fromEntries(ATTACK_FINDINGS.map((f) => [f.id, { name: f.title, description: f.summary }])),
};

export function techniqueUrl(id: string): string {
  return `https://attack.mitre.org/techniques/${id.replace('.', '/')}/`;
}

export function tacticUrl(id: string): string {
  return `https://attack.mitre.org/tactics/${id}/`;
}

/** The ATT&CK techniques a security finding shows (none for a host finding). */
export function findingTechniques(f: Finding): AttackTechnique[] {
  const attack = ATTACK_FINDINGS.find((d) => d.id === f.id);
  if (attack) return attack.techniques.map((t) => ({ ...t }));
  if (!isSecurityFinding(f)) return [];
  const first = f.id === 'scanning' ? SCANNING : f.burst.accounts.length > 1 ? GUESSING_MANY : GUESSING_ONE;
  return f.burst.successes.length ? [first, RDP_SIGN_IN] : [first];
}

/** An attack incident's techniques are its finding's; a fault is no attack. */
export function incidentTechniques(x: Incident, findings: readonly Finding[]): AttackTechnique[] {
  if (x.kind !== 'attack') return [];
  const f = findings.find((g) => isSecurityFinding(g) && g.computer === x.computer && g.burst.source === x.source);
  return f ? findingTechniques(f) : [];
}

/**
 * Severity on Elastic's detection-rule scale (risk score: low 21, medium 47, high 73, critical 99) and the
 * word for it. An attack that signed in is critical; one that did not, high (guessing) or medium
 * (scanning); faults are medium when they block several attempts, else low.
 */
export interface Severity {
  score: number;
  name: 'low' | 'medium' | 'high' | 'critical';
}

const LOW: Severity = { score: 21, name: 'low' };
const MEDIUM: Severity = { score: 47, name: 'medium' };
const HIGH: Severity = { score: 73, name: 'high' };
const CRITICAL: Severity = { score: 99, name: 'critical' };

export function findingSeverity(f: Finding): Severity {
  // A session taken over, the reconnect and how it was done both in the logs: an attacker inside someone's session.
  if (isHijackFinding(f) && f.hijack.attempt && f.hijack.how !== 'shape') return CRITICAL;
  // Remote Desktop switched on: by itself an administrator's act (low); followed by a new source's sign-in, high.
  if ('rdpEnabled' in f) return isSecurityAlert(f) ? HIGH : LOW;
  // The attacker's path: a second computer reached (lateral movement), a tunnel, an exploit's probe.
  if (!isSecurityFinding(f) && isSecurityAlert(f)) return HIGH;
  if (!isSecurityFinding(f)) return f.cause ? MEDIUM : LOW;
  if (f.burst.successes.length) return CRITICAL;
  return f.id === 'scanning' ? MEDIUM : HIGH;
}

export function incidentSeverity(x: Incident, findings: readonly Finding[]): Severity {
  if (x.kind === 'attack') {
    const f = findings.find((g) => isSecurityFinding(g) && g.computer === x.computer && g.burst.source === x.source);
    return f ? findingSeverity(f) : HIGH;
  }
  return x.count > 1 ? MEDIUM : LOW;
}

/** The security findings a one-source fleet incident gathers (none for a shared cause). */
function sweepFindings(x: FleetIncident, findings: readonly Finding[]): Finding[] {
  if (x.kind !== 'one-source') return [];
  return findings.filter(
    (f) => isSecurityFinding(f) && f.id === x.id && f.burst.source === x.source && x.computers.includes(f.computer),
  );
}

/** A sweep's techniques are its findings'; a shared cause is no attack. */
export function fleetTechniques(x: FleetIncident, findings: readonly Finding[]): AttackTechnique[] {
  const seen = new Map<string, AttackTechnique>();
  for (const f of sweepFindings(x, findings))
    for (const t of findingTechniques(f)) seen.set(t.subtechnique?.id ?? t.technique.id, t);
  return [...seen.values()];
}

/** A sweep is as severe as its worst finding; one cause on five servers or more is high, on fewer medium. */
export function fleetSeverity(x: FleetIncident, findings: readonly Finding[]): Severity {
  if (x.kind === 'one-source')
    return sweepFindings(x, findings)
      .map(findingSeverity)
      .reduce((worst, s) => (s.score > worst.score ? s : worst), MEDIUM);
  return x.computers.length >= 5 ? HIGH : MEDIUM;
}
