/**
 * Security lens additions and real connection kinds (issue 23): Security 4825 (denied Remote Desktop for want of
 * the right) explains its attempt; a host without NLA fails at the logon screen with a 4625 logon type 10 from
 * winlogon, which is bad credentials and never "NLA succeeded".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { analyzeXml, sampleXml } from '../helpers/pipeline.js';

const SAMPLE = join('samples', 'denied-remote-desktop-4825', 'Security.xml');

describe('Security 4825 and the logon-screen 4625', () => {
  const analysis = analyzeXml(sampleXml(SAMPLE));
  const [denied, mistyped] = analysis.attempts;

  it('a 4825 alone is an attempt refused for want of the Remote Desktop right, naming account and address', () => {
    expect(denied.outcome).toBe('failed');
    expect(denied.user).toBe('CORP\\tomas');
    expect(denied.client.address).toBe('198.51.100.24');
    expect(denied.causes[0].id).toBe(authLogonRight.id);
    expect(denied.causes[0].explanation).toMatch(/denied CORP\\tomas access to Remote Desktop \(Security 4825/);
  });

  it('near miss: a wrong password typed at the logon screen (no NLA) is bad credentials, never NLA', () => {
    expect(mistyped.outcome).toBe('failed');
    expect(mistyped.causes[0].id).toBe(authBadCredentials.id);
    expect(mistyped.causes[0].explanation).toMatch(/logon type 10/);
    expect(mistyped.causes[0].explanation).not.toMatch(/Network Level Authentication|NLA/);
    expect(mistyped.progress.authenticated).toBe(false);
  });
});
