/**
 * `log-cleared` (issue 66): its home as data (patterns/findings/log-cleared.ts), its sample (Security 1102 and System
 * 104) and near miss (Security 1100) through the CLI, and every SIEM rendition of the sample read back: the clearing is
 * told in every input format. The real lab log's image build cleared its Security log once.
 */
import { describe, expect, it } from 'vitest';
import { logCleared } from '../../patterns/findings/log-cleared.js';
import { ATTACK_FINDINGS } from '../../patterns/index.js';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { readTimeline } from '../../src/ingest/timeline.js';
import { memoryInput } from '../../src/model/source.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { ROOT } from '../helpers/cli.js';
import { corpusPath, HAVE_CORPUS, LAB_SECURITY_LOG, NO_CORPUS_REASON } from '../helpers/corpus.js';
import { analyzeFinding, expectSampleFiles } from '../helpers/findings.js';
import { SIEM_RENDITIONS } from '../metamorphic/siem.js';

interface Report {
  findings: { id: string; computer: string; title: string; explanation: string; evidence: { eventId: number }[] }[];
}
const FOLDER = 'samples/findings/log-cleared';

describe('log-cleared', () => {
  it('is a finding with ATT&CK, public references, false positives, a sample and a near miss', () => {
    expect(ATTACK_FINDINGS).toContain(logCleared);
    expect(logCleared.techniques.map((t) => t.subtechnique?.id)).toEqual(['T1070.001']);
    expect(logCleared.references.every((r) => r.startsWith('https://'))).toBe(true);
    expectSampleFiles(logCleared);
  });

  it('tells which log, when, by whom, and that what came before is a lower bound', async () => {
    const { found } = await analyzeFinding<Report>(logCleared.id, `${FOLDER}/sample.xml`);
    expect(found.map((f) => f.title)).toEqual([
      'The Security log of RDSH67.corp.example.test was cleared by CORP\\it-admin',
      'The System log of RDSH67.corp.example.test was cleared by CORP\\it-admin',
    ]);
    expect(found.map((f) => f.evidence[0].eventId)).toEqual([1102, 104]);
    expect(found[0].explanation).toMatch(/at 2024-12-02 23:41:07Z .*lower bound/);
  });

  it('near miss: the event logging service shutting down (1100) clears nothing', async () => {
    const { found } = await analyzeFinding<Report>(logCleared.id, `${FOLDER}/near-miss.xml`);
    expect(found).toEqual([]);
  });

  it.each(SIEM_RENDITIONS.map((r) => [r.name, r] as const))('is told from the %s rendition', async (_name, r) => {
    const t = await buildTimeline([`${ROOT}/${FOLDER}/sample.xml`]);
    const text = r.render(t.events);
    const back = await readTimeline([
      { name: r.file, open: async () => memoryInput(r.file, new TextEncoder().encode(text)) },
    ]);
    const found = analyzeEvents(back.events).findings.filter((f) => f.id === logCleared.id);
    expect(found.map((f) => f.evidence[0]?.eventId)).toEqual([1102, 104]);
    if (r.lossless) expect(found.every((f) => f.title.endsWith('by CORP\\it-admin'))).toBe(true);
  });
});

describe.skipIf(!HAVE_CORPUS)(
  `log-cleared on the real lab log (${HAVE_CORPUS ? 'marvioncriddle' : NO_CORPUS_REASON})`,
  () => {
    it('names the image build’s clearing of the Security log (1102 #933)', async () => {
      const { found } = await analyzeFinding<Report>(logCleared.id, corpusPath(LAB_SECURITY_LOG));
      expect(found.map((f) => f.title)).toEqual([
        'The Security log of WIN-K2PJV6RA7JR was cleared by WIN-K2PJV6RA7JR\\Administrator',
      ]);
    });
  },
);
