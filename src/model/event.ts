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
  /** 1-based line of the `<Event` start tag (XML inputs only). */
  line?: number;
}

export type InputFormat = 'evtx' | 'xml-events' | 'xml-stream' | 'xml-event';

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
  recordId?: number;
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
  source: EventSource;
}

/** A problem met while reading an input: carried as data up to the CLI, which decides what to print. */
export interface InputWarning {
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
  /** `zip`: an archive, listed for its own warnings or error (its logs are inputs of their own). */
  format: InputFormat | 'zip' | 'unknown';
  records: number;
  /** Records that could not be read (a damaged 64 KiB block is a `skipped-chunk` warning, not counted here). */
  skipped: number;
  warnings: InputWarning[];
  /** A fatal error for this input (unreadable, unknown format, malformed XML). Other inputs still run. */
  error?: InputError;
}

export interface InputError {
  file: string;
  message: string;
  line?: number;
  column?: number;
  offset?: number;
}
