/** What the tests of an attack finding (test/diagnose/<finding>.test.ts) share: its definition checked, its report. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { AttackFindingDefinition } from '../../patterns/types.js';
import { ROOT, rdpdiag } from './cli.js';

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
