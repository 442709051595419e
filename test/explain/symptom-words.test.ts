/**
 * Round 30 (r30-h61c): users' own words read by their structure (tables/own-words/described-symptom-words.ts and
 * the wider clauses of described-symptoms.ts, described-everyday.ts, described-contrast.ts). Each family with a page's
 * wording told in our own words, a near miss and, where a gate narrows, a true twin.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { readDescription } from '../../src/explain/described-reading.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';

const conceptIds = (paste: string) => readDescription(paste)?.map((s) => s.concept.id) ?? [];
const firstCause = (paste: string) => causeIds(answerOrRefused(paste))[0];

describe('another way into the same computer works while Remote Desktop does not', () => {
  it('PuTTY or SSH named as what works: the computer is up, Remote Desktop itself is not answering', () => {
    for (const paste of [
      'PuTTY still gets me into the VPS, but Remote Desktop to it has not connected since yesterday.',
      'SSH works fine, but mstsc cannot reach the server anymore.',
      'I can log in through the web console. RDP does not connect though.',
    ]) {
      expect(conceptIds(paste), paste).toContain('other-way-in-works');
      expect(firstCause(paste), paste).toBe(networkUnreachable.id);
    }
  });
  it('near misses: the other product failing, or nothing failing', () => {
    // The product in a failing statement keeps the paste the product's.
    expect(conceptIds('RDP works, but PuTTY is refused by the server.')).toEqual([]);
    expect(conceptIds('TeamViewer cannot connect, but RDP connects fine.')).toEqual([]);
    expect(conceptIds('SSH and RDP both work fine now.')).toEqual([]);
    // The product named alone: still its own paste.
    expect(conceptIds('I can get in with PuTTY every day.')).toEqual([]);
  });
});

describe('an account said not allowed to sign in', () => {
  it("the access-denied page's meaning in users' words, beside Remote Desktop", () => {
    for (const paste of [
      'Connecting with mstsc, the server answers that the user is not allowed to log on.',
      'Over RDP our new accounts are not permitted to sign in, admins are.',
    ]) {
      expect(conceptIds(paste), paste).toContain('user-not-allowed');
      expect(firstCause(paste), paste).toBe(authLogonRight.id);
    }
  });
  it("near misses: the account's hours or workstation, another product's sign-in, no Remote Desktop", () => {
    expect(conceptIds('RDP: the user is not allowed to log on at this time.')).not.toContain('user-not-allowed');
    expect(conceptIds('RDP works; the user is not allowed to log in to the VPN portal.')).not.toContain(
      'user-not-allowed',
    );
    expect(conceptIds('The user is not allowed to log in to the shop website.')).toEqual([]);
  });
});

describe('another user, said in the plural or by a numbered name', () => {
  it('the one-session rule retold: the other users would be signed out, user2 disconnecting user1', () => {
    for (const paste of [
      'When I RDP in, it warns that other users would be logged off if I continue.',
      'After installing RDP Wrapper, signing in as user3 keeps disconnecting another user2.',
    ]) {
      expect(conceptIds(paste), paste).toContain('another-user');
      expect(firstCause(paste), paste).toBe(sessionLimit.id);
    }
  });
  it('near misses: another computer as the place connected from, a step done with no failure', () => {
    expect(conceptIds('RDP: I connected from another computer and it works.')).not.toContain('another-user');
    expect(conceptIds('I installed RDP Wrapper for another user2 yesterday.')).toEqual([]);
  });
  it('the console session said taken; near miss: taken by the screen saver after idle', () => {
    expect(conceptIds('Each time I connect with RDP the console session is taken over.')).toContain('session-taken');
    expect(conceptIds('With RDP open, the console session is taken over by the screen saver when idle.')).not.toContain(
      'session-taken',
    );
  });
});

describe("a client's wrong user name, password or domain, with commas", () => {
  it('read as the credentials; near miss: not about Remote Desktop', () => {
    expect(firstCause('RDP sign-in error: incorrect username, password or domain.')).toBe(authBadCredentials.id);
    expect(conceptIds('Database login error: incorrect username, password or schema.')).toEqual([]);
  });
});

describe('works locally, not from outside: the places said more ways', () => {
  it('outside of our own network, a parenthesis, a mesh VPN address', () => {
    for (const paste of [
      'Since the router swap I cannot RDP in from outside of our office network (local works fine).',
      'Remote Desktop over the LAN address works. Via the Tailscale address it does not connect.',
      'RDP from an external network is refused. On the local network it works.',
    ]) {
      expect(conceptIds(paste), paste).toContain('works-locally-not-remotely');
      expect(firstCause(paste), paste).toBe(networkUnreachable.id);
    }
  });
  it('near misses: the local network failing too, nothing working', () => {
    expect(conceptIds("I can't RDP from outside of my local network, and locally it fails too.")).not.toContain(
      'works-locally-not-remotely',
    );
    expect(conceptIds('RDP from outside of our office network is blocked.')).not.toContain(
      'works-locally-not-remotely',
    );
  });
});

describe('the Terminal Services era: texts no other row held (tables/sentences/older-windows.ts)', () => {
  it('Remote Administration mode\'s "no access to logon to this Session" is the permission, not the count', () => {
    const paste =
      'A non-admin gets this from the Windows 2003 box: You do not have access to logon to this Session. Only 2 simultaneous members of the Administrators group may log on.';
    expect(sentenceIds(paste)).toContain('ts-no-access-to-session');
    expect(firstCause(paste)).toBe(authLogonRight.id);
    // Near miss: another object refused.
    expect(sentenceIds('You do not have access to this folder.')).toEqual([]);
  });
  it("the Terminal Server's trial period over is the licensing grace period; another product's trial is not", () => {
    expect(firstCause('Alert: the Terminal Services trial period is over on SRV01')).toBe(licensingGraceExpired.id);
    expect(answerOrRefused('The Office trial period has expired.')?.likelyCauses ?? []).toEqual([]);
  });
  it("RDPConf's two states retold together: supported yet not listening; listening is not read", () => {
    expect(firstCause('RDPConf shows it as fully supported, but not listening.')).toBe(networkUnreachable.id);
    expect(firstCause('RDPConf: not listening [not supported] after the update')).toBe(networkUnreachable.id);
    expect(sentenceIds('RDPConf: fully supported and listening')).not.toContain('rdpwrap-listener-not-listening');
  });
});

describe('the count limit and the lockout in more words', () => {
  it('"ran into the two user limit" is the session limit; the limit not reached is not read', () => {
    expect(firstCause('On the old Terminal Server we keep running into the 2 user limit for RDP.')).toBe(
      sessionLimit.id,
    );
    expect(conceptIds('RDP: the 2 user limit is fine for us.')).not.toContain('too-many-sessions');
  });
  it('too many failed attempts is the lockout, never a wrong password; near miss: no Remote Desktop', () => {
    expect(conceptIds('xrdp: after too many failed login attempts the account is now locked.')).toEqual([
      'account-locked',
    ]);
    expect(conceptIds('With xrdp, killing the session five times makes you lock yourself out.')).toContain(
      'account-locked',
    );
    expect(conceptIds('The forum locks you out after too many failed login attempts.')).toEqual([]);
  });
});

describe('the client connecting once its security layer is chosen by hand', () => {
  it('read as the security layer, ahead of the general "cannot connect"', () => {
    for (const paste of [
      "Remmina can't connect to the Windows RDP server with the default settings. After setting the security to TLS it connects.",
      'With xfreerdp /sec:tls it works, without it I cannot connect to the RDP host.',
    ]) {
      expect(conceptIds(paste), paste).toEqual(['security-mode-chosen']);
      expect(firstCause(paste), paste).toBe(securityLayerMismatch.id);
    }
  });
  it('near misses: no failure, or the chosen layer failing too', () => {
    expect(conceptIds('RDP: I chose TLS and it connects fine.')).toEqual([]);
    expect(conceptIds("RDP: I can't connect; setting TLS doesn't help either.")).not.toContain('security-mode-chosen');
  });
});

describe("Remmina 1.x's authentication dialog", () => {
  it('the credentials refused; near miss: another server', () => {
    expect(
      firstCause('Remmina says: Authentication to RDP server 10.0.0.5 failed.\nCheck username, password and domain.'),
    ).toBe(authBadCredentials.id);
    expect(sentenceIds('Authentication to the wiki server failed.')).not.toContain('remmina-authentication-failed');
  });
});

describe('Remote Desktop said inaccessible, and its settings found disabled in the plural', () => {
  it('"no longer accessible via RDP", "they were disabled": nothing to connect to', () => {
    expect(
      conceptIds(
        'After the tweak script the lab machines are no longer accessible via RDP; their RDP settings were disabled.',
      ),
    ).toContain('remote-desktop-switched-off');
    expect(firstCause('Remote Desktop is inaccessible from home since Monday.')).toBe(networkUnreachable.id);
  });
  it('near misses: a folder inside the session, a default switched back on', () => {
    expect(conceptIds('RDP: the shared folder is no longer accessible.')).toEqual([]);
    expect(conceptIds('The RDP settings were disabled by default and we enabled them; all fine.')).toEqual([]);
  });
});

describe("the other users' logoff said with its condition only", () => {
  it('near miss: a logoff scheduled by policy is no other user taking the session', () => {
    expect(conceptIds('RDP: other users would be logged off at 6 pm by the policy.')).not.toContain('another-user');
  });
});
