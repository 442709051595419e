/**
 * What a cause must have filled in before its tests can pass: the parts `npm run new-cause` leaves marked
 * `TODO(new-cause)` (scripts/new-cause.mjs), and the metadata the scaffold cannot know.
 */
import { PROTOCOL_PHASES } from '../../patterns/codes/types.js';
import type { Pattern } from '../../patterns/types.js';

/** Every string in `value` with its path (`clauses[0].match.channel`). */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

/** The parts of a pattern and its expected.json left to fill (empty when none): each named by its path. */
export function unfilledParts(p: Pattern, expected: unknown): string[] {
  const out: string[] = [];
  for (const [path, s] of strings(p, '')) if (/\bTODO\b/.test(s)) out.push(`${path}: left to fill`);
  for (const [path, s] of strings(expected, 'expected.json')) if (/\bTODO\b/.test(s)) out.push(`${path}: left to fill`);
  if (!(PROTOCOL_PHASES as readonly string[]).includes(p.phase))
    out.push(`phase: ${p.phase} is not one of ${PROTOCOL_PHASES.join(', ')}`);
  if (p.references.length === 0) out.push('references: none');
  for (const r of p.references)
    if (!/^https:\/\/[a-z0-9.-]+\.[a-z]+\//.test(r)) out.push(`references: ${r} is not a public https address`);
  if (p.falsePositives.length === 0) out.push('falsePositives: none');
  return out;
}
