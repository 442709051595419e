/**
 * RdpCoreTS ActivityIDs reused (issue #51): a log whose connections two days later carry the ActivityIDs of earlier
 * ones (a crafted log, or a GUID source that repeats) must not fold the new connections into the old attempts (4
 * attempts of 48 h instead of 8): a second TCP accept (131) under an ActivityID whose attempt already had its own
 * opens an attempt of its own, and what follows under that ActivityID is the new connection's.
 */
import { describe, expect, it } from 'vitest';
import { correlate } from '../../src/correlate/index.js';
import { eventsFromXml } from '../helpers/pipeline.js';
import { CORE, eventMaker, type TestEvent, wevtutilStream } from '../helpers/xml-events.js';

const HOST = 'RDSH09.corp.example.test';
const event = eventMaker(HOST);
const core = (id: number, time: string, activity: string, data: Record<string, string>): TestEvent =>
  event(CORE, id, time, { activity, eventData: data });
const connection = (day: string, n: number): TestEvent[] => {
  const act = `{F4209${String(n).padStart(3, '0')}-0000-4000-8000-000000000000}`;
  const at = `2024-03-${day}T09:0${n}:00`;
  return [
    core(131, `${at}.400Z`, act, { ConnType: 'TCP', ClientIP: `192.0.2.${10 + n}:5${n}000` }),
    core(103, `${at}.900Z`, act, { ReasonCode: '14' }),
  ];
};

/** The server's attempts of `events`: 8 short ones, four of 5 March and four of 7 March. */
function expectEightOfTheirDays(events: TestEvent[]): void {
  const found = correlate(eventsFromXml(wevtutilStream(events))).filter((a) => a.side === 'server');
  expect(found).toHaveLength(8);
  for (const a of found) expect(a.endMs - a.startMs).toBeLessThan(1000);
  expect(found.map((a) => a.start.slice(0, 10))).toEqual([
    ...Array(4).fill('2024-03-05'),
    ...Array(4).fill('2024-03-07'),
  ]);
}

describe('ActivityIDs reused days later', () => {
  it('8 connections under 4 ActivityIDs are 8 attempts, each of its own day', () => {
    const events = [1, 2, 3, 4]
      .flatMap((n) => connection('05', n))
      .concat([1, 2, 3, 4].flatMap((n) => connection('07', n)));
    expectEightOfTheirDays(events);
  });

  it('the same without the later accepts (their 131s not in the log): still 8 attempts, each of its own day', () => {
    // The later connections' records start at their connection object (65): the ActivityID named the earlier
    // connection only until it closed (103).
    const withoutAccept = (n: number): TestEvent[] => {
      const [accept, ...rest] = connection('07', n);
      return [core(65, `2024-03-07T09:0${n}:00.500Z`, accept!.activity!, { ConnectionName: `RDP-Tcp#${n}` }), ...rest];
    };
    const events = [1, 2, 3, 4].flatMap((n) => connection('05', n)).concat([1, 2, 3, 4].flatMap(withoutAccept));
    expectEightOfTheirDays(events);
  });
});
