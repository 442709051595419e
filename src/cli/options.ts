import { FilterError, parseEventIds, parseTimeArg, type EventFilter } from '../ingest/filter.js';
import { parseTimeZone, TimeZoneError, type TimeZoneChoice } from '../report/time-format.js';
import { UsageError } from './exit.js';

export interface FilterOptions {
  since?: string;
  until?: string;
  channel?: string[];
  eventId?: string[];
  computer?: string[];
  tz?: string;
}

export function filterFromOptions(o: FilterOptions, now = new Date()): EventFilter {
  try {
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
  } catch (err) {
    if (err instanceof FilterError) throw new UsageError(err.message);
    throw err;
  }
}

export function timeZoneFromOptions(o: FilterOptions): TimeZoneChoice {
  try {
    return parseTimeZone(o.tz);
  } catch (err) {
    if (err instanceof TimeZoneError) throw new UsageError(err.message);
    throw err;
  }
}
