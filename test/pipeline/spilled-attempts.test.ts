// Attempts put aside once their computer is done (src/pipeline/by-computer.ts): their records, tries and events
// read back from the spill as the report asks, the fleet pass seeing the events it reads, the report all of them;
// held events the same objects, the others copies naming their attempt; the output sanitizer sees every field.
import { describe, expect, it } from 'vitest';
import type { DiagnosedAttempt } from '../../src/diagnose/analyze.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { EVENT_ATTEMPT, heldEvents, LAZY_FIELDS, memorySpill } from '../../src/model/spill.js';
import { SpilledAttempts } from '../../src/pipeline/spilled-attempts.js';
import { escapeControlsDeep } from '../../src/report/sanitize.js';

const event = (eventId: number, timeMs: number, computer = 'RDSH01'): NormalizedEvent => ({
  timestamp: new Date(Number.isFinite(timeMs) ? timeMs : 0).toISOString(),
  timeMs,
  channel: 'Security',
  provider: { name: 'Microsoft-Windows-Security-Auditing' },
  eventId,
  recordId: eventId,
  computer,
  data: { LogonType: '10' },
  source: { file: 'a.evtx', format: 'evtx' },
});

function attempt(id: string, events: NormalizedEvent[], probeEvents: NormalizedEvent[] = []): DiagnosedAttempt {
  return {
    causes: [],
    id,
    computer: events[0]!.computer,
    events,
    probeEvents,
    clientEvents: [],
    records: events.map((e) => ({ computer: e.computer, channel: e.channel, eventId: e.eventId, time: e.timestamp })),
    tries: [{ time: events[0]!.timestamp, outcome: 'succeeded', records: [] }],
  } as unknown as DiagnosedAttempt;
}

describe('attempts put aside', () => {
  it('read back records and tries, and the same fields as before', () => {
    const spilled = new SpilledAttempts(memorySpill());
    const a = attempt('A001', [event(261, 1000), event(4624, 2000)]);
    const b = spilled.put(a);
    expect(b.records).toEqual(a.records);
    expect(b.tries).toEqual(a.tries);
    expect(b.events).toBe(a.events);
    expect((b as unknown as { [LAZY_FIELDS]: string[] })[LAZY_FIELDS]).toEqual(Object.keys(a));
    b.records = [];
    expect(b.records).toEqual([]);
  });

  it('keep every field as it was, in columns: texts once, times from their milliseconds, set later included', () => {
    const spilled = new SpilledAttempts(memorySpill());
    const events = [event(261, Date.UTC(2024, 4, 10, 6, 0, 1, 7)), event(4624, Date.UTC(2024, 4, 10, 6, 10, 6, 42))];
    const a = {
      ...attempt('A007', events),
      side: 'server',
      start: '2024-05-10T06:00:01.0070000Z',
      end: '2024-05-10T06:10:06.0420014Z',
      startMs: events[0]!.timeMs,
      endMs: events[1]!.timeMs,
      client: { address: '198.51.100.2', port: 49153, name: 'WS-1' },
      server: { name: 'RDSH01' },
      connection: 'tcp',
      progress: { accepted: true, session: true },
      outcome: 'succeeded',
      mergedProbes: 0,
      user: 'CORP\\user1',
      outcomeRule: 'a logon completed',
      via: { gateway: 'GW01' },
    } as unknown as DiagnosedAttempt;
    // A time past what its milliseconds say (a raw FILETIME) and an id of another form are kept as they are.
    const odd = { ...a, id: 'B7', start: 'FILETIME 0x7fffffffffffffff', client: { address: 'x', extra: 1 } };
    const [b, c] = [spilled.put(a), spilled.put(odd as DiagnosedAttempt)];
    for (const [put, was] of [
      [b, a],
      [c, odd],
    ] as const)
      for (const key of Object.keys(was))
        expect((put as unknown as Record<string, unknown>)[key], key).toEqual((was as Record<string, unknown>)[key]);
    expect(b.server).toBe(c.server);
    expect(Object.isFrozen(b.server)).toBe(true);
    b.id = 'A1234';
    b.healthProbe = true;
    c.id = 'A002';
    expect([b.id, b.healthProbe, c.id]).toEqual(['A1234', true, 'A002']);
    expect((b as unknown as { [LAZY_FIELDS]: string[] })[LAZY_FIELDS]).toEqual([...Object.keys(a), 'healthProbe']);
    b.startMs += 1000;
    expect([b.start, b.startMs]).toEqual(['2024-05-10T06:00:01.0070000Z', a.startMs + 1000]);
    expect(Object.keys(b)).toEqual([]);
  });

  it('show the fleet pass its events, the report all of them; held ones the same objects', () => {
    const spilled = new SpilledAttempts(memorySpill());
    const [first, logon, other, cited] = [event(261, 1000), event(4624, 2000), event(66, 3000), event(22, Number.NaN)];
    const probe = event(131, 500);
    const a = attempt('A001', [first, logon, other, cited], [probe]);
    const b = spilled.put(a, { fleet: [first, logon, cited], whole: true, held: new Set([cited]) });
    expect(b.events).toEqual([...[first, logon].map((e) => ({ ...e, [EVENT_ATTEMPT]: b })), cited]);
    expect(b.events[2]).toBe(cited);
    expect(b.events[0]).not.toBe(first);
    expect((b.events[0] as { [EVENT_ATTEMPT]?: unknown })[EVENT_ATTEMPT]).toBe(b);
    expect(b.probeEvents).toEqual([]);
    expect(heldEvents(b)).toEqual([cited]);
    spilled.afterFleet();
    expect(b.events.map((e) => e.eventId)).toEqual([261, 4624, 66, 22]);
    expect(b.events[3]).toBe(cited);
    expect(Number.isNaN(b.events[3]!.timeMs)).toBe(true);
    expect(b.probeEvents).toEqual([{ ...probe, [EVENT_ATTEMPT]: b }]);
    // Without `whole`, the report reads what the fleet pass read.
    const c = spilled.put(attempt('A002', [first, logon]), { fleet: [first], whole: false, held: new Set() });
    expect(c.events.map((e) => e.eventId)).toEqual([261]);
    expect(c.probeEvents).toEqual([]);
    expect(heldEvents(c)).toEqual([]);
  });

  it("put each event aside once; a fleet list out of the events' order still gives them all in order", () => {
    const texts: string[] = [];
    const memory = memorySpill();
    const put = (text: string) => {
      texts.push(text);
      return memory.put(text);
    };
    const spilled = new SpilledAttempts({ put, get: memory.get });
    const marked = (eventId: number, timeMs: number) => ({ ...event(eventId, timeMs), data: { Mark: `m${eventId}` } });
    const [first, logon, other, last] = [marked(261, 1000), marked(4624, 2000), marked(66, 3000), marked(40, 4000)];
    const a = spilled.put(attempt('A001', [first, logon, other, last]), {
      fleet: [first, last],
      whole: true,
      held: new Set(),
    });
    const b = spilled.put(attempt('A002', [first, logon, other]), {
      fleet: [other, first],
      whole: true,
      held: new Set(),
    });
    expect(a.events.map((e) => e.eventId)).toEqual([261, 40]);
    expect(b.events.map((e) => e.eventId)).toEqual([66, 261]);
    spilled.afterFleet();
    expect(a.events.map((e) => e.eventId)).toEqual([261, 4624, 66, 40]);
    expect(a.events.map((e) => e.data.Mark)).toEqual(['m261', 'm4624', 'm66', 'm40']);
    expect(b.events.map((e) => e.eventId)).toEqual([261, 4624, 66]);
    const [aFleet, aBody] = texts;
    for (const mark of ['m261', 'm4624', 'm66', 'm40'])
      expect(`${aFleet}${aBody}`.split(`"${mark}"`).length - 1).toBe(1);
  });

  it('are escaped by the output sanitizer as their fields are read back, none read back before', () => {
    const memory = memorySpill();
    let reads = 0;
    const get = (handle: number) => {
      reads++;
      return memory.get(handle);
    };
    const spilled = new SpilledAttempts({ put: memory.put, get });
    const clean = spilled.put(attempt('A001', [event(4624, 1000)]), {
      fleet: [],
      whole: false,
      held: new Set(),
    });
    const dirty = spilled.put(attempt('A002', [event(4624, 1000, 'RDSH\u001b[2J')]), {
      fleet: [event(4624, 1000, 'RDSH\u001b[2J')],
      whole: false,
      held: new Set(),
    });
    const model = { attempts: [clean, dirty], takeover: { attempt: dirty } };
    const escaped = escapeControlsDeep(model);
    expect(reads).toBe(0);
    expect(escaped.takeover.attempt).toBe(escaped.attempts[1]);
    expect(escaped.attempts[1]!.computer).toBe('RDSH\\x1b[2J');
    expect(escaped.attempts[1]!.records![0]!.computer).toBe('RDSH\\x1b[2J');
    expect(escaped.attempts[1]!.events[0]!.computer).toBe('RDSH\\x1b[2J');
    expect(escaped.attempts[1]!.tries).toEqual(dirty.tries);
    expect(reads).toBeGreaterThan(0);
    expect(escaped.attempts[0]!.records).toEqual(clean.records);
    expect([escaped.attempts[0]!.id, escaped.attempts[0]!.start]).toEqual([clean.id, clean.start]);
    expect(dirty.records![0]!.computer).toBe('RDSH\u001b[2J');
    expect(dirty.computer).toBe('RDSH\u001b[2J');
    // Set on the view, a field is the view's.
    escaped.attempts[1]!.user = 'someone';
    expect([escaped.attempts[1]!.user, dirty.user]).toEqual(['someone', undefined]);
    // The view escapes again what it shows, as a value walked twice is.
    expect(escapeControlsDeep(escaped).attempts[1]!.events[0]!.computer).toBe('RDSH\\x1b[2J');
  });
});
