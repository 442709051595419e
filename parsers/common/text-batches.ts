/** The chunk loop of the text readers (XML, PowerShell): decode, make events, hand them over in batches. */
import type { NormalizedEvent } from '../../src/model/event.js';
import { type FileAccessError, InputFileError } from '../../src/model/reader.js';
import type { InputSource } from '../../src/model/source.js';

/** Events handed over at a time: iteration's cost per batch, not per event. */
const BATCH = 128;

/**
 * Yields the events `toEvents` makes of the decoded text of `source` (from `bomLength` on), at least BATCH at a
 * time; returns those not yet yielded, or undefined when `signal` stopped it. A read that fails with a code is the
 * file's error (`InputFileError.readFailed`).
 */
export async function* textBatches(
  source: InputSource,
  bomLength: number,
  decoder: TextDecoder,
  signal: AbortSignal | undefined,
  toEvents: (text: string) => NormalizedEvent[],
): AsyncGenerator<NormalizedEvent[], NormalizedEvent[] | undefined, void> {
  let pending: NormalizedEvent[] = [];
  try {
    for await (const chunk of source.chunks(bomLength)) {
      if (signal?.aborted) return undefined;
      const events = toEvents(decoder.decode(chunk, { stream: true }));
      if (events.length) pending = pending.length ? pending.concat(events) : events;
      if (pending.length >= BATCH) {
        yield pending;
        pending = [];
      }
    }
  } catch (err) {
    const code = (err as FileAccessError).code;
    if (code) throw InputFileError.readFailed(source.name, code);
    throw err;
  }
  return pending;
}
