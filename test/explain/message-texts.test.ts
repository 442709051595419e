/**
 * A code's system message text pasted alone (src/explain/tables/codes/message-texts.ts): every text has its Microsoft page and
 * names a code our tables hold; the English, German and French texts read end to end (the CLI's JSON) to that code and
 * its cause ids, whatever pasting did to them (here the first and last text of each language and code family, every
 * one in message-texts-rest.test.ts, slow tier); a text no page gives is refused as before.
 */
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/explain/tables/languages/localized.js';
import { findMessageTexts, MESSAGE_TEXTS } from '../../src/explain/tables/codes/message-texts.js';
import { lookupCodeName } from '../../src/explain/tables/codes/names.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { rdpdiag } from '../helpers/cli.js';
import { byFamily, byLanguage, expectFoundWhateverPasting } from '../helpers/message-texts.js';
import { expectEveryKind, fewOf, Misses } from '../helpers/sweep.js';

const PAGE =
  /^https:\/\/learn\.microsoft\.com\/(en-us|de-de|fr-fr|es-es|it-it|pt-br|ru-ru)\/windows\/win32\/[a-z0-9/-]+$/;
const LOCALE: Readonly<Record<string, string>> = {
  en: 'en-us',
  de: 'de-de',
  fr: 'fr-fr',
  es: 'es-es',
  it: 'it-it',
  pt: 'pt-br',
  ru: 'ru-ru',
};

describe('the message-text index (src/explain/tables/codes/message-texts.ts)', () => {
  it('each text names a code of our tables and the Microsoft page in its language that gives it', () => {
    expect(MESSAGE_TEXTS.length).toBeGreaterThan(40);
    const misses = new Misses();
    for (const m of MESSAGE_TEXTS) {
      const at = `${m.code} (${m.language})`;
      const named = lookupCodeName(m.code);
      misses.that(named !== undefined && named.table !== 'avd', `${at}: ${named?.table ?? 'no table'}`);
      // MS-ERREF's NTSTATUS values: Microsoft's error-code reference (open specifications), not a Win32 page.
      if (m.source.url.includes('/openspecs/windows_protocols/ms-erref/')) {
        misses.equal(m.language, 'en', at);
        misses.match(m.source.file, /^MicrosoftDocs\/open_specs_windows \[MS-ERREF\]/, at);
        continue;
      }
      misses.match(m.source.url, PAGE, at);
      misses.that(m.source.url.includes(`/${LOCALE[m.language]}/`), `${at}: ${m.source.url}`);
      misses.equal(
        m.source.file,
        `MicrosoftDocs/${m.language === 'en' ? 'win32' : `win32-pr.${LOCALE[m.language]}`} ${m.source.file.split(' ')[1]}`,
        at,
      );
      misses.match(m.source.file, / desktop-src\/.+\.md$/, at);
      // The localized pages are machine translations, and say so.
      misses.equal(m.source.machineTranslated === true, m.language !== 'en', at);
    }
    misses.done();
  });

  it('never gives one text to two codes, nor a text too short to stand alone', () => {
    const seen = new Map<string, string>();
    for (const m of MESSAGE_TEXTS) {
      const folded = foldText(m.text);
      expect(folded.length, `${m.code} (${m.language})`).toBeGreaterThanOrEqual(18);
      const other = seen.get(folded);
      if (other !== undefined) expect(other, m.text).toBe(m.code);
      seen.set(folded, m.code);
    }
  });

  it('finds every text whatever pasting did to it: case, accents, quotes, line breaks, the final period', () => {
    // The first and last text of each language and of each code family; every one in message-texts-rest.test.ts.
    const few = fewOf(MESSAGE_TEXTS, [byLanguage, byFamily]);
    expectEveryKind(few, MESSAGE_TEXTS, byLanguage, byFamily);
    expectFoundWhateverPasting(few);
  });

  it('reads the longer of two texts one of which contains the other, in every language', () => {
    const english = findMessageTexts(
      'Client policy does not allow credential delegation to target server with NLTM only authentication.',
    );
    expect(english.map((m) => m.code)).toEqual(['SEC_E_POLICY_NLTM_ONLY']);
    const ntlmOnly = MESSAGE_TEXTS.find((m) => m.code === 'SEC_E_POLICY_NLTM_ONLY' && m.language === 'fr');
    expect(ntlmOnly).toBeDefined();
    expect(findMessageTexts(ntlmOnly?.text ?? '').map((m) => m.code)).toEqual(['SEC_E_POLICY_NLTM_ONLY']);
  });

  it('reads a text retyped with a word dropped or changed by most of its words, marked approximate', () => {
    // Windows: "Der Client und der Server können nicht kommunizieren, da sie keinen gemeinsamen Algorithmus besitzen."
    const retyped = findMessageTexts(
      'Client und Server können nicht kommunizieren, da sie keinen gemeinsamen Algorithmus besitzen',
    );
    expect(retyped.map((m) => [m.code, m.language, m.approximate])).toEqual([['SEC_E_ALGORITHM_MISMATCH', 'de', true]]);
    // The whole text found is never approximate.
    const exact = MESSAGE_TEXTS.find((m) => m.code === 'SEC_E_ALGORITHM_MISMATCH' && m.language === 'de');
    expect(findMessageTexts(exact?.text ?? '').map((m) => m.approximate)).toEqual([undefined]);
  });

  it('reads no text from a few of its words, nor from a paste that says much more than it', () => {
    expect(findMessageTexts('The certificate has expired')).toEqual([]);
    expect(findMessageTexts('The server cannot communicate with the client')).toEqual([]);
    const exact = MESSAGE_TEXTS.find((m) => m.code === 'SEC_E_ALGORITHM_MISMATCH' && m.language === 'en')?.text ?? '';
    const wrapped = `${exact.replace(/\.$/, '').replace(/^The /, '')} while the administrator restarted the remote desktop gateway service for maintenance tonight`;
    expect(findMessageTexts(wrapped.replace('common', 'shared'))).toEqual([]);
  });
});

const CASES: readonly { language: string; paste: string; name: string; hex: string }[] = [
  {
    language: 'English',
    paste: 'The received certificate has expired.',
    name: 'SEC_E_CERT_EXPIRED',
    hex: '0x80090328',
  },
  {
    language: 'English',
    paste: 'The client and server cannot communicate, because they do not possess a common algorithm.',
    name: 'SEC_E_ALGORITHM_MISMATCH',
    hex: '0x80090331',
  },
  {
    language: 'English',
    paste: 'The certificate chain was issued by an authority that is not trusted.',
    name: 'SEC_E_UNTRUSTED_ROOT',
    hex: '0x80090325',
  },
  // Read before as "account has expired" (SSL_ERR_ACCOUNT_EXPIRED) by two words inside it: the whole text wins.
  {
    language: 'English',
    paste: 'The password for this account has expired.',
    name: 'ERROR_PASSWORD_EXPIRED',
    hex: '0x532',
  },
  {
    language: 'English',
    paste:
      "Account restrictions are preventing this user from signing in. For example: blank passwords aren't allowed, sign-in times are limited, or a policy restriction has been enforced.",
    name: 'ERROR_ACCOUNT_RESTRICTION',
    hex: '0x52F',
  },
  {
    language: 'German',
    paste: 'Das empfangene Zertifikat ist abgelaufen.',
    name: 'SEC_E_CERT_EXPIRED',
    hex: '0x80090328',
  },
  {
    language: 'German',
    paste:
      'Fehler: Der Client und der Server können nicht kommunizieren,\r\nda Sie keinen gemeinsamen Algorithmus besitzen',
    name: 'SEC_E_ALGORITHM_MISMATCH',
    hex: '0x80090331',
  },
  {
    language: 'German',
    paste: 'Die Zertifikatkette wurde von einer nicht vertrauenswuerdigen Zertifizierungsstelle ausgestellt.',
    name: 'SEC_E_UNTRUSTED_ROOT',
    hex: '0x80090325',
  },
  { language: 'German', paste: 'Der Zielprinzipalname ist falsch.', name: 'SEC_E_WRONG_PRINCIPAL', hex: '0x80090322' },
  {
    language: 'German',
    paste: 'Der Benutzername oder das Kennwort ist falsch.',
    name: 'ERROR_LOGON_FAILURE',
    hex: '0x52E',
  },
  {
    language: 'German',
    paste: 'Dieser Benutzer kann sich nicht anmelden, da dieses Konto derzeit deaktiviert ist.',
    name: 'ERROR_ACCOUNT_DISABLED',
    hex: '0x533',
  },
  { language: 'French', paste: 'Le certificat reçu a expiré.', name: 'SEC_E_CERT_EXPIRED', hex: '0x80090328' },
  {
    language: 'Italian',
    paste: 'Il client e il server non possono comunicare, perche non dispongono di un algoritmo comune',
    name: 'SEC_E_ALGORITHM_MISMATCH',
    hex: '0x80090331',
  },
  {
    language: 'Portuguese (Brazil)',
    paste: 'O certificado recebido expirou.',
    name: 'SEC_E_CERT_EXPIRED',
    hex: '0x80090328',
  },
  {
    language: 'French',
    paste: "Le client et le serveur ne peuvent pas communiquer, car ils ne possèdent pas d'algorithme commun.",
    name: 'SEC_E_ALGORITHM_MISMATCH',
    hex: '0x80090331',
  },
  {
    language: 'French',
    paste: 'la chaine de certificats a ete emise par une autorite qui n’est pas approuvee',
    name: 'SEC_E_UNTRUSTED_ROOT',
    hex: '0x80090325',
  },
  {
    language: 'French',
    paste: 'Aucune autorité n’a pu être contactée pour l’authentification.',
    name: 'SEC_E_NO_AUTHENTICATING_AUTHORITY',
    hex: '0x80090311',
  },
  {
    language: 'French',
    paste: 'Le mot de passe de ce compte a expiré.',
    name: 'ERROR_PASSWORD_EXPIRED',
    hex: '0x532',
  },
  {
    language: 'German',
    paste: 'Die Sperrfunktion konnte die Sperre nicht ueberpruefen, weil der Sperr-Server offline war.',
    name: 'CRYPT_E_REVOCATION_OFFLINE',
    hex: '0x80092013',
  },
  {
    language: 'German',
    paste: 'Der CN-Name des Zertifikats stimmt nicht mit dem übergebenen Wert identisch.',
    name: 'CERT_E_CN_NO_MATCH',
    hex: '0x800B010F',
  },
  {
    language: 'French',
    paste: 'Une chaîne de certificats n’a pas pu être créée à une autorité racine approuvée.',
    name: 'CERT_E_CHAINING',
    hex: '0x800B010A',
  },
  {
    language: 'French',
    paste: 'La fonction de révocation n’a pas pu vérifier la révocation du certificat.',
    name: 'CRYPT_E_NO_REVOCATION_CHECK',
    hex: '0x80092012',
  },
  {
    language: 'English',
    paste: 'A certificate chain could not be built to a trusted root authority.',
    name: 'CERT_E_CHAINING',
    hex: '0x800B010A',
  },
];

describe('message texts pasted alone, end to end (rdpdiag explain-code --format json)', () => {
  for (const c of CASES)
    it(`${c.language}: ${c.name}`, async () => {
      const r = await rdpdiag(['explain-code', c.paste, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      const e = JSON.parse(r.stdout) as ReturnType<typeof explainCode>;
      const main = e.primary ?? e.extended ?? e.other;
      expect(main?.name).toBe(c.name);
      expect(main?.hex).toBe(c.hex);
      // The language, the code and its English text, said.
      if (c.language === 'English') expect(e.paste?.language).toBeUndefined();
      else {
        expect(e.paste?.language).toBe(c.language);
        expect(e.notes.join('\n')).toContain(`Read as ${c.language}`);
      }
      expect(e.summary).toContain(`${c.name} (${c.hex})`);
      const english = MESSAGE_TEXTS.find((m) => m.code === c.name && m.language === 'en');
      if (english) expect(e.summary).toContain(english.text.replace(/\.$/, ''));
      const part = e.paste?.parts.find((p) => p.table === 'sentence');
      if (c.language !== 'English') expect(part?.wordingSource).toMatch(PAGE);
      // The causes are the code's own.
      const byCode = explainCode(c.hex);
      expect(e.likelyCauses.map((l) => l.causeId)).toEqual(byCode.likelyCauses.map((l) => l.causeId));
    });

  it('says when the same text is also the message of a code of another table', () => {
    const e = explainCode('Der angeforderte Verschlüsselungstyp wird vom KDC nicht unterstützt.');
    expect((e.primary ?? e.other)?.name).toBe('SEC_E_KDC_UNKNOWN_ETYPE');
    expect(e.summary).toContain('also the message of STATUS_KDC_UNKNOWN_ETYPE (0xC00002FD)');
    expect(explainCode('The received certificate has expired.').summary).not.toContain('also the message');
    // A code the page words alike is named too (ERROR_LOGON_NOT_GRANTED, of the Win32 table).
    const logonType = explainCode(
      "Échec de l'ouverture de session : l'utilisateur n'a pas obtenu le type d'ouverture de session demandé sur cet ordinateur.",
    );
    expect((logonType.primary ?? logonType.other)?.name).toBe('ERROR_LOGON_TYPE_NOT_GRANTED');
    expect(logonType.summary).toContain('ERROR_LOGON_NOT_GRANTED (0x564)');
    const german = explainCode(
      'Anmeldefehler: Dem Benutzer wurde der angeforderte Anmeldetyp auf diesem Computer nicht gewaehrt.',
    );
    expect((german.primary ?? german.other)?.name).toBe('ERROR_LOGON_TYPE_NOT_GRANTED');
    expect(german.paste?.language).toBe('German');
  });

  it('a text no page gives is refused, and no number in it is answered', async () => {
    for (const paste of [
      'Das Zertifikat des Servers ist leider abgelaufen.',
      'Le certificat du serveur est expiré depuis 2 jours.',
    ]) {
      const r = await rdpdiag(['explain-code', paste, '--format', 'json']);
      expect(r.code, paste).toBe(2);
      expect(r.stderr).toMatch(/not a valid error code/);
    }
  });
});
