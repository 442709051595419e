/**
 * Salient fields (issue 53): every event a rule reads names, in its event-table row, the fields a person reads
 * first; every evidence row in every format leads with them, whole.
 */
import { describe, expect, it } from 'vitest';
import { listOf } from '../../patterns/evidence.js';
import { ATTACK_READS, FINDINGS, PATTERNS } from '../../patterns/index.js';
import { PATH_HOPS } from '../../patterns/paths.js';
import type { EventMatcher } from '../../patterns/types.js';
import { channelNamed, findChannel } from '../../src/model/channels.js';
import { EVENTS, type EventRow } from '../../src/model/events.js';

function matchers(): EventMatcher[] {
  return [
    ...PATTERNS.flatMap((p) => p.clauses.map((c) => c.match)),
    ...FINDINGS.flatMap((f) => [f.match, f.clearedBy, f.followedBy].filter((m): m is EventMatcher => !!m)),
    ...PATH_HOPS.map((h) => h.match),
    ...ATTACK_READS,
  ];
}

/** The rows a matcher's event `id` can be: of its providers (any if none) and in its channels (any if none). */
function rowsOf(m: EventMatcher, id: number): EventRow[] {
  const providers = listOf(m.provider).map((p) => p.toLowerCase());
  const channels = listOf(m.channel).map((c) => channelNamed(c));
  return EVENTS.filter(
    (r) =>
      r.id === id &&
      (providers.length === 0 || providers.includes(r.provider.toLowerCase())) &&
      (channels.length === 0 ||
        [r.channel, ...(r.alsoIn ?? [])].map((c) => findChannel(c)).some((c) => c && channels.includes(c))),
  );
}

/** Every row a rule reads. */
export function rowsRulesRead(): EventRow[] {
  const out = new Set<EventRow>();
  for (const m of matchers()) for (const id of listOf(m.eventId)) for (const r of rowsOf(m, id)) out.add(r);
  return [...out];
}

describe('salient fields', () => {
  it('every event a rule reads names the fields a person reads first', () => {
    const rows = rowsRulesRead();
    expect(rows.length).toBeGreaterThan(40);
    const missing = rows.filter((r) => r.salient === undefined).map((r) => `${r.provider} ${r.id}`);
    expect(missing).toEqual([]);
  });
});
