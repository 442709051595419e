/**
 * A known text quoted inside a user's own sentences (issue #60): every English text of the sentence and message-text
 * tables, framed in prose of our own, reads as the text alone does; a message text's first sentence is read where the
 * paste quotes it (src/explain/tables/quoted-text.ts); near misses (another product's text, a text saying all is well,
 * a generic text beside a service) are not read as a Remote Desktop failure.
 */
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/explain/tables/localized.js';
import { MESSAGE_TEXTS } from '../../src/explain/tables/message-texts.js';
import { KNOWN_SENTENCES } from '../../src/explain/tables/sentences.js';
import { firstSentenceOf, quotedIn, quotedPieces } from '../../src/explain/tables/quoted-text.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { serverDenied } from '../../patterns/server-denied.js';

/** Prose frames of our own around a quoted text. */
const FRAMES: readonly ((text: string) => string)[] = [
  (t) => `I get this error: "${t}" when I connect`,
  (t) => `when i connect from another pc i get the following error, ${t.toLowerCase()}`,
  (t) => `Since this morning it says «${t}» and nothing else.`,
];

const english = MESSAGE_TEXTS.filter((m) => m.language === 'en');

/** A first sentence long enough and no other code's text holds: the one the paste may quote alone. */
function distinctFirst(code: string, text: string): string | undefined {
  const first = firstSentenceOf(text);
  if (!first || foldText(first).length < 30 || first.split(/\s+/).length < 5) return undefined;
  return MESSAGE_TEXTS.some((m) => m.code !== code && foldText(m.text).includes(foldText(first))) ? undefined : first;
}

/** The English sentences whose `what` quotes the dialog's text and that text alone reads as the sentence. */
const quotedSentences = KNOWN_SENTENCES.flatMap((s) => {
  const quote = /"([^"]{20,300})"/.exec(s.what)?.[1];
  // A phrase many programs show, or a generic system text, is read by the rest of the paste too (by design): left out.
  const byItself = !s.commandOutput && !s.otherProduct && !s.phrase && !s.signIn;
  return quote && byItself && sentenceIds(quote).includes(s.id) ? [{ s, quote }] : [];
});

describe('a known text quoted inside prose reads as the text alone', () => {
  it('every English message text, in every frame', () => {
    expect(english.length).toBeGreaterThan(40);
    for (const m of english) {
      const alone = causeIds(m.text);
      for (const frame of FRAMES) expect(causeIds(frame(m.text)), frame(m.text)).toEqual(alone);
    }
  });

  it("every English message text cut after its first sentence, where that sentence is the text's alone", () => {
    let cut = 0;
    for (const m of english) {
      const first = distinctFirst(m.code, m.text);
      if (!first) continue;
      cut++;
      const alone = causeIds(m.text);
      for (const frame of FRAMES) expect(causeIds(frame(first)), frame(first)).toEqual(alone);
      expect(answerOrRefused(FRAMES[0](first))?.paste?.parts.find((p) => p.text === m.code)?.meaning).toMatch(
        /Read by its first sentence, quoted inside the paste/,
      );
    }
    expect(cut).toBeGreaterThan(10);
  });

  it('every English dialog sentence whose description quotes its text, in every frame', () => {
    expect(quotedSentences.length).toBeGreaterThan(20);
    for (const { quote } of quotedSentences) {
      const alone = causeIds(quote);
      for (const frame of FRAMES) expect(causeIds(frame(quote)), frame(quote)).toEqual(alone);
    }
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
    'The requested session access is denied.',
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
