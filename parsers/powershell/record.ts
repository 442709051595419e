/**
 * One Get-WinEvent record as PowerShell serialized it (Export-Clixml or ConvertTo-Json), already reduced to
 * text, and its mapping to a NormalizedEvent. Property names are EventLogRecord's (rdp-events.md §5.3–5.4).
 */
import type { EventSource, NormalizedEvent } from '../../src/model/event.js';
import { type Instant, instantFromIso } from '../../src/model/time.js';
import { fieldNames } from './field-names.js';

export interface PowerShellRecord {
  /** EventLogRecord's scalar properties by name (`Id`, `LogName`, `TimeCreated`…); null when serialized as null. */
  props: Map<string, string | null>;
  /** `Properties`' values in order; undefined: the list was serialized without its values (too deep). */
  values: (string | null)[] | undefined;
  message?: string;
}

/** `/Date(1714641245220)/` (Windows PowerShell 5.1's ConvertTo-Json; an offset after the ms is ignored: ms are UTC). */
function instantFromMsDate(text: string): Instant | undefined {
  const m = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/.exec(text.trim());
  if (!m) return undefined;
  const ms = Number(m[1]);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return undefined;
  return instantFromIso(d.toISOString());
}

export function instantOf(text: string): Instant | undefined {
  return instantFromMsDate(text) ?? instantFromIso(text);
}

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** A GUID as Windows renders it: upper-case, in braces. */
function guid(text: string | null | undefined): string | undefined {
  const m = text ? GUID.exec(text.trim()) : null;
  return m?.[1] ? `{${m[1].toUpperCase()}}` : undefined;
}

function integer(text: string | null | undefined): number | undefined {
  if (text === null || text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Keywords come as a signed Int64 (the high bit makes it negative): Windows renders them as unsigned hex. */
function keywords(text: string | null | undefined): string | undefined {
  if (!text || !/^-?\d+$/.test(text.trim())) return undefined;
  return `0x${BigInt.asUintN(64, BigInt(text.trim())).toString(16)}`;
}

/** A value as the XML export renders it: hex where Windows writes hex, GUIDs in braces, times in ISO 8601. */
function renderValue(value: string, hex: 32 | 64 | undefined): string {
  if (hex && /^\d+$/.test(value))
    return `0x${BigInt(value)
      .toString(16)
      .padStart(hex === 32 ? 8 : 1, '0')}`;
  const g = guid(value);
  if (g) return g;
  if (value.startsWith('/Date(')) return instantFromMsDate(value)?.iso ?? value;
  return value;
}

export class RecordError extends Error {}

/** The event, or a RecordError naming what is missing. */
export function mapRecord(r: PowerShellRecord, source: EventSource): NormalizedEvent {
  const get = (name: string) => r.props.get(name) ?? undefined;
  const eventId = integer(get('Id'));
  if (eventId === undefined) throw new RecordError('a record without an event Id');
  const timeText = get('TimeCreated');
  const time = timeText ? instantOf(timeText) : undefined;
  if (!time)
    throw new RecordError(`event ${eventId} has no readable TimeCreated (${JSON.stringify(timeText ?? null)})`);
  const providerName = get('ProviderName') ?? '';
  const channel = get('LogName') ?? get('ContainerLog') ?? '';
  if (!providerName && !channel) throw new RecordError(`event ${eventId} names neither its provider nor its log`);
  const data: Record<string, string> = {};
  const known = fieldNames(providerName, eventId);
  if (r.values) {
    const hex32 = new Set(known?.hex ?? []);
    const hex64 = new Set(known?.hex64 ?? []);
    r.values.forEach((v, i) => {
      if (v === null) return;
      const name = known?.names[i] ?? `Data[${i}]`;
      data[name] = renderValue(v, hex32.has(name) ? 32 : hex64.has(name) ? 64 : undefined);
    });
  }
  const event: NormalizedEvent = {
    timestamp: time.iso,
    timeMs: time.ms,
    channel,
    provider: { name: providerName, guid: guid(get('ProviderId')) },
    eventId,
    qualifiers: integer(get('Qualifiers')),
    version: integer(get('Version')),
    level: integer(get('Level')),
    task: integer(get('Task')),
    opcode: integer(get('Opcode')),
    keywords: keywords(get('Keywords')),
    recordId: integer(get('RecordId')),
    computer: get('MachineName') ?? '',
    processId: integer(get('ProcessId')),
    threadId: integer(get('ThreadId')),
    userSid: get('UserId'),
    activityId: guid(get('ActivityId')),
    relatedActivityId: guid(get('RelatedActivityId')),
    data,
    message: r.message,
    source,
  };
  if (known?.userData && r.values?.length) event.userDataElement = known.userData;
  for (const key of Object.keys(event) as (keyof NormalizedEvent)[]) if (event[key] === undefined) delete event[key];
  if (event.provider.guid === undefined) delete event.provider.guid;
  return event;
}
