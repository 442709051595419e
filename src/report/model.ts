/**
 * What every shareable report (Markdown, HTML) shows, computed once from the analysis: the summary
 * figures, the failed attempts, and the appendix of relevant events. Deterministic: no clock, no
 * randomness, stable ordering.
 */
import type { Analysis, DiagnosedAttempt } from '../diagnose/analyze.js';
import type { InputSummary, NormalizedEvent } from '../model/event.js';
import { VERSION } from '../model/version.js';

export interface ReportModel {
  tool: string;
  inputs: InputSummary[];
  computers: string[];
  span?: { start: string; end: string };
  counts: { attempts: number; succeeded: number; failed: number; inProgress: number };
  /** Top causes of failed attempts, most frequent first. */
  causeCounts: { id: string; title: string; count: number }[];
  attempts: DiagnosedAttempt[];
  failed: DiagnosedAttempt[];
  analysis: Analysis;
  /** Events of failed attempts and of the evidence, in time order (capped). */
  appendix: NormalizedEvent[];
  appendixTruncated: number;
}

export const TOOL = `rdpdiag ${VERSION}`;
const MAX_APPENDIX = 1000;

export function buildReportModel(
  analysis: Analysis,
  inputs: InputSummary[],
  events: readonly NormalizedEvent[],
  span: { start: string; end: string } | undefined = events.length
    ? { start: events[0].timestamp, end: events[events.length - 1].timestamp }
    : undefined,
): ReportModel {
  const attempts = analysis.attempts;
  const failed = attempts.filter((a) => a.outcome === 'failed');
  const names = new Set(attempts.map((a) => a.computer));
  for (const e of events) names.add(e.computer);
  const computers = [...names].filter(Boolean).sort();
  const causeMap = new Map<string, { id: string; title: string; count: number }>();
  for (const a of failed) {
    const top = a.causes[0];
    if (!top) continue;
    const c = causeMap.get(top.id) ?? { id: top.id, title: top.title, count: 0 };
    c.count++;
    causeMap.set(top.id, c);
  }
  const causeCounts = [...causeMap.values()].sort((x, y) => y.count - x.count || x.id.localeCompare(y.id));

  const relevant = new Set<NormalizedEvent>();
  for (const a of failed) for (const e of [...a.events, ...a.clientEvents]) relevant.add(e);
  // Only the records named as evidence are looked for (not every event indexed): the last event read
  // under a key wins, as a map over all events would give.
  const named = new Map<string, NormalizedEvent | undefined>();
  const namedIds = new Set<number | null>();
  for (const x of [...failed.flatMap((a) => a.causes), ...analysis.findings]) {
    for (const ev of x.evidence) {
      named.set(`${ev.computer}|${ev.channel}|${ev.recordId}`, undefined);
      namedIds.add(ev.recordId);
    }
  }
  if (named.size) {
    for (const e of events) {
      if (e.recordId === undefined || !namedIds.has(e.recordId)) continue;
      const key = `${e.computer}|${e.channel}|${e.recordId}`;
      if (named.has(key)) named.set(key, e);
    }
    for (const e of named.values()) if (e) relevant.add(e);
  }
  const appendix = [...relevant].sort((a, b) =>
    a.timestamp < b.timestamp
      ? -1
      : a.timestamp > b.timestamp
        ? 1
        : a.computer.localeCompare(b.computer) || (a.recordId ?? 0) - (b.recordId ?? 0),
  );

  return {
    tool: TOOL,
    inputs,
    computers,
    span,
    counts: {
      attempts: attempts.length,
      succeeded: attempts.filter((a) => a.outcome === 'succeeded').length,
      failed: failed.length,
      inProgress: attempts.filter((a) => a.outcome === 'in-progress').length,
    },
    causeCounts,
    attempts,
    failed,
    analysis,
    appendix: appendix.slice(0, MAX_APPENDIX),
    appendixTruncated: Math.max(0, appendix.length - MAX_APPENDIX),
  };
}
