/**
 * RCM's listener logs a 261 for every connection it accepts; RdpCoreTS a 131 for each it handles. Where RdpCoreTS
 * holds nothing near (a hole in its record ids, before it rolled over, after it ends), a 261 no RdpCoreTS
 * connection claims is a connection of its own: one attempt each, never dropped. Where RdpCoreTS was logging, an
 * unclaimed 261 is not an attempt (it is counted in an attack's lower bound instead).
 */
import { describe, expect, it } from 'vitest';
import { correlate } from '../../src/correlate/index.js';
import { eventsFromXml } from '../helpers/pipeline.js';
import { CORE, eventMaker, RCM, type TestEvent, wevtutilStream } from '../helpers/xml-events.js';

const HOST = 'RDSH09.corp.example.test';
const event = eventMaker(HOST);
const listener = (time: string): TestEvent => event(RCM, 261, time, { userData: { listenerName: 'RDP-Tcp' } });
const core = (id: number, time: string, activity: string, data: Record<string, string>): TestEvent =>
  event(CORE, id, time, { activity, eventData: data });
const connection = (time: string, n: number, address: string): TestEvent[] => {
  const act = `{F4209${String(n).padStart(3, '0')}-0000-4000-8000-000000000000}`;
  return [
    core(131, time, act, { ConnType: 'TCP', ClientIP: `${address}:5${n}000` }),
    core(103, time.replace(/\.\d+Z$/, '.900Z'), act, { ReasonCode: '14' }),
  ];
};

/** The first connection of each test: the listener's 261 at 09:00, then RdpCoreTS holding it. */
const heldAtNine = (): TestEvent[] => [
  listener('2024-03-05T09:00:00.000Z'),
  ...connection('2024-03-05T09:00:00.400Z', 1, '192.0.2.10'),
];

function attempts(events: TestEvent[]) {
  return correlate(eventsFromXml(wevtutilStream(events))).filter((a) => a.side === 'server');
}

describe('listener connections RdpCoreTS does not hold', () => {
  it('are one attempt each inside a silence of RdpCoreTS (a hole), also three within a second', () => {
    const events = [
      ...heldAtNine(),
      listener('2024-03-05T10:30:00.000Z'),
      listener('2024-03-05T10:30:00.300Z'),
      listener('2024-03-05T10:30:00.600Z'),
      listener('2024-03-05T10:45:00.000Z'),
      listener('2024-03-05T12:00:00.000Z'),
      ...connection('2024-03-05T12:00:00.400Z', 2, '192.0.2.11'),
    ];
    const found = attempts(events);
    expect(found.map((a) => a.start.slice(11, 23))).toEqual([
      '09:00:00.000',
      '10:30:00.000',
      '10:30:00.300',
      '10:30:00.600',
      '10:45:00.000',
      '12:00:00.000',
    ]);
    for (const a of found.slice(1, 5)) expect(a.events.map((e) => e.eventId)).toEqual([261]);
  });

  it('where RdpCoreTS was logging, an unclaimed 261 is still one attempt of its own (every connection the listener accepted)', () => {
    const events = [
      ...heldAtNine(),
      listener('2024-03-05T09:02:00.000Z'),
      listener('2024-03-05T09:04:00.000Z'),
      ...connection('2024-03-05T09:04:00.400Z', 2, '192.0.2.11'),
    ];
    const got = attempts(events);
    expect(got.map((a) => a.start.slice(11, 23))).toEqual(['09:00:00.000', '09:02:00.000', '09:04:00.000']);
    // Only the listener's acceptance is logged of it: unknown, with the reason, never dropped nor failed.
    expect(got[1].outcome).toBe('unknown');
    expect(got[1].outcomeReason).toMatch(/only the listener accepting it \(RCM 261\) is logged/);
  });
});
