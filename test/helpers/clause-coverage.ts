/**
 * Every clause of every pattern and every finding's matchers, each matched against sample events
 * (test/patterns/clause-coverage.test.ts on the fast tier's scenarios, clause-coverage-rest.test.ts on all).
 */
import { FINDINGS, PATTERNS } from '../../patterns/index.js';
import { compileMatcher } from '../../src/diagnose/match.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { eventsFromXml, sampleXml } from './pipeline.js';
import { scenarioTimeline } from './samples.js';

/**
 * Scenarios beside the fast tier's (SCENARIOS_FAST) that the fast tier reads for the clauses none of those shows
 * (clause-coverage-rest.test.ts checks the list: each of them shows a clause the others do not).
 */
export const CLAUSE_SCENARIOS: readonly string[] = ['08-idle-limit-then-reconnect'];

/** The patterns' and findings' own samples' events, and those of `scenarios` as the scenario checks read them. */
export async function sampleEvents(scenarios: readonly string[]): Promise<NormalizedEvent[]> {
  const timelines = await Promise.all(scenarios.map(scenarioTimeline));
  return [
    ...timelines.flatMap((t) => t.events),
    ...[...PATTERNS, ...FINDINGS].flatMap((p) => eventsFromXml(sampleXml(p.sample.file), `${p.id}.xml`)),
  ];
}

/** Every pattern clause and finding matcher, by name (`pattern.clause`, `finding id.matcher`). */
export function everyMatcher(): [string, ReturnType<typeof compileMatcher>][] {
  const out: [string, ReturnType<typeof compileMatcher>][] = [];
  for (const p of PATTERNS) for (const c of p.clauses) out.push([`${p.id}.${c.name}`, compileMatcher(c.match)]);
  for (const f of FINDINGS)
    for (const [name, matcher] of [
      ['match', f.match],
      ['clearedBy', f.clearedBy],
      ['followedBy', f.followedBy],
    ] as const)
      if (matcher) out.push([`finding ${f.id}.${name}`, compileMatcher(matcher)]);
  return out;
}

/** The matchers no event of `events` matches. */
export function unmatchedBy(events: readonly NormalizedEvent[]): string[] {
  return everyMatcher()
    .filter(([, m]) => !events.some((e) => m.test(e)))
    .map(([name]) => name);
}
