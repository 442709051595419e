/**
 * `dump --format jsonl` from an .evtx record's raw System fields (JsonlDumpWriter.headRaw: FILETIME halves,
 * record id halves, the activity GUID's bytes) against the same record's event through `head`: the same bytes,
 * or nothing written where the event holds another form (a time past 9999, a record id above 2^53).
 */
import { describe, expect, it } from 'vitest';
import { guidString } from '../../parsers/evtx/values.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { recordIdFromHalves } from '../../src/model/record-id.js';
import { instantFromFiletime } from '../../src/model/time.js';
import { JsonlDumpWriter, type RawSystemFields } from '../../src/report/event-dump.js';
import { Utf8Out } from '../../src/report/utf8-out.js';

const TICKS_PER_SECOND = 10_000_000n;
const EPOCH_SECONDS = 11644473600n;

/** The FILETIME halves of a Unix second and a tick count within it. */
function filetime(unixSeconds: bigint, ticks = 0n): [lo: number, hi: number] {
  const all = (unixSeconds + EPOCH_SECONDS) * TICKS_PER_SECOND + ticks;
  return [Number(all & 0xffffffffn), Number(all >> 32n)];
}

function raw(over: Partial<RawSystemFields>): RawSystemFields {
  const [timeLo, timeHi] = filetime(1714641247n, 5310000n);
  return {
    buf: new Uint8Array(0),
    eventId: 7036,
    level: 4,
    recordLo: 12,
    recordHi: 0,
    timeLo,
    timeHi,
    provider: 'Service Control Manager',
    channel: 'System',
    computer: 'host.example.test',
    activity: -1,
    ...over,
  };
}

/** The event the generic path gives for the same System fields. */
function eventOf(r: RawSystemFields): NormalizedEvent {
  const i = instantFromFiletime(r.timeLo, r.timeHi);
  return {
    timestamp: i.iso,
    timeMs: i.ms,
    channel: r.channel,
    provider: { name: r.provider },
    eventId: r.eventId,
    level: r.level < 0 ? undefined : r.level,
    recordId: recordIdFromHalves(r.recordLo, r.recordHi),
    activityId: r.activity < 0 ? undefined : guidString(r.buf, r.activity),
    computer: r.computer,
    data: {},
    source: { file: 'x.evtx', format: 'evtx', offset: 0 },
  };
}

function text(out: Utf8Out): string {
  return new TextDecoder().decode(out.take());
}

/** headRaw's bytes and head's, each writer used for every case in turn (its memos carried over, as in a dump). */
function both(cases: RawSystemFields[]): { raw: string[]; event: string[]; refused: number[] } {
  const a = new JsonlDumpWriter();
  const b = new JsonlDumpWriter();
  const result = { raw: [] as string[], event: [] as string[], refused: [] as number[] };
  cases.forEach((r, i) => {
    const outA = new Utf8Out(8);
    const outB = new Utf8Out(8);
    if (!a.headRaw(outA, r)) {
      expect(outA.length).toBe(0);
      result.refused.push(i);
      return;
    }
    expect(b.head(outB, eventOf(r))).toBe(true);
    result.raw.push(text(outA));
    result.event.push(text(outB));
  });
  return result;
}

describe('dump records from raw System fields', () => {
  it('timestamps: every era, day edges, leap days, every tick digit', () => {
    const seconds = [
      -11644473600n, // 1601-01-01
      -2208988800n, // 1900-01-01
      -2203891200n, // 1900-03-01 (1900 no leap year)
      -1n,
      0n,
      951782400n, // 2000-02-29
      951868799n,
      1395429248n,
      1714641247n,
      4102444799n,
      253402300799n, // 9999-12-31T23:59:59
    ];
    const ticks = [0n, 1n, 9n, 10n, 9999n, 10000n, 1234567n, 9999999n];
    const cases: RawSystemFields[] = [];
    for (const s of seconds)
      for (const t of ticks) {
        const [timeLo, timeHi] = filetime(s, t);
        cases.push(raw({ timeLo, timeHi }));
      }
    // Seconds in the same day and the next, back and forth (the writer keeps the day's date).
    for (let k = 0; k < 200; k++) {
      const [timeLo, timeHi] = filetime(1714600000n + BigInt((k * 7919) % 200000), BigInt((k * 104729) % 10000000));
      cases.push(raw({ timeLo, timeHi }));
    }
    const r = both(cases);
    expect(r.refused).toEqual([]);
    expect(r.raw).toEqual(r.event);
    expect(r.raw[0]).toContain('"timestamp":"1601-01-01T00:00:00.0000000Z"');
  });

  it('a time past 9999 and a record id above 2^53 are left to the event (their text has another form)', () => {
    const [lo, hi] = filetime(253402300800n);
    const r = both([
      raw({ timeLo: lo, timeHi: hi }),
      raw({ timeLo: 0xffffffff, timeHi: 0x7fffffff }),
      raw({ recordLo: 0, recordHi: 0x200000 }),
      raw({ recordLo: 0xffffffff, recordHi: 0x1fffff }),
    ]);
    expect(r.refused).toEqual([0, 1, 2]);
    expect(instantFromFiletime(lo, hi).iso).toMatch(/^FILETIME 0x/);
    expect(r.raw).toEqual(r.event);
    expect(r.raw[0]).toContain(`{"recordId":${2 ** 53 - 1},`);
  });

  it('numbers, names and activity GUIDs', () => {
    const buf = new Uint8Array(64);
    for (let i = 0; i < buf.length; i++) buf[i] = (i * 73 + 11) & 0xff;
    buf.fill(0xff, 16, 32);
    const r = both([
      raw({ level: -1, eventId: 0, recordLo: 0 }),
      raw({ level: 255, eventId: 65535, recordLo: 0xffffffff, recordHi: 7 }),
      raw({ eventId: 4294967295, level: 0 }),
      raw({ buf, activity: 0 }),
      raw({ buf, activity: 16 }),
      raw({ buf, activity: 48, provider: 'Microsoft-Windows-Security-Auditing', channel: 'Security' }),
      raw({ provider: 'a"b\\c', channel: 'line\nend', computer: 'é\u202e' }),
      raw({ provider: '', channel: '', computer: '' }),
    ]);
    expect(r.refused).toEqual([]);
    expect(r.raw).toEqual(r.event);
    expect(r.raw[3]).toContain(`"activityId":"${guidString(buf, 0)}"`);
    expect(r.raw[0]).toContain('"level":null');
  });
});
