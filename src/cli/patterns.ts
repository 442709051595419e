import { PATTERNS, patternById, FINDINGS } from '../../patterns/index.js';
import { idsOf } from '../../patterns/evidence.js';
import type { EvidenceClause, Pattern } from '../../patterns/types.js';
import { EXIT_CLEAN, UsageError } from './exit.js';
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

export async function runPatterns(id: string | undefined): Promise<number> {
  if (id) {
    const p = patternById(id);
    if (!p) throw new UsageError(`no pattern "${id}"; run \`rdpdiag patterns\` for the list`);
    await writeOut(describePattern(p) + '\n');
    return EXIT_CLEAN;
  }
  const width = Math.max(...PATTERNS.map((p) => p.id.length), ...FINDINGS.map((f) => f.id.length));
  const lines = PATTERNS.map((p) => `${p.id.padEnd(width)}  ${p.title}`);
  const findings = FINDINGS.map((f) => `${f.id.padEnd(width)}  ${f.title}`);
  await writeOut(
    `Causes:\n${lines.join('\n')}\n${findings.length ? `\nHost findings:\n${findings.join('\n')}\n` : ''}`,
  );
  return EXIT_CLEAN;
}
