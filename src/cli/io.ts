import { AsyncLocalStorage } from 'node:async_hooks';
import { type FileHandle, open } from 'node:fs/promises';
import { type InputSummary, warningTotal } from '../model/event.js';
import { describeFsError } from '../model/reader.js';
import { UsageError } from './exit.js';
import { escapeControls } from '../report/sanitize.js';
import { formatLocation as where, formatWarning } from '../report/warnings.js';

export { formatWarning };

/** Where the CLI writes: a terminal stream or, in tests, a capture. */
export interface CliStream {
  write(text: string): boolean;
  once?(event: 'drain', listener: () => void): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** The CLI's outside world: its two output streams and its environment (`main(argv, io)` takes one). */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const PROCESS_IO: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env };
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
  if (out !== process.stdout) return writeOut(new TextDecoder().decode(bytes));
  await new Promise<void>((resolve) => process.stdout.write(bytes, () => resolve()));
}

/** Writes to stderr. */
export function writeErr(text: string): void {
  cliIo().stderr.write(text);
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

/** Where a command writes its result: standard output, or the file `-o/--output` names. */
export interface Output {
  write(text: string): Promise<void>;
  /** Text already encoded as UTF-8; the bytes may be changed once it resolves. */
  writeBytes(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** Opens the output; a path that cannot be written is a usage error (one line, exit 2). */
export async function openOutput(path: string | undefined): Promise<Output> {
  if (!path) return { write: writeOut, writeBytes: writeOutBytes, close: async () => {} };
  let handle: FileHandle;
  try {
    handle = await open(path, 'w');
  } catch (err) {
    throw new UsageError(`cannot write ${path}: ${describeFsError(err)}`);
  }
  return {
    write: async (text) => {
      if (text) await handle.write(text);
    },
    writeBytes: async (bytes) => {
      if (bytes.length) await handle.write(bytes);
    },
    close: () => handle.close(),
  };
}

/**
 * The inputs could not be read at all: a path named nothing or an empty folder, or every input failed.
 * The command then prints only the errors (nothing on standard output) and exits 2.
 */
export function nothingReadable(t: { inputs: InputSummary[]; missing: string[]; empty?: string[] }): boolean {
  return (
    t.missing.length > 0 ||
    (t.empty?.length ?? 0) > 0 ||
    t.inputs.every((s) => s.error !== undefined || s.format === 'folder')
  );
}

/** stderr lines carry file names and log text: escaped, so none can forge a line or a terminal sequence. */
export function printError(message: string): void {
  writeErr(`rdpdiag: error: ${escapeControls(message)}\n`);
}

export function printNote(message: string): void {
  writeErr(`rdpdiag: ${escapeControls(message)}\n`);
}

const MAX_WARNINGS_SHOWN = 5;

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
  return `${s.path}: ${s.records} record(s) read, ${skipped}, ${checksums} checksum warning(s)`;
}

/**
 * On stderr: errors always; unless quiet, one summary line per input (`every`: all inputs, otherwise
 * only those with warnings) and its first few warnings. Returns true when any input had an error.
 */
export function reportInputs(
  inputs: InputSummary[],
  missing: string[],
  opts: { quiet?: boolean; every?: boolean; empty?: string[] } = {},
): boolean {
  const empty = opts.empty ?? [];
  let failed = missing.length > 0 || empty.length > 0;
  for (const m of missing) printError(`${m}: no such file or folder (nothing matched)`);
  for (const e of empty) {
    const passed = inputs.find((s) => s.format === 'folder' && s.path === e);
    const why = passed
      ? ` (${warningTotal(passed)} entr${warningTotal(passed) === 1 ? 'y' : 'ies'} skipped: see below)`
      : '';
    printError(`${e}: no ${passed ? 'readable ' : ''}.evtx, .xml or .zip file in this folder${why}`);
  }
  for (const s of inputs) {
    if (s.error) {
      failed = true;
      printError(`${where(s.error.file, s.error)}: ${s.error.message}`);
    }
    if (opts.quiet || (s.warnings.length === 0 && !(opts.every && !s.error))) continue;
    printNote(inputSummaryLine(s));
    const shown = s.warnings.slice(0, MAX_WARNINGS_SHOWN);
    for (const w of shown) writeErr(`  warning: ${escapeControls(formatWarning(w))}\n`);
    const more = warningTotal(s) - shown.length;
    if (more > 0) {
      const byCode = Object.entries(s.warningCounts)
        .map(([code, c]) => `${code} ×${c?.count ?? 0}`)
        .join(', ');
      writeErr(`  … and ${more} more warning(s) (${byCode})\n`);
    }
  }
  return failed;
}
