/**
 * The logs' time span is the bulk's: a lone record years away (a System log's first record from the
 * Windows image's build) is named as stray, not taken as where the logs begin; two real periods stay one span.
 */
import { describe, expect, it } from 'vitest';
import { TimeSpanTracker } from '../../src/ingest/time-span.js';
import type { NormalizedEvent } from '../../src/model/event.js';

function event(iso: string, recordId: number, channel = 'Security'): NormalizedEvent {
  const timeMs = Date.parse(iso);
  return {
    timestamp: `${new Date(timeMs).toISOString().slice(0, 23)}0000Z`,
    timeMs,
    computer: 'RDSH01',
    channel,
    recordId,
  } as NormalizedEvent;
}

/** `n` events an hour apart from `start`. */
function hourly(start: string, n: number, firstId = 100): NormalizedEvent[] {
  return Array.from({ length: n }, (_, i) =>
    event(new Date(Date.parse(start) + i * 3_600_000).toISOString(), firstId + i),
  );
}

function spanOf(events: NormalizedEvent[]) {
  const t = new TimeSpanTracker();
  for (const e of events) t.add(e);
  return t.span();
}

describe('the logs time span', () => {
  const bulk = hourly('2020-09-17T15:00:00Z', 300);

  it('leaves out a lone record years before the rest and names it', () => {
    const stray = event('2014-03-21T19:14:08Z', 1, 'System');
    const s = spanOf([stray, ...bulk]);
    expect(s?.start).toBe(bulk[0].timestamp);
    expect(s?.end).toBe(bulk[bulk.length - 1].timestamp);
    expect(s?.stray).toEqual([{ time: stray.timestamp, computer: 'RDSH01', channel: 'System', recordId: 1 }]);
  });

  it('in any reading order, at either end', () => {
    const before = event('2014-03-21T19:14:08Z', 1, 'System');
    const after = event('2099-01-01T00:00:00Z', 999, 'Application');
    const shuffled = [...bulk.slice(150), after, ...bulk.slice(0, 150).reverse(), before];
    const s = spanOf(shuffled);
    expect(s?.start).toBe(bulk[0].timestamp);
    expect(s?.end).toBe(bulk[bulk.length - 1].timestamp);
    expect(s?.stray?.map((r) => r.recordId)).toEqual([1, 999]);
  });

  it('keeps two real periods as one span, and says nothing is stray without a far gap', () => {
    const two = [...hourly('2023-01-01T00:00:00Z', 100), ...hourly('2024-01-01T00:00:00Z', 100, 1000)];
    expect(spanOf(two)?.stray).toBeUndefined();
    expect(spanOf(two)?.start).toBe(two[0].timestamp);
    expect(spanOf(bulk)).toEqual({ start: bulk[0].timestamp, end: bulk[bulk.length - 1].timestamp });
  });

  it('calls no record stray in a log too small to tell (one in ten is not a stray)', () => {
    const small = [event('2014-03-21T19:14:08Z', 1), ...hourly('2020-09-17T15:00:00Z', 9)];
    expect(spanOf(small)?.stray).toBeUndefined();
    expect(spanOf(small)?.start).toBe(small[0].timestamp);
  });
});
