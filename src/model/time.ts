/**
 * Time helpers shared by every parser: all timestamps become `YYYY-MM-DDTHH:MM:SS.fffffffZ`, except times
 * past 9999-12-31 (a damaged or hostile FILETIME such as 0x7FFF…), which have no such form: they are kept
 * as their raw value, `FILETIME 0x7FFFFFFFFFFFFFFF`, shown as such everywhere (see `isRawTime`). That form
 * sorts after every ISO timestamp (and raw ones among themselves in time order), as their `ms` does.
 */

const FILETIME_EPOCH_DIFF_SECONDS = 11644473600;
const TICKS_PER_SECOND = 10_000_000;
const HI_MULTIPLIER_SECONDS = 429; // 2^32 = 429 * 10^7 + 4967296
const HI_MULTIPLIER_REMAINDER = 4967296;

export interface Instant {
  /** `YYYY-MM-DDTHH:MM:SS.fffffffZ` */
  iso: string;
  /** milliseconds since the Unix epoch */
  ms: number;
}

/** The last second a `YYYY-…` timestamp can hold: 9999-12-31T23:59:59Z. */
const LAST_ISO_SECOND = 253402300799;
const RAW_FILETIME = /^FILETIME 0x([0-9A-F]{16})$/;

/** A timestamp kept as its raw value (a time past year 9999), not `YYYY-MM-DDTHH:MM:SS.fffffffZ`. */
export function isRawTime(timestamp: string): boolean {
  return timestamp.charCodeAt(0) > 0x39; // not a digit: `FILETIME …`, `SYSTEMTIME …`
}

/** @cache the last second formatted and its prefix (a pure function of the second). */
let cachedSecond = NaN;
/**
 * `YYYY-MM-DDTHH:MM:SS.` of `cachedSecond`.
 * @cache with `cachedSecond`.
 */
let cachedPrefix = '';
/**
 * `000`…`999` and `0000Z`…`9999Z`: the 7 tick digits (and the Z) without formatting a number per time.
 * @cache constant digit tables, made on first use.
 */
let high3: string[] | undefined;
/** @cache constant digit tables, made on first use. */
let low4z: string[] | undefined;

function fromSecondsAndTicks(unixSeconds: number, ticks: number): Instant {
  if (unixSeconds !== cachedSecond) {
    const d = new Date(unixSeconds * 1000);
    if (Number.isNaN(d.getTime())) throw new RangeError(`time out of range: ${unixSeconds}s`);
    cachedPrefix = d.toISOString().slice(0, -4); // drop "000Z"
    cachedSecond = unixSeconds;
  }
  if (!(ticks >= 0 && ticks < TICKS_PER_SECOND && Number.isInteger(ticks))) {
    // Not a whole tick count (no reader gives one): formatted as it is.
    return {
      iso: `${cachedPrefix}${String(ticks).padStart(7, '0')}Z`,
      ms: unixSeconds * 1000 + Math.floor(ticks / 10_000),
    };
  }
  if (!high3 || !low4z) {
    high3 = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
    low4z = Array.from({ length: 10_000 }, (_, i) => `${String(i).padStart(4, '0')}Z`);
  }
  const high = Math.floor(ticks / 10_000);
  return {
    iso: cachedPrefix + high3[high]! + low4z[ticks - high * 10_000]!,
    ms: unixSeconds * 1000 + high,
  };
}

/**
 * The timestamp of a time given as its milliseconds (`Instant.ms`, a whole number) and the 100 ns ticks
 * within that millisecond (0–9999): how compact stores rebuild an event's exact `timestamp`.
 */
export function timestampFromMs(ms: number, subMsTicks: number): string {
  const seconds = Math.floor(ms / 1000);
  return fromSecondsAndTicks(seconds, (ms - seconds * 1000) * 10_000 + subMsTicks).iso;
}

/** A FILETIME (100 ns ticks since 1601-01-01 UTC) given as its two 32-bit halves. */
export function instantFromFiletime(lo: number, hi: number): Instant {
  let seconds: number;
  let ticks: number;
  if (hi < 1_000_000_000) {
    const rest = hi * HI_MULTIPLIER_REMAINDER + lo; // < 2^53 for any date before year ~30000
    seconds = hi * HI_MULTIPLIER_SECONDS + Math.floor(rest / TICKS_PER_SECOND);
    ticks = rest % TICKS_PER_SECOND;
  } else {
    const all = (BigInt(hi) << 32n) | BigInt(lo);
    seconds = Number(all / 10_000_000n);
    ticks = Number(all % 10_000_000n);
  }
  const unixSeconds = seconds - FILETIME_EPOCH_DIFF_SECONDS;
  if (unixSeconds > LAST_ISO_SECOND) {
    const raw = ((BigInt(hi) << 32n) | BigInt(lo)).toString(16).toUpperCase().padStart(16, '0');
    return { iso: `FILETIME 0x${raw}`, ms: unixSeconds * 1000 + Math.floor(ticks / 10_000) };
  }
  return fromSecondsAndTicks(unixSeconds, ticks);
}

const ISO_RE = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?(Z|[+-]\d\d:?\d\d)?$/;

/** A time's calendar fields, as written: month 1–12, day 1–31. */
type CalendarTime = [year: number, month: number, day: number, hour: number, minute: number, second: number];

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The seconds since the Unix epoch of a UTC calendar time, or undefined when there is no such time: a day
 * past the month's end (2024-04-31, 2023-02-29), a 13th month, 23:59:60 (no leap seconds), an hour past 24
 * (24:00:00 is the next midnight, as ISO 8601 and date-fns have it). Years 0–99 are those years, not 19xx
 * (`Date.UTC` would make 0050 into 1950). The one place calendar fields are checked: every ISO reader uses it.
 */
export function utcSeconds(...[year, month, day, hour, minute, second]: CalendarTime): number | undefined {
  if (month < 1 || month > 12 || day < 1 || minute > 59 || second > 59) return undefined;
  if (hour > 24 || (hour === 24 && (minute !== 0 || second !== 0))) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return undefined;
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  date.setUTCFullYear(year, month - 1, day);
  if (hour === 24) date.setUTCDate(date.getUTCDate() + 1);
  return date.getTime() / 1000;
}

/**
 * The minutes east of UTC of an ISO offset (`+02:00`, `-0530`, `+02`; `Z` or none: 0), or undefined when
 * its minutes are not 0–59.
 */
export function offsetMinutesOf(zone: string | undefined): number | undefined {
  if (!zone || zone === 'Z' || zone === 'z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = +(digits.slice(2, 4) || 0);
  if (minutes > 59) return undefined;
  return (zone[0] === '-' ? -1 : 1) * (+digits.slice(0, 2) * 60 + minutes);
}

/**
 * Parse an ISO 8601 time as Windows writes it (`2024-05-02T09:14:07.5310000Z`, any number of
 * fraction digits, optionally an offset) keeping the 100 ns digits. Returns undefined when it is not one,
 * an impossible time (`utcSeconds`) included.
 */
export function instantFromIso(text: string): Instant | undefined {
  const m = ISO_RE.exec(text.trim());
  if (!m) {
    // A raw time rdpdiag wrote (dump --format xml of a time past year 9999) reads back as itself.
    const raw = RAW_FILETIME.exec(text.trim());
    if (!raw) return undefined;
    const n = BigInt(`0x${raw[1]}`);
    return instantFromFiletime(Number(n & 0xffffffffn), Number(n >> 32n));
  }
  const seconds = utcSeconds(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  const offset = offsetMinutesOf(m[8]);
  if (seconds === undefined || offset === undefined) return undefined;
  const ticks = m[7] ? +(m[7] + '000000').slice(0, 7) : 0;
  if (+m[4]! === 24 && ticks !== 0) return undefined; // 24:00:00.5 is no time
  return fromSecondsAndTicks(seconds - offset * 60, ticks);
}

/** A SYSTEMTIME's fields as an instant (milliseconds precision, the most it carries). */
export function instantFromParts(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
): Instant {
  const seconds = Date.UTC(year, month - 1, day, hour, minute, second) / 1000;
  if (seconds > LAST_ISO_SECOND) {
    const two = (n: number) => String(n).padStart(2, '0');
    const raw = `SYSTEMTIME ${year}-${two(month)}-${two(day)} ${two(hour)}:${two(minute)}:${two(second)}.${String(millis).padStart(3, '0')}`;
    return { iso: raw, ms: seconds * 1000 + millis };
  }
  return fromSecondsAndTicks(seconds, millis * 10_000);
}

/** A time as the explanations say it: `2024-05-01 10:20:30Z` (a raw `FILETIME 0x…` time as it is). */
export function formatShortTime(timestamp: string): string {
  if (isRawTime(timestamp)) return timestamp;
  return `${timestamp.slice(0, 10)} ${timestamp.slice(11, 19)}Z`;
}
