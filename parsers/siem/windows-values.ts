/**
 * What the readers of forensic tools' JSON and CSV share (Velociraptor's `parse_evtx`, EvtxECmd, Chainsaw): each
 * renders an event's values its own way (numbers as JSON numbers, hex as decimal or upper case, GUIDs without
 * braces), and each value is put back as Windows renders it in the event's XML, so these records give the same
 * fields as the `.evtx` they came from. Which fields Windows writes in hexadecimal is the event table's
 * (`src/model/events.ts`: a row's `hex`, `hex64`), the one list PowerShell's reader uses too.
 */
import type { NormalizedEvent } from '../../src/model/event.js';
import { eventRow } from '../../src/model/events.js';
import type { FieldSelection } from '../../src/model/reader.js';
import { putField, type Suffixes } from '../common/fields.js';
import { fieldText, isObject, type Json, share } from './common.js';

const BARE_GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const DECIMAL = /^\d+$/;

/** The event's hex fields by the event table: 32 (eight digits, `0x0000000a`) or 64 (`0x3e7`). */
export function hexWidths(e: NormalizedEvent): ReadonlyMap<string, 32 | 64> | undefined {
  const row = eventRow(e.provider.name, e.eventId);
  if (!row?.hex && !row?.hex64) return undefined;
  const widths = new Map<string, 32 | 64>();
  for (const f of row.hex ?? []) widths.set(f, 32);
  for (const f of row.hex64 ?? []) widths.set(f, 64);
  return widths;
}

/**
 * A value as Windows writes it in the event's XML: a hex field (`width`) as `0x…` in lower case (from a decimal
 * number or text, or from upper-case hex), a bare GUID in braces and upper case, `true`/`false` in lower case; the
 * rest as text (`exact`: the digits of a number above 2^53, read again from the record's text).
 */
export function windowsValue(v: unknown, width: 32 | 64 | undefined, exact?: string): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    const digits = exact ?? (Number.isSafeInteger(v) ? String(v) : undefined);
    if (width && digits && DECIMAL.test(digits)) return hex(BigInt(digits), width);
    return digits ?? String(v);
  }
  if (typeof v !== 'string') return fieldText(v);
  if (width) {
    if (HEX.test(v)) return hex(BigInt(v), width);
    if (DECIMAL.test(v)) return hex(BigInt(v), width);
  }
  if (v.length === 36 && BARE_GUID.test(v)) return `{${v.toUpperCase()}}`;
  if (v === 'True' || v === 'False') return v.toLowerCase();
  return v;
}

function hex(n: bigint, width: 32 | 64): string {
  const digits = BigInt.asUintN(width, n).toString(16);
  return `0x${width === 32 ? digits.padStart(8, '0') : digits}`;
}

/**
 * The digits of a number JSON.parse rounded (above 2^53): the first `"<name>": <digits>` in the record's text. One
 * regular expression per such value: they are rare (64-bit logon ids and keywords).
 */
export function exactDigits(v: unknown, name: string, recordText: string | undefined): string | undefined {
  if (typeof v !== 'number' || Number.isSafeInteger(v) || !recordText) return undefined;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`"${escaped}"\\s*:\\s*(\\d+)`).exec(recordText)?.[1];
}

/**
 * A JSON number's digits as the record's text wrote them (the first `"<name>": <number>` there that parses to the
 * same value), else the shortest digits of the double (what Go and JSON.stringify write): a decimal read from its
 * digits, not through the double JSON.parse made of it.
 */
export function writtenDecimal(v: number, name: string, recordText: string | undefined): string {
  if (recordText) {
    let pattern = decimalPatterns.get(name);
    if (!pattern) {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      pattern = new RegExp(`"${escaped}"\\s*:\\s*(-?\\d+(?:\\.\\d+)?)(?![\\d.eE])`);
      decimalPatterns.set(name, pattern);
    }
    const m = pattern.exec(recordText);
    if (m && Number(m[1]) === v) return m[1]!;
  }
  return String(v);
}
/** @cache a field name's pattern (a pure function of it); the names are the mappers' constants. */
const decimalPatterns = new Map<string, RegExp>();

/**
 * Puts an event's fields (`fields`: name → value as the tool wrote it) into `e.data`, honouring the selection as
 * every reader does (the .evtx reader, ECS, Winlogbeat 6): the picked fields first, then, when with those the
 * event is wanted whole after all (`whole` reads them: a logon's LogonType, a process's image), the rest.
 */
export function putFields(
  e: NormalizedEvent,
  fields: ReadonlyArray<readonly [string, unknown]>,
  select: FieldSelection | undefined,
  recordText?: string,
): void {
  const pick = select ? select.pick(e) : true;
  if (pick === false) return;
  const widths = hexWidths(e);
  const suffixes: Suffixes = new Map();
  const put = (name: string, raw: unknown) => {
    const value = windowsValue(raw, widths?.get(name), exactDigits(raw, name, recordText));
    if (value !== undefined) putField(e.data, share(name), value, suffixes);
  };
  if (pick === true) {
    for (const [name, raw] of fields) put(name, raw);
    return;
  }
  for (const [name, raw] of fields) if (pick.has(name)) put(name, raw);
  if (!select?.whole(e)) return;
  for (const [name, raw] of fields) if (!pick.has(name)) put(name, raw);
}

/**
 * EventData as a tool that parsed the XML into JSON keeps it: `{Name: value}` (names kept), or unnamed values under
 * `Data` (one, or a list) keyed `Data[i]` by position as the XML reader keys them (the JSON keeps no order between
 * `Data` and `Binary`: unnamed values first); `Binary` likewise.
 */
export function eventDataFields(eventData: Json, attributes = false): Array<readonly [string, unknown]> {
  const out: Array<readonly [string, unknown]> = [];
  // The XML reader numbers unnamed children by their position among all of EventData's children.
  let position = 0;
  for (const k in eventData) {
    if (attributes && (k === '#attributes' || k.endsWith('_attributes'))) continue;
    const v = eventData[k];
    if ((k === 'Data' || k === 'Binary') && (Array.isArray(v) || typeof v !== 'object' || v === null)) {
      const list = Array.isArray(v) ? v : [v];
      for (const item of list) out.push([`${k}[${position++}]`, item]);
      continue;
    }
    position++;
    out.push([k, v]);
  }
  return out;
}

/**
 * UserData as the tools keep it (`{Element: {field: value}}`): its first element's name (`userDataElement`) and
 * fields, the keys `isAttribute` names (the element's `xmlns`, however the tool writes attributes) left out, each
 * value through `leaf` (the tool's text of an element).
 */
export function putUserData(
  e: NormalizedEvent,
  userData: Json,
  select: FieldSelection | undefined,
  recordText: string | undefined,
  isAttribute: (key: string) => boolean,
  leaf: (v: unknown) => unknown = (v) => v,
): void {
  for (const element in userData) {
    if (isAttribute(element)) continue;
    const inner = userData[element];
    if (!isObject(inner)) continue;
    e.userDataElement = share(element);
    putFields(
      e,
      Object.entries(inner)
        .filter(([k]) => !isAttribute(k))
        .map(([k, v]) => [k, leaf(v)] as const),
      select,
      recordText,
    );
    return;
  }
}
