import { AsyncLocalStorage } from 'node:async_hooks';
import { constants, rmSync, type Stats, writeSync } from 'node:fs';
import { type FileHandle, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type InputSummary, type WarningCode, warningTotal } from '../model/event.js';
import { describeFsError } from '../model/reader.js';
import { echoedWords } from '../model/value-length.js';
import { READABLE_EXTENSIONS } from '../ingest/endings.js';
import { stopSignals } from '../platform/node/stop-signals.js';
import { EXIT_USAGE_OR_INPUT, UsageError } from './exit.js';
import { escapeControls, escapeJsonText, sanitizeText } from '../report/sanitize.js';
import {
  formatLocation as where,
  formatWarning,
  formatWarningGroup,
  groupWarnings,
  refusalGroups,
  refusalSummary,
} from '../report/warnings.js';

export { formatWarning };

/** Where the CLI writes: a terminal stream or, in tests, a capture. */
export interface CliStream {
  write(text: string): boolean;
  once?(event: 'drain', listener: () => void): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Where the CLI reads a paste from (`explain-code -`): the process's standard input or, in tests, given bytes. */
export interface CliInput extends AsyncIterable<Uint8Array | string> {
  readonly isTTY?: boolean;
}

/**
 * The CLI's outside world: its two output streams, its environment and, for the commands that read a paste, its
 * standard input (`main(argv, io)` takes one; without `stdin` a run has none).
 */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin?: CliInput;
}

/** `stdin` is a getter: touching `process.stdin` makes a pipe on descriptor 0 non-blocking, and `/dev/stdin` read
 * as a file then fails with EAGAIN. */
const PROCESS_IO: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  get stdin() {
    return process.stdin;
  },
};
/**
 * The streams of each run, carried by its async context: runs of `main` in one process (tests run the CLI
 * in-process, several at once) never write to each other's streams, and no module state changes hands.
 */
const runIo = new AsyncLocalStorage<CliIo>();

/** The streams of the run in progress (the process's own unless `main` was given others). */
export function cliIo(): CliIo {
  return runIo.getStore() ?? PROCESS_IO;
}

/** Runs `body` with the CLI writing to `io`. */
export function withIo<T>(io: CliIo | undefined, body: () => Promise<T>): Promise<T> {
  return io ? runIo.run(io, body) : body();
}

/** Writes to stdout, waiting when the pipe is full; a closed pipe (`| head`) ends the program quietly. */
export async function writeOut(text: string): Promise<void> {
  if (text === '') return;
  const out = cliIo().stdout;
  if (!out.write(text) && out.once) {
    await new Promise<void>((resolve) => out.once?.('drain', resolve));
  }
}

/**
 * Writes UTF-8 bytes to stdout: the process's own stream takes them as they are (no decoding and
 * re-encoding of large outputs); another stream (a test's capture) gets their text. Resolves once the
 * stream is done with them, so the caller may fill the bytes again.
 */
export async function writeOutBytes(bytes: Uint8Array): Promise<void> {
  if (bytes.length === 0) return;
  const out = cliIo().stdout;
  if (out !== process.stdout) return writeOut(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
  await new Promise<void>((resolve) => process.stdout.write(bytes, () => resolve()));
}

/**
 * Writes to stderr: its lines carry file names and log text, so every line passes the output sanitizer
 * (only line ends kept). The progress line's own terminal sequences go through `writeErrControl`.
 */
export function writeErr(text: string): void {
  cliIo().stderr.write(sanitizeText(text));
}

/** rdpdiag's own terminal sequences on stderr (the progress line); callers escape any name they show. */
export function writeErrControl(text: string): void {
  cliIo().stderr.write(text);
}

/** A write that failed (disk full, an I/O error): one line, exit 2; a closed pipe ends the program quietly. */
function stdoutFailed(err: NodeJS.ErrnoException): void {
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`rdpdiag: error: cannot write to standard output: ${describeWriteError(err)}\n`);
  process.exit(EXIT_USAGE_OR_INPUT);
}
process.stdout.on('error', stdoutFailed);
// stderr closed (`2>&1 | head`): its messages have no reader left; the run goes on to its own exit code.
process.stderr.on('error', () => {});

function describeWriteError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EDQUOT') return 'over the disk quota';
  if (code === 'EFBIG') return 'the file is too large for this file system';
  if (code === 'EIO') return 'an input/output error';
  return escapeControls(describeFsError(err));
}

/**
 * What an output holds, which decides what passes on its way out: `text` (tables, CSV, Markdown: the
 * output sanitizer; `colour` keeps rdpdiag's own colours), `json` (C1 and format characters as `\u`
 * escapes) or `verbatim` (HTML and XML, escaped by their renderers; bytes already escaped).
 */
export type OutputKind = { kind: 'text'; colour?: boolean } | { kind: 'json' } | { kind: 'verbatim' };

function outgoing(kind: OutputKind): (text: string) => string {
  if (kind.kind === 'text') return (t) => sanitizeText(t, kind.colour === true);
  if (kind.kind === 'json') return escapeJsonText;
  return (t) => t;
}

/** A long output's pieces are gathered into writes of about this many characters (bytes to a file). */
const WRITE_SIZE = 1 << 20;

/** Where a command writes its result: standard output, or the file `-o/--output` names. */
export interface Output {
  write(text: string): Promise<void>;
  /**
   * A long report made piece by piece (a fleet's JSON, ECS or HEC: tens of MB), written as it is made in writes of
   * about a MiB, so it is never held whole; a file's pieces are encoded straight into one buffer, reused, so none
   * lives long enough to reach the old generation of the heap.
   */
  writeAll(pieces: Iterable<string>): Promise<void>;
  /** Text already encoded as UTF-8 (and escaped); the bytes may be changed once it resolves. */
  writeBytes(bytes: Uint8Array): Promise<void>;
  /**
   * A file's text written before it returns, for what is written while the inputs are read (`analyze --shard`): the
   * reading goes on in microtasks while pieces wait, so an asynchronous write's turn may come only at its end.
   * Undefined for the standard output.
   */
  writeNow?(text: string): void;
  /** Completes the output: a file is put in place only now. */
  close(): Promise<void>;
  /** Gives up: the file named is left as it was. */
  abandon(): Promise<void>;
}

const identity = (s: Stats) => `${s.dev}:${s.ino}`;

/**
 * Refuses an output that is one of the inputs (the same file, however named: through links, `..`, a
 * folder walked): it would be overwritten with the report of itself. `inputs` are the files read.
 */
export async function refuseOutputOverInput(
  path: string | undefined,
  inputs: readonly string[],
  what = 'the input',
  loses = 'the log',
): Promise<void> {
  if (!path) return;
  const target = await stat(path).catch(() => undefined);
  if (!target?.isFile()) return;
  const id = identity(target);
  for (const input of inputs) {
    if (input === '-') continue;
    const info = await stat(input).catch(() => undefined);
    if (info && identity(info) === id)
      throw new UsageError(
        `the output ${path} is ${what} ${input}: writing it would destroy ${loses}; choose another output file`,
      );
  }
}

/** Standard output as an `Output`: pieces joined up to `WRITE_SIZE` before each write. */
function standardOutput(pass: (text: string) => string): Output {
  return {
    write: (text) => writeOut(pass(text)),
    writeAll: async (pieces) => {
      let pending = '';
      for (const piece of pieces) {
        pending += piece;
        if (pending.length >= WRITE_SIZE) {
          await writeOut(pass(pending));
          pending = '';
        }
      }
      await writeOut(pass(pending));
    },
    writeBytes: writeOutBytes,
    close: async () => {},
    abandon: async () => {},
  };
}

/** The pieces, what making one throws marked in `made` (a failure to make the report, not to write it). */
function* piecesMarked(pieces: Iterable<string>, made: WeakSet<object>): Generator<string, void, undefined> {
  const it = pieces[Symbol.iterator]();
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = it.next();
    } catch (err) {
      if (typeof err === 'object' && err !== null) made.add(err);
      throw err;
    }
    if (next.done) return;
    yield next.value;
  }
}

/**
 * The pieces encoded as UTF-8 into two buffers: one is written (`writeFully`) while the next is filled (the thread
 * never waits for the disk with work to do).
 */
async function writeBuffered(
  pieces: Iterable<string>,
  pass: (text: string) => string,
  writeFully: (bytes: Uint8Array) => Promise<void>,
): Promise<void> {
  const encoder = new TextEncoder();
  // The second buffer is made once the first is full: a report under a MiB (most) zeroes one, not two.
  const first = new Uint8Array(WRITE_SIZE);
  let second: Uint8Array<ArrayBuffer> | undefined;
  let buffer = first;
  let filled = 0;
  let writing: Promise<void> = Promise.resolve();
  const send = async (more: boolean) => {
    const full = buffer.subarray(0, filled);
    await writing;
    writing = writeFully(full);
    // Its failure is met where it is awaited (the next send, or the end), not left unhandled in between.
    writing.catch(() => {});
    if (more) buffer = buffer === first ? (second ??= new Uint8Array(WRITE_SIZE)) : first;
    filled = 0;
  };
  for (const piece of pieces) {
    for (let rest = pass(piece); rest.length; ) {
      const { read, written } = encoder.encodeInto(rest, buffer.subarray(filled));
      filled += written;
      rest = rest.slice(read);
      // Full (or too full for the next character): written, and the other one filled.
      if (rest.length || filled === buffer.length) await send(true);
    }
  }
  await send(false);
  await writing;
}

/** A named pipe with no reader would block the open for ever: opened without waiting, it says so at once. */
async function refuseUnreadPipe(path: string, cannot: (err: unknown) => UsageError): Promise<void> {
  try {
    await (await open(path, constants.O_WRONLY | (constants.O_NONBLOCK ?? 0))).close();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENXIO')
      throw new UsageError(`cannot write ${path}: a named pipe (FIFO) that nothing reads`);
    throw cannot(err);
  }
}

/**
 * Opens the output. A regular file is written as a temporary file beside it and renamed over it when
 * complete, so a run that fails or is interrupted leaves the file as it was; a device or pipe (`/dev/null`,
 * a FIFO) is written directly. `inputs` (the files read) are checked first: an output that is one of them
 * is refused. A path that cannot be written, and any write error, is one line and exit 2.
 */
export async function openOutput(
  path: string | undefined,
  kind: OutputKind,
  inputs: readonly string[] = [],
): Promise<Output> {
  const pass = outgoing(kind);
  if (!path) return standardOutput(pass);
  await refuseOutputOverInput(path, inputs);
  const cannot = (err: unknown) => new UsageError(`cannot write ${path}: ${describeWriteError(err)}`);
  const existing = await stat(path).catch(() => undefined);
  // A link is followed: the file it names is replaced, the link stays.
  const target = existing?.isFile() ? await realpath(path).catch(() => path) : path;
  const temporary =
    existing && !existing.isFile()
      ? undefined
      : join(dirname(target), `.${basename(target)}.rdpdiag-${await randomHex(6)}.tmp`);
  if (existing?.isFIFO()) await refuseUnreadPipe(path, cannot);
  let handle: FileHandle;
  try {
    handle = await open(temporary ?? path, temporary ? 'wx' : 'w', existing?.isFile() ? existing.mode & 0o777 : 0o666);
  } catch (err) {
    throw cannot(err);
  }
  let open_ = true;
  // Stopped by Ctrl-C, a kill or the terminal closed: the temporary file goes with the run; then the signal does what
  // it would have.
  const onSignal = (signal: NodeJS.Signals) => {
    if (temporary) rmSync(temporary, { force: true });
    unwatch();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const unwatch = () => {
    for (const signal of stopSignals()) process.off(signal, onSignal);
  };
  if (temporary) for (const signal of stopSignals()) process.on(signal, onSignal);
  const release = async (keep: boolean) => {
    if (!open_) return;
    open_ = false;
    unwatch();
    try {
      await handle.close();
      if (temporary && keep) await rename(temporary, target);
    } catch (err) {
      if (temporary) await unlink(temporary).catch(() => {});
      throw cannot(err);
    }
    if (temporary && !keep) await unlink(temporary).catch(() => {});
  };
  // What making the report threw (its pieces are made as they are written) is not a failure to write.
  const made = new WeakSet<object>();
  const guarded = async (write: () => Promise<unknown>) => {
    try {
      await write();
    } catch (err) {
      await release(false).catch(() => {});
      if (typeof err === 'object' && err !== null && made.has(err)) throw err;
      throw cannot(err);
    }
  };
  const writeFully = async (bytes: Uint8Array) => {
    for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
  };
  return {
    write: async (text) => {
      if (text) await guarded(() => handle.write(pass(text)));
    },
    writeAll: (pieces) => guarded(() => writeBuffered(piecesMarked(pieces, made), pass, writeFully)),
    writeBytes: async (bytes) => {
      if (bytes.length) await guarded(() => handle.write(bytes));
    },
    writeNow: (text) => {
      const bytes = Buffer.from(pass(text), 'utf8');
      try {
        for (let at = 0; at < bytes.length; ) at += writeSync(handle.fd, bytes, at, bytes.length - at);
      } catch (err) {
        throw cannot(err);
      }
    },
    close: () => release(true),
    abandon: () => release(false).catch(() => {}),
  };
}

/**
 * The inputs could not be read at all: a path named nothing or an empty folder, or every input failed
 * before giving a single event (an input damaged part way, whose other events were read, still counts:
 * a malformed event costs that event, never the report). The command then prints only the errors
 * (nothing on standard output) and exits 2.
 */
export function nothingReadable(t: { inputs: InputSummary[]; missing: string[]; empty?: string[] }): boolean {
  return (
    t.missing.length > 0 ||
    (t.empty?.length ?? 0) > 0 ||
    t.inputs.every((s) => (s.error !== undefined && s.records === 0) || s.format === 'folder')
  );
}

/** Nothing could be read: the inputs' errors (`inputs`, redacted or not) said, and exit 2 with nothing on stdout. */
export function reportNothingReadable(
  t: { missing: string[]; empty?: string[]; passedOver?: readonly string[] },
  inputs: InputSummary[],
  o: { quiet?: boolean; redact?: boolean },
): number {
  reportInputs(inputs, t.missing, {
    quiet: o.quiet,
    empty: t.empty,
    passedOver: { paths: t.passedOver ?? [], named: !o.redact },
  });
  return EXIT_USAGE_OR_INPUT;
}

/**
 * stderr lines carry file names and log text: escaped, so none can forge a line or a terminal sequence; a word
 * longer than any path a system takes (4,096) is echoed cut (a 120 KB name given is said in a line).
 */
export function printError(message: string): void {
  writeErr(`rdpdiag: error: ${escapeControls(echoedWords(message, 4096))}\n`);
}

export function printNote(message: string): void {
  writeErr(`rdpdiag: ${escapeControls(message)}\n`);
}

const MAX_WARNINGS_SHOWN = 5;
/** Warnings that say data was lost where a read stopped, or a value was cut: never folded into "and N more". */
const STOPPED_READ: ReadonlySet<WarningCode> = new Set<WarningCode>([
  'gzip-cut-short',
  'gzip-checksum',
  'tar-cut-short',
  'tar-damaged',
  'evtx-chunk-truncated',
  'xml-event-cut-off',
  'value-cut',
]);

/**
 * On stderr: one line per input that had anything to report (records read, skipped, checksum warnings),
 * its first few warnings, and its error. Returns true when any input had an error.
 */
/** `file: N record(s) read, N skipped (N damaged chunk(s)), N checksum warning(s)`. */
export function inputSummaryLine(s: InputSummary): string {
  if (s.format === 'zip')
    return `${s.path}: archive, ${warningTotal(s)} entr${warningTotal(s) === 1 ? 'y' : 'ies'} skipped`;
  if (s.format === 'folder')
    return `${s.path}: folder, ${warningTotal(s)} entr${warningTotal(s) === 1 ? 'y' : 'ies'} skipped`;
  const chunks = warningTotal(s, 'skipped-chunk');
  const records = warningTotal(s, 'skipped-record');
  const checksums = warningTotal(s, 'checksum');
  const skipped = `${records} record(s) skipped${chunks ? `, ${chunks} damaged 64 KiB block(s) skipped` : ''}`;
  // Only an .evtx has checksums: an XML or SIEM export's line would count what it cannot have.
  const checked = checksums || s.format === 'evtx' ? `, ${checksums} checksum warning(s)` : '';
  return `${s.path}: ${s.records} record(s) read, ${skipped}${checked}`;
}

/**
 * An input's warnings as stderr lines: one per kind (the first in full, the others counted), so a file damaged the
 * same way in many places takes a line, not a screen. A stopped read (a cut archive or gzip, a damaged header) is
 * always shown in full with its offset: cheap warnings that came first never push it into the last line's count.
 */
export function warningLines(s: Pick<InputSummary, 'warnings' | 'warningCounts'>): string[] {
  const groups = groupWarnings(s);
  const shown = groups.filter((g, i) => i < MAX_WARNINGS_SHOWN || STOPPED_READ.has(g.first.code));
  const lines = shown.map((g) => `  warning: ${escapeControls(formatWarningGroup(g))}`);
  const rest = groups.filter((g) => !shown.includes(g));
  if (rest.length) {
    const byCode = rest.map((g) => `${g.first.code} ×${g.count}`).join(', ');
    lines.push(`  … and ${rest.reduce((n, g) => n + g.count, 0)} more warning(s) (${byCode})`);
  }
  return lines;
}

/** How many paths a group of inputs refused alike names on stderr. */
const GROUP_NAMES_SHOWN = 3;

/**
 * On stderr: errors always; unless quiet, one summary line per input (`every`: all inputs, otherwise
 * only those with warnings) and its first few warnings. Returns true when any input had an error.
 */
export function reportInputs(
  inputs: InputSummary[],
  missing: string[],
  opts: {
    quiet?: boolean;
    every?: boolean;
    empty?: string[];
    /** Files found in folders that are not logs; `named: false` says how many, not which (redaction). */
    passedOver?: { paths: readonly string[]; named: boolean };
  } = {},
): boolean {
  const empty = opts.empty ?? [];
  let failed = missing.length > 0 || empty.length > 0;
  for (const m of missing) printError(`${m}: no such file or folder (nothing matched)`);
  const passed = opts.passedOver?.paths ?? [];
  if (passed.length && !opts.quiet) {
    const shown = passed.slice(0, 3);
    const which = opts.passedOver?.named ? `: ${shown.join(', ')}${passed.length > 3 ? ', …' : ''}` : '';
    printNote(`passed over ${passed.length} file(s) found in the folders given that are not logs${which}`);
  }
  for (const e of empty) {
    const passed = inputs.find((s) => s.format === 'folder' && s.path === e);
    const why = passed
      ? ` (${warningTotal(passed)} entr${warningTotal(passed) === 1 ? 'y' : 'ies'} skipped: see below)`
      : '';
    printError(
      `${e}: no ${passed ? 'readable ' : ''}log in this folder (rdpdiag reads ${READABLE_EXTENSIONS.join(' ')} files)${why}`,
    );
  }
  const grouped = refusalGroups(inputs);
  for (const s of inputs) {
    if (s.error) {
      failed = true;
      const group = grouped.get(s);
      if (!group) printError(`${where(s.error.file, s.error)}: ${s.error.message}`);
      else if (group.inputs[0] === s) {
        const names = group.inputs.slice(0, GROUP_NAMES_SHOWN).map((i) => i.path);
        printError(`${refusalSummary(group)}; first: ${names.join(', ')}, … (each in --format json)`);
      }
    }
    if (opts.quiet || (s.warnings.length === 0 && !(opts.every && !s.error))) continue;
    printNote(inputSummaryLine(s));
    for (const line of warningLines(s)) writeErr(`${line}\n`);
  }
  return failed;
}

/** `n` random bytes in hex (node:crypto is loaded only when a file is written: it costs every start ~10 ms). */
async function randomHex(n: number): Promise<string> {
  const { randomBytes } = await import('node:crypto');
  return randomBytes(n).toString('hex');
}
