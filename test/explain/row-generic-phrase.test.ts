/**
 * A generic phrase is not a specific row (issue 60, round 33, generic-phrase.ts): the phrases every program prints
 * ("connection failed" in each language) are found by a count over the tables' messages, never listed; a specific short
 * message stays specific. The pastes (a catalog row's first sentence alone, the near miss; with a clause that tells
 * it, the true twin; a user's own generic sentence): nwm-bvnc-catalogs.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  clausesOf,
  isGenericPhrase,
  messagesHolding,
  phraseUnits,
  saysNothingTelling,
  tellingClauses,
} from '../../src/explain/tables/approximate/generic-phrase.js';
import { NWM_BVNC_ROWS } from '../../src/explain/tables/languages/nwm-bvnc-catalogs-data.js';
import { catalogKey } from '../../src/explain/tables/languages/client-catalogs.js';

/** aRDP's "RDP Connection failed! Either network connectivity was interrupted, …" in a language, from its catalog. */
const lost = (language: string) =>
  NWM_BVNC_ROWS.find((r) => r.app === 'bvnc' && r.key === 'error_rdp_connection_failed' && r.language === language)
    ?.text ?? '';

describe('generic-phrase: a generic phrase is not a specific row', () => {
  it('finds the phrases every program prints by a count over the tables, in each language', () => {
    // Words of three letters or more, and pairs of characters where words are not delimited.
    expect(phraseUnits('RDP-Verbindung fehlgeschlagen!')).toEqual(['rdp', 'verbindung', 'fehlgeschlagen']);
    expect(phraseUnits('接続に失敗')).toEqual(['接続', '続に', 'に失', '失敗']);
    // aRDP's first sentence: several messages of other meanings hold its words ("RDP" is every language's name).
    for (const language of ['en', 'de', 'fr', 'ja']) {
      const first = catalogKey(lost(language));
      expect(isGenericPhrase(first, language), `${language}: ${first}`).toBe(true);
      // Its clauses after the first sentence tell it (the network interrupted, the session taken over).
      expect(tellingClauses(lost(language).slice(first.length), language).length, language).toBeGreaterThan(0);
    }
    // A specific message stays specific: NETworkManager's Italian "the account has expired", one other program's.
    expect(isGenericPhrase("L'account è scaduto.", 'it')).toBe(false);
    expect(messagesHolding("L'account è scaduto.", 'it')).toBeLessThan(3);
    // A language the tables hold no message of: nothing in it is generic.
    expect(isGenericPhrase('Verbindung fehlgeschlagen', 'xx')).toBe(false);
    expect(clausesOf('Erreur : la connexion a échoué, réessayez')).toEqual([
      'Erreur',
      'la connexion a échoué',
      'réessayez',
    ]);
  });

  it("says nothing telling of a part made of generic phrases only (the approximate readers' gate)", () => {
    expect(saysNothingTelling('Verbindung fehlgeschlagen. Bitte erneut versuchen', 'de')).toBe(true);
    expect(saysNothingTelling('Verbindung fehlgeschlagen, die Netzwerkverbindung wurde unterbrochen', 'de')).toBe(
      false,
    );
  });
});
