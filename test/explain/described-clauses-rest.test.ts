/**
 * Round 25 (h60f), the slow twin of described-clauses.test.ts (which reads a few of these with the description reader
 * alone, no whole answer built): English sentences without a code read by what a clause says failed (described-symptoms.ts `said`:
 * a subject and a failure said of it), a catch-all dialog read by the reason beside it, a question that only asks
 * about a feature, and the texts users retell ("an internal error occurred", the saved-credentials prompt, rdesktop's
 * replaced session, a Node.js client's socket errors). Each family with its near misses and a true twin where a gate
 * narrows; the pastes are this test's own wording.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { gatewayDenied } from '../../patterns/gateway-denied.js';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { readDescription } from '../../src/explain/described-reading.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { answerOrRefused, expectRefused } from '../helpers/explain.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';

const conceptIds = (paste: string) => readDescription(paste)?.map((s) => s.concept.id) ?? [];
const firstCause = (paste: string) => answerOrRefused(paste)?.likelyCauses[0]?.causeId;

describe('a clause that names what failed and says it failed', () => {
  const READ: readonly [string, string][] = [
    [networkDropped.id, 'Every time I open a spreadsheet over RDP my remote connection is lost.'],
    [networkDropped.id, 'The Remote Desktop session keeps getting dropped when my laptop switches Wi-Fi networks'],
    [authBadCredentials.id, 'mstsc keeps saying my password is in correct'],
    [sessionLimit.id, 'RDP tells me somebody else is logged on to the PC'],
    [sessionLimit.id, 'The RDP session disconnected because another user signed in'],
    [licensingServerUnavailable.id, 'RDP fails with a licence error on the session host'],
    [tlsCertificate.id, 'Remote Desktop warns that the server certificate could not be verified'],
  ];
  it.each(READ)('%s: %s', (cause, paste) => {
    const e = explainCode(paste);
    expect(e.input.code).toBe('description');
    expect(e.likelyCauses[0]?.causeId).toBe(cause);
  });

  it('the licence in general points to the license server, then the CALs', () => {
    const e = explainCode('RDP fails with a licence error on the session host');
    expect(e.likelyCauses.slice(0, 2).map((c) => c.causeId)).toEqual([
      licensingServerUnavailable.id,
      licensingCalUnavailable.id,
    ]);
  });

  const NOT_READ: readonly [string, string, string][] = [
    // Another concept's subject in the clause makes it that concept's.
    ['the user ended it', 'I disconnected the RDP session and went home', 'disconnects'],
    [
      "after the user's own disconnect",
      'The RDP session is terminated when disconnecting from the client',
      'disconnects',
    ],
    ['an idle limit', 'The RDP session was disconnected after 15 minutes idle', 'disconnects'],
    ['a countdown, not a drop', 'RDP: your session will be disconnected in 60 minutes', 'disconnects'],
    ['negated', 'RDP: the connection is not lost any more', 'disconnects'],
    ["the account's state", 'RDP says the login failed because the account is disabled', 'wrong-password'],
    ['a place, not a subject', 'I connected to RDP from another computer and the screen stays black', 'another-user'],
    ["Windows' activation", 'RDP works, but Windows says the Windows license has expired', 'licensing-problem'],
    ['a smart card', 'Remote Desktop Connection: the smart card certificate could not be verified', 'certificate'],
  ];
  it.each(NOT_READ)('near miss (%s): %s', (_why, paste, concept) => {
    expect(conceptIds(paste)).not.toContain(concept);
  });

  it("the account's state leads where its own words say it", () => {
    expect(firstCause('RDP: my password is not wrong, the account is locked')).toBe(authAccountState.id);
  });

  it('only in a paste about Remote Desktop: the same words of a VPN client are not read', () => {
    expect(answerOrRefused('Our VPN client shows a license error')?.likelyCauses ?? []).toEqual([]);
    expect(firstCause('Our RDP client shows a license error')).toBe(licensingServerUnavailable.id);
  });

  it("a phrase of the concept's own words still leads a structure found earlier in the paste", () => {
    const symptoms = readDescription('RDP: my remote connection is lost, the firewall drops the packets') ?? [];
    expect(symptoms.map((s) => [s.concept.id, s.bySaid ?? false])).toEqual([
      ['firewall-port', false],
      ['disconnects', true],
    ]);
  });
});

describe('the words the brief of issue 60 quotes: a black screen then a drop, the LAN against the VPN', () => {
  it('a black screen that then disconnects is a drop; a black screen alone says nothing failed', () => {
    expect(firstCause('RDP: black screen then disconnect')).toBe(networkDropped.id);
    expectRefused('RDP: black screen, nothing else');
  });
  it('working on the LAN and not over the VPN is the path between (with or without a comma or "but")', () => {
    for (const paste of ['RDP works on LAN not over VPN', 'mstsc works on the LAN, fails through the VPN'])
      expect(conceptIds(paste), paste).toEqual(['works-locally-not-remotely']);
    expect(firstCause('RDP works on LAN not over VPN')).toBe(networkUnreachable.id);
  });
  it('near misses: both places work, or nothing works', () => {
    expect(conceptIds('RDP works over VPN and on the LAN')).toEqual([]);
    expect(conceptIds('RDP does not work over VPN')).not.toContain('works-locally-not-remotely');
  });
});

describe('a session time limit told over a sentence: the time, then the session ended', () => {
  it('idle or after every disconnect, the user logged off or the programs closed', () => {
    expect(firstCause('When the RDP session sits idle for a while, it logs me off and my work is gone')).toBe(
      sessionLimit.id,
    );
    expect(firstCause('After each RDP disconnect, my running applications are closed')).toBe(sessionLimit.id);
    expect(conceptIds('RDP: after 45 minutes idle I am signed out')).toEqual(['session-time-limit']);
  });
  it('near misses: the user logs off, or an idle session that stays', () => {
    expect(conceptIds('RDP: I log off the idle session myself every evening')).toEqual([]);
    expect(conceptIds('RDP: the idle session stays open for days, which is fine')).toEqual([]);
  });
});

describe("a catch-all dialog's text with its reason beside it", () => {
  it('the reason is the answer, the dialog a note', () => {
    const e = explainCode("We couldn't connect to the remote PC because of a licence problem. Try again later.");
    expect(e.likelyCauses[0]?.causeId).toBe(licensingServerUnavailable.id);
    expect(e.notes.join(' ')).toMatch(/The reason printed with it is read instead/);
  });
  it('a timeout said in words beside the dialog ("took too long to respond")', () => {
    const e = explainCode("We couldn't connect to the remote PC because the remote PC took too long to respond.");
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
  });
  it('near miss: the dialog alone names no cause', () => {
    const e = explainCode("We couldn't connect to the remote PC.");
    expect([e.input.code, e.likelyCauses]).toEqual(['windows-app-cannot-connect', []]);
  });
});

describe('a question that only asks about a feature', () => {
  it('is no failure: "does … support NLA?"', () => {
    expect(conceptIds('Does mstsc on Windows 7 support Network Level Authentication?')).toEqual([]);
    expect(conceptIds('Is NLA required for RDP to a domain controller?')).toEqual([]);
  });
  it('true twins: the failure told, or a question about a failure', () => {
    expect(
      firstCause('Remote Desktop says Network Level Authentication is required and my client does not support it'),
    ).toBe(credsspNla.id);
    expect(conceptIds('Does anyone know why RDP keeps disconnecting?')).toEqual(['disconnects']);
    expect(conceptIds('Is NLA required when the RDP sign-in fails with CredSSP?')).toEqual(['credssp-or-nla']);
  });
});

describe('texts users retell', () => {
  it('"an internal error occurred" is the dialog "An internal error has occurred"', () => {
    expect(explainCode('Remote Desktop: An internal error occured.').input.code).toBe('internal-error');
    expect(explainCode('mstsc shows "An internal error occurred"').input.code).toBe('internal-error');
    expectRefused('the error occurred twice');
  });

  it("the server's policy against saved credentials is SSL_ERR_FRESH_CRED_REQUIRED_BY_SERVER", () => {
    const e = explainCode(
      "The server's authentication policy does not allow connection requests using saved credentials. Please enter new credentials.",
    );
    expect([e.input.code, e.likelyCauses[0]?.causeId]).toEqual(['saved-credentials-server-policy', credsspNla.id]);
    expect(explainCode('Windows Defender Credential Guard does not allow using saved credentials.').input.code).toBe(
      'credential-guard-saved-credentials',
    );
  });

  it("rdesktop's replaced session is another connection taking it", () => {
    const e = explainCode('Disconnecting...\ndisconnect: The session was replaced.');
    expect(e.likelyCauses[0]?.causeId).toBe(sessionLimit.id);
  });

  it("a Node.js client's socket errors: never connected, or reset once up", () => {
    expect(firstCause('[node-rdpjs] ERROR: connect ECONNREFUSED 192.0.2.10:3389')).toBe(networkUnreachable.id);
    expect(firstCause('Error: connect ETIMEDOUT 198.51.100.4:3389')).toBe(networkUnreachable.id);
    expect(firstCause('node-rdpjs: Error: read ECONNRESET')).toBe(networkDropped.id);
    // Near miss: npm's registry, another program's socket.
    expectRefused('npm ERR! connect ETIMEDOUT 104.16.0.35:443');
  });
});

describe("the ICA Client Object's error pair is Citrix's", () => {
  it('its numbers are never a TLS alert or a Remote Desktop code', () => {
    const e = explainCode('ConnectFailed [Last client error:1106=>Unknown client error 1106, Last error:70=>Error]');
    expect(e.likelyCauses).toEqual([]);
  });
  it('true twin: the same number in a Remote Desktop TLS line is the alert', () => {
    expect(firstCause('com.freerdp.crypto: SSL alert number 70')).toBe(tlsProtocolMismatch.id);
  });
});

// Round 26 (h60k): the clause readings of described-said-paths.test.ts through whole answers.
describe('a refusal said of the gateway or of a rule, and a VPN on the path, through the whole reader', () => {
  it.each([
    [gatewayDenied.id, 'Our RD Gateway refuses the contractors group since Monday'],
    [networkUnreachable.id, 'When I connect to the VPN I can no longer RDP to my desk PC'],
    [networkDropped.id, 'Our Remote Desktop sessions disconnect randomly since the switch was replaced'],
    [sessionLimit.id, 'Remote Desktop: the session was disconnected again after a period of inactivity'],
  ])('%s: %s', (cause, paste) => {
    const e = explainCode(paste);
    expect(e.input.code).toBe('description');
    expect(e.likelyCauses[0]?.causeId).toBe(cause);
  });

  it('near misses: the VPN itself failing, a password rule', () => {
    expectRefused("I can't log in to the VPN, so RDP is out of reach too");
    expectRefused('Remote desktop: the password policy does not allow short passwords');
  });
});
