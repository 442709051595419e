/**
 * The DFIR Artifact Museum ships its event logs as `.7z` archives (AndrewRathbun/DFIRArtifactMuseum; the corpus holds
 * them unpacked): each folder packed again with `7z a` here, read directly, gives the answers of the folder — the
 * attempts (computer, start, outcome, top cause), the findings and the records read. Skipped only without a 7-Zip
 * (CI installs p7zip-full) or without the corpus.
 */
import { execFileSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSevenZip } from '../../src/platform/node/seven-zip.js';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import { corpusPath, HAVE_CORPUS } from '../helpers/corpus.js';

const tool = findSevenZip();
const binary = tool && tool.name !== 'bsdtar' ? tool.name : undefined;

const FOLDERS = [
  'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
  'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win10/BelkasoftCTF_InsiderThreat/BelkasoftCTF_InsiderThreat',
  'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win11/RathbunVM/RathbunVM_W11EventLogs',
];

interface Report {
  attempts: { start: string; outcome: string; causes: { id: string }[]; server: { name?: string } }[];
  findings: { id: string; computer?: string }[];
  inputs: { records: number }[];
}
async function analyze(path: string): Promise<{ code: number; report: Report }> {
  const r = await rdpdiag(['analyze', path, '--format', 'json']);
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}
const answer = (r: Report) => ({
  attempts: r.attempts.map((a) => `${a.server.name} ${a.start} ${a.outcome} ${a.causes[0]?.id ?? '-'}`),
  findings: r.findings.map((f) => `${f.id}@${f.computer ?? ''}`).sort(),
  records: r.inputs.reduce((n, i) => n + i.records, 0),
});

describe.skipIf(!binary || !HAVE_CORPUS)('the DFIR Artifact Museum’s .7z archives, read directly', () => {
  for (const folder of FOLDERS) {
    it(`${basename(folder)}.7z gives the folder's answers`, async () => {
      const dir = tempDir();
      const archive = join(dir, `${basename(folder)}.7z`);
      const path = corpusPath(folder);
      execFileSync(binary!, ['a', '-bd', '-mx=1', archive, basename(path)], { cwd: dirname(path), stdio: 'ignore' });
      const unpacked = await analyze(path);
      const packed = await analyze(archive);
      expect(packed.code).toBe(unpacked.code);
      expect(answer(packed.report)).toEqual(answer(unpacked.report));
      expect(answer(packed.report).records).toBeGreaterThan(0);
    });
  }
});
