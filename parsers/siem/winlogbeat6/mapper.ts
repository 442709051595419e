/**
 * Winlogbeat 6 (before ECS): the event's fields at the top level (`log_name`, `source_name`, `event_id`,
 * `record_number` as text, `computer_name`, `activity_id`, `event_data`, `user_data` with its `xml_name`),
 * `@timestamp` in ms; `host.name` is the shipper, not the event's computer.
 */
import type { NormalizedEvent } from '../../../src/model/event.js';
import type { FieldSelection } from '../../../src/model/reader.js';
import {
  eventFromHeader,
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

export function isWinlogbeat6(r: Json): boolean {
  const meta = r['@metadata'];
  if (isObject(meta) && meta.beat === 'winlogbeat' && r.log_name !== undefined) return true;
  return r.log_name !== undefined && r.event_id !== undefined && r.computer_name !== undefined;
}

export function mapWinlogbeat6(r: Json, place: RecordPlace, select: FieldSelection | undefined): NormalizedEvent {
  const instant = requireInstant(r['@timestamp'], '@timestamp');
  const user = isObject(r.user) ? r.user : undefined;
  const e = eventFromHeader(
    {
      instant,
      channel: r.log_name,
      provider: r.source_name,
      providerGuid: r.provider_guid,
      eventId: r.event_id,
      computer: r.computer_name,
      recordId: recordId(r.record_number, 'record_number', place),
      activityId: r.activity_id,
      relatedActivityId: r.related_activity_id,
      processId: r.process_id,
      threadId: r.thread_id,
      userSid: user?.identifier,
      level: r.level,
      version: r.version,
      timePrecisionMs: precisionOf(text(r['@timestamp'])),
    },
    'winlogbeat6',
    place,
  );
  const pick = select ? select.pick(e) : true;
  if (pick === false) return e;
  const eventData = isObject(r.event_data) ? r.event_data : undefined;
  const userData = isObject(r.user_data) ? r.user_data : undefined;
  if (pick !== true) {
    putBeatData(e, eventData, userData, pick);
    if (!select?.whole(e)) return e;
  }
  putBeatData(e, eventData, userData);
  const element = text(userData?.xml_name);
  if (element) e.userDataElement = share(element);
  const message = text(r.message);
  if (message) e.message = message;
  return e;
}
