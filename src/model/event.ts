import type { RecordId } from './record-id.js';
import type { StateFormat } from './state.js';

/**
 * The normalized event: what every input format (binary .evtx, Event Viewer XML, wevtutil XML streams)
 * is mapped to. Everything downstream (timeline, correlation, patterns, reports) sees only this type.
 */

/** Where a record came from, so every piece of evidence can be traced back to its file. */
export interface EventSource {
  /** Path of the input file as the user gave it (or as found below a folder they gave). */
  file: string;
  format: InputFormat;
  /** Byte offset of the record (evtx) or of the `<Event` start tag (XML) in the file. */
  offset?: number;
  /** 1-based line of the `<Event` start tag (XML inputs), of the record (JSON, CSV, Splunk classic text). */
  line?: number;
  /** Where the SIEM keeps the record, when the export says: Elasticsearch `<index>/<_id>`, Splunk `_cd`. */
  ref?: string;
}

/**
 * How the record was read: an .evtx, an XML export (`xml-*`), or a SIEM export (parsers/siem): Elastic
 * ECS (Winlogbeat 7/8, Elastic Agent), Winlogbeat 6, Splunk (XML `_raw` in JSON or CSV, classic
 * WinEventLog text), Microsoft Sentinel tables, NXLog and other flat JSON; or PowerShell's
 * `Get-WinEvent` piped to `Export-Clixml` or `ConvertTo-Json` (parsers/powershell).
 */
export type InputFormat =
  | 'evtx'
  | 'xml-events'
  | 'xml-stream'
  | 'xml-event'
  | 'ecs'
  | 'winlogbeat6'
  | 'splunk-xml'
  | 'splunk-wineventlog'
  | 'sentinel-windowsevent'
  | 'sentinel-securityevent'
  | 'sentinel-event'
  | 'nxlog'
  | 'flat-json'
  | 'velociraptor-evtx'
  | 'velociraptor-evtxhunter'
  | 'evtxecmd'
  | 'chainsaw'
  | 'powershell-clixml'
  | 'powershell-json'
  | StateFormat;

/**
 * Whether a format's record ids run on as the log's did, so that a hole in them is records missing. An .evtx is the
 * log; an XML or PowerShell export and EvtxECmd's parse of an .evtx hold its records as written (a query's export the
 * `filtered` reading tells). A SIEM export is an index's answer to a query, commonly filtered by event id (the
 * README's own queries are), and a hunt (Chainsaw's detections, Velociraptor's artifacts with their filters) keeps
 * what it matched: their record ids have no continuity, and a hole in them says nothing.
 */
export const RECORD_ID_CONTINUITY: Readonly<Record<Exclude<InputFormat, StateFormat>, boolean>> = {
  evtx: true,
  'xml-events': true,
  'xml-stream': true,
  'xml-event': true,
  'powershell-clixml': true,
  'powershell-json': true,
  evtxecmd: true,
  ecs: false,
  winlogbeat6: false,
  'splunk-xml': false,
  'splunk-wineventlog': false,
  'sentinel-windowsevent': false,
  'sentinel-securityevent': false,
  'sentinel-event': false,
  nxlog: false,
  'flat-json': false,
  'velociraptor-evtx': false,
  'velociraptor-evtxhunter': false,
  chainsaw: false,
};

/** Whether the record ids of `format`'s inputs run on as the log's (`RECORD_ID_CONTINUITY`; a state file has none). */
export function hasRecordIdContinuity(format: InputFormat): boolean {
  return (RECORD_ID_CONTINUITY as Partial<Record<InputFormat, boolean>>)[format] ?? false;
}

export interface Provider {
  name: string;
  /** Upper-case GUID in braces, as Windows renders it: `{1139C61B-B549-4251-8ED3-27250A1EDEC8}`. */
  guid?: string;
  /** Classic (message-table) events: the event source name (`EventSourceName` attribute). */
  eventSourceName?: string;
}

export interface NormalizedEvent {
  /**
   * UTC time with the full 100 ns precision: `YYYY-MM-DDTHH:MM:SS.fffffffZ`. Fixed width, so two
   * timestamps compare correctly as strings.
   */
  timestamp: string;
  /** The same instant in milliseconds since the Unix epoch (sub-millisecond digits truncated). */
  timeMs: number;
  channel: string;
  provider: Provider;
  eventId: number;
  /** Classic events: `<EventID Qualifiers='49152'>` keeps the severity bits here, beside the id. */
  qualifiers?: number;
  version?: number;
  level?: number;
  task?: number;
  opcode?: number;
  /** Hex as Windows renders it: `0x8000000000000000`. */
  keywords?: string;
  /** Exact: a number when a safe integer, its decimal digits above 2^53 (see ./record-id.ts). */
  recordId?: RecordId;
  computer: string;
  processId?: number;
  threadId?: number;
  userSid?: string;
  /** Upper-case GUID in braces. */
  activityId?: string;
  relatedActivityId?: string;
  /**
   * Named fields: `EventData/Data[@Name]` by name, `UserData` leaves by element name (`Param1`,
   * `SessionID`), unnamed `<Data>` as `Data[0]`, `Data[1]`… Values are rendered as Windows renders
   * them in XML (hex integers as `0x…`, GUIDs upper-case in braces, times in ISO 8601).
   */
  data: Record<string, string>;
  /** When the fields came from `UserData`: the name of its child element (`EventXML`), for faithful XML output. */
  userDataElement?: string;
  /** The rendered message, when the export carried one (`RenderingInfo/Message`). */
  message?: string;
  /**
   * How precise `timestamp` is, in ms, when the export lost digits: 1000 for formats of whole seconds
   * (NXLog, Splunk classic: same-second order is not the order events happened in), 1 for milliseconds.
   * Absent: the 100 ns Windows logged.
   */
  timePrecisionMs?: number;
  /** Some `data` fields were read from the English message text, the export having lost them. */
  dataFromMessage?: boolean;
  source: EventSource;
}

/**
 * Stable warning codes (documented in docs/ARCHITECTURE.md): scripts may match them in the JSON report;
 * messages may change.
 */
export const WARNING_CODES = [
  'evtx-file-checksum',
  'evtx-version',
  'evtx-not-a-chunk',
  'evtx-chunk-truncated',
  'evtx-chunk-checksum',
  'evtx-free-space',
  'evtx-gap',
  'evtx-record-size',
  'evtx-record-unreadable',
  'evtx-record-torn',
  'evtx-record-repaired',
  'evtx-work-budget',
  'xml-malformed',
  'xml-event-unreadable',
  'xml-event-budget',
  'xml-event-cut-off',
  'xml-event-unclosed',
  'zip-entry-skipped',
  'tar-member-skipped',
  'archive-member-skipped',
  'tar-cut-short',
  'tar-damaged',
  'gzip-cut-short',
  'gzip-checksum',
  'powershell-record-unreadable',
  'powershell-values-lost',
  'input-skipped',
  'json-malformed',
  'csv-malformed',
  'record-unrecognized',
  'record-unreadable',
  'records-left-out',
  'value-too-deep',
  'value-cut',
  'lossy-time',
  'lossy-fields',
  'live-channel-retry',
  'state-line-skipped',
  'state-cut-short',
  'state-too-large',
  'state-mixed-encoding',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** A problem met while reading an input: carried as data up to the CLI, which decides what to print. */
export interface InputWarning {
  code: WarningCode;
  file: string;
  /** Byte offset in the file, where known. */
  offset?: number;
  line?: number;
  column?: number;
  message: string;
  /** A warning that means records were lost (skipped chunk or record), as opposed to a checksum note. */
  kind: 'skipped-record' | 'skipped-chunk' | 'checksum' | 'format' | 'other';
}

/** The summary of reading one input file. */
export interface InputSummary {
  path: string;
  /**
   * `zip`, `tar`: an archive, listed for its own warnings or error (its logs are inputs of their own); `folder`: a
   * folder given, listed for what its walk passed over (an unreadable subfolder, a named pipe…).
   */
  format: InputFormat | 'zip' | 'tar' | '7z' | 'folder' | 'unknown';
  records: number;
  /** Records that could not be read (a damaged 64 KiB block is a `skipped-chunk` warning, not counted here). */
  skipped: number;
  /**
   * Records left out unparsed because their raw text showed an event the consumer does not read
   * (`FieldSelection.interest`): not in `records`.
   */
  unread?: number;
  /**
   * The first few warnings of each code, in order (at most MAX_WARNING_SAMPLES per code, so a file of
   * damage everywhere cannot fill memory); `warningCounts` has them all counted.
   */
  warnings: InputWarning[];
  /** Every warning counted by code (with its kind): what the samples stand for. */
  warningCounts: Partial<Record<WarningCode, { kind: InputWarning['kind']; count: number }>>;
  /** A fatal error for this input (unreadable, unknown format, malformed XML). Other inputs still run. */
  error?: InputError;
  /** Why a file found in a folder was not read as a log (its content is none): not an input of the timeline. */
  passedOver?: string;
  /** A state file (parsers/state): the items read from it (it holds no event). */
  stateItems?: number;
}

/** Warnings of one code kept as samples per input; the rest are only counted. */
export const MAX_WARNING_SAMPLES = 10;

/** Adds a warning to a summary: counted always, kept while its code has fewer than MAX_WARNING_SAMPLES. */
export function addWarning(summary: InputSummary, w: InputWarning): void {
  const c = summary.warningCounts[w.code];
  if (c) c.count++;
  else summary.warningCounts[w.code] = { kind: w.kind, count: 1 };
  if ((c?.count ?? 1) <= MAX_WARNING_SAMPLES) summary.warnings.push(w);
}

/** Warnings of a summary: all of them, or those of one kind. */
export function warningTotal(summary: InputSummary, kind?: InputWarning['kind']): number {
  let n = 0;
  for (const c of Object.values(summary.warningCounts)) if (c && (kind === undefined || c.kind === kind)) n += c.count;
  return n;
}

export interface InputError {
  file: string;
  message: string;
  line?: number;
  column?: number;
  offset?: number;
}
