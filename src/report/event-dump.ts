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
  write(out: Utf8Out, provider: string, channel: string, computer: string): void {
    if (provider !== this.provider || channel !== this.channel || computer !== this.computer) {
      const q = new Utf8Out((provider.length + channel.length + computer.length) * 6 + 64);
      q.text(',"provider":');
      q.json(provider);
      q.text(',"channel":');
      q.json(channel);
      q.text(',"computer":');
      q.json(computer);
      q.text(',"level":');
      this.bytes = q.take();
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
const J_DATA = utf8(',"data":{');
const J_END = utf8('}}\n');

/**
 * The `dump --format jsonl` records: `JSON.stringify(toDumpRecord(e))` and a newline, byte for byte, written
 * into `out` as UTF-8 without building the record object or its text (the dump's hot path); fixed parts
 * pre-encoded, only the values escaped per record.
 */
export class JsonlDumpWriter {
  private readonly source = new SourceMemo();

  write(out: Utf8Out, e: NormalizedEvent): void {
    const timestamp = e.timestamp;
    const provider = e.provider.name;
    const channel = e.channel;
    const computer = e.computer;
    if (
      typeof timestamp !== 'string' ||
      typeof provider !== 'string' ||
      typeof channel !== 'string' ||
      typeof computer !== 'string'
    ) {
      writeStringified(out, e);
      return;
    }
    const start = out.length;
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
}

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

/** EventData children: positional `Data[i]`/`Binary[i]` as bare elements, the others as `Data Name=…`. */
const eventDataTags = new TagCache((k) => {
  const m = POSITIONAL.exec(k);
  return m ? [`<${m[1]}>`, `</${m[1]}>`] : [`<Data Name='${escapeXml(k)}'>`, '</Data>'];
});
/** UserData leaves by the last segment of their path, without an occurrence suffix. */
const userDataTags = new TagCache((k) => {
  const name = xmlName(
    k
      .split('/')
      .pop()!
      .replace(/\[\d+\]$/, ''),
  );
  return [`<${name}>`, `</${name}>`];
});
/** The UserData element's name (`open`) and its closing tag without the `>` (`close`). */
const userDataRoots = new TagCache((k) => [xmlName(k), `</${xmlName(k)}`]);

/**
 * One event as `wevtutil qe /f:xml` writes it (single-quoted attributes, no RenderingInfo) and a newline,
 * written into `out` as UTF-8: the `dump --format xml` record; fixed parts pre-encoded, values escaped.
 */
export function writeEventXml(out: Utf8Out, e: NormalizedEvent): void {
  out.raw(X_START);
  attribute(out, X_NAME, e.provider.name);
  attribute(out, X_GUID, e.provider.guid);
  attribute(out, X_ESN, e.provider.eventSourceName);
  out.raw(X_EVENT_ID);
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
  element(out, CHANNEL, e.channel);
  element(out, COMPUTER, e.computer);
  out.raw(X_SECURITY);
  attribute(out, X_USER, e.userSid);
  out.raw(X_SYSTEM_END);
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

function fieldElement(out: Utf8Out, t: Tags, v: string): void {
  out.raw(t.open);
  out.xml(typeof v === 'string' ? v : String(v));
  out.raw(t.close);
}

/** One event as `wevtutil qe /f:xml` writes it, as text (see writeEventXml), without the newline. */
export function toEventXml(e: NormalizedEvent): string {
  const out = new Utf8Out(4096);
  writeEventXml(out, e);
  return new TextDecoder().decode(out.bytes.subarray(0, out.length - 1));
}

/** The formats `dump` writes. */
export type DumpFormat = 'jsonl' | 'xml';

/** Writes one record in `format` into `out` (each writer keeps its own memos of repeated values). */
export function dumpRecordWriter(format: DumpFormat): (out: Utf8Out, e: NormalizedEvent) => void {
  if (format === 'xml') return writeEventXml;
  const jsonl = new JsonlDumpWriter();
  return (out, e) => jsonl.write(out, e);
}
