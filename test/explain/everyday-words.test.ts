/**
 * Round 28 (r28-h60v): failures in users' everyday words (tables/own-words/described-everyday.ts and the wider clauses of
 * described-symptoms.ts, described-contrast.ts, described-connection.ts), and three slips of the paste reader: a
 * doubled percent sign in a command line, xrdp's session manager refusing a sign-in, a launcher's Win32 error 193. Each
 * with the wording of its page, a near miss and, where a gate narrows, a true twin.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { readDescription } from '../../src/explain/described-reading.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { answerOrRefused, causeIds, expectRefused, expectSaidNoCause } from '../helpers/explain.js';

const conceptIds = (paste: string) => readDescription(paste)?.map((s) => s.concept.id) ?? [];
const firstCause = (paste: string) => causeIds(answerOrRefused(paste))[0];

describe('Remote Desktop not connecting, said in general words (read only where nothing more precise is)', () => {
  it('the page\'s wording: "RDP stopped working", "cannot remote desktop my PC", "unable to remote into"', () => {
    for (const paste of [
      'I updated my windows and RDP stopped working, in RDPConf i show a new version 10.0.17134.1.',
      'Cannot remote desktop my PC on win10 after restart my PC',
      'Unable to remote into windows 10 machine using Tailscale intermittently.',
      'my RDP on Mac cannot connect to one of the Win10 nodes of my network',
    ])
      expect(firstCause(paste), paste).toBe(networkUnreachable.id);
  });
  it('a more precise word wins: the password, another user, a feature of the session', () => {
    expect(conceptIds("I can't connect with RDP: it says my password is wrong")).toEqual(['wrong-password']);
    expect(conceptIds('RDP stopped working since another user signs in')).not.toContain('cannot-connect');
    // Near misses: a feature of a working session is not the connection.
    expect(conceptIds("The RDP clipboard doesn't work anymore")).toEqual([]);
    expect(conceptIds("RDP doesn't work with two monitors")).toEqual([]);
    // Not about Remote Desktop: nothing read.
    expect(conceptIds("I can't connect to the printer since the update")).toEqual([]);
  });
});

describe('what works beside what does not: "I can ping it … but I can\'t RDP"', () => {
  it("the page's wording, over a mesh VPN", () => {
    const paste =
      'i can ping between these two machines using the new VPN network\nBUT , i cant connect with RDP.\nturned off firewall on both machines.';
    expect(conceptIds(paste)).toEqual(['pings-but-no-connection']);
    expect(firstCause(paste)).toBe(networkUnreachable.id);
  });
  it('near miss: ping fails and RDP works; true twin: neither answers', () => {
    expect(conceptIds('I cannot ping the server but RDP works')).toEqual([]);
    expect(conceptIds('The connection is lost through Zerotier. Neither ping nor RDP works.')[0]).toBe('not-reached');
  });
  it('Remote Desktop over Tailscale or ZeroTier said failing is the path through the VPN', () => {
    expect(conceptIds("Since I installed ZeroTier I can't RDP to the office PC")).toEqual(['vpn-path']);
    // Near miss: the VPN itself failing.
    expect(conceptIds("I can't connect to Tailscale from the hotel")).toEqual([]);
  });
});

describe('the session already on the computer ended or taken when someone connects', () => {
  it("the pages' wording: the local session logged off, the current session stolen, user1 replaced", () => {
    for (const paste of [
      'when I start a RDP session from a remote client and log in with the same user id as the local session, it logs off the local session ?',
      "so the issue I'm having which makes it weird to use RDP while I am using the desktop is that it steals the current session and transfers it to the 1st rdp connection.",
      "when I work on a computer (server) as user1 and someone connects to this computer via RDP as user2, I immediately see user2's desktop and can no longer work as user1.",
      'Console is logged off when you login remotely. You can then log the console back in as a 2nd session.',
    ])
      expect(firstCause(paste), paste).toBe(sessionLimit.id);
  });
  it('near miss: the console logged off after an idle time is the time limit, not another connection', () => {
    expect(conceptIds('The RDP console session is logged off after 30 minutes idle')).not.toContain('session-taken');
    expect(conceptIds('Someone told me to check the RDP port')).toEqual([]);
  });
});

describe('"access denied" beside Remote Desktop', () => {
  it("the account without the permission (Learn's access-denied page)", () => {
    expect(firstCause('When I connect with Remote Desktop it just says access is denied')).toBe(authLogonRight.id);
  });
  it('near miss: a file or the registry refused inside the session; not about Remote Desktop', () => {
    expect(conceptIds('In my RDP session copying files to the share gives access denied')).toEqual([]);
    expect(conceptIds('access is denied when I try and sign in')).toEqual([]);
  });
});

describe('only administrators may connect, said in one clause', () => {
  it("the page's wording", () => {
    expect(
      firstCause(
        'However, only Administrator users are allowed to login using Remote Desktop. I want to allow Standard users to logon via Remote Desktop too.',
      ),
    ).toBe(authLogonRight.id);
  });
  it('near miss: another task only admins may do', () => {
    expect(conceptIds('Only administrators can change the RDP port on this server')).toEqual([]);
  });
});

describe('a Microsoft account that cannot sign in by Remote Desktop', () => {
  it("the pages' wording", () => {
    expect(firstCause("Sometimes people can't login to rdp with Microsoft account")).toBe(authBadCredentials.id);
    expect(
      firstCause(
        "If when I setup the computer, I signed in with a Office 365 account, it doesn't seem to let me RDP to this Windows 10 Desktop.",
      ),
    ).toBe(authBadCredentials.id);
  });
  it('near miss: the Microsoft account of the Store; no Remote Desktop named', () => {
    expect(conceptIds("My Microsoft account can't sign in to the Store on the RDP host")).toEqual([]);
    expect(conceptIds("I can't sign in to my Microsoft account")).toEqual([]);
  });
});

describe("Remote Desktop's switch found off", () => {
  it("the page's wording: the switch still off after a script", () => {
    const paste =
      'I ran the script on a remote desktop, and I lost the connection in the middle of the script, I lost the connection.\nWhen I tried to enable Remote accès, the switch button was still off.';
    expect(causeIds(explainCode(paste)).slice(0, 2)).toContain(networkUnreachable.id);
  });
  it('near miss: off by default', () => {
    expect(conceptIds('Remote Desktop is off by default on Windows 11')).toEqual([]);
  });
});

describe('wider clauses of the existing concepts', () => {
  it('a drop said "would just drop"; a certificate prompt to accept the new cert', () => {
    expect(firstCause('Every few minutes my RDP connection would just drop')).toBe(networkDropped.id);
    expect(
      firstCause(
        "after the certificate is renewed, when launching xfreerdp you won't get any feedback because freerdp wants you to confirm you accept the new cert",
      ),
    ).toBe(tlsCertificate.id);
  });
  it('near miss: a client that warns if the fingerprint differs (a behaviour), a self-signed certificate that works', () => {
    expect(
      conceptIds(
        '(x)freerdp warns if the certificate fingerprint differs from the fingerprint last seen on the same host. In general, this is a very useful behaviour.',
      ),
    ).toEqual([]);
    expect(conceptIds('1. Try to connect to a Windows RDP server with a self signed certificate\n2. It works')).toEqual(
      [],
    );
    // True twin: the self-signed certificate refused.
    expect(conceptIds("RDP refuses the server's self-signed certificate")).toContain('certificate-trust');
  });
  it('a quiz asking how "you" would fix an imagined timeout is no failure; a user\'s own stays read', () => {
    expect(
      conceptIds(
        'You have just provisioned a brand new server and you would like to login to it, via SSH or RDP.\nBoth are currently failing with a timeout. How do you go about figuring out what is wrong?',
      ),
    ).toEqual([]);
    expect(
      conceptIds('My RDP connection to the new server is failing with a timeout. How do you troubleshoot that?'),
    ).toEqual(['timed-out']);
  });
});

describe('slips of the paste reader', () => {
  it("a doubled percent sign (a batch file's escaped %) calls nothing after it a code", () => {
    expectRefused('rdesktop -g 92%% -a 16 -u admin 10.0.0.5');
    // True twin: a FailureReason written with a space after its %%.
    expect(explainCode('FailureReason: %% 2313').summary).toMatch(/bad password/i);
  });
  it("xrdp's session manager refusing the sign-in: the credentials, or its group", () => {
    for (const paste of [
      '[20220813-00:47:59] [ERROR] pam_authenticate failed: Authentication failure',
      'pam_authenticate failed: Authentication failure',
      '[20220813-00:47:59] [INFO ] Username or password error for user: ubuntu',
      'User does not exist, or could not be authenticated',
      'xrdp-sesman[889]: pam_unix(xrdp-sesman:auth): authentication failure; logname= uid=0 euid=0 tty=xrdp-sesman ruser= rhost= user=ana',
    ])
      expect(firstCause(paste), paste).toBe(authBadCredentials.id);
    expect(firstCause('[INFO ] Username okay but group problem for user: ana')).toBe(authLogonRight.id);
  });
  it("near miss: another program's PAM line (polkit, PostgreSQL) is not xrdp's", () => {
    expect(causeIds(answerOrRefused('polkit-agent-helper-1: pam_authenticate failed: Authentication failure'))).toEqual(
      [],
    );
    expect(causeIds(answerOrRefused('LOG:  pam_authenticate failed: Authentication failure'))).toEqual([]);
  });
  it("a launcher's error code 193 is ERROR_BAD_EXE_FORMAT, named with no cause", () => {
    expectSaidNoCause('The launcher failed with error code 193', /not a valid Win32 application/);
    // Near miss: 193 as a count.
    expectRefused('I connected 193 times today');
  });
});

describe('the connection said to have failed, in general words (described-everyday.ts cannot-connect)', () => {
  it('"connection failed", "error connecting", "could not access" beside Remote Desktop: the general reading', () => {
    for (const paste of [
      'Remote Desktop connection failed this morning on every laptop',
      'Getting an error connecting via RDP to the jump host',
      'we could not access the VM through Remote Desktop after the move',
    ])
      expect(causeIds(paste)[0], paste).toBe(networkUnreachable.id);
  });
  it('near misses: a feature inside the session, or no Remote Desktop named', () => {
    for (const paste of ["I can't access the shared folder over RDP", 'the VPN connection failed this morning'])
      expect(causeIds(answerOrRefused(paste)), paste).toEqual([]);
  });
});
