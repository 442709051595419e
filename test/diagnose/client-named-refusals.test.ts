/**
 * Refusals the server cannot name (issue 65): the client's own disconnect code 3593 (Restricted Admin not supported)
 * is evidence of `credssp-nla` with its fix, and a Protected Users administrator refused over NTLM (the server's 4625
 * 0xC000006E, the domain controller's 4822) is `auth-ntlm-blocked`, not a time-of-day restriction; without the
 * domain controller's record the same 4625 stays an account restriction (the near miss).
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authNtlmBlocked } from '../../patterns/auth-ntlm-blocked.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { analyzeJson } from '../helpers/findings.js';

interface Report {
  attempts: {
    id: string;
    start: string;
    outcome: string;
    causes: { id: string; confidence: number; explanation: string; remediation: string[] }[];
  }[];
}

describe('refusals only the client or the domain controller can name', () => {
  it("the client's 1026 3593: NLA's cause, Restricted Admin's fix among its remediation", async () => {
    const { json } = await analyzeJson<Report>('samples/patterns/credssp-nla/restricted-admin.xml');
    const [a] = json.attempts;
    expect(a!.outcome).toBe('failed');
    expect(a!.causes[0]!.id).toBe(credsspNla.id);
    expect(a!.causes[0]!.explanation).toMatch(/3593 .*Restricted Administration mode/);
    expect(a!.causes[0]!.remediation.some((r) => /Restricted Admin not supported \(3593\)/.test(r))).toBe(true);
  });

  it("a Protected Users administrator over NTLM: NTLM blocked, from the DC's 4822, with the fix", async () => {
    const { json } = await analyzeJson<Report>('samples/patterns/auth-ntlm-blocked/sample.xml');
    const a = json.attempts.find((x) => x.start.startsWith('2024-06-03T09:40'));
    expect(a!.causes.map((c) => c.id)).toEqual([authNtlmBlocked.id, authAccountState.id]);
    expect(a!.causes[0]!.explanation).toMatch(/DC02\.corp\.example\.test refused NTLM for adm\.vogel .*Security 4822/);
    expect(a!.causes[0]!.remediation.some((r) => /Protected Users/.test(r))).toBe(true);
  });

  it('the near miss: the same 4625 without the domain controller’s record stays an account restriction', async () => {
    const { json } = await analyzeJson<Report>('samples/patterns/auth-account-state/sample.xml');
    for (const a of json.attempts) expect(a.causes.map((c) => c.id)).not.toContain(authNtlmBlocked.id);
  });
});
