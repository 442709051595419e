import type { InputWarning, NormalizedEvent } from './event.js';

/** What every format reader gets: where to report warnings, and a way to stop early. */
export interface ReadOptions {
  warn: (warning: InputWarning) => void;
  signal?: AbortSignal;
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
