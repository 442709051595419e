/** Host-level findings: problems no single attempt shows, from the FindingPatterns of patterns/findings. */
import { idsOf } from '../../patterns/evidence.js';
import type { EventMatcher, FindingPattern, FindingThreshold } from '../../patterns/types.js';
import type { Finding } from '../model/attempt.js';
import { evidenceRef } from './evidence-refs.js';
import type { HostIndex } from './host-index.js';
import { fillSentences } from './sentences.js';
import { isRawTime } from '../model/time.js';
import { compileMatcher } from './match.js';
import type { NormalizedEvent } from '../model/event.js';
import type { ValueMarks } from '../model/value-marks.js';
import { fillSteps, knownOfEvents } from './fill-steps.js';
import { compareText } from '../model/order.js';

const MAX_EVIDENCE = 5;

/**
 * Does the log a matcher reads reach, on a computer, past a time (is it among the inputs and does it go on after it)?
 * A sentence resting on that log's silence holds only then.
 */
export type LogCovers = (computer: string, m: EventMatcher, ms: number) => boolean;

export function findHostFindings(
  findings: readonly FindingPattern[],
  hosts: HostIndex,
  marks: ValueMarks,
  covers?: LogCovers,
): Finding[] {
  const out: Finding[] = [];
  for (const computer of hosts.computers()) {
    for (const f of findings) {
      const m = compileMatcher(f.match);
      const matched = hosts.between(computer, -Infinity, Infinity, idsOf(f.match)).filter((e) => m.test(e));
      const hits = f.threshold ? thresholdRun(matched, f.threshold) : matched;
      if (hits.length === 0) continue;
      const last = hits[hits.length - 1];
      const ended = [f.clearedBy, f.recoveredBy].some((m) => {
        if (!m) return false;
        const clear = compileMatcher(m);
        return hosts.between(computer, last.timeMs + 1, Infinity, idsOf(m)).some((e) => clear.test(e));
      });
      if (ended) continue;
      // What rests on the clearing log's silence holds only where that log is given and reaches past the event.
      const silent = !f.absence || !f.clearedBy || !covers || covers(computer, f.clearedBy, last.timeMs);
      const unknown = silent ? undefined : [f.clearedBy!.channel].flat().filter((c): c is string => !!c);
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
        confidence: unknown ? Math.min(f.confidence, 0.5) : f.confidence,
        title: f.title,
        explanation:
          fillSentences(
            silent ? [...f.explanation, ...(f.absence ?? [])] : f.explanation,
            [],
            undefined,
            marks,
            extra,
          ) +
          (unknown ? ` ${unknownSentence(f.clearedBy!, unknown, computer, marks)}` : '') +
          (hits.length > 1
            ? ` Logged ${hits.length} times between ${isoSeconds(hits[0].timestamp)} and ${isoSeconds(last.timestamp)}${hits.length > MAX_EVIDENCE ? ` (the evidence shows the last ${MAX_EVIDENCE} of ${hits.length})` : ''}.`
            : '') +
          (f.threshold?.distinct ? distinctSentence(hits, f.threshold.distinct, marks) : ''),
        evidence: hits.slice(-MAX_EVIDENCE).map((e) => evidenceRef(e, marks)),
        remediation: fillSteps(f.remediation, knownOfEvents(computer, hits), marks),
        ...(unknown ? { unknown } : {}),
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

/** What a finding cannot say when the log that would end it is not given (or ends before it). */
function unknownSentence(
  m: EventMatcher,
  logs: readonly string[],
  computer: string,
  { markValue }: ValueMarks,
): string {
  const ids = idsOf(m).join('/');
  return `Whether it ended afterwards is unknown: the log that would show it (${logs.join(', ')} ${ids}) is not among the inputs for ${markValue(computer)}, or ends before it.`;
}
