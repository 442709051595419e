/**
 * The responders' tools' renditions of sample scenario folders (scripts/dfir-renditions.mjs: Velociraptor's EVTX
 * rows and a hunt's export, EvtxHunter rows, EvtxECmd CSV and JSON, Chainsaw dump and hunt) read back: the lossless
 * ones give the same attempts (outcome, top cause, user, client, start to the millisecond) and the same findings as
 * the folder's own logs, through the metamorphic harness's comparison; the lossy one (EvtxHunter: whole seconds,
 * no ActivityID) never turns a verdict into its opposite.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DFIR_RENDITIONS } from '../../../scripts/dfir-renditions.mjs';
import { eventRow } from '../../../src/model/events.js';
import { readTimeline } from '../../../src/ingest/timeline.js';
import { memoryInput } from '../../../src/model/source.js';
import { analyzeTimeline, readingForAnalysis } from '../../../src/pipeline/analysis-report.js';
import { ROOT } from '../../helpers/cli.js';
import { METAMORPHIC_FAST } from '../../helpers/samples.js';
import {
  analyzeRendered,
  asXml,
  compare,
  readFolder,
  type Rendered,
  type Transformation,
} from '../../metamorphic/harness.js';

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

describe('renditions of the sample folders as the responders’ tools write them', () => {
  for (const label of METAMORPHIC_FAST) {
    it(`give the same attempts and findings: ${label}`, async () => {
      const files = await readFolder(join(ROOT, label));
      const base = await analyzeRendered(asXml(files));
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

/** Scenarios whose verdicts rest on fields read only once the selection wants the event whole. */
const SELECTED = [
  'samples/sysmon-inbound-moved-port',
  'samples/attack-path-lateral-chain',
  'samples/host-log-rcm-admin-accepted',
  'samples/portproxy-far-end',
];

describe('renditions of the sample folders read as analyze reads them', () => {
  const lossless = DFIR_RENDITIONS.filter((r) => r.lossless);
  for (const label of [...SELECTED, ...METAMORPHIC_FAST.slice(0, 4)]) {
    it(`give the attempts and findings of the logs: ${label}`, async () => {
      const files = await readFolder(join(ROOT, label));
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
