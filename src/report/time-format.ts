import { isRawTime } from '../model/time.js';
import { echoed } from '../model/value-length.js';

/** How times are printed: UTC by default, or converted to `local` or an IANA zone with `--tz`. */
export type TimeZoneChoice = { kind: 'utc' } | { kind: 'zone'; zone: string };

export class TimeZoneError extends Error {}

export function parseTimeZone(value: string | undefined): TimeZoneChoice {
  if (!value || value.toUpperCase() === 'UTC' || value === 'Z') return { kind: 'utc' };
  const zone = value === 'local' ? Intl.DateTimeFormat().resolvedOptions().timeZone : value;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw new TimeZoneError(
      `unknown time zone "${echoed(value)}": use UTC, local, or an IANA name such as Europe/Berlin`,
    );
  }
  return { kind: 'zone', zone };
}

/** @cache one formatter per time zone name (a pure function of it). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    formatters.set(zone, f);
  }
  return f;
}

/**
 * `2024-05-02 09:14:07.531Z` in UTC, `2024-05-02 11:14:07.531+02:00` in a zone; a time past year 9999
 * as its raw value (`FILETIME 0x7FFFFFFFFFFFFFFF`) in any zone.
 */
export function formatTime(timestamp: string, timeMs: number, tz: TimeZoneChoice): string {
  if (isRawTime(timestamp)) return timestamp;
  const millis = timestamp.slice(19, 23);
  if (tz.kind === 'utc') return `${timestamp.slice(0, 10)} ${timestamp.slice(11, 19)}${millis}Z`;
  const parts: Record<string, string> = {};
  for (const p of formatterFor(tz.zone).formatToParts(new Date(timeMs))) parts[p.type] = p.value;
  const offset = (parts.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}${millis}${offset}`;
}

/** As `formatTime`, to the second: `2024-05-02 09:14:07Z`, `2024-05-02 11:14:07+02:00`. */
export function formatSeconds(timestamp: string, tz: TimeZoneChoice): string {
  if (isRawTime(timestamp)) return timestamp;
  return formatTime(timestamp, Date.parse(`${timestamp.slice(0, 23)}Z`), tz).replace(/\.\d+(?=Z$|[+-]\d\d:\d\d$)/, '');
}

/** A time range to the second; the end without its date when both fall on the same day. */
export function formatRange(first: string, last: string, tz: TimeZoneChoice): string {
  const a = formatSeconds(first, tz);
  const b = formatSeconds(last, tz);
  if (a === b) return a;
  const sameDay = !isRawTime(first) && !isRawTime(last) && a.slice(0, 10) === b.slice(0, 10);
  return `${a} → ${sameDay ? b.slice(11) : b}`;
}
