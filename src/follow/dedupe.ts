/**
 * Drops records already handed on: a file replaced by a fresh export of the same log, a `wevtutil qe >`
 * re-run, an .evtx reopened after a rotation, or two inputs holding the same log.
 *
 * Keyed on what was really handed on, per (computer, channel): ranges of record ids with the newest time
 * in each (EmittedRecords). A record is old news when its id was handed on and its time is not newer, so
 * records that come late (the oldest chunks of a wrapped log, read after its newest ones) still pass, and
 * a cleared log (its ids start again, its clock does not) passes too. Memory is a few ranges per log,
 * whatever the run time.
 */
import { hostKey } from '../correlate/index.js';
import type { NormalizedEvent } from '../model/event.js';
import { EmittedRecords } from '../model/record-id.js';

const MAX_STREAMS = 10_000;

export class RecordDeduper {
  private readonly logs = new Map<string, EmittedRecords>();
  duplicates = 0;

  /** The events not seen before, in the order given; remembers them. */
  filter(events: readonly NormalizedEvent[]): NormalizedEvent[] {
    const out: NormalizedEvent[] = [];
    for (const e of events) {
      if (e.recordId === undefined) {
        out.push(e);
        continue;
      }
      const key = `${hostKey(e.computer)}|${e.channel.toLowerCase()}`;
      let emitted = this.logs.get(key);
      if (!emitted) {
        if (this.logs.size >= MAX_STREAMS) this.logs.delete(this.logs.keys().next().value as string);
        this.logs.set(key, (emitted = new EmittedRecords()));
      }
      if (emitted.take(e.recordId, e.timeMs)) out.push(e);
      else this.duplicates++;
    }
    return out;
  }
}
