/**
 * Lateral movement from any start (issue 49): a chain of Remote Desktop hops with valid accounts, no attack before
 * it, told as one chain from its first source; continued across a computer that left no logs; high when it reaches a
 * domain controller, uses a service account, or begins at a never-seen source. An administrator's jump-host hop is
 * not told.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lateralMovement } from '../../patterns/findings/lateral-movement.js';
import { ATTACK_FINDINGS } from '../../patterns/index.js';
import { isServiceOrBuiltinAdmin } from '../../src/diagnose/attacks/lateral-chains.js';
import type { Finding } from '../../src/model/attempt.js';
import { rdpdiag } from '../helpers/cli.js';
import { sampleXml } from '../helpers/pipeline.js';

const FOLDER = 'samples/findings/lateral-movement';

async function lateral(file: string): Promise<{ code: number; found: Finding[] }> {
  const r = await rdpdiag(['analyze', '--format', 'json', file]);
  expect(r.stderr).toBe('');
  const json = JSON.parse(r.stdout) as { findings: Finding[] };
  return { code: r.code, found: json.findings.filter((f) => f.id === lateralMovement.id) };
}

describe('lateral movement from any start', () => {
  it('is knowledge as data: an attack finding with references, false positives, a sample and a near miss', () => {
    expect(ATTACK_FINDINGS).toContain(lateralMovement);
    expect(lateralMovement.falsePositives.length).toBeGreaterThan(1);
    expect(lateralMovement.nearMisses.map((n) => n.file)).toContain(`${FOLDER}/near-miss-jump-host.xml`);
  });

  it('valid accounts: one chain from the first source, every hop, across the computer that left no logs', async () => {
    const { code, found } = await lateral(`${FOLDER}/valid-accounts.xml`);
    expect(code).toBe(1);
    const [f, ...more] = found;
    expect(more).toEqual([]);
    expect(f!.title).toBe(
      'Lateral movement over Remote Desktop: 203.0.113.77 → APP01 → FS02 → DC01; APP01 → 198.51.100.14 → SQL03',
    );
    expect(f!.attempts).toEqual(['A001', 'A002', 'A003', 'A004', 'A005']);
    expect(f!.explanation).toMatch(/198\.51\.100\.14 left no logs: SQL03\.corp\.example\.test names it as the client/);
    expect(f!.explanation).toMatch(/reached a domain controller, DC01\.corp\.example\.test/);
    expect(f!.explanation).toMatch(/interactively with CORP\\svc_backup/);
    const table = (await rdpdiag(['analyze', `${FOLDER}/valid-accounts.xml`])).stdout;
    expect(table).toMatch(/^! ALERT: Lateral movement over Remote Desktop: 203\.0\.113\.77 → APP01/m);
  });

  it('the near miss: an administrator’s jump-host hop from a workstation seen the day before is not told', async () => {
    const { code, found } = await lateral(`${FOLDER}/near-miss-jump-host.xml`);
    expect(found).toEqual([]);
    expect(code).toBe(0);
  });

  it('the same hop from a source the jump host had never seen, in logs that reach a day back, is told', async () => {
    const xml = sampleXml(`${FOLDER}/near-miss-jump-host.xml`).replace(
      /(2025-10-07T09:0[0-4][^\n]*?)198\.51\.100\.40/g,
      '$1198.51.100.66',
    );
    expect(xml).toContain('198.51.100.66');
    const file = join(mkdtempSync(join(tmpdir(), 'rdpdiag-lateral-')), 'new-source.xml');
    writeFileSync(file, xml);
    const { found } = await lateral(file);
    expect(found.map((f) => f.explanation)).toEqual([expect.stringMatching(/198\.51\.100\.66 had never connected/)]);
  });

  it('the same hop in logs that begin that day is told, its source said not known there (not "never seen")', async () => {
    const xml = sampleXml(`${FOLDER}/near-miss-jump-host.xml`)
      .split('\n')
      .filter((line) => !line.includes("SystemTime='2025-10-06"))
      .join('\n');
    expect(xml).toContain("SystemTime='2025-10-07");
    const file = join(mkdtempSync(join(tmpdir(), 'rdpdiag-lateral-')), 'short-logs.xml');
    writeFileSync(file, xml);
    const { found } = await lateral(file);
    expect(found.map((f) => f.explanation)).toEqual([
      expect.stringMatching(/198\.51\.100\.40 is not known to JUMP01[^:]*: its logs hold no connection before/),
    ]);
    expect(found[0]!.explanation).not.toMatch(/never connected/);
  });

  it.each([
    ['CORP\\svc_backup', true],
    ['svcsql', true],
    ['CORP\\backup-svc', true],
    ['Administrator', true],
    ['CORP\\adm.ops', false],
    ['m.weber', false],
  ])('%s is a service account or the built-in Administrator: %s', (user, expected) => {
    expect(isServiceOrBuiltinAdmin(user)).toBe(expected);
  });
});
