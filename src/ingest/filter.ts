import { channelChosen } from '../model/channels.js';
import type { NormalizedEvent } from '../model/event.js';
import { offsetMinutesOf, utcSeconds } from '../model/time.js';
import { echoed } from '../model/value-length.js';

export interface EventFilter {
  sinceMs?: number;
  untilMs?: number;
  /** Lower-cased channel choices; an event matches one as `channelChosen` says. */
  channels?: string[];
  eventIds?: Set<number>;
  /** Lower-cased computer names; matches the full name or its first label. */
  computers?: string[];
}

export class FilterError extends Error {}

const RELATIVE = /^(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d|w)$/i;
const UNIT_MS: Record<string, number> = {
  s: 1000,
  sec: 1000,
  m: 60_000,
  min: 60_000,
  h: 3_600_000,
  hr: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};
/** `2024-05-02`, `2024-05-02T09:00`, `2024-05-02 09:00:00.5`, each optionally with `Z` or `+02:00`. */
const ISO_TIME = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?(Z|[+-]\d\d(?::?\d\d)?)?$/i;

/**
 * A point in time from the command line: ISO 8601 (`2024-05-02`, `2024-05-02T09:00:00Z`; no zone means
 * UTC, like every time rdpdiag prints) or relative to `now` (`30m`, `2h`, `3d`, `1w`).
 */
export function parseTimeArg(text: string, now: Date = new Date()): number {
  const trimmed = text.trim();
  const rel = RELATIVE.exec(trimmed);
  if (rel) return now.getTime() - Number(rel[1]) * UNIT_MS[rel[2].toLowerCase()];
  const m = ISO_TIME.exec(trimmed);
  const ms = m ? isoToMs(m) : Number.NaN;
  if (m && Number.isNaN(ms)) {
    throw new FilterError(
      `cannot read the time "${echoed(text)}": there is no such time (a day past the month's end, 24:00 past midnight, a 60th second or minute, an offset's minutes past 59)`,
    );
  }
  if (Number.isNaN(ms)) {
    throw new FilterError(
      `cannot read the time "${echoed(text)}": use ISO 8601 (2024-05-02T09:00:00Z) or a relative time (30m, 2h, 3d, 1w)`,
    );
  }
  return ms;
}

function isoToMs(m: RegExpExecArray): number {
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  const seconds = utcSeconds(year, month, day, hour, minute, second);
  const offsetMinutes = offsetMinutesOf(m[8]?.toUpperCase());
  const millis = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (seconds === undefined || offsetMinutes === undefined || (hour === 24 && millis > 0)) return Number.NaN;
  return (seconds - offsetMinutes * 60) * 1000 + millis;
}

/** The filters as a user states them (`--since 2h`, `--channel RdpCoreTS`, `--event-id 1149,21`…). */
export interface FilterChoices {
  since?: string;
  until?: string;
  channel?: string[];
  eventId?: string[];
  computer?: string[];
}

/** The filter a user's choices mean; throws FilterError with a message for the user. */
export function filterFromChoices(o: FilterChoices, now = new Date()): EventFilter {
  const f: EventFilter = {};
  if (o.since) f.sinceMs = parseTimeArg(o.since, now);
  if (o.until) f.untilMs = parseTimeArg(o.until, now);
  if (f.sinceMs !== undefined && f.untilMs !== undefined && f.sinceMs > f.untilMs) {
    throw new FilterError('--since is later than --until');
  }
  if (o.channel?.length) f.channels = o.channel.map((c) => c.toLowerCase());
  if (o.eventId?.length) f.eventIds = parseEventIds(o.eventId);
  if (o.computer?.length) f.computers = o.computer.map((c) => c.toLowerCase());
  return f;
}

export function parseEventIds(values: string[]): Set<number> {
  const ids = new Set<number>();
  for (const v of values.flatMap((x) => x.split(','))) {
    const t = v.trim();
    if (t === '') continue;
    const n = Number(t);
    if (!Number.isInteger(n) || n < 0) throw new FilterError(`"${t}" is not an event id`);
    ids.add(n);
  }
  return ids;
}

/** Which filter option drops the event (the first that does), or undefined when it passes them all. */
export type FilterName = 'since' | 'until' | 'event-id' | 'channel' | 'computer';

export function rejectedBy(e: NormalizedEvent, f: EventFilter): FilterName | undefined {
  if (f.sinceMs !== undefined && e.timeMs < f.sinceMs) return 'since';
  if (f.untilMs !== undefined && e.timeMs > f.untilMs) return 'until';
  if (f.eventIds && !f.eventIds.has(e.eventId)) return 'event-id';
  if (f.channels) {
    if (!f.channels.some((c) => channelChosen(e.channel, c))) return 'channel';
  }
  if (f.computers && !computerChosen(e.computer, f.computers)) return 'computer';
  return undefined;
}

/** A computer name matches a `--computer` choice (lower-cased) by its full name or its first label. */
export function computerChosen(name: string, computers: readonly string[]): boolean {
  const comp = name.toLowerCase();
  const first = comp.split('.')[0];
  return computers.some((c) => comp === c || first === c);
}

/**
 * What `analyze` reads with: the channel and event-id choices only. Time and computer choose what the report
 * shows (`viewOf`), after the whole logs were analyzed, so that an attack that began before `--since`, or on
 * another computer, still names the attempts in view it led to.
 */
export function readFilterOf(f: EventFilter): EventFilter {
  return {
    ...(f.channels ? { channels: f.channels } : {}),
    ...(f.eventIds ? { eventIds: f.eventIds } : {}),
  };
}

/** What `analyze` shows: attempts of this time and these computers (see `readFilterOf`). */
export type AnalysisView = Pick<EventFilter, 'sinceMs' | 'untilMs' | 'computers'>;

export function viewOf(f: EventFilter): AnalysisView | undefined {
  if (f.sinceMs === undefined && f.untilMs === undefined && !f.computers) return undefined;
  return {
    ...(f.sinceMs !== undefined ? { sinceMs: f.sinceMs } : {}),
    ...(f.untilMs !== undefined ? { untilMs: f.untilMs } : {}),
    ...(f.computers ? { computers: f.computers } : {}),
  };
}

export function matchesFilter(e: NormalizedEvent, f: EventFilter): boolean {
  return rejectedBy(e, f) === undefined;
}
