/**
 * `termsrv-tampering` (issue 49): RDP Wrapper and the other changes to Remote Desktop's own service, each naming the
 * account that made it (from the process records when the registry record names none); its near miss (an
 * administrator's port 3390, Windows Update replacing termsrv.dll, shadowing with consent) raises nothing.
 */
import { describe, expect, it } from 'vitest';
import { termsrvTampering } from '../../patterns/findings/termsrv-tampering.js';
import { neededForAnalysis } from '../../src/diagnose/analysis-reads.js';
import type { Finding } from '../../src/model/attempt.js';
import { rdpdiag } from '../helpers/cli.js';
import { eventsFromXml, sampleXml } from '../helpers/pipeline.js';

const FOLDER = 'samples/findings/termsrv-tampering';

async function run(file: string): Promise<{ code: number; findings: Finding[] }> {
  const r = await rdpdiag(['analyze', '--format', 'json', file]);
  expect(r.stderr).toBe('');
  return { code: r.code, findings: (JSON.parse(r.stdout) as { findings: Finding[] }).findings };
}

describe('termsrv-tampering: its home as data', () => {
  // An attack finding's home (references, false positives, samples): test/patterns/attack-findings.test.ts.
  it('cites more than three references and more than two false positives', () => {
    expect(termsrvTampering.references.length).toBeGreaterThan(3);
    expect(termsrvTampering.falsePositives.length).toBeGreaterThan(2);
  });
});

describe('termsrv-tampering on its samples', () => {
  it('RDP Wrapper: every change, each by CORP\\p.novak (the Sysmon 13s by the PowerShell that wrote them), high, exit 1', async () => {
    const { code, findings } = await run(`${FOLDER}/rdpwrap.xml`);
    expect(code).toBe(1);
    const [f, ...more] = findings.filter((x) => x.id === termsrvTampering.id);
    expect(more).toEqual([]);
    expect(f!.title).toBe("Remote Desktop's service tampered with on WS-FIN04.corp.example.test (RDP Wrapper)");
    expect(f!.explanation).toMatch(/takeown \/f C:\\Windows\\System32\\termsrv\.dll/);
    expect(f!.explanation).toMatch(/icacls C:\\Windows\\System32\\termsrv\.dll \/grant Everyone:F/);
    expect(f!.explanation).toMatch(/at another DLL \(C:\\Program Files\\RDP Wrapper\\rdpwrap\.dll\)/);
    expect(f!.explanation).toMatch(/several sessions at once/);
    expect(f!.explanation).toMatch(/listener to port 80 /);
    expect(f!.explanation).toMatch(/Shadow 2/);
    expect(f!.explanation).not.toMatch(/do not name/);
    expect(f!.explanation.match(/CORP\\p\.novak/g)!.length).toBeGreaterThanOrEqual(6);
    // rdp-enabled's telling of the port names the same account now (from the process records).
    const enabled = findings.find((x) => x.id === 'rdp-enabled');
    expect(enabled?.explanation).toMatch(/CORP\\p\.novak moved Remote Desktop to port 80/);
    const md = (await rdpdiag(['analyze', '--format', 'markdown', `${FOLDER}/rdpwrap.xml`])).stdout;
    expect(md).toMatch(/- \*\*Alert:\*\* WS-FIN04\.corp\.example\.test: Remote Desktop's service tampered with/);
    const ecs = (await rdpdiag(['analyze', '--format', 'ecs', `${FOLDER}/rdpwrap.xml`])).stdout;
    expect(ecs).toMatch(/"severity":73|"severity": 73/);
  });

  it('the near miss: port 3390 by an administrator, TiWorker replacing termsrv.dll, Shadow 1: no tampering', async () => {
    const { findings } = await run(`${FOLDER}/near-miss.xml`);
    expect(findings.filter((x) => x.id === termsrvTampering.id)).toEqual([]);
  });

  it('reading keeps the changes and the processes that made them', () => {
    const keep = neededForAnalysis();
    const events = eventsFromXml(sampleXml(`${FOLDER}/rdpwrap.xml`));
    expect(events.every(keep)).toBe(true);
  });
});
