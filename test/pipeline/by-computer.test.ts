// `analyze` one computer at a time (src/pipeline/by-computer.ts) gives the report of the whole run on a
// generated fleet export (grouped by computer as `pull elastic` sorts it); where something reaches across
// computers (an RD Gateway's log, an unsorted export) the run is read again and analyzed whole. The reports from
// passes that keep of each attempt only the events those name, the other ways across computers (a client's log, a
// broker's leg that led on), passes that end early and --failed-only with a view: by-computer-rest.test.ts (slow
// tier). Real exports and samples: by-computer-real.test.ts.
import { describe, expect, it } from 'vitest';
import { readTimeline } from '../../src/ingest/timeline.js';
import {
  PER_COMPUTER_FROM_BYTES,
  type ReportChoices,
  readForAnalysis,
  readingForAnalysis,
} from '../../src/pipeline/analysis-report.js';
import { ComputerPasses } from '../../src/pipeline/by-computer.js';
import { KEY_EVENTS } from '../../src/report/siem.js';
import { bothWays } from '../helpers/by-computer.js';
import { FLEET_MIN_COMPUTERS } from '../../src/report/fleet.js';
import { gateway, HOSTS, ndjson, sessionHost } from '../helpers/by-computer-fleet.js';

/**
 * The fewest of `HOSTS` that make a fleet (`FLEET_MIN_COMPUTERS`): the spray on each, scanners on two, alice's wrong
 * password and the gateway's host among them. The claims are the passes', on any fleet (by-computer-rest.test.ts
 * reads all of `HOSTS`, with a client's log).
 */
const FLEET = HOSTS.slice(0, FLEET_MIN_COMPUTERS);
const hosts = () => FLEET.map((c) => sessionHost(c));

describe('analyze one computer at a time', () => {
  it('gives the whole run’s report on a fleet grouped by computer, attacks across computers included', async () => {
    const inputs = ndjson(hosts());
    // Whether the passes hold, not the reports from passes that keep few events (seven more passes): those, from
    // the passes the next test checks, in by-computer-rest.test.ts (slow tier).
    const r = await bothWays((o) => readTimeline(inputs, o), {}, { lean: false });
    expect(r.crossing).toBeUndefined();
    // Nothing held in the timeline: every computer was analyzed and let go as it ended.
    expect(r.timeline.events).toHaveLength(0);
    expect(r.split).toBe(r.whole);
    expect(r.chosen).toBe(r.whole);
    const report = JSON.parse(r.whole.slice(0, r.whole.indexOf('\n# ')).trim() || '{}');
    expect(report.attempts.length).toBeGreaterThan(FLEET.length * 8);
    expect(report.attempts.map((a: { id: string }) => a.id).slice(0, 3)).toEqual(['A001', 'A002', 'A003']);
    // The spray from one source on every host is one finding across computers; alice's wrong password a cause.
    expect(JSON.stringify(report.findings)).toContain('203.0.113.66');
    expect(report.findings.filter((f: { id: string }) => f.id === 'ms-t120-probe')).toHaveLength(
      FLEET.filter((c) => c % 2).length,
    );
    expect(report.fleet.computers).toHaveLength(FLEET.length);
    expect(report.incidents.length).toBeGreaterThan(0);
  });

  it('keeps of each attempt only the events the report names and the fleet pass reads, when the report names few', async () => {
    const inputs = ndjson(hosts());
    const kept = async (eventsShown?: number, failedWhole?: boolean) => {
      const passes = new ComputerPasses({
        ...(eventsShown === undefined ? {} : { eventsShown }),
        ...(failedWhole ? { failedWhole } : {}),
      });
      await readTimeline(inputs, { ...readingForAnalysis(), byComputer: passes.reading });
      passes.finish();
      const attempts = passes.parts.flatMap((p) => p.attempts);
      return { attempts, events: attempts.reduce((n, a) => n + a.events.length + a.probeEvents.length, 0) };
    };
    const all = await kept();
    const none = await kept(0);
    const few = await kept(KEY_EVENTS);
    expect(none.events).toBeLessThan(all.events / 2);
    expect(few.events).toBeGreaterThan(none.events);
    expect(few.events).toBeLessThan(all.events);
    // Each attempt keeps its first events and its logons, in their order.
    all.attempts.forEach((a, i) => {
      const b = few.attempts[i];
      expect(b.events.slice(0, KEY_EVENTS)).toEqual(a.events.slice(0, KEY_EVENTS));
      expect(b.events.filter((e) => e.eventId === 1149)).toEqual(a.events.filter((e) => e.eventId === 1149));
      expect(none.attempts[i].events[0]).toEqual(a.events[0]);
    });
    // Markdown's: every event of a failed attempt, of the others what the fleet pass reads.
    const failedWhole = await kept(0, true);
    const failed = all.attempts.filter((a) => a.outcome === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    all.attempts.forEach((a, i) => {
      expect(failedWhole.attempts[i].events).toEqual(a.outcome === 'failed' ? a.events : none.attempts[i].events);
    });
    expect(failedWhole.events).toBeLessThan(all.events);
    expect(failedWhole.events).toBeGreaterThan(none.events);
  });

  it('analyzes whole what cannot be read twice, small inputs, and with --explain or --redact', async () => {
    const inputs = ndjson(hosts());
    const read = (choices: ReportChoices, bytes: number | undefined) =>
      readForAnalysis((o) => readTimeline(inputs, o), choices, bytes);
    expect((await read({}, PER_COMPUTER_FROM_BYTES)).timeline.events).toHaveLength(0);
    const whole: [ReportChoices, number | undefined][] = [
      [{}, undefined],
      [{}, PER_COMPUTER_FROM_BYTES - 1],
      [{ redact: true }, PER_COMPUTER_FROM_BYTES],
      [{ explain: ['A001'] }, PER_COMPUTER_FROM_BYTES],
    ];
    for (const [choices, bytes] of whole)
      expect((await read(choices, bytes)).timeline.events.length).toBeGreaterThan(0);
  });

  it('reads the whole again when an RD Gateway’s log names a session host', async () => {
    const inputs = ndjson([gateway(), ...hosts()]);
    const r = await bothWays((o) => readTimeline(inputs, o));
    expect(r.crossing).toMatch(/302/);
    expect(r.chosen).toBe(r.whole);
    expect(r.whole).toContain('RDGW01');
  });

  it('reads the whole again when the export is not grouped by computer', async () => {
    const interleaved = ndjson(hosts(), true);
    const r = await bothWays((o) => readTimeline(interleaved, o));
    expect(r.crossing).toBeDefined();
    expect(r.chosen).toBe(r.whole);
    // Grouped but for one late record of the first computer.
    const [first, ...rest] = hosts();
    const late = ndjson([first!.slice(0, -1), ...rest, first!.slice(-1)]);
    const s = await bothWays((o) => readTimeline(late, o));
    expect(s.crossing).toMatch(/RDSH01.* come back/i);
    expect(s.chosen).toBe(s.whole);
  });
});
