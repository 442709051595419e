import type { InputWarning, NormalizedEvent } from './event.js';

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
}

/**
 * Every format reader yields events in batches (one evtx chunk, or a few hundred XML events), in file
 * order. Batches keep the per-record cost of async iteration out of the hot path.
 */
export type EventBatches = AsyncGenerator<NormalizedEvent[], void, void>;

/** A user-facing input error: the CLI prints its message (no stack) and goes on with other inputs. */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly position: { line?: number; column?: number; offset?: number } = {},
  ) {
    super(message);
    this.name = 'InputFileError';
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
