import { type EventFilter, FilterError, type FilterChoices, filterFromChoices } from '../ingest/filter.js';
import { parseTimeZone, TimeZoneError, type TimeZoneChoice } from '../report/time-format.js';
import { UsageError } from './exit.js';

export interface FilterOptions extends FilterChoices {
  tz?: string;
}

export function filterFromOptions(o: FilterOptions, now = new Date()): EventFilter {
  try {
    return filterFromChoices(o, now);
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

export { parseThreads } from './threads.js';
