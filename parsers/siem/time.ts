/** Times of SIEM exports: how precise they are, and local times without a zone. */
import { type Instant, instantFromFiletime, instantFromIso, instantFromParts } from '../../src/model/time.js';

/** `2024-05-10T08:03:18.0483201Z` (28) or `2024-05-10T08:03:18.048Z` (24): positions of the digits. */
const DIGITS_28 = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22, 23, 24, 25, 26];
const DIGITS_24 = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22];

function digitsAt(t: string, at: readonly number[]): boolean {
  for (const i of at) {
    const c = t.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

const d = (t: string, i: number) => t.charCodeAt(i) - 0x30;

/** @cache the last day read and its midnight in ms (a pure function of the day). */
let cachedDay = '';
/** @cache with `cachedDay`. */
let cachedDayMs = Number.NaN;

/**
 * An ISO time as SIEMs write Windows' times, read fast when it is already in the model's form (7 digits
 * and `Z`: the text is the timestamp) or has 3 digits and `Z` (the day's start is computed once a day, the
 * rest from the digits); any other form through `instantFromIso`.
 */
export function isoTime(t: string): Instant | undefined {
  const n = t.length;
  if (
    (n === 28 || n === 24) &&
    t.charCodeAt(n - 1) === 0x5a &&
    t.charCodeAt(10) === 0x54 &&
    t.charCodeAt(13) === 0x3a &&
    t.charCodeAt(16) === 0x3a &&
    t.charCodeAt(19) === 0x2e &&
    digitsAt(t, n === 28 ? DIGITS_28 : DIGITS_24)
  ) {
    const day = t.slice(0, 10);
    if (day !== cachedDay) {
      const iso = instantFromIso(`${day}T00:00:00Z`);
      // Only a real calendar day (no 2024-02-30) takes the fast path.
      cachedDayMs = iso?.iso.startsWith(day) ? iso.ms : Number.NaN;
      cachedDay = day;
    }
    const hour = d(t, 11) * 10 + d(t, 12);
    const minute = d(t, 14) * 10 + d(t, 15);
    const second = d(t, 17) * 10 + d(t, 18);
    if (!Number.isNaN(cachedDayMs) && hour < 24 && minute < 60 && second < 60) {
      const ms = cachedDayMs + ((hour * 60 + minute) * 60 + second) * 1000 + d(t, 20) * 100 + d(t, 21) * 10 + d(t, 22);
      return { iso: n === 28 ? t : `${t.slice(0, 23)}0000Z`, ms };
    }
  }
  return instantFromIso(t);
}

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

const EPOCH_DECIMAL = /^(-?)(\d{1,12})(?:\.(\d+))?$/;
const FILETIME_UNIX_SECONDS = 11_644_473_600n;

/**
 * Seconds since 1970 written as a decimal (`1712345678.1234567`: Velocidex/evtx's `SystemTime`), read from its
 * digits to the 100-ns tick a FILETIME holds (string arithmetic: a JSON number parsed to a double first is off by
 * a tick in about half the cases, and then a millisecond early at its edge); digits past the seventh rounded.
 */
export function instantFromEpochDecimal(digits: string): Instant | undefined {
  const m = EPOCH_DECIMAL.exec(digits.trim());
  if (!m) return undefined;
  const fraction = m[3] ?? '';
  let ticks = BigInt(m[2]!) * 10_000_000n + BigInt(fraction.slice(0, 7).padEnd(7, '0'));
  if (fraction.length > 7 && fraction.charCodeAt(7) >= 0x35) ticks += 1n;
  if (m[1]) ticks = -ticks;
  const ft = ticks + FILETIME_UNIX_SECONDS * 10_000_000n;
  if (ft < 0n || ft >= 1n << 63n) return undefined;
  return instantFromFiletime(Number(ft & 0xffffffffn), Number(ft >> 32n));
}
