// A fleet's export read with the records of unread events left out (fieldsForAnalysis().interest) gives the
// analysis of the same export read whole: attempts, causes, incidents, findings and the fleet view, with one
// source guessing passwords on every computer and everyday Security noise between the connections.
import { describe, expect, it } from 'vitest';
import { fieldsForAnalysis } from '../../../src/diagnose/analysis-reads.js';
import { readTimeline } from '../../../src/ingest/timeline.js';
import { memoryInput } from '../../../src/model/source.js';
import { analyzeTimeline, readingForAnalysis } from '../../../src/pipeline/analysis-report.js';
import { CORE, computerHits, failedTry, RCM, SEC } from '../../helpers/winlogbeat.js';

function fleetExport(): string {
  const lines: string[] = [];
  for (let c = 1; c <= 4; c++) {
    const hit = computerHits(lines, c, `RDSH0${c}.corp.example.test`);
    const op = (p: string) => `${p}/Operational`;
    // A colleague signs in.
    const act = `{f4200000-0000-4000-8000-00000000000${c}}`;
    hit(RCM, op(RCM), 261, { listenerName: 'RDP-Tcp' }, act);
    hit(CORE, op(CORE), 131, { ConnType: 'TCP', ClientIP: '192.0.2.10:50000' }, act);
    hit(SEC, 'Security', 4624, { TargetUserName: 'alice', LogonType: '3', IpAddress: '192.0.2.10' });
    hit(RCM, op(RCM), 1149, { Param1: 'alice', Param2: 'CORP', Param3: '192.0.2.10' }, act);
    hit(SEC, 'Security', 4634, { TargetUserName: 'alice', LogonType: '3' });
    // One source tries passwords on every computer, seconds apart.
    for (let k = 0; k < 8; k++) {
      failedTry(hit, `{f4210000-0000-4000-8000-0000000${c}000${k}}`, 51000 + k, `admin${k % 3}`);
      // Logoffs of service logons between: Security's everyday noise, never read.
      hit(SEC, 'Security', 4634, { TargetUserName: `svc${k}`, LogonType: '3' });
      hit(SEC, 'Security', 4672, { SubjectUserName: `svc${k}` });
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('a fleet export with its unread records left out', () => {
  it('gives the same attempts, causes, incidents, findings and fleet view as read whole', async () => {
    const content = new TextEncoder().encode(fleetExport());
    const read = (select: ReturnType<typeof fieldsForAnalysis>) =>
      readTimeline([{ name: 'fleet.ndjson', open: async () => memoryInput('fleet.ndjson', content) }], {
        ...readingForAnalysis(),
        select,
      });
    const { interest, ...whole } = fieldsForAnalysis();
    expect(interest).toBeDefined();
    const fast = await read(fieldsForAnalysis());
    const all = await read(whole);
    // 4 computers × (1 + 8 × 2) logoffs and privileges left out.
    expect(fast.inputs[0]!.unread).toBe(4 * 17);
    const a = analyzeTimeline(fast).model;
    const b = analyzeTimeline(all).model;
    const view = (m: typeof a) => ({
      attempts: m.analysis.attempts.map((x) => ({
        id: x.id,
        computer: x.computer,
        outcome: x.outcome,
        causes: x.causes.map((c) => [c.id, c.confidence]),
      })),
      incidents: m.analysis.incidents,
      findings: m.analysis.findings,
      fleet: m.fleet,
    });
    expect(view(a).attempts.length).toBe(4 * 9);
    expect(a.fleet?.computers).toHaveLength(4);
    expect(a.analysis.findings.some((f) => JSON.stringify(f).includes('203.0.113.66'))).toBe(true);
    expect(JSON.parse(JSON.stringify(view(a)))).toEqual(JSON.parse(JSON.stringify(view(b))));
  });
});
