import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { LiveAnalyzer } from '../../src/follow/live-analyzer.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { eventsFromXml } from '../helpers/pipeline.js';
import { wevtutilStream, type TestEvent } from '../helpers/xml-events.js';
import { expectLiveMatchesOffline, verdict, withoutCutOff } from './helpers.js';
import { SAMPLES, SCENARIOS } from '../helpers/samples.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';

const scenarios = SCENARIOS;

describe('LiveAnalyzer on the sample scenarios', () => {
  it.each(scenarios)(
    '%s: event by event, each attempt is reported once, in order, with the offline outcome and cause',
    async (name) => {
      const { events } = await buildTimeline([join(SAMPLES, name)]);
      const all = analyzeEvents(events).attempts;
      const offline = all.filter((a) => a.outcome !== 'in-progress' && a.outcome !== 'unknown').map(verdict);
      const live = new LiveAnalyzer();
      const got: string[] = [];
      // Wall clock = event time: events arrive as they are logged.
      for (const e of events) {
        live.add([e], e.timeMs);
        got.push(...live.run(e.timeMs).attempts.map(verdict));
      }
      got.push(...live.run(events[events.length - 1].timeMs + 120_000).attempts.map(verdict));
      expectLiveMatchesOffline(name, withoutCutOff(got, all), offline, true);
      expect(new Set(got).size).toBe(got.length);
    },
  );

  it.each(scenarios)('%s: read at once (start-up backlog), the same verdicts as offline', async (name) => {
    const { events } = await buildTimeline([join(SAMPLES, name)]);
    const offline = analyzeEvents(events);
    const live = new LiveAnalyzer();
    live.add(events, 0);
    const first = live.run(0);
    const got = [...first.attempts, ...live.run(120_000).attempts].map(verdict);
    expectLiveMatchesOffline(
      name,
      withoutCutOff(got, offline.attempts),
      offline.attempts.filter((a) => a.outcome !== 'in-progress' && a.outcome !== 'unknown').map(verdict),
      false,
    );
    expect(first.findings.map((f) => f.id).sort()).toEqual(offline.findings.map((f) => f.id).sort());
  });
});

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

const ACT = (n: number) => `{F4200000-0000-0000-0000-${String(n).padStart(12, '0')}}`;
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '0000Z');

/** One NLA failure with a wrong password: 131, 65, 140, Security 4625, 103 over about a second. */
function badPassword(n: number, startMs: number, record: number): TestEvent[] {
  const ip = `192.0.2.${(n % 200) + 1}`;
  return [
    {
      id: 131,
      time: iso(startMs),
      record,
      activity: ACT(n),
      eventData: { ConnType: 'TCP', ClientIP: `${ip}:5${n % 10000}` },
    },
    {
      id: 65,
      time: iso(startMs + 2),
      record: record + 1,
      activity: ACT(n),
      eventData: { ConnectionName: `RDP-Tcp#${n}` },
    },
    { id: 140, time: iso(startMs + 400), record: record + 2, activity: ACT(n), eventData: { IPString: ip } },
    {
      id: 4625,
      time: iso(startMs + 401),
      record: record + 3,
      channel: 'Security',
      provider: 'Microsoft-Windows-Security-Auditing',
      eventData: {
        TargetUserName: 'alice',
        TargetDomainName: 'CORP',
        Status: '0xc000006d',
        SubStatus: '0xc000006a',
        LogonType: '3',
        IpAddress: ip,
      },
    },
    { id: 103, time: iso(startMs + 900), record: record + 4, activity: ACT(n), eventData: { ReasonCode: '0' } },
  ];
}

describe('LiveAnalyzer timing and memory', () => {
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

  it('keeps memory flat: 10,000 attempts over three and a half simulated days leave a small window', () => {
    const live = new LiveAnalyzer();
    const start = Date.UTC(2024, 4, 1);
    let record = 1;
    let maxKept = 0;
    let reported = 0;
    for (let n = 0; n < 10_000; n += 100) {
      const batch: TestEvent[] = [];
      for (let k = n; k < n + 100; k++) {
        batch.push(...badPassword(k, start + k * 30_000, record));
        record += 5;
      }
      const events = eventsFromXml(wevtutilStream(batch));
      const now = start + (n + 100) * 30_000;
      live.add(events, now);
      reported += live.run(now).attempts.length;
      maxKept = Math.max(maxKept, live.stats.eventsKept);
    }
    reported += live.run(start + 10_000 * 30_000 + 600_000).attempts.length;
    expect(reported).toBe(10_000);
    // A batch plus five minutes of connection events, whatever the run time.
    expect(maxKept).toBeLessThan(600);
    expect(live.stats.eventsKept).toBeLessThan(600);
  });
});
