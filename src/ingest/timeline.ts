import { type LogTimeSpan, type TimeSpanState, TimeSpanTracker } from './time-span.js';
import type { InputSummary, InputWarning, NormalizedEvent } from '../model/event.js';
import type { FieldSelection } from '../model/reader.js';
import type { StateFile } from '../model/state.js';
import { compareRecordIds } from '../model/record-id.js';
import { isRawTime } from '../model/time.js';
import { compareInputNames, type InputToOpen, type ScratchChoice } from '../model/source.js';
import { ContextStore } from './context-store.js';
import { type EventFilter, type FilterName, matchesFilter, rejectedBy } from './filter.js';
import { readInputs } from './read.js';
import type { SevenZipTool } from './seven-zip.js';
import { LogReach } from './log-reach.js';
import { SeenRecords } from './record-ids.js';

export interface Timeline {
  events: NormalizedEvent[];
  /** The kept events `BuildTimelineOptions.context` took: held compactly, apart from `events`. */
  context?: ContextStore;
  inputs: InputSummary[];
  /** Files found in the folders given whose content is not a log (passed over), when there are any. */
  passedOver?: string[];
  /** Records dropped because another input already had them (same computer, channel and record id). */
  duplicates: number;
  /** Events read per channel (after the filter and de-duplication, before `keep`). */
  channelCounts: Record<string, number>;
  /** How far each computer's logs reach (record ids, rolled over, cleared), counted like `channelCounts`. */
  reach?: LogReach;
  /** The time the events read cover (before `keep`): the bulk's first and last, and the stray records apart. */
  span?: LogTimeSpan;
  /** What `span` was found from, for another run's to be added to it (`analyze --shard`, then `merge`). */
  spanState?: TimeSpanState;
  /** Records read from the inputs before any filter, their first and last time, and how many each filter option dropped. */
  read: { records: number; span?: { start: string; end: string }; droppedBy: Partial<Record<FilterName, number>> };
  /** Read with `byComputer`: `events` and `context` hold every kept event (no more than `wholeUpTo` were kept). */
  wholeKept?: boolean;
  /** The state files read (parsers/state), in input order; absent when there were none. */
  state?: StateFile[];
}

/** Timeline order: time (the timestamp's text, 100 ns digits included), computer, channel, record id. */
export function compareEvents(a: NormalizedEvent, b: NormalizedEvent): number {
  // Two ISO timestamps in different milliseconds compare as their times do (numbers, not 28 characters).
  if (a.timeMs !== b.timeMs && !isRawTime(a.timestamp) && !isRawTime(b.timestamp)) return a.timeMs < b.timeMs ? -1 : 1;
  if (a.timestamp !== b.timestamp) return a.timestamp < b.timestamp ? -1 : 1;
  if (a.computer !== b.computer) return a.computer < b.computer ? -1 : 1;
  if (a.channel !== b.channel) return a.channel < b.channel ? -1 : 1;
  return compareRecordIds(a.recordId, b.recordId);
}

export interface BuildTimelineOptions {
  filter?: EventFilter;
  signal?: AbortSignal;
  onWarning?: (w: InputWarning) => void;
  /** Keep only the events this accepts (they are still counted per channel). */
  keep?: (e: NormalizedEvent) => boolean;
  /** The fields `keep` reads of the events it drops (readers decode only those; see FieldSelection). */
  select?: FieldSelection;
  /** What to hold of a kept event (a slimmer copy, say); the event itself when absent. */
  hold?: (e: NormalizedEvent) => NormalizedEvent;
  /**
   * Kept events to hold in a compact store (`Timeline.context`, see context-store.ts) instead of
   * `events`: those analysis reads only near a connection attempt.
   */
  context?: (e: NormalizedEvent) => boolean;
  /**
   * One computer at a time: its kept events are handed over once the input shows it is finished, instead of
   * being held in `Timeline.events` (which stays empty once more than `wholeUpTo` events were kept). See `ByComputer`.
   */
  byComputer?: ByComputer;
  /**
   * With `byComputer`: the kept events held whole as well (`events`, `context`), for the run to be analyzed
   * whole without a second read if the passes end, until more than this many were kept (0: none).
   */
  wholeUpTo?: number;
  /**
   * A part of the inputs, not a filter: the events this rejects (another shard's computers, `analyze --shard`)
   * are passed over as if another run read them: not counted per channel, in the span or as dropped by a filter.
   */
  take?: (e: NormalizedEvent) => boolean;
  /** Called as batches arrive: the file being read, its records so far, and its place among the inputs. */
  onProgress?: (file: string, records: number, index: number, total: number) => void;
  /** Where an archive read as a stream waits to be read as one (`ReadInputOptions.scratch`). */
  scratch?: ScratchChoice;
  /** The machine's 7-Zip, to read `.7z` archives (`ReadInputOptions.sevenZip`). */
  sevenZip?: SevenZipTool;
}

/**
 * A fleet read grouped by computer (as `pull elastic` and the README's export queries sort it): a computer is
 * finished when the input moves on to another and, as it turns out, never comes back (detected, not assumed).
 */
export interface ByComputer {
  /** The computer an event belongs to (its events are those of one key). */
  key(e: NormalizedEvent): string;
  /**
   * A finished computer's kept events in timeline order, its context events apart (`BuildTimelineOptions.context`).
   * Returning false ends the passes: nothing more is kept, and the caller reads the inputs again whole.
   */
  done(events: NormalizedEvent[], context: ContextStore | undefined): boolean;
  /** A computer's events came back after another computer's: the passes end, as when `done` returns false. */
  ungrouped(key: string): void;
}

/** Events the filter drops need no field decoded; the others what `select` says (all, without it). */
function selection(filter: EventFilter, select: FieldSelection | undefined): FieldSelection | undefined {
  const filtering = Object.values(filter).some((v) => v !== undefined);
  if (!filtering) return select;
  return {
    pick: (e) => matchesFilter(e, filter) && (select ? select.pick(e) : true),
    whole: (e) => (select ? select.whole(e) : true),
    ...(select?.interest ? { interest: select.interest } : {}),
  };
}

/**
 * Reads every input, merges them in time order and drops records seen twice in overlapping exports.
 * The inputs come opened by the platform (files named on the command line, files picked in a page).
 * They are read in path order (`compareInputNames`), so which copy of a duplicate is kept, and so the
 * report, do not depend on the order the inputs were named in.
 */
export async function readTimeline(
  toOpen: readonly InputToOpen[],
  options: BuildTimelineOptions = {},
): Promise<Timeline> {
  const files = [...toOpen].sort((a, b) => compareInputNames(a.name, b.name));
  const seen = new SeenRecords();
  const events: NormalizedEvent[] = [];
  let duplicates = 0;
  const filter = options.filter ?? {};
  const keep = options.keep;
  const take = options.take;
  const hold = options.hold;
  const inContext = options.context;
  let context = inContext ? new ContextStore() : undefined;
  // Keyed by channel names from the logs (`constructor`, `__proto__`): no inherited keys.
  const channelCounts: Record<string, number> = Object.create(null);
  const reach = new LogReach();
  const span = new TimeSpanTracker();
  const read: Timeline['read'] = { records: 0, droppedBy: {} };
  const byComputer = options.byComputer;
  let passing = byComputer !== undefined;
  const wholeUpTo = byComputer ? (options.wholeUpTo ?? 0) : Number.POSITIVE_INFINITY;
  let keptWhole = 0;
  let whole = true;
  let computer: string | undefined;
  const finished = new Set<string>();
  let own: NormalizedEvent[] = [];
  let ownContext = inContext ? new ContextStore() : undefined;
  /** Hands the computer read so far to `byComputer`; false once the passes have ended. */
  const finish = (): boolean => {
    if (!passing || computer === undefined) return passing;
    finished.add(computer);
    own.sort(compareEvents);
    const events = own;
    own = [];
    const held = ownContext;
    ownContext = inContext ? new ContextStore() : undefined;
    passing = byComputer?.done(events, held) ?? false;
    return passing;
  };
  let readFirst: string | undefined;
  let readLast: string | undefined;
  const state: StateFile[] = [];
  const folderComputers = new Map<string, Set<string>>();
  const summaries = await readInputs(
    files,
    (batch, summary, index) => {
      options.onProgress?.(summary.path, summary.records, index, files.length);
      noteComputers(folderComputers, summary.path, batch);
      for (const e of batch) {
        read.records++;
        if (readFirst === undefined || e.timestamp < readFirst) readFirst = e.timestamp;
        if (readLast === undefined || e.timestamp > readLast) readLast = e.timestamp;
        const dropped = rejectedBy(e, filter);
        if (dropped) {
          read.droppedBy[dropped] = (read.droppedBy[dropped] ?? 0) + 1;
          continue;
        }
        if (take && !take(e)) continue;
        if (e.recordId !== undefined && !seen.add(e.computer, e.channel, e.recordId)) {
          duplicates++;
          reach.readAgain(e);
          continue;
        }
        channelCounts[e.channel] = (channelCounts[e.channel] ?? 0) + 1;
        reach.add(e);
        span.add(e);
        if (keep && !keep(e)) continue;
        // Only events with a record id: the order of events that tie on everything else is their order
        // of arrival, which the store does not keep.
        const stored = inContext !== undefined && e.recordId !== undefined && inContext(e);
        const held = stored || !hold ? e : hold(e);
        if (byComputer && passing) {
          const key = byComputer.key(e);
          if (key !== computer && finish()) {
            if (finished.has(key)) {
              passing = false;
              byComputer.ungrouped(key);
            } else computer = key;
          }
          if (passing) {
            if (stored) ownContext?.add(e);
            else own.push(held);
          }
        }
        if (!whole) continue;
        if (++keptWhole > wholeUpTo && passing) {
          // The passes go on alone: what was held whole is let go (should they end, the caller reads again).
          whole = false;
          events.length = 0;
          context = undefined;
          continue;
        }
        if (stored) context?.add(e);
        else events.push(held);
      }
    },
    {
      signal: options.signal,
      onWarning: options.onWarning,
      select: selection(filter, options.select),
      ...(options.scratch ? { scratch: options.scratch } : {}),
      onState: (file) => {
        state.push(file);
      },
      ...(options.sevenZip ? { sevenZip: options.sevenZip } : {}),
    },
  );
  finish();
  for (const f of state) besideLogs(f, folderComputers);
  const interest = options.select?.interest;
  if (interest) {
    const words = interest.channelWords.map((w) => w.toLowerCase());
    const readWhole = (channel: string) => words.some((w) => channel.toLowerCase().includes(w));
    for (const s of summaries) if (s.unread) reach.leftOut(s.path, readWhole);
  }
  events.sort(compareEvents);
  const inputs = summaries.filter((s) => s.passedOver === undefined);
  const passedOver = summaries.filter((s) => s.passedOver !== undefined).map((s) => s.path);
  if (readFirst && readLast) read.span = { start: readFirst, end: readLast };
  return {
    read,
    events,
    ...(context && whole ? { context } : {}),
    ...(byComputer && whole ? { wholeKept: true } : {}),
    inputs,
    ...(passedOver.length ? { passedOver } : {}),
    duplicates,
    channelCounts,
    reach,
    span: span.span(),
    spanState: span.export(),
    ...(state.length ? { state } : {}),
  };
}

/** The folder of an input's path (`/` or `\\` separated; an archive's entries under the archive's name). */
const folderOf = (path: string) => path.replace(/[\\/][^\\/]*$/, '');

/** The computers whose events a folder's logs hold (a state file beside them is of that computer). */
function noteComputers(into: Map<string, Set<string>>, path: string, batch: readonly NormalizedEvent[]): void {
  const folder = folderOf(path);
  let set = into.get(folder);
  let last: string | undefined;
  for (const e of batch) {
    if (e.computer === last || !e.computer) continue;
    last = e.computer;
    if (!set) into.set(folder, (set = new Set()));
    set.add(e.computer);
  }
}

/** A state file that names no computer, beside the logs of one computer, is that computer's. */
function besideLogs(f: StateFile, folders: ReadonlyMap<string, ReadonlySet<string>>): void {
  if (f.computer) return;
  const beside = folders.get(folderOf(f.file));
  if (beside?.size !== 1) return;
  f.computer = [...beside][0];
  f.computerFrom = 'logs-beside';
}
