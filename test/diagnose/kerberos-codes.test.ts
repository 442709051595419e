/**
 * The domain controller's Kerberos failure codes (issue 48, item 6), each joined to the connection it refused by
 * the client's address and the user, whichever of 4771 (pre-authentication), 4768 (TGT) or 4769 (service ticket,
 * user as `user@REALM`) carries it: 0x6 and 0x18 a wrong name or password, 0x12 and 0x17 an account state, 0x25
 * clock skew, the PKINIT codes 0x3E–0x4B a smart card refused. The same refusal for another address names no cause.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authSmartcard } from '../../patterns/auth-smartcard.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { analyzeXml, sampleXml } from '../helpers/pipeline.js';

/** lena's connection of the auth-bad-credentials sample, refused by DC01 in Kerberos (its one 4771, 0x18). */
const SAMPLE = sampleXml('samples/patterns/auth-bad-credentials/sample.xml');
const LINE = SAMPLE.split('\n').find((l) => l.includes('<EventID>4771</EventID>') && l.includes('>lena<'))!;

/** The same refusal as another event and code (4769 names the user as `user@REALM` and the service TERMSRV/…). */
function refusal(id: 4771 | 4768 | 4769, status: string, address = '192.0.2.57'): string {
  let line = LINE.replace("<Data Name='Status'>0x18</Data>", `<Data Name='Status'>${status}</Data>`)
    .replace('<EventID>4771</EventID>', `<EventID>${id}</EventID>`)
    .replace('::ffff:192.0.2.57', `::ffff:${address}`);
  if (id === 4769)
    line = line
      .replace('>lena<', '>lena@CORP.EXAMPLE.TEST<')
      .replace('krbtgt/CORP.EXAMPLE.TEST', 'TERMSRV/RDSH01.corp.example.test');
  return SAMPLE.replace(LINE, line);
}

/** lena's attempt (09:10:14) and its top cause. */
function lena(xml: string) {
  const a = analyzeXml(xml).attempts.find((x) => x.start.startsWith('2024-05-02T09:10:14'))!;
  return { outcome: a.outcome, top: a.causes[0]?.id, explanation: a.causes[0]?.explanation ?? '' };
}

describe("the domain controller's Kerberos codes, joined to the connection", () => {
  it.each([
    [4771, '0x18', authBadCredentials.id, /0x18 KDC_ERR_PREAUTH_FAILED/],
    [4768, '0x6', authBadCredentials.id, /0x6 KDC_ERR_C_PRINCIPAL_UNKNOWN/],
    [4769, '0x12', authAccountState.id, /0x12 KDC_ERR_CLIENT_REVOKED/],
    [4768, '0x17', authAccountState.id, /0x17 KDC_ERR_KEY_EXPIRED/],
    [4769, '0x25', credsspNla.id, /0x25 KRB_AP_ERR_SKEW/],
    [4771, '0x3E', authSmartcard.id, /not trusted for smart-card logon/],
    [4768, '0x48', authSmartcard.id, /0x48 the user's certificate is revoked/],
    [4771, '0x49', authSmartcard.id, /revocation status cannot be determined/],
    [4771, '0x3F', authSmartcard.id, /domain controller's own certificate is not trusted/],
    [4768, '0x4B', authSmartcard.id, /0x4B its name does not match the account/],
  ] as const)('%i %s: %s', (id, status, cause, words) => {
    const got = lena(refusal(id, status));
    expect(got.outcome).toBe('failed');
    expect(got.top).toBe(cause);
    expect(got.explanation).toMatch(words);
    expect(got.explanation).toMatch(/DC01\.corp\.example\.test/);
  });

  it('the same refusal of another computer at that moment is no cause of this connection', () => {
    for (const [id, status] of [
      [4771, '0x18'],
      [4769, '0x25'],
      [4771, '0x3E'],
    ] as const) {
      const got = lena(refusal(id, status, '192.0.2.99'));
      expect([authBadCredentials.id, credsspNla.id, authSmartcard.id]).not.toContain(got.top);
    }
  });
});
