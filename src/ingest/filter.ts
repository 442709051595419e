import { isValid, parseISO, sub } from 'date-fns';
import type { NormalizedEvent } from '../model/event.js';

export interface EventFilter {
  sinceMs?: number;
  untilMs?: number;
  /** Lower-cased channel names or short names; an event matches when its channel equals or ends with one. */
  channels?: string[];
  eventIds?: Set<number>;
  /** Lower-cased computer names; matches the full name or its first label. */
  computers?: string[];
}

export class FilterError extends Error {}

const RELATIVE = /^(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d|w)$/i;

/**
 * A point in time from the command line: ISO 8601 (`2024-05-02`, `2024-05-02T09:00:00Z`; no zone means
 * UTC) or relative to `now` (`30m`, `2h`, `3d`, `1w`).
 */
export function parseTimeArg(text: string, now: Date = new Date()): number {
  const rel = RELATIVE.exec(text.trim());
  if (rel) {
    const n = Number(rel[1]);
    const unit = rel[2].toLowerCase();
    const duration =
      unit === 's' || unit === 'sec'
        ? { seconds: n }
        : unit === 'm' || unit === 'min'
          ? { minutes: n }
          : unit === 'h' || unit === 'hr'
            ? { hours: n }
            : unit === 'd'
              ? { days: n }
              : { weeks: n };
    return sub(now, duration).getTime();
  }
  const hasZone = /(Z|[+-]\d\d:?\d\d)$/i.test(text.trim());
  const date = parseISO(hasZone || !/T|\d\d:\d\d/.test(text) ? text.trim() : `${text.trim()}Z`);
  if (!isValid(date)) {
    throw new FilterError(
      `cannot read the time "${text}": use ISO 8601 (2024-05-02T09:00:00Z) or a relative time (30m, 2h, 3d, 1w)`,
    );
  }
  // A date without a time or zone is taken as midnight UTC, like every time rdpdiag prints.
  if (!hasZone && !/T|\d\d:\d\d/.test(text)) return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  return date.getTime();
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

export function matchesFilter(e: NormalizedEvent, f: EventFilter): boolean {
  if (f.sinceMs !== undefined && e.timeMs < f.sinceMs) return false;
  if (f.untilMs !== undefined && e.timeMs > f.untilMs) return false;
  if (f.eventIds && !f.eventIds.has(e.eventId)) return false;
  if (f.channels) {
    const ch = e.channel.toLowerCase();
    const short = shortChannelName(e.channel).toLowerCase();
    if (
      !f.channels.some((c) => ch === c || short === c || ch.endsWith(c) || short.startsWith(c + '/') || ch.includes(c))
    )
      return false;
  }
  if (f.computers) {
    const comp = e.computer.toLowerCase();
    const first = comp.split('.')[0];
    if (!f.computers.some((c) => comp === c || first === c)) return false;
  }
  return true;
}

/**
 * The short channel name people use: `RdpCoreTS/Operational`, `LocalSessionManager/Operational`,
 * `RDPClient/Operational`, `System`, `Security`.
 */
export function shortChannelName(channel: string): string {
  return channel.replace(/^Microsoft-Windows-/, '').replace(/^(TerminalServices|RemoteDesktopServices)-/, '');
}
