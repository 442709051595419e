/**
 * Every clause of every pattern matches at least one event of the samples (samples/ folders and the
 * patterns' own samples): a clause that matches nothing anywhere (a typo in an id, a field name, a channel)
 * would otherwise go unnoticed.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDINGS, PATTERNS } from '../../patterns/index.js';
import { compileMatcher } from '../../src/diagnose/match.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { eventsFromXml, sampleXml } from '../helpers/pipeline.js';
import { SAMPLES, SCENARIOS } from '../helpers/samples.js';

async function sampleEvents(): Promise<NormalizedEvent[]> {
  const { events } = await buildTimeline(SCENARIOS.map((name) => join(SAMPLES, name)));
  return [
    ...events,
    ...[...PATTERNS, ...FINDINGS].flatMap((p) => eventsFromXml(sampleXml(p.sample.file), `${p.id}.xml`)),
  ];
}

describe('clause coverage', () => {
  it('every pattern clause and every finding matcher matches some sample event', async () => {
    const events = await sampleEvents();
    const unmatched: string[] = [];
    for (const p of PATTERNS)
      for (const c of p.clauses) {
        const m = compileMatcher(c.match);
        if (!events.some((e) => m.test(e))) unmatched.push(`${p.id}.${c.name}`);
      }
    for (const f of FINDINGS)
      for (const [name, matcher] of [
        ['match', f.match],
        ['clearedBy', f.clearedBy],
        ['followedBy', f.followedBy],
      ] as const) {
        if (!matcher) continue;
        const m = compileMatcher(matcher);
        if (!events.some((e) => m.test(e))) unmatched.push(`finding ${f.id}.${name}`);
      }
    expect(unmatched).toEqual([]);
  });

  it('would notice a typo: a clause with a wrong event id matches nothing', async () => {
    const events = await sampleEvents();
    const m = compileMatcher({ channel: 'System', provider: 'Schannel', eventId: 36780 });
    expect(events.some((e) => m.test(e))).toBe(false);
  });
});
