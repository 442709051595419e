import type { NormalizedEvent } from '../model/event.js';
import { escapeJsonText, UNSAFE_CLASS } from './sanitize.js';
import { Utf8Out, utf8 } from './utf8-out.js';

/** The `rdpdiag dump --format jsonl` record: the same keys whatever the input format. */
export function toDumpRecord(e: NormalizedEvent): Record<string, unknown> {
  return {
    recordId: e.recordId ?? null,
    timestamp: e.timestamp,
    eventId: e.eventId,
    provider: e.provider.name,
    channel: e.channel,
    computer: e.computer,
    level: e.level ?? null,
    activityId: e.activityId ?? null,
    data: e.data,
  };
}

/**
 * Field names as JSON (`,"Name":`), by name: the same few names repeat all through a log.
 * @cache a field name's JSON bytes, a pure function of the name; bounded by MAX_KEYS.
 */
const keys = new Map<string, Uint8Array>();
const MAX_KEYS = 10_000;

function jsonKey(k: string): Uint8Array {
  let q = keys.get(k);
  if (q === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear();
    const key = new Utf8Out(k.length * 6 + 4);
    key.text(',');
    key.json(k);
    key.text(':');
    q = key.take();
    keys.set(k, q);
  }
  return q;
}

/**
 * `,"provider":…,"channel":…,"computer":…,"level":` pre-encoded for the last three values met: they repeat
 * record after record, so most records copy this part whole.
 */
class SourceMemo {
  private provider: string | undefined;
  private channel: string | undefined;
  private computer: string | undefined;
  private bytes: Uint8Array = new Uint8Array(0);
  /** The bytes of the sources met before, by provider (logs interleave a few); bounded by MAX_KEYS. */
  private readonly seen = new Map<string, { channel: string; computer: string; bytes: Uint8Array }>();
  write(out: Utf8Out, provider: string, channel: string, computer: string): void {
    if (provider !== this.provider || channel !== this.channel || computer !== this.computer) {
      let known = this.seen.get(provider);
      if (known === undefined || known.channel !== channel || known.computer !== computer) {
        const q = new Utf8Out((provider.length + channel.length + computer.length) * 6 + 64);
        q.text(',"provider":');
        q.json(provider);
        q.text(',"channel":');
        q.json(channel);
        q.text(',"computer":');
        q.json(computer);
        q.text(',"level":');
        known = { channel, computer, bytes: q.take() };
        if (this.seen.size >= MAX_KEYS) this.seen.clear();
        this.seen.set(provider, known);
      }
      this.bytes = known.bytes;
      this.provider = provider;
      this.channel = channel;
      this.computer = computer;
    }
    out.raw(this.bytes);
  }
}

/** A number, string or absent value as JSON.stringify writes it in an object (absent: null). */
function jsonValue(out: Utf8Out, v: string | number | undefined): void {
  if (typeof v === 'number') {
    if (Number.isFinite(v)) out.number(v);
    else out.raw(NULL);
  } else if (v === undefined) out.raw(NULL);
  else out.json(v);
}

const NULL = utf8('null');
const J_RECORD_ID = utf8('{"recordId":');
const J_TIMESTAMP = utf8(',"timestamp":');
const J_EVENT_ID = utf8(',"eventId":');
const J_ACTIVITY = utf8(',"activityId":');
const J_ACTIVITY_NULL = utf8(',"activityId":null');
const J_DATA = utf8(',"data":{');
const J_END = utf8('}}\n');

/**
 * A record's System fields kept raw by the .evtx reader (parsers/evtx's RawSystem): numbers, a FILETIME's and
 * the record id's 32-bit halves, where the activity GUID's bytes lie in `buf` (-1: none), and the names.
 */
export interface RawSystemFields {
  readonly buf: Uint8Array;
  readonly eventId: number;
  /** -1: none. */
  readonly level: number;
  readonly recordLo: number;
  readonly recordHi: number;
  readonly timeLo: number;
  readonly timeHi: number;
  readonly provider: string;
  readonly channel: string;
  readonly computer: string;
  readonly activity: number;
}

const HEX_UPPER = '0123456789ABCDEF';
/** 2^53 - 1 = 0x1FFFFF_FFFFFFFF: a 64-bit id is a safe number when its high half is below this. */
const SAFE_HIGH = 0x200000;
const FILETIME_EPOCH_DIFF_SECONDS = 11644473600;
/** The last second a `YYYY-…` timestamp can hold: 9999-12-31T23:59:59Z (src/model/time.ts). */
const LAST_ISO_SECOND = 253402300799;

/**
 * A FILETIME's timestamp as `instantFromFiletime(lo, hi).iso` gives it (`YYYY-MM-DDTHH:MM:SS.fffffffZ`),
 * written as bytes: the date part made once per day, the time of day and the ticks as digits.
 */
class FiletimeText {
  private day = Number.NaN;
  /** `,"timestamp":"YYYY-MM-DDT` of `day`. */
  private readonly date = new Uint8Array(J_TIMESTAMP.length + 12);
  /** Unix seconds and ticks of the FILETIME checked last by `fits`. */
  private seconds = 0;
  private ticks = 0;

  /** Whether the FILETIME has the ISO form (a time past year 9999 has not); keeps its seconds for `write`. */
  fits(lo: number, hi: number): boolean {
    // As instantFromFiletime: 2^32 = 429 * 10^7 + 4967296, exact below hi 10^9 (every date before year ~30000).
    if (hi >= 1_000_000_000) return false;
    const rest = hi * 4967296 + lo;
    // rest / 10^7 rounded may reach the next whole number: the remainder then says so (no `%`, which is slow).
    let q = Math.floor(rest / 10_000_000);
    let ticks = rest - q * 10_000_000;
    if (ticks < 0) {
      q--;
      ticks += 10_000_000;
    }
    const seconds = hi * 429 + q - FILETIME_EPOCH_DIFF_SECONDS;
    if (seconds > LAST_ISO_SECOND) return false;
    this.seconds = seconds;
    this.ticks = ticks;
    return true;
  }

  /** `,"timestamp":` and the timestamp `fits` checked as a JSON string. */
  writeJson(out: Utf8Out): void {
    const seconds = this.seconds;
    const day = Math.floor(seconds / 86400);
    const date = this.date;
    if (day !== this.day) {
      const iso = new Date(day * 86_400_000).toISOString();
      date.set(J_TIMESTAMP);
      date[J_TIMESTAMP.length] = 0x22;
      for (let i = 0; i < 11; i++) date[J_TIMESTAMP.length + 1 + i] = iso.charCodeAt(i);
      this.day = day;
    }
    out.reserve(date.length + 20);
    const b = out.bytes;
    let p = out.length;
    for (let i = 0; i < date.length; i++) b[p++] = date[i]!;
    let s = seconds - day * 86400;
    const h = (s / 3600) | 0;
    s -= h * 3600;
    const m = (s / 60) | 0;
    s -= m * 60;
    p = two(b, p, h);
    b[p++] = 0x3a;
    p = two(b, p, m);
    b[p++] = 0x3a;
    p = two(b, p, s);
    b[p++] = 0x2e;
    let t = this.ticks;
    for (let i = p + 6; i >= p; i--) {
      const q = (t / 10) | 0;
      b[i] = 0x30 + (t - q * 10);
      t = q;
    }
    p += 7;
    b[p++] = 0x5a;
    b[p++] = 0x22;
    out.length = p;
  }
}

/** Two decimal digits of `n` (0–99) at `p`; returns the new position. */
function two(b: Uint8Array, p: number, n: number): number {
  const q = (n / 10) | 0;
  b[p] = 0x30 + q;
  b[p + 1] = 0x30 + (n - q * 10);
  return p + 2;
}

/** A GUID's 16 bytes at `off` as guidString renders it (`{XXXXXXXX-XXXX-…}`), as a JSON string. */
function writeGuidJson(out: Utf8Out, buf: Uint8Array, off: number): void {
  out.reserve(40);
  const b = out.bytes;
  let p = out.length;
  b[p++] = 0x22;
  b[p++] = 0x7b;
  for (let k = 0; k < 16; k++) {
    // Data1 (4 bytes), Data2 and Data3 (2 each) little-endian; Data4's 8 bytes in order.
    const i = k < 4 ? 3 - k : k < 6 ? 9 - k : k < 8 ? 13 - k : k;
    const x = buf[off + i]!;
    b[p++] = HEX_UPPER.charCodeAt(x >> 4);
    b[p++] = HEX_UPPER.charCodeAt(x & 15);
    if (k === 3 || k === 5 || k === 7 || k === 9) b[p++] = 0x2d;
  }
  b[p++] = 0x7d;
  b[p++] = 0x22;
  out.length = p;
}

/**
 * The `dump --format jsonl` records: `JSON.stringify(toDumpRecord(e))` and a newline, byte for byte, written
 * into `out` as UTF-8 without building the record object or its text (the dump's hot path); fixed parts
 * pre-encoded, only the values escaped per record.
 */
export class JsonlDumpWriter {
  private readonly source = new SourceMemo();
  private readonly time = new FiletimeText();

  write(out: Utf8Out, e: NormalizedEvent): void {
    const start = out.length;
    if (!this.head(out, e)) {
      writeStringified(out, e);
      return;
    }
    out.raw(J_DATA);
    const data = e.data;
    let first = true;
    for (const k in data) {
      const v = data[k];
      if (typeof v !== 'string') {
        out.length = start;
        writeStringified(out, e);
        return;
      }
      // Keys are kept with a leading comma: the first is written without it.
      out.raw(jsonKey(k), first ? 1 : 0);
      first = false;
      out.json(v);
    }
    out.raw(J_END);
  }

  /**
   * The record up to its `data`: `{"recordId":…,"activityId":…`; false, with nothing written, when a
   * value is of another type than the readers give (the record is then written by JSON.stringify).
   */
  head(out: Utf8Out, e: NormalizedEvent): boolean {
    const timestamp = e.timestamp;
    const provider = e.provider.name;
    const channel = e.channel;
    const computer = e.computer;
    if (
      typeof timestamp !== 'string' ||
      typeof provider !== 'string' ||
      typeof channel !== 'string' ||
      typeof computer !== 'string'
    )
      return false;
    out.raw(J_RECORD_ID);
    jsonValue(out, e.recordId);
    out.raw(J_TIMESTAMP);
    out.json(timestamp);
    out.raw(J_EVENT_ID);
    jsonValue(out, e.eventId);
    this.source.write(out, provider, channel, computer);
    jsonValue(out, e.level);
    out.raw(J_ACTIVITY);
    jsonValue(out, e.activityId);
    return true;
  }

  /**
   * `head` from raw System fields, the same bytes as for their event; false, with nothing written, when the
   * event holds another form (a record id above 2^53, a time past year 9999).
   */
  headRaw(out: Utf8Out, r: RawSystemFields): boolean {
    if (r.recordHi >= SAFE_HIGH || !this.time.fits(r.timeLo, r.timeHi)) return false;
    out.raw(J_RECORD_ID);
    out.number(r.recordHi * 4294967296 + r.recordLo);
    this.time.writeJson(out);
    out.raw(J_EVENT_ID);
    out.number(r.eventId);
    this.source.write(out, r.provider, r.channel, r.computer);
    if (r.level < 0) out.raw(NULL);
    else out.number(r.level);
    if (r.activity < 0) out.raw(J_ACTIVITY_NULL);
    else {
      out.raw(J_ACTIVITY);
      writeGuidJson(out, r.buf, r.activity);
    }
    return true;
  }
}

/** The System fields a JSONL record holds (see JsonlDumpWriter.head). */
const JSONL_SYSTEM_FIELDS: ReadonlySet<string> = new Set([
  'recordId',
  'timestamp',
  'eventId',
  'provider.name',
  'channel',
  'computer',
  'level',
  'activityId',
]);

/** A record with a value of another type than the decoders give, as JSON.stringify writes it (escaped). */
function writeStringified(out: Utf8Out, e: NormalizedEvent): void {
  out.text(`${escapeJsonText(JSON.stringify(toDumpRecord(e)))}\n`);
}

/** One `dump --format jsonl` line as text (see JsonlDumpWriter). */
export function toDumpJsonLine(e: NormalizedEvent): string {
  const out = new Utf8Out(1024);
  new JsonlDumpWriter().write(out, e);
  return new TextDecoder().decode(out.take());
}

/**
 * What XML text must escape, and the characters never written raw (controls, bidi and format characters;
 * a CR too, which an XML reader would turn into a newline anyway): only tab and newline are kept.
 */
const XML_ESCAPED = new RegExp(`[<>&'"]|(?![\\t\\n])[${UNSAFE_CLASS}]`, 'gu');

export function escapeXml(s: string): string {
  return s.replace(XML_ESCAPED, (c) => {
    switch (c) {
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '&':
        return '&amp;';
      case "'":
        return '&apos;';
      case '"':
        return '&quot;';
      default:
        return `&#x${(c.codePointAt(0) ?? 0).toString(16)};`;
    }
  });
}

const POSITIONAL = /^(Data|Binary)\[(\d+)\]$/;

/** A field name made safe as an XML element name (names come from the log, which may be hostile). */
function xmlName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z_]/.test(safe) ? safe : `_${safe}`;
}

/** A field's opening and closing tags, pre-encoded. */
interface Tags {
  open: Uint8Array;
  close: Uint8Array;
}

/** The tags of a field, by name (bounded: names come from the log). */
class TagCache {
  private readonly tags = new Map<string, Tags>();
  constructor(private readonly make: (key: string) => [open: string, close: string]) {}
  get(key: string): Tags {
    let t = this.tags.get(key);
    if (t === undefined) {
      if (this.tags.size >= MAX_KEYS) this.tags.clear();
      const [open, close] = this.make(key);
      t = { open: utf8(open), close: utf8(close) };
      this.tags.set(key, t);
    }
    return t;
  }
}

const X_START = utf8("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider");
const X_NAME = utf8(" Name='");
const X_GUID = utf8(" Guid='");
const X_ESN = utf8(" EventSourceName='");
const X_EVENT_ID = utf8('/><EventID');
const X_QUALIFIERS = utf8(" Qualifiers='");
const X_EVENT_ID_END = utf8('</EventID>');
const X_TIME = utf8("<TimeCreated SystemTime='");
const X_TIME_END = utf8("'/>");
const X_CORRELATION = utf8('<Correlation');
const X_ACTIVITY = utf8(" ActivityID='");
const X_RELATED = utf8(" RelatedActivityID='");
const X_EXECUTION = utf8('/><Execution');
const X_PID = utf8(" ProcessID='");
const X_TID = utf8(" ThreadID='");
const X_EXECUTION_END = utf8('/>');
const X_SECURITY = utf8('<Security');
const X_USER = utf8(" UserID='");
const X_SYSTEM_END = utf8('/></System>');
const X_USERDATA = utf8('<UserData><');
const X_EVENT_NS = utf8(" xmlns='Event_NS'>");
const X_USERDATA_END = utf8('></UserData>');
const X_EVENTDATA = utf8('<EventData>');
const X_EVENTDATA_END = utf8('</EventData>');
const X_END = utf8('</Event>\n');
const QUOTE = utf8("'");
const GT = utf8('>');

/** `<Name>` and `</Name>`, pre-encoded. */
function tags(name: string): Tags {
  return { open: utf8(`<${name}>`), close: utf8(`</${name}>`) };
}
const VERSION = tags('Version');
const LEVEL = tags('Level');
const TASK = tags('Task');
const OPCODE = tags('Opcode');
const KEYWORDS = tags('Keywords');
const RECORD_ID = tags('EventRecordID');
const CHANNEL = tags('Channel');
const COMPUTER = tags('Computer');

/** ` name='value'` for a present value. */
function attribute(out: Utf8Out, name: Uint8Array, v: string | number | undefined): void {
  if (v === undefined) return;
  out.raw(name);
  if (typeof v === 'number') out.number(v);
  else out.xml(v);
  out.raw(QUOTE);
}

/** `<Name>value</Name>` for a present value. */
function element(out: Utf8Out, t: Tags, v: string | number | undefined): void {
  if (v === undefined) return;
  out.raw(t.open);
  if (typeof v === 'number') out.number(v);
  else out.xml(v);
  out.raw(t.close);
}

/**
 * EventData children: positional `Data[i]`/`Binary[i]` as bare elements, the others as `Data Name=…`.
 * @cache a field name's tags, a pure function of the name (bounded by MAX_KEYS): every run gets the same bytes.
 */
const eventDataTags = new TagCache((k) => {
  const m = POSITIONAL.exec(k);
  return m ? [`<${m[1]}>`, `</${m[1]}>`] : [`<Data Name='${escapeXml(k)}'>`, '</Data>'];
});
/**
 * UserData leaves by the last segment of their path, without an occurrence suffix.
 * @cache a field path's tags, a pure function of the path (bounded by MAX_KEYS): every run gets the same bytes.
 */
const userDataTags = new TagCache((k) => {
  const name = xmlName(
    k
      .split('/')
      .pop()!
      .replace(/\[\d+\]$/, ''),
  );
  return [`<${name}>`, `</${name}>`];
});
/**
 * The UserData element's name (`open`) and its closing tag without the `>` (`close`).
 * @cache an element name's tags, a pure function of the name (bounded by MAX_KEYS): every run gets the same bytes.
 */
const userDataRoots = new TagCache((k) => [xmlName(k), `</${xmlName(k)}`]);

/**
 * One event as `wevtutil qe /f:xml` writes it (single-quoted attributes, no RenderingInfo) and a newline,
 * written into `out` as UTF-8: the `dump --format xml` record; fixed parts pre-encoded, values escaped.
 */
export function writeEventXml(out: Utf8Out, e: NormalizedEvent, memo = new SystemXmlMemo()): void {
  writeSystemXml(out, e, memo);
  const data = e.data;
  if (e.userDataElement) {
    const root = userDataRoots.get(e.userDataElement);
    out.raw(X_USERDATA);
    out.raw(root.open);
    out.raw(X_EVENT_NS);
    for (const k in data) fieldElement(out, userDataTags.get(k), data[k]!);
    out.raw(root.close);
    out.raw(X_USERDATA_END);
  } else {
    let any = false;
    for (const k in data) {
      if (!any) out.raw(X_EVENTDATA);
      any = true;
      fieldElement(out, eventDataTags.get(k), data[k]!);
    }
    if (any) out.raw(X_EVENTDATA_END);
  }
  out.raw(X_END);
}

/**
 * The parts of System that repeat record after record, pre-encoded for the last values met: the Provider
 * element (with what comes before it), and Channel and Computer (with what follows them).
 */
class SystemXmlMemo {
  private name: string | undefined;
  private guid: string | undefined;
  private esn: string | undefined;
  private provider: Uint8Array = new Uint8Array(0);
  private channel: string | undefined;
  private computer: string | undefined;
  private place: Uint8Array = new Uint8Array(0);

  writeProvider(out: Utf8Out, name: string, guid: string | undefined, esn: string | undefined): void {
    if (name !== this.name || guid !== this.guid || esn !== this.esn || this.name === undefined) {
      const q = new Utf8Out(256);
      q.raw(X_START);
      attribute(q, X_NAME, name);
      attribute(q, X_GUID, guid);
      attribute(q, X_ESN, esn);
      q.raw(X_EVENT_ID);
      this.provider = q.take();
      this.name = name;
      this.guid = guid;
      this.esn = esn;
    }
    out.raw(this.provider);
  }

  writePlace(out: Utf8Out, channel: string, computer: string): void {
    if (channel !== this.channel || computer !== this.computer) {
      const q = new Utf8Out(256);
      element(q, CHANNEL, channel);
      element(q, COMPUTER, computer);
      q.raw(X_SECURITY);
      this.place = q.take();
      this.channel = channel;
      this.computer = computer;
    }
    out.raw(this.place);
  }
}

/** The event's `<Event …><System>…</System>` (the memo keeps the repeated parts of the records before). */
function writeSystemXml(out: Utf8Out, e: NormalizedEvent, memo: SystemXmlMemo): void {
  memo.writeProvider(out, e.provider.name, e.provider.guid, e.provider.eventSourceName);
  attribute(out, X_QUALIFIERS, e.qualifiers);
  out.raw(GT);
  out.number(e.eventId);
  out.raw(X_EVENT_ID_END);
  element(out, VERSION, e.version);
  element(out, LEVEL, e.level);
  element(out, TASK, e.task);
  element(out, OPCODE, e.opcode);
  element(out, KEYWORDS, e.keywords);
  out.raw(X_TIME);
  out.text(e.timestamp);
  out.raw(X_TIME_END);
  element(out, RECORD_ID, e.recordId);
  out.raw(X_CORRELATION);
  attribute(out, X_ACTIVITY, e.activityId);
  attribute(out, X_RELATED, e.relatedActivityId);
  out.raw(X_EXECUTION);
  attribute(out, X_PID, e.processId);
  attribute(out, X_TID, e.threadId);
  out.raw(X_EXECUTION_END);
  memo.writePlace(out, e.channel, e.computer);
  attribute(out, X_USER, e.userSid);
  out.raw(X_SYSTEM_END);
}

function fieldElement(out: Utf8Out, t: Tags, v: string): void {
  out.raw(t.open);
  out.xml(typeof v === 'string' ? v : String(v));
  out.raw(t.close);
}

/** One event as `wevtutil qe /f:xml` writes it, as text (see writeEventXml), without the newline. */
export function toEventXml(e: NormalizedEvent): string {
  const out = new Utf8Out(4096);
  writeEventXml(out, e);
  return UTF8.decode(out.bytes.subarray(0, out.length - 1));
}

/**
 * Events as `wevtutil qe /f:xml` writes them, one a line, as text without the last newline: what `toEventXml`
 * of each joined by newlines gives, written into one buffer with the repeated parts kept (about three times faster).
 */
export function toEventsXml(events: readonly NormalizedEvent[]): string {
  const out = new Utf8Out(1 << 16);
  const write = dumpRecordWriter('xml');
  for (const e of events) write(out, e);
  return UTF8.decode(out.bytes.subarray(0, Math.max(0, out.length - 1)));
}

/** Decodes whole texts (no state kept from one call to the next). */
const UTF8 = new TextDecoder();

/** The formats `dump` writes. */
export type DumpFormat = 'jsonl' | 'xml';

/** Writes one record in `format` into `out` (each writer keeps its own memos of repeated values). */
export function dumpRecordWriter(format: DumpFormat): (out: Utf8Out, e: NormalizedEvent) => void {
  if (format === 'xml') {
    const memo = new SystemXmlMemo();
    return (out, e) => writeEventXml(out, e, memo);
  }
  const jsonl = new JsonlDumpWriter();
  return (out, e) => jsonl.write(out, e);
}

/**
 * `dump`'s writer for records of one shape, known ahead (an .evtx template's): the text between the
 * values (keys, tags, the record's end) rendered once per shape, only the System fields and the values
 * written per record, the same bytes as the record's writer gives the event.
 */
export interface ShapedDumpWriter {
  /** The System fields `head` reads, by event field name (undefined: all). */
  readonly systemFields: ReadonlySet<string> | undefined;
  /** The fixed text of a shape whose data fields are `keys` (EventData, in order): one more than the keys. */
  segments(keys: readonly string[]): Uint8Array[];
  /** The record up to its first segment; false, with nothing written, when it must be written as an event. */
  head(out: Utf8Out, e: NormalizedEvent): boolean;
  /** `head` from raw System fields (the writers of `systemFields` only; false, with nothing written: see head). */
  headRaw(out: Utf8Out, r: RawSystemFields): boolean;
  /** A field's value given as UTF-16LE code units (false: see Utf8Out.jsonUtf16) or as a string. */
  utf16(out: Utf8Out, src: Uint8Array, start: number, end: number): boolean;
  text(out: Utf8Out, s: string): void;
  /** A whole number from 0 below 2^32 as `text` writes its decimal digits. */
  digits(out: Utf8Out, n: number): void;
}

class JsonlShaped implements ShapedDumpWriter {
  readonly systemFields = JSONL_SYSTEM_FIELDS;
  private readonly jsonl = new JsonlDumpWriter();
  segments(keys: readonly string[]): Uint8Array[] {
    const seg = keys.map((k, i) => {
      const key = jsonKey(k);
      return i === 0 ? concat(J_DATA, key.subarray(1)) : key;
    });
    seg.push(keys.length === 0 ? concat(J_DATA, J_END) : J_END);
    return seg;
  }
  head(out: Utf8Out, e: NormalizedEvent): boolean {
    return this.jsonl.head(out, e);
  }
  headRaw(out: Utf8Out, r: RawSystemFields): boolean {
    return this.jsonl.headRaw(out, r);
  }
  utf16(out: Utf8Out, src: Uint8Array, start: number, end: number): boolean {
    return out.jsonUtf16(src, start, end);
  }
  text(out: Utf8Out, s: string): void {
    out.json(s);
  }
  digits(out: Utf8Out, n: number): void {
    out.raw(QUOTE_JSON);
    out.number(n);
    out.raw(QUOTE_JSON);
  }
}

const QUOTE_JSON = utf8('"');

class XmlShaped implements ShapedDumpWriter {
  readonly systemFields = undefined;
  private readonly memo = new SystemXmlMemo();
  segments(keys: readonly string[]): Uint8Array[] {
    if (keys.length === 0) return [X_END];
    const tags = keys.map((k) => eventDataTags.get(k));
    const seg = tags.map((t, i) => (i === 0 ? concat(X_EVENTDATA, t.open) : concat(tags[i - 1]!.close, t.open)));
    seg.push(concat(tags[tags.length - 1]!.close, X_EVENTDATA_END, X_END));
    return seg;
  }
  head(out: Utf8Out, e: NormalizedEvent): boolean {
    if (e.userDataElement) return false;
    writeSystemXml(out, e, this.memo);
    return true;
  }
  headRaw(): boolean {
    // Its System fields are all read (systemFields undefined): the reader gives no raw ones.
    return false;
  }
  utf16(out: Utf8Out, src: Uint8Array, start: number, end: number): boolean {
    return out.xmlUtf16(src, start, end);
  }
  text(out: Utf8Out, s: string): void {
    out.xml(s);
  }
  digits(out: Utf8Out, n: number): void {
    out.number(n);
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const all = new Utf8Out(parts.reduce((n, p) => n + p.length, 0));
  for (const p of parts) all.raw(p);
  return all.take();
}

/** The ShapedDumpWriter of `format` (each keeps its own memos of repeated values). */
export function shapedDumpWriter(format: DumpFormat): ShapedDumpWriter {
  return format === 'xml' ? new XmlShaped() : new JsonlShaped();
}
