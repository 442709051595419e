/** Host-level findings: problems no single attempt shows, from the FindingPatterns of patterns/findings. */
import { idsOf } from '../../patterns/evidence.js';
import type { FindingPattern, FindingThreshold } from '../../patterns/types.js';
import type { Finding } from '../model/attempt.js';
import { evidenceRef } from './evidence-refs.js';
import type { HostIndex } from './host-index.js';
import { fillSentences } from './codes/sentences.js';
import { isRawTime } from '../model/time.js';
import { compileMatcher } from './match.js';
import type { NormalizedEvent } from '../model/event.js';
import type { ValueMarks } from '../model/value-marks.js';
import { fillSteps, knownOfEvents } from './fill-steps.js';
import { compareText } from '../model/order.js';

const MAX_EVIDENCE = 5;

export function findHostFindings(findings: readonly FindingPattern[], hosts: HostIndex, marks: ValueMarks): Finding[] {
  const out: Finding[] = [];
  for (const computer of hosts.computers()) {
    for (const f of findings) {
      const m = compileMatcher(f.match);
      const matched = hosts.between(computer, -Infinity, Infinity, idsOf(f.match)).filter((e) => m.test(e));
      const hits = f.threshold ? thresholdRun(matched, f.threshold) : matched;
      if (hits.length === 0) continue;
      const last = hits[hits.length - 1];
      if (f.clearedBy) {
        const clear = compileMatcher(f.clearedBy);
        if (hosts.between(computer, last.timeMs + 1, Infinity, idsOf(f.clearedBy)).some((e) => clear.test(e))) continue;
      }
      const extra: Record<string, NormalizedEvent> = { event: last, first: hits[0] };
      if (f.followedBy) {
        const next = compileMatcher(f.followedBy);
        const followed = hosts.between(computer, last.timeMs, Infinity, idsOf(f.followedBy)).find((e) => next.test(e));
        if (followed) extra.followed = followed;
      }
      out.push({
        id: f.id,
        computer,
        ...(hits.length > MAX_EVIDENCE ? { first: hits[0].timestamp } : {}),
        ...(f.cause ? { cause: f.cause } : {}),
        confidence: f.confidence,
        title: f.title,
        explanation:
          fillSentences(f.explanation, [], undefined, marks, extra) +
          (hits.length > 1
            ? ` Logged ${hits.length} times between ${isoSeconds(hits[0].timestamp)} and ${isoSeconds(last.timestamp)}${hits.length > MAX_EVIDENCE ? ` (the evidence shows the last ${MAX_EVIDENCE} of ${hits.length})` : ''}.`
            : '') +
          (f.threshold?.distinct ? distinctSentence(hits, f.threshold.distinct, marks) : ''),
        evidence: hits.slice(-MAX_EVIDENCE).map((e) => evidenceRef(e, marks)),
        remediation: fillSteps(f.remediation, knownOfEvents(computer, hits), marks),
      });
    }
  }
  return out.sort(
    (a, b) => b.confidence - a.confidence || compareText(a.computer, b.computer) || compareText(a.id, b.id),
  );
}

/**
 * The matching events of the busiest stretch that meets the threshold: the longest run within `withinMinutes`
 * holding enough events or enough distinct values; none when no stretch does.
 */
function thresholdRun(hits: readonly NormalizedEvent[], t: FindingThreshold): NormalizedEvent[] {
  const windowMs = t.withinMinutes * 60_000;
  let best: NormalizedEvent[] = [];
  let lo = 0;
  for (let hi = 0; hi < hits.length; hi++) {
    while (hits[hi].timeMs - hits[lo].timeMs > windowMs) lo++;
    const run = hits.slice(lo, hi + 1);
    const distinct = t.distinct ? valuesOf(run, t.distinct.field).length : 0;
    const enough = run.length >= t.events || (t.distinct !== undefined && distinct >= t.distinct.count);
    if (enough && run.length > best.length) best = run;
  }
  return best;
}

function valuesOf(events: readonly NormalizedEvent[], field: string): string[] {
  const seen = new Map<string, string>();
  for (const e of events) {
    const v = e.data[field]?.trim();
    if (v && v !== '-' && !seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  }
  return [...seen.values()];
}

function distinctSentence(
  hits: readonly NormalizedEvent[],
  d: NonNullable<FindingThreshold['distinct']>,
  { markValue }: ValueMarks,
): string {
  const values = valuesOf(hits, d.field);
  const shown = values.slice(0, 10).map((v) => markValue(v));
  return ` ${values.length} ${d.label}: ${shown.join(', ')}${values.length > 10 ? ` and ${values.length - 10} more` : ''}.`;
}

/** `2024-05-13T02:14:11Z`; a time past year 9999 raw. */
const isoSeconds = (timestamp: string) => (isRawTime(timestamp) ? timestamp : `${timestamp.slice(0, 19)}Z`);
