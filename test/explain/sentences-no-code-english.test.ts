/**
 * English sentences with no code (issue #60): a failure told in the user's words (src/explain/tables/
 * described-connection.ts: a connection timing out, a port nothing listens on, a computer or an RD Gateway not reached,
 * no right to sign in, licensing in the users' words), a dialog's text retyped with its contractions the other way, a
 * dialog's title line alone and the web pages' ActiveX texts (src/explain/tables/sentences/bare-sentences.ts), each beside its
 * near misses (a time limit, a step reported done, another product, nothing of Remote Desktop). The pastes are this
 * test's own wording.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { gatewayDenied } from '../../patterns/gateway-denied.js';
import { gatewayHostUnreachable } from '../../patterns/gateway-host-unreachable.js';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';

/** [paste, the first cause read]: each family's wording, the reading from the description. */
const DESCRIBED: readonly [string, string][] = [
  ['Every time I try RDP to the office box I get a connection timeout', networkUnreachable.id],
  ['mstsc just times out when I connect from the hotel', networkUnreachable.id],
  ['Port 3389 is not in listening state on the new server', networkUnreachable.id],
  ['after the update RDP is no longer listening on 3389', networkUnreachable.id],
  ['Remote Desktop: this remote computer cannot be reached from outside', networkUnreachable.id],
  ['the RD Gateway server is temporally unavailable since this morning', networkUnreachable.id],
  ['our RD Gateway cannot connect to the session host behind it', gatewayHostUnreachable.id],
  ['Remote Desktop refuses her: she is not a member of the Remote Desktop Users group', authLogonRight.id],
  ['No RDS licenses installed and will stop working in 61 days', licensingGraceExpired.id],
  ['RDS host: the pop-up says it will stop working in 12 days', licensingGraceExpired.id],
  // described-access.ts
  ['Remote access to the server is not enabled', networkUnreachable.id],
  ['RDP works from the office but not from the internet, is 3389 blocked by my ISP?', networkUnreachable.id],
  ['RDP: she must change her password at next logon and cannot get in', authAccountState.id],
  ['Remote Desktop says there are too many users on the server', sessionLimit.id],
  ['RD Gateway: the user is not authorized to access the gateway', gatewayDenied.id],
  ['RDP broke on the 2008 R2 box right after disabling TLS 1.0', tlsProtocolMismatch.id],
  ["RDP warns the certificate name doesn't match the server", tlsCertificate.id],
];

describe('English sentences in the users words, each family read', () => {
  for (const [paste, cause] of DESCRIBED)
    it(paste, () => {
      const e = explainCode(paste);
      expect(e.input.code).toBe('description');
      expect(causeIds(e)[0]).toBe(cause);
    });
});

describe('near misses beside each family: no failure read', () => {
  const refused = [
    // A time limit, not a connection timing out.
    'my RDP session times out after 15 minutes idle',
    'Remote Desktop: the session timed out at the logon screen',
    // Nothing failed: a port listening, a gateway back, a step reported done (the licensing migration).
    'Remote desktop is listening on port 3389',
    'The RD Licensing server migration has completed',
    'RDS CAL migration completed',
    'Remote Desktop Licensing: license server activated, 50 per user CALs installed',
    // Another product, or nothing of Remote Desktop.
    'VNC viewer: connection timed out',
    'ssh to the box times out',
    'Windows activation will stop working in 30 days',
    "I'm in the Remote Desktop Users group and it works fine",
    'Remote Desktop is enabled on the server and the firewall allows it',
    'RDP: the password has not expired and the account is not disabled',
    'MySQL: too many connections',
    'The RD CAP and RD RAP were created successfully',
    'The Outlook certificate name does not match the server',
  ];
  it.each(refused)('%s', (paste) => expect(causeIds(answerOrRefused(paste))).toEqual([]));

  it('a step done beside a failure keeps the failure', () => {
    expect(causeIds('RDS CALs installed, but users still get no licenses installed on the license server')).toContain(
      licensingCalUnavailable.id,
    );
  });
});

describe('a dialog retyped with its contractions the other way', () => {
  it('"doesn\'t permit" and "doesnt permit" read as the local policy dialog', () => {
    for (const paste of [
      "Local policy of this system doesn't permit you to log on interactively",
      'The local policy of this system doesnt permit you to logon interactively.',
    ]) {
      expect(sentenceIds(paste)).toEqual(['local-policy-no-interactive-logon']);
      expect(causeIds(paste)[0]).toBe(authLogonRight.id);
    }
  });

  // Round 26 (h60k): the dialog's verb and step retyped in their other usual words.
  it('"does not allow you to log in" reads as the same dialog; another refusal of the policy does not', () => {
    expect(sentenceIds('The Local Policy of this System Does Not Allow You to Log in Interactively')).toEqual([
      'local-policy-no-interactive-logon',
    ]);
    expect(sentenceIds('The local policy of this system does not allow you to change the time zone')).not.toContain(
      'local-policy-no-interactive-logon',
    );
  });

  it('near miss: two texts apart only by a contraction stay apart as typed', () => {
    expect(sentenceIds("Your credentials didn't work")).not.toContain('credentials-did-not-work');
  });
});

describe('a sentence that states no cause: named, no cause guessed', () => {
  it("the authentication dialog's title line alone", () => {
    for (const paste of [
      'An authentication error has occurred.',
      'Remote Desktop Connection\nAn authentication error has occurred',
    ]) {
      const e = explainCode(paste);
      expect(e.input.code).toBe('authentication-error-title-alone');
      expect(causeIds(e)).toEqual([]);
      expect(e.summary).toMatch(/sentence under it/);
    }
  });

  it('near miss: the title with the sentence under it is that dialog', () => {
    expect(
      sentenceIds('An authentication error has occurred. The Local Security Authority cannot be contacted'),
    ).not.toContain('authentication-error-title-alone');
  });

  it("the web pages' ActiveX texts", () => {
    for (const [paste, id] of [
      ['Remote Desktop Web Connection ActiveX control is not installed', 'tsweb-activex-not-installed'],
      [
        'This Web site requires the Terminal Services Client, which does not appear to be installed on this System.',
        'tswa-client-not-installed',
      ],
    ]) {
      const e = explainCode(paste);
      expect(e.input.code).toBe(id);
      expect(causeIds(e)).toEqual([]);
    }
  });

  it("near miss: another product's ActiveX control", () => {
    expect(sentenceIds('The BarTender Print Client ActiveX control is not installed')).toEqual([]);
  });
});
