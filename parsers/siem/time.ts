/** Times of SIEM exports: how precise they are, and local times without a zone. */
import { type Instant, instantFromParts } from '../../src/model/time.js';

const FRACTION = /[T ]\d\d:\d\d:\d\d(?:[.,](\d+))?/;

/**
 * 1 (ms) when an ISO time has exactly three fraction digits: the mark of a time cut to milliseconds by a
 * format known to do so (Elasticsearch's `@timestamp` alone, Winlogbeat 6, flat JSON). Fewer digits prove
 * nothing (JSON writers drop trailing zeros), so only the format, not the text, marks whole seconds.
 */
export function precisionOf(time: string | undefined): number | undefined {
  if (!time) return undefined;
  return FRACTION.exec(time)?.[1]?.length === 3 ? 1 : undefined;
}

const LOCAL = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)$/;
const US_LOCAL = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d):(\d\d) ([AP]M)$/;

/**
 * A local time of whole seconds (`2020-09-04 03:08:15` as NXLog writes `EventTime`, `09/16/2025 09:00:46 AM`
 * as Splunk's classic WinEventLog does) as UTC, given the zone's offset from UTC in minutes (east positive).
 */
export function instantFromLocal(textValue: string, offsetMinutes: number): Instant | undefined {
  const t = textValue.trim();
  let parts: number[];
  const m = LOCAL.exec(t);
  if (m) parts = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!];
  else {
    const u = US_LOCAL.exec(t);
    if (!u) return undefined;
    let hour = +u[4]! % 12;
    if (u[7] === 'PM') hour += 12;
    parts = [+u[3]!, +u[1]!, +u[2]!, hour, +u[5]!, +u[6]!];
  }
  const [year, month, day, hour, minute, second] = parts as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  const local = instantFromParts(year, month, day, hour, minute, second, 0);
  if (offsetMinutes === 0) return local;
  return instantFromParts(year, month, day, hour, minute - offsetMinutes, second, 0);
}

/**
 * The zone of a local time, from a UTC time of the same moment (Logstash's `@timestamp` beside NXLog's
 * `EventReceivedTime`): their difference rounded to 15 minutes; undefined when they are not both times.
 */
export function offsetFromPair(localText: string | undefined, utc: Instant | undefined): number | undefined {
  if (!localText || !utc) return undefined;
  const asUtc = instantFromLocal(localText, 0);
  if (!asUtc) return undefined;
  const minutes = (asUtc.ms - utc.ms) / 60_000;
  const rounded = Math.round(minutes / 15) * 15;
  return Math.abs(rounded) <= 14 * 60 ? rounded : undefined;
}
