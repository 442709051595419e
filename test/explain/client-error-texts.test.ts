/**
 * Issue 60, round 16: English sentences pasted with no code. The client's own text of each disconnect reason
 * (src/explain/tables/sentences/client-error-texts.ts) is read as that code, whatever the form of the paste; the sign-in,
 * certificate and older licensing texts and 4625's "Failure Reason:" line (uncoded-sentences.ts) are read by what they
 * state. Wordings written for these tests around the texts Microsoft's and public pages quote (fictional names), and
 * their near misses: a first sentence several texts share, a healthy state, a reason without its label.
 */
import { describe, expect, it } from 'vitest';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { causesOfCode } from '../../patterns/code-causes.js';
import { lookupDisconnectReason } from '../../patterns/codes/mstsc-disconnect-reasons.js';
import { FAILURE_REASONS } from '../../patterns/codes/ntstatus.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { gatewayDenied } from '../../patterns/gateway-denied.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { CLIENT_ERROR_TEXT_ROWS } from '../../src/explain/tables/sentences/client-error-texts.js';
import { causeIds, sentenceIds } from '../helpers/explain.js';
import { endsOf, expectRowsReadInEveryForm } from '../helpers/client-error-texts.js';

/** The answer's text a user reads: its summary and notes. */
const said = (text: string) => {
  const e = explainCode(text);
  return `${e.summary}\n${e.notes.join('\n')}`;
};

describe("the client's text of each disconnect reason", () => {
  it('names only codes of the disconnect table, each once', () => {
    const codes = CLIENT_ERROR_TEXT_ROWS.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(lookupDisconnectReason(code), String(code)).toBeDefined();
  });

  it('reads the first and last row as its code, in the forms users paste it: title and button, extra blanks, broken lines (every row: -rest)', () => {
    expectRowsReadInEveryForm(endsOf(CLIENT_ERROR_TEXT_ROWS));
  });

  it('reads the text after a first sentence several texts share as its own code, not the catch-all', () => {
    const paste =
      "This computer can't connect to the remote computer.\n\nYour computer does not have enough virtual memory available. Close your other programs";
    expect(sentenceIds(paste)).not.toContain('cannot-connect-generic');
    expect(mainCodeName(paste)).toBe('disconnectReasonOutOfMemory');
    // Near miss: the shared first sentence alone is still the catch-all.
    expect(sentenceIds("This computer can't connect to the remote computer. Try connecting again.")).toEqual([
      'cannot-connect-generic',
    ]);
  });

  it("a gateway dialog with its apostrophes dropped and the user's own words around it: a wrong password", () => {
    const paste =
      'rdgw keeps saying: your computer cant connect to the remote computer because the username or password is not valid. type a valid user name and password';
    expect(causeIds(paste)[0]).toBe(authBadCredentials.id);
    expect(mainCodeName(paste)).toBe('GatewayBadCredentials');
  });

  it("the gateway's refusals state the gateway's policy; its certificate and proxy texts state no cause", () => {
    expect(
      causeIds(
        'Remote Desktop cannot connect to the remote computer "app01.fabrikam.example" for one of these reasons: 1) Your user account is not authorized to access the RD Gateway "gw.fabrikam.example"',
      )[0],
    ).toBe(gatewayDenied.id);
    for (const paste of [
      "Your computer can't connect to the remote computer because it can't verify the certificate revocation list.",
      "Your computer can't connect to the remote computer because the web proxy server requires authentication.",
      'The Remote Desktop Gateway server administrator has ended the connection.',
    ])
      expect(causeIds(paste), paste).toEqual([]);
  });

  it('tells the gateway ending a connection from its administrator ending it', () => {
    expect(mainCodeName('The Remote Desktop Gateway server has ended the connection.')).toBe('GatewayEndedConnection');
    expect(mainCodeName('The Remote Desktop Gateway server administrator has ended the connection.')).toBe(
      'GatewayAdminEndedConnection',
    );
  });

  it('a locked smart card is read as the card, not as a locked account', () => {
    const paste =
      'Your computer cannot connect because your smart card is locked out. Contact your network administrator';
    expect(sentenceIds(paste)).not.toContain('account-locked');
    expect(mainCodeName(paste)).toBe('SSL_ERR_SMARTCARD_CARD_BLOCKED');
  });

  it('near miss: a healthy smart card state is not the text of a failure', () => {
    expect(sentenceIds('The smart card service is running and a smart card reader was detected.')).toEqual([]);
  });
});

describe('sign-in, certificate and licensing texts without a code', () => {
  it('the local policy refusing an interactive logon: the logon right', () => {
    const paste =
      'Remote Desktop Connection\n\nThe local policy of this system does not permit you to log on interactively.';
    expect(causeIds(paste)[0]).toBe(authLogonRight.id);
    expect(said(paste)).toMatch(/Remote Desktop Users/);
  });

  it('saved credentials refused for an unverified server: the delegation policy, its workaround said weaker', () => {
    const paste =
      'Your system administrator does not allow the use of saved credentials to log on to the remote computer APP01 because its identity is not fully verified.';
    expect(causeIds(paste)[0]).toBe(credsspNla.id);
    expect(said(paste)).toMatch(/weaker security/);
  });

  it("Credential Guard's message is not a server failure: no cause, and turning it off said to weaken security", () => {
    const e = explainCode('Windows Defender Credential Guard does not allow using saved credentials');
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/weakens/);
  });

  it("the certificate messages of an incorrect listener certificate name the server's certificate; the protocol error its pages' ranking", () => {
    // Microsoft's page reads them as an incorrect certificate on the RDP-Tcp listener: the cause is named (issue #60).
    for (const paste of [
      'The remote computer could not be authenticated due to problems with its security certificate.',
      'Your Remote desktop connection failed because the remote computer cannot be authenticated',
      'You cannot proceed because authentication is required.',
    ])
      expect(causeIds(paste)[0], paste).toBe(tlsCertificate.id);
    // r29-h60w: the words name no cause; the pages that treat the dialog rank the security layer first
    // (ranked-dialogs.ts), said as theirs.
    for (const paste of ['Because of a protocol error this session will be disconnected.'])
      expect(causeIds(paste)[0], paste).toBe(securityLayerMismatch.id);
  });

  it('a temporary profile is a sign-in that succeeded; its fix said to end every session', () => {
    const e = explainCode("Windows cannot load the user's profile but has logged you on with the default profile.");
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/Not a connection failure/);
    expect(e.summary).toMatch(/ends every session/);
  });

  it('the older Terminal Services licensing events: no license server', () => {
    for (const paste of [
      'Event Source: TermService\nEvent Description: The terminal services could not locate a license server.',
      'Terminal Services Licensing can only be run on Domain Controllers or Servers in a Workgroup.',
    ])
      expect(causeIds(paste)[0], paste).toBe(licensingServerUnavailable.id);
  });
});

describe('Security 4625\'s "Failure Reason:" line without its Status lines', () => {
  it('reads every failure reason by the causes its code declares', () => {
    for (const f of FAILURE_REASONS) {
      const paste = `Failure Information:\n\tFailure Reason:\t\t${f.text}\n`;
      const declared = causesOfCode('failureReason', f.id).map((c) => c.causeId);
      if (declared.length) expect(declared, paste).toContain(causeIds(paste)[0]);
    }
    expect(causeIds('Failure Reason:   Account logon time restriction violation.')[0]).toBe(authAccountState.id);
  });

  it('near miss: the reason without its label is not read as a 4625 (but as the Windows reason it is)', () => {
    expect(sentenceIds('Account currently disabled.')).toEqual(['logon-failure-reason-2310']);
  });
});

/** The name of the main reading's code. */
function mainCodeName(text: string): string | undefined {
  return explainCode(text).primary?.name;
}
