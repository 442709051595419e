/**
 * Sentences without a code, each read by its own meaning (issue 60, rounds 7, 8, 9 and 14; written for these tests
 * from the Microsoft pages named in the tables): the RD Gateway's event texts and its identity dialog, the RD Web
 * Access feed's messages (TSWorkspace.dll), the restricted-logon and console-session dialogs, the licensing grace
 * notification, and Azure Virtual Desktop session host statuses written in words. Each with its near miss.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { expectRefused, sentenceIds } from '../helpers/explain.js';

describe('RD Gateway event texts without a code', () => {
  const sentenceOf = (text: string) => explainCode(text).paste?.parts.find((p) => p.table === 'sentence')?.name;
  it.each([
    ['TS Gateway service could not be initialised on GW01', 'gateway-100', /failed to start/],
    [
      'Exception code "0xE06D7363" occurred in the Remote Desktop Gateway server; the RD Gateway will be restarted.',
      'gateway-700',
      /restarts itself/,
    ],
    [
      'the administrator disconnected the user "FABRIKAM\\lee", on client computer "203.0.113.9", from the following network resource: "app02"',
      'gateway-202',
      /on purpose/,
    ],
    [
      'Our RD Gateway server has reached the maximum number of simultaneous connections, nobody else gets in',
      'gateway-203',
      /own limit on simultaneous connections/,
    ],
    [
      'The number of simultaneous connections to the RD Gateway server has reached the maximum number that was configured by the administrator.',
      'gateway-203',
      /not the session host's/,
    ],
  ] as const)('each event is read by its message text, its meaning stated: %s', (paste, id, said) => {
    expect(sentenceOf(paste), paste).toBe(id);
    const e = explainCode(paste);
    const meaning = [e.primary, e.extended, e.other].find((r) => r?.table === 'sentence')?.meaning ?? '';
    expect(meaning || e.notes.join(' '), paste).toMatch(said);
  });

  it('near misses: the service started, a session (not gateway) disconnect, the session host connection limit', () => {
    // The service started is read as what it is (event 101), a healthy state with no cause, never a failure.
    const started = explainCode('The RD Gateway service has started.');
    expect(started.likelyCauses).toEqual([]);
    expect(started.summary).toMatch(/no failure/i);
    expectRefused('The administrator disconnected the user from the session on RDSH01');
    const host = 'The number of connections to this computer is limited and all connections are in use right now.';
    expect(sentenceOf(host)).not.toBe('gateway-203');
  });
});

/** Sentences without a code, each read by its own meaning (its code, where it has one, follows). */
describe('sentences without a code', () => {
  const read = (text: string) => explainCode(text);

  it('"can\'t verify the identity of the RD Gateway": the gateway identity code, not a session-host certificate', () => {
    const e = read(
      "RemoteApp Disconnected\nThis computer can't verify the identity of the RD Gateway \"rdgw.example.net\". It's not safe to connect to servers that can't be identified. Contact your network administrator for assistance.",
    );
    expect(e.primary?.name).toBe('GatewayIdentityUnverified');
    expect(e.summary).toMatch(/RD Gateway's certificate/);
    // Near miss: the session host's own identity prompt is another sentence.
    expect(
      sentenceIds('The identity of the remote computer cannot be verified. Do you want to connect anyway?'),
    ).not.toContain('gateway-identity-unverified');
  });

  it('"restricted the types of logon" (Microsoft\'s wording, plural) is the restricted-logon dialog, as the singular', () => {
    for (const paste of [
      'Remote Desktop Connection\nThe system administrator has restricted the types of logon (network or interactive) that you may use. For assistance, contact your system administrator or technical support.',
      'The system administrator has restricted the type of logon (network or interactive) that you may use.',
    ])
      expect(explainCode(paste).input.code, paste).toBe('restricted-logon-type');
    expect(sentenceIds('The system administrator has restricted the types of files you may download.')).not.toContain(
      'restricted-logon-type',
    );
  });

  it('"already have a console session in progress": a connection to the computer itself, not a session limit', () => {
    const e = read(
      'Your computer could not connect to another console session on the remote computer because you already have a console session in progress.',
    );
    expect(e.input.code).toBe('console-session-in-progress');
    expect(e.likelyCauses.map((c) => c.causeId)).not.toContain(sessionLimit.id);
    expect(sentenceIds('A console session is in progress on the remote computer.')).not.toContain(
      'console-session-in-progress',
    );
  });

  it('"licensing mode is not configured … will stop working in N days": the grace period running out, in English and Japanese', () => {
    for (const paste of [
      'Remote Desktop licensing mode is not configured\nRemote Desktop Services will stop working in 87 days. On the RD Connection Broker server, use Server Manager to specify the Remote Desktop licensing mode.',
      'Remote Desktop Services will stop working in 3 days.',
      'リモート デスクトップ ライセンス モードが構成されていません。リモート デスクトップ サービスはあと 12 日で動作を停止します。',
    ]) {
      const e = read(paste);
      expect(e.input.code, paste).toBe('licensing-mode-not-configured');
      expect(e.likelyCauses[0]?.causeId, paste).toBe(licensingGraceExpired.id);
      // The day count is the message's, never a code.
      expect(e.primary, paste).toBeUndefined();
    }
    expect(read('リモート デスクトップ ライセンス モードが構成されていません。').paste?.language).toBe('Japanese');
    // Near misses: a licence that is configured, a service that stopped working.
    expect(sentenceIds('The Remote Desktop licensing mode is configured as Per User.')).not.toContain(
      'licensing-mode-not-configured',
    );
    expect(sentenceIds('Remote Desktop Services stopped working after the update.')).not.toContain(
      'licensing-mode-not-configured',
    );
  });
});

describe('RemoteApp and Desktop Connections: the feed of RD Web Access (TSWorkspace.dll messages)', () => {
  const FEED = '\n\nConnection name: Contoso Apps\nConnection URL: https://apps.contoso.com/RDWeb/Feed/webfeed.aspx\n';
  const read = (text: string) => {
    const e = explainCode(text);
    expect(e.primary, text).toBeUndefined();
    expect(JSON.stringify(e), text).not.toMatch(/not in our tables|Extended error code/);
    return e;
  };
  it("the feed server not found: no RDP cause (no connection was tried), its Error code set aside as WinINet's", () => {
    const e = read(
      `Windows cannot find the remote computer that contains the connection.${FEED}Error code: 0x2EFD, 0x0`,
    );
    expect(e.other?.name).toBe('feed-cannot-find');
    expect(e.likelyCauses).toEqual([]);
    expect(e.paste?.ignored.join('\n')).toMatch(/^0x2EFD: the feed's Error code/m);
  });
  it('the feed refuses the credentials: the text states it (bad credentials)', () => {
    const e = read(
      `The credentials that were used to connect to Contoso Apps did not work.${FEED}Error code: 0x80070005, 0x0`,
    );
    expect(e.likelyCauses.map((c) => c.causeId)).toEqual([authBadCredentials.id]);
  });
  it("the feed's certificate is the RD Web Access role's, not the listener's: not the listener's certificate cause", () => {
    const e = read("There is a problem with this connection's security certificate.");
    expect(e.likelyCauses.map((c) => c.causeId)).not.toContain(tlsCertificate.id);
    expect(e.summary).toMatch(/RD Web Access/);
  });
  it('near miss: no resources published is no connection failure', () => {
    const e = read(`There are currently no resources available in this connection.${FEED}Error code: 0x0, 0x0`);
    expect(e.summary).toMatch(/not a connection failure/);
    expect(e.likelyCauses).toEqual([]);
  });
});

describe('Azure Virtual Desktop session host statuses written in words', () => {
  it.each([
    ['Session host status: Needs assistance', 'NeedsAssistance'],
    ['Host pool hp-weu-01, session host avd-sh-3: Upgrade failed', 'UpgradeFailed'],
    ['AVD session host avd-sh-4 is in Not joined to domain', 'NotJoinedToDomain'],
    ['Windows 365: the Cloud PC session host shows No heartbeat', 'NoHeartbeat'],
  ] as const)(
    '"Needs assistance", "Upgrade failed", "Not joined to domain" beside a session host are their statuses: %s',
    (paste, name) => {
      const e = explainCode(paste);
      expect(e.input.code, paste).toBe(name);
      expect(e.summary, paste).toMatch(/^Session host status/);
    },
  );

  it('near misses: the same words about another product, or alone, are not read as a session host status', () => {
    expect(explainCode('Windows upgrade failed: 0x80070002').input.code).toBe('0x80070002');
    for (const paste of ['Feature update: upgrade failed', 'The printer needs assistance']) expectRefused(paste);
  });
});
