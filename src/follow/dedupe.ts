/**
 * Drops records already handed on: a file replaced by a fresh export of the same log, a `wevtutil qe >`
 * re-run, an .evtx reopened after a rotation, or two inputs holding the same log. Memory is one watermark
 * per (computer, channel), whatever the run time.
 *
 * A record is old news when both its record id and its time are at or below the newest already seen for
 * its log: a cleared log restarts its record ids but not its clock, so its new records still pass.
 */
import { hostKey } from '../correlate/index.js';
import type { NormalizedEvent } from '../model/event.js';
import { compareRecordIds, type RecordId } from '../model/record-id.js';

interface Watermark {
  recordId: RecordId;
  timeMs: number;
}

const MAX_STREAMS = 10_000;

export class RecordDeduper {
  private readonly marks = new Map<string, Watermark>();
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
      const m = this.marks.get(key);
      if (m && compareRecordIds(e.recordId, m.recordId) <= 0 && e.timeMs <= m.timeMs) {
        this.duplicates++;
        continue;
      }
      out.push(e);
      if (!m) {
        if (this.marks.size >= MAX_STREAMS) this.marks.delete(this.marks.keys().next().value as string);
        this.marks.set(key, { recordId: e.recordId, timeMs: e.timeMs });
      } else {
        // Newer id, or (a cleared log starting its ids again) newer time: follow the sequence it is on.
        m.recordId = e.recordId;
        m.timeMs = Math.max(m.timeMs, e.timeMs);
      }
    }
    return out;
  }
}
