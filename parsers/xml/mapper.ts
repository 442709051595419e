import type { InputFormat, NormalizedEvent } from '../../src/model/event.js';
import { recordIdFromText } from '../../src/model/record-id.js';
import { instantFromIso } from '../../src/model/time.js';
import { flushLeaves, putField, type Leaf, type Suffixes } from '../common/fields.js';
import type { XmlElement } from './tokenizer.js';
import { formatCount, integerFromText } from '../../src/model/numbers.js';
import { cutField, cutText, MAX_VALUE_CHARS } from '../../src/model/value-length.js';

export class EventMappingError extends Error {}

/**
 * A string the event can keep: the tokenizer's strings are substrings of the decoded text, and V8 lets a
 * substring of 13 characters or more point into its parent, so one kept value would keep a whole block
 * of the file alive. Concatenating flattens a copy of its own.
 */
function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * Repeated values (channel, computer, provider, user SID, keywords, field names) shared between events.
 * @cache interned strings (the value is its key), bounded by MAX_SHARED.
 */
const shared = new Map<string, string>();
const MAX_SHARED = 10_000;
function share(s: string): string {
  if (s.length > 1024) return own(s); // no real name is that long: a crafted one is not kept
  let v = shared.get(s);
  if (v === undefined) {
    if (shared.size >= MAX_SHARED) shared.clear();
    v = own(s);
    shared.set(v, v);
  }
  return v;
}

function child(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) if (c.name === name) return c;
  return undefined;
}

/** GUIDs as Windows' binary renderer writes them: upper case, in braces. */
export function canonicalGuid(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.trim().replace(/^\{|\}$/g, '');
  if (t === '') return undefined;
  return `{${t.toUpperCase()}}`;
}

/**
 * An element's text as the event keeps it. One the tokenizer kept only the start of (longer than 4 MiB in the
 * input) is cut here to a log value's length, saying its length, and named in `cut` (`prefix` + `name`); one
 * shorter is cut where every reader's events are (src/model/value-length.ts).
 */
function textOf(el: XmlElement, cut: string[], prefix: string, name: string): string {
  if (el.length === undefined) return own(el.text);
  cut.push(cutField(prefix, name, el.length));
  return own(cutText(el.text, Math.min(MAX_VALUE_CHARS, el.text.length), el.length));
}

/**
 * An attribute's value as the event keeps it: one the tokenizer kept only the start of (its value longer than 4 MiB
 * in the input, `attrLengths`) is cut as `textOf` cuts a text, and named in `cut` as `field`.
 */
function attrOf(
  el: XmlElement | undefined,
  name: string,
  cut: string[],
  field: string,
  prefix = '',
): string | undefined {
  const value = el?.attrs[name];
  const length = el?.attrLengths?.[name];
  if (value === undefined || length === undefined) return value;
  cut.push(cutField(prefix, field, length));
  return own(cutText(value, Math.min(MAX_VALUE_CHARS, value.length), length));
}

/** Leaves of a UserData subtree with their element paths below UserData. */
function collectLeaves(el: XmlElement, parentPath: string, out: Leaf[], cut: string[]): void {
  for (const c of el.children) {
    const path = parentPath === '' ? c.name : `${parentPath}/${c.name}`;
    if (c.children.length === 0)
      out.push({ path, parent: parentPath, name: share(c.name), value: textOf(c, cut, 'data.', c.name) });
    else collectLeaves(c, path, out, cut);
  }
}

/** The `<System>` children the mapper reads, the first of each name (one shape for every event, no dictionary). */
interface SystemParts {
  TimeCreated: XmlElement | undefined;
  EventID: XmlElement | undefined;
  Channel: XmlElement | undefined;
  Provider: XmlElement | undefined;
  Computer: XmlElement | undefined;
  Version: XmlElement | undefined;
  Level: XmlElement | undefined;
  Task: XmlElement | undefined;
  Opcode: XmlElement | undefined;
  Keywords: XmlElement | undefined;
  EventRecordID: XmlElement | undefined;
  Execution: XmlElement | undefined;
  Security: XmlElement | undefined;
  Correlation: XmlElement | undefined;
}

function systemParts(system: XmlElement): SystemParts {
  const s: SystemParts = {
    TimeCreated: undefined,
    EventID: undefined,
    Channel: undefined,
    Provider: undefined,
    Computer: undefined,
    Version: undefined,
    Level: undefined,
    Task: undefined,
    Opcode: undefined,
    Keywords: undefined,
    EventRecordID: undefined,
    Execution: undefined,
    Security: undefined,
    Correlation: undefined,
  };
  // A switch, not `s[c.name]`: stores at known places, no lookup by a name read from the log.
  for (const c of system.children) {
    switch (c.name) {
      case 'TimeCreated':
        s.TimeCreated ??= c;
        break;
      case 'EventID':
        s.EventID ??= c;
        break;
      case 'Channel':
        s.Channel ??= c;
        break;
      case 'Provider':
        s.Provider ??= c;
        break;
      case 'Computer':
        s.Computer ??= c;
        break;
      case 'Version':
        s.Version ??= c;
        break;
      case 'Level':
        s.Level ??= c;
        break;
      case 'Task':
        s.Task ??= c;
        break;
      case 'Opcode':
        s.Opcode ??= c;
        break;
      case 'Keywords':
        s.Keywords ??= c;
        break;
      case 'EventRecordID':
        s.EventRecordID ??= c;
        break;
      case 'Execution':
        s.Execution ??= c;
        break;
      case 'Security':
        s.Security ??= c;
        break;
      case 'Correlation':
        s.Correlation ??= c;
        break;
    }
  }
  return s;
}

/**
 * Maps one `<Event>` element to the normalized model. Throws EventMappingError when it lacks a time. The fields
 * whose text the tokenizer kept only the start of are cut and named in `cut` (`cutField`), for the reader's warning.
 */
export function mapEventElement(
  event: XmlElement,
  source: { file: string; format: InputFormat; line: number },
  cut: string[] = [],
): NormalizedEvent {
  const system = child(event, 'System');
  if (!system) throw new EventMappingError('event has no <System> block');
  const s = systemParts(system);

  const created = s.TimeCreated?.attrs.SystemTime;
  const createdLength = s.TimeCreated?.attrLengths?.SystemTime;
  if (created !== undefined && createdLength !== undefined)
    // A time cut cannot be read: its event is skipped, as one whose time is not a time.
    throw new EventMappingError(
      `event has no valid TimeCreated (${JSON.stringify(created.slice(0, 80))}…: ${formatCount(createdLength)} characters)`,
    );
  const instant = created ? instantFromIso(created) : undefined;
  if (!instant)
    throw new EventMappingError(
      `event has no valid TimeCreated (${created === undefined ? 'missing' : JSON.stringify(created.slice(0, 80))})`,
    );
  const idText = s.EventID?.text;
  const eventId = integerFromText(idText);
  if (eventId === undefined)
    throw new EventMappingError(
      `event has no valid EventID (${idText === undefined ? 'missing' : JSON.stringify(idText.slice(0, 80))})`,
    );

  const data: Record<string, string> = {};
  const eventData = child(event, 'EventData');
  if (eventData) {
    const suffixes: Suffixes = new Map();
    const fields = eventData.children;
    for (let i = 0; i < fields.length; i++) {
      const c = fields[i] as XmlElement;
      const name = attrOf(c, 'Name', cut, c.attrs.Name ?? '', 'the name of data.');
      if (c.name === 'Data' && name !== undefined) putField(data, share(name), textOf(c, cut, 'data.', name), suffixes);
      else putField(data, `${c.name}[${i}]`, textOf(c, cut, 'data.', `${c.name}[${i}]`), suffixes);
    }
  }
  const userData = child(event, 'UserData');
  if (userData) {
    const leaves: Leaf[] = [];
    collectLeaves(userData, '', leaves, cut);
    flushLeaves(data, leaves);
  }

  const provider = s.Provider;
  const out: NormalizedEvent = {
    timestamp: instant.iso,
    timeMs: instant.ms,
    channel: s.Channel ? share(textOf(s.Channel, cut, '', 'channel')) : '',
    provider: { name: share(attrOf(provider, 'Name', cut, 'provider.name') ?? '') },
    eventId,
    computer: s.Computer ? share(textOf(s.Computer, cut, '', 'computer')) : '',
    data,
    source: { file: source.file, format: source.format, line: source.line },
  };
  const guid = canonicalGuid(attrOf(provider, 'Guid', cut, 'provider.guid'));
  if (guid) out.provider.guid = share(guid);
  const eventSourceName = attrOf(provider, 'EventSourceName', cut, 'provider.eventSourceName');
  if (eventSourceName) out.provider.eventSourceName = share(eventSourceName);
  const qualifiers = integerFromText(attrOf(s.EventID, 'Qualifiers', cut, 'qualifiers'));
  if (qualifiers !== undefined) out.qualifiers = qualifiers;
  const version = integerFromText(s.Version?.text);
  if (version !== undefined) out.version = version;
  const level = integerFromText(s.Level?.text);
  if (level !== undefined) out.level = level;
  const task = integerFromText(s.Task?.text);
  if (task !== undefined) out.task = task;
  const opcode = integerFromText(s.Opcode?.text);
  if (opcode !== undefined) out.opcode = opcode;
  const keywords = s.Keywords && textOf(s.Keywords, cut, '', 'keywords').trim();
  if (keywords) out.keywords = share(keywords);
  const recordId = recordIdFromText(s.EventRecordID?.text);
  if (recordId !== undefined) out.recordId = recordId;
  const pid = integerFromText(attrOf(s.Execution, 'ProcessID', cut, 'processId'));
  if (pid !== undefined) out.processId = pid;
  const tid = integerFromText(attrOf(s.Execution, 'ThreadID', cut, 'threadId'));
  if (tid !== undefined) out.threadId = tid;
  const sid = attrOf(s.Security, 'UserID', cut, 'userSid');
  if (sid) out.userSid = share(sid);
  const activity = canonicalGuid(attrOf(s.Correlation, 'ActivityID', cut, 'activityId'));
  if (activity) out.activityId = activity;
  const related = canonicalGuid(attrOf(s.Correlation, 'RelatedActivityID', cut, 'relatedActivityId'));
  if (related) out.relatedActivityId = related;
  const userRoot = userData?.children[0]?.name;
  if (userRoot) out.userDataElement = share(userRoot);
  const rendering = child(event, 'RenderingInfo');
  const messageElement = rendering && child(rendering, 'Message');
  const message = messageElement && textOf(messageElement, cut, '', 'message');
  if (message) out.message = message;
  return out;
}
