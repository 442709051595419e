/**
 * A list of events as a compact JSON value, for what puts events aside as text (a fleet's attempts, spilled to a
 * temporary file: src/pipeline/spilled-attempts.ts): each event a row of values in a fixed order, without its keys,
 * and each string that repeats (channel, computer, provider, file, field names and values) written once. A quarter
 * of JSON.stringify's text for a fleet's events, and quicker both ways. Numbers in the list (an index of an event
 * kept elsewhere) stay numbers; an event with a part the rows do not carry is kept as it is.
 */
import type { RecordRef } from './attempt.js';
import type { EventSource, NormalizedEvent, Provider } from './event.js';

/** The optional parts of an event, in the order of their bits in a row's mask; then those of its source. */
const OPTIONAL = [
  'qualifiers',
  'version',
  'level',
  'task',
  'opcode',
  'keywords',
  'recordId',
  'processId',
  'threadId',
  'userSid',
  'activityId',
  'relatedActivityId',
  'userDataElement',
  'message',
  'timePrecisionMs',
  'dataFromMessage',
] as const satisfies readonly (keyof NormalizedEvent)[];
const SOURCE_OPTIONAL = ['offset', 'line', 'ref'] as const satisfies readonly (keyof EventSource)[];
const REQUIRED = ['timestamp', 'timeMs', 'channel', 'provider', 'eventId', 'computer', 'data', 'source'] as const;

// A part added to NormalizedEvent, EventSource or Provider fails the build here until the rows carry it.
type Missing<T, Carried> = Exclude<keyof T, Carried>;
const everyPartCarried: [
  Missing<NormalizedEvent, (typeof OPTIONAL)[number] | (typeof REQUIRED)[number]>,
  Missing<EventSource, (typeof SOURCE_OPTIONAL)[number] | 'file' | 'format'>,
  Missing<Provider, 'name' | 'guid' | 'eventSourceName'>,
] extends [never, never, never]
  ? true
  : never = true;
void everyPartCarried;

const EVENT_KEYS = new Set<string>([...OPTIONAL, ...REQUIRED]);
const SOURCE_KEYS = new Set<string>([...SOURCE_OPTIONAL, 'file', 'format']);
const PROVIDER_KEYS = new Set<string>(['name', 'guid', 'eventSourceName']);
/** Parts that are text (written by their place in the strings); the others are numbers or `true`/`false`. */
const TEXT = new Set<string>([
  'keywords',
  'userSid',
  'activityId',
  'relatedActivityId',
  'userDataElement',
  'message',
  'ref',
]);

/** A value at most this long is written once however often it repeats; longer ones (messages) stand in the row. */
const SHORT = 256;

/** The encoded list: its strings, its sets of field names (by their place in the strings), one entry per item. */
export type EncodedEvents = [strings: string[], keyLists: number[][], items: unknown[]];

const plain = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
const isText = (v: unknown): v is string => typeof v === 'string';
const maybeText = (v: unknown): boolean => v === undefined || typeof v === 'string';

/**
 * Are the parts of `e` those the rows carry (no part unknown to them), its required texts strings? Its optional
 * texts and its data's values are checked as they are written (`encodedRow`).
 */
function carriedShape(e: NormalizedEvent): boolean {
  // What JSON.stringify writes is an object's own: one made by a class may have more.
  if (!plain(e) || !plain(e.source) || !plain(e.provider) || !plain(e.data)) return false;
  for (const k in e) if (!EVENT_KEYS.has(k)) return false;
  for (const k in e.source) if (!SOURCE_KEYS.has(k)) return false;
  for (const k in e.provider) if (!PROVIDER_KEYS.has(k)) return false;
  const { provider: p, source } = e;
  if (!isText(e.timestamp) || !isText(e.channel) || !isText(e.computer) || typeof e.eventId !== 'number') return false;
  if (!isText(p.name) || !maybeText(p.guid) || !maybeText(p.eventSourceName)) return false;
  if (!isText(source.file) || !isText(source.format)) return false;
  // A field named `__proto__` would be lost by the assignment that reads it back.
  return !Object.hasOwn(e.data, '__proto__');
}

/** The optional parts of `e` and of its source, in the order of OPTIONAL then SOURCE_OPTIONAL (read by name: fast). */
function optionalParts(e: NormalizedEvent): unknown[] {
  const s = e.source;
  return [
    e.qualifiers,
    e.version,
    e.level,
    e.task,
    e.opcode,
    e.keywords,
    e.recordId,
    e.processId,
    e.threadId,
    e.userSid,
    e.activityId,
    e.relatedActivityId,
    e.userDataElement,
    e.message,
    e.timePrecisionMs,
    e.dataFromMessage,
    s.offset,
    s.line,
    s.ref,
  ];
}
/** The optional parts' names, in the order of `optionalParts`, and of each whether it is text. */
const OPTIONAL_NAMES: readonly string[] = [...OPTIONAL, ...SOURCE_OPTIONAL];
const OPTIONAL_TEXT = OPTIONAL_NAMES.map((k) => TEXT.has(k));

/** Strings numbered in the order first met: `at` gives a string's number, `strings` lists them. */
function stringTable(): { strings: string[]; at: (s: string) => number } {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const at = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      index.set(s, i);
    }
    return i;
  };
  return { strings, at };
}

export function encodeEvents(list: readonly (number | NormalizedEvent)[]): EncodedEvents {
  const { strings, at } = stringTable();
  const text = (s: string): number | string => (s.length <= SHORT ? at(s) : s);
  const keyLists: number[][] = [];
  const keyListIndex = new Map<string, number>();
  const items: unknown[] = [];
  /** `e` as a row, or undefined when a text of it is not a string. */
  const encodedRow = (e: NormalizedEvent): unknown[] | undefined => {
    const data = e.data;
    const keys = Object.keys(data);
    let signature = '';
    for (const k of keys) signature += `${at(k)},`;
    let keyList = keyListIndex.get(signature);
    if (keyList === undefined) {
      keyList = keyLists.push(keys.map(at)) - 1;
      keyListIndex.set(signature, keyList);
    }
    const p = e.provider;
    const values: unknown[] = new Array(keys.length);
    const row: unknown[] = [
      e.timestamp,
      Number.isFinite(e.timeMs) ? e.timeMs : String(e.timeMs),
      at(e.channel),
      at(p.name),
      p.guid === undefined ? -1 : at(p.guid),
      p.eventSourceName === undefined ? -1 : at(p.eventSourceName),
      e.eventId,
      at(e.computer),
      at(e.source.file),
      at(e.source.format),
      keyList,
      values,
      0,
    ];
    for (let i = 0; i < keys.length; i++) {
      const v = data[keys[i]!];
      if (typeof v !== 'string') return undefined;
      values[i] = text(v);
    }
    let mask = 0;
    const parts = optionalParts(e);
    for (let i = 0; i < parts.length; i++) {
      const v = parts[i];
      if (v === undefined) continue;
      mask |= 1 << i;
      if (!OPTIONAL_TEXT[i]) row.push(v);
      else if (typeof v === 'string') row.push(text(v));
      else return undefined;
    }
    row[12] = mask;
    return row;
  };
  for (const e of list) {
    const row = typeof e === 'number' || !carriedShape(e) ? undefined : encodedRow(e);
    if (row) items.push(row);
    // As JSON keeps it, a time in ms that is not a finite number (JSON's null) as its text.
    else items.push(typeof e === 'number' || Number.isFinite(e.timeMs) ? e : { ...e, timeMs: String(e.timeMs) });
  }
  return [strings, keyLists, items];
}

/** The list `encodeEvents` wrote, each event a new object. */
export function decodeEvents(encoded: EncodedEvents): (number | NormalizedEvent)[] {
  const [strings, keyLists, items] = encoded;
  const text = (v: unknown): string => (typeof v === 'number' ? strings[v]! : (v as string));
  const keys = keyLists.map((list) => list.map((k) => strings[k]!));
  return items.map((item): number | NormalizedEvent => {
    if (typeof item === 'number') return item;
    if (!Array.isArray(item)) {
      const e = item as NormalizedEvent;
      if (typeof e.timeMs === 'string') e.timeMs = Number(e.timeMs);
      return e;
    }
    const row = item;
    const provider: Provider = { name: strings[row[3] as number]! };
    if ((row[4] as number) >= 0) provider.guid = strings[row[4] as number]!;
    if ((row[5] as number) >= 0) provider.eventSourceName = strings[row[5] as number]!;
    const source = { file: strings[row[8] as number]!, format: strings[row[9] as number]! } as EventSource;
    const data: Record<string, string> = {};
    const names = keys[row[10] as number]!;
    const values = row[11] as unknown[];
    for (let i = 0; i < names.length; i++) data[names[i]!] = text(values[i]);
    const e: NormalizedEvent = {
      timestamp: row[0] as string,
      timeMs: Number(row[1]),
      channel: strings[row[2] as number]!,
      provider,
      eventId: row[6] as number,
      computer: strings[row[7] as number]!,
      data,
      source,
    };
    const mask = row[12] as number;
    let at = 13;
    for (let i = 0; i < OPTIONAL_NAMES.length; i++) {
      if (!(mask & (1 << i))) continue;
      const owner = (i < OPTIONAL.length ? e : source) as unknown as Record<string, unknown>;
      owner[OPTIONAL_NAMES[i]!] = OPTIONAL_TEXT[i] ? text(row[at++]) : row[at++];
    }
    return e;
  });
}

/** An attempt's records (`RecordRef`s) as rows: names once, each record five or six values. */
export interface EncodedRecordRefs {
  strings: string[];
  /** [computer, channel, eventId, time, flags (1: recordId, 2: logon), recordId?] */
  rows: unknown[][];
}

const RECORD_KEYS = ['computer', 'channel', 'eventId', 'recordId', 'time', 'logon'];

/** Is `r` a record as the analysis makes it: these keys in this order, each of its type? */
function plainRecord(r: RecordRef): boolean {
  if (!plain(r)) return false;
  let at = 0;
  for (const k in r) {
    while (at < RECORD_KEYS.length && RECORD_KEYS[at] !== k) at++;
    if (at === RECORD_KEYS.length) return false;
  }
  const id = r.recordId;
  return (
    isText(r.computer) &&
    isText(r.channel) &&
    typeof r.eventId === 'number' &&
    isText(r.time) &&
    (id === undefined || typeof id === 'number' || typeof id === 'string') &&
    (r.logon === undefined || r.logon === true)
  );
}

/** The records as rows, or as they are when one is not made as the analysis makes them. */
export function encodeRecordRefs(records: readonly RecordRef[]): EncodedRecordRefs | readonly RecordRef[] {
  if (!records.every(plainRecord)) return records;
  const { strings, at } = stringTable();
  const rows = records.map((r) => {
    const flags = (r.recordId !== undefined ? 1 : 0) | (r.logon ? 2 : 0);
    const row: unknown[] = [at(r.computer), at(r.channel), r.eventId, r.time, flags];
    if (r.recordId !== undefined) row.push(r.recordId);
    return row;
  });
  return { strings, rows };
}

export function decodeRecordRefs(encoded: EncodedRecordRefs | RecordRef[]): RecordRef[] {
  if (Array.isArray(encoded)) return encoded;
  const { strings, rows } = encoded;
  return rows.map((row) => {
    const flags = row[4] as number;
    const computer = strings[row[0] as number]!;
    const channel = strings[row[1] as number]!;
    const eventId = row[2] as number;
    const time = row[3] as string;
    const r: RecordRef =
      flags & 1
        ? { computer, channel, eventId, recordId: row[5] as RecordRef['recordId'], time }
        : { computer, channel, eventId, time };
    if (flags & 2) r.logon = true;
    return r;
  });
}
