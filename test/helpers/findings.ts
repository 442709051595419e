/** What the tests of an attack finding (test/diagnose/<finding>.test.ts) share: its definition checked, its report. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AttackFindingDefinition } from '../../patterns/types.js';
import { ROOT, rdpdiag } from './cli.js';
import { CORPUS, corpusPath, HAVE_CORPUS, NO_CORPUS_REASON } from './corpus.js';

/** `analyze --format json` over `args` (files, and options such as `-q`): its exit code and report; no stderr. */
export async function analyzeJson<Report>(...args: string[]): Promise<{ code: number; json: Report }> {
  const r = await rdpdiag(['analyze', '--format', 'json', ...args]);
  expect(r.stderr).toBe('');
  return { code: r.code, json: JSON.parse(r.stdout) as Report };
}

/** The ATT&CK ids a finding names: each technique's sub-technique, else the technique. */
export const attackIds = (f: AttackFindingDefinition): string[] =>
  f.techniques.map((t) => t.subtechnique?.id ?? t.technique.id);

/** Each sample and near miss the finding names is a file of the repository. */
export function expectSampleFiles(f: AttackFindingDefinition): void {
  for (const s of [...f.samples, ...f.nearMisses]) expect(existsSync(join(ROOT, s.file)), s.file).toBe(true);
}

/** As `analyzeJson`, with the report's findings of `id` picked out (`found`). */
export async function analyzeFinding<Report extends { findings: { id: string }[] }>(
  id: string,
  ...args: string[]
): Promise<{ code: number; json: Report; found: Report['findings'] }> {
  const { code, json } = await analyzeJson<Report>(...args);
  return { code, json, found: json.findings.filter((f) => f.id === id) };
}

/**
 * Real logs of the shared corpus (paths within it) of which `finding` must tell nothing: one test each, named
 * `<file>: <what>`, skipped without the corpus.
 */
export function noneOnRealLogs(
  finding: string,
  what: string,
  files: readonly string[],
  analyze: (file: string) => Promise<{ found: readonly unknown[] }>,
): void {
  describe.skipIf(!HAVE_CORPUS)(`${finding} on the real logs (${HAVE_CORPUS ? CORPUS : NO_CORPUS_REASON})`, () => {
    it.each(files)(`%s: ${what}`, async (file) => {
      const { found } = await analyze(corpusPath(file));
      expect(found).toEqual([]);
    });
  });
}
