/**
 * The time the logs cover, as a reader should be told it: the span of the bulk of the events, and apart
 * from it the few stray records far before or after it (a System log's first record dated from the
 * Windows image's build years earlier, a record with a clock set to 2099), each named.
 */
import type { NormalizedEvent } from '../model/event.js';
import type { RecordId } from '../model/record-id.js';
import { isRawTime } from '../model/time.js';

/** A record far from all the others in time, named so a reader can find it. */
export interface StrayRecord {
  time: string;
  computer: string;
  channel: string;
  recordId?: RecordId;
}

/** The span of the bulk of the events; `stray`: the records left out of it, oldest first. */
export interface LogTimeSpan {
  start: string;
  end: string;
  stray?: StrayRecord[];
}

/** At most this many records are stray at each end. */
const MAX_STRAY = 8;
/** A stray record is at least this far from the rest... */
const MIN_GAP_MS = 30 * 86_400_000;
/** ...and farther from them than this many times the span the rest cover. */
const GAP_TO_SPAN = 10;
/** And strays are at most this share of all events (1 in 100): a log of two periods is two periods. */
const MAX_STRAY_SHARE = 0.01;

type Held = Pick<NormalizedEvent, 'timestamp' | 'timeMs' | 'computer' | 'channel' | 'recordId'>;

/** A `TimeSpanTracker`'s state: how many events it saw, the earliest and the latest few of them. */
export interface TimeSpanState {
  count: number;
  low: readonly Held[];
  high: readonly Held[];
}

/** Keeps the earliest and the latest few events as they pass (in any order), then says the span. */
export class TimeSpanTracker {
  /** The earliest events, oldest first. */
  private readonly low: Held[] = [];
  /** The latest events, newest first. */
  private readonly high: Held[] = [];
  private count = 0;

  add(e: NormalizedEvent): void {
    this.count++;
    const keep = MAX_STRAY + 1;
    const low = this.low;
    if (low.length < keep || e.timestamp < low[low.length - 1].timestamp) {
      let i = low.length;
      while (i > 0 && e.timestamp < low[i - 1].timestamp) i--;
      low.splice(i, 0, held(e));
      if (low.length > keep) low.pop();
    }
    const high = this.high;
    if (high.length < keep || e.timestamp > high[high.length - 1].timestamp) {
      let i = high.length;
      while (i > 0 && e.timestamp > high[i - 1].timestamp) i--;
      high.splice(i, 0, held(e));
      if (high.length > keep) high.pop();
    }
  }

  /** What it holds, as plain data (`analyze --shard`), for another tracker to `absorb`. */
  export(): TimeSpanState {
    return { count: this.count, low: this.low, high: this.high };
  }

  /** Adds what another tracker saw (of other events: another shard's computers), as if they had passed here. */
  absorb(state: TimeSpanState): void {
    const keep = MAX_STRAY + 1;
    // The earliest few of both are the earliest few of all (on a tie, this one's first, as if read first).
    const low = [...this.low, ...state.low].sort((x, y) =>
      x.timestamp < y.timestamp ? -1 : x.timestamp > y.timestamp ? 1 : 0,
    );
    const high = [...this.high, ...state.high].sort((x, y) =>
      x.timestamp > y.timestamp ? -1 : x.timestamp < y.timestamp ? 1 : 0,
    );
    this.low.splice(0, this.low.length, ...low.slice(0, keep));
    this.high.splice(0, this.high.length, ...high.slice(0, keep));
    this.count += state.count;
  }

  /**
   * What is wrong with a state another tracker exported, if it is not what `export` gives (read from a shard file):
   * a whole count, and as many earliest and latest events as a tracker keeps of that many (all of them up to
   * MAX_STRAY + 1), else the span would be read from events that are not there.
   */
  static stateProblem(state: TimeSpanState): string | undefined {
    if (!Number.isSafeInteger(state.count) || state.count < 0) return 'a count of events that is no whole number';
    const kept = Math.min(state.count, MAX_STRAY + 1);
    if (state.low.length !== kept || state.high.length !== kept)
      return `${state.low.length} earliest and ${state.high.length} latest events kept of ${state.count} (a tracker keeps ${kept} of each)`;
    return undefined;
  }

  span(): LogTimeSpan | undefined {
    if (this.count === 0) return undefined;
    const maxStray = Math.floor(this.count * MAX_STRAY_SHARE);
    const rawEnd = this.high[0];
    let lead = leadingStrays(this.low, rawEnd.timeMs, maxStray);
    const trail = trailingStrays(this.high, this.low[lead].timeMs, maxStray);
    lead = leadingStrays(this.low, this.high[trail].timeMs, maxStray);
    const stray = [...this.low.slice(0, lead), ...this.high.slice(0, trail).reverse()].map(
      (h): StrayRecord => ({
        time: h.timestamp,
        computer: h.computer,
        channel: h.channel,
        ...(h.recordId !== undefined ? { recordId: h.recordId } : {}),
      }),
    );
    return {
      start: this.low[lead].timestamp,
      end: this.high[trail].timestamp,
      ...(stray.length ? { stray } : {}),
    };
  }
}

function held(e: NormalizedEvent): Held {
  return { timestamp: e.timestamp, timeMs: e.timeMs, computer: e.computer, channel: e.channel, recordId: e.recordId };
}

/** How many of the earliest events (oldest first) lie far before the rest, which end at `endMs`. */
function leadingStrays(low: Held[], endMs: number, maxStray: number): number {
  for (let i = 1; i <= Math.min(maxStray, low.length - 1); i++) {
    const gap = low[i].timeMs - low[i - 1].timeMs;
    if (gap > MIN_GAP_MS && gap > GAP_TO_SPAN * (endMs - low[i].timeMs)) return i;
  }
  return 0;
}

/** How many of the latest events (newest first) lie far after the rest, which begin at `startMs`. */
function trailingStrays(high: Held[], startMs: number, maxStray: number): number {
  for (let i = 1; i <= Math.min(maxStray, high.length - 1); i++) {
    // A time past year 9999 (kept raw) is after everything: as far as can be.
    const gap = isRawTime(high[i - 1].timestamp) ? Number.POSITIVE_INFINITY : high[i - 1].timeMs - high[i].timeMs;
    if (gap > MIN_GAP_MS && gap > GAP_TO_SPAN * (high[i].timeMs - startMs)) return i;
  }
  return 0;
}
