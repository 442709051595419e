/**
 * Chainsaw's JSON (WithSecureLabs/chainsaw): `dump --json` (an array) or `--jsonl` writes each event as the
 * `evtx` crate (omerbenamram/evtx) serializes it with `separate_json_attributes(true)` (`src/file/evtx.rs`):
 * `{"Event": {"System": {…}, "EventData": {…}}, "Event_attributes": {…}}`, an element's attributes beside it
 * as `<Name>_attributes` (`Provider_attributes.Name`, `TimeCreated_attributes.SystemTime`,
 * `Correlation_attributes.ActivityID`, `Execution_attributes.ProcessID`); `evtx_dump`'s own JSON (`#attributes`,
 * `#text`) is the same crate's and read alike. `hunt --json` detections carry the event whole under
 * `document.data` (`kind: individual`) or `documents[].data` (`aggregate`); a detection without it
 * (`kind: cached`, or `data` not an event) holds no event: counted and said once.
 *
 * The crate writes times to the microsecond (`SystemTime` `…:25.123456Z`): `timePrecisionMs` 0.001.
 */
import type { NormalizedEvent } from '../../../src/model/event.js';
import type { FieldSelection } from '../../../src/model/reader.js';
import { eventFromHeader, isObject, type Json, type RecordPlace, recordId, requireInstant, text } from '../common.js';
import { leafText, payloadEventData } from '../evtxecmd/mapper.js';
import { eventDataFields, putFields, putUserData } from '../windows-values.js';

/** An event as the `evtx` crate serializes it: `Event.System` an object. */
export function isEvtxCrateEvent(r: Json): boolean {
  return isObject(r.Event) && isObject(r.Event.System);
}

/** A Chainsaw `hunt --json` detection: its `kind` and the document(s) it matched. */
export function isChainsawDetection(r: Json): boolean {
  return (
    (r.kind === 'individual' || r.kind === 'aggregate' || r.kind === 'cached') &&
    (isObject(r.document) || Array.isArray(r.documents)) &&
    r.name !== undefined
  );
}

/** The events a detection carries (each `document.data`), and how many documents carry none. */
export function detectionEvents(r: Json): { events: Json[]; without: number } {
  const docs = Array.isArray(r.documents) ? r.documents : [r.document];
  const events: Json[] = [];
  let without = 0;
  for (const d of docs) {
    const data = isObject(d) ? d.data : undefined;
    if (isObject(data) && isEvtxCrateEvent(data)) events.push(data);
    else without++;
  }
  return { events, without };
}

/** An element's attributes: `<name>_attributes` beside it, its `#attributes`, or its `@`-keys (Newtonsoft's). */
function attributes(o: Json, name: string): Json {
  const beside = o[`${name}_attributes`];
  if (isObject(beside)) return beside;
  const own = o[name];
  if (!isObject(own)) return {};
  if (isObject(own['#attributes'])) return own['#attributes'];
  const out: Json = {};
  for (const k in own) if (k.startsWith('@')) out[k.slice(1)] = own[k];
  return out;
}

/**
 * EvtxECmd's `--json --fj` (EricZimmerman/evtx `GetPayloadAsJson`): the whole event's XML as Newtonsoft's
 * `SerializeXmlNode` writes it (`@`-attributes, `#text`, every value a string, `Data` a list of `@Name`/`#text`).
 */
function isNewtonsoft(event: Json): boolean {
  const system = event.System;
  return '@xmlns' in event || (isObject(system) && isObject(system.Provider) && '@Name' in system.Provider);
}

/** An element's text: the value itself, or its `#text`. */
function content(v: unknown): unknown {
  return isObject(v) && '#text' in v ? v['#text'] : v;
}

/** Attribute keys of each convention: not values of the element. */
const isAttributeKey = (k: string) => k === '#attributes' || k.endsWith('_attributes') || k.startsWith('@');

const MICROSECONDS = 0.001;

export function mapEvtxCrateEvent(r: Json, place: RecordPlace, select: FieldSelection | undefined): NormalizedEvent {
  const event = r.Event as Json;
  const system = event.System as Json;
  const newtonsoft = isNewtonsoft(event);
  const provider = attributes(system, 'Provider');
  const created = attributes(system, 'TimeCreated').SystemTime;
  // EvtxECmd's own XML writes a FILETIME `yyyy-MM-dd HH:mm:ss.fffffff` (UTC, no zone).
  const instant = requireInstant(newtonsoft ? leafText(created) : created, 'Event.System.TimeCreated SystemTime');
  const correlation = attributes(system, 'Correlation');
  const execution = attributes(system, 'Execution');
  const e = eventFromHeader(
    {
      instant,
      channel: content(system.Channel),
      provider: provider.Name,
      providerGuid: provider.Guid,
      eventSourceName: provider.EventSourceName,
      eventId: content(system.EventID),
      computer: content(system.Computer),
      recordId: recordId(content(system.EventRecordID), 'EventRecordID', place),
      activityId: correlation.ActivityID,
      relatedActivityId: correlation.RelatedActivityID,
      processId: execution.ProcessID,
      threadId: execution.ThreadID,
      userSid: attributes(system, 'Security').UserID,
      level: content(system.Level),
      version: content(system.Version),
      qualifiers: attributes(system, 'EventID').Qualifiers,
      task: content(system.Task),
      opcode: content(system.Opcode),
      keywords: content(system.Keywords),
      timePrecisionMs: /\.\d{6}Z$/.test(text(created) ?? '') ? MICROSECONDS : undefined,
    },
    newtonsoft ? 'evtxecmd' : 'chainsaw',
    place,
  );
  if (isObject(event.EventData)) {
    if (newtonsoft) putFields(e, payloadEventData(event.EventData), select);
    else {
      const data: Json = {};
      for (const k in event.EventData) if (!isAttributeKey(k)) data[k] = content(event.EventData[k]);
      putFields(e, eventDataFields(data), select, place.text);
    }
  } else if (isObject(event.UserData)) {
    putUserData(e, event.UserData, select, place.text, isAttributeKey, newtonsoft ? leafText : content);
  }
  return e;
}
