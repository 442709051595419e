/**
 * The slow tier's twin of retyped-text.test.ts (vitest.config.ts SLOW): every class read through whole answers. A
 * known text as a user retyped it or as it reached the paste through the wrong code page
 * (src/explain/retyped-text.ts, retyped-words.ts; issue 60, round 32, h64d): a letter slipped, two words run
 * together, a screenshot's OCR, mojibake (UTF-8 shown as Windows-1252, Windows-1251 or CP866 Cyrillic shown as
 * Latin-1 or Windows-1252), HTML character references, full-width forms, a machine translation's garble. Each class
 * is applied here to a row's own wording (the Microsoft page the row cites), by the class's rule written once below;
 * each has its true twin (the text as the page gives it) and its near misses (a word one letter from another that
 * changes the meaning, a word of another language, a name, a text of another product).
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { repairRetyped } from '../../src/explain/retyped-text.js';
import { damerauAtMostOne } from '../../src/explain/retyped-words.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';

/** Microsoft Learn's text of the NLA dialog (the client's string), as nla-required quotes it. */
const NLA = 'The remote computer requires Network Level Authentication, which your computer does not support.';
/** ERROR_CTX_NO_FREE_CONNECTIONS's text, Microsoft Learn's system error codes 6000–8199 (pt-BR and ru-RU pages). */
const LIMITED_PT =
  'O número de conexões a este computador é limitado e todas as conexões estão em uso no momento. Tente se conectar mais tarde ou contate o administrador do sistema.';
const LIMITED_RU =
  'Число подключений к этому компьютеру ограничено, и все подключения сейчас используются. Попробуйте подключиться позже или обратитесь к системному администратору.';
/** The Azure page's Japanese text of the missing license server (troubleshoot-specific-rdp-errors, ja-jp). */
const NO_LICENSE_JA =
  'ライセンスを提供するためのリモート デスクトップ ライセンス サーバーがないため、リモート セッションは切断されました。';

/** UTF-8's bytes shown as Windows-1252 shows them (the bytes 0x80–0x9F by WHATWG's index, the others as Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const asWindows1252 = (bytes: Iterable<number>) =>
  [...bytes].map((b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b))).join('');
const utf8ShownAs1252 = (text: string) => asWindows1252(new TextEncoder().encode(text));
/** Cyrillic in Windows-1251 (А–я at 0xC0–0xFF) shown as Latin-1; in CP866 (А–п 0x80–0xAF, р–я 0xE0–0xEF) as 1252. */
const cp1251ShownAsLatin1 = (text: string) =>
  text.replace(/[\u0410-\u044f]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x410 + 0xc0));
const cp866ShownAs1252 = (text: string) =>
  asWindows1252(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code >= 0x410 && code <= 0x43f) return code - 0x410 + 0x80;
      if (code >= 0x440 && code <= 0x44f) return code - 0x440 + 0xe0;
      return code;
    }),
  );
const asReferences = (text: string) => [...text].map((c) => `&#${c.codePointAt(0)};`).join('');

describe('a word retyped with a slip, an OCR confusion, or run together', () => {
  it('reads the row its text is one change from, said so (a letter dropped, "I" for "l", two words joined)', () => {
    for (const typed of [NLA.replace('Authentication,', 'Authentcation,'), NLA.replace('Level', 'LeveI')]) {
      expect(causeIds(typed)[0], typed).toBe(credsspNla.id);
      expect(sentenceIds(typed), typed).toContain('nla-required');
      expect(answerOrRefused(typed)?.notes[0], typed).toMatch(/^Read as the text retyped or garbled/);
    }
    // Two words run together: the Terminal Server's refusal (Microsoft's KB on the maximum number of connections).
    const joined = 'The terminalserver has exceeded the maximum number of allowed connections.';
    expect(causeIds(joined)[0], joined).toBe(sessionLimit.id);
    // The error the Windows logon shows when the password must change (STATUS_PASSWORD_MUST_CHANGE's text).
    expect(causeIds('You must change your passwrod before signing in')[0]).toBe(authAccountState.id);
  });

  it('the texts as the pages give them read so without a repair (true twins)', () => {
    expect(causeIds(NLA)[0]).toBe(credsspNla.id);
    expect(causeIds('The terminal server has exceeded the maximum number of allowed connections.')[0]).toBe(
      sessionLimit.id,
    );
    expect(answerOrRefused(NLA)?.notes[0]).not.toMatch(/retyped/);
    expect(causeIds('You must change your password before signing in')[0]).toBe(authAccountState.id);
  });

  it('never turns a word into another meaning: a slip of "enabled" is a status, a word gains no negation', () => {
    for (const typed of ['Remote Desktop is enabeld on this server.', 'Network Level Authentication is enabeld here.'])
      expect(causeIds(answerOrRefused(typed)), typed).toEqual([]);
    expect(damerauAtMostOne('enabled', 'unabled')).toBe(true);
    expect(
      repairRetyped('The remote computer is unabled, which your computer does not support right now')?.text ?? '',
    ).not.toMatch(/\benabled\b/);
    expect(
      repairRetyped('The remote computer is unlicensed and the computer cannot connect to the licence'),
    ).toBeUndefined();
  });

  it('leaves a word of another language, a name and an inflection as they are', () => {
    // An English paste with no two words of one table language: nothing changed ("great" is no slip of "Gerät").
    expect(repairRetyped('I set up port forwarding for RDP and it works great')).toBeUndefined();
    // An identifier's part, a file's name.
    expect(repairRetyped('NTE_BAD_KEYSETS')).toBeUndefined();
    const file = 'Cannot read private key file /etc/xrdp/keyy.pem: Permission denied';
    expect(repairRetyped(file)?.text ?? file).toContain('keyy.pem');
    // A Russian word in another case than the table's ("состоянии", "состояние") is the word, not a slip.
    expect(
      repairRetyped(
        'Удаленный сеанс в состоянии disconnected до перезагрузки компьютера, сервер лицензирования отключен',
      )?.text ?? '',
    ).not.toMatch(/состояние/);
  });
});

describe('a text decoded with the wrong code page (mojibake)', () => {
  it('reads UTF-8 shown as Windows-1252 back (Portuguese, Japanese)', () => {
    for (const [text, cause] of [
      [LIMITED_PT, sessionLimit.id],
      [NO_LICENSE_JA, licensingGraceExpired.id],
    ] as const) {
      const shown = utf8ShownAs1252(text);
      expect(causeIds(shown)[0], shown).toBe(cause);
      expect(repairRetyped(shown)?.said[0], shown).toMatch(/UTF-8 shown in Windows-1252/);
      expect(causeIds(text)[0], text).toBe(cause); // true twin
    }
    expect(answerOrRefused(utf8ShownAs1252(NO_LICENSE_JA))?.notes[0]).toMatch(/UTF-8 shown in Windows-1252/);
  });

  it('reads Cyrillic in Windows-1251 shown as Latin-1, and in the console code page 866 shown as Windows-1252', () => {
    for (const shown of [cp1251ShownAsLatin1(LIMITED_RU), cp866ShownAs1252(LIMITED_RU)])
      expect(causeIds(shown)[0], shown).toBe(sessionLimit.id);
    expect(causeIds(LIMITED_RU)[0]).toBe(sessionLimit.id);
  });

  it('leaves a text that is what it says alone: accented Latin text, a mojibake of another subject', () => {
    expect(repairRetyped(LIMITED_PT)).toBeUndefined();
    expect(
      repairRetyped('Connexion Bureau à distance : réessayez plus tard, le réseau est lent aujourd’hui'),
    ).toBeUndefined();
    // A Russian "deleting a resource" shown as Windows-1252: read back, and no Remote Desktop cause.
    expect(
      causeIds(answerOrRefused(utf8ShownAs1252('Удаление ресурса: удалить файл без возможности восстановления?'))),
    ).toEqual([]);
  });
});

describe('HTML character references, full-width forms and a machine translation garble', () => {
  it('reads a text escaped character by character, or typed in full-width forms', () => {
    expect(causeIds(asReferences(NO_LICENSE_JA))[0]).toBe(licensingGraceExpired.id);
    const wide = NLA.replace(/[A-Za-z.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(causeIds(wide)[0], wide).toBe(credsspNla.id);
  });

  it('reads "hello" for "the" and "tooX" for "to X" (the Azure articles of 2017), never another product\'s', () => {
    const garbled =
      'Your computer could not connect tooanother console session on hello remote computer because you already have a console session in progress.';
    expect(sentenceIds(garbled)).toContain('console-session-in-progress');
    // The same garble in a Hungarian page on SSH keys for a Linux VM: no Remote Desktop cause.
    const ssh =
      'Ismerje meg, hogyan toogenerate és -felhasználási SSH kulcsok Windows számítógép tooconnect tooa Linux virtuális gépre az Azure-on.';
    expect(causeIds(answerOrRefused(ssh))).toEqual([]);
  });
});

describe('a katakana word with its voicing mark slipped', () => {
  it('reads the Japanese row its text makes with the mark toggled; a run of table words stays as it is', () => {
    const typed = NO_LICENSE_JA.replace('デスクトップ', 'テスクトップ');
    expect(causeIds(typed)[0], typed).toBe(licensingGraceExpired.id);
    expect(causeIds(NO_LICENSE_JA)[0]).toBe(licensingGraceExpired.id);
    expect(repairRetyped('リモートデスクトップにログオンできない')).toBeUndefined();
  });
});

describe('the cost is bounded', () => {
  it('a paste of 4000 characters of words no table holds is repaired in bounded time', () => {
    const paste = 'zqxwvy brtlkmnp '.repeat(250);
    const start = performance.now();
    for (let i = 0; i < 5; i++) repairRetyped(paste);
    expect((performance.now() - start) / 5).toBeLessThan(250);
    expect(repairRetyped(`${paste}${paste}`)).toBeUndefined(); // longer: never repaired
  });
});
