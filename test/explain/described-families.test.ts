/**
 * Users' descriptions read by families of wordings (src/explain/tables/described-*.ts, described-contrast.ts) and the
 * dialog texts read in their other wordings (uncoded-sentences.ts, bare-sentences.ts, sentences.ts). Each family with
 * a near miss it must not read: a concession, a negation before "and", a contrast that holds nothing failing, another
 * product's 401 text, the system message alone. The pastes are this test's own wording.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { readDescription } from '../../src/explain/described-reading.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';

const conceptIds = (paste: string) => readDescription(paste)?.map((s) => s.concept.id) ?? [];

describe('descriptions read by families of wordings', () => {
  const READ: readonly [string, string][] = [
    [authBadCredentials.id, 'Every RDP attempt ends with a message that my credentials are incorrect'],
    [authBadCredentials.id, 'mstsc: the password was not accepted although I typed it twice'],
    [authAccountState.id, 'Our terminal server refuses the sign-in: the password is outdated'],
    [authAccountState.id, 'RDP to the domain controller loops because the flag user must change password is set'],
    [sessionLimit.id, 'Remote desktop asks me to disconnect the other user before I can sign in'],
    [sessionLimit.id, 'Windows 10 Home lets only one simultaneous RDP connection'],
    [sessionLimit.id, 'RDP warns that another user is currently signed in and will be disconnected'],
    [sessionLimit.id, 'Our RDS box refuses: the number of connections has been exceeded'],
    [licensingGraceExpired.id, 'Our RDS host shows no RDS licenses installed and will stop working in 40 days'],
  ];
  it('each read as its cause (the first through the whole reader)', () => {
    const first = explainCode(READ[0]?.[1] ?? '');
    expect(first.input.code).toBe('description');
    expect(causeIds(first)[0]).toBe(authBadCredentials.id);
    for (const [cause, paste] of READ) expect(readDescription(paste)?.[0]?.concept.causes[0], paste).toBe(cause);
  });

  it('no licenses installed without a countdown stays the missing CALs', () => {
    expect(
      readDescription('The RDS deployment has no RDS licenses installed')?.flatMap((s) => s.concept.causes),
    ).toContain(licensingCalUnavailable.id);
    expect(conceptIds('No RDS licenses installed and will stop working in 40 days')).toEqual(['grace-countdown']);
  });

  it('the grace period by its length: 120 days of licence or trial; never a 120-day password policy', () => {
    for (const paste of ['The RDS host hit its 120-day license limit last night', 'RDP: the 120 day trial is over'])
      expect(conceptIds(paste), paste).toEqual(['grace-period']);
    expect(conceptIds('RDP sign-in: the 120-day password policy forces a change')).not.toContain('grace-period');
  });

  it('a concession is no failure: "even if … session limit"', () => {
    expect(conceptIds('RDP hosts stay listed as available even if a host has reached its session limit')).toEqual([]);
    expect(conceptIds('The RDP host has reached its session limit')).toEqual(['too-many-sessions']);
  });
});

describe('descriptions read by a contrast of what works and what fails', () => {
  const BY_ADDRESS_ONLY = [
    'RDP to the office PC by its hostname fails. Using the IP address it connects at once.',
    'Remote desktop works with 10.0.0.15, not with the computer name',
    'mstsc to the file server fails by its hostname, works by IP',
  ];
  it('the IP address works, the name does not: the name not resolving', () => {
    expect(BY_ADDRESS_ONLY.map(conceptIds)).toEqual(BY_ADDRESS_ONLY.map(() => ['name-not-resolved']));
  });

  it('ping answers, Remote Desktop does not: the port or its listener', () => {
    const paste = 'The VM is pingable from my laptop, but mstsc cannot connect to it';
    expect(conceptIds(paste)).toEqual(['pings-but-no-connection']);
    expect(conceptIds('The session host: ping ok, telnet to port 3389 fails')).toContain('pings-but-no-connection');
    expect(readDescription(paste)?.[0]?.concept.causes).toEqual([networkUnreachable.id]);
  });

  it("Remote Desktop on 3389 works, on the port set instead it does not: that port's firewall rule (round 36)", () => {
    const paste =
      'Remote Desktop answers on 3389 just fine. Once PortNumber is set to 50102 we get no connection at all.';
    expect(conceptIds(paste)).toContain('default-port-only');
    expect(readDescription(paste)?.[0]?.concept.id).toBe('default-port-only');
    expect(causeIds(paste)[0]).toBe(networkUnreachable.id);
  });
  it('near miss: the other port working and 3389 failing, or both working, is no such contrast', () => {
    expect(conceptIds('RDP: port 50102 works but 3389 refuses')).not.toContain('default-port-only');
    expect(conceptIds('RDP works on 3389 and on port 50102 as well')).not.toContain('default-port-only');
  });

  it("the computer's name that no longer works, beside the IP that does (rdpwrap issue 260's words)", () => {
    const page =
      'Before installing RDPWrap host name works fine for connecting users to the machine with RDPWrap. \n\nAfter installing RDPWrap the host name no longer works we are only able to connect via IP.';
    expect(conceptIds(page)).toEqual(['name-not-resolved']);
    expect(causeIds(page)[0]).toBe(networkUnreachable.id);
    // True twin: the name that does not work, told alone.
    expect(conceptIds("Since Monday the RDP hostname doesn't work from the laptops")).toEqual(['name-not-resolved']);
    // Near miss: the user's name is no computer's name.
    expect(conceptIds("RDP: my user name doesn't work since the migration")).not.toContain('name-not-resolved');
  });

  it('a VPN client named is the path: its contrast of name and address is read, its other words are not', () => {
    // pritunl issue 197's words.
    const page =
      'Not sure if this is a Pritunl issue or OpenVPN, but I\'m not able to for example RDP into computers using the hostname eg. "Sanders-PC" but I can connect using the IP (e.g 192.168.0.201). I\'m connected to the local network with only local traffic mode.';
    expect(conceptIds(page)).toEqual(['name-not-resolved']);
    // True twin: another VPN client, the same contrast.
    expect(conceptIds('Over WireGuard, RDP to the file server by its hostname fails. By IP it connects.')).toEqual([
      'name-not-resolved',
    ]);
    // Near misses: a word that may be the VPN client's own, and a contrast about the VPN alone.
    expect(conceptIds('AnyConnect shows an authentication error, then RDP is gone')).toEqual([]);
    expect(conceptIds('OpenVPN fails by hostname, works by IP')).toEqual([]);
  });

  const NEAR_MISSES = [
    'Ping fails and RDP does not connect either',
    'Ping fails but RDP works',
    'Ping works by name and IP but RDP does not connect to the hostname',
    'RDP did not work by host name while the IP address works; solved by a DNS record',
  ];
  it.each(NEAR_MISSES)('near miss, no name contrast: %s', (paste) => {
    expect(conceptIds(paste)).not.toContain('name-not-resolved');
  });
  it('near miss, no ping contrast: ping fails, RDP works', () => {
    expect(conceptIds(NEAR_MISSES[1] ?? '')).not.toContain('pings-but-no-connection');
  });
  it('a file share that works beside ping is another service: the contrast holds', () => {
    expect(conceptIds('I can ping the box and connect to its c$ share, but RDP does not connect')).toEqual([
      'pings-but-no-connection',
    ]);
    expect(conceptIds('ping ok and I connect to the admin$ share fine; remote desktop fails')).toEqual([
      'pings-but-no-connection',
    ]);
    // Near miss: connecting said of the computer itself, beside ping, names what fails in what works.
    expect(conceptIds('I can ping it and connect to it but remote desktop fails')).not.toContain(
      'pings-but-no-connection',
    );
  });
});

describe('an update on one side and not on the other (mRemoteNG issue 979, Remmina issue 1515)', () => {
  // mRemoteNG issue 979's words (the side without the update), Remmina issue 1515's (the updated side refusing).
  const ONE_SIDE = {
    mremoteng:
      'This update is correcting a RDP connection vulnerability.\n\nWhen trying to make connections to clients that do not have this update, the connection is not possible!',
    remmina:
      'Since this week "patch Tuesday" updates I have not been able to use Remmina to connect to any updated Windows system - always get "Unable to establish a connection to RDP server',
  };
  it("the computers without the update, or the updated ones, refusing: CredSSP's update", () => {
    expect(conceptIds(ONE_SIDE.mremoteng)).toEqual(['update-on-one-side']);
    expect(causeIds(ONE_SIDE.mremoteng)[0]).toBe(credsspNla.id);
    expect(conceptIds(ONE_SIDE.remmina)).toContain('update-on-one-side');
  });
  it('near misses: an update with nothing about the other side, or a side without it that works', () => {
    expect(conceptIds('After the update RDP is slow and the screen flickers')).not.toContain('update-on-one-side');
    expect(conceptIds('The RDP server does not have this update yet and it connects fine')).not.toContain(
      'update-on-one-side',
    );
  });
});

describe("Remote Desktop failing since a Windows update: the update Microsoft documents is CredSSP's", () => {
  it('the update said to have broken the connection, in a sentence or across its comma', () => {
    for (const paste of [
      'Since the cumulative update went on the terminal server our RDP access is broken',
      'After the Windows update, nobody can RDP to the file server',
      'Windows update broke remote desktop on two of our hosts',
    ]) {
      expect(conceptIds(paste), paste).toEqual(['update-broke-connection']);
      expect(causeIds(explainCode(paste))[0], paste).toBe(credsspNla.id);
    }
  });
  it("near misses: no failure, a client program's or another system's update, update as a verb", () => {
    for (const paste of [
      'After the update RDP is slow and the screen flickers',
      'Since the Remmina update RDP stopped working',
      'RDP stopped working after the Linux Mint update',
      'I had to update the certificate because remote desktop broke',
    ])
      expect(conceptIds(paste), paste).not.toContain('update-broke-connection');
  });
});

describe('dialog texts in their other wordings', () => {
  it("the CredSSP dialog's two lines run into one; the system message alone stays unread as CredSSP", () => {
    const paste = 'RDP: An authentication error has occurred, and the required function is not supported';
    expect(sentenceIds(paste)).toContain('function-not-supported');
    expect(causeIds(paste)[0]).toBe(credsspNla.id);
    expect(sentenceIds('The required function is not supported by this driver')).not.toContain(
      'function-not-supported',
    );
  });

  it('the web client\'s "missing or invalid credentials"; an API\'s 401 text is not it', () => {
    expect(causeIds('Myrtille: The remote connection failed due to missing or invalid credentials')[0]).toBe(
      authBadCredentials.id,
    );
    expect(sentenceIds('401: Authentication failed due to missing or invalid credentials')).not.toContain(
      'web-client-missing-or-invalid-credentials',
    );
  });

  it('the RD Gateway dialog without "the" and its contact line', () => {
    const paste = 'Windows App: Your computer cannot connect to Remote Desktop Gateway server';
    expect(sentenceIds(paste)).toContain('gateway-cannot-connect-to-gateway');
    expect(causeIds(paste)[0]).toBe(networkUnreachable.id);
  });

  it("Azure Virtual Desktop's orchestration error: named, no cause given", () => {
    const e = explainCode(
      "AVD says: We couldn't connect to the Remote Desktop Gateway because of an orchestration error.",
    );
    expect(e.summary).toMatch(/orchestrat/);
    expect(e.likelyCauses).toEqual([]);
  });

  it('the console-session dialog retyped, and the session access text without "The"', () => {
    expect(
      sentenceIds('mstsc: cannot connect to another session because you have a console session in progress'),
    ).toContain('console-session-in-progress');
    expect(causeIds('Requested session access was denied')).not.toContain(sessionLimit.id);
    expect(answerOrRefused('Requested session access was denied')?.other?.name).toBe('requested-session-access-denied');
  });
});
