/**
 * Get-WinEvent's JSON and Clixml exports carry an event's values without their names (field-names.ts names them
 * by provider and id). A matcher that tests a field of an event the table does not name can never match in those
 * exports: every field a pattern, finding, path hop or attack finding tests must be named there.
 */
import { describe, expect, it } from 'vitest';
import { ATTACK_READS, FINDINGS, PATTERNS } from '../../../patterns/index.js';
import { PATH_HOPS } from '../../../patterns/paths.js';
import type { EventMatcher } from '../../../patterns/types.js';
import { fieldNames } from '../../../parsers/powershell/field-names.js';
import { CHANNELS } from '../../../src/model/channels.js';

/** The providers a matcher's events come from: its own, else its channel's (System: the one provider it names). */
function providersOf(m: EventMatcher): string[] {
  const listed = m.provider === undefined ? [] : typeof m.provider === 'string' ? [m.provider] : [...m.provider];
  if (listed.length) return listed;
  const channels = m.channel === undefined ? [] : typeof m.channel === 'string' ? [m.channel] : [...m.channel];
  // System events with no provider named: the Service Control Manager logs 7045 (the only one read so).
  return channels.flatMap((c) =>
    /^system$/i.test(c)
      ? ['Service Control Manager']
      : CHANNELS.filter((x) => x.name.toLowerCase().endsWith(c.toLowerCase())).flatMap((x) => x.providers.slice(0, 1)),
  );
}

const ids = (m: EventMatcher) => (typeof m.eventId === 'number' ? [m.eventId] : [...m.eventId]);

function matchers(): { where: string; m: EventMatcher }[] {
  return [
    ...PATTERNS.flatMap((p) => p.clauses.map((c) => ({ where: `pattern ${p.id}`, m: c.match }))),
    ...FINDINGS.flatMap((f) =>
      [f.match, f.clearedBy].filter((m): m is EventMatcher => !!m).map((m) => ({ where: `finding ${f.id}`, m })),
    ),
    ...PATH_HOPS.map((h) => ({ where: 'path hop', m: h.match })),
    ...ATTACK_READS.map((m) => ({ where: 'attack finding', m })),
  ];
}

describe('PowerShell field names cover every field a rule tests', () => {
  it('names each tested field of each event, by provider and id', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const { where, m } of matchers()) {
      // `Data[n]` is how every reader names an unnamed value; a `notIn` test passes when the field is absent.
      const fields = Object.entries(m.fields ?? {})
        .filter(([name, test]) => !/^Data\[\d+\]$/.test(name) && !(typeof test === 'object' && 'notIn' in test))
        .map(([name]) => name);
      if (!fields.length) continue;
      for (const provider of providersOf(m))
        for (const id of ids(m)) {
          checked++;
          const names = fieldNames(provider, id)?.names ?? [];
          for (const f of fields) if (!names.includes(f)) missing.push(`${where}: ${provider} ${id} ${f}`);
        }
    }
    expect(checked).toBeGreaterThan(5);
    expect([...new Set(missing)]).toEqual([]);
  });
});
