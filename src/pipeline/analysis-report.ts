/**
 * `analyze` after reading, shared by the CLI and the browser page so both give the same report for the
 * same files: timeline → attempts, causes, findings → report model (failed only, a note on an empty
 * result, redacted) → rendering.
 */
import { HostNames } from '../correlate/index.js';
import { type Analysis, analyzeWithContext } from '../diagnose/analyze.js';
import { judgeFleet } from '../diagnose/fleet.js';
import { contextForAnalysis, fieldsForAnalysis, neededForAnalysis } from '../diagnose/analysis-reads.js';
import { LogReach } from '../ingest/log-reach.js';
import type { NormalizedEvent } from '../model/event.js';
import type { Spill } from '../model/spill.js';
import { ComputerPasses } from './by-computer.js';
import { slimForAnalysis } from '../diagnose/slim.js';
import type { AnalysisView, FilterChoices, FilterName } from '../ingest/filter.js';
import { applyView, failuresFound } from '../diagnose/view.js';
import { applyMachineState } from '../diagnose/state-checks.js';
import type { BuildTimelineOptions, Timeline } from '../ingest/timeline.js';
import { buildReportModel, type ReportModel } from '../report/model.js';
import { valueMarks } from '../model/value-marks.js';
import { Redactor } from '../report/redact.js';
import { formatSeconds, type TimeZoneChoice } from '../report/time-format.js';
import { formatCount } from '../model/numbers.js';

const UTC: TimeZoneChoice = { kind: 'utc' };

export interface ReportChoices extends FilterChoices {
  /** List only the attempts that failed. */
  failedOnly?: boolean;
  /** Stable pseudonyms for users, domains, hosts, addresses, SIDs, thumbprints. */
  redact?: boolean;
  /** With `redact`: values left in clear. */
  redactKeep?: string[];
  /** Attempt ids whose diagnosis is traced (`--explain`). */
  explain?: string[];
  /**
   * What to show (`viewOf` the filter: time and computers) of the analysis of everything read: the verdict is
   * reached on all events first, so an attempt in view keeps the attack it belongs to.
   */
  view?: AnalysisView;
  /**
   * How many of each attempt's first events the report names, when it names no other (JSON, CSV, the terminal's
   * table: none; ECS and Splunk HEC: the few their ids are made of, `KEY_EVENTS`): computers analyzed one at a
   * time then keep of their attempts only those and what the fleet pass reads. Undefined (HTML shows every event
   * of the attempts it details, and which it details is known only after the fleet pass): all kept.
   */
  eventsShown?: number;
  /** With `eventsShown`: the report also shows every event of a failed attempt (Markdown's appendix), kept whole. */
  failedWhole?: boolean;
  /**
   * The report shows every event of the attempts with a cause and of those a finding names (HTML): with `spill`,
   * computers analyzed one at a time keep of the others what the fleet pass reads and read the rest back after it.
   */
  detailedLater?: boolean;
  /** Where computers analyzed one at a time put aside what only the report reads of their attempts. */
  spill?: Spill;
}

export interface AnalysisReport {
  model: ReportModel;
  /**
   * In view, some attempt failed (before `failedOnly` filtered the list) or a security alert stands (an attack,
   * a scan, lateral movement): `analyze` exits 1.
   */
  anyFailed: boolean;
}

/**
 * What `analyze` holds of what it reads: the events analysis can use (decoding only the fields that
 * decide it for the others), context events in a compact store (read only near attempts), other events
 * that belong to no connection slimmed.
 */
export function readingForAnalysis(): Pick<BuildTimelineOptions, 'keep' | 'select' | 'hold' | 'context'> {
  return {
    keep: neededForAnalysis(),
    select: fieldsForAnalysis(),
    hold: slimForAnalysis(),
    context: contextForAnalysis(),
  };
}

/**
 * Inputs smaller than this are analyzed whole: what they keep fits in memory anyway, and one computer at a time
 * could cost them a second read (a folder of several computers' logs, read file by file, is rarely grouped).
 */
export const PER_COMPUTER_FROM_BYTES = 128 * 2 ** 20;

/**
 * While reading a computer at a time, the kept events are held whole as well up to this many (some 50 MB;
 * measured: +4 % CPU on a fleet at 300,000, none at 100,000), so passes that end early (a log that renames its computer, a client's log in the folder) cost
 * no second read; past it, a fleet's memory follows its busiest computer again.
 */
export const HELD_WHOLE_EVENTS = 100_000;

/**
 * Reads the inputs for `analyze` and says how to analyze them: a computer at a time while reading when the
 * inputs are large and can be read again (`rereadableBytes`: their size, undefined for a pipe) and the choices
 * allow it (`--explain` names attempts by their final ids, `--redact` numbers values in the order the whole
 * timeline gives them), so a fleet's memory follows its busiest computer (see by-computer.ts); when something
 * read reaches across computers, the run is analyzed whole, as it is otherwise: from the events held whole
 * alongside the passes (`HELD_WHOLE_EVENTS`), or, past them, from a second read.
 */
export async function readForAnalysis<T extends Timeline>(
  read: (options: BuildTimelineOptions) => Promise<T>,
  choices: ReportChoices,
  rereadableBytes: number | undefined,
  heldWholeEvents = HELD_WHOLE_EVENTS,
): Promise<{ timeline: T; analyze: () => AnalysisReport }> {
  const whole = async () => {
    const timeline = await read(readingForAnalysis());
    return { timeline, analyze: () => analyzeTimeline(timeline, choices) };
  };
  if (rereadableBytes === undefined || rereadableBytes < PER_COMPUTER_FROM_BYTES) return whole();
  if (choices.explain?.length || choices.redact) return whole();
  const passes = new ComputerPasses({
    marks: valueMarks(false),
    ...(choices.eventsShown !== undefined ? { eventsShown: choices.eventsShown } : {}),
    ...(choices.failedWhole ? { failedWhole: true } : {}),
    ...(choices.detailedLater ? { detailedLater: true } : {}),
    ...(choices.spill ? { spill: choices.spill } : {}),
  });
  const timeline = await read({ ...readingForAnalysis(), byComputer: passes.reading, wholeUpTo: heldWholeEvents });
  passes.finish();
  if (passes.crossing === undefined) {
    timeline.events = [];
    delete timeline.context;
    delete timeline.wholeKept;
    return { timeline, analyze: () => analyzeTimeline(timeline, choices, passes) };
  }
  if (!timeline.wholeKept) return whole();
  delete timeline.wholeKept;
  return { timeline, analyze: () => analyzeTimeline(timeline, choices) };
}

/**
 * Analyzes a timeline (read with `readingForAnalysis()`, or whole) into the model every report renders; or,
 * with `passes`, the computers already diagnosed one at a time as the timeline was read.
 */
export function analyzeTimeline(timeline: Timeline, choices: ReportChoices = {}, passes?: FleetParts): AnalysisReport {
  const { analysis: whole, firsts } = passes ? fleetOf(timeline, passes) : analyzeWhole(timeline, choices);
  // The machines' state beside the logs: its checks, `state-*` findings, and the failed attempts it explains.
  if (timeline.state?.length) whole.machineState = applyMachineState(whole, timeline.state);
  const analysis = applyView(whole, choices.view);
  const anyFailed = failuresFound(analysis);
  if (choices.failedOnly) analysis.attempts = analysis.attempts.filter((a) => a.outcome === 'failed');
  const note =
    analysis.attempts.length === 0 && !whole.machineState
      ? whole.attempts.length
        ? outOfViewNote(whole.attempts.length, timeline.read, choices)
        : emptyResultNote(
            timeline.read,
            Object.values(timeline.channelCounts).reduce((x, y) => x + y, 0),
            choices,
          )
      : undefined;
  // Coverage advice ("export RdpCoreTS") would be wrong when a filter, not a missing log, left nothing.
  if (note?.filtered) analysis.coverage.advice = [];
  let model = buildReportModel(analysis, timeline.inputs, timeline.span, firsts);
  if (note) model.note = note.text;
  else if (analysis.attempts.length < whole.attempts.length) model.note = viewNote(analysis, whole, choices);
  if (choices.redact) {
    // Every value of the timeline is where it first appears in `firsts` (context events included).
    const redactor = new Redactor(choices.redactKeep ?? []);
    for (const e of firsts) redactor.collectEvent(e);
    model = redactor.deep(model);
  }
  return { model, anyFailed };
}

function analyzeWhole(timeline: Timeline, choices: ReportChoices) {
  const explained = new Set((choices.explain ?? []).map((id) => id.toUpperCase()));
  return analyzeWithContext(timeline.events, {
    channelCounts: timeline.channelCounts,
    ...(timeline.reach ? { reach: timeline.reach } : {}),
    ...(timeline.context ? { context: timeline.context } : {}),
    ...(explained.size ? { trace: (id: string) => explained.has(id.toUpperCase()) } : {}),
    // Redacted: the values rdpdiag puts into its own sentences are marked, for the redactor to find.
    marks: valueMarks(choices.redact === true),
  });
}

/** Computers diagnosed one at a time (or a merge's shards): what the fleet pass reads; `afterFleet` lets a spill go. */
type FleetParts = Pick<ComputerPasses, 'parts' | 'firsts'> & { afterFleet?(): void };

function fleetOf(timeline: Timeline, passes: FleetParts): { analysis: Analysis; firsts: readonly NormalizedEvent[] } {
  const analysis = judgeFleet(passes.parts, {
    reach: timeline.reach ?? new LogReach(),
    channelCounts: timeline.channelCounts,
    names: HostNames.fromEvents(passes.firsts),
    marks: valueMarks(false),
  });
  passes.afterFleet?.();
  return { analysis, firsts: passes.firsts };
}

const FILTER_CHOICES: Record<FilterName, keyof FilterChoices> = {
  since: 'since',
  until: 'until',
  'event-id': 'eventId',
  channel: 'channel',
  computer: 'computer',
};

/**
 * When no attempt is left, says why: the filters (which one removed how many of the events read) or
 * inputs that held no events. Undefined when the logs simply show no RDP connection.
 */
export function emptyResultNote(
  read: Timeline['read'],
  left: number,
  o: FilterChoices,
): { text: string; filtered: boolean } | undefined {
  const n = formatCount;
  if (read.records === 0) return { text: 'No events were read from the inputs.', filtered: false };
  const dropped = Object.entries(read.droppedBy) as [FilterName, number][];
  if (dropped.length === 0) return undefined;
  const by = dropped.map(([name, count]) => {
    const value = o[FILTER_CHOICES[name]];
    return `--${name} ${Array.isArray(value) ? value.join(',') : String(value ?? '')} removed ${n(count)}`;
  });
  const span = read.span
    ? ` The logs run from ${formatSeconds(read.span.start, UTC)} to ${formatSeconds(read.span.end, UTC)}.`
    : '';
  return {
    text: `No RDP connection attempt is left after the filters: ${n(read.records)} events read, ${n(left)} left (${by.join('; ')}).${span} Nothing here says the logs are incomplete: run again without the filter, or with a wider one.`,
    filtered: true,
  };
}

/** What a filtered report shows: how many of the attempts found, and that the verdict was reached on all of them. */
function viewNote(shown: Analysis, whole: Analysis, o: FilterChoices): string {
  const n = formatCount;
  return `Filtered (${viewChoices(o).join(' ')}): ${n(shown.attempts.length)} of the ${n(whole.attempts.length)} attempts found are shown; attacks, incidents and findings were judged on all of them.`;
}

function viewChoices(o: FilterChoices): string[] {
  return [
    o.since ? `--since ${o.since}` : '',
    o.until ? `--until ${o.until}` : '',
    o.computer?.length ? `--computer ${o.computer.join(',')}` : '',
  ].filter(Boolean);
}

/** When the view (`--since`, `--until`, `--computer`) leaves none of the attempts found, says so. */
function outOfViewNote(found: number, read: Timeline['read'], o: FilterChoices): { text: string; filtered: boolean } {
  const chosen = viewChoices(o);
  const span = read.span
    ? ` The logs run from ${formatSeconds(read.span.start, UTC)} to ${formatSeconds(read.span.end, UTC)}.`
    : '';
  return {
    text: `No RDP connection attempt is left after the filters: ${formatCount(found)} found in the logs, none with ${chosen.join(' ')}.${span} Nothing here says the logs are incomplete: run again without the filter, or with a wider one.`,
    filtered: true,
  };
}
