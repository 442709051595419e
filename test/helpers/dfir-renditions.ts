/**
 * The responders' tools' renditions of sample scenario folders read back (test/parsers/siem/dfir-renditions.test.ts,
 * the fast tier, on the scenarios that together hold every event kind; dfir-renditions-rest.test.ts, slow, on the
 * others): see the test for the claims.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DFIR_RENDITIONS } from '../../scripts/dfir-renditions.mjs';
import { eventRow } from '../../src/model/events.js';
import { readTimeline } from '../../src/ingest/timeline.js';
import { memoryInput } from '../../src/model/source.js';
import { analyzeTimeline, readingForAnalysis } from '../../src/pipeline/analysis-report.js';
import { ROOT } from './cli.js';
import { METAMORPHIC_FAST } from './samples.js';
import {
  analyzeRendered,
  asXml,
  compare,
  type LogFile,
  readFolder,
  type Rendered,
  type Run,
  type Transformation,
} from '../metamorphic/harness.js';

const transformations: Array<Transformation & { timePrecisionMs?: number }> = DFIR_RENDITIONS.map((r) => ({
  name: `as ${r.name}`,
  ...(r.timePrecisionMs ? { timePrecisionMs: r.timePrecisionMs } : {}),
  kind: r.lossless ? 'same-records' : 'lossy',
  render: (all) => ({
    files: [
      {
        name: r.file,
        text: r.render(
          all.flatMap((f) => f.events),
          { eventRow },
        ),
      },
    ],
  }),
}));

/**
 * An answer that moved only by its start's millisecond, where the format keeps the time to `precisionMs` (a time
 * within that of a millisecond's edge may cross it): the same answer.
 */
function withinPrecision(detail: string, precisionMs: number | undefined): boolean {
  if (!precisionMs) return false;
  const [before, after] = detail.split(' → ');
  if (!before || !after) return false;
  const cut = (s: string) => [s.slice(0, s.lastIndexOf(' ')), Date.parse(s.slice(s.lastIndexOf(' ') + 1))] as const;
  const [b, bt] = cut(before);
  const [a, at] = cut(after);
  return a === b && Math.abs(at - bt) <= 1;
}

/** Each scenario folder's logs, read once per test worker (read, never changed, by the tests). */
const folders = new Map<string, Promise<LogFile[]>>();
export const folderOf = (label: string): Promise<LogFile[]> => {
  let files = folders.get(label);
  if (!files) folders.set(label, (files = readFolder(join(ROOT, label))));
  return files;
};

/**
 * A scenario folder's logs as XML analyzed (the metamorphic harness's base run), once per test worker and frozen:
 * the renditions here and the metamorphic suite's changes of the same scenarios (test/metamorphic/samples.test.ts)
 * compare against it, and only read it.
 */
const baseRuns = new Map<string, Promise<Readonly<Run>>>();
export const baseRunOf = (label: string): Promise<Readonly<Run>> => {
  let run = baseRuns.get(label);
  if (!run)
    baseRuns.set(label, (run = folderOf(label).then(async (f) => Object.freeze(await analyzeRendered(asXml(f))))));
  return run;
};

/** The event kinds (channel and event id) of a scenario folder's logs. */
export async function eventKinds(label: string): Promise<Set<string>> {
  const events = (await folderOf(label)).flatMap((f) => f.events);
  return new Set(events.map((e) => `${e.channel.toLowerCase()} ${e.eventId}`));
}

/**
 * The fewest of `labels` that together hold every key (`keysOf`) they hold, greedily: each time the scenario adding
 * the most keys not yet held (the fewer events on a tie).
 */
async function fewestHolding(
  labels: readonly string[],
  keysOf: (label: string) => Promise<Set<string>>,
): Promise<string[]> {
  const kinds = new Map<string, { kinds: Set<string>; events: number }>();
  for (const label of labels) {
    const events = (await folderOf(label)).flatMap((f) => f.events);
    kinds.set(label, { kinds: await keysOf(label), events: events.length });
  }
  const held = new Set<string>();
  const chosen: string[] = [];
  for (;;) {
    let best: { label: string; adds: number; events: number } | undefined;
    for (const [label, k] of kinds) {
      if (chosen.includes(label)) continue;
      const adds = [...k.kinds].filter((x) => !held.has(x)).length;
      if (adds > 0 && (!best || adds > best.adds || (adds === best.adds && k.events < best.events)))
        best = { label, adds, events: k.events };
    }
    if (!best) return chosen.sort();
    chosen.push(best.label);
    for (const x of kinds.get(best.label)!.kinds) held.add(x);
  }
}

/**
 * The fewest of `METAMORPHIC_FAST` that together hold every event kind (channel and event id) they hold. A rendition
 * writes each event by its kind's fields, so these put every kind the scenarios have through every rendition.
 */
export function everyEventKind(): Promise<string[]> {
  return fewestHolding(METAMORPHIC_FAST, eventKinds);
}

/** The logs (channels) of a scenario folder's events. */
export async function logKinds(label: string): Promise<Set<string>> {
  return new Set((await folderOf(label)).flatMap((f) => f.events.map((e) => e.channel.toLowerCase())));
}

/**
 * The fewest of `everyEventKind`'s scenarios that together hold every log (channel) they hold: the changes that
 * move, drop, cut or retime whole logs and records (each log removed, an unrelated computer added, split,
 * reordered, newest first, shifted, a record-id range cut out) write no event by its kind's fields, so the edit loop
 * makes them on a scenario of each log; the others make them in the slow tier (samples-rest.test.ts).
 */
export async function everyLogKind(): Promise<string[]> {
  return fewestHolding(await everyEventKind(), logKinds);
}

/** The lossless renditions give the same attempts and findings as the logs; the lossy one turns no verdict. */
export function renditionsOf(labels: readonly string[]) {
  describe('renditions of the sample folders as the responders’ tools write them', () => {
    for (const label of labels) {
      it(`give the same attempts and findings: ${label}`, async () => {
        const files = await folderOf(label);
        const base = await baseRunOf(label);
        const problems: string[] = [];
        let compared = 0;
        for (const t of transformations) {
          const changed = await analyzeRendered(t.render(files));
          const result = compare(label, t, base, changed);
          compared += result.compared;
          for (const v of result.violations)
            if (!withinPrecision(v.detail, t.timePrecisionMs))
              problems.push(`${t.name}: ${v.attempt} ${v.rule} ${v.detail}`);
        }
        expect(problems).toEqual([]);
        expect(compared).toBeGreaterThan(0);
      });
    }
  });
}

/**
 * As `analyze` reads them (`readingForAnalysis`: only the fields that decide whether an event is kept decoded
 * first, the rest when it is): every attempt (server, start to the millisecond, outcome, top cause, user, client)
 * and every finding. The readers must decode the rest of an event the selection wants whole once its deciding
 * fields are in (a logon's LogonType, a Sysmon connection's ports), as the .evtx and XML readers do.
 */
async function asAnalyzed(r: Rendered) {
  const enc = new TextEncoder();
  const timeline = await readTimeline(
    r.files.map((f) => ({ name: f.name, open: async () => memoryInput(f.name, enc.encode(f.text)) })),
    readingForAnalysis(),
  );
  const { model } = analyzeTimeline(timeline);
  return {
    attempts: model.attempts.map(
      (a) =>
        `${a.server.name} ${a.start.slice(0, 23)} ${a.outcome} ${a.causes[0]?.id ?? '-'} ${a.user ?? '-'} ${a.client.address ?? '-'}`,
    ),
    findings: [...model.securityFindings, ...model.pathFindings, ...model.hostFindings].map((f) => f.id).sort(),
  };
}

/** The lossless renditions of each folder read as `analyze` reads them give the attempts and findings of its logs. */
export function analyzedRenditionsOf(labels: readonly string[]) {
  describe('renditions of the sample folders read as analyze reads them', () => {
    const lossless = DFIR_RENDITIONS.filter((r) => r.lossless);
    for (const label of labels) {
      it(`give the attempts and findings of the logs: ${label}`, async () => {
        const files = await folderOf(label);
        const base = await asAnalyzed(asXml(files));
        expect(base.attempts.length).toBeGreaterThan(0);
        for (const r of lossless) {
          const got = await asAnalyzed({
            files: [
              {
                name: r.file,
                text: r.render(
                  files.flatMap((f) => f.events),
                  { eventRow },
                ),
              },
            ],
          });
          expect(got, r.name).toEqual(base);
        }
      });
    }
  });
}
