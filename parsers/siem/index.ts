/**
 * Windows events exported from a SIEM, each record's shape found from its keys (never the file name):
 * JSON (NDJSON, arrays, a whole `_search` response) of Elastic ECS (`ecs/`), Winlogbeat 6 (`winlogbeat6/`),
 * Splunk's export (`result._raw` XML, or classic text: `splunk/`), Sentinel rows (`sentinel/`), NXLog and
 * other flat JSON (`nxlog/`); CSV of Sentinel or Splunk; Splunk's classic WinEventLog text. Records that carry
 * the event's own XML (`event.original`, `_raw`, `RawEventData`) are read from it by the XML reader.
 */
import type { InputFormat, InputWarning, NormalizedEvent } from '../../src/model/event.js';
import { cutDeepValues, isStackOverflow, MAX_VALUE_DEPTH } from '../../src/model/json-depth.js';
import { type EventBatches, type FieldSelection, InputFileError, type ReadOptions } from '../../src/model/reader.js';
import type { InputSource, SplitJsonPiece } from '../../src/model/source.js';
import { eventBatches } from '../common/text-batches.js';
import { detectEncoding } from '../xml/index.js';
import { isObject, type Json, type RecordPlace, RecordMappingError, text } from './common.js';
import { CsvSplitter } from './csv.js';
import { isKibanaCsv, KibanaTimeError, kibanaDocument } from './kibana.js';
import { isVelociraptorCsv, missingDataColumn, velociraptorRow } from './velociraptor/csv.js';
import { decodedSegments, JsonRecordCutter } from './json-pieces.js';
import { RECORD_SHAPES, type ShapeContext } from './shapes.js';
import { ClassicSplitter, looksLikeClassic, mapClassic } from './splunk/classic.js';

export { JsonPieceSplitter } from './json-pieces.js';

export type SiemLayout = 'json' | 'csv' | 'splunk-classic';

/**
 * CSV headers we read: Sentinel's (`TimeGenerated`, `TimeGenerated [UTC]`), Splunk's (`_raw`), Kibana
 * Discover's (`@timestamp` with `winlog.*` columns, or `_source`), EvtxECmd's (`EventRecordId`).
 */
const CSV_HEADER =
  /^(?:[^\n]*,)?"?(?:TimeGenerated(?: \[UTC\])?|_raw|_source|winlog\.[\w.]+|EventRecordId)"?(?:,|\r?\n|$)/;

/** A SIEM export's layout from its first bytes, or undefined when it is not one. */
export function detectSiem(head: Uint8Array): SiemLayout | undefined {
  const { encoding, bomLength } = detectEncoding(head);
  let text: string;
  try {
    text = new TextDecoder(encoding).decode(head.subarray(bomLength));
  } catch {
    return undefined;
  }
  const t = text.trimStart();
  if ((t.startsWith('{') || t.startsWith('[')) && EVENT_KEYS.test(t)) return 'json';
  if (looksLikeClassic(t)) return 'splunk-classic';
  const header = t.split('\n', 1)[0]!;
  if (CSV_HEADER.test(`${header}\n`)) return 'csv';
  if (
    isVelociraptorCsv(
      header
        .trimEnd()
        .split(',')
        .map((c) => c.replace(/^"|"$/g, '')),
    )
  )
    return 'csv';
  // Lines of no JSON before the records (a banner, a tool's own log lines): the records after them (the reader
  // passes over those lines with a warning).
  const first = /^[ \t]*[{[]/m.exec(t);
  if (first && first.index > 0 && EVENT_KEYS.test(t.slice(first.index))) return 'json';
  return undefined;
}

/**
 * A key every event record of a known export has (ECS, Winlogbeat 6, Splunk, Sentinel, NXLog, flat JSON;
 * Velociraptor's `System` or `EventID`, EvtxECmd's `EventRecordId`, Chainsaw's `Event`).
 */
const EVENT_KEYS =
  /"(winlog|event_id|EventID|EventRecordId|System|Event|_raw)"\s*:|"name"\s*:\s*"(EventID|_raw)"|"_raw"/;

const BATCH = 256;

/** Reads one SIEM export (`detectSiem` said which layout) as events in file order. */
export async function* readSiem(source: InputSource, layout: SiemLayout, opts: ReadOptions): EventBatches {
  const head = await source.head(512);
  const { encoding, bomLength } = detectEncoding(head);
  const interest = opts.select?.interest;
  // A large JSON file may be cut into records on another thread (the same cutter), this one only parsing them.
  const split =
    layout === 'json' ? source.splitJson?.({ start: bomLength, pieceBytes: PIECE, encoding, interest }) : undefined;
  const decoder = new TextDecoder(encoding);
  const text = split ? undefined : new SiemTextReader(source.name, layout, opts);
  const reader = text?.reader ?? new SiemRecordReader(source.name, opts);
  const batches = { signal: opts.signal, batch: BATCH };
  const pending = split
    ? yield* eventBatches(source.name, split, batches, (piece, out) => reader.piece(piece, out))
    : yield* eventBatches(source.name, pieces(source, bomLength), batches, (chunk, out) => {
        for (const segment of decodedSegments(decoder, chunk)) text!.feed(segment, false, out);
      });
  if (!pending) return;
  if (text) text.feed(decoder.decode(), true, pending);
  if (pending.length) yield pending;
  reader.finish();
}

/**
 * A SIEM export's decoded text in, its events out, pushed piece by piece: what `readSiem` does with the text
 * it reads, and what `analyze --follow` does with what a growing export adds.
 */
export class SiemTextReader {
  readonly reader: SiemRecordReader;
  private readonly cutter: JsonRecordCutter | undefined;
  private readonly splitter: CsvSplitter | ClassicSplitter | undefined;

  constructor(file: string, layout: SiemLayout, opts: ReadOptions) {
    this.reader = new SiemRecordReader(file, opts);
    this.cutter = layout === 'json' ? new JsonRecordCutter(opts.select?.interest) : undefined;
    this.splitter =
      layout === 'csv' ? new CsvSplitter() : layout === 'splunk-classic' ? new ClassicSplitter() : undefined;
  }

  /** The events of the next text (`final`: the input's end), added to `out`. */
  feed(text: string, final: boolean, out: NormalizedEvent[]): void {
    const { reader, cutter, splitter } = this;
    if (cutter) {
      reader.unreadRecords(cutter.cut(text, final, (record, line) => reader.json(record, line, out)));
      reader.problems(cutter.problems(), 'json-malformed');
    } else if (splitter instanceof CsvSplitter) {
      for (const r of final ? splitter.feed(text).concat(splitter.end()) : splitter.feed(text))
        reader.csv(r.values, r.line, out);
      reader.problems(
        splitter.problems.splice(0).map((p) => ({ ...p, skipped: true })),
        'csv-malformed',
      );
    } else if (splitter) {
      for (const r of final ? splitter.feed(text).concat(splitter.end()) : splitter.feed(text))
        reader.classic(r.text, r.line, out);
      reader.problems(
        splitter.problems.splice(0).map((p) => ({ skipped: true, ...p })),
        'record-unreadable',
      );
    }
  }

  /**
   * A growing export that has stopped growing: the record it ends with is handed on when it is whole (an
   * NDJSON line that parses, a classic event whose last line has ended), not kept until the next one arrives.
   */
  atRest(out: NormalizedEvent[]): void {
    const { reader, cutter, splitter } = this;
    if (cutter) cutter.atRest((record, line) => reader.json(record, line, out));
    else if (splitter instanceof ClassicSplitter)
      for (const r of splitter.atRest()) reader.classic(r.text, r.line, out);
  }
}

const PIECE = 1024 * 1024;

/**
 * The input's bytes in pieces of 1 MiB read into one buffer (the text decoder copies them out); a thread that
 * cuts records in this one's place reads the same pieces (`JsonSplitSetup.pieceBytes`).
 */
async function* pieces(source: InputSource, start: number): AsyncGenerator<Uint8Array> {
  const random = source.random;
  if (!random) {
    yield* source.chunks(start);
    return;
  }
  const buffer = new Uint8Array(Math.min(PIECE, Math.max(1, random.size - start)));
  for (let at = start; at < random.size; ) {
    const n = await random.read(buffer, at, buffer.length);
    if (n === 0) return;
    yield buffer.subarray(0, n);
    at += n;
  }
}

type Problem = { line: number; message: string; skipped: boolean };

/** Turns records into events, whatever their shape; counts what the report must say about them. */
class SiemRecordReader {
  /** How the record shapes read this input's records (`shapes.ts`), and what they counted. */
  private readonly shapes: ShapeContext;
  private mapped = 0;
  private unrecognized = 0;
  private firstKeys: string[] | undefined;
  private columns: string[] | undefined;
  /** The CSV is Velociraptor's results (`velociraptor/csv.ts`). */
  private velociraptor: boolean | undefined;
  /** Rows of a Velociraptor CSV whose event data had no column (the first row had the other kind). */
  private noDataColumn = 0;
  /** The CSV is Kibana Discover's (`@timestamp`, `winlog.*` or `_source` columns). */
  private kibana: boolean | undefined;
  private wholeSeconds = 0;
  private fromMessage = 0;
  private firstFormat: InputFormat | undefined;
  private readonly select: FieldSelection | undefined;
  private unreadCount = 0;

  constructor(
    private readonly file: string,
    private readonly opts: ReadOptions,
  ) {
    this.select = opts.select;
    const counts = {
      nxlog: { assumedUtc: 0 },
      evtxecmd: { noPayload: 0 },
      evtxecmdRows: 0,
      hidden: 0,
      detectionsWithout: 0,
    };
    this.shapes = { select: opts.select, warn: opts.warn, counts };
  }

  /** Records left out before parsing (`FieldSelection.interest`). */
  unreadRecords(count: number): void {
    this.unreadCount += count;
  }

  /** A piece of records cut on another thread: as `take` in `readSiem` reads the same piece itself. */
  piece(piece: SplitJsonPiece, out: NormalizedEvent[]): void {
    const { texts, counts, ends, lines } = piece;
    for (let s = 0, i = 0; s < texts.length; s++) {
      const text = texts[s]!;
      for (let at = 0, last = i + counts[s]!; i < last; i++) {
        const end = ends[i]!;
        this.json(text.slice(at, end), lines[i]!, out);
        at = end;
      }
    }
    this.unreadCount += piece.unread;
    this.problems(piece.problems, 'json-malformed');
  }

  json(recordText: string, line: number, out: NormalizedEvent[]): void {
    let value: unknown;
    // A line that is not JSON costs its error's message only, not a stack trace (a million bad lines). V8 reads
    // `stackTraceLimit`; other engines ignore it.
    const engine = Error as { stackTraceLimit?: number };
    const stackTraceLimit = engine.stackTraceLimit;
    engine.stackTraceLimit = 0;
    try {
      value = JSON.parse(recordText);
    } catch (err) {
      this.warn('json-malformed', line, `not JSON (${(err as Error).message}); record skipped`, 'skipped-record');
      return;
    } finally {
      engine.stackTraceLimit = stackTraceLimit;
    }
    this.guarded(value, { file: this.file, line, text: recordText }, out);
  }

  /**
   * A record mapped; one nested too deep for the recursive walks after parsing (JSON.stringify, the mappers)
   * is mapped again with what lies below MAX_VALUE_DEPTH levels cut, and said so.
   */
  private guarded(value: unknown, place: RecordPlace, out: NormalizedEvent[]): void {
    const before = out.length;
    try {
      this.dispatch(value, place, out);
    } catch (err) {
      if (!isStackOverflow(err)) throw err;
      out.length = before;
      try {
        this.dispatch(cutDeepValues(value), place, out);
      } catch (again) {
        if (!isStackOverflow(again)) throw again;
        // Deep inside a value's text (a CSV cell of JSON): the record cannot be read.
        out.length = before;
        this.warn('value-too-deep', place.line, `a record nested too deep to read; skipped`, 'skipped-record');
        return;
      }
      this.warn(
        'value-too-deep',
        place.line,
        `a record nested deeper than ${MAX_VALUE_DEPTH} levels: its values below that are cut`,
        'other',
      );
    }
  }

  csv(values: string[], line: number, out: NormalizedEvent[]): void {
    if (!this.columns) {
      this.columns = values.map((v) => v.trim());
      return;
    }
    // A row cut short (a file cut mid-row, a damaged line): its fields cannot be told apart from missing ones.
    if (values.length < this.columns.length) {
      this.warn(
        'csv-malformed',
        line,
        `a row of ${values.length} field(s) where the header has ${this.columns.length} (cut short); skipped`,
        'skipped-record',
      );
      return;
    }
    if (this.velociraptor ?? (this.velociraptor = isVelociraptorCsv(this.columns))) {
      const read = velociraptorRow(this.columns, values);
      if ('error' in read) {
        this.warn(
          'record-unreadable',
          line,
          `its ${read.column} cell is not JSON (${read.error}); record skipped`,
          'skipped-record',
        );
        return;
      }
      // An event whose data had no column lost its fields: never read as an event without them (no client, no
      // status: failures invented), left out and counted.
      const lacking = missingDataColumn(this.columns);
      if (lacking && read.row[lacking === 'UserData' ? 'EventData' : 'UserData'] === undefined) {
        this.noDataColumn++;
        return;
      }
      this.guarded(read.row, { file: this.file, line, text: read.text }, out);
      return;
    }
    const row: Json = {};
    this.columns.forEach((c, i) => {
      const v = values[i];
      if (v !== undefined && v !== '') row[c] = v;
    });
    if (this.kibana ?? (this.kibana = isKibanaCsv(this.columns))) {
      let doc: Json | undefined;
      try {
        doc = kibanaDocument(row, { file: this.file, line });
      } catch (err) {
        if (err instanceof KibanaTimeError) throw new InputFileError(this.file, err.message, { line });
        if (!(err instanceof RecordMappingError)) throw err;
        this.warn('record-unreadable', line, `${err.message}; record skipped`, 'skipped-record');
        return;
      }
      if (doc) this.guarded(doc, { file: this.file, line }, out);
      return;
    }
    this.guarded(row, { file: this.file, line }, out);
  }

  classic(block: string, line: number, out: NormalizedEvent[]): void {
    this.map(() => [mapClassic(block, { file: this.file, line }, this.select, 0)], line, out);
  }

  problems(list: Problem[], code: 'json-malformed' | 'csv-malformed' | 'record-unreadable'): void {
    for (const p of list)
      this.warn(code, p.line, p.skipped ? `${p.message}; skipped` : p.message, p.skipped ? 'skipped-record' : 'format');
  }

  /** After the last record: what the format lost, and an error when nothing in the input was an event. */
  finish(): void {
    const { nxlog } = this.shapes.counts;
    if (this.unreadCount > 0) this.opts.unread?.(this.unreadCount);
    if (this.mapped === 0 && this.unrecognized > 0) {
      throw new InputFileError(
        this.file,
        `JSON or CSV records of no known SIEM export (keys: ${(this.firstKeys ?? []).slice(0, 12).join(', ')}): rdpdiag reads ${RECORD_SHAPES.map((r) => r.name).join(', ')}`,
      );
    }
    if (this.wholeSeconds > 0) {
      const zone =
        nxlog.assumedUtc > 0
          ? ' They are local times of the collector with no zone, read as UTC: shift them if that host was not on UTC.'
          : nxlog.offsetMinutes !== undefined
            ? ` NXLog's local times were read as UTC${formatOffset(nxlog.offsetMinutes)} (Logstash @timestamp against EventReceivedTime).`
            : this.firstFormat === 'splunk-wineventlog'
              ? " They are the forwarder's local time with no zone, read as UTC."
              : '';
      this.warn(
        'lossy-time',
        undefined,
        `${this.wholeSeconds} event(s) have times of whole seconds (${WHOLE_SECONDS_SOURCE[this.firstFormat ?? ''] ?? 'the export keeps no fraction'}): events within one second are put in log and record order, not the order they happened in, so connections less than a second apart can be taken for one, and time-window evidence is ±1 s.${zone}`,
        'other',
      );
    }
    this.formatLosses();
    if (this.fromMessage > 0) {
      this.warn(
        'lossy-fields',
        undefined,
        `${this.fromMessage} event(s) carry user, session or client address only in their message text (the export did not keep the event's fields): read from the English message; a localized message gives none, and those connections show no user or client.`,
        'other',
      );
    }
  }

  /** What the forensic tools' formats cannot carry, said once per input with its cost. */
  private formatLosses(): void {
    const { hidden, evtxecmd, evtxecmdRows, detectionsWithout } = this.shapes.counts;
    if (hidden > 0)
      this.warn(
        'records-left-out',
        undefined,
        `${hidden} EvtxECmd row(s) marked HiddenRecord (records recovered from a chunk's slack, not records of the log) left out, as the .evtx reader leaves them`,
        'other',
      );
    if (evtxecmd.noPayload > 0)
      this.warn(
        'lossy-fields',
        undefined,
        `${evtxecmd.noPayload} EvtxECmd record(s) have an empty Payload: only the map's PayloadData summaries, which rdpdiag does not read back, hold their fields, so those events carry no user, address, session or status (connections without a client, failures without a cause)`,
        'other',
      );
    if (evtxecmdRows > 0)
      this.warn(
        'lossy-fields',
        undefined,
        "EvtxECmd keeps no ActivityID, provider GUID, version, task or opcode: connections are joined across logs by session, user and address only (an RdpCoreTS connection's events without its ActivityID)",
        'other',
      );
    if (this.firstFormat === 'velociraptor-evtxhunter')
      this.warn(
        'lossy-fields',
        undefined,
        "Velociraptor's Windows.EventLogs.EvtxHunter rows keep no ActivityID, version or process id: connections are joined across logs by session, user and address only; collect Windows.EventLogs.Evtx for whole events",
        'other',
      );
    if (this.noDataColumn > 0) {
      const lacking = missingDataColumn(this.columns ?? []);
      this.warn(
        'records-left-out',
        undefined,
        `${this.noDataColumn} event(s) of this Velociraptor CSV left out: Velociraptor takes a CSV's columns from its first row, which had no ${lacking}, so these events' fields were never written (read without them they would be connections without user, address or status); export the results as JSON`,
        'other',
      );
    }
    if (detectionsWithout > 0)
      this.warn(
        'lossy-fields',
        undefined,
        `${detectionsWithout} Chainsaw detection(s) carry no event (no document data): their events are not read; run \`chainsaw dump --json\` on the logs for every event`,
        'other',
      );
  }

  private dispatch(value: unknown, place: RecordPlace, out: NormalizedEvent[]): void {
    if (Array.isArray(value)) {
      for (const v of value) this.dispatch(v, { file: place.file, line: place.line }, out);
      return;
    }
    if (!isObject(value)) {
      this.unknown(place.line, [typeof value]);
      return;
    }
    // Whole responses: Elasticsearch `_search`, Log Analytics query API, Splunk `json_rows`.
    const hits = isObject(value.hits) ? value.hits.hits : undefined;
    if (Array.isArray(hits)) {
      for (const h of hits) this.dispatch(h, { file: place.file, line: place.line }, out);
      return;
    }
    if (Array.isArray(value.tables)) {
      for (const t of value.tables) if (isObject(t)) this.columnar(t.columns, t.rows, place, out);
      return;
    }
    if (Array.isArray(value.fields) && Array.isArray(value.rows)) {
      this.columnar(value.fields, value.rows, place, out);
      return;
    }
    // Splunk `json_cols`: one array per field, the n-th event from the n-th of each.
    if (Array.isArray(value.fields) && Array.isArray(value.columns)) {
      const columns = value.columns.map((c) => (Array.isArray(c) ? c : []));
      const count = Math.max(0, ...columns.map((c) => c.length));
      const rows = Array.from({ length: count }, (_, i) => columns.map((c) => c[i]));
      this.columnar(value.fields, rows, place, out);
      return;
    }
    let doc = value;
    if (isObject(value.result)) {
      // Splunk's JSON export: `{"preview":false,"result":{"_raw":…,"_cd":…}}`.
      doc = value.result;
      const cd = text(doc._cd);
      if (cd) place.ref = cd;
    } else if (isObject(value._source)) {
      doc = value._source;
      const id = text(value._id);
      if (id) place.ref = value._index ? `${text(value._index)}/${id}` : id;
    }
    this.document(doc, place, out);
  }

  private columnar(columns: unknown, rows: unknown, place: RecordPlace, out: NormalizedEvent[]): void {
    if (!Array.isArray(columns) || !Array.isArray(rows)) return;
    const names = columns.map((c) => (isObject(c) ? text(c.name) : text(c)) ?? '');
    for (const r of rows) {
      if (!Array.isArray(r)) continue;
      const row: Json = {};
      names.forEach((n, i) => {
        if (r[i] !== null && r[i] !== undefined) row[n] = r[i];
      });
      this.document(row, { file: place.file, line: place.line }, out);
    }
  }

  /** A record read by the first of the known shapes it has (`RECORD_SHAPES`), each of its events mapped alone. */
  private document(doc: Json, place: RecordPlace, out: NormalizedEvent[]): void {
    const shape = RECORD_SHAPES.find((r) => r.is(doc));
    if (!shape) {
      this.unknown(place.line, Object.keys(doc));
      return;
    }
    for (const mapping of shape.read(doc, place, this.shapes)) this.map(mapping, place.line, out);
  }

  private map(mapping: () => NormalizedEvent[], line: number, out: NormalizedEvent[]): void {
    let events: NormalizedEvent[];
    try {
      events = mapping();
    } catch (err) {
      if (!(err instanceof RecordMappingError)) throw err;
      this.warn('record-unreadable', line, `${err.message}; record skipped`, 'skipped-record');
      return;
    }
    for (const e of events) {
      this.mapped++;
      this.firstFormat ??= e.source.format;
      if ((e.timePrecisionMs ?? 0) >= 1000) this.wholeSeconds++;
      if (e.dataFromMessage) this.fromMessage++;
      out.push(e);
    }
  }

  private unknown(line: number, keys: string[]): void {
    this.unrecognized++;
    this.firstKeys ??= keys;
    this.warn(
      'record-unrecognized',
      line,
      `a record of no known SIEM shape (keys: ${keys.slice(0, 8).join(', ')}); skipped`,
      'skipped-record',
    );
  }

  private warn(
    code: InputWarning['code'],
    line: number | undefined,
    message: string,
    kind: InputWarning['kind'],
  ): void {
    this.opts.warn({ code, file: this.file, ...(line !== undefined ? { line } : {}), message, kind });
  }
}

const WHOLE_SECONDS_SOURCE: Record<string, string> = {
  'velociraptor-evtxhunter': "Velociraptor's EvtxHunter writes EventTime as int(SystemTime)",
  evtxecmd: 'EvtxECmd was run with a --dt format of whole seconds',
  nxlog: "NXLog's EventTime keeps no fraction",
  'splunk-wineventlog': "Splunk's classic WinEventLog keeps no fraction",
};

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
