/**
 * The catalogs' messages taken by rule (issue 60, scripts/client-catalogs.mjs): Remmina's texts as each release shipped
 * them (the newest catalog marks Bulgarian's, Latvian's and Thai's fuzzy, so they are taken from the release that
 * shipped them translated), an older release's message only where its English states what the sentence does; and
 * Guacamole's CLIENT texts by the status guacd's RDP client sends under their number (guacamole-statuses.ts), a page
 * whose first sentence is any program's ("Log in failed.") read by its whole text. Near misses: Guacamole's own sign-in
 * and tunnel texts, and another program's "login failed" in the same words.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG_ROWS } from '../../src/explain/tables/languages/client-catalogs-data.js';
import { CLIENT_CATALOG_WORDINGS } from '../../src/explain/tables/languages/client-catalogs.js';
import { englishOf, withServer } from '../helpers/client-catalogs.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';

/** A catalog text by its app, key or sentence, language and (Remmina) release. */
const text = (find: (r: (typeof CATALOG_ROWS)[number]) => boolean) => {
  const found = CATALOG_ROWS.find(find);
  expect(found).toBeDefined();
  return found?.text ?? '';
};
const guacamole = (key: string, language: string) =>
  text((r) => r.app === 'guacamole' && r.key === key && r.language === language);
const catalogIds = (paste: string) =>
  sentenceIds(paste).filter((id) => id.startsWith('remmina-') || id.startsWith('guacamole-'));

describe('client catalogs: messages by release and by status', () => {
  it('reads a Remmina text the newest catalog marks fuzzy: from the release that shipped it, else saying so', () => {
    for (const [sentence, language, said] of [
      ['remmina-password-expired', 'bg', /\/FreeRDP\/Remmina\/blob\/v1\.4\.\d+\/po\/bg\.po /],
      ['remmina-gateway-policy', 'th', /marked fuzzy/],
    ] as const) {
      const w = CLIENT_CATALOG_WORDINGS.find((x) => x.sentence === sentence && x.language === language);
      expect(`${w?.source.url} ${w?.source.file}`, `${sentence} ${language}`).toMatch(said);
      const paste = withServer(w?.quoted ?? '');
      expect(sentenceIds(paste), paste).toContain(sentence);
      expect(causeIds(paste)).toEqual(causeIds(englishOf(sentence)));
    }
    // A fuzzy text that is another message's translation, or drops the msgid's placeholders, is not taken.
    for (const r of CATALOG_ROWS.filter((x) => x.fuzzy)) expect(r.text).not.toMatch(/\bSSH\b|\[এক্স/);
  });

  it("leaves out an older release's message whose English does not state the sentence", () => {
    // Remmina 1.3's negotiation failure was "Unable to establish a connection to RDP server %s." (no negotiation said).
    const older = CATALOG_ROWS.filter(
      (r) => r.sentence === 'remmina-security-negotiation' && r.english && !/negotiation/i.test(r.english),
    );
    expect(older.length).toBeGreaterThan(0);
    for (const r of older)
      expect(CLIENT_CATALOG_WORDINGS.some((w) => w.sentence === r.sentence && w.quoted === r.text)).toBe(false);
  });

  it('reads a Guacamole page by the status guacd sends for RDP, the generic first sentence only with the rest', () => {
    for (const [key, language, sentence] of [
      ['ERROR_CLIENT_301', 'it', 'guacamole-status-client-unauthorized'],
      ['ERROR_CLIENT_208', 'ja', 'guacamole-status-upstream-unavailable'],
    ] as const) {
      const paste = guacamole(key, language);
      expect(catalogIds(paste), paste).toEqual([sentence]);
      expect(causeIds(paste), paste).toEqual(causeIds(englishOf(sentence)));
    }
    // "Autenticazione fallita." / "ログインに失敗しました。" alone: any program's words.
    for (const language of ['ja', 'tr'])
      expect(catalogIds(guacamole('ERROR_CLIENT_301', language).replace(/[.。][\s\S]*$/, '.'))).toEqual([]);
  });

  it("does not read Guacamole's own sign-in and tunnel texts, nor another program's failed login", () => {
    for (const paste of [
      // Its tunnel texts (it.json, ko.json), its own limit (pl.json), its sign-in page (it.json): Guacamole's, no RDP.
      'Non hai i permessi per accedere a questa connessione perchè non hai effettuato il login. Inserisci nome utente e password e riprova.',
      guacamole('ERROR_CLIENT_31D', 'pl'),
      'Nome utente e/o password errati.',
      'ログインに失敗しました。ID とパスワードを確認してください。',
      'Anmeldung fehlgeschlagen. Bitte überprüfen Sie Benutzername und Passwort für Ihr E-Mail-Konto.',
    ])
      expect(causeIds(answerOrRefused(paste)), paste).toEqual([]);
  });
});
