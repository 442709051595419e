/**
 * The invariant of a put-aside attempt (src/pipeline/README.md): read back, it is its original, field by field and
 * in its fields' order, for every output format's reading (`ReportFormat.reads`: what each keeps and puts aside),
 * over every sample; and each format's report from the put-aside attempts is the very text of the one from the
 * attempts kept whole in memory. Before the fleet pass is over, every field but the events is already its own.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiagnosedAttempt } from '../../src/diagnose/analyze.js';
import { LAZY_FIELDS, memorySpill } from '../../src/model/spill.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { analyzeTimeline, readingForAnalysis } from '../../src/pipeline/analysis-report.js';
import { ComputerPasses } from '../../src/pipeline/by-computer.js';
import { REPORT_FORMATS, renderReportText } from '../../src/report/formats.js';
import { ROOT } from '../helpers/cli.js';

/** Every sample folder: the scenarios, each pattern's and each finding's. */
function sampleFolders(): string[] {
  const dirs = (d: string) =>
    readdirSync(join(ROOT, d))
      .map((n) => join(ROOT, d, n))
      .filter((p) => statSync(p).isDirectory());
  return [
    ...dirs('samples').filter((p) => !/[/\\](patterns|findings)$/.test(p)),
    ...dirs('samples/patterns'),
    ...dirs('samples/findings'),
  ];
}

/**
 * A field's value as text, objects' keys sorted: an event read back has its fields in the codec's order
 * (src/model/event-codec.ts), and its back reference to its attempt is a symbol, which JSON leaves out.
 */
const text = (value: unknown) =>
  JSON.stringify(value, (_k, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  ) ?? 'undefined';

async function passes(folder: string, reads: (typeof REPORT_FORMATS)[number]['reads'], spill: boolean) {
  const choices = { ...reads, ...(spill ? { spill: memorySpill() } : {}) };
  const p = new ComputerPasses(choices);
  const timeline = await buildTimeline([folder], { ...readingForAnalysis(), byComputer: p.reading });
  p.finish();
  if (p.crossing !== undefined) return undefined;
  const before = p.parts.flatMap((part) => part.attempts);
  const fleetPhase = before.map((a) => Object.fromEntries(fieldsOf(a).map((k) => [k, text(field(a, k))])));
  return { report: analyzeTimeline(timeline, choices, p), fleetPhase };
}

/** An attempt's fields in order: a put-aside one's are read through its prototype (`LAZY_FIELDS`). */
function fieldsOf(a: DiagnosedAttempt): string[] {
  return (a as unknown as { [LAZY_FIELDS]?: string[] })[LAZY_FIELDS] ?? Object.keys(a);
}
const field = (a: DiagnosedAttempt, key: string) => (a as unknown as Record<string, unknown>)[key];

describe('an attempt put aside reads back as its original', () => {
  it('field by field, in every output format, over every sample', async () => {
    let checked = 0;
    const readings = new Map(REPORT_FORMATS.map((f) => [JSON.stringify(f.reads), f.reads]));
    for (const folder of sampleFolders()) {
      for (const reads of readings.values()) {
        const [kept, aside] = [await passes(folder, reads, false), await passes(folder, reads, true)];
        if (!kept || !aside) continue;
        const [was, back] = [kept.report.model.analysis.attempts, aside.report.model.analysis.attempts];
        expect(back.length, folder).toBe(was.length);
        for (const [i, a] of was.entries()) {
          const b = back[i]!;
          const where = `${folder} ${JSON.stringify(reads)} ${a.id}`;
          expect(fieldsOf(b), where).toEqual(Object.keys(a));
          expect(Object.getPrototypeOf(b), where).not.toBe(Object.prototype); // put aside, not kept
          for (const key of Object.keys(a)) expect(text(field(b, key)), `${where}.${key}`).toBe(text(field(a, key)));
        }
        // Before the fleet pass is over: every field but the events already its own.
        for (const [i, fields] of kept.fleetPhase.entries())
          for (const [key, value] of Object.entries(fields))
            if (key !== 'events' && key !== 'probeEvents')
              expect(aside.fleetPhase[i]![key], `${folder} ${key}`).toBe(value);
        for (const format of REPORT_FORMATS.filter((f) => JSON.stringify(f.reads) === JSON.stringify(reads))) {
          const [whole, split] = await Promise.all(
            [kept, aside].map((r) => renderReportText(format, r.report.model, { tz: { kind: 'utc' } })),
          );
          expect(split, `${folder} --format ${format.name}`).toBe(whole);
        }
        checked += was.length;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
