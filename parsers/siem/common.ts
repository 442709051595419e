/**
 * What the SIEM mappers share: values as Windows renders them in XML (numbers as text, GUIDs upper case in
 * braces), exact record ids, channel names, times, and the event under construction.
 */
import type { EventSource, InputFormat, NormalizedEvent, Provider } from '../../src/model/event.js';
import { integerFromText } from '../../src/model/numbers.js';
import { type RecordId, recordIdFromText } from '../../src/model/record-id.js';
import type { Instant } from '../../src/model/time.js';
import { isoTime } from './time.js';

const GUID_38 = /^\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}$/;

/** A JSON object as parsed. */
export type Json = Record<string, unknown>;

/** Where the record sits in its input, for the event's `source`. */
export interface RecordPlace {
  file: string;
  line: number;
  /** The record's JSON text, to read numbers JSON.parse cannot keep exact (record ids above 2^53). */
  text?: string;
  ref?: string;
}

/** A record that cannot be an event (no time, no event id): skipped with a warning. */
export class RecordMappingError extends Error {}

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A field value as text, as the XML export would show it; undefined for null, objects and arrays. */
export function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return undefined;
}

/**
 * A log's value as a warning names it: quoted (so `--redact` hides it whole, as every quoted value in a warning)
 * and cut to 80 characters; `missing` when there is none.
 */
export function quotedOrMissing(value: string | undefined): string {
  return value === undefined ? 'missing' : JSON.stringify(value.slice(0, 80));
}

/** A field value as the event's `data` keeps it: text, or JSON for a nested value. */
export function fieldText(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  return text(v) ?? JSON.stringify(v);
}

export function integer(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  return integerFromText(text(v));
}

/** GUIDs as Windows' binary renderer writes them: upper case, in braces. */
export function guid(v: unknown): string | undefined {
  if (typeof v === 'string' && v.length === 38 && v.charCodeAt(0) === 0x7b && GUID_38.test(v)) return v.toUpperCase();
  const t = text(v)
    ?.trim()
    .replace(/^\{|\}$/g, '');
  if (!t || !/^[0-9a-fA-F-]{32,36}$/.test(t)) return undefined;
  return `{${t.toUpperCase()}}`;
}

/**
 * A record id, exact: a JSON number above 2^53 was rounded by JSON.parse, so its digits are read again
 * from the record's text (the first `"<key>": <digits>` there).
 */
export function recordId(v: unknown, key: string, place: RecordPlace): RecordId | undefined {
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v)) return v;
    if (!Number.isInteger(v) || !place.text) return undefined;
    const m = new RegExp(`"${key}"\\s*:\\s*(\\d+)`).exec(place.text);
    return m ? recordIdFromText(m[1]) : undefined;
  }
  return recordIdFromText(text(v));
}

/** The classic logs, as Windows spells them (NXLog writes `security`; channels compare without case anyway). */
const CLASSIC = new Map(['Security', 'System', 'Application', 'Setup'].map((c) => [c.toLowerCase(), c]));

/**
 * Repeated values (channel, computer, provider, field names) shared between events.
 * @cache interned strings (the value is its key), bounded by MAX_SHARED.
 */
const shared = new Map<string, string>();
const MAX_SHARED = 10_000;
export function share(s: string): string {
  let v = shared.get(s);
  if (v === undefined) {
    if (shared.size >= MAX_SHARED) shared.clear();
    v = s;
    shared.set(v, v);
  }
  return v;
}

/**
 * A field's value shared when short (a user, a domain, an address, a logon type repeat across thousands of
 * held events); long ones (messages, XML) are seldom repeated.
 */
export function shareValue(v: string): string {
  if (v.length > 48) return v;
  const known = values.get(v);
  if (known !== undefined) return known;
  // Full, it stops remembering rather than starting over: the values seen first (domains, addresses, users)
  // are the ones that repeat; a log of unique values (logon ids) must cost neither memory nor churn.
  if (values.size < MAX_VALUES) values.set(v, v);
  return v;
}
/** @cache interned strings (the value is its key): results are the same with or without it; bounded by MAX_VALUES. */
const values = new Map<string, string>();
const MAX_VALUES = 100_000;

/**
 * A connection's events come one after another with its ActivityID: the last one read is reused.
 * @cache the last ActivityID text read; its GUID is a pure function of it.
 */
let lastGuidText: unknown;
/** @cache with `lastGuidText`: its GUID. */
let lastGuid: string | undefined;
function activityGuid(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (v !== lastGuidText || typeof v !== 'string') {
    lastGuidText = v;
    lastGuid = guid(v);
  }
  return lastGuid;
}

/** @cache the last channel value read and its name (a pure function of it): a log's events come together. */
let lastChannelValue: unknown;
/** @cache with `lastChannelValue`. */
let lastChannelName = '';
export function channelName(v: unknown): string {
  if (v === lastChannelValue && typeof v === 'string') return lastChannelName;
  const t = text(v)?.trim() ?? '';
  const name = share(CLASSIC.get(t.toLowerCase()) ?? t);
  lastChannelValue = v;
  lastChannelName = name;
  return name;
}

/** An ISO 8601 time (any digits, `Z` or an offset, or none: then UTC). */
export function isoInstant(v: unknown): Instant | undefined {
  const t = text(v);
  return t ? isoTime(t) : undefined;
}

/** Level names Winlogbeat writes (`log.level`, `winlog.level`) to their numbers. */
const LEVELS: Record<string, number> = {
  critical: 1,
  error: 2,
  warning: 3,
  information: 4,
  info: 4,
  verbose: 5,
};

/** @cache the last level name read and its number (a pure function of it): every event of a log has one. */
let lastLevelName: string | undefined;
/** @cache with `lastLevelName`. */
let lastLevel: number | undefined;

export function levelOf(v: unknown): number | undefined {
  // A level's name (Winlogbeat's `log.level`) is no number: looked up before trying to read one.
  if (typeof v === 'string') {
    if (v === lastLevelName) return lastLevel;
    const word = v.toLowerCase();
    if (Object.hasOwn(LEVELS, word)) {
      lastLevelName = v;
      lastLevel = LEVELS[word];
      return lastLevel;
    }
  }
  const n = integer(v);
  if (n !== undefined) return n;
  const t = text(v)?.toLowerCase();
  return t ? LEVELS[t] : undefined;
}

/**
 * Provider objects shared between events (nothing changes an event's provider once read), by name, then
 * GUID text ('' for none): found per event without building a key.
 * @cache a Provider is a pure function of its name and GUID text and never changed once read; bounded.
 */
const providers = new Map<string, Map<string, Provider>>();
/** @cache with `providers`: the providers it holds, for its bound. */
let providerCount = 0;

function providerOf(name: string, guidText: unknown): Provider {
  const raw = typeof guidText === 'string' ? guidText : '';
  let byGuid = providers.get(name);
  let p = byGuid?.get(raw);
  if (p === undefined) {
    if (providerCount >= MAX_SHARED) {
      providers.clear();
      providerCount = 0;
      byGuid = undefined;
    }
    if (!byGuid) providers.set(name, (byGuid = new Map()));
    const g = guid(guidText);
    p = g ? { name: share(name), guid: share(g) } : { name: share(name) };
    byGuid.set(raw, p);
    providerCount++;
  }
  return p;
}

/**
 * The event's required part; the mappers add the rest. The record's place in the SIEM (`ref`) is kept only
 * when the event has no record id: computer, channel and record id find it there already, and a string per
 * event held costs a third of what a held event weighs.
 */
export function newEvent(
  instant: Instant,
  channel: string,
  providerName: string,
  eventId: number,
  computer: string,
  format: InputFormat,
  place: RecordPlace,
  id?: RecordId,
  providerGuid?: unknown,
): NormalizedEvent {
  const source: EventSource = { file: place.file, format, line: place.line };
  if (place.ref && id === undefined) source.ref = place.ref;
  const e: NormalizedEvent = {
    timestamp: instant.iso,
    timeMs: instant.ms,
    channel,
    provider: providerOf(providerName, providerGuid),
    eventId,
    computer: share(computer),
    data: {},
    source,
  };
  if (id !== undefined) e.recordId = id;
  return e;
}

/** The event id, from a number or its text; a mapping error without one. */
export function eventIdOf(v: unknown): number {
  const id = integer(v);
  if (id === undefined || id < 0 || id > 0xffff)
    throw new RecordMappingError(`no valid event id (${quotedOrMissing(text(v))})`);
  return id;
}

/** The record's time `v` as `read` reads it (ISO 8601 by default); a mapping error naming `what` without one. */
export function requireInstant(
  v: unknown,
  what: string,
  read: (v: unknown) => Instant | undefined = isoInstant,
): Instant {
  const instant = read(v);
  if (!instant) throw new RecordMappingError(`no valid ${what} (${quotedOrMissing(text(v))})`);
  return instant;
}

/**
 * A Beat's `event_data` and `user_data` (Winlogbeat 6's top level, ECS's `winlog`) into the event's data, only `names`
 * when given: each value as text (JSON for a nested one); `user_data`'s `xml_name` is its element's name, not a field.
 */
export function putBeatData(
  e: NormalizedEvent,
  eventData: Json | undefined,
  userData: Json | undefined,
  names?: ReadonlySet<string>,
): void {
  const data = e.data;
  for (const o of [eventData, userData]) {
    if (!o) continue;
    for (const k in o) {
      if ((o === userData && k === 'xml_name') || (names && !names.has(k))) continue;
      const v = fieldText(o[k]);
      if (v !== undefined) data[share(k)] = shareValue(v);
    }
  }
}

/** The optional numbers and ids every format may carry, as the export wrote them. */
export interface OptionalIds {
  activityId?: unknown;
  relatedActivityId?: unknown;
  processId?: unknown;
  threadId?: unknown;
  userSid?: unknown;
  level?: unknown;
  version?: unknown;
}

/** Sets the optional numbers and ids every format may carry. */
export function setOptional(e: NormalizedEvent, o: OptionalIds): void {
  // A connection's events share its ActivityID: one string for all of them.
  const activity = activityGuid(o.activityId);
  if (activity) e.activityId = activity;
  const related = guid(o.relatedActivityId);
  if (related) e.relatedActivityId = related;
  setIntegers(e, o, ['processId', 'threadId']);
  const sid = text(o.userSid);
  if (sid) e.userSid = share(sid);
  const level = levelOf(o.level);
  if (level !== undefined) e.level = level;
  setIntegers(e, o, ['version']);
}

/** The whole-number fields of an event an export may carry. */
type IntegerField = 'processId' | 'threadId' | 'version' | 'qualifiers' | 'task' | 'opcode';

/** Sets each of `fields` of `e`, in order, to the integer `from` holds under its name, where it holds one. */
function setIntegers(
  e: NormalizedEvent,
  from: Partial<Record<IntegerField, unknown>>,
  fields: readonly IntegerField[],
): void {
  for (const f of fields) {
    const n = integer(from[f]);
    if (n !== undefined) e[f] = n;
  }
}

/**
 * An event's System header as an export gives it (each value as the tool wrote it: text or a number, a GUID with
 * or without braces), for `eventFromHeader`: the one mapping of the header every format shares.
 */
export interface SystemHeader extends OptionalIds {
  instant: Instant;
  channel: unknown;
  provider: unknown;
  providerGuid?: unknown;
  eventSourceName?: unknown;
  eventId: unknown;
  computer: unknown;
  recordId?: RecordId | undefined;
  qualifiers?: unknown;
  task?: unknown;
  opcode?: unknown;
  /** As hex text (`0x8020000000000000`, any case and width) or decimal digits (signed or not, exact). */
  keywords?: unknown;
  timePrecisionMs?: number | undefined;
}

/** The event of a System header, its values as Windows writes them in the event's XML. */
export function eventFromHeader(h: SystemHeader, format: InputFormat, place: RecordPlace): NormalizedEvent {
  const e = newEvent(
    h.instant,
    channelName(h.channel),
    text(h.provider) ?? '',
    eventIdOf(h.eventId),
    text(h.computer) ?? '',
    format,
    place,
    h.recordId,
    h.providerGuid,
  );
  const source = text(h.eventSourceName);
  if (source) e.provider = { ...e.provider, eventSourceName: share(source) };
  setOptional(e, h);
  setIntegers(e, h, ['qualifiers', 'task', 'opcode']);
  const keywords = keywordsHex(h.keywords);
  if (keywords) e.keywords = share(keywords);
  if (h.timePrecisionMs !== undefined) e.timePrecisionMs = h.timePrecisionMs;
  return e;
}

/** Keywords as Windows renders them (`0x8020000000000000`) from hex text or a 64-bit decimal (signed or not). */
export function keywordsHex(v: unknown): string | undefined {
  const digits = text(v)?.trim();
  if (!digits) return undefined;
  if (/^0x[0-9a-f]{1,16}$/i.test(digits)) return `0x${digits.slice(2).toUpperCase().padStart(16, '0')}`;
  if (!/^-?\d{1,20}$/.test(digits)) return undefined;
  return `0x${BigInt.asUintN(64, BigInt(digits)).toString(16).toUpperCase().padStart(16, '0')}`;
}
