/**
 * Issue 60, round 15: English sentences pasted with no code (src/explain/tables/sentences/uncoded-sentences.ts), in wordings
 * written for these tests from the texts Microsoft's pages quote (a dialog with its title and button, a line cut short,
 * extra blanks; fictional names, documentation addresses): the cause each text states, or none, and its near misses
 * (a healthy event said healthy, a negated text read as its failure, another product's sentence not read as ours).
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { gatewayDenied } from '../../patterns/gateway-denied.js';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';

/** The answer's text a user reads: its summary and notes. */
const said = (text: string) => {
  const e = explainCode(text);
  return `${e.summary}\n${e.notes.join('\n')}`;
};

describe("the client's disconnect texts: time limits, an administrator, another connection", () => {
  it("the idle limit's dialog, copied with its title and button: the session limit", () => {
    const paste =
      "Remote Desktop Connection\r\n\r\nYour Remote Desktop Services session ended because the remote computer didn't receive any input from you.\r\n\r\nOK";
    expect(sentenceIds(paste)).toEqual(['idle-time-limit']);
    expect(causeIds(paste)[0]).toBe(sessionLimit.id);
    expect(said(paste)).toMatch(/MaxIdleTime/);
  });
  it("the older client's idle wording and the active session limit's, cut short", () => {
    expect(sentenceIds('the remote session was ended because the idle timeout limit was reached.')).toEqual([
      'idle-time-limit',
    ]);
    const logon = 'The remote session ended because the total logon time limit was reached.';
    expect(sentenceIds(logon)).toEqual(['logon-time-limit']);
    expect(causeIds(logon)[0]).toBe(sessionLimit.id);
    expect(said(logon)).toMatch(/MaxConnectionTime/);
  });
  it("the RD Gateway's session timeout is the gateway's, not the session host's limits: no cause", () => {
    const e = explainCode('The connection has been disconnected   because the session timeout limit was reached.');
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/RD Gateway ended the connection at its own session timeout/);
  });
  it('the idle warning is not a failure yet: press a key', () => {
    const e = explainCode('Session has been idle over its time limit.\nIt will be disconnected in 2 minutes.');
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/press a key/i);
  });
  it.each([
    'The remote session to the remote computer was ended by means of an administration tool.',
    'The remote session was disconnected because your session was logged off at the remote computer.',
    'The connection was disconnected because the remote computer is low on memory.',
    'Client and server versions do not match.',
    'The remote session was disconnected because of a decompression failure at the client side.',
  ])('an administration tool, a logoff at the server, the server out of memory: no failure cause (%s)', (paste) => {
    expect(causeIds(paste), paste).toEqual([]);
  });
  it('another user connected to the session: the session limit', () => {
    const paste = 'The remote session was disconnected because another user has connected to the session.';
    expect(causeIds(paste)[0]).toBe(sessionLimit.id);
  });
  it('the three likely causes the dialog names come first, in its order', () => {
    const paste = [
      'The client could not establish a connection to the remote computer.',
      'The most likely causes for this error are:',
      '1) Remote connections might not be enabled at the remote computer.',
      '2) The maximum number of connections was exceeded at the remote computer.',
    ].join('\n');
    expect(causeIds(paste).slice(0, 2)).toEqual([networkUnreachable.id, sessionLimit.id]);
  });
  it('a connection broken by the network, a time-out while connecting', () => {
    expect(
      causeIds('The connection to the remote computer was broken. This may have been caused by a network error.')[0],
    ).toBe(networkDropped.id);
    expect(causeIds("The two computers couldn't connect in the amount of time allocated.")[0]).toBe(
      networkUnreachable.id,
    );
    expect(
      causeIds(
        'Remote connections might not be enabled or the computer might be too busy to accept new connections.',
      )[0],
    ).toBe(networkUnreachable.id);
  });
  it('"The remote computer has ended the connection." states no reason: none invented', () => {
    const e = explainCode('Remote Desktop Disconnected\nThe remote computer has ended the connection.');
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/gives no reason/);
  });
  it("near miss: ASP.NET's idle time-out of an application is not a Remote Desktop time limit", () => {
    const paste = 'IdleTimeout\t10\tThe maximum idle time limit was reached.';
    // Refused (no code or known sentence) is no reading at all: no cause either.
    expect(causeIds(answerOrRefused(paste))).not.toContain(sessionLimit.id);
    expect(sentenceIds(paste)).toEqual([]);
  });
});

describe('licensing texts', () => {
  it("the licensing time-out: Microsoft's no-license-server symptom", () => {
    const paste = 'A licensing error occurred while the client was attempting to connect (Licensing timed out).';
    expect(causeIds(paste)[0]).toBe(licensingServerUnavailable.id);
  });
  it('the notification after the grace period: grace expired, then the license server', () => {
    const paste =
      "No Remote Desktop license server is available.\nRemote Desktop Services will stop working because this computer is past its grace period and hasn't contacted at least a valid Windows Server 2008 license server.";
    expect(causeIds(paste).slice(0, 2)).toEqual([licensingGraceExpired.id, licensingServerUnavailable.id]);
  });
  it('the older clients\' "Terminal Server" wordings read as the Remote Desktop ones', () => {
    expect(causeIds('...because there are no Terminal Server License Servers available to provide a license.')[0]).toBe(
      licensingGraceExpired.id,
    );
    expect(
      causeIds('...because there are no Terminal Server client access licenses available for this computer.')[0],
    ).toBe(licensingCalUnavailable.id);
  });
  it('not licensed to accept remote connections: its licensing', () => {
    const paste = 'disconnected because the remote computer is not licensed to accept remote connections';
    expect(causeIds(paste)).toContain(licensingGraceExpired.id);
  });
  it("the license server's security group: missing is a failure, created is not", () => {
    const missing =
      'The Terminal Server Computers group is required, but this group has not been created on the Remote Desktop license server.';
    expect(causeIds(missing)[0]).toBe(licensingServerUnavailable.id);
    const created = explainCode('The Terminal Server Computers local group has been created.');
    expect(created.likelyCauses).toEqual([]);
    expect(created.summary).toMatch(/no failure/i);
  });
});

describe('RD Gateway events and dialogs', () => {
  const user = '"CONTOSO\\dana", on client computer "198.51.100.61"';
  it('a policy met, a resource reached, a session ended: healthy, said so, no cause', () => {
    for (const paste of [
      `The user ${user}, met connection authorization policy requirements and was therefore authorized to access the RD Gateway server.`,
      `The user ${user}, met resource authorization policy requirements and was therefore authorized to connect to resource "rdsh09.contoso.com".`,
      `The user ${user}, connected to resource "rdsh09.contoso.com". Connection protocol used: "UDP".`,
      'The RD Gateway service has started.',
    ]) {
      const e = explainCode(paste);
      expect(e.likelyCauses, paste).toEqual([]);
      expect(e.summary, paste).toMatch(/no failure/i);
    }
  });
  it("a session's end: its bytes and seconds never looked up as codes", () => {
    const paste = `The user ${user}, disconnected from the following network resource: "rdsh09". Before the user disconnected, the client transferred 90210 bytes and received 4096 bytes. The client session duration was 1058 seconds.`;
    const e = explainCode(paste);
    expect(sentenceIds(paste)).toEqual(['gateway-303']);
    expect(e.likelyCauses).toEqual([]);
    expect(JSON.stringify(e)).not.toMatch(/not in our tables|1058 \(/);
  });
  it('with its Event Viewer header, the event is read by its row', () => {
    const paste = [
      'Log Name:      Microsoft-Windows-TerminalServices-Gateway/Operational',
      'Source:        Microsoft-Windows-TerminalServices-Gateway',
      'Event ID:      303',
      `Description:\nThe user ${user}, disconnected from the following network resource: "rdsh09". Before the user disconnected, the client transferred 1 bytes and received 2 bytes.`,
    ].join('\n');
    const e = explainCode(paste);
    expect(e.other?.table).toBe('event');
    expect(e.likelyCauses).toEqual([]);
  });
  it("near miss: the negated policy texts stay the gateway's refusals", () => {
    const cap = `The user ${user}, did not meet connection authorization policy requirements and was therefore not authorized to access the RD Gateway server.`;
    expect(sentenceIds(cap)).toEqual(['gateway-201']);
    expect(causeIds(cap)[0]).toBe(gatewayDenied.id);
    const rap = `The user ${user}, did not meet resource authorization policy requirements and was therefore not authorized to connect to resource "rdsh09".`;
    expect(causeIds(rap)[0]).toBe(gatewayDenied.id);
  });
  it("306, no tunnel: the gateway's certificate, not a policy refusal", () => {
    const e = explainCode(
      `The user ${user}, was not authorized to connect to the RD Gateway server because a tunnel could not be created.`,
    );
    expect(e.likelyCauses.map((c) => c.causeId)).not.toContain(gatewayDenied.id);
    expect(e.summary).toMatch(/certificate/);
  });
  it('400, the service shutting down, says it drops every connection through it', () => {
    const e = explainCode('The RD Gateway service is shutting down.');
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/drops every connection/);
  });
  it("the client's dialogs: the gateway not reached, an error behind the gateway", () => {
    const gw = explainCode(
      "Remote Desktop Connection\nYour computer can't connect to the Remote Desktop Gateway server. Contact your network administrator for assistance.",
    );
    // The gateway itself not reached: its name, 443, its service (issue #60: the causes the text names, by id).
    expect(gw.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
    expect(gw.summary).toMatch(/session host was never reached/);
    const behind = explainCode(
      "Your computer can't connect to the remote computer because an error occurred on the remote computer that you want to connect to.",
    );
    expect(behind.summary).toMatch(/RD Gateway was reached/);
  });
});

describe('Azure Virtual Desktop and Windows 365 statuses', () => {
  it('Unavailable, UpgradeFailed, NeedsAssistance: what each means, no cause invented', () => {
    expect(
      said('Session Host is either turned off or has failed critical health checks which is causing service not'),
    ).toMatch(/routes no connection/);
    expect(
      said('Session Host is unavailable because the critical component upgrade (agent, side-by-side stack'),
    ).toMatch(/reinstall the agent/);
    const assist = explainCode('...the health on their endpoint needs to be fixed. The connections might not fail');
    expect(assist.likelyCauses).toEqual([]);
    expect(assist.summary).toMatch(/not fatal/);
  });
  it('near miss: Available is healthy', () => {
    const e = explainCode('Session Host has passed all the health checks and is available to handle connections.');
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/no failure/i);
  });
  it("Windows 365's DomainTrust check", () => {
    expect(sentenceIds("DomainTrust: The domain doesn't trust this Cloud PC.")).toEqual(['w365-domain-trust']);
  });
});

describe('smart card and RemoteApp texts', () => {
  it('no valid certificates on the card: the Smart Card service, no cause invented', () => {
    const e = explainCode('No valid certificates were found on this smart card.');
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/Smart Card service/);
  });
  it('a RemoteApp not in the list, an initial program refused', () => {
    expect(said('The RemoteApp program is not in the list of authorized programs.')).toMatch(/publish it/);
    expect(said('Access is denied.\nThis initial program cannot be started')).toMatch(/RemoteApp Programs list/);
  });
});

describe("RD Web Access's sign-in messages", () => {
  it('credentials not valid: wrong password first, a locked account with the same message next', () => {
    const paste = '  The user name or password that you entered is not valid.  Try typing it again. ';
    expect(causeIds(paste).slice(0, 2)).toEqual([authBadCredentials.id, authAccountState.id]);
  });
  it('the password expired, with no reset page: the account state', () => {
    expect(causeIds('Your password is expired.\nPlease contact your administrator for assistance.')[0]).toBe(
      authAccountState.id,
    );
  });
  it("near miss: the Win32 text of a failed logon stays that text's reading, not RD Web Access's", () => {
    expect(sentenceIds('The user name or password is incorrect.')).not.toContain('rdweb-credentials-not-valid');
  });
});

describe('the client reached another computer than the one named', () => {
  it("its dialog with the DNS hint: the security layer first, the name's stale entry next", () => {
    const paste =
      'Remote Desktop Connection\n\nThe connection cannot be completed because the remote computer that was reached is not the one you specified. This could be caused by an outdated entry in the DNS cache. Try using the IP address of the computer instead of the name.';
    expect(sentenceIds(paste)).toContain('reached-computer-not-specified');
    expect(causeIds(paste).slice(0, 2)).toEqual([securityLayerMismatch.id, networkUnreachable.id]);
  });
  it('near miss: a web browser reaching another site is not read as it', () => {
    expect(sentenceIds('The site that was reached is not the one you specified in the address bar')).not.toContain(
      'reached-computer-not-specified',
    );
  });
});
