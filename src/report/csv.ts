/**
 * CSV for spreadsheets and timeline tools (Excel, Timeline Explorer): RFC 4180 (CRLF rows, cells quoted
 * when they hold a comma, quote, CR or LF) and safe to open: a text cell that a spreadsheet would take for
 * a formula (starting with `=`, `+`, `-`, `@`, tab or CR, also after leading spaces, which spreadsheets
 * skip) gets a leading `'`. Logs are attacker-controlled.
 */
import type { DiagnosedAttempt } from '../diagnose/analyze.js';
import { type Finding, serverLogged } from '../model/attempt.js';
import { findingAttempts } from '../diagnose/attacks/attack-path.js';
import { findingSeverity } from './siem-rules.js';
import type { NormalizedEvent } from '../model/event.js';
import { isRawTime } from '../model/time.js';
import { salientSummary, summarizeEvent } from '../diagnose/event-summary.js';
import { formatTime, type TimeZoneChoice } from './time-format.js';

const FORMULA_START = /^[\t\r]|^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | boolean | null | undefined;

/** A text a spreadsheet would take for a formula, with a leading `'` (Timesketch exports its cells to CSV too). */
export function withoutFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = withoutFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/**
 * A time as a spreadsheet reads it as a time (Excel keeps seven fractional digits, a `T` or a zone as text):
 * `2024-05-02 09:14:07.123`, in the report's zone (UTC unless `--tz`) to the millisecond; empty for a raw time.
 * The column beside it keeps the full precision.
 */
export function sheetTime(timestamp: string, timeMs: number, tz: TimeZoneChoice): string {
  if (isRawTime(timestamp)) return '';
  return formatTime(timestamp, timeMs, tz).replace(/(?:Z|[+-]\d\d:\d\d)$/, '');
}

/**
 * UTF-8's byte-order mark: written first in a CSV file (`-o x.csv`) so that Excel, which otherwise opens UTF-8 as
 * the ANSI code page, shows `→`, `’` and names in other scripts as they are; not on standard output (a pipe feeds
 * a program, which would take it for part of the first column's name). `--bom` / `--no-bom` choose. Written as
 * bytes: the text escaping would show an invisible character such as this one as `\ufeff`.
 */
export function csvBom(): Uint8Array {
  return new Uint8Array([0xef, 0xbb, 0xbf]);
}

/** Whether a CSV goes out with the byte-order mark: as chosen, else when written to a file. */
export function csvWantsBom(choice: boolean | undefined, toFile: boolean): boolean {
  return choice ?? toFile;
}

/** A time as ISO 8601: UTC with 100 ns digits, or in the `--tz` zone with its offset. */
export function csvTime(timestamp: string, timeMs: number, tz: TimeZoneChoice): string {
  if (tz.kind === 'utc' || isRawTime(timestamp)) return timestamp;
  return formatTime(timestamp, timeMs, tz).replace(' ', 'T');
}

export const TIMELINE_CSV_COLUMNS = [
  'time',
  'computer',
  'channel',
  'provider',
  'event_id',
  'record_id',
  'level',
  'activity_id',
  'user_sid',
  'summary',
  'details',
  'data',
  'source',
  'time_spreadsheet',
] as const;

/**
 * One row per event: `summary` its fields in one line (salient first, cut), `details` its salient fields whole (the
 * event table's: EvtxECmd's `PayloadData`, Hayabusa's `Details`), `data` every named field as JSON.
 */
export function timelineCsvRow(e: NormalizedEvent, tz: TimeZoneChoice): string {
  return csvRow([
    csvTime(e.timestamp, e.timeMs, tz),
    e.computer,
    e.channel,
    e.provider.name,
    e.eventId,
    e.recordId,
    e.level,
    e.activityId,
    e.userSid,
    summarizeEvent(e),
    salientSummary(e),
    JSON.stringify(e.data),
    e.source.file,
    sheetTime(e.timestamp, e.timeMs, tz),
  ]);
}

export const ATTEMPTS_CSV_COLUMNS = [
  'id',
  'start',
  'end',
  'outcome',
  'side',
  'server',
  'server_address',
  'client_address',
  'client_name',
  'user',
  'cause',
  'confidence',
  'title',
  'other_causes',
  'redirected_from',
  'connection',
  'level',
  'details',
  'start_spreadsheet',
  'end_spreadsheet',
] as const;

/**
 * `analyze --format csv`: one row per attempt, its most likely cause first; then one row per finding, as Hayabusa's
 * timelines have one per detection (Timestamp, Computer, Level, Title, Details): its first evidence's time in `start`,
 * its computer in `server`, `side` `finding`, its id in `cause`, its severity in `level`, its explanation in `details`.
 */
export function renderAttemptsCsv(
  attempts: DiagnosedAttempt[],
  tz: TimeZoneChoice,
  findings: readonly Finding[] = [],
): string {
  return [...attemptsCsvPieces(attempts, tz, findings)].join('');
}

/** A finding's row: when it began (its earliest evidence, else its attempts'), where, how bad, what. */
function findingRow(f: Finding, byId: ReadonlyMap<string, DiagnosedAttempt>, tz: TimeZoneChoice): string {
  const times = [
    ...f.evidence.map((e) => ({ t: e.time, ms: Date.parse(e.time) })),
    // Its first record, where the evidence shows only the last ones.
    ...(f.first ? [{ t: f.first, ms: Date.parse(f.first) }] : []),
    ...findingAttempts(f).flatMap((id) => {
      const a = byId.get(id);
      return a ? [{ t: a.start, ms: a.startMs }] : [];
    }),
  ].filter((x) => x.t && !Number.isNaN(x.ms));
  times.sort((x, y) => x.ms - y.ms);
  const first = times[0];
  const last = times[times.length - 1];
  return csvRow([
    f.id,
    first ? csvTime(first.t, first.ms, tz) : undefined,
    last ? csvTime(last.t, last.ms, tz) : undefined,
    undefined,
    'finding',
    f.computer,
    undefined,
    undefined,
    undefined,
    undefined,
    f.id,
    Math.round(f.confidence * 100) / 100,
    f.title,
    undefined,
    undefined,
    undefined,
    findingSeverity(f).name,
    f.explanation,
    first ? sheetTime(first.t, first.ms, tz) : undefined,
    last ? sheetTime(last.t, last.ms, tz) : undefined,
  ]);
}

/** The same CSV in pieces of some thousand rows, written as they are made (a fleet's runs to hundreds of MB). */
export function* attemptsCsvPieces(
  attempts: DiagnosedAttempt[],
  tz: TimeZoneChoice,
  findings: readonly Finding[] = [],
): Generator<string, void, undefined> {
  let rows: string[] = [csvRow([...ATTEMPTS_CSV_COLUMNS])];
  for (const a of attempts) {
    const [top, ...rest] = a.causes;
    rows.push(
      csvRow([
        a.id,
        csvTime(a.start, a.startMs, tz),
        csvTime(a.end, a.endMs, tz),
        a.outcome,
        a.side,
        serverLogged(a) ? a.computer : a.server.name,
        a.server.address,
        a.client.address,
        a.client.name ?? a.clientComputer,
        a.user,
        top?.id,
        top ? Math.round(top.confidence * 100) / 100 : undefined,
        top?.title,
        rest.map((c) => c.id).join(';'),
        a.redirectedFrom?.computer,
        a.connection,
        undefined,
        undefined,
        sheetTime(a.start, a.startMs, tz),
        sheetTime(a.end, a.endMs, tz),
      ]),
    );
    if (rows.length >= 4096) {
      yield rows.join('');
      rows = [];
    }
  }
  if (findings.length) {
    const byId = new Map(attempts.map((a) => [a.id, a]));
    for (const f of findings) rows.push(findingRow(f, byId, tz));
  }
  if (rows.length) yield rows.join('');
}
