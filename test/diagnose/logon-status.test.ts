/**
 * The specific status of a failed logon decides, not RdpCoreTS 140's generic "bad credentials": NTLM blocked is its
 * own cause, and a status no table knows is said with its value, never taken for a wrong password.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authNtlmBlocked } from '../../patterns/auth-ntlm-blocked.js';
import { UNEXPLAINED } from '../../patterns/index.js';
import { analyzeXml } from '../helpers/pipeline.js';

const SAMPLE = readFileSync(authNtlmBlocked.sample.file, 'utf8');
/** The sample's NTLM-blocked connections (at 09:40 a Protected Users refusal follows, told in client-named-refusals). */
const blocked = (a: { start: string }) => a.start < '2024-06-03T09:40';

describe('the status of a failed logon decides', () => {
  it('STATUS_NTLM_BLOCKED beside RdpCoreTS 140 is NTLM blocked, with the Kerberos fix, not a wrong password', () => {
    const failed = analyzeXml(SAMPLE).attempts.filter((a) => a.outcome === 'failed' && blocked(a));
    expect(failed).toHaveLength(2);
    for (const a of failed) {
      expect(a.causes[0].id).toBe(authNtlmBlocked.id);
      expect(a.causes.map((c) => c.id)).not.toContain(authBadCredentials.id);
      expect(a.causes[0].remediation.join(' ')).toMatch(/DNS name/);
    }
  });

  it('a status no table knows is said with its value, with no credential advice', () => {
    const failed = analyzeXml(SAMPLE.replaceAll('0xc0000418', '0xc0000999')).attempts.filter(
      (a) => a.outcome === 'failed' && blocked(a),
    );
    expect(failed).toHaveLength(2);
    for (const a of failed) {
      expect(a.causes.map((c) => c.id)).toEqual([UNEXPLAINED]);
      expect(a.causes[0].explanation).toMatch(/status 0xC0000999 \(Security 4625\), which is not in our tables/);
      expect(a.causes[0].remediation.join(' ')).not.toMatch(/Caps Lock|password/i);
    }
  });
});
