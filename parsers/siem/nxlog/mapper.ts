/**
 * Flat JSON of Windows events: NXLog's im_msvistalog (`EventTime` local, whole seconds; `Hostname` the
 * event's computer; EventData names at the top level; UserData not parsed, so LocalSessionManager and
 * RemoteConnectionManager events carry user, session and address only in `Message`), and the flat shape
 * with `TimeCreated` (UTC, ms) of other collectors. Fields NXLog adds of its own are not event data.
 */
import type { NormalizedEvent } from '../../../src/model/event.js';
import type { FieldSelection } from '../../../src/model/reader.js';
import {
  keywordsHex as commonKeywordsHex,
  channelName,
  eventIdOf,
  fieldText,
  integer,
  isObject,
  isoInstant,
  type Json,
  newEvent,
  type RecordPlace,
  RecordMappingError,
  recordId,
  setOptional,
  share,
  text,
} from '../common.js';
import { fieldsFromMessage, messageLogOf } from '../message.js';
import { instantFromLocal, offsetFromPair, precisionOf } from '../time.js';

/** NXLog's own fields (im_msvistalog, xm_json, Logstash's additions): not the event's data. */
const NXLOG_FIELDS = new Set([
  'EventTime',
  'EventReceivedTime',
  'Hostname',
  'Keywords',
  'EventType',
  'SeverityValue',
  'Severity',
  'EventID',
  'SourceName',
  'ProviderGuid',
  'Version',
  'Task',
  'OpcodeValue',
  'Opcode',
  'RecordNumber',
  'ActivityID',
  'RelatedActivityID',
  'ExecutionProcessID',
  'ThreadID',
  'Channel',
  'Domain',
  'AccountName',
  'UserID',
  'AccountType',
  'Category',
  'Message',
  'SourceModuleName',
  'SourceModuleType',
  'TimeCreated',
  'Level',
  'EventData',
  'UserData',
  'host',
  'port',
  'tags',
  '@timestamp',
  '@version',
  'type',
]);

export function isNxlogRecord(r: Json): boolean {
  if (r.SourceModuleType === 'im_msvistalog') return true;
  return r.EventTime !== undefined && r.SourceName !== undefined && r.Hostname !== undefined && r.EventID !== undefined;
}

/**
 * Flat JSON: the event's header fields as plain values at the top level. A record that carries the header nested
 * (a `System` or `Event` object: Velociraptor's and the evtx crate's shapes) is not flat, whatever flat columns
 * it has beside it: read as flat it would lose its computer, its time's fraction and its UserData.
 */
export function isFlatRecord(r: Json): boolean {
  if (isObject(r.System) || isObject(r.Event)) return false;
  return r.TimeCreated !== undefined && r.Channel !== undefined && r.EventID !== undefined;
}

/** What one input's NXLog records taught: the zone of `EventTime`, once known. */
export interface NxlogState {
  offsetMinutes?: number;
  /** Records whose local time was read as UTC (no `@timestamp` to tell the zone). */
  assumedUtc: number;
}

export function mapFlat(
  r: Json,
  place: RecordPlace,
  select: FieldSelection | undefined,
  state: NxlogState,
): NormalizedEvent {
  const nxlog = r.TimeCreated === undefined && r.EventTime !== undefined;
  const { instant, precision } = timeOf(r, nxlog, state);
  const eventId = eventIdOf(r.EventID);
  const channel = channelName(r.Channel);
  const e = newEvent(
    instant,
    channel,
    text(r.SourceName) ?? '',
    eventId,
    text(r.Hostname) ?? '',
    nxlog ? 'nxlog' : 'flat-json',
    place,
    recordId(r.RecordNumber, 'RecordNumber', place),
    r.ProviderGuid,
  );
  setOptional(e, {
    activityId: r.ActivityID,
    relatedActivityId: r.RelatedActivityID,
    processId: r.ExecutionProcessID,
    threadId: r.ThreadID,
    userSid: r.UserID,
    version: r.Version,
    level: nxlog ? undefined : r.Level,
  });
  const keywords = keywordsHex(r.Keywords, place);
  if (keywords) e.keywords = share(keywords);
  const task = integer(r.Task);
  if (task !== undefined) e.task = task;
  if (precision !== undefined) e.timePrecisionMs = precision;

  const pick = select ? select.pick(e) : true;
  if (pick === false) return e;
  const data = e.data;
  for (const k in r) {
    if (NXLOG_FIELDS.has(k) || (pick !== true && !pick.has(k))) continue;
    const v = fieldText(r[k]);
    if (v !== undefined) data[share(k)] = v;
  }
  if (pick !== true && !select?.whole(e)) return e;
  if (pick !== true) {
    for (const k in r) {
      if (NXLOG_FIELDS.has(k) || data[k] !== undefined) continue;
      const v = fieldText(r[k]);
      if (v !== undefined) data[share(k)] = v;
    }
  }
  const message = text(r.Message);
  if (message) fieldsFromItsMessage(e, message);
  return e;
}

/**
 * The record's instant: TimeCreated (UTC), or NXLog's local EventTime with the offset its Logstash `@timestamp`
 * tells (remembered for the records that lack one; UTC assumed, and counted, where none ever did).
 */
function timeOf(
  r: Json,
  nxlog: boolean,
  state: NxlogState,
): { instant: NonNullable<ReturnType<typeof isoInstant>>; precision: number | undefined } {
  let instant = isoInstant(r.TimeCreated);
  let precision = precisionOf(text(r.TimeCreated));
  if (nxlog) {
    const local = text(r.EventTime) ?? '';
    // Logstash's `@timestamp` (UTC, when it received the record) against NXLog's `EventReceivedTime`.
    const offset = offsetFromPair(text(r.EventReceivedTime), isoInstant(r['@timestamp'])) ?? state.offsetMinutes;
    if (offset !== undefined) state.offsetMinutes = offset;
    else state.assumedUtc++;
    instant = instantFromLocal(local, offset ?? 0) ?? isoInstant(local);
    precision = 1000;
  }
  if (!instant)
    throw new RecordMappingError(
      `no valid EventTime or TimeCreated (${text(r.EventTime ?? r.TimeCreated) ?? 'missing'})`,
    );
  return { instant, precision };
}

/** The message's fields (LSM, RCM) the record lacks: EventData NXLog did parse wins over the message. */
function fieldsFromItsMessage(e: NormalizedEvent, message: string): void {
  e.message = message;
  const log = messageLogOf(e.channel);
  if (log !== 'lsm' && log !== 'rcm') return;
  const found = fieldsFromMessage(log, e.eventId, message);
  let added = false;
  for (const k in found) {
    if (e.data[k] !== undefined) continue;
    e.data[share(k)] = found[k]!;
    added = true;
  }
  if (added) {
    e.dataFromMessage = true;
    e.userDataElement = 'EventXML';
  }
}

/** Keywords from NXLog's signed 64-bit decimal or hex text (the digits again from the record's text above 2^53). */
function keywordsHex(v: unknown, place: RecordPlace): string | undefined {
  if (typeof v === 'number' && !Number.isSafeInteger(v) && place.text)
    return commonKeywordsHex(/"Keywords"\s*:\s*(-?\d+)/.exec(place.text)?.[1] ?? v);
  return commonKeywordsHex(v);
}
