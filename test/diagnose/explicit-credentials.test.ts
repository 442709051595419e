/**
 * `explicit-credentials` (issue 36): its home as data (patterns/findings/explicit-credentials.ts), the targets it
 * reads (`TERMSRV/<host>` only), its sample (a jump host's 4648 joined to the mstsc connection it opened, and one whose
 * connection the run does not hold, told as account → target), the near miss (winlogon's localhost, cifs/, a task),
 * an alert only when an attacker's session was open on that computer. Real logs whose 4648s are none of its:
 * explicit-credentials-corpus.test.ts; the StolenSzechuan DC's 4648 joined to the lateral movement's connection:
 * test/report/stolen-szechuan.test.ts (both slow tier).
 */
import { describe, expect, it } from 'vitest';
import { explicitCredentials } from '../../patterns/findings/explicit-credentials.js';
import { ATTACK_FINDINGS } from '../../patterns/index.js';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { neededForAnalysis } from '../../src/diagnose/analysis-reads.js';
import { isSecurityAlert } from '../../src/diagnose/attacks/attack-path.js';
import { exportSelection } from '../../src/diagnose/export-selection.js';
import { termsrvTarget } from '../../src/diagnose/attacks/explicit-credentials.js';
import type { ExplicitCredentials, Finding } from '../../src/model/attempt.js';
import { analyzeFinding, attackIds, expectSampleFiles } from '../helpers/findings.js';
import { eventsFromXml, sampleXml } from '../helpers/pipeline.js';
import { scenarioTimeline } from '../helpers/samples.js';

const FOLDER = 'samples/findings/explicit-credentials';

interface JsonReport {
  attempts: { id: string; side: string; user?: string; explicitCredentials?: ExplicitCredentials[] }[];
  findings: Finding[];
}

const analyzeFound = (...files: string[]) => analyzeFinding<JsonReport>(explicitCredentials.id, '-q', ...files);

describe('explicit-credentials: its home as data', () => {
  it('is an attack finding with ATT&CK ids, public references, false positives, a sample and a near miss', () => {
    expect(ATTACK_FINDINGS).toContain(explicitCredentials);
    expect(attackIds(explicitCredentials)).toEqual(['T1021.001', 'T1078']);
    expect(explicitCredentials.references.every((r) => r.startsWith('https://'))).toBe(true);
    expectSampleFiles(explicitCredentials);
  });

  it('reads TERMSRV/<host> targets only, from TargetInfo or TargetServerName', () => {
    const [e] = eventsFromXml(sampleXml(`${FOLDER}/jump-host.xml`)).filter((x) => x.eventId === 4648);
    expect(termsrvTarget(e!)).toBe('APP05.corp.example.test');
    const data = (d: Record<string, string>) => ({ ...e!, data: { ...e!.data, ...d } });
    expect(termsrvTarget(data({ TargetInfo: 'localhost', TargetServerName: 'TERMSRV/sql03' }))).toBe('sql03');
    expect(termsrvTarget(data({ TargetInfo: 'cifs/APP05', TargetServerName: 'APP05' }))).toBeUndefined();
    const keep = neededForAnalysis();
    const near = eventsFromXml(sampleXml(`${FOLDER}/near-miss.xml`));
    expect(near.some(keep)).toBe(false);
    expect(
      eventsFromXml(sampleXml(`${FOLDER}/jump-host.xml`))
        .filter((x) => x.eventId === 4648)
        .every(keep),
    ).toBe(true);
    expect(exportSelection().securityIds).toContain(4648);
  });
});

describe('explicit-credentials on its samples', () => {
  it('joined to the connection it opened; the one whose connection is not in the run is a finding, information', async () => {
    const { code, json, found } = await analyzeFound(`${FOLDER}/jump-host.xml`);
    const [fs02] = json.attempts;
    // CredSSP logged it twice (16 ms apart): one use.
    expect(fs02!.explicitCredentials).toEqual([
      {
        time: '2025-04-08T09:14:19.5120000Z',
        by: 'CORP\\m.weber',
        account: 'CORP.EXAMPLE.TEST\\adm.weber',
        target: 'APP05.corp.example.test',
        process: 'C:\\Windows\\System32\\lsass.exe',
      },
    ]);
    expect(fs02!.user).toBe('CORP.EXAMPLE.TEST\\adm.weber');
    const [f, ...more] = found;
    expect(more).toEqual([]);
    expect(f!.computer).toBe('JUMP01.corp.example.test');
    expect(f!.explicitCredentials).toEqual({
      uses: [expect.objectContaining({ account: 'CORP.EXAMPLE.TEST\\adm.weber', target: 'SQL03.corp.example.test' })],
    });
    expect(f!.title).toMatch(/adm\.weber → SQL03/);
    expect(isSecurityAlert(f!)).toBe(false);
    expect(code).toBe(0);
  });

  it('the near miss (localhost at sign-in, cifs/ for a share, a scheduled task) is quiet', async () => {
    const { found } = await analyzeFound(`${FOLDER}/near-miss.xml`);
    expect(found).toEqual([]);
  });

  it('an alert when an attacker’s session was open on that computer: the attacker moving on', async () => {
    // The scenario as read once per test worker (test/scenarios reads it too), read, never changed, here.
    const { events } = await scenarioTimeline('heldout-11-password-guessing-then-success-2019');
    // The attacker's session there (A025, 02:16:11 to 02:16:16): credentials for SQL03 given from inside it.
    const use = sampleXml(`${FOLDER}/jump-host.xml`)
      .split('\n')
      .find((l) => l.includes('TERMSRV/SQL03'))!
      .replaceAll('JUMP01.corp.example.test', 'rds-edge.heldout.example.com')
      .replace(/SystemTime='[^']*'/, "SystemTime='2024-12-02T02:16:14.0000000Z'");
    const analysis = analyzeEvents([...events, ...eventsFromXml(use)].sort((x, y) => x.timeMs - y.timeMs));
    const [f] = analysis.findings.filter((x) => x.id === explicitCredentials.id);
    expect(f!.explicitCredentials?.duringAttack).toEqual({ attack: '203.0.113.66', session: expect.any(String) });
    expect(isSecurityAlert(f!)).toBe(true);
    expect(f!.explanation).toMatch(/the attacker moving on/);
  });
});

// Real logs whose 4648s are none of its: explicit-credentials-corpus.test.ts (slow tier, with the corpus).
