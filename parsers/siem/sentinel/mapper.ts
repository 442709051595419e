/**
 * Microsoft Sentinel / Log Analytics rows (JSON from `az monitor log-analytics query` or the API, CSV from
 * the portal): `WindowsEvent` (any channel, through AMA; `EventData` parsed, dynamic), `SecurityEvent`
 * (Security only: one typed column per EventData name, no record id, no ActivityID) and `Event` (legacy
 * agent, any channel: EventData as XML in a `DataItem` whose `time` keeps 100 ns). Exports add a type
 * suffix to some columns (`ProcessId_string`, `EventData_dynamic`): read without it.
 */
import type { InputFormat, NormalizedEvent } from '../../../src/model/event.js';
import type { FieldSelection } from '../../../src/model/reader.js';
import {
  channelName,
  eventIdOf,
  fieldText,
  guid,
  isObject,
  isoInstant,
  type Json,
  newEvent,
  type RecordPlace,
  recordId,
  requireInstant,
  setOptional,
  share,
  text,
} from '../common.js';
import { fieldsFromXmlFragment } from '../xml.js';

export type SentinelTable = 'WindowsEvent' | 'SecurityEvent' | 'Event';

const SUFFIX = /_(string|dynamic|int|long|real|bool|datetime|guid|timespan|decimal)$/;

/** Which Sentinel table a row is from (its `Type`, or its columns), or undefined when it is none. */
export function sentinelTable(r: Json): SentinelTable | undefined {
  if (r.TimeGenerated === undefined && r['TimeGenerated [UTC]'] === undefined) return undefined;
  const type = r.Type;
  if (type === 'WindowsEvent' || type === 'SecurityEvent' || type === 'Event') return type;
  if (r.EventRecordId !== undefined || r.Provider !== undefined || r.Correlation !== undefined) return 'WindowsEvent';
  if (r.EventLog !== undefined && r.Source !== undefined) return 'Event';
  if (r.Computer !== undefined && r.EventID !== undefined) return 'SecurityEvent';
  return undefined;
}

/** Columns of the tables (and of Log Analytics) that are not the event's data. */
const META = new Set([
  'TenantId',
  'SourceSystem',
  'TimeGenerated',
  'TimeGenerated [UTC]',
  'Computer',
  'MG',
  'ManagementGroupName',
  'Type',
  '_ResourceId',
  '_SubscriptionId',
  '_ItemId',
  '_Internal_WorkspaceResourceId',
  'EventSourceName',
  'Channel',
  'Task',
  'Level',
  'Activity',
  'SourceComputerId',
  'EventOriginId',
  'TimeCollected',
  'InstanceId',
  'EventID',
  'EventData',
  'Account',
  'AccountType',
  'LogonTypeName',
  'EventLevelName',
  'SubjectAccount',
  'TargetAccount',
  'AzureDeploymentID',
  'Role',
  'PartitionKey',
  'RowKey',
  'StorageAccount',
  'ParameterXml',
  'RenderedDescription',
  'EventLog',
  'Source',
  'EventLevel',
  'EventCategory',
  'UserName',
  'EventRecordId',
  'Keywords',
  'Opcode',
  'Provider',
  'RawEventData',
  'SystemProcessId',
  'SystemThreadId',
  'SystemUserId',
  'Version',
  'Correlation',
  'EventLevelName',
  'ManagementGroupName',
]);

/** A row with the export's type suffixes taken off its column names (a plain column wins). */
function unsuffixed(r: Json): Json {
  let out: Json | undefined;
  for (const k in r) {
    if (!SUFFIX.test(k)) continue;
    out ??= { ...r };
    const base = k.replace(SUFFIX, '');
    if (out[base] === undefined || out[base] === '') out[base] = r[k];
    delete out[k];
  }
  return out ?? r;
}

/** A dynamic column: an object, or its JSON text (CSV, or a string-typed export). */
function dynamic(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return v;
  try {
    return JSON.parse(t);
  } catch {
    return v;
  }
}

export function mapSentinel(
  row: Json,
  table: SentinelTable,
  place: RecordPlace,
  select: FieldSelection | undefined,
): NormalizedEvent {
  const r = unsuffixed(row);
  const format: InputFormat =
    table === 'WindowsEvent'
      ? 'sentinel-windowsevent'
      : table === 'Event'
        ? 'sentinel-event'
        : 'sentinel-securityevent';
  const generated = r.TimeGenerated ?? r['TimeGenerated [UTC]'];
  const eventDataColumn = dynamic(r.EventData);
  const fragment =
    typeof eventDataColumn === 'string' && eventDataColumn.includes('<')
      ? fieldsFromXmlFragment(eventDataColumn)
      : undefined;
  // The legacy agent's `DataItem` keeps the time to 100 ns: it wins over TimeGenerated's.
  const exact = fragment?.time ? isoInstant(fragment.time) : undefined;
  const instant = exact ?? requireInstant(generated, 'TimeGenerated');
  const channel =
    table === 'Event'
      ? channelName(r.EventLog)
      : channelName(r.Channel ?? (table === 'SecurityEvent' ? 'Security' : ''));
  const provider =
    table === 'WindowsEvent'
      ? text(r.Provider)
      : table === 'Event'
        ? text(r.Source)
        : (text(r.EventSourceName) ?? 'Microsoft-Windows-Security-Auditing');
  const id = table === 'WindowsEvent' ? recordId(r.EventRecordId, 'EventRecordId', place) : undefined;
  const e = newEvent(instant, channel, provider ?? '', eventIdOf(r.EventID), text(r.Computer) ?? '', format, place, id);
  setSystemColumns(e, r, table);
  const pick = select ? select.pick(e) : true;
  if (pick === false) return e;
  const only = pick === true ? undefined : pick;
  const source = { table, r, fragment, column: eventDataColumn };
  fillEventData(e, source, only);
  if (only && !select?.whole(e)) return e;
  if (only) fillEventData(e, source);
  const message = text(r.RenderedDescription);
  if (message) e.message = message;
  return e;
}

/** The System columns each table has beyond the header: WindowsEvent's correlation and execution, Event's level. */
function setSystemColumns(e: NormalizedEvent, r: Json, table: SentinelTable): void {
  if (table === 'WindowsEvent') {
    const correlation = dynamic(r.Correlation);
    const c = isObject(correlation) ? correlation : undefined;
    setOptional(e, {
      activityId: c ? (c.ActivityID ?? c.ActivityId) : guid(correlation) ? correlation : undefined,
      relatedActivityId: c ? (c.RelatedActivityID ?? c.RelatedActivityId) : undefined,
      processId: r.SystemProcessId,
      threadId: r.SystemThreadId,
      userSid: r.SystemUserId,
      level: r.EventLevel,
      version: r.Version,
    });
  } else if (table === 'Event') {
    setOptional(e, { level: r.EventLevel });
  }
}

/**
 * The event's data (only `names` when given): the EventData column as an XML fragment, a list by position or an
 * object (flat, or UserData nested under its element), then SecurityEvent's typed columns.
 */
function fillEventData(
  e: NormalizedEvent,
  {
    table,
    r,
    fragment,
    column,
  }: { table: SentinelTable; r: Json; fragment: ReturnType<typeof fieldsFromXmlFragment>; column: unknown },
  names?: ReadonlySet<string>,
): void {
  const data = e.data;
  if (fragment) {
    for (const k in fragment.data) if (!names || names.has(k)) data[k] = fragment.data[k]!;
    if (fragment.userDataElement) e.userDataElement = fragment.userDataElement;
  } else if (Array.isArray(column)) {
    // Unnamed data, by position, as an XML export keys `<Data>` without a name.
    column.forEach((v, i) => {
      const key = `Data[${i}]`;
      const t = fieldText(v);
      if (t !== undefined && (!names || names.has(key))) data[key] = t;
    });
  } else if (isObject(column)) {
    // WindowsEvent: flat names, or UserData nested under its element (`{"EventXML": {…}}`).
    const keys = Object.keys(column);
    const [only1] = keys;
    const nested = keys.length === 1 && only1 && isObject(column[only1]) ? only1 : undefined;
    const fields = nested ? (column[nested] as Json) : column;
    for (const k in fields) {
      if (names && !names.has(k)) continue;
      const v = fieldText(fields[k]);
      if (v !== undefined) data[share(k)] = v;
    }
    if (nested) e.userDataElement = share(nested);
  }
  if (table === 'SecurityEvent') {
    // The typed columns: one per EventData name.
    for (const k in r) {
      if (META.has(k) || (names && !names.has(k)) || data[k] !== undefined) continue;
      const v = fieldText(r[k]);
      if (v !== undefined && v !== '') data[share(k)] = v;
    }
  }
}
