/**
 * Get-WinEvent hands an event's values as `Properties`, in manifest order and without their names
 * (rdp-events.md §5.3–5.4). The names, by provider and event id, are the event table's (`src/model/events.ts`:
 * a row's `fields`, `hex`, `hex64`, `userData`). An event with no field names there keeps its values as
 * `Data[0]`, `Data[1]`…, as the XML and .evtx readers name unnamed values.
 */
import { eventRow } from '../../src/model/events.js';

export interface FieldNames {
  names: readonly string[];
  /** The manifest puts the fields in UserData under this element (dumps write it back so). */
  userData?: string;
  /** Fields Windows renders in hexadecimal: `hex` 32-bit ones, `hex64` 64-bit ones and pointers. */
  hex?: readonly string[];
  hex64?: readonly string[];
}

export function fieldNames(provider: string, eventId: number): FieldNames | undefined {
  const row = eventRow(provider, eventId);
  return row?.fields ? { names: row.fields, userData: row.userData, hex: row.hex, hex64: row.hex64 } : undefined;
}
