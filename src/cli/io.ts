import type { InputSummary } from '../model/event.js';
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
let current: CliIo = PROCESS_IO;

/** The streams of the run in progress (the process's own unless `main` was given others). */
export function cliIo(): CliIo {
  return current;
}

/** Runs `body` with the CLI writing to `io`, then restores the previous streams. */
export async function withIo<T>(io: CliIo | undefined, body: () => Promise<T>): Promise<T> {
  if (!io) return body();
  const previous = current;
  current = io;
  try {
    return await body();
  } finally {
    current = previous;
  }
}

/** Writes to stdout, waiting when the pipe is full; a closed pipe (`| head`) ends the program quietly. */
export async function writeOut(text: string): Promise<void> {
  if (text === '') return;
  const out = current.stdout;
  if (!out.write(text) && out.once) {
    await new Promise<void>((resolve) => out.once?.('drain', resolve));
  }
}

/** Writes to stderr. */
export function writeErr(text: string): void {
  current.stderr.write(text);
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

export function printError(message: string): void {
  writeErr(`rdpdiag: error: ${message}\n`);
}

export function printNote(message: string): void {
  writeErr(`rdpdiag: ${message}\n`);
}

const MAX_WARNINGS_SHOWN = 5;

/**
 * On stderr: one line per input that had anything to report (records read, skipped, checksum warnings),
 * its first few warnings, and its error. Returns true when any input had an error.
 */
/** `file: N record(s) read, N skipped (N damaged chunk(s)), N checksum warning(s)`. */
export function inputSummaryLine(s: InputSummary): string {
  if (s.format === 'zip')
    return `${s.path}: archive, ${s.warnings.length} entr${s.warnings.length === 1 ? 'y' : 'ies'} skipped`;
  const chunks = s.warnings.filter((w) => w.kind === 'skipped-chunk').length;
  const records = s.warnings.filter((w) => w.kind === 'skipped-record').length;
  const checksums = s.warnings.filter((w) => w.kind === 'checksum').length;
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
  opts: { quiet?: boolean; every?: boolean } = {},
): boolean {
  let failed = missing.length > 0;
  for (const m of missing) printError(`${m}: no such file or folder (nothing matched)`);
  for (const s of inputs) {
    if (s.error) {
      failed = true;
      printError(`${where(s.error.file, s.error)}: ${s.error.message}`);
    }
    if (opts.quiet || (s.warnings.length === 0 && !(opts.every && !s.error))) continue;
    printNote(inputSummaryLine(s));
    for (const w of s.warnings.slice(0, MAX_WARNINGS_SHOWN)) writeErr(`  warning: ${formatWarning(w)}\n`);
    if (s.warnings.length > MAX_WARNINGS_SHOWN)
      writeErr(`  … and ${s.warnings.length - MAX_WARNINGS_SHOWN} more warning(s)\n`);
  }
  return failed;
}
