/** What `json-split.ts` and its worker thread (`json-split-worker.ts`) say to each other. */
import type { JsonSplitSetup, SplitJsonPiece } from '../../model/source.js';

/** What the worker is started with. */
export interface SplitWorkerSetup extends JsonSplitSetup {
  /** The file's descriptor, opened by the main thread (descriptors are the process's: no second open). */
  fd: number;
  size: number;
  /** `Int32Array` over it: [pieces taken by the main thread, stop]. */
  state: SharedArrayBuffer;
  /** Pieces posted and not yet taken before the worker waits. */
  ahead: number;
}
/** Indexes in `state`. */
export const TAKEN = 0;
export const STOP = 1;

export type SplitMessage =
  | { piece: SplitJsonPiece }
  | { done: true }
  /** The file system's error (the reader words it as it words its own). */
  | { error: { code: string; message: string } }
  /** An unexpected failure (a bug): its stack. */
  | { fatal: string };
