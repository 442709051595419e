/**
 * The responders' tools' renditions of sample scenario folders (scripts/dfir-renditions.mjs: Velociraptor's EVTX
 * rows and a hunt's export, EvtxHunter rows, EvtxECmd CSV and JSON, Chainsaw dump and hunt) read back: the lossless
 * ones give the same attempts (outcome, top cause, user, client, start to the millisecond) and the same findings as
 * the folder's own logs, through the metamorphic harness's comparison; the lossy one (EvtxHunter: whole seconds,
 * no ActivityID) never turns a verdict into its opposite.
 *
 * Here, the fast tier, on the fewest of the fast tier's scenarios that together hold every event kind they hold
 * (`everyEventKind`: a rendition writes each event by its kind's fields); the others in the slow tier
 * (dfir-renditions-rest.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { DFIR_RENDITIONS } from '../../../scripts/dfir-renditions.mjs';
import { eventRow } from '../../../src/model/events.js';
import { readTimeline } from '../../../src/ingest/timeline.js';
import { memoryInput } from '../../../src/model/source.js';
import { analyzeTimeline, readingForAnalysis } from '../../../src/pipeline/analysis-report.js';
import { eventKinds, everyEventKind, folderOf, renditionsOf } from '../../helpers/dfir-renditions.js';
import { METAMORPHIC_FAST } from '../../helpers/samples.js';
import { asXml, type Rendered } from '../../metamorphic/harness.js';

const KINDS = await everyEventKind();

describe('the scenarios that hold every event kind', () => {
  it('are some of the fast tier’s, not all, and hold every kind those hold', async () => {
    expect(KINDS.length).toBeGreaterThan(1);
    expect(KINDS.length).toBeLessThan(METAMORPHIC_FAST.length);
    expect(KINDS.filter((k) => !METAMORPHIC_FAST.includes(k))).toEqual([]);
    const held = new Set((await Promise.all(KINDS.map(eventKinds))).flatMap((k) => [...k]));
    const all = (await Promise.all(METAMORPHIC_FAST.map(eventKinds))).flatMap((k) => [...k]);
    expect(all.filter((k) => !held.has(k))).toEqual([]);
    expect(held.size).toBeGreaterThan(20);
  });
});

renditionsOf(KINDS);

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
