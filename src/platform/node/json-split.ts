/**
 * A large JSON export cut into records on a worker thread (`InputSource.splitJson`): the worker reads the
 * file, decodes it, splits it into records and leaves out the unread ones (parsers/siem's own cutter, the
 * same pieces `readSiem` makes on one thread), and posts each piece's kept records (in strings of at most 60 K
 * characters); the main thread only parses and maps them, and analyzes. Nothing is transferred (a detached ArrayBuffer slows a
 * thread's typed-array code for good: see parallel-evtx.ts); pieces are posted only a few ahead of the ones
 * taken (shared counters), so a slow main thread holds a few MiB of text, never the file.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

import type { JsonSplitSetup, SplitJsonPiece } from '../../model/source.js';
import { STOP, type SplitMessage, type SplitWorkerSetup, TAKEN } from './json-split-protocol.js';

/**
 * The worker's module (the single-file executable puts its bundled source here: scripts/build-exe.mjs). Made
 * when asked: this module is bundled into the .evtx worker too (through file-source.ts), where there is no
 * `import.meta.url`.
 */
function workerModule(): URL | string {
  return new URL('./json-split-worker.js', import.meta.url);
}

/** Pieces (1 MiB of the file each) posted ahead of the main thread. */
const AHEAD = 4;
const YOUNG_GENERATION_MB = 16;

/** JSON files from this size are cut on a worker when no thread count is asked for. */
export const SPLIT_ON_WORKER_FROM = 64 * 2 ** 20;

/** Whether the worker can run here (its compiled module exists: not so under a TS test runner). */
export function canSplitOnWorker(): boolean {
  const worker = workerModule();
  return typeof worker === 'string' || (worker.protocol === 'file:' && existsSync(fileURLToPath(worker)));
}

/**
 * From what size a JSON file is cut on a worker, for `analyze --threads <asked>`: 1, never; more, every JSON
 * file; not asked, files of SPLIT_ON_WORKER_FROM or more on a machine of two cores or more, whatever its load:
 * unlike dump's parsing threads this is one thread that takes work off the main one, and the reading's garbage
 * stays in its small heap, so all threads together spend less CPU than one thread alone (on the bench fleet
 * 57 s against 78 s), and even sharing one core it was never slower. Undefined: never.
 */
export function splitJsonFrom(
  asked: number | undefined,
  bytes: number | undefined,
  cores = availableParallelism(),
): number | undefined {
  if (asked === 1 || !canSplitOnWorker()) return undefined;
  if (asked !== undefined) return 0;
  if (bytes !== undefined && bytes < SPLIT_ON_WORKER_FROM) return undefined;
  return cores >= 2 ? SPLIT_ON_WORKER_FROM : undefined;
}

/** The pieces of the file open as `fd` (`size` bytes), cut on a worker thread, in order. */
export async function* splitJsonOnWorker(
  fd: number,
  size: number,
  setup: JsonSplitSetup,
): AsyncGenerator<SplitJsonPiece, void, void> {
  const state = new Int32Array(new SharedArrayBuffer(8));
  const workerSource = workerModule();
  // Loaded only when a worker starts: every run that reads a file would load it otherwise.
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(workerSource, {
    eval: typeof workerSource === 'string',
    // What the worker makes dies young (the piece's texts, its records): V8's default young generation let its
    // heap grow to some 60 MiB. Since texts are made in segments short enough to be young, 16 MiB costs no more
    // memory than 4 and a fifth of the collections (6 M-event fleet: 10,710 scavenges at 4 MiB; all threads' CPU 5 % less).
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    workerData: {
      ...setup,
      fd,
      size,
      state: state.buffer as SharedArrayBuffer,
      ahead: AHEAD,
    } satisfies SplitWorkerSetup,
  });
  const queue: SplitMessage[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let exitCode: number | undefined;
  worker.on('message', (m: SplitMessage) => {
    queue.push(m);
    wake?.();
  });
  worker.on('error', (err) => {
    failure ??= err;
    wake?.();
  });
  worker.on('exit', (code) => {
    exitCode = code;
    wake?.();
  });
  try {
    for (;;) {
      const m = queue.shift();
      if (m === undefined) {
        if (failure) throw failure;
        if (exitCode !== undefined) throw new Error(`the JSON reading thread stopped (exit code ${exitCode})`);
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
      if ('done' in m) return;
      if ('error' in m) throw Object.assign(new Error(m.error.message), { code: m.error.code });
      if ('fatal' in m) throw new Error(m.fatal);
      Atomics.add(state, TAKEN, 1);
      Atomics.notify(state, TAKEN);
      yield m.piece;
    }
  } finally {
    // Done, failed, or the reader stopped early (an abort): the worker stops before the file is closed.
    Atomics.store(state, STOP, 1);
    Atomics.add(state, TAKEN, 1);
    Atomics.notify(state, TAKEN);
    await worker.terminate();
  }
}
