/**
 * A known text as a user retyped it or as it reached the paste through the wrong code page
 * (src/explain/retyped-text.ts, retyped-words.ts; issue 60, round 32, h64d), by the repair alone: each class of
 * change applied to a row's own wording (the Microsoft page the row cites) gives that wording back; the near misses
 * (a word one letter from another that changes the meaning, another language's word, a name, an inflection, a text
 * that is what it says) are left as they are. One paste is read through the whole answer here; every class is, in
 * retyped-text-rest.test.ts (slow tier).
 */
import { describe, expect, it } from 'vitest';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { keepsNegations, repairRetyped } from '../../src/explain/retyped-text.js';
import { damerauAtMostOne } from '../../src/explain/retyped-words.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

/** Microsoft Learn's text of the NLA dialog (the client's string), as nla-required quotes it. */
const NLA = 'The remote computer requires Network Level Authentication, which your computer does not support.';
/** ERROR_CTX_NO_FREE_CONNECTIONS's text, Microsoft Learn's system error codes 6000–8199 (ru-RU page). */
const LIMITED_RU =
  'Число подключений к этому компьютеру ограничено, и все подключения сейчас используются. Попробуйте подключиться позже или обратитесь к системному администратору.';
/** The Azure page's Japanese text of the missing license server (troubleshoot-specific-rdp-errors, ja-jp). */
const NO_LICENSE_JA =
  'ライセンスを提供するためのリモート デスクトップ ライセンス サーバーがないため、リモート セッションは切断されました。';

const repaired = (text: string) => repairRetyped(text)?.text ?? text;

describe('the repair gives the row its wording back', () => {
  it('a letter dropped, doubled or swapped, an OCR confusion, two words run together', () => {
    for (const typed of [
      NLA.replace('Authentication', 'Authentcation'),
      NLA.replace('requires', 'requirres'),
      NLA.replace('requires', 'requries'),
      NLA.replace('Level', 'LeveI'),
      NLA.replace('remote', 'rernote'),
    ])
      expect(repaired(typed), typed).toBe(NLA);
    expect(repaired('The terminalserver has exceeded the maximum number of allowed connections.')).toMatch(
      /^The terminal server has exceeded/i,
    );
  });

  it('mojibake, HTML character references, full-width forms', () => {
    const utf8As1252 = new TextEncoder()
      .encode(NO_LICENSE_JA)
      .reduce(
        (s, b) =>
          s +
          (b >= 0x80 && b < 0xa0
            ? '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'[b - 0x80]
            : String.fromCharCode(b)),
        '',
      );
    expect(repaired(utf8As1252)).toBe(NO_LICENSE_JA);
    const cp1251AsLatin1 = LIMITED_RU.replace(/[\u0410-\u044f]/gu, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0x410 + 0xc0),
    );
    expect(repaired(cp1251AsLatin1)).toBe(LIMITED_RU);
    expect(repaired([...NO_LICENSE_JA].map((c) => `&#${c.codePointAt(0)};`).join(''))).toBe(NO_LICENSE_JA);
    expect(repaired(NLA.replace(/[A-Za-z.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)))).toBe(NLA);
  });

  it('a katakana word with its voicing mark dropped (an IME slip)', () => {
    expect(repaired(NO_LICENSE_JA.replace('デスクトップ', 'テスクトップ'))).toBe(NO_LICENSE_JA);
    // Runs the table's katakana words already make stay, whichever of two table words they are (ログオン, ログイン);
    // a run no toggle makes of them stays too.
    for (const text of [
      'リモートデスクトップにログオンできない',
      'リモートデスクトップにログインできない',
      'カイドを参照',
    ])
      expect(repaired(text), text).toBe(text);
  });

  it('the garble of the 2017 machine-translated Azure articles ("hello" for "the", "tooX" for "to X")', () => {
    expect(repaired('Your computer could not connect tooanother console session on hello remote computer')).toBe(
      'Your computer could not connect to another console session on the remote computer',
    );
  });

  it('reads the repaired text through the whole answer, said so (the NLA dialog with a letter dropped)', () => {
    const typed = NLA.replace('Authentication', 'Authentcation');
    expect(causeIds(typed)[0]).toBe(credsspNla.id);
    expect(answerOrRefused(typed)?.notes[0]).toMatch(
      /^Read as the text retyped or garbled: read as retyped: "Authentcation"/,
    );
  });
});

describe('near misses: what the repair leaves as it is', () => {
  it('a word one letter from its opposite, a negation, a name, another language, an inflection', () => {
    // "unabled" is one letter from "enabled" but a negating prefix apart: never read as it.
    expect(damerauAtMostOne('enabled', 'unabled')).toBe(true);
    expect(repaired('The remote computer is unabled, which your computer does not support right now')).not.toMatch(
      /\benabled\b/i,
    );
    for (const text of [
      'The remote computer is unlicensed and the computer cannot connect to the licence',
      'I set up port forwarding for RDP and it works great',
      'NTE_BAD_KEYSETS',
      'Cannot read private key file /etc/xrdp/keyy.pem: Permission denied',
      'Удаленный сеанс в состоянии disconnected до перезагрузки компьютера, сервер лицензирования отключен',
      'O número de conexões a este computador é limitado e todas as conexões estão em uso no momento.',
      'Connexion Bureau à distance : réessayez plus tard, le réseau est lent aujourd’hui',
      NLA,
    ])
      expect(repaired(text), text).toBe(text);
  });

  it("a repaired text is read as a row only when it keeps the row's negations", () => {
    const turned = NLA.replace('does not support', 'does support');
    expect(keepsNegations(turned, 'nla-required', 'en')).toBe(false);
    expect(keepsNegations(NLA, 'nla-required', 'en')).toBe(true);
    const typed = turned.replace('Authentication', 'Authentcation');
    expect(answerOrRefused(typed)?.notes[0] ?? '', typed).not.toMatch(/retyped/);
  });

  it('a paste too long to be a retyped text is never repaired, and a long one costs bounded time', () => {
    const paste = 'zqxwvy brtlkmnp '.repeat(250);
    const start = performance.now();
    repairRetyped(paste);
    expect(performance.now() - start).toBeLessThan(500);
    expect(repairRetyped(`${paste}${paste} conection`)).toBeUndefined();
  });
});
