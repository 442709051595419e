/**
 * Issue 60, round 21: the English client texts of the RD Gateway and Remote Desktop services read by what they state
 * (src/explain/tables/sentences/client-error-texts.ts rows, client-dialog-texts.ts), each beside a near miss: the same words in
 * another product, or a text of the same family that states something else. Wordings written for these tests around
 * the texts public pages quote (fictional names).
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authSmartcard } from '../../patterns/auth-smartcard.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { findSentences } from '../../src/explain/tables/sentences/sentences.js';
import { causeIds, expectSaidNoCause, sentenceIds } from '../helpers/explain.js';

/** The known sentences whose words a near miss holds (the table's match alone, no answer built). */
const matched = (text: string) => findSentences(text).map((m) => m.sentence.id);

const codeOf = (paste: string) => {
  const e = explainCode(paste);
  return e.primary?.table === 'mstsc' ? e.primary.value : undefined;
};

describe("the RD Gateway client's texts", () => {
  it('"Please type a valid user name and password": a wrong password, as its own code', () => {
    const paste =
      "Remote Desktop Connection\nYour computer can't connect to the remote computer because the user name or password is not valid. Please type a valid user name and password.\nOK";
    expect(codeOf(paste)).toBe(50331669);
    expect(causeIds(paste)[0]).toBe(authBadCredentials.id);
  });

  it('a security package error in the transport layer: TLS, then CredSSP; never the password nor licensing', () => {
    const paste =
      'connecting through gw.fabrikam.example: Your computer cant connect to the remote computer because a security package error occurred in the transport layer. Retry the connection';
    const ids = causeIds(paste);
    expect(ids.slice(0, 2)).toEqual([tlsProtocolMismatch.id, credsspNla.id]);
    expect(ids.some((id) => /^auth-|^licensing-/.test(id))).toBe(false);
    expect(explainCode(paste).likelyCauses[0].confidence).toBe('SP');
  });

  it('near miss: a security package that failed to start is not the transport-layer text', () => {
    expect(matched('The security package failed to initialize and should not be installed.')).not.toContain(
      'client-text-50331671',
    );
  });

  it("the health policy's refusal (NAP) lists certificate reasons: the gateway's own policy, not the server's certificate", () => {
    const paste =
      "Your computer can't connect to the remote computer because your computer or device did not meet the Network Access Protection requirements set by your network administrator, for one of the following reasons: 1) The Remote Desktop Gateway server name and the server's public key certificate subject name do not match. 2) The certificate has expired or has been revoked.";
    expect(codeOf(paste)).toBe(50331690);
    expect(causeIds(paste)).not.toContain(tlsCertificate.id);
  });

  it('invalid firewall credentials are the firewall sign-in, not an unreachable server', () => {
    const paste =
      "Your computer can't connect to the remote computer because authentication to the firewall failed due to invalid firewall credentials.";
    expect(codeOf(paste)).toBe(50331696);
    expect(causeIds(paste)).not.toContain(networkUnreachable.id);
  });

  it('the reinserted smart card text is its own code, not the removed card it shares words with', () => {
    const paste =
      "Your computer can't stay connected to the remote computer because the smart card has been removed. Reinsert the smart card and then try again.";
    expect(codeOf(paste)).toBe(50331668);
  });

  it('HTTPS ports the network does not allow: the service cannot be reached', () => {
    const paste =
      "Your network configuration doesn't allow the necessary HTTPS ports. Contact your network administrator for help allowing those ports or disabling the web proxy";
    expect(causeIds(paste)[0]).toBe(networkUnreachable.id);
    // Near miss: an instruction naming the same ports is no failure.
    expect(matched('Make sure the necessary HTTPS ports are open on the appliance.')).not.toContain(
      'client-https-ports-not-allowed',
    );
  });
});

describe('the identity prompt, the console session and Guacamole', () => {
  it('a revoked certificate in a Remote Desktop paste: the certificate, said speculative', () => {
    const e = explainCode(
      'Remote Desktop Connection - The certificate has been revoked. Do you want to connect anyway?',
    );
    expect(e.likelyCauses[0].causeId).toBe(tlsCertificate.id);
    expect(e.likelyCauses[0].confidence).toBe('SP');
  });

  it("near miss: a browser's or a smart card's revoked certificate is not the identity prompt's", () => {
    expect(matched('Chrome shows NET::ERR_CERT_REVOKED, the certificate has been revoked')).not.toContain(
      'identity-certificate-revoked',
    );
    const card =
      'The smartcard certificate used for authentication has been revoked. Please contact your administrator.';
    expect(matched(card)).not.toContain('identity-certificate-revoked');
    expect(causeIds(card)[0]).toBe(authSmartcard.id);
  });

  it("the console session text in a user's words is still the client pointed at itself: no cause", () => {
    const paste =
      "mstsc: Remote Desktop can't connect to another console session because you already have a console session in progress";
    expect(sentenceIds(paste)).toContain('console-session-in-progress');
    expect(causeIds(paste)).toEqual([]);
  });

  it("Guacamole's connection already in use is its own limit: named, no Remote Desktop cause", () => {
    expectSaidNoCause(
      'This connection is currently in use, and concurrent access to this connection is not allowed. Please try again later.',
      /Guacamole/,
    );
    // Near miss: its other 205, a resource shared access is not allowed to, is not this page.
    expect(
      matched(
        'This connection requires a resource that is currently in use, but shared access to that resource is either not possible or not permitted.',
      ),
    ).not.toContain('guacamole-connection-in-use');
  });
});
