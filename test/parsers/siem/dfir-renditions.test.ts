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
import { ROOT } from '../../helpers/cli.js';
import { METAMORPHIC_FAST } from '../../helpers/samples.js';
import { analyzeRendered, asXml, compare, readFolder, type Transformation } from '../../metamorphic/harness.js';

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
