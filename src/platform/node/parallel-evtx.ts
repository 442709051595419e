/**
 * Reads one large .evtx on several threads: its chunks are independent (each carries its own string and
 * template tables), so ranges of whole chunks are parsed and formatted in parallel, by worker threads and
 * by the main thread between its writes, and put back in file order, with the warnings and counts a
 * single-threaded read gives.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import './native.js';
import { CHUNK_SIZE } from '../../../parsers/evtx/index.js';
import {
  ChunkParser,
  checkEvtxHeader,
  FILE_HEADER_SIZE,
  parseBlockInto,
  type RawSystem,
  type RecordPlan,
  type RecordSink,
  type RecordValues,
} from '../../../parsers/evtx/index.js';
import type { InputSummary, InputWarning, NormalizedEvent } from '../../model/event.js';
import { NotAFileError, openFileInput, openPositionalSync } from './file-source.js';
import { fsPath } from './raw-paths.js';
import { InputFileError } from '../../model/reader.js';
import { type DumpFormat, dumpRecordWriter, type ShapedDumpWriter, shapedDumpWriter } from '../../report/event-dump.js';
import { Utf8Out } from '../../report/utf8-out.js';
import { recordWarning } from '../../ingest/summary.js';

export type RecordFormat = DumpFormat;

export interface WorkerSetup {
  path: string;
  /** What node:fs is given for `path` (its bytes when the name is not UTF-8). */
  at: string | Uint8Array;
  format: RecordFormat;
}
export interface RangeRequest {
  id: number;
  from: number;
  to: number;
  /** A buffer of an earlier range, already written out, to format this one into (shared, not copied). */
  out?: ArrayBufferLike;
}
export interface RangeResult {
  id: number;
  /**
   * The range's records formatted, as UTF-8. From a worker, in a SharedArrayBuffer: posted without a
   * transfer list, so shared, not copied, and no ArrayBuffer is ever detached (see OUT_START).
   */
  bytes: Uint8Array;
  records: number;
  warnings: InputWarning[];
  /** An input error (InputFileError): the message and where. */
  error?: string;
  position?: InputFileError['position'];
  /** An unexpected failure (a bug): its stack. */
  fatal?: string;
}

/** Chunks per range a thread is handed: 1 MiB. */
const RANGE_CHUNKS = 16;
/** Ranges handed to a worker before it answers, so it has the next at hand while the main thread is busy. */
const WORKER_QUEUE = 2;
/** Files smaller than this are read by one thread (starting workers would cost more than it saves). */
export const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;
const WORKER: URL | string = new URL('./evtx-worker.js', import.meta.url);
const NO_BYTES = new Uint8Array(0);
/**
 * A range's output buffer to start with (a range of System records writes about 0.9 of its size as JSON).
 * A worker's are SharedArrayBuffers, handed between the threads by sharing, never by transfer: the first
 * ArrayBuffer a thread detaches (a transfer does) invalidates V8's "array buffer detaching" protector for
 * good, and from then on every typed-array access of the optimised parser checks whether its buffer was
 * detached: the whole parse ran ~20% slower on a worker than on the main thread for that alone. (A range
 * whose output outgrows its buffer is written to a plain one, copied when posted: rare, and still no detach.)
 */
const OUT_START = 2 * 1024 * 1024;

/**
 * The thread count when none is asked for: the cores that are free, at most 4. A core counts as free when
 * the last minute's load leaves at least half of it idle; with none free, one thread (more threads would
 * only take turns with the other work on the same cores, and spend their hand-offs on top).
 */
export function defaultThreads(cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  const free = Math.floor(cores - load + 0.5);
  return Math.max(1, Math.min(4, cores, free));
}

/** Why `defaultThreads` chose its count, in words (`dump --verbose`). */
export function defaultThreadsReason(cores = availableParallelism(), load = loadavg()[0] ?? 0): string {
  const threads = defaultThreads(cores, load);
  const free = Math.max(0, Math.floor(cores - load + 0.5));
  const facts = `${cores} core${cores === 1 ? '' : 's'}, load ${load.toFixed(2)} over the last minute`;
  if (threads === 1 && cores > 1) return `${facts}: no core free, so one thread`;
  return `${facts}: ${free} free${threads < free ? `, at most ${threads}` : ''}`;
}

/** Whether worker threads can run here (the compiled worker module exists: not so under a TS test runner). */
export function canUseWorkers(): boolean {
  // In the single-file executable the worker is its bundled source (scripts/build-exe.mjs), always there.
  return typeof WORKER === 'string' || (WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER)));
}

/**
 * Parses and formats ranges of one .evtx into UTF-8, one range at a time: what each worker runs, and the
 * main thread for its own share.
 */
export class RangeFormatter implements RecordSink {
  private readonly writeRecord: (out: Utf8Out, e: NormalizedEvent) => void;
  private readonly shaped: ShapedDumpWriter;
  /** The fixed text of each template's records (see ShapedDumpWriter.segments). */
  private readonly segments = new WeakMap<RecordPlan, Uint8Array[]>();
  private lastPlan: RecordPlan | undefined;
  private lastSegments: Uint8Array[] | undefined;
  private readonly out = new Utf8Out(0);
  private readonly parser: ChunkParser;
  private warnings: InputWarning[] = [];
  private records = 0;
  private file: ReturnType<typeof openPositionalSync> | undefined;
  private buf = new Uint8Array(0);

  constructor(
    private readonly path: string,
    format: RecordFormat,
    private readonly at: string | Uint8Array = fsPath(path),
    /** Output buffers in shared memory (a worker's: see OUT_START). */
    private readonly shared = false,
  ) {
    this.writeRecord = dumpRecordWriter(format);
    this.shaped = shapedDumpWriter(format);
    this.parser = new ChunkParser(new Uint8Array(0), {
      file: path,
      warn: (w) => this.warnings.push(w),
      systemFields: this.shaped.systemFields,
    });
  }

  format({ id, from, to, out: spare }: RangeRequest): RangeResult {
    const path = this.path;
    const warnings: InputWarning[] = [];
    this.warnings = warnings;
    const warn = (w: InputWarning) => warnings.push(w);
    this.records = 0;
    try {
      if (this.buf.length < to - from) this.buf = new Uint8Array(to - from);
      const buf = this.buf;
      const length = this.read(buf, from, to - from);
      // Records are written as UTF-8 straight into one buffer per range (handed over whole): no string
      // per record or per range is ever built.
      this.out.reset(
        new Uint8Array(spare ?? (this.shared ? new SharedArrayBuffer(OUT_START) : new ArrayBuffer(OUT_START))),
      );
      for (let rel = 0; rel < length; rel += CHUNK_SIZE) {
        const block = buf.subarray(rel, Math.min(rel + CHUNK_SIZE, length));
        parseBlockInto(this.parser, block, from + rel, path, warn, this);
      }
      const bytes = this.out.take();
      this.out.reset(NO_BYTES);
      return { id, bytes, records: this.records, warnings };
    } catch (err) {
      if (err instanceof InputFileError)
        return { id, bytes: NO_BYTES, records: 0, warnings, error: err.message, position: err.position };
      return { id, bytes: NO_BYTES, records: 0, warnings, fatal: (err as Error)?.stack ?? String(err) };
    }
  }

  /** A record of a template with a plan: its template's fixed text, its System fields and values. */
  record(system: NormalizedEvent, plan: RecordPlan, values: RecordValues): boolean {
    if (!this.shaped.head(this.out, system)) return false;
    this.values(plan, values);
    return true;
  }

  /** The same with the System fields raw (see RawSystem). */
  rawRecord(system: RawSystem, plan: RecordPlan, values: RecordValues): boolean {
    if (!this.shaped.headRaw(this.out, system)) return false;
    this.values(plan, values);
    return true;
  }

  /** A record's values between its template's fixed text, after its head. */
  private values(plan: RecordPlan, values: RecordValues): void {
    const out = this.out;
    const shaped = this.shaped;
    const fields = plan.fields;
    // Records in a row often share their template.
    let segments = plan === this.lastPlan ? this.lastSegments : this.segments.get(plan);
    if (segments === undefined) {
      segments = shaped.segments(fields.map((f) => f.key));
      this.segments.set(plan, segments);
    }
    this.lastPlan = plan;
    this.lastSegments = segments;
    for (let i = 0; i < fields.length; i++) {
      out.raw(segments[i]!);
      const f = fields[i]!;
      if (values.utf16(f)) {
        const at = out.length;
        if (shaped.utf16(out, values.buf, values.start, values.end)) continue;
        out.length = at;
      }
      // Whole numbers as digits, without their text or a scan for characters to escape.
      const n = values.uint(f);
      if (n >= 0) shaped.digits(out, n);
      else shaped.text(out, values.text(f));
    }
    out.raw(segments[fields.length]!);
    this.records++;
  }

  event(e: NormalizedEvent): void {
    this.writeRecord(this.out, e);
    this.records++;
  }

  /**
   * Reads on this thread, not on libuv's pool: a range is mostly a copy from the page cache, and with every
   * core parsing, waiting for a pool thread to be scheduled left the thread idle far longer than the copy takes.
   */
  private read(into: Uint8Array, position: number, length: number): number {
    const path = this.path;
    if (this.file === undefined) {
      try {
        this.file = openPositionalSync(path, this.at);
      } catch (err) {
        if (err instanceof NotAFileError) throw InputFileError.notPositional(path);
        throw InputFileError.unopenable(path, err);
      }
    }
    try {
      return this.file.read(into, position, length);
    } catch (err) {
      throw InputFileError.unreadable(path, err, position);
    }
  }

  close(): void {
    this.file?.close();
    this.file = undefined;
  }
}

/** The size of an .evtx file whose header is checked (warnings into `summary`), or undefined with its error there. */
async function checkedEvtxSize(path: string, summary: InputSummary): Promise<number | undefined> {
  try {
    const source = await openFileInput(path).catch((err: unknown) => {
      throw InputFileError.unopenable(path, err);
    });
    try {
      if (!source.random) throw InputFileError.notPositional(path);
      await checkEvtxHeader(path, source.random, (w) => recordWarning(summary, w));
      return source.random.size;
    } finally {
      await source.close?.();
    }
  } catch (err) {
    if (err instanceof InputFileError) {
      summary.error = { file: path, message: err.message, ...err.position };
      return undefined;
    }
    throw err;
  }
}

/**
 * Yields the formatted records of `path` as UTF-8, in file order, one range at a time (each buffer is
 * formatted into again once the next is asked for: write it out before); fills `summary`
 * (records, warnings, error) as a single-threaded read does. One thread: the main thread parses each range
 * in turn. More: `threads` workers parse the ranges, handed out as they ask, and the main thread only puts
 * them in order and writes them (it parsed a share too once, but a range parsed there held up the writing
 * and the hand-off of the next ranges, and left a worker idle: two threads gained 1.5x, not 1.8x).
 */
export async function* formatEvtxInParallel(
  path: string,
  summary: InputSummary,
  format: RecordFormat,
  threads: number,
): AsyncGenerator<Uint8Array, void, void> {
  const size = await checkedEvtxSize(path, summary);
  if (size === undefined) return;
  summary.format = 'evtx';
  const ranges: RangeRequest[] = [];
  for (let from = FILE_HEADER_SIZE, id = 0; from < size; from += RANGE_CHUNKS * CHUNK_SIZE, id++)
    ranges.push({ id, from, to: Math.min(size, from + RANGE_CHUNKS * CHUNK_SIZE) });
  const workers: Worker[] = [];
  const asked = new Map<Worker, number>();
  const done = new Map<number, RangeResult>();
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let next = 0;
  let emitted = 0;
  // Ranges parsed but not yet written are held in memory: at most this many past the one being written.
  const maxAhead = threads * 4;
  const roomAhead = () => next < ranges.length && next - emitted < maxAhead;
  // Output buffers once written are formatted into again: no fresh 2 MiB (zeroed, page-faulted) per range.
  const spare: ArrayBufferLike[] = [];
  const take = (): RangeRequest => {
    const out = spare.pop();
    return out ? { ...ranges[next++], out } : ranges[next++];
  };
  const feed = (w: Worker) => {
    while ((asked.get(w) ?? 0) < WORKER_QUEUE && roomAhead()) {
      const request = take();
      // No transfer list: `out` is shared memory (see OUT_START).
      w.postMessage(request);
      asked.set(w, (asked.get(w) ?? 0) + 1);
    }
  };
  const local = threads > 1 ? undefined : new RangeFormatter(path, format);
  try {
    const workerCount = threads > 1 ? Math.min(threads, ranges.length) : 0;
    // Loaded only when threads are started (one thread, or a small file, never loads it).
    const { Worker } = workerCount > 0 ? await import('node:worker_threads') : { Worker: undefined };
    for (let i = 0; i < workerCount; i++) {
      const w = new Worker!(WORKER, { workerData: { path, at: fsPath(path), format } satisfies WorkerSetup });
      workers.push(w);
      w.on('message', (r: RangeResult) => {
        done.set(r.id, r);
        asked.set(w, (asked.get(w) ?? 1) - 1);
        feed(w);
        wake?.();
      });
      w.on('error', (err) => {
        failure ??= err;
        wake?.();
      });
      // A worker gone without an error (it never is, but nothing would answer its ranges).
      w.on('exit', (code) => {
        failure ??= new Error(`an .evtx worker thread stopped (exit code ${code})`);
        wake?.();
      });
    }
    while (emitted < ranges.length) {
      const r = done.get(emitted);
      if (!r) {
        if (failure) throw failure;
        // Nothing to write yet: on one thread, the main thread parses the next range; else it waits for
        // the workers.
        if (local) {
          const request = take();
          done.set(request.id, local.format(request));
        } else {
          for (const w of workers) feed(w);
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
        continue;
      }
      done.delete(emitted++);
      for (const w of workers) feed(w);
      if (r.fatal) throw new Error(r.fatal);
      for (const w of r.warnings) recordWarning(summary, w);
      summary.records += r.records;
      if (r.bytes.length) yield r.bytes;
      // A worker's buffer is reused only when shared (a plain one would be copied on its way back).
      if (r.bytes.buffer.byteLength >= OUT_START && (local || r.bytes.buffer instanceof SharedArrayBuffer))
        spare.push(r.bytes.buffer);
      if (r.error !== undefined) {
        summary.error = { file: path, message: r.error, ...r.position };
        return;
      }
    }
  } finally {
    for (const w of workers) void w.terminate();
    local?.close();
  }
}
