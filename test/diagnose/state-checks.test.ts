/**
 * The machine's state beside (or without) the logs: each `state-*` finding from its sample, the near misses that
 * raise nothing, and the join (a failed attempt whose logs leave its cause open takes the cause the state confirms;
 * state of another computer kept apart; a state taken after the failure said so). The samples' files are given a
 * fixed modification time (a state file's time when it says none), so certificates are judged at a known date.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { STATE_CHECKS } from '../../patterns/state/checks.js';
import { analyzeTimeline, readingForAnalysis } from '../../src/pipeline/analysis-report.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import { stampTimes } from '../helpers/state.js';
import { licensingClientCache } from '../../patterns/licensing-client-cache.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { serverDenied } from '../../patterns/server-denied.js';
import { UNEXPLAINED } from '../../patterns/index.js';

const STATE = join(ROOT, 'samples/state');
const TAKEN = '2026-11-26T09:30:00Z';
let copy = '';

beforeAll(() => {
  copy = tempDir();
  cpSync(STATE, copy, { recursive: true });
  stampTimes(copy, TAKEN);
});

async function analyze(folder: string) {
  const timeline = await buildTimeline([join(copy, folder)], readingForAnalysis());
  return analyzeTimeline(timeline);
}

const CASES = readdirSync(STATE).filter((d) => !d.startsWith('join-') && d !== 'formats' && !d.includes('.'));

describe('state alone', () => {
  for (const name of CASES) {
    const expected = JSON.parse(readFileSync(join(STATE, name, 'expected.json'), 'utf8')) as { findings: string[] };
    it(`${name}: ${expected.findings.length ? expected.findings.join(', ') : 'nothing raised (near miss)'}`, async () => {
      const { model, anyFailed } = await analyze(name);
      const ids = model.analysis.findings.map((f) => f.id).filter((id) => id.startsWith('state-'));
      expect([...new Set(ids)]).toEqual(expected.findings);
      expect(anyFailed).toBe(expected.findings.length > 0);
      const checks = model.analysis.machineState?.checks ?? [];
      // Every check is made, passed or could not be made; those not made name the command that would make them.
      // Each computer the files name (a license server's key packs beside its session host) gets every check.
      const computers = new Set(checks.map((c) => c.computer));
      for (const c of computers) expect(checks.filter((x) => x.computer === c)).toHaveLength(STATE_CHECKS.length);
      for (const c of checks.filter((x) => x.verdict === 'not-made')) expect(c.command).toBeTruthy();
      for (const f of model.analysis.findings.filter((x) => x.id.startsWith('state-'))) {
        expect(f.evidence.length).toBeGreaterThan(0);
        expect(f.evidence.every((e) => e.state?.file.startsWith(copy))).toBe(true);
      }
    });
  }

  it('each state-* finding of causes.md has a sample, and each check names a Microsoft source', () => {
    const sampled = new Set(
      CASES.flatMap(
        (n) => (JSON.parse(readFileSync(join(STATE, n, 'expected.json'), 'utf8')) as { findings: string[] }).findings,
      ),
    );
    sampled.add('state-client-license-cache'); // raised only beside the logs: join-client-license-cache
    expect([...new Set(STATE_CHECKS.map((c) => c.finding))].sort()).toEqual([...sampled].sort());
    for (const c of STATE_CHECKS)
      expect(c.references.some((r) => /^https:\/\/(learn|support)\.microsoft\.com\//.test(r))).toBe(true);
  });

  it('a policy value outranks the same value under CurrentControlSet', async () => {
    const { model } = await analyze('security-layer');
    const check = model.analysis.machineState?.checks.find((c) => c.check === 'security-layer');
    expect(check?.value).toContain('SecurityLayer = 0 (RDP) in the policy key');
  });

  it('the time taken is the file time, said so', async () => {
    const { model } = await analyze('certificate-expired');
    const f = model.analysis.findings.find((x) => x.id === 'state-certificate');
    expect(f?.explanation).toContain('expired on 2025-05-02');
    expect(f?.evidence[0].state?.takenFrom).toBe('file-time');
    expect(model.analysis.machineState?.notes.join(' ')).toContain('modification time');
  });
});

describe('state joined to the attempts', () => {
  it('an open 0x904 failure takes the licensing cause the state confirms, evidence said later than the failure', async () => {
    const { model } = await analyze('join-0x904-licensing');
    const a = model.analysis.attempts.find((x) => x.id === 'A001')!;
    expect(a.causes[0].id).toBe(licensingGraceExpired.id);
    expect(a.causes[0].explanation).toMatch(
      /state taken 2026-11-26 09:30 UTC, after the failure at 2025-03-04 10:26 UTC/,
    );
    const ev = a.causes[0].evidence.filter((e) => e.state);
    expect(ev.length).toBeGreaterThan(0);
    expect(ev.every((e) => e.state?.takenAfter)).toBe(true);
    expect(a.causes[0].remediation.join(' ')).toContain('licensing mode');
  });

  it('a licensing-stage drop (1149, OnStartLicensing, 102/103, no 66, no logon) failed; the state names its cause', async () => {
    const { model } = await analyze('join-licensing-stage-drop');
    const a = model.analysis.attempts.find((x) => x.id === 'A001')!;
    expect(a.outcome).toBe('failed');
    expect(a.causes[0].id).toBe(licensingGraceExpired.id);
    expect(a.causes[0].explanation).toMatch(/after the failure at 2025-03-05 10:26 UTC/);
    const ev = a.causes[0].evidence.filter((e) => e.state);
    expect(ev.length).toBeGreaterThan(0);
    // collect's header dates rdp-settings.txt (14:05 that day); grace-period.json has only its file time: both later.
    expect(ev.every((e) => e.state?.takenAfter)).toBe(true);
    expect(model.analysis.incidents[0]).toMatchObject({ cause: licensingGraceExpired.id });
    expect(model.analysis.incidents[0].explanation).toContain('GetGracePeriodDays: 0 days left');
  });

  it('the same drop beside the state of another computer: failed, no cause named, the state kept apart', async () => {
    const { model } = await analyze('join-licensing-stage-drop-other-computer');
    const a = model.analysis.attempts.find((x) => x.id === 'A001')!;
    expect(a.outcome).toBe('failed');
    expect(a.causes[0].id).toBe(UNEXPLAINED);
    expect(a.causes.some((c) => c.evidence.some((e) => e.state))).toBe(false);
    expect(model.analysis.machineState?.notes.join(' ')).toContain('RDSH09.corp.example.org');
  });

  it('state of another computer than the logs: kept apart, said, the attempt unchanged', async () => {
    const { model } = await analyze('join-other-computer');
    expect(model.analysis.attempts[0].causes[0].id).toBe(serverDenied.id);
    expect(model.analysis.machineState?.notes.join(' ')).toContain('RDSH09.corp.example.org');
    expect(model.analysis.findings.find((f) => f.id === 'state-licensing')?.computer).toBe('RDSH09.corp.example.org');
  });

  it("the client's MSLicensing store beside its logs, where RCM 1003 names it", async () => {
    const { model } = await analyze('join-client-license-cache');
    const f = model.analysis.findings.find((x) => x.id === 'state-client-license-cache');
    expect(f?.computer).toBe('WS-IVAN.corp.example.test');
    expect(model.analysis.attempts[0].causes[0].id).toBe(licensingClientCache.id);
    expect(model.analysis.attempts[0].causes[0].evidence.some((e) => e.state)).toBe(true);
  });

  it('the same client store alone raises nothing (it holds only beside a refusal of its licence)', async () => {
    const { model } = await analyze('join-client-license-cache/client/mslicensing.txt');
    expect(model.analysis.findings.filter((f) => f.id.startsWith('state-'))).toEqual([]);
    const check = model.analysis.machineState?.checks.find((c) => c.check === 'client-license-store');
    expect(check).toMatchObject({ verdict: 'passed', value: 'present (HardwareID, Store)' });
  });

  it('a moved port without its firewall rule confirms the client-side unreachable failure', async () => {
    const { model } = await analyze('join-unreachable-firewall');
    const a = model.analysis.attempts.find((x) => x.id === 'A001')!;
    expect(a.causes[0].id).toBe(networkUnreachable.id);
    expect(a.causes[0].evidence.some((e) => e.state?.name === 'PortNumber')).toBe(true);
    expect(a.causes[0].explanation).toContain('after the failure');
    // The attempt to a mistyped name is not that server's.
    expect(model.analysis.attempts.find((x) => x.id === 'A003')!.causes[0].evidence.some((e) => e.state)).toBe(false);
  });
});
