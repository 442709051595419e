import { type EventFilter, FilterError, type FilterChoices, filterFromChoices } from '../ingest/filter.js';
import { parseTimeZone, TimeZoneError, type TimeZoneChoice } from '../report/time-format.js';
import { echoed, UsageError } from './exit.js';

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

/** `--threads N`: a whole number from 1 up; absent, undefined (chosen per file). */
export function parseThreads(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new UsageError(`--threads must be a whole number from 1 to 256 (got "${echoed(value)}")`);
  return n;
}
