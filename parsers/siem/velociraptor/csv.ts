/**
 * Velociraptor's results as CSV (a collection's or hunt's "Download CSV", `velociraptor query --format csv`), read
 * as Velocidex/velociraptor writes them (`json/csv.go` `CSVEncoder`, `file_store/csv/writer.go`, read back by its
 * own `file_store/csv/reader.go` `ReadAny`): the columns are the first row's keys (a hunt adds `ClientId`,
 * `HuntId`, `Fqdn`); a string cell is the string itself, a null empty, anything else its JSON (`System`,
 * `EventData`, `UserData` objects, numbers as written); an older writer put a space before a string that would
 * read as something else (`" 123"`, `" {…"`). The rows are then the JSON rows `mapper.ts` reads.
 *
 * What it cannot carry: the columns come from the first row, and `parse_evtx` gives an event `EventData` or
 * `UserData`, not both, so a `Windows.EventLogs.Evtx` export whose first event had one holds no column for the
 * other: those events' fields were never written, so they are left out (counted, said once), never read as
 * events without their user, address or status.
 */
import type { Json } from '../common.js';

/**
 * A header of Velociraptor's EVTX rows: `parse_evtx`'s `System` beside its `EventData` or `UserData` (or the
 * artifact's `EventRecordID`), or `EvtxHunter`'s `EventTime`, `EventRecordID` and `EventID`.
 */
export function isVelociraptorCsv(columns: readonly string[]): boolean {
  const has = new Set(columns);
  if (has.has('System')) return has.has('EventData') || has.has('UserData') || has.has('EventRecordID');
  return has.has('EventTime') && has.has('EventRecordID') && has.has('EventID');
}

/** A cell as Velociraptor's reader takes it back: JSON for `{…}` and `[…]`, a space-escaped string unescaped. */
export function velociraptorCell(cell: string): { value: unknown; json?: string } | { error: string } {
  const first = cell.charCodeAt(0);
  if (first === 0x7b /* { */ || first === 0x5b /* [ */) {
    try {
      return { value: JSON.parse(cell), json: cell };
    } catch (err) {
      return { error: (err as Error).message };
    }
  }
  if (first === 0x20) return { value: cell.slice(1) };
  return { value: cell };
}

/** The event-data column a `Windows.EventLogs.Evtx` export lacks (its first row had the other), if any. */
export function missingDataColumn(columns: readonly string[]): 'EventData' | 'UserData' | undefined {
  const has = new Set(columns);
  if (!has.has('System')) return undefined;
  if (has.has('EventData') && !has.has('UserData')) return 'UserData';
  if (has.has('UserData') && !has.has('EventData')) return 'EventData';
  return undefined;
}

/** The row as JSON, and the JSON cells' text (numbers as written: `SystemTime`'s digits, 64-bit values). */
export function velociraptorRow(
  columns: readonly string[],
  values: readonly string[],
): { row: Json; text: string } | { error: string; column: string } {
  const row: Json = {};
  const texts: string[] = [];
  for (let i = 0; i < columns.length; i++) {
    const cell = values[i];
    if (cell === undefined || cell === '') continue;
    const read = velociraptorCell(cell);
    if ('error' in read) return { error: read.error, column: columns[i]! };
    row[columns[i]!] = read.value;
    if (read.json) texts.push(read.json);
  }
  return { row, text: texts.join('\n') };
}
