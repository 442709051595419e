/**
 * Velociraptor's EVTX artifacts, as its JSON results (an offline collector's `results/*.json`, a hunt's or a
 * notebook's export: one row a line, the hunt adding `ClientId` and `Fqdn`). Read as Velocidex/velociraptor's
 * `artifacts/definitions/Windows/EventLogs/*.yaml` and Velocidex/evtx (`parse_evtx`) write them:
 *
 * - `Windows.EventLogs.Evtx` (and every artifact that selects `*` from `parse_evtx`): the whole event under
 *   `System` (`Provider.Name/Guid`, `EventID` a number or `{Value, Qualifiers}`, `TimeCreated.SystemTime` the
 *   FILETIME as float seconds since 1970, `EventRecordID`, `Correlation`, `Execution`, `Channel`, `Computer`,
 *   `Security.UserID`), `EventData` (`{Name: value}`, or `Data` when the values have no names), `UserData`
 *   (`{Element: {…}}`), `Message`. The row's own `TimeCreated`, `EventID`, `Channel` columns are the artifact's
 *   copies (its `TimeCreated` cut to whole seconds): the event is read from `System`.
 * - `Windows.EventLogs.EvtxHunter`: `EventTime` (`timestamp(epoch=int(System.TimeCreated.SystemTime))`: whole
 *   seconds), `Computer`, `Channel`, `Provider`, `EventID`, `EventRecordID`, `UserSID`, `EventData`, `UserData`,
 *   `Message`. No ActivityID, version or process: said once per input with what it costs.
 *
 * `SystemTime` is written as decimal seconds (`1712345678.1234567`): read from the row's own digits to the 100-ns
 * tick (string arithmetic; through a double an exact decimal comes out a tick off about half the time, and a
 * millisecond early at a millisecond's edge). Velocidex/evtx computes it as Go's float64 of the FILETIME, which
 * keeps steps of 16 ticks: `timePrecisionMs` 0.002 says so.
 */
import type { NormalizedEvent } from '../../../src/model/event.js';
import type { FieldSelection } from '../../../src/model/reader.js';
import {
  eventFromHeader,
  isObject,
  isoInstant,
  type Json,
  type RecordPlace,
  recordId,
  requireInstant,
  text,
} from '../common.js';
import { instantFromEpochDecimal } from '../time.js';
import { eventDataFields, exactDigits, putFields, putUserData, writtenDecimal } from '../windows-values.js';

/** A row of `parse_evtx`: the event's System header as an object. */
export function isVelociraptorEvtx(r: Json): boolean {
  const system = r.System;
  return isObject(system) && (system.EventRecordID !== undefined || isObject(system.TimeCreated));
}

/** A row of `Windows.EventLogs.EvtxHunter`: its columns (no System header). */
export function isVelociraptorHunter(r: Json): boolean {
  return (
    r.EventTime !== undefined &&
    r.EventRecordID !== undefined &&
    r.Computer !== undefined &&
    r.Channel !== undefined &&
    r.EventID !== undefined &&
    ('EventData' in r || 'UserData' in r || 'Message' in r)
  );
}

/**
 * `SystemTime` (or a custom artifact's `EventTime`): decimal seconds since 1970, read from the digits the row
 * wrote (to the 100-ns tick, no double in between); an ISO time as text.
 */
function instantOfSeconds(v: unknown, name: string, recordText: string | undefined) {
  if (typeof v === 'number')
    return Number.isFinite(v) ? instantFromEpochDecimal(writtenDecimal(v, name, recordText)) : undefined;
  const t = text(v);
  return t !== undefined && /^\s*-?\d+(\.\d+)?\s*$/.test(t) ? instantFromEpochDecimal(t) : isoInstant(v);
}

/** Precision of `SystemTime` as a float: Go's float64 of a FILETIME near 2^57 keeps steps of 16 ticks. */
const FLOAT_PRECISION_MS = 0.002;

export function mapVelociraptorEvtx(r: Json, place: RecordPlace, select: FieldSelection | undefined): NormalizedEvent {
  const system = r.System as Json;
  const created = isObject(system.TimeCreated) ? system.TimeCreated.SystemTime : undefined;
  const instant = requireInstant(created, 'System.TimeCreated.SystemTime', (v) =>
    instantOfSeconds(v, 'SystemTime', place.text),
  );
  const id = isObject(system.EventID) ? system.EventID : { Value: system.EventID };
  const provider = isObject(system.Provider) ? system.Provider : {};
  const correlation = isObject(system.Correlation) ? system.Correlation : {};
  const execution = isObject(system.Execution) ? system.Execution : {};
  const e = eventFromHeader(
    {
      instant,
      channel: system.Channel,
      provider: provider.Name,
      providerGuid: provider.Guid,
      eventSourceName: provider.EventSourceName,
      eventId: id.Value,
      computer: system.Computer,
      recordId: recordId(system.EventRecordID, 'EventRecordID', place),
      activityId: correlation.ActivityID,
      relatedActivityId: correlation.RelatedActivityID,
      processId: execution.ProcessID,
      threadId: execution.ThreadID,
      userSid: isObject(system.Security) ? system.Security.UserID : undefined,
      level: system.Level,
      version: system.Version,
      qualifiers: id.Qualifiers,
      task: system.Task,
      opcode: system.Opcode,
      // parse_evtx writes the unsigned 64-bit number: its digits from the record's text when above 2^53.
      keywords: exactDigits(system.Keywords, 'Keywords', place.text) ?? system.Keywords,
      timePrecisionMs: typeof created === 'number' ? FLOAT_PRECISION_MS : undefined,
    },
    'velociraptor-evtx',
    place,
  );
  putData(e, r, place, select);
  return e;
}

export function mapVelociraptorHunter(
  r: Json,
  place: RecordPlace,
  select: FieldSelection | undefined,
): NormalizedEvent {
  const instant = requireInstant(r.EventTime, 'EventTime', (v) => instantOfSeconds(v, 'EventTime', place.text));
  // `timestamp(epoch=int(int=SystemTime))`: the artifact cuts the event's time to its second (an ISO time of no
  // fraction); a custom artifact's `System.TimeCreated.SystemTime AS EventTime` keeps the float's.
  const written =
    typeof r.EventTime === 'number' ? writtenDecimal(r.EventTime, 'EventTime', place.text) : text(r.EventTime);
  const e = eventFromHeader(
    {
      instant,
      channel: r.Channel,
      provider: r.Provider,
      eventId: isObject(r.EventID) ? r.EventID.Value : r.EventID,
      computer: r.Computer,
      recordId: recordId(r.EventRecordID, 'EventRecordID', place),
      userSid: r.UserSID,
      timePrecisionMs: /\.\d/.test(written ?? '') ? FLOAT_PRECISION_MS : 1000,
    },
    'velociraptor-evtxhunter',
    place,
  );
  putData(e, r, place, select);
  return e;
}

function putData(e: NormalizedEvent, r: Json, place: RecordPlace, select: FieldSelection | undefined): void {
  if (isObject(r.EventData)) putFields(e, eventDataFields(r.EventData), select, place.text);
  if (isObject(r.UserData)) putUserData(e, r.UserData, select, place.text, (k) => k === 'xmlns');
  const message = text(r.Message);
  if (message) e.message = message;
}
