/**
 * Where an input's bytes come from, independent of node:fs: a file, an archive entry, standard input, or
 * (in a browser) a `File`. Readers and archives take these; the platform opens them (the CLI's files:
 * src/platform/node/file-source.ts; the page's: src/web/browser-file.ts).
 */
import type { EventInterest } from './reader.js';

/** Bytes that can be read at any position (a file, an archive entry, a buffered pipe, a `Blob`). */
export interface RandomAccessBytes {
  readonly size: number;
  /** Reads up to `length` bytes at `position` into `into` (from its start); fewer only at the end. */
  read(into: Uint8Array, position: number, length: number): Promise<number>;
  close?(): Promise<void>;
}

/** One input: its name (in messages and `source.file`) and its bytes. */
export interface InputSource {
  readonly name: string;
  /** Present when the bytes can be re-read at any position; absent for a pipe. */
  readonly random?: RandomAccessBytes;
  /** The first `length` bytes (fewer when the input is shorter), without consuming them. */
  head(length: number): Promise<Uint8Array>;
  /** Every byte in order, from `start`; a pipe can be read this way once. */
  chunks(start?: number): AsyncIterable<Uint8Array>;
  /** Releases what the input holds open (a file handle); safe to call twice. */
  close?(): Promise<void>;
  /**
   * The separator of the platform's paths (`\` on Windows), continued into the names of the logs in an
   * archive: `C:\cases\case.zip\folder\System.evtx`; `/` when absent.
   */
  readonly pathSeparator?: '/' | '\\';
  /** When the file was last written (ms since 1970), where the platform knows: a state file's time when it says none. */
  readonly modified?: number;
  /**
   * Present when the platform can cut a JSON export's records out of these bytes on another thread
   * (src/platform/node: a large file, a free core): the pieces `readSiem` would make itself, in order, made
   * there by the same code (read from `start` in pieces of `pieceBytes`, decoded, split into records, those
   * `interest` shows unread left out), so the thread that reads only parses and maps.
   */
  splitJson?(setup: JsonSplitSetup): AsyncIterable<SplitJsonPiece>;
}

/** What a thread that cuts JSON records out of an input is told (`InputSource.splitJson`). */
export interface JsonSplitSetup {
  /** The first byte of text (after a byte-order mark). */
  start: number;
  /** Bytes read, decoded and split at a time. */
  pieceBytes: number;
  /** The text's encoding, as `TextDecoder` names it. */
  encoding: string;
  /** The events the consumer reads (`FieldSelection.interest`): the others are left out, counted. */
  interest?: EventInterest;
}

/**
 * One piece of the input's text as records: the records kept, one after the other in the texts of `texts` (the
 * `counts[s]` records of `texts[s]`, the n-th of all ending at `ends[n]` within its text and starting on line
 * `lines[n]`), the splitter's problems met on the way, and how many records were left out unread. The last piece
 * is the text's end.
 */
export interface SplitJsonPiece {
  texts: string[];
  counts: Int32Array;
  ends: Int32Array;
  lines: Float64Array;
  problems: { line: number; message: string; skipped: boolean }[];
  unread: number;
}

/**
 * An input not opened yet (a path named on the command line, a `File` picked in the page): opened when
 * its turn comes, closed after, so a thousand of them are never open at once.
 */
export interface InputToOpen {
  readonly name: string;
  open(): Promise<InputSource>;
  /**
   * Found by walking a folder, not named by the user: read only when its content is a log (a folder's
   * `notes.json` or spreadsheet is passed over with a warning, not an input error).
   */
  readonly found?: boolean;
}

/**
 * The order inputs are read in, whatever the order they were named or picked in: by path, folder by
 * folder as a folder is walked, each name compared in code units (not by locale).
 */
export function compareInputNames(a: string, b: string): number {
  const x = a.split(/[\\/]/);
  const y = b.split(/[\\/]/);
  for (let i = 0; ; i++) {
    const p = x[i];
    const q = y[i];
    if (p === undefined || q === undefined) return x.length - y.length;
    if (p !== q) return p < q ? -1 : 1;
  }
}

const CHUNK = 64 * 1024;

/** The start of an input kept after `head()`: format detection asks for it more than once. */
const HEAD_KEPT = 4096;

/** An input over random-access bytes. */
export function randomAccessInput(name: string, random: RandomAccessBytes): InputSource {
  let kept: Uint8Array | undefined;
  return {
    name,
    random,
    close: async () => random.close?.(),
    async head(length) {
      if (kept && (length <= kept.length || kept.length === random.size)) return kept.subarray(0, length);
      const buf = new Uint8Array(Math.min(Math.max(length, HEAD_KEPT), random.size));
      const n = await random.read(buf, 0, buf.length);
      kept = buf.subarray(0, n);
      return kept.subarray(0, length);
    },
    async *chunks(start = 0) {
      // A whole input held by `head()` (a small file) is not read again.
      if (kept && kept.length === random.size) {
        if (start < kept.length) yield kept.subarray(start);
        return;
      }
      for (let at = start; at < random.size; ) {
        const buf = new Uint8Array(Math.min(CHUNK, random.size - at));
        const n = await random.read(buf, at, buf.length);
        if (n === 0) return;
        yield buf.subarray(0, n);
        at += n;
      }
    },
  };
}

/** Bytes already in memory. */
export function memoryBytes(data: Uint8Array): RandomAccessBytes {
  return {
    size: data.length,
    async read(into, position, length) {
      const end = Math.min(data.length, position + length);
      if (end <= position) return 0;
      into.set(data.subarray(position, end), 0);
      return end - position;
    },
  };
}

export function memoryInput(name: string, data: Uint8Array): InputSource {
  return randomAccessInput(name, memoryBytes(data));
}

/**
 * An input that can be read once, in order (a pipe): `head()` keeps what it had to read and `chunks()`
 * hands it out again first, so nothing is ever sought.
 */
export function streamInput(name: string, source: AsyncIterable<Uint8Array>): InputSource {
  const iterator = source[Symbol.asyncIterator]();
  const kept: Uint8Array[] = [];
  let keptBytes = 0;
  let ended = false;
  let started = false;
  // A stream that fails while its head is read keeps what came before: the failure waits for `chunks()`.
  let failure: { error: unknown } | undefined;
  const pull = async (): Promise<boolean> => {
    if (ended) return false;
    let next: IteratorResult<Uint8Array>;
    try {
      next = await iterator.next();
    } catch (error) {
      failure = { error };
      ended = true;
      return false;
    }
    if (next.done) {
      ended = true;
      return false;
    }
    kept.push(next.value);
    keptBytes += next.value.length;
    return true;
  };
  return {
    name,
    async head(length) {
      if (started) throw new Error('head() after chunks() on a stream');
      while (keptBytes < length && (await pull()));
      return concatBytes(kept).subarray(0, length);
    },
    async *chunks(start = 0) {
      if (started) throw new Error('a stream can be read once');
      started = true;
      let skip = start;
      const emit = (c: Uint8Array) => {
        const out = skip >= c.length ? undefined : c.subarray(skip);
        skip = Math.max(0, skip - c.length);
        return out;
      };
      for (const c of kept.splice(0)) {
        const out = emit(c);
        if (out?.length) yield out;
      }
      if (failure) throw failure.error;
      while (!ended) {
        const next = await iterator.next();
        if (next.done) break;
        const out = emit(next.value);
        if (out?.length) yield out;
      }
      ended = true;
    },
  };
}

/** The bytes of `parts` one after another (the one part itself when there is one). */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const [only] = parts;
  if (parts.length === 1 && only) return only;
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * A private temporary file an input's bytes are written to once, then read at any position (the CLI's: a file of
 * its own in the temporary folder, src/platform/node/temp-scratch.ts): where an archive read as a stream (a .zip in
 * a .zip, in a .tar or a .gz, or piped) waits to be read as an archive, instead of in memory.
 */
export interface Scratch {
  /** Appends `bytes` (written at once: they may be reused after). */
  write(bytes: Uint8Array): void;
  /** The bytes written, at any position; their `close` removes the file. */
  finish(): RandomAccessBytes;
  /** Removes the file without reading it (a failed read). */
  discard(): void;
}

/** Where an input read as a stream is held for random access, past how many bytes (see `randomAccessOf`). */
export interface ScratchChoice {
  scratch?: () => Scratch;
  /** Bytes held in memory before the rest goes to `scratch` (default `IN_MEMORY_STREAM`). */
  inMemoryUpTo?: number;
}

/** What a stream read for random access may hold in memory when a scratch file can take the rest. */
export const IN_MEMORY_STREAM = 64 * 1024 ** 2;

/**
 * Random access to any input: a pipe (or an archive's entry) is read into memory (at most `limit` bytes), or, with
 * `choice.scratch`, past `choice.inMemoryUpTo` bytes into a scratch file: its memory is then a chunk's. Close what
 * this returns when done (it removes the scratch file).
 */
export async function randomAccessOf(
  input: InputSource,
  limit: number,
  choice: ScratchChoice = {},
): Promise<RandomAccessBytes> {
  if (input.random) return input.random;
  const parts: Uint8Array[] = [];
  const upTo = choice.inMemoryUpTo ?? IN_MEMORY_STREAM;
  let total = 0;
  let file: Scratch | undefined;
  try {
    for await (const c of input.chunks()) {
      total += c.length;
      if (total > limit) throw new InputTooLargeError(limit);
      if (!file && choice.scratch && total > upTo) {
        file = choice.scratch();
        for (const p of parts.splice(0)) file.write(p);
      }
      if (file) file.write(c);
      else parts.push(c);
    }
  } catch (err) {
    file?.discard();
    throw err;
  }
  return file ? file.finish() : memoryBytes(concatBytes(parts));
}

export class InputTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`more than ${Math.round(limit / 1024 / 1024)} MiB`);
  }
}

/** What node:fs says a path is (its Stats or Dirent), without depending on node:fs. */
export interface FileKind {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}

/** What a path that is not a regular file nor a folder is, for messages ("a named pipe (FIFO)"). */
export function specialFileKind(info: FileKind): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}
