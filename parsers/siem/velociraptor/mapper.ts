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
 * The float of `SystemTime` (Go's float64 of the FILETIME, divided) keeps about 2 µs: the event's time is the
 * FILETIME nearest to it (`timePrecisionMs` 0.002).
 */
import type { NormalizedEvent } from '../../../src/model/event.js';
import type { FieldSelection } from '../../../src/model/reader.js';
import { instantFromFiletime } from '../../../src/model/time.js';
import {
  channelName,
  eventIdOf,
  integer,
  isObject,
  isoInstant,
  type Json,
  newEvent,
  quotedOrMissing,
  type RecordPlace,
  RecordMappingError,
  recordId,
  setOptional,
  share,
  text,
} from '../common.js';
import { eventDataFields, exactDigits, putFields } from '../windows-values.js';

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

/** Go's FILETIME → float seconds since 1970, back to the nearest FILETIME. */
const FILETIME_UNIX_SECONDS = 11_644_473_600n;
function instantOfFloat(v: unknown) {
  if (typeof v !== 'number' || !Number.isFinite(v)) return isoInstant(v);
  const seconds = Math.floor(v);
  let ticks = Math.round((v - seconds) * 1e7);
  let s = BigInt(seconds);
  if (ticks >= 10_000_000) {
    s += 1n;
    ticks -= 10_000_000;
  }
  const ft = (s + FILETIME_UNIX_SECONDS) * 10_000_000n + BigInt(ticks);
  if (ft < 0n || ft >= 1n << 64n) return undefined;
  return instantFromFiletime(Number(ft & 0xffffffffn), Number(ft >> 32n));
}

/** Precision of `SystemTime` as a float: Go's float64 of a FILETIME near 2^57 keeps steps of 16 ticks. */
const FLOAT_PRECISION_MS = 0.002;

export function mapVelociraptorEvtx(r: Json, place: RecordPlace, select: FieldSelection | undefined): NormalizedEvent {
  const system = r.System as Json;
  const created = isObject(system.TimeCreated) ? system.TimeCreated.SystemTime : undefined;
  const instant = instantOfFloat(created);
  if (!instant)
    throw new RecordMappingError(`no valid System.TimeCreated.SystemTime (${quotedOrMissing(text(created))})`);
  const idValue = isObject(system.EventID) ? system.EventID.Value : system.EventID;
  const provider = isObject(system.Provider) ? system.Provider : {};
  const e = newEvent(
    instant,
    channelName(system.Channel),
    text(provider.Name) ?? '',
    eventIdOf(idValue),
    text(system.Computer) ?? '',
    'velociraptor-evtx',
    place,
    recordId(system.EventRecordID, 'EventRecordID', place),
    provider.Guid,
  );
  const source = text(provider.EventSourceName);
  if (source) e.provider = { ...e.provider, eventSourceName: share(source) };
  const correlation = isObject(system.Correlation) ? system.Correlation : {};
  const execution = isObject(system.Execution) ? system.Execution : {};
  const security = isObject(system.Security) ? system.Security : {};
  setOptional(e, {
    activityId: correlation.ActivityID,
    relatedActivityId: correlation.RelatedActivityID,
    processId: execution.ProcessID,
    threadId: execution.ThreadID,
    userSid: security.UserID,
    level: system.Level,
    version: system.Version,
  });
  if (typeof created === 'number') e.timePrecisionMs = FLOAT_PRECISION_MS;
  const qualifiers = isObject(system.EventID) ? integer(system.EventID.Qualifiers) : undefined;
  if (qualifiers !== undefined) e.qualifiers = qualifiers;
  const task = integer(system.Task);
  if (task !== undefined) e.task = task;
  const opcode = integer(system.Opcode);
  if (opcode !== undefined) e.opcode = opcode;
  const keywords = keywordsOf(system.Keywords, place.text);
  if (keywords) e.keywords = share(keywords);
  putData(e, r, place, select);
  return e;
}

export function mapVelociraptorHunter(
  r: Json,
  place: RecordPlace,
  select: FieldSelection | undefined,
): NormalizedEvent {
  const instant = isoInstant(r.EventTime);
  if (!instant) throw new RecordMappingError(`no valid EventTime (${quotedOrMissing(text(r.EventTime))})`);
  const e = newEvent(
    instant,
    channelName(r.Channel),
    text(r.Provider) ?? '',
    eventIdOf(isObject(r.EventID) ? r.EventID.Value : r.EventID),
    text(r.Computer) ?? '',
    'velociraptor-evtxhunter',
    place,
    recordId(r.EventRecordID, 'EventRecordID', place),
  );
  setOptional(e, { userSid: r.UserSID });
  // `int(SystemTime)`: the artifact cuts the event's time to its second.
  e.timePrecisionMs = 1000;
  putData(e, r, place, select);
  return e;
}

function putData(e: NormalizedEvent, r: Json, place: RecordPlace, select: FieldSelection | undefined): void {
  if (isObject(r.EventData)) putFields(e, eventDataFields(r.EventData), select, place.text);
  if (isObject(r.UserData)) {
    for (const element in r.UserData) {
      const inner = r.UserData[element];
      if (!isObject(inner)) continue;
      e.userDataElement = share(element);
      putFields(
        e,
        Object.entries(inner).filter(([k]) => k !== 'xmlns'),
        select,
        place.text,
      );
      break;
    }
  }
  const message = text(r.Message);
  if (message) e.message = message;
}

/** Keywords as Windows renders them (`0x8020000000000000`) from parse_evtx's unsigned 64-bit number. */
function keywordsOf(v: unknown, recordText: string | undefined): string | undefined {
  const digits = exactDigits(v, 'Keywords', recordText) ?? (typeof v === 'number' ? String(v) : text(v));
  if (!digits) return undefined;
  if (/^0x[0-9a-f]+$/i.test(digits)) return `0x${digits.slice(2).toUpperCase().padStart(16, '0')}`;
  if (!/^\d+$/.test(digits)) return undefined;
  return `0x${BigInt.asUintN(64, BigInt(digits)).toString(16).toUpperCase().padStart(16, '0')}`;
}
