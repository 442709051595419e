/**
 * Elastic Common Schema documents of Windows events (Winlogbeat 7/8, Elastic Agent): `winlog.*` as
 * Winlogbeat's `winevent.Event.Fields()` writes it. The computer is `winlog.computer_name` (`host.name` is
 * the shipper: a WEC server under Windows Event Forwarding), UserData leaves come from `winlog.user_data`
 * (its `xml_name` is the element they sat in). Documents whose `event.original` holds the event's XML are
 * read from that XML instead (see ../index.ts): it has everything.
 */
import type { NormalizedEvent } from '../../../src/model/event.js';
import type { FieldSelection } from '../../../src/model/reader.js';
import {
  eventFromHeader,
  eventIdOf,
  isObject,
  putBeatData,
  type Json,
  type RecordPlace,
  recordId,
  requireInstant,
  share,
  text,
} from '../common.js';
import { precisionOf } from '../time.js';

/** Is this `_source` an ECS Windows event? */
export function isEcsDocument(doc: Json): boolean {
  return isObject(doc.winlog);
}

/** The dotted names `at` is given, split once. */
const PATHS: Record<string, readonly string[]> = Object.fromEntries(
  ['event.code', 'host.name', 'event.provider', 'log.level'].map((p) => [p, p.split('.')]),
);

/** A dotted name looked up nested (`winlog.channel`) or as one key (Kibana CSV, flattened `_source`). */
function at(doc: Json, path: string): unknown {
  let v: unknown = doc;
  for (const part of PATHS[path] ?? path.split('.')) {
    if (!isObject(v)) {
      v = undefined;
      break;
    }
    v = v[part];
  }
  return v !== undefined ? v : doc[path];
}

const XML_NAME = 'xml_name';

export function mapEcs(doc: Json, place: RecordPlace, select: FieldSelection | undefined): NormalizedEvent {
  const w = (isObject(doc.winlog) ? doc.winlog : {}) as Json;
  const timeText = w.time_created ?? doc['@timestamp'];
  const instant = requireInstant(timeText, 'winlog.time_created or @timestamp');
  const eventId = eventIdOf(w.event_id ?? at(doc, 'event.code'));
  const computer = text(w.computer_name) ?? text(at(doc, 'host.name')) ?? '';
  const process = isObject(w.process) ? w.process : undefined;
  const user = isObject(w.user) ? w.user : undefined;
  const e = eventFromHeader(
    {
      instant,
      channel: w.channel,
      provider: text(w.provider_name) ?? text(at(doc, 'event.provider')),
      providerGuid: w.provider_guid,
      eventId,
      computer,
      recordId: recordId(w.record_id, 'record_id', place),
      activityId: w.activity_id,
      relatedActivityId: w.related_activity_id,
      processId: process?.pid,
      threadId: isObject(process?.thread) ? process.thread.id : undefined,
      userSid: user?.identifier,
      level: w.level ?? at(doc, 'log.level'),
      version: w.version,
      // Elastic Agent's documents re-decoded from XML keep milliseconds in `@timestamp` and no time_created.
      timePrecisionMs: w.time_created === undefined ? precisionOf(text(timeText)) : undefined,
    },
    'ecs',
    place,
  );

  const eventData = isObject(w.event_data) ? w.event_data : undefined;
  const userData = isObject(w.user_data) ? w.user_data : undefined;
  const pick = select ? select.pick(e) : true;
  if (pick === false) return e;
  if (pick !== true) {
    fill(e, eventData, userData, pick);
    if (!select?.whole(e)) return e;
  }
  fill(e, eventData, userData);
  const message = text(doc.message) ?? text(w.message);
  if (message) e.message = message;
  return e;
}

/** The event's data (only `names` when given), and the UserData element's name. */
function fill(
  e: NormalizedEvent,
  eventData: Json | undefined,
  userData: Json | undefined,
  names?: ReadonlySet<string>,
) {
  putBeatData(e, eventData, userData, names);
  const element = text(userData?.[XML_NAME]);
  if (element) e.userDataElement = share(element);
}
