// `analyze` one computer at a time (src/pipeline/by-computer.ts), the cases by-computer.test.ts (fast tier) leaves
// to the slow tier: the reports from passes that keep few events; --failed-only with a view of one computer; a
// client's log and a broker's leg that led on, which reach across computers (the run read again and analyzed
// whole); passes that end early.
import { describe, expect, it } from 'vitest';
import { readTimeline } from '../../src/ingest/timeline.js';
import { analyzeTimeline, readForAnalysis, readingForAnalysis } from '../../src/pipeline/analysis-report.js';
import { bothWaysOver, renderedReport } from '../helpers/by-computer.js';
import {
  clientComputer,
  computer,
  CORE,
  hosts,
  ndjson,
  op,
  RCM,
  sessionHost,
  T0,
} from '../helpers/by-computer-fleet.js';

describe('analyze one computer at a time', () => {
  it('gives JSON, CSV, ECS, HEC, Markdown and HTML from passes that keep only the events those name', async () => {
    const r = await bothWaysOver(hosts());
    expect(r.crossing).toBeUndefined();
    expect(r.lean?.whole).toBeDefined();
    expect(r.lean?.split).toBe(r.lean?.whole);
  });

  it('gives the same with --failed-only and a view of one computer', async () => {
    const r = await bothWaysOver(hosts(), {
      failedOnly: true,
      view: { computers: ['rdsh02.corp.example.test'] },
    });
    expect(r.crossing).toBeUndefined();
    expect(r.split).toBe(r.whole);
    expect(r.lean?.split).toBe(r.lean?.whole);
  });

  it('reads the whole again when a client’s log joins a server across computers', async () => {
    const r = await bothWaysOver([...hosts(), clientComputer()]);
    expect(r.crossing).toMatch(/client/);
    expect(r.chosen).toBe(r.whole);
    expect(r.whole).toContain('WS-ERIK');
  });

  it('analyzes the events held whole when the passes end early, and reads again only past them', async () => {
    const inputs = ndjson([...hosts(), clientComputer()]);
    const whole = await renderedReport(analyzeTimeline(await readTimeline(inputs, readingForAnalysis())));
    for (const [held, reads] of [
      [undefined, 1],
      [50, 2],
    ] as const) {
      let count = 0;
      const chosen = await readForAnalysis(
        (o) => {
          count++;
          return readTimeline(inputs, o);
        },
        {},
        Number.POSITIVE_INFINITY,
        held,
      );
      expect(count, `held ${held}`).toBe(reads);
      expect(await renderedReport(chosen.analyze()), `held ${held}`).toBe(whole);
    }
  });

  it('keeps to one computer at a time past a broker’s leg that led nowhere, and reads the whole when it led on', async () => {
    const LEG = T0 + 2 * 3_600_000;
    // Host 1's leg, its client on no other computer: nothing to fold, the passes hold.
    const alone = [sessionHost(1, LEG), ...[2, 3, 4].map((c) => sessionHost(c))];
    // Whether the passes hold, not the lean reports (the first two tests): those passes not made.
    const r = await bothWaysOver(alone, {}, { lean: false });
    expect(r.crossing).toBeUndefined();
    expect(r.split).toBe(r.whole);
    // The same client on host 2 five seconds later: correlate folds the leg into that attempt (redirectedFrom).
    const [, b, ...rest] = [1, 2, 3, 4].map((c) => sessionHost(c));
    const { lines, hit } = computer('RDSH02.corp.example.test');
    const act = '{f4400000-0000-4000-8000-000000000001}';
    hit(LEG + 5_000, CORE, op(CORE), 131, { ConnType: 'TCP', ClientIP: '192.0.2.51:50101' }, act);
    hit(LEG + 5_010, CORE, op(CORE), 65, { ConnectionName: 'RDP-Tcp#91' }, act);
    hit(LEG + 5_300, RCM, op(RCM), 1149, { Param1: 'carol', Param2: 'CORP', Param3: '192.0.2.51' }, act);
    hit(LEG + 5_500, CORE, op(CORE), 66, { ConnectionName: 'RDP-Tcp#91', SessionId: '9' }, act);
    const host2 = [
      ...b!,
      ...lines.map((l) => ({ ...l, text: l.text.replaceAll('"record_id":100', '"record_id":900') })),
    ];
    const s2 = await bothWaysOver([sessionHost(1, LEG), host2, ...rest]);
    expect(s2.crossing).toMatch(/Broker/);
    expect(s2.chosen).toBe(s2.whole);
    expect(s2.whole).toContain('"redirectedFrom"');
  });
});
