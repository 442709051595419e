/**
 * Issue 60, round 17: sentences pasted with no code of Remote Desktop's own, in wordings written for these tests from
 * the texts public pages quote (fictional names, documentation addresses): Network Policy Server's Security 6273 and
 * its Reason lines (an RD Gateway's CAPs kept in NPS), the client's "credentials did not work" dialog with its body,
 * the certificate dialog's "received from" wording, "The requested session access is denied". Each with the cause its
 * text states, or none, and a near miss (another product's text, a number that is not ours, a negation).
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { gatewayDenied } from '../../patterns/gateway-denied.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { KNOWN_SENTENCES } from '../../src/explain/tables/index.js';
import { answerOrRefused, causeIds, expectSaidNoCause, sentenceIds } from '../helpers/explain.js';

/** A 6273's Authentication Details, as Event Viewer shows them, ending on a Reason Code and its Reason line. */
const details = (code: number, reason: string) =>
  [
    'Authentication Details:',
    '\tConnection Request Policy Name:\tTS GATEWAY AUTHORIZATION POLICY',
    '\tNetwork Policy Name:\t\t-',
    '\tAuthentication Provider:\t\tWindows',
    '\tAuthentication Server:\t\tgw01.contoso.example',
    '\tAuthentication Type:\t\tUnauthenticated',
    '\tEAP Type:\t\t\t-',
    `\tReason Code:\t\t\t${code}`,
    `\tReason:\t\t\t\t${reason}`,
  ].join('\r\n');

const nps = (id: string) => {
  const s = KNOWN_SENTENCES.find((k) => k.id === id);
  if (!s) throw new Error(id);
  return s;
};

describe("Network Policy Server's 6273: the Reason line is read, its Reason Code set aside as NPS's", () => {
  it('each reason sentence of the table is read by its own text, and names NPS reason codes in its numbers', () => {
    for (const id of ['nps-reason-16', 'nps-reason-21', 'nps-reason-38', 'nps-reason-48', 'nps-reason-49']) {
      expect(nps(id).numbers).toMatch(/Network Policy Server's Reason Code/);
      expect(nps(id).overrides).toEqual(['nps-6273-denied', 'nps-6274-discarded']);
    }
  });
  it("reason 66 in its block: the refusal by the gateway's CAP, 66 not looked up as a code of ours", () => {
    const paste = `Network Policy Server denied access to a user.\r\n\r\n${details(66, 'The user attempted to use an authentication method that is not enabled on the matching network policy.')}`;
    expect(sentenceIds(paste)).toEqual(['nps-reason-66']);
    expect(causeIds(paste)).toEqual([gatewayDenied.id]);
    const e = explainCode(paste);
    expect(JSON.stringify(e)).not.toMatch(/not in our tables/);
    expect(e.summary).toMatch(/connection authorization policy \(RD CAP\)/);
  });
  it('reason 16, the line alone: bad credentials, said where NPS checked them', () => {
    const line =
      'Authentication failed due to a user credentials mismatch.  Either the user name provided does not map to an existing user account or the password was incorrect.';
    expect(sentenceIds(line)).toEqual(['nps-reason-16']);
    expect(causeIds(line)).toEqual([authBadCredentials.id]);
    expect(explainCode(line).summary).toMatch(/NPS could not match the credentials/);
  });
  it('reason 21: an extension refused, no cause guessed (the extension says why)', () => {
    const paste = details(
      21,
      'An NPS extension dynamic link library (DLL) that is installed on the NPS server rejected the connection request.',
    );
    expect(sentenceIds(paste)).toEqual(['nps-reason-21']);
    expect(causeIds(paste)).toEqual([]);
    expect(explainCode(paste).summary).toMatch(/multifactor authentication/);
  });
  it('reasons 48 and 49 told apart: a network policy (the CAP) and a connection request policy', () => {
    const no48 = details(48, 'The connection request did not match any configured network policy.');
    expect(sentenceIds(no48)).toEqual(['nps-reason-48']);
    const no49 = details(49, 'The connection request did not match a configured connection request policy.');
    expect(sentenceIds(no49)).toEqual(['nps-reason-49']);
    expect(causeIds(no48)).toEqual([gatewayDenied.id]);
    expect(causeIds(no49)).toEqual([gatewayDenied.id]);
  });
  it("reason 65 is the account's Dial-in tab; reason 38 an account restriction", () => {
    const deny = details(
      65,
      'The Network Access Permission setting in the dial-in properties of the user account in Active Directory is set to Deny access to the user.',
    );
    expect(sentenceIds(deny)).toEqual(['nps-reason-65']);
    expect(explainCode(deny).summary).toMatch(/Dial-in tab/);
    const restriction = details(
      38,
      'Authentication failed due to a user account restriction or requirement that was not followed.',
    );
    expect(causeIds(restriction)).toEqual([authAccountState.id]);
  });
  it('6274 discarded with reason 21 (as an RD Gateway MFA setup logs it): the reason is read, not the header', () => {
    const paste = `Network Policy Server discarded the request for a user.\r\n${details(21, 'An NPS extension dynamic link library (DLL) that is installed on the NPS server rejected the connection request.')}`;
    expect(sentenceIds(paste)).toEqual(['nps-reason-21']);
  });
  it('near miss: 6272 granted is healthy, no cause', () => {
    expectSaidNoCause('Network Policy Server granted access to a user.', /nothing to fix/);
  });
  it('the header alone names the event and no cause: the Reason line says it', () => {
    const e = explainCode(
      'Network Policy Server denied access to a user.\r\nContact the Network Policy Server administrator for more information.',
    );
    expect(e.other?.name).toBe('nps-6273-denied');
    expect(e.likelyCauses).toEqual([]);
  });
  it('near misses: a Reason Code alone is no NPS reason; a dial-up error and the RADIUS reject enum are not read as NPS reasons', () => {
    expect(sentenceIds('Reason Code: 66')).toEqual([]);
    for (const text of [
      '691 Access was denied because the username and/or password was invalid on the domain.',
      'rrrcAuthenticationFailure Value: 4 The authentication process has failed; possibly due to incorrect credentials.',
    ])
      expect(sentenceIds(text).filter((id) => id.startsWith('nps-'))).toEqual([]);
  });
  it('near miss: the method "is enabled" (the negation dropped) is not reason 66', () => {
    const e = answerOrRefused(
      'The user attempted to use an authentication method that is enabled on the matching network policy.',
    );
    expect(e?.other?.name).not.toBe('nps-reason-66');
  });
});

describe("an NPS refusal of an 802.1X switch's or access point's request is that network's (round 36)", () => {
  const refusal = (portType: string) =>
    [
      'Network Policy Server denied access to a user.',
      'NAS:',
      '\tNAS IPv4 Address:\t10.20.0.4',
      `\tNAS Port-Type:\t\t${portType}`,
      details(
        16,
        'Authentication failed due to a user credentials mismatch. Either the user name provided does not map to an existing user account or the password was incorrect.',
      ),
    ].join('\r\n');
  it('Wireless - IEEE 802.11 or Ethernet: the network sign-in named, no Remote Desktop cause', () => {
    for (const portType of ['Wireless - IEEE 802.11', 'Ethernet']) {
      const e = explainCode(refusal(portType));
      expect(e.summary, portType).toMatch(/802\.1X/);
      expect(e.likelyCauses, portType).toEqual([]);
    }
  });
  it("true twin: a Virtual port, as an RD Gateway's request carries, keeps the reason's cause", () => {
    expect(causeIds(refusal('Virtual'))).toEqual([authBadCredentials.id]);
  });
});

describe("the client's own dialogs the round found read wrong or not at all", () => {
  it('"Your credentials did not work" with its body is the client\'s NLA dialog, not the feed\'s', () => {
    const paste =
      'Your credentials did not work\r\n\r\nThe credentials that were used to connect to 192.0.2.44 did not work. Please enter new credentials.';
    expect(sentenceIds(paste)).toEqual(['credentials-did-not-work']);
    expect(explainCode(paste).summary).not.toMatch(/RD Web Access/);
  });
  it("near miss: the feed's own sentence, without the dialog's title, stays the feed's", () => {
    expect(sentenceIds('The credentials that were used to connect to Contoso Apps did not work.')).toEqual([
      'feed-credentials',
    ]);
  });
  it('the certificate dialog in its "received from" wording: the expired or invalid certificate', () => {
    const paste =
      'Remote Desktop cannot connect to the remote computer because the authentication certificate received from the remote computer is expired or invalid. In some cases, this error might also be caused by a large time discrepancy between the client and server computers.';
    expect(sentenceIds(paste)).toEqual(['certificate-expired-or-invalid']);
    expect(causeIds(paste)[0]).toBe(tlsCertificate.id);
  });
  it('"The requested session access is denied.": the listener\'s logon permission (Remote Desktop Users); 7045 alone is not it', () => {
    const e = explainCode('Remote Desktop Connection\r\n\r\nThe requested session access is denied.\r\n\r\nOK');
    expect(e.other?.name).toBe('requested-session-access-denied');
    expect(causeIds(e)[0]).toBe(authLogonRight.id);
    expect(e.summary).toMatch(/Credential Guard/);
    expect(answerOrRefused('7045')?.other?.name).not.toBe('requested-session-access-denied');
  });
});

describe("Microsoft Entra ID's sign-in errors (AADSTS…) at the web sign-in: Entra's, never a Remote Desktop dialog's code", () => {
  it("AADSTS50053 is Entra's lockout, not read as the client's SSL_ERR_ACCOUNT_LOCKED_OUT", () => {
    const paste =
      "AADSTS50053: The account is locked, you've tried to sign in too many times with an incorrect user ID or password.";
    expect(sentenceIds(paste)).toEqual(['aadsts-50053']);
    const e = explainCode(paste);
    expect(e.primary).toBeUndefined();
    expect(causeIds(e)).toEqual([authAccountState.id]);
    expect(e.summary).toMatch(/smart lockout/);
  });
  it('AADSTS50126 is bad credentials at Entra; 53003 names Conditional Access with no cause', () => {
    const bad = 'AADSTS50126: Error validating credentials due to invalid username or password.';
    expect(sentenceIds(bad)).toEqual(['aadsts-50126']);
    expect(causeIds(bad)).toEqual([authBadCredentials.id]);
    const ca = 'AADSTS53003: Access has been blocked by Conditional Access policies.';
    expect(sentenceIds(ca)).toEqual(['aadsts-53003']);
    expect(causeIds(ca)).toEqual([]);
  });
  it("another AADSTS number is named as Entra's, its number not looked up as ours", () => {
    const e = explainCode('Sign-in failed. AADSTS700016: Application with identifier was not found in the directory.');
    expect(e.other?.name).toBe('aadsts-other');
    expect(e.likelyCauses).toEqual([]);
    expect(JSON.stringify(e)).not.toMatch(/not in our tables/);
  });
  it("near miss: the account-locked dialog without AADSTS stays the client's", () => {
    expect(sentenceIds('The referenced account is currently locked out and may not be logged on to.')).not.toContain(
      'aadsts-50053',
    );
  });
});
