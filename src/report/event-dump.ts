import type { NormalizedEvent } from '../model/event.js';
import { escapeJsonText, UNSAFE_CLASS } from './sanitize.js';

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

/** A character JSON.stringify escapes: `"`, `\\`, a control character, or a surrogate (escaped when lone). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * A string as JSON: plain strings quoted as they are, the others as JSON.stringify writes them; C1, bidi
 * and other format characters as `\u` escapes (escapeJsonText), so no dump carries them raw to a terminal.
 */
function jsonString(s: string): string {
  return escapeJsonText(NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`);
}

/** The last few strings quoted (Provider, Channel, Computer repeat record after record as one string). */
class QuoteMemo {
  private last = '';
  private quoted = '""';
  get(s: string): string {
    if (s !== this.last) {
      this.last = s;
      this.quoted = jsonString(s);
    }
    return this.quoted;
  }
}
const providers = new QuoteMemo();
const channels = new QuoteMemo();
const computers = new QuoteMemo();
/** Field names as JSON (`"Name":`), by name: the same few names repeat all through a log. */
const keys = new Map<string, string>();
const MAX_KEYS = 10_000;

function jsonKey(k: string): string {
  let q = keys.get(k);
  if (q === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear();
    q = `${jsonString(k)}:`;
    keys.set(k, q);
  }
  return q;
}

/** A number, string or absent value as JSON.stringify writes it in an object (absent: null). */
function jsonValue(v: string | number | undefined): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  return v === undefined ? 'null' : jsonString(v);
}

/**
 * One `dump --format jsonl` line: `JSON.stringify(toDumpRecord(e))` and a newline, byte for byte, written
 * without building the record object (the dump's hot path).
 */
export function toDumpJsonLine(e: NormalizedEvent): string {
  let fields = '';
  const data = e.data;
  for (const k in data) {
    const v = data[k];
    if (typeof v !== 'string') return `${escapeJsonText(JSON.stringify(toDumpRecord(e)))}\n`;
    fields += fields === '' ? `${jsonKey(k)}${jsonString(v)}` : `,${jsonKey(k)}${jsonString(v)}`;
  }
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
    return `${escapeJsonText(JSON.stringify(toDumpRecord(e)))}\n`;
  return `{"recordId":${jsonValue(e.recordId)},"timestamp":${jsonString(timestamp)},"eventId":${jsonValue(e.eventId)},"provider":${providers.get(provider)},"channel":${channels.get(channel)},"computer":${computers.get(computer)},"level":${jsonValue(e.level)},"activityId":${jsonValue(e.activityId)},"data":{${fields}}}\n`;
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

/** One event as `wevtutil qe /f:xml` writes it (single-quoted attributes, no RenderingInfo). */
export function toEventXml(e: NormalizedEvent): string {
  const a = (name: string, v: string | number | undefined) =>
    v === undefined ? '' : ` ${name}='${escapeXml(String(v))}'`;
  const el = (name: string, v: string | number | undefined) =>
    v === undefined ? '' : `<${name}>${escapeXml(String(v))}</${name}>`;
  let xml = `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>`;
  xml += `<Provider${a('Name', e.provider.name)}${a('Guid', e.provider.guid)}${a('EventSourceName', e.provider.eventSourceName)}/>`;
  xml += `<EventID${a('Qualifiers', e.qualifiers)}>${e.eventId}</EventID>`;
  xml +=
    el('Version', e.version) +
    el('Level', e.level) +
    el('Task', e.task) +
    el('Opcode', e.opcode) +
    el('Keywords', e.keywords);
  xml += `<TimeCreated SystemTime='${e.timestamp}'/>`;
  xml += el('EventRecordID', e.recordId);
  xml += `<Correlation${a('ActivityID', e.activityId)}${a('RelatedActivityID', e.relatedActivityId)}/>`;
  xml += `<Execution${a('ProcessID', e.processId)}${a('ThreadID', e.threadId)}/>`;
  xml += el('Channel', e.channel) + el('Computer', e.computer);
  xml += `<Security${a('UserID', e.userSid)}/></System>`;
  const fields = Object.entries(e.data);
  if (e.userDataElement) {
    const root = xmlName(e.userDataElement);
    xml += `<UserData><${root} xmlns='Event_NS'>`;
    for (const [k, v] of fields) {
      const name = xmlName(
        k
          .split('/')
          .pop()!
          .replace(/\[\d+\]$/, ''),
      );
      xml += `<${name}>${escapeXml(v)}</${name}>`;
    }
    xml += `</${root}></UserData>`;
  } else if (fields.length) {
    xml += '<EventData>';
    for (const [k, v] of fields) {
      const m = POSITIONAL.exec(k);
      if (m) xml += `<${m[1]}>${escapeXml(v)}</${m[1]}>`;
      else xml += `<Data Name='${escapeXml(k)}'>${escapeXml(v)}</Data>`;
    }
    xml += '</EventData>';
  }
  return xml + '</Event>';
}
