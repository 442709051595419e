/**
 * Hostile input, round 4 (issue #51): an RdpCoreTS ActivityID names one connection only while it lives. The same
 * ActivityIDs logged again days later (a crafted log, a GUID source that repeats), the TCP connection's and its UDP
 * side transport's, are another connection's: its UDP accept and what follows under the UDP ActivityID go to the
 * later attempt, never folding days into the first. Fictional hosts and addresses (samples/README.md).
 */
import { describe, expect, it } from 'vitest';
import type { DiagnosedAttempt } from '../../src/diagnose/analyze.js';
import { analyzeTestEvents } from '../helpers/pipeline.js';
import { connectionEvents, eventMaker, secondsAfter, type TestEvent } from '../helpers/xml-events.js';

const HOST = 'RDSH51.corp.example.test';
const event = eventMaker(HOST);
const at = secondsAfter;
const { core, rcm, lsm } = connectionEvents(event);

const TCP = '{F4205100-0000-4000-8000-00000000000A}';
const UDP = '{F4205100-0000-4000-8000-00000000000B}';
const CLIENT = '192.0.2.10';

/** One connection at `t`: its TCP accept, listener, UDP side transport 0.7 s later and a timing record under it. */
const connection = (t: string, port: number): TestEvent[] => [
  core(131, t, TCP, { ConnType: 'TCP', ClientIP: `${CLIENT}:${port}` }),
  rcm(261, at(t, 0.001), { listenerName: 'RDP-Tcp' }, TCP),
  core(65, at(t, 0.002), TCP, { ConnectionName: 'RDP-Tcp#7' }),
  core(131, at(t, 0.7), UDP, { ConnType: 'UDP', ClientIP: `${CLIENT}:${port}` }),
  core(68, at(t, 2.4), UDP, { ConnectionName: 'RDP-Tcp#7' }),
];

const span = (a: DiagnosedAttempt) => a.endMs - a.startMs;
const ids = (a: DiagnosedAttempt) => (a.records ?? []).map((r) => r.eventId);

describe('an ActivityID reused days later is another connection', () => {
  const t = '2024-05-10T08:03:46Z';
  for (const days of [2, 7])
    it(`the same TCP and UDP ActivityIDs ${days} days later: two attempts of seconds each`, () => {
      const later = at(t, days * 86_400);
      const attempts = analyzeTestEvents([...connection(t, 52000), ...connection(later, 52100)]).attempts;
      expect(attempts.map(ids)).toEqual([
        [131, 261, 65, 131, 68],
        [131, 261, 65, 131, 68],
      ]);
      for (const a of attempts) expect(span(a)).toBeLessThan(5_000);
      expect(attempts.map((a) => a.activityIds)).toEqual([
        [TCP, UDP],
        [TCP, UDP],
      ]);
    });

  it('near miss: a second UDP accept under the ActivityID within the connection stays its own', () => {
    const events = [
      ...connection(t, 52000),
      core(131, at(t, 1.5), UDP, { ConnType: 'UDP', ClientIP: `${CLIENT}:52000` }),
    ];
    const attempts = analyzeTestEvents(events).attempts;
    expect(attempts.map(ids)).toEqual([[131, 261, 65, 131, 131, 68]]);
  });
});

/**
 * The same without a new accept: records under a reused ActivityID that RdpCoreTS logs after a 131 (the log holds
 * none: older than it, or left out by whoever wrote it). The ActivityID named the first connection only until it
 * closed (RdpCoreTS 102/103 and its teardown), or, with no close logged, until a record a connection logs once came
 * again; a session open for days keeps every record of its ActivityID, its close logged days later.
 */
describe('records under an ActivityID reused days later, no new accept', () => {
  const t = '2024-05-10T08:03:46Z';
  const later = at(t, 2 * 86_400);
  /** A connection's records after its accept: connection object, security exchange, session, logon at `s`. */
  const opened = (s: string): TestEvent[] => [
    core(65, at(s, 0.002), TCP, { ConnectionName: 'RDP-Tcp#7' }),
    core(98, at(s, 1.1), TCP),
    core(66, at(s, 2.0), TCP, { ConnectionName: 'RDP-Tcp#7', SessionID: '3' }),
    lsm(21, at(s, 2.4), { User: 'CORP\\ana', SessionID: '3', Address: CLIENT }, TCP),
    lsm(22, at(s, 2.5), { User: 'CORP\\ana', SessionID: '3', Address: CLIENT }, TCP),
  ];
  /** Its close at `s`: RdpCoreTS's teardown, the session manager's disconnect. */
  const closed = (s: string): TestEvent[] => [
    core(102, s, TCP),
    core(103, at(s, 0.05), TCP, { ReasonCode: '11' }),
    lsm(24, at(s, 0.4), { User: 'CORP\\ana', SessionID: '3', Address: CLIENT }, TCP),
    lsm(40, at(s, 0.45), { Session: '3', Reason: '11' }, TCP),
  ];
  const accepted = (s: string): TestEvent[] => [
    core(131, s, TCP, { ConnType: 'TCP', ClientIP: `${CLIENT}:52000` }),
    rcm(261, at(s, 0.001), { listenerName: 'RDP-Tcp' }, TCP),
  ];

  it('after the first connection closed: the later records are an attempt of their own', () => {
    const events = [...accepted(t), ...opened(t), ...closed(at(t, 60)), ...opened(later), ...closed(at(later, 30))];
    const attempts = analyzeTestEvents(events).attempts;
    expect(attempts).toHaveLength(2);
    expect(attempts.map((a) => a.start.slice(0, 10))).toEqual(['2024-05-10', '2024-05-12']);
    for (const a of attempts) expect(span(a)).toBeLessThan(120_000);
    expect(attempts.map(ids)).toEqual([
      [131, 261, 65, 98, 66, 21, 22, 102, 103, 24, 40],
      [65, 98, 66, 21, 22, 102, 103, 24, 40],
    ]);
  });

  it('the first connection never closed in the log: its opening records again are another connection', () => {
    const events = [...accepted(t), ...opened(t), ...opened(later), ...closed(at(later, 30))];
    const attempts = analyzeTestEvents(events).attempts;
    expect(attempts.map(ids)).toEqual([
      [131, 261, 65, 98, 66, 21, 22],
      [65, 98, 66, 21, 22, 102, 103, 24, 40],
    ]);
    expect(attempts.map((a) => a.start.slice(0, 10))).toEqual(['2024-05-10', '2024-05-12']);
  });

  it("the listener's 261 under the reused ActivityID, the first connection's not logged: the later one's", () => {
    // The listener logs its 261 a moment before RdpCoreTS's accept.
    const [accept, listener] = accepted(t);
    const events = [
      accept!,
      ...opened(t),
      ...closed(at(t, 60)),
      { ...listener!, time: at(later, -0.002) },
      ...accepted(later).slice(0, 1),
      ...opened(later),
    ];
    const attempts = analyzeTestEvents(events).attempts;
    expect(attempts.map(ids)).toEqual([
      [131, 65, 98, 66, 21, 22, 102, 103, 24, 40],
      [261, 131, 65, 98, 66, 21, 22],
    ]);
  });

  it('a stray record of no connection days after the close: no step of the closed one', () => {
    const events = [...accepted(t), ...opened(t), ...closed(at(t, 60)), core(103, later, TCP, { ReasonCode: '14' })];
    const attempts = analyzeTestEvents(events).attempts;
    expect(attempts).toHaveLength(1);
    expect(span(attempts[0]!)).toBeLessThan(120_000);
  });

  it('near miss: a session open three days, closed then under its ActivityID, is one attempt', () => {
    const end = at(t, 3 * 86_400);
    const attempts = analyzeTestEvents([...accepted(t), ...opened(t), ...closed(end)]).attempts;
    expect(attempts.map(ids)).toEqual([[131, 261, 65, 98, 66, 21, 22, 102, 103, 24, 40]]);
    expect(attempts[0]!.end.slice(0, 10)).toBe('2024-05-13');
  });
});
