/**
 * The Learn pages users quote most (the Azure VM authentication-errors page, Azure Virtual Desktop's Windows client
 * page) in more locales (issue 60, round 19): every row of tables/languages/localized-learn-pages.ts, its page's own text, read as
 * its English sentence, in its language, with the English text's causes and the page it rests on; a near miss in a new
 * language (another product's text) not read as it.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { LANGUAGE_NAMES } from '../../src/explain/tables/languages/localized.js';
import { LEARN_PAGE_WORDINGS } from '../../src/explain/tables/languages/localized-learn-pages.js';
import { causeIds, expectLocalizedSentence, sentenceIds } from '../helpers/explain.js';

/** The English text of each sentence these rows translate, whose causes a localized reading must give. */
const ENGLISH: Readonly<Record<string, string>> = {
  'lsa-cannot-be-contacted': 'An authentication error has occurred. The Local Security Authority cannot be contacted.',
  'nla-dc-unreachable':
    'The remote computer that you are trying to connect to requires Network Level Authentication (NLA), but your Windows domain controller cannot be contacted to perform NLA.',
  'device-prevented-by-account':
    'Your account is configured to prevent you from using this device. For more information, contact your system administrator.',
  'user-name-or-password-incorrect': 'The user name or password is incorrect.',
};

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the Learn pages in more locales (localized-learn-pages.ts)', () => {
  it.each(LEARN_PAGE_WORDINGS.map((w) => [`${w.language} ${w.sentence}`, w] as const))('%s', (_, w) => {
    expect(Object.keys(ENGLISH), w.sentence).toContain(w.sentence);
    const part = expectLocalizedSentence(
      {
        paste: w.quoted,
        sentence: w.sentence,
        language: LANGUAGE_NAMES[w.language],
        english: ENGLISH[w.sentence],
        // Another dialog of the same pages: not read as this one.
        nearMiss: LEARN_PAGE_WORDINGS.find((o) => o.sentence !== w.sentence && o.language === w.language)?.quoted ?? '',
        damaged: w.quoted.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase(),
      },
      new RegExp(`^${literal(w.source.url)}$`),
    );
    expect(part?.wordingSource).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(explainCode(w.quoted).notes.join('\n'), w.quoted).toMatch(/machine translation/);
  });

  it('covers the new locales: Indonesian and Portuguese (Portugal) of the client page, Swedish, Dutch, Turkish of the VM page', () => {
    const seen = new Set(LEARN_PAGE_WORDINGS.map((w) => w.source.url.split('/')[3]));
    for (const locale of ['id-id', 'pt-pt', 'sv-se', 'nl-nl', 'tr-tr', 'pt-br', 'it-it'])
      expect(seen).toContain(locale);
  });

  it("reads the Portuguese (Portugal) VM page's NLA dialog by the Brazilian row (the two pages word it alike)", () => {
    const ptPt =
      'O computador remoto ao qual você está tentando se conectar requer autenticação em nível de rede (NLA), mas o controlador de domínio do Windows não pode ser contatado para executar o NLA.';
    expect(sentenceIds(ptPt)).toContain('nla-dc-unreachable');
    expect(causeIds(explainCode(ptPt))).toEqual(causeIds(ENGLISH['nla-dc-unreachable'] ?? ''));
  });
});

describe('a near miss in Indonesian and Portuguese (Portugal): another product says the like of its own', () => {
  it.each([
    // Microsoft Store / Intune: the device, not the account, kept from an install.
    [
      'Perangkat ini dikonfigurasi untuk mencegah Anda menginstal aplikasi dari Microsoft Store.',
      'device-prevented-by-account',
    ],
    // A router's Wi-Fi page: the password of a network, not a sign-in.
    ['Kata sandi Wi-Fi salah. Coba lagi.', 'user-name-or-password-incorrect'],
    ['A palavra-passe da rede Wi-Fi está incorreta.', 'user-name-or-password-incorrect'],
  ])('"%s" is not %s', (paste, sentence) => {
    expect(sentenceIds(paste), paste).not.toContain(sentence);
  });
});
