/**
 * EvtxECmd (Eric Zimmerman's, KAPE's EVTX module) output, CSV or JSON, read as EricZimmerman/evtx writes it
 * (`EvtxECmd/Program.cs`, `evtx/EventRecord.cs`): one record per event with `RecordNumber`, `EventRecordId`,
 * `TimeCreated` (UTC, `yyyy-MM-dd HH:mm:ss.fffffff` by default in CSV, ISO 8601 in JSON), `EventId`, `Level` (a
 * name: `Info`, `Warning`…), `Provider` (its name only), `Channel`, `ProcessId`, `ThreadId`, `Computer`,
 * `ChunkNumber`, `UserId`, the map's `MapDescription`, `UserName`, `RemoteHost`, `PayloadData1`–`6`,
 * `ExecutableInfo`, `HiddenRecord`, `SourceFile`, `Keywords` (a name for the common ones), `ExtraDataOffset` and
 * `Payload`: the event's `<EventData>` or `<UserData>` as Newtonsoft's `SerializeXmlNode` writes it
 * (`{"EventData":{"Data":[{"@Name":…,"#text":…}]}}`). EvtxECmd renders values its own way (`HexInt32` as
 * `0x{X}`, GUIDs in lower case without braces, FILETIMEs with a space, booleans `True`): put back as the XML has
 * them (`windows-values.ts`).
 *
 * What it cannot carry: the ActivityID (no `Correlation`), the provider's GUID, version, task and opcode. A record
 * whose `Payload` is empty has only the map's `PayloadData` summaries, which are not read back (their text is the
 * map's, not the event's). `HiddenRecord` rows are records EvtxECmd recovered from a chunk's slack, which the
 * `.evtx` reader does not read: left out, counted.
 */
import type { NormalizedEvent } from '../../../src/model/event.js';
import type { FieldSelection } from '../../../src/model/reader.js';
import {
  eventFromHeader,
  integer,
  isObject,
  isoInstant,
  type Json,
  type RecordPlace,
  RecordMappingError,
  recordId,
  requireInstant,
  text,
} from '../common.js';
import { putFields, putUserData } from '../windows-values.js';

/** A record of EvtxECmd: the columns only it writes together. */
export function isEvtxecmdRecord(r: Json): boolean {
  return r.EventRecordId !== undefined && r.EventId !== undefined && r.ChunkNumber !== undefined;
}

/** EvtxECmd's level names (`EventRecord.BuildProperties`) back to their numbers. */
const LEVELS: Record<string, number> = {
  LogAlways: 0,
  Critical: 1,
  Error: 2,
  Warning: 3,
  Info: 4,
  Verbose: 5,
  Success: 8,
  Failure: 16,
};

/** EvtxECmd's keyword names back to the keywords Windows writes. */
const KEYWORDS: Record<string, string> = {
  'Audit failure': '0x8010000000000000',
  'Audit success': '0x8020000000000000',
  Time: '0x8000000000000010',
  State: '0x8000000000000080',
  Reboot: '0x8000000000000040',
  Installation: '0x8000000000000018',
  Download: '0x8000000000000014',
  'Audit success, classic': '0x8080000000000000',
  Classic: '0x8000000000000000',
};

/** What one input's EvtxECmd records lacked, said once at its end. */
export interface EvtxecmdState {
  /** Records with no `Payload`: their fields are only in the map's `PayloadData`. */
  noPayload: number;
}

/** A row EvtxECmd recovered from a chunk's slack (`HiddenRecord`): not a record of the log. */
export function isHiddenRecord(r: Json): boolean {
  const hidden = r.HiddenRecord;
  return hidden === true || (typeof hidden === 'string' && hidden.toLowerCase() === 'true');
}

/** EvtxECmd's `yyyy-MM-dd HH:mm:ss.fffffff` (its CSV default, UTC) or an ISO 8601 time. */
function timeOf(v: unknown) {
  const t = text(v)?.trim();
  if (!t) return undefined;
  return isoInstant(/^\d{4}-\d\d-\d\d \d/.test(t) && !/[zZ]|[+-]\d\d:?\d\d$/.test(t) ? `${t.replace(' ', 'T')}Z` : t);
}

export function mapEvtxecmd(
  r: Json,
  place: RecordPlace,
  select: FieldSelection | undefined,
  state: EvtxecmdState,
): NormalizedEvent {
  const instant = requireInstant(r.TimeCreated, 'TimeCreated', timeOf);
  const payload = payloadOf(r.Payload);
  const levelText = text(r.Level);
  const kw = text(r.Keywords);
  // Seven digits of a second when written so; a custom `--dt` of fewer cuts the time.
  const fraction = /[.,](\d+)/.exec(text(r.TimeCreated) ?? '')?.[1]?.length ?? 0;
  const e = eventFromHeader(
    {
      instant,
      channel: r.Channel,
      provider: r.Provider,
      eventId: r.EventId,
      computer: r.Computer,
      recordId: recordId(r.EventRecordId, 'EventRecordId', place),
      processId: r.ProcessId,
      threadId: r.ThreadId,
      userSid: r.UserId,
      level: levelText !== undefined && Object.hasOwn(LEVELS, levelText) ? LEVELS[levelText] : integer(r.Level),
      // A name for the common ones, else the hex EvtxECmd writes.
      keywords: kw !== undefined && Object.hasOwn(KEYWORDS, kw) ? KEYWORDS[kw] : kw,
      timePrecisionMs: fraction < 7 ? 10 ** (3 - fraction) : undefined,
    },
    'evtxecmd',
    place,
  );
  if (!payload) {
    state.noPayload++;
    return e;
  }
  if (isObject(payload.EventData)) putFields(e, payloadEventData(payload.EventData), select);
  else if (isObject(payload.UserData))
    putUserData(e, payload.UserData, select, undefined, (k) => k.startsWith('@'), leafText);
  return e;
}

/** The Payload cell's JSON; undefined when empty; a mapping error when it is not JSON. */
function payloadOf(v: unknown): Json | undefined {
  if (isObject(v)) return v;
  const t = text(v)?.trim();
  if (!t) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(t);
  } catch (err) {
    throw new RecordMappingError(`its Payload is not JSON (${(err as Error).message})`);
  }
  if (!isObject(parsed)) throw new RecordMappingError('its Payload is not a JSON object');
  return parsed;
}

/** An element's text as Newtonsoft writes it: a string, `{"#text": …}` beside attributes, null when empty. */
export function leafText(v: unknown): unknown {
  if (v === null) return '';
  if (isObject(v)) return '#text' in v ? leafText(v['#text']) : Object.keys(v).every((k) => k.startsWith('@')) ? '' : v;
  // A FILETIME as EvtxECmd writes it (`yyyy-MM-dd HH:mm:ss.fffffff`, UTC): as the XML has it.
  if (typeof v === 'string' && v.length === 27 && FILETIME_TEXT.test(v)) return `${v.replace(' ', 'T')}Z`;
  return v;
}

const FILETIME_TEXT = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{7}$/;

/** `{"Data":[{"@Name":"X","#text":"v"}, "unnamed"], "Binary": …}` as the fields the XML reader keys. */
export function payloadEventData(eventData: Json): Array<readonly [string, unknown]> {
  const named: Array<readonly [string, unknown]> = [];
  let position = 0;
  for (const k in eventData) {
    if (k.startsWith('@')) continue;
    const v = eventData[k];
    const list = Array.isArray(v) ? v : [v];
    for (const item of list) {
      const name = isObject(item) ? text(item['@Name']) : undefined;
      if (k === 'Data' && name !== undefined) {
        named.push([name, leafText(item)]);
        position++;
      } else {
        named.push([`${k}[${position++}]`, k === 'Binary' ? binary(leafText(item)) : leafText(item)]);
      }
    }
  }
  return named;
}

/** EvtxECmd writes binary as `01-AB-…` (BitConverter); the XML as `01AB…`. */
function binary(v: unknown): unknown {
  return typeof v === 'string' && /^[0-9A-F]{2}(-[0-9A-F]{2})*$/.test(v) ? v.replaceAll('-', '') : v;
}
