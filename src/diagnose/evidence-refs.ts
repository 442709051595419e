/**
 * Evidence references: what a cause, finding or incident cites of an event (channel, id, record, time,
 * file, computer, one-line summary). Each carries the event it was made from under `EVIDENCE_EVENT`, for
 * this run's report (its appendix shows the events); JSON and structured clone leave it out.
 */
import { EVIDENCE_EVENT, type EvidenceRef } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import type { ValueMarks } from '../model/value-marks.js';
import { salientFieldsOf, salientSummary, summarizeEvent } from './event-summary.js';

/**
 * The same event is evidence for many attempts (a Schannel flood): summarized once (caches of a pure
 * function of the event). Summaries with values marked (for a redacted report) and without: never one
 * for the other.
 * @cache a pure function of the event (unmarked).
 */
const summaries = new WeakMap<NormalizedEvent, Said>();
/** @cache a pure function of the event (marked). */
const markedSummaries = new WeakMap<NormalizedEvent, Said>();
/**
 * Per fields object, the summary of events without a message: a flood's events share one.
 * @cache a pure function of the fields (unmarked).
 */
const fieldSummaries = new WeakMap<NormalizedEvent['data'], Said>();
/** @cache a pure function of the fields (marked). */
const markedFieldSummaries = new WeakMap<NormalizedEvent['data'], Said>();
/** An event's summary and its salient fields alone. */
interface Said {
  summary: string;
  details: string;
  /** The salient fields it was made with: events of different ids may share a fields object. */
  salient: readonly string[] | undefined;
}
function evidenceSummary(e: NormalizedEvent, marks: ValueMarks): Said {
  const marked = marks.on;
  const cache = marked ? markedSummaries : summaries;
  let s = cache.get(e);
  if (s === undefined) {
    // The summary reads the fields, and the message only when there is one.
    const byFields = e.message === undefined ? (marked ? markedFieldSummaries : fieldSummaries) : undefined;
    const salient = salientFieldsOf(e);
    s = byFields?.get(e.data);
    if (s === undefined || s.salient !== salient) {
      s = { summary: summarizeEvent(e, 160, marks), details: salientSummary(e, marks), salient };
      byFields?.set(e.data, s);
    }
    cache.set(e, s);
  }
  return s;
}

/** The reference to `e`, its summary's values marked by `marks`. */
export function evidenceRef(e: NormalizedEvent, marks: ValueMarks): EvidenceRef {
  const said = evidenceSummary(e, marks);
  const ref: EvidenceRef = {
    channel: e.channel,
    eventId: e.eventId,
    recordId: e.recordId ?? null,
    time: e.timestamp,
    source: e.source.file,
    computer: e.computer,
    summary: said.summary,
  };
  if (said.details) ref.details = said.details;
  Object.defineProperty(ref, EVIDENCE_EVENT, { value: e });
  return ref;
}

/** The references of the events the clauses matched, each once, in time order. */
export function evidenceOf(
  matched: readonly { events: readonly NormalizedEvent[] }[],
  marks: ValueMarks,
): EvidenceRef[] {
  const seen = new Set<NormalizedEvent>();
  const refs: { e: NormalizedEvent; ref: EvidenceRef }[] = [];
  for (const m of matched) {
    for (const e of m.events) {
      if (seen.has(e)) continue;
      seen.add(e);
      refs.push({ e, ref: evidenceRef(e, marks) });
    }
  }
  return refs.sort((x, y) => x.e.timeMs - y.e.timeMs).map((r) => r.ref);
}
