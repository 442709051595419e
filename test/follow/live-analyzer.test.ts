import { describe, expect, it } from 'vitest';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { LiveAnalyzer } from '../../src/follow/live-analyzer.js';
import { eventsFromXml } from '../helpers/pipeline.js';
import { wevtutilStream, type TestEvent } from '../helpers/xml-events.js';
import { badPassword, verdict } from './helpers.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';

describe('LiveAnalyzer gives the correlator the end of the log, not invented events', () => {
  const rcmOnly = (events: TestEvent[]) =>
    eventsFromXml(
      wevtutilStream(
        events.map((e) => ({
          ...e,
          channel: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
          provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
        })),
      ),
    );
  const lone1149 = rcmOnly([
    {
      id: 1149,
      time: '2024-06-01T09:00:00.0000000Z',
      record: 1,
      userData: { Param1: 'zoe', Param2: 'CORP', Param3: '192.0.2.9' },
    },
  ]);

  it('a lone RCM 1149 (an RCM-only export) is succeeded offline, event by event and read at once', () => {
    expect(analyzeEvents(lone1149).attempts.map(verdict)).toEqual([
      '2024-06-01T09:00:00.0000000Z|RDSH01.corp.example.test|192.0.2.9 succeeded -',
    ]);
    const [e] = lone1149;
    const byEvent = new LiveAnalyzer();
    byEvent.add([e], e.timeMs);
    const got = [...byEvent.run(e.timeMs).attempts];
    for (const t of [5_000, 31_000, 120_000]) got.push(...byEvent.run(e.timeMs + t).attempts);
    expect(got.map(verdict)).toEqual(analyzeEvents(lone1149).attempts.map(verdict));

    const backlog = new LiveAnalyzer();
    backlog.add(lone1149, 0);
    expect([...backlog.run(0).attempts, ...backlog.run(120_000).attempts].map(verdict)).toEqual(
      analyzeEvents(lone1149).attempts.map(verdict),
    );
  });
});

describe('LiveAnalyzer timing', () => {
  it('reports an attempt with no ending only after --settle of silence, as failed, and only once', () => {
    const events = eventsFromXml(wevtutilStream(badPassword(1, Date.UTC(2024, 4, 2, 9), 100).slice(0, 2)));
    const live = new LiveAnalyzer({ settleMs: 30_000 });
    const t0 = 5_000_000;
    live.add(events, t0);
    expect(live.run(t0).attempts).toEqual([]);
    expect(live.openAttempts()).toHaveLength(1);
    expect(live.nextDeadline()).toBeGreaterThan(t0 + 29_000);
    expect(live.run(t0 + 29_000).attempts).toEqual([]);
    const decided = live.run(t0 + 31_000).attempts;
    expect(decided.map((a) => a.outcome)).toEqual(['failed']);
    expect(decided[0].causes.length).toBeGreaterThan(0);
    // The closing event arriving late is not news.
    live.add(eventsFromXml(wevtutilStream(badPassword(1, Date.UTC(2024, 4, 2, 9), 100).slice(4))), t0 + 40_000);
    expect(live.run(t0 + 40_000).attempts).toEqual([]);
    expect(live.run(t0 + 200_000).attempts).toEqual([]);
    expect(live.stats).toMatchObject({ reported: 1, failed: 1, open: 0 });
  });

  it('reports a failure that visibly ended within a moment, with its cause', () => {
    const events = eventsFromXml(wevtutilStream(badPassword(7, Date.UTC(2024, 4, 2, 9), 100)));
    const live = new LiveAnalyzer();
    const t0 = 1_000_000;
    live.add(events, t0);
    expect(live.run(t0).attempts).toEqual([]);
    const got = live.run(t0 + live.gatherMs).attempts;
    expect(got.map((a) => `${a.outcome} ${a.causes[0].id}`)).toEqual([`failed ${authBadCredentials.id}`]);
    expect(got[0].id).toBe('A001');
  });
});
