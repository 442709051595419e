/**
 * Remmina's and Guacamole's catalogs in every language they ship (issue 60, scripts/client-catalogs.mjs): a few of the
 * languages no Microsoft page is read in (Ukrainian, Danish, Catalan, Norwegian), each language named; a catalog's
 * slips left unread (an SSH message's translation left on an RDP one, Norwegian's generic first sentence); near
 * misses (the same words about another product) not read as the messages.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG_ROWS } from '../../src/explain/tables/languages/client-catalogs-data.js';
import { CLIENT_CATALOG_WORDINGS } from '../../src/explain/tables/languages/client-catalogs.js';
import { LANGUAGE_NAMES } from '../../src/explain/tables/languages/localized.js';
import { sentenceIds } from '../helpers/explain.js';
import { withServer } from '../helpers/client-catalogs.js';

const row = (app: string, sentence: string, language: string) => {
  const found = CATALOG_ROWS.find((r) => r.app === app && r.sentence === sentence && r.language === language);
  expect(found, `${app} ${sentence} ${language}`).toBeDefined();
  return found?.text ?? '';
};
const catalogIds = (paste: string) =>
  sentenceIds(paste).filter((id) => id.startsWith('remmina-') || id.startsWith('guacamole-'));
/** None of the pastes is read as a message of the catalogs. */
const expectUnread = (pastes: readonly string[]) => {
  expect(pastes.filter((paste) => catalogIds(paste).length > 0)).toEqual([]);
};

describe('client catalogs: the languages only Remmina and Guacamole are read in', () => {
  it('names every catalog language', () => {
    for (const language of new Set(CATALOG_ROWS.map((r) => r.language)))
      expect(LANGUAGE_NAMES[language as keyof typeof LANGUAGE_NAMES], language).toBeTruthy();
  });

  it('reads a message in Ukrainian, Danish, Catalan and Norwegian as its English one', () => {
    for (const [app, sentence, language] of [
      ['remmina', 'remmina-must-change', 'uk'],
      ['remmina', 'remmina-account-disabled', 'da'],
      ['remmina', 'remmina-gateway-policy', 'ca'],
      ['guacamole', 'guacamole-internal-error', 'nb'],
    ] as const)
      expect(catalogIds(withServer(row(app, sentence, language), '«', '»')), language).toContain(sentence);
  });

  it('leaves unread a translation that is another message of the catalog', () => {
    // Texts of Remmina's SSH plugin left by translators on its RDP messages, and Norwegian's "no access" alone.
    for (const w of CLIENT_CATALOG_WORDINGS) expect(w.quoted, w.language).not.toMatch(/\bSSH\b/);
    expectUnread([
      'Командата ls не е открита на SSH сървъра',
      'Komanda uptime nerasta SSH serveryje',
      'Du har ikke tilgang til denne forbindelsen.',
    ]);
  });

  it('does not read the reason line alone, about another product, as the message', () => {
    expectUnread([
      'Cisco AnyConnect: login mislykkedes. Kontoen er deaktiveret.',
      'Google-акаунт: Обліковий запис вимкнено. Зверніться до адміністратора.',
      'Aplicația băncii spune: Cont dezactivat.',
    ]);
  });
});
