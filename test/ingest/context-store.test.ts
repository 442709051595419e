import { describe, expect, it } from 'vitest';
import { ContextStore } from '../../src/ingest/context-store.js';
import { compareEvents } from '../../src/ingest/timeline.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { instantFromFiletime } from '../../src/model/time.js';
import { schannel } from '../helpers/schannel.js';

/** What analysis keeps of a context event (as slim.ts keeps it). */
function slim(e: NormalizedEvent): NormalizedEvent {
  const s: NormalizedEvent = {
    timestamp: e.timestamp,
    timeMs: e.timeMs,
    channel: e.channel,
    provider:
      e.provider.eventSourceName === undefined
        ? { name: e.provider.name }
        : { name: e.provider.name, eventSourceName: e.provider.eventSourceName },
    eventId: e.eventId,
    computer: e.computer,
    data: e.data,
    source: { file: e.source.file, format: e.source.format },
    recordId: e.recordId,
  };
  if (e.userSid !== undefined) s.userSid = e.userSid;
  if (e.message !== undefined) s.message = e.message;
  return s;
}

const sorted = (list: NormalizedEvent[]) => [...list].sort(compareEvents);

describe('ContextStore', () => {
  it('gives back every event as its slim copy, exact timestamps and record ids, the odd ones kept whole', () => {
    const events: NormalizedEvent[] = [];
    // One shape over several chunks (doubling, then 64 KiB each), times with 100 ns digits, out of order: about 6
    // bytes an event, so 12,000 fill the doubled bytes to a full 64 KiB chunk and start the next (as 20,000 did).
    for (let i = 0; i < 12_000; i++) {
      const ticks = String((i * 7919) % 10_000_000).padStart(7, '0');
      const second = String((i * 13) % 60).padStart(2, '0');
      events.push(schannel(100_000 - i, `2024-05-02T09:${String(i % 60).padStart(2, '0')}:${second}.${ticks}Z`));
    }
    const big = 2 ** 53 + 2;
    const odd = [
      // no record id: kept whole
      schannel(undefined, '2024-05-02T10:00:00.0000001Z'),
      // record id above 2^53 (its digits): kept whole
      schannel(String(big), '2024-05-02T10:00:00.0000002Z'),
      // a time past year 9999: kept whole
      { ...schannel(7, '2024-05-02T10:00:00Z'), ...timeOf(instantFromFiletime(0xffffffff, 0x7fffffff)) },
      // more fields than are shared: kept whole
      schannel(8, '2024-05-02T10:00:01.9999999Z', {
        data: Object.fromEntries(Array.from({ length: 9 }, (_, k) => [`F${k}`, String(k)])),
      }),
      // other shapes: a classic source, no user SID, a message, another computer and file
      schannel(9, '1999-12-31T23:59:59.9990001Z', {
        provider: { name: 'Microsoft-Windows-Schannel', eventSourceName: 'Schannel' },
        userSid: undefined,
        message: 'A fatal alert was generated: 40. from 198.51.100.7',
        computer: 'EDGE01',
        source: { file: 'other/System.xml', format: 'xml-events', line: 12 },
      }),
      // a time before 1970
      schannel(10, '1601-01-01T00:00:00.0000001Z'),
      // the largest record id stored (a large step from the previous one), and the year 9999
      schannel(2 ** 48 - 1, '9999-12-31T23:59:59.9999999Z'),
      // a record id too large to store: kept whole
      schannel(2 ** 48, '2024-05-02T10:00:02Z'),
    ];
    for (const e of odd) if (e.userSid === undefined) delete e.userSid;
    const all = [...events, ...odd];
    const store = new ContextStore();
    for (const e of all) store.add(e);
    expect(store.size).toBe(all.length);
    const back = sorted(store.all());
    expect(back).toEqual(sorted(all.map(slim)));
    // Shapes share their values; absent optional fields stay absent.
    const first = back.find((e) => e.recordId === 100_000);
    const second = back.find((e) => e.recordId === 99_999);
    expect(second?.data).toBe(first?.data);
    expect('message' in (first as object)).toBe(false);
    // Each shape's first event in timeline order, and the events kept whole.
    const firsts = sorted(store.firsts());
    // The first shape's earliest event is the one of 1601; odd[0..3] and odd[7] are kept whole; odd[4] is a shape.
    expect(firsts).toEqual(sorted([odd[5], odd[0], odd[1], odd[2], odd[3], odd[4], odd[7]].map(slim)));
  });

  it('tells apart events of one id that differ in a field, its order, the file or the user', () => {
    const store = new ContextStore();
    const t = (s: number) => `2024-05-02T09:00:${String(s).padStart(2, '0')}.0000000Z`;
    const variants: NormalizedEvent[] = [
      schannel(1, t(1), { data: { AlertDesc: '40', ErrorState: '1205' } }),
      schannel(2, t(2), { data: { AlertDesc: '70', ErrorState: '1205' } }),
      schannel(3, t(3), { data: { ErrorState: '1205', AlertDesc: '40' } }),
      schannel(4, t(4), { data: { AlertDesc: '40' } }),
      schannel(5, t(5), { data: { AlertDesc: '40', ErrorState: '1205' }, userSid: 'S-1-5-20' }),
      schannel(6, t(6), {
        data: { AlertDesc: '40', ErrorState: '1205' },
        source: { file: 'Other.evtx', format: 'evtx' },
      }),
    ];
    // Each variant right after the first (the shape its id had last), and the first right after it.
    const all: NormalizedEvent[] = [];
    for (let round = 0; round < 3; round++)
      for (const v of variants.slice(1))
        for (const e of [variants[0], v, variants[0]]) all.push({ ...e, recordId: all.length + 1 });
    for (const e of all) store.add(e);
    expect(store.firsts()).toHaveLength(variants.length);
    expect(store.all()).toEqual(sorted(all.map(slim)));
  });

  it('makes events only of the times inside their computer spans', () => {
    const store = new ContextStore();
    const at = (s: number, computer = 'RDSH01.corp.example.test', id = s) =>
      schannel(id, `2024-05-02T09:00:${String(s).padStart(2, '0')}.5000000Z`, { computer });
    for (let s = 0; s < 60; s++) store.add(at(s));
    store.add(at(30, 'OTHER', 1000));
    store.add({ ...at(31, 'RDSH01.corp.example.test', 1001), recordId: String(2n ** 60n) });
    const base = Date.parse('2024-05-02T09:00:00Z');
    const spans = new Map<string, [number, number][]>([
      [
        'RDSH01.corp.example.test',
        [
          [base + 10_000, base + 12_500],
          [base + 31_000, base + 31_500],
          [base + 59_400, base + 70_000],
        ],
      ],
    ]);
    const got = sorted(store.select((c) => spans.get(c)));
    expect(got.map((e) => e.recordId)).toEqual([10, 11, 12, 31, String(2n ** 60n), 59]);
    expect(got[0].timestamp).toBe('2024-05-02T09:00:10.5000000Z');
  });

  it('selects by span whatever order the times were added in', () => {
    // Seeded: mostly forward in time, with jumps back (a log exported out of order, two files of one shape).
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const base = Date.parse('2024-05-02T09:00:00Z');
    let split = 0;
    let events = 0;
    for (let round = 0; round < 20; round++) {
      const store = new ContextStore();
      let ms = base + Math.floor(random() * 60_000);
      for (let i = 0; i < 300; i++) {
        ms += random() < 0.15 ? -Math.floor(random() * 40_000) : Math.floor(random() * 900);
        const computer = random() < 0.2 ? 'OTHER' : 'RDSH01.corp.example.test';
        store.add(schannel(i + 1, new Date(ms).toISOString(), { computer }));
      }
      const spans: [number, number][] = [];
      let from = base - 50_000 + Math.floor(random() * 5_000);
      while (spans.length < 6) {
        const to = from + Math.floor(random() * 8_000);
        spans.push([from, to]);
        from = to + 1 + Math.floor(random() * 15_000);
      }
      if (round % 5 === 0) spans.push([from, from]);
      const spansOf = (c: string) => (c === 'OTHER' ? undefined : spans);
      const expected = store
        .all()
        .filter((e) => e.computer !== 'OTHER' && spans.some(([a, b]) => a <= e.timeMs && e.timeMs <= b));
      expect(sorted(store.select(spansOf))).toEqual(sorted(expected));
      // In runs: each of one computer and id and in timeline order, together the same events.
      const runs = store.selectRuns(spansOf);
      expect(sorted(runs.flat())).toEqual(sorted(expected));
      for (const run of runs) {
        expect(run.length).toBeGreaterThan(0);
        expect(new Set(run.map((e) => `${e.computer}|${e.eventId}`)).size).toBe(1);
        expect([...run].sort(compareEvents)).toEqual(run);
      }
      expect(runs.length).toBeLessThanOrEqual(expected.length);
      split += runs.length - new Set(runs.map((r) => r[0].computer)).size;
      events += expected.length;
    }
    // Times that went back started new runs, and runs are longer than one event.
    expect(split).toBeGreaterThan(0);
    expect(split).toBeLessThan(events / 2);
  });
});

function timeOf(t: { iso: string; ms: number }): Pick<NormalizedEvent, 'timestamp' | 'timeMs'> {
  return { timestamp: t.iso, timeMs: t.ms };
}
