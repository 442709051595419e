/**
 * Reads one large .evtx with worker threads: its chunks are independent (each carries its own string and
 * template tables), so ranges of whole chunks are parsed and formatted in parallel and handed back in file
 * order, with the warnings and counts a single-threaded read gives.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CHUNK_SIZE } from '../../../parsers/evtx/index.js';
import { checkEvtxHeader, FILE_HEADER_SIZE } from '../../../parsers/evtx/index.js';
import type { InputSummary, InputWarning, NormalizedEvent } from '../../model/event.js';
import { openFileInput } from './file-source.js';
import { describeFsError, InputFileError } from '../../model/reader.js';
import { toDumpJsonLine, toEventXml } from '../../report/event-dump.js';
import { recordWarning } from '../../ingest/read.js';

/** How each record is written (the same functions as the single-threaded dump). */
export const RECORD_FORMATTERS = {
  jsonl: toDumpJsonLine,
  xml: (e: NormalizedEvent) => `${toEventXml(e)}\n`,
} as const;
export type RecordFormat = keyof typeof RECORD_FORMATTERS;

export interface WorkerSetup {
  path: string;
  format: RecordFormat;
}
export interface RangeRequest {
  id: number;
  from: number;
  to: number;
}
export interface RangeResult {
  id: number;
  /** The range's records formatted, as UTF-8 (its buffer is transferred, not copied). */
  bytes: Uint8Array;
  records: number;
  warnings: InputWarning[];
  /** An input error (InputFileError): the message and where. */
  error?: string;
  position?: InputFileError['position'];
  /** An unexpected failure (a bug): its stack. */
  fatal?: string;
}

/** Chunks per range a worker is sent: 1 MiB. */
const RANGE_CHUNKS = 16;
/** Files smaller than this are read by one thread (starting workers would cost more than it saves). */
export const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;
const WORKER = new URL('./evtx-worker.js', import.meta.url);

/** The thread count when none is asked for: the cores there are, at most 4. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** Whether worker threads can run here (the compiled worker module exists: not so under a TS test runner). */
export function canUseWorkers(): boolean {
  return WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));
}

/**
 * Yields the formatted records of `path` as UTF-8, in file order, one range at a time, parsed, formatted
 * and encoded by `threads` workers (the main thread only writes them out); fills `summary` (records,
 * warnings, error) as a single-threaded read does.
 */
export async function* formatEvtxInParallel(
  path: string,
  summary: InputSummary,
  format: RecordFormat,
  threads: number,
): AsyncGenerator<Uint8Array, void, void> {
  let size: number;
  try {
    const source = await openFileInput(path).catch((err: unknown) => {
      throw new InputFileError(path, `cannot open ${path}: ${describeFsError(err)}`, { offset: 0 });
    });
    try {
      if (!source.random) throw new InputFileError(path, `cannot read ${path} at positions`, { offset: 0 });
      await checkEvtxHeader(path, source.random, (w) => recordWarning(summary, w));
      size = source.random.size;
    } finally {
      await source.close?.();
    }
  } catch (err) {
    if (err instanceof InputFileError) {
      summary.error = { file: path, message: err.message, ...err.position };
      return;
    }
    throw err;
  }
  summary.format = 'evtx';
  const ranges: RangeRequest[] = [];
  for (let from = FILE_HEADER_SIZE, id = 0; from < size; from += RANGE_CHUNKS * CHUNK_SIZE, id++)
    ranges.push({ id, from, to: Math.min(size, from + RANGE_CHUNKS * CHUNK_SIZE) });
  const workers: Worker[] = [];
  const done = new Map<number, RangeResult>();
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let next = 0;
  const maxAhead = threads * 3;
  let emitted = 0;
  const dispatch = (w: Worker) => {
    if (next < ranges.length && next - emitted < maxAhead) w.postMessage(ranges[next++]);
    else idle.push(w);
  };
  const idle: Worker[] = [];
  try {
    for (let i = 0; i < Math.min(threads, ranges.length); i++) {
      const w = new Worker(WORKER, { workerData: { path, format } satisfies WorkerSetup });
      workers.push(w);
      w.on('message', (r: RangeResult) => {
        done.set(r.id, r);
        dispatch(w);
        wake?.();
      });
      w.on('error', (err) => {
        failure ??= err;
        wake?.();
      });
      dispatch(w);
    }
    while (emitted < ranges.length) {
      const r = done.get(emitted);
      if (!r) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
      done.delete(emitted++);
      while (idle.length && next < ranges.length && next - emitted < maxAhead) idle.pop()!.postMessage(ranges[next++]);
      if (r.fatal) throw new Error(r.fatal);
      for (const w of r.warnings) recordWarning(summary, w);
      summary.records += r.records;
      if (r.bytes.length) yield r.bytes;
      if (r.error !== undefined) {
        summary.error = { file: path, message: r.error, ...r.position };
        return;
      }
    }
  } finally {
    for (const w of workers) void w.terminate();
  }
}
