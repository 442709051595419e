/**
 * Hostile input, round 4 (issue #51): an RdpCoreTS ActivityID names one connection only while it lives. The same
 * ActivityIDs logged again days later (a crafted log, a GUID source that repeats), the TCP connection's and its UDP
 * side transport's, are another connection's: its UDP accept and what follows under the UDP ActivityID go to the
 * later attempt, never folding days into the first. Fictional hosts and addresses (samples/README.md).
 */
import { describe, expect, it } from 'vitest';
import type { DiagnosedAttempt } from '../../src/diagnose/analyze.js';
import { analyzeXml } from '../helpers/pipeline.js';
import { CORE, eventMaker, RCM, type TestEvent, wevtutilStream } from '../helpers/xml-events.js';

const HOST = 'RDSH51.corp.example.test';
const event = eventMaker(HOST);
const at = (base: string, seconds: number) => new Date(Date.parse(base) + seconds * 1000).toISOString();
const core = (id: number, time: string, activity: string, data: Record<string, string> = {}): TestEvent =>
  event(CORE, id, time, { activity, eventData: data });
const rcm = (id: number, time: string, data: Record<string, string>, activity: string): TestEvent =>
  event(RCM, id, time, { activity, userData: data });

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
      const attempts = analyzeXml(wevtutilStream([...connection(t, 52000), ...connection(later, 52100)])).attempts;
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
    const attempts = analyzeXml(wevtutilStream(events)).attempts;
    expect(attempts.map(ids)).toEqual([[131, 261, 65, 131, 131, 68]]);
  });
});
