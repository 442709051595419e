import { ATTACK_FINDINGS, FINDINGS, PATTERNS, patternById, UNEXPLAINED } from '../../patterns/index.js';
import { reportSectionOf } from '../diagnose/attacks/attack-path.js';
import { idsOf } from '../../patterns/evidence.js';
import type { AttackFindingDefinition, EvidenceClause, FindingPattern, Pattern } from '../../patterns/types.js';
import { echoed, EXIT_CLEAN, UsageError } from './exit.js';
import { writeOut } from './io.js';

function clauseLine(c: EvidenceClause): string {
  const ids = idsOf(c.match).join('/');
  const where = [c.match.channel, c.match.provider].flat().filter(Boolean).join(' ');
  const fields = c.match.fields
    ? ' ' +
      Object.entries(c.match.fields)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(' ')
    : '';
  const role = c.excludes ? 'rules it out' : c.required ? `required, weight ${c.weight}` : `weight ${c.weight}`;
  return `  - ${c.name}: ${where} ${ids}${fields} (${c.scope}; ${role})`;
}

function describePattern(p: Pattern): string {
  const when = [
    p.when.outcome ? `outcome ${p.when.outcome.join('/')}` : '',
    p.when.progress
      ? Object.entries(p.when.progress)
          .map(([k, v]) => `${v ? '' : 'not '}${k}`)
          .join(', ')
      : '',
    p.when.serverEvents === false ? 'no server-side events' : '',
    p.when.clientReason ? `client reason ${p.when.clientReason.join('/')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return [
    `${p.id}: ${p.title}`,
    `Applies when: ${when || 'any attempt'}`,
    'Evidence:',
    ...p.clauses.map(clauseLine),
    'Remediation:',
    ...p.remediation.map((r, i) => `  ${i + 1}. ${r}`),
    `Sample: ${p.sample.description}`,
  ].join('\n');
}

function describeFinding(f: FindingPattern): string {
  const ids = idsOf(f.match).join('/');
  const where = [f.match.channel, f.match.provider].flat().filter(Boolean).join(' ');
  return [
    `${f.id}: ${f.title}`,
    `Host finding${f.cause ? `, explains or foretells the cause ${f.cause}` : ''}.`,
    `Found from: ${where} ${ids}`.trimEnd(),
    'Remediation:',
    ...f.remediation.map((r, i) => `  ${i + 1}. ${r}`),
    ...(f.references.length ? ['References:', ...f.references.map((r) => `  - ${r}`)] : []),
  ].join('\n');
}

/** Where the reports file a finding of this id (`reportSectionOf`), with its ATT&CK techniques. */
function filedAs(id: string, techniques: string): string {
  const section = reportSectionOf(id);
  if (section.alert) return `Security finding (${techniques}).`;
  return `Host finding${section.alertWhen ? `, ${section.alertWhen}` : ''} (ATT&CK ${techniques}).`;
}

function describeAttack(f: AttackFindingDefinition): string {
  return [
    `${f.id}: ${f.title}`,
    f.summary,
    filedAs(f.id, f.techniques.map((t) => (t.subtechnique ?? t.technique).id).join(', ')),
    'Remediation:',
    ...f.remediation.map((r, i) => `  ${i + 1}. ${r}`),
    ...(f.references.length ? ['References:', ...f.references.map((r) => `  - ${r}`)] : []),
  ].join('\n');
}

/**
 * The findings the security lens and the fleet judgement make in code (src/diagnose), by the id reports print, with
 * what each is: `patterns <id>` knows every id a report can print.
 */
export const DETECTED_FINDINGS: readonly { id: string; title: string; summary: string }[] = [
  {
    id: 'password-guessing',
    title: 'Password guessing against Remote Desktop',
    summary:
      "Bursts of failed sign-ins from one source at machine speed, against several accounts, or many at a person's pace against two or more; spread over five or more sources as one finding (src/diagnose/attacks/security.ts).",
  },
  {
    id: 'scanning',
    title: 'Scanning of the Remote Desktop port',
    summary:
      'Many connections from one source that never authenticate, at machine speed (src/diagnose/attacks/security.ts).',
  },
  {
    id: 'lateral-movement',
    title: 'Lateral movement over Remote Desktop',
    summary:
      "An outbound Remote Desktop connection from a computer while an attacker's session is open on it (src/diagnose/attacks/attack-path.ts).",
  },
  {
    id: 'ms-t120-probe',
    title: 'BlueKeep (CVE-2019-0708) probe',
    summary:
      'RdpCoreTS 148 opening the MS_T120 channel: a BlueKeep scanner or exploit (src/diagnose/attacks/attack-path.ts).',
  },
  {
    id: 'health-probes',
    title: "A load balancer's health probes",
    summary:
      'Short never-authenticated connections from one internal address at a fixed period: benign, kept out of incidents and the exit code (src/diagnose/health-probes.ts).',
  },
  {
    id: 'internet-logon',
    title: 'Remote Desktop logons from the internet',
    summary:
      'Successful Remote Desktop logons from internet addresses no attack explains (src/diagnose/attacks/internet-logons.ts).',
  },
];

/** What `patterns <id>` says of an id: a cause, a host finding, a security finding, or undefined. */
export function describeId(id: string): string | undefined {
  const p = patternById(id);
  if (p) return describePattern(p);
  const finding = FINDINGS.find((f) => f.id === id);
  if (finding) return describeFinding(finding);
  const attack = ATTACK_FINDINGS.find((f) => f.id === id);
  if (attack) return describeAttack(attack);
  const detected = DETECTED_FINDINGS.find((f) => f.id === id);
  if (detected) return `${detected.id}: ${detected.title}\n${detected.summary}`;
  if (id === UNEXPLAINED)
    return `${UNEXPLAINED}: a failed attempt no pattern explains\nThe report lists the logs that would tell more; \`rdpdiag analyze --explain <attempt>\` shows its events.`;
  return undefined;
}

export async function runPatterns(id: string | undefined): Promise<number> {
  if (id) {
    const text = describeId(id);
    if (!text) throw new UsageError(`no pattern "${echoed(id)}"; run \`rdpdiag patterns\` for the list`);
    await writeOut(text + '\n');
    return EXIT_CLEAN;
  }
  // Each id once, under the section the reports file it in (`reportSectionOf`, their own rule): a host finding that
  // becomes an alert when something follows says when.
  const all = [
    ...new Map([...FINDINGS, ...ATTACK_FINDINGS, ...DETECTED_FINDINGS].map((f) => [f.id, f] as const)).values(),
  ];
  const width = Math.max(...PATTERNS.map((p) => p.id.length), ...all.map((f) => f.id.length));
  const line = (f: { id: string; title: string }, note?: string) =>
    `${f.id.padEnd(width)}  ${f.title}${note ? ` (${note})` : ''}`;
  const host: string[] = [];
  const security: string[] = [];
  for (const f of all) {
    const section = reportSectionOf(f.id);
    if (section.alert) security.push(line(f));
    else host.push(line(f, section.alertWhen));
  }
  const lines = PATTERNS.map((p) => line(p));
  await writeOut(
    `Causes:\n${lines.join('\n')}\n${host.length ? `\nHost findings:\n${host.join('\n')}\n` : ''}\nSecurity findings:\n${security.join('\n')}\n`,
  );
  return EXIT_CLEAN;
}
