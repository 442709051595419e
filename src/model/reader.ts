import type { InputWarning, NormalizedEvent } from './event.js';
import type { StateFile } from './state.js';

/**
 * Which named fields of an event its consumer reads, told to a reader so it decodes only those. `pick`
 * sees the event with its System block (time, channel, provider, event id, computer) and answers: every
 * field (true), none (false), or just these names; with just these decoded, `whole` says whether the
 * event is wanted whole after all (then it is decoded again, completely).
 */
export interface FieldSelection {
  pick(e: NormalizedEvent): boolean | ReadonlySet<string>;
  whole(e: NormalizedEvent): boolean;
  /**
   * The events the consumer reads at all. A reader that can tell from a record's raw text, before parsing
   * it, that its event is none of these may leave it out unread (SIEM JSON lines): not delivered, only
   * counted (`InputSummary.unread`).
   */
  interest?: EventInterest;
}

/** Events of one of these ids, or in a channel whose name holds one of these words (compared without case). */
export interface EventInterest {
  ids: ReadonlySet<number>;
  channelWords: readonly string[];
}

/** What every format reader gets: where to report warnings, a way to stop early, which fields to decode. */
export interface ReadOptions {
  warn: (warning: InputWarning) => void;
  signal?: AbortSignal;
  /** Readers may skip the fields this leaves out (the .evtx reader does; XML readers decode everything). */
  select?: FieldSelection;
  /** Counts the records left out unparsed (see `FieldSelection.interest`). */
  unread?: (records: number) => void;
  /** Where a state file's reading goes (parsers/state): it yields no event. */
  state?: (file: StateFile) => void;
}

/**
 * Every format reader yields events in batches (one evtx chunk, or a few hundred XML events), in file
 * order. Batches keep the per-record cost of async iteration out of the hot path.
 */
export type EventBatches = AsyncGenerator<NormalizedEvent[], void, void>;

/** Where in a file: a byte offset, or a line (and column). */
export interface FilePlace {
  line?: number;
  column?: number;
  offset?: number;
}

/**
 * The one error of an input that a user must see (as evtx's `EvtxError`): the file, where in it (`position`: a byte
 * offset or a line), and a message that names both. The CLI prints its message (no stack) and goes on with other
 * inputs. Its factories write the messages every reader shares, so each is written once.
 */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly position: FilePlace = {},
  ) {
    super(message);
    this.name = 'InputFileError';
  }

  /** `file` could not be read (at `offset`): the file system's reason. */
  static unreadable(file: string, err: unknown, offset?: number): InputFileError {
    const at = offset === undefined ? '' : ` at offset ${offset}`;
    return new InputFileError(file, `cannot read ${file}${at}: ${describeFsError(err)}`, { offset: offset ?? 0 });
  }

  /** `file` could not be opened: the file system's reason. */
  static unopenable(file: string, err: unknown): InputFileError {
    return new InputFileError(file, `cannot open ${file}: ${describeFsError(err)}`, { offset: 0 });
  }

  /** `file` cannot be read at positions (a pipe, a socket): a reader that needs them cannot read it. */
  static notPositional(file: string): InputFileError {
    return new InputFileError(file, `cannot read ${file} at positions`, { offset: 0 });
  }

  /** The page's or a stream's read of `file` failed with `code`. */
  static readFailed(file: string, code: string): InputFileError {
    return new InputFileError(file, `cannot read the file (${code})`);
  }

  /** `file: line N what` (or `file: what`): a problem at a line of a file rdpdiag wrote or reads by lines. */
  static atLine(file: string, what: string, line?: number): InputFileError {
    return new InputFileError(file, `${file}: ${line === undefined ? '' : `line ${line} `}${what}`, {
      ...(line === undefined ? {} : { line }),
    });
  }
}

/**
 * A stream that failed after some of its bytes were read (a gzip file cut short, its checksum wrong): what came
 * before is kept and read; the reader says where it stopped, as a warning of `code`, not an error.
 */
export class StreamDamage extends InputFileError {
  constructor(
    file: string,
    message: string,
    readonly warning: 'gzip-cut-short' | 'gzip-checksum',
    offset: number,
  ) {
    super(file, message, { offset });
    this.name = 'StreamDamage';
  }
}

/** What an error from file access may carry: Node's `code` ('ENOENT'…), or the page's reader's 'EIO'. */
export interface FileAccessError {
  code?: string;
  message?: string;
}

/** A file-system error as one line a user can act on (readers and the CLI share it). */
export function describeFsError(err: unknown): string {
  const e = err as FileAccessError;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (a live log in C:\\Windows\\System32\\winevt\\Logs is not read in place: export the logs with `rdpdiag collect`, from an elevated prompt)';
    case 'EISDIR':
      return 'is a folder';
    case 'EBUSY':
      return 'the file is in use by another program (the Event Log service holds the live logs in C:\\Windows\\System32\\winevt\\Logs): export the logs with `rdpdiag collect`, or `wevtutil epl <channel> <file.evtx>`, and read the export';
    default:
      return e.message ?? String(err);
  }
}

/**
 * Positional reads from a file, however the platform opens it (Node's `FileHandle` fits as it is; a
 * browser page can wrap a `File`). Readers that need random access take one of these instead of a path.
 */
export interface PositionalFile {
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
}
