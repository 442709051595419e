/**
 * The live analyzer against the offline analysis on every sample scenario (event by event and as a start-up
 * backlog), and its memory over days of attempts: the slow tier (vitest.config.ts), the edit loop keeps the unit
 * tests of test/follow/live-analyzer.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { LiveAnalyzer } from '../../src/follow/live-analyzer.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { eventsFromXml } from '../helpers/pipeline.js';
import { SAMPLES, SCENARIOS } from '../helpers/samples.js';
import { type TestEvent, wevtutilStream } from '../helpers/xml-events.js';
import { badPassword, expectLiveMatchesOffline, verdict, withoutCutOff } from './helpers.js';

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

describe('LiveAnalyzer memory', () => {
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
