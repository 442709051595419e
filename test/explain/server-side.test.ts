/**
 * Round 31 (r31-h62c): the server's side in users' own words (tables/own-words/described-server-side.ts), each
 * family read by a term and a predicate: Remote Desktop's service or listener said not running, several users said
 * refused, TLS versions or ciphers said narrowed beside a failing connection; the one-session warning retold as the
 * message the user gets; a service error's code beside the words naming TermService. Each with its pages' wording, a
 * near miss and, where a gate narrows, a true twin.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { readDescription } from '../../src/explain/described-reading.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

const conceptIds = (paste: string) => readDescription(paste)?.map((s) => s.concept.id) ?? [];
const firstCause = (paste: string) => causeIds(answerOrRefused(paste))[0];

describe("Remote Desktop's own service or listener said not running", () => {
  it("the pages' wording: TermService shortened, its display name, the listener (rdpwrap issues 2081, 718)", () => {
    for (const paste of [
      'Thought this was good however now termserv wont stay running and when it is running it is not listening. I have tried uninstalling, turning off virus protection, windows firewall, rebooting, and reinstalling to no avail.',
      "I can boot my computer in safe mode, and I can't uninstall rdp wrapper since the term service is not running",
      'After the cumulative update the Remote Desktop Services service does not start any more, so nobody can RDP in.',
    ]) {
      expect(conceptIds(paste), paste).toContain('rdp-service-down');
      expect(firstCause(paste), paste).toBe(networkUnreachable.id);
    }
  });
  it("a service error's code beside the words naming TermService (rdpwrap issue 1990): the service is Remote Desktop's", () => {
    const paste =
      'But now everytime I try to start TermService, I get Error 1053 \'The service did not respond to the start or control request in a timely fashion".';
    expect(firstCause(paste)).toBe(networkUnreachable.id);
    // Near miss: the same error of another service keeps the code's reading, with no Remote Desktop cause.
    expect(
      causeIds(
        answerOrRefused(
          "When I try to start the Print Spooler I get Error 1053 'The service did not respond to the start or control request in a timely fashion'.",
        ),
      ),
    ).toEqual([]);
  });
  it('the listener said not running is the listener concept, read by the same predicates (round 31, h63b)', () => {
    // Learn's "General Remote Desktop connection troubleshooting" names the RDP-Tcp listener; a user's words for it down.
    const paste = 'Since the update the RDP-Tcp listener keeps crashing, so nobody can connect any more.';
    expect(conceptIds(paste)).toContain('not-listening');
    expect(conceptIds(paste)).not.toContain('rdp-service-down');
    expect(firstCause(paste)).toBe(networkUnreachable.id);
    // Near miss: another product's listener said down.
    expect(conceptIds('Since the update the SQL Server listener keeps crashing.')).not.toContain('not-listening');
  });
  it("near misses: another service than Remote Desktop's, another port, the service running, the user's own stop", () => {
    for (const paste of [
      'The Remote Desktop Licensing service will not start on our RDS server.',
      'RDP works, but port 8080 is not listening on the same server.',
      'TermService is running and the listener is listening on 3389.',
      'I stopped TermService with net stop and started it again, RDP works fine now.',
    ])
      expect(conceptIds(paste), paste).not.toContain('rdp-service-down');
  });
});

describe('several users or sessions said refused', () => {
  it("the pages' wording: multiple users, a third user met with an error (rdpwrap issue 136, blastvps)", () => {
    for (const paste of [
      'I cannot log multiple users into the desktop. The host machine is Windows 10 and we are using Microsoft Remote Desktop on Ipads to access it',
      "Windows Server limits Remote Desktop sessions to two concurrent connections. If you've tried to have a third user connect only to be met with an error message, you've encountered this built-in limitation.",
      'After the update RDP Wrapper is not allowing multiple connections any more.',
    ]) {
      expect(conceptIds(paste), paste).toContain('several-users-refused');
      expect(firstCause(paste), paste).toBe(sessionLimit.id);
    }
  });
  it('near misses: something refused inside the sessions, a question how to allow them, several users working', () => {
    for (const paste of [
      "Over RDP multiple users can't see each other's files on the server.",
      'How do I allow multiple users to connect by RDP at the same time?',
      'Multiple users connect by RDP to the server every day without trouble.',
    ])
      expect(conceptIds(paste), paste).not.toContain('several-users-refused');
  });
});

describe('the one-session warning retold as the message the user gets (rdpwrap issue 136)', () => {
  it("the page's wording, and a logoff scheduled as its near miss", () => {
    expect(
      conceptIds('With Remote Desktop I keep getting a message stating that the other user will be logged out.'),
    ).toContain('another-user');
    expect(
      conceptIds('The RDP server sends a message saying that the other users will be logged off at 6 pm for patching.'),
    ).not.toContain('another-user');
  });
});

describe('a TLS version or the cipher suites said narrowed beside a connection that fails', () => {
  it("the pages' wording retold (FreeRDP issues 2591, 11234)", () => {
    for (const paste of [
      'After locking down the ciphers on our 2012 R2 server, FreeRDP is unable to connect while mstsc still works.',
      'xfreerdp fails against the old box: windows 7 just uses really outdated cipher suites, so failing when raising the security level.',
    ]) {
      expect(conceptIds(paste), paste).toContain('tls-narrowed');
      expect(firstCause(paste), paste).toBe(tlsProtocolMismatch.id);
    }
  });
  it("near misses: ciphers hardened and Remote Desktop still connecting; a website's ciphers", () => {
    for (const paste of [
      'We hardened the cipher suites on the RDP hosts last week and everything connects fine.',
      'After disabling the old cipher suites on IIS the website fails in old browsers, RDP is unaffected.',
    ])
      expect(conceptIds(paste), paste).not.toContain('tls-narrowed');
  });
});

describe('the connection limit named by its protocol and said refused (irohastack "Fix RDP blocked by … connection limit")', () => {
  it("the page's wording, a limit reached in another clause as its twin, and a setting stated as its near miss", () => {
    expect(
      firstCause(
        'Rejection due to “maximum number of RDP connections” is commonly caused by server-side connection limits (the 2-session admin mode, RDS Session Host collection limits, Group Policy), many disconnected sessions consuming slots, or licensing issues.',
      ),
    ).toBe(sessionLimit.id);
    expect(conceptIds('Our RDS farm hit the maximum number of remote desktop connections this morning.')).toContain(
      'too-many-sessions',
    );
    expect(conceptIds('The maximum number of RDP connections is set to 10 in the collection.')).not.toContain(
      'too-many-sessions',
    );
  });
});

describe("a client's window resized or dragged: its own reconnect, not the connection lost (mRemoteNG issue 1859)", () => {
  it("the page's wording is no drop; a session that drops by itself still is", () => {
    expect(
      conceptIds(
        'If I have an RDP session established with a Windows Server 2016 host, when I drag the mRemoteNG panel to resize it I get disconnected from the RDP host and it re-establishes the connection.',
      ),
    ).not.toContain('disconnects');
    expect(conceptIds('My RDP session keeps getting disconnected while I work in the window')).toContain('disconnects');
  });
});

describe('a sentence longer than one statement read clause by clause (lines pasted without their full stops)', () => {
  it("the page's wording (rdpwrap issue 2571): several connections refused inside a long run-on sentence", () => {
    const paste =
      'Sir, RDP Wrapper stopped working after following windows update\n\ntried uninstalling RDP wrapper, install again and autoupdate, but no success and listner state showing as not suported and not allowing multiple connections and allowing only single connection.';
    expect(conceptIds(paste)).toContain('several-users-refused');
    expect(firstCause(paste)).toBe(sessionLimit.id);
  });
  it('near miss: the long sentence whose clauses hold no refusal', () => {
    expect(
      conceptIds(
        'we installed the wrapper and the ini file and rebooted twice and checked the config tool and multiple connections work for our team of five people every day, no errors at all since the last update of the ini file',
      ),
    ).not.toContain('several-users-refused');
  });
});

describe("vendors' paraphrases that state the cause in their own terms", () => {
  it('the account said locked by the system, the verb before its object (royalehosting.net on RDP brute force)', () => {
    const paste =
      'Brute force bots try to guess your RDP password. After several failed attempts, Windows will temporarily lock the user account for about 15 minutes.';
    expect(conceptIds(paste)).toContain('account-lock-said');
    expect(firstCause(paste)).toBe(authAccountState.id);
    // Near misses: the screen locked, the account said not locked.
    expect(conceptIds('Windows locks the screen after 15 minutes in my RDP session')).toEqual([]);
    expect(conceptIds('The RDP account is not locked, I checked in AD.')).not.toContain('account-lock-said');
  });
  it('"identity authentication" failing (the cloud providers\' term for the CredSSP dialog), and other identities', () => {
    const paste = 'When I connect with MSTSC to my Windows ECS an identity authentication failure is reported.';
    expect(conceptIds(paste)).toContain('identity-authentication');
    expect(firstCause(paste)).toBe(credsspNla.id);
    expect(
      conceptIds('The managed identity authentication failure in the pipeline has nothing to do with RDP.'),
    ).not.toContain('identity-authentication');
  });
});

describe("a catch-all message beside the user's own sentences that state a precise failure (Remmina issue 880)", () => {
  const CATCH_ALL = 'Unable to connect to RDP server 192.168.1.20';
  it("the user's words are read instead of the message's ranked causes", () => {
    const paste = `From the Raspberry Pi I can only connect as the Administrator account of that Windows 10 pc, every other user gets an error.\n\n${CATCH_ALL}`;
    expect(firstCause(paste)).toBe(authLogonRight.id);
    expect(answerOrRefused(paste)?.notes.join(' ')).toMatch(/Your own words beside it/);
  });
  it("near misses: a title above the message, prose that states nothing precise: the message's reading stays", () => {
    const alone = causeIds(answerOrRefused(CATCH_ALL));
    expect(causeIds(answerOrRefused(`Remote Desktop Disconnected\n${CATCH_ALL}`))).toEqual(alone);
    expect(
      causeIds(answerOrRefused(`I tried it again this morning from home on my own laptop.\n${CATCH_ALL}`)),
    ).toEqual(alone);
  });
});

describe('the count qualified: "too many simultaneous connections" (a hosting provider\'s list of reasons; after list B)', () => {
  it('the reason read before the drop it explains; near miss: a question about the limit', () => {
    const paste =
      'The RDP connection can be dropped due to the following reasons:\n\n1. Too many simultaneous connections. RDP supports two simultaneous remote connections.';
    expect(conceptIds(paste)).toContain('too-many-sessions');
    expect(causeIds(answerOrRefused(paste)).slice(0, 2)).toContain(sessionLimit.id);
    expect(conceptIds('How do I allow too many simultaneous connections over RDP?')).toEqual([]);
  });
});
