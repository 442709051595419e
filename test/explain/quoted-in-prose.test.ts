/**
 * A known text quoted inside a user's own sentences (issue #60): English texts of the sentence and message-text
 * tables, framed in prose of our own, read as the text alone does (here the ends of each code family and cause set;
 * every text in quoted-in-prose-rest.test.ts, slow tier); a message text's first sentence is read where the
 * paste quotes it (src/explain/tables/sentences/quoted-text.ts); near misses (another product's text, a text saying all is well,
 * a generic text beside a service) are not read as a Remote Desktop failure.
 */
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/explain/tables/languages/localized.js';
import { quotedIn, quotedPieces } from '../../src/explain/tables/sentences/quoted-text.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';
import {
  FRAMES,
  codeFamily,
  distinctFirst,
  endsOfEach,
  english,
  expectFramedFirstSentencesRead,
  expectFramedQuotesRead,
  expectFramedTextsRead,
  quotedEnds,
} from '../helpers/quoted-in-prose.js';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { serverDenied } from '../../patterns/server-denied.js';

/** The fast tier's few: the ends of each code family and of each cause set (the rest file reads every text). */
const fastTexts = endsOfEach(english, (m) => codeFamily(m.code));
const fastCut = endsOfEach(
  english.filter((m) => distinctFirst(m.code, m.text)),
  (m) => codeFamily(m.code),
);
const fastQuotes = quotedEnds(({ s }) => [...(s.states ?? [])].join(','));

describe('a known text quoted inside prose reads as the text alone', () => {
  it('the first and last English message text of each code family, in every frame', () => {
    expect(english.length).toBeGreaterThan(40);
    expect(new Set(fastTexts.map((m) => codeFamily(m.code)))).toEqual(new Set(english.map((m) => codeFamily(m.code))));
    expectFramedTextsRead(fastTexts);
  });

  it("the ends of each code family cut after their first sentence, where that sentence is the text's alone", () => {
    expect(fastCut.length).toBeGreaterThan(3);
    expect(expectFramedFirstSentencesRead(fastCut)).toBe(fastCut.length);
  });

  it('the first and last English dialog sentence of each cause set whose description quotes its text', () => {
    expect(fastQuotes.length).toBeGreaterThan(20);
    expectFramedQuotesRead(fastQuotes);
  });
});

/** Pastes of the issue and of public pages, each with the sentence it is read as and its first cause. */
const READ: readonly (readonly [string, string, string])[] = [
  [
    'when i connect from another pc i get the following error, account restrictions are preventing this user from signing in',
    'ERROR_ACCOUNT_RESTRICTION',
    authAccountState.id,
  ],
  [
    'the new user cannot sign in over RDP, the log says (The user password must be changed before logging on the first time.)',
    'STATUS_PASSWORD_MUST_CHANGE',
    authAccountState.id,
  ],
  [
    'rdp login fails, the log says: The user account has been automatically locked because too many invalid logon attempts or password change attempts have been requested.',
    'STATUS_ACCOUNT_LOCKED_OUT',
    authAccountState.id,
  ],
  [
    '"Logon failure: user account restriction. Possible reasons are blank passwords not allowed, logon hour restrictions, or a policy restriction has been enforced."',
    'ERROR_ACCOUNT_RESTRICTION',
    authAccountState.id,
  ],
  [
    'remote desktop shows Logon failure: user account restriction. What now?',
    'ERROR_ACCOUNT_RESTRICTION',
    authAccountState.id,
  ],
  // Windows XP's words, as Microsoft's KB 303846 quotes them (a public page's copy).
  [
    'When you try to connect to a Windows XP-based computer by using the Remote Desktop tool, you may receive the following error message:\nUnable to log you on because of an account restriction.',
    'xp-account-restriction',
    authAccountState.id,
  ],
];

describe("the issue's pastes", () => {
  it('reads a first sentence quoted after "error", the NTSTATUS texts MS-ERREF gives, older wordings', () => {
    for (const [paste, sentence, cause] of READ) {
      expect(sentenceIds(paste), paste).toEqual([sentence]);
      expect(causeIds(paste)[0], paste).toBe(cause);
    }
  });

  it('reads "Access is denied" only in a paste about signing in to Remote Desktop, and says why', () => {
    for (const paste of [
      'I used RDPcheck.exe I could see the login screen. When I entered the correct password, it said Access is denied.',
      'I updated the .ini but I\'m still getting "Access is Denied" when trying to login using RDPCheck.exe.',
      'remote desktop connection: access denied when I sign in as bob',
    ]) {
      expect(causeIds(paste).slice(0, 2), paste).toEqual([authLogonRight.id, serverDenied.id]);
      expect(answerOrRefused(paste)?.paste?.parts.find((p) => p.text === 'access-is-denied')?.meaning).toMatch(
        /only where the paste is about signing in to Remote Desktop/,
      );
    }
  });
});

describe('near misses are not read as a Remote Desktop failure', () => {
  /** "Access is denied" alone, beside a service, a file or an installer, or another message's words. */
  const notSignIn = [
    'Access is denied.',
    'TermService fails to start due to "Access Denied" error when rdp wrapper is installed.',
    'remote desktop: copying the file to the share says Access is denied',
  ];
  it('a generic "Access is denied" alone or beside a service, a file or an installer', () => {
    for (const paste of notSignIn) expect(causeIds(answerOrRefused(paste)), paste).not.toContain(authLogonRight.id);
  });

  it("the same frames around another product's text and around a text that says it succeeded", () => {
    for (const text of [
      "Login failed for user 'sa'. (Microsoft SQL Server, Error: 18456)",
      'The operation completed successfully.',
      'The connection to the remote computer was established successfully.',
    ])
      for (const frame of FRAMES) expect(causeIds(answerOrRefused(frame(text))), frame(text)).toEqual([]);
  });

  it("a first sentence not quoted (a user's sentence around it), or quoted with words that negate it", () => {
    const paste = 'I wonder whether account restrictions are preventing this user from signing in, or the firewall';
    expect(sentenceIds(paste), paste).not.toContain('ERROR_ACCOUNT_RESTRICTION');
    const first = foldText('Account restrictions are preventing this user from signing in.');
    expect(quotedIn(quotedPieces('error: account restrictions are preventing this user from signing in'), first)).toBe(
      true,
    );
    for (const negated of [
      'error: account restrictions are preventing this user from signing in no more',
      'it says "Account restrictions are preventing this user from signing in, not" (sic)',
    ])
      expect(quotedIn(quotedPieces(negated), first), negated).toBe(false);
  });
});
