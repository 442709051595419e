/** The answer first: summary-first terminal report, honest empty results, `--explain`. */
import { describe, expect, it } from 'vitest';
import { rdpdiag } from '../helpers/cli.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';

describe('analyze: the answer first', () => {
  it('opens with the attack, the incidents and the successes, within 80 columns', async () => {
    const r = await rdpdiag(['analyze', 'samples/scanner-noise', '-q']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^12 RDP connection attempts on 1 computer/);
    expect(r.stdout).toMatch(/! ATTACK: password guessing from 203\.0\.113\.77 against EDGE01/);
    expect(r.stdout).toMatch(new RegExp(`I02 {2}ATTACK {2}6 × ${authBadCredentials.id}`));
    expect(r.stdout).toMatch(/1 succeeded: 198\.51\.100\.7 as EDGE01\\Administrator/);
    // Export commands stay on one line, so that they can be copied.
    for (const l of lines.filter((x) => !x.trimStart().startsWith('wevtutil ')))
      expect(l.length).toBeLessThanOrEqual(80);
    // Per-attempt detail only on request.
    expect(r.stdout).not.toMatch(/^A004 {2}/m);
    const one = await rdpdiag(['analyze', 'samples/scanner-noise', '-q', '--attempt', 'A004']);
    expect(one.stdout).toMatch(/^A004 {2}/);
    expect(one.stdout).toMatch(/Cause: Wrong user name or password/);
    expect((await rdpdiag(['analyze', 'samples/scanner-noise', '-q', '--details'])).stdout).toMatch(/^A012 {2}/m);
  });

  it('says which filter removed everything, exits as a run with no failure, and blames no missing log', async () => {
    const r = await rdpdiag(['analyze', 'samples/scanner-noise', '-q', '--event-id', '4625', '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No RDP connection attempt is left after the filters: [\d,]+ events read, \d+ left/);
    expect(r.stdout).toMatch(/--event-id 4625 removed [\d,]+/);
    expect(r.stdout).not.toMatch(/missing|export it/i);
    const since = await rdpdiag(['analyze', 'samples/scanner-noise', '-q', '--since', '2030-01-01']);
    expect(since.code).toBe(0);
    // Time and computer choose what is shown of the whole analysis: none of the attempts found is in view.
    expect(since.stdout).toMatch(
      /\d+ found in the logs, none\s+with --since 2030-01-01\..*The logs run from 2024-05-08/s,
    );
  });

  it('--explain shows the outcome rule, each clause with its weight and event, and the competing causes', async () => {
    const r = await rdpdiag(['analyze', 'samples/scanner-noise', '-q', '--explain', 'A004']);
    expect(r.stdout).toMatch(/Why this verdict/);
    expect(r.stdout).toMatch(/Outcome failed: /);
    expect(r.stdout).toMatch(new RegExp(`- ${authBadCredentials.id}: fired \\(confidence \\d+%, needs 30%\\)`));
    expect(r.stdout).toMatch(/logonFailure \[window, weight 0\.8\]: Security 4625 #\d+/);
    expect(r.stdout).toMatch(new RegExp(`- ${tlsCertificate.id}: (no evidence|not applicable)`));
    const json = JSON.parse(
      (await rdpdiag(['analyze', 'samples/scanner-noise', '-q', '--explain', 'A004', '--format', 'json'])).stdout,
    );
    const traced = json.attempts.filter((a: { trace?: unknown }) => a.trace);
    expect(traced.map((a: { id: string }) => a.id)).toEqual(['A004']);
    expect(traced[0].trace[0]).toMatchObject({ step: 'outcome', outcome: 'failed' });
    expect(json.incidents.length).toBeGreaterThan(0);
  });
});
