/** The read loop of the text readers (XML, PowerShell, SIEM exports): pieces in, events out in batches. */
import type { NormalizedEvent } from '../../src/model/event.js';
import { type FileAccessError, InputFileError } from '../../src/model/reader.js';

/**
 * Yields the events `add` puts into the pending list for each of `pieces` (decoded text, records cut on another
 * thread), as soon as `batch` or more are pending; returns those not yet yielded, or undefined when `signal` stopped
 * it. A read of `file` that fails with a code is the file's error (`InputFileError.readFailed`).
 */
export async function* eventBatches<T>(
  file: string,
  pieces: AsyncIterable<T>,
  o: { signal: AbortSignal | undefined; batch: number },
  add: (piece: T, pending: NormalizedEvent[]) => void,
): AsyncGenerator<NormalizedEvent[], NormalizedEvent[] | undefined, void> {
  let pending: NormalizedEvent[] = [];
  try {
    for await (const piece of pieces) {
      if (o.signal?.aborted) return undefined;
      add(piece, pending);
      if (pending.length >= o.batch) {
        yield pending;
        pending = [];
      }
    }
  } catch (err) {
    const code = (err as FileAccessError).code;
    if (code) throw InputFileError.readFailed(file, code);
    throw err;
  }
  return pending;
}

/** `events` put at the end of `pending`. */
export function pushAll(pending: NormalizedEvent[], events: readonly NormalizedEvent[]): void {
  for (const e of events) pending.push(e);
}
