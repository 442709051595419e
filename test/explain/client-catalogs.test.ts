/**
 * Remmina's and Guacamole's messages in the languages their catalogs ship (issue 60, client-catalogs.ts): a
 * translation read alone gives the causes of the English message it translates (here the first and last of each
 * message; every one in client-catalogs-rest.test.ts, slow tier); the server name in any quotes; the
 * reason line decides over Remmina's shared first line; short and shared translations unread; near misses (another
 * program's "access failed" about a file share, the catalogs' own "connected" messages) not read as them.
 */
import { describe, expect, it } from 'vitest';
import {
  CLIENT_CATALOG_WORDINGS,
  MIN_FOLDED,
  catalogKey,
  catalogParts,
  squashedWords,
} from '../../src/explain/tables/languages/client-catalogs.js';
import { CATALOG_ROWS } from '../../src/explain/tables/languages/client-catalogs-data.js';
import { KNOWN_SENTENCES } from '../../src/explain/tables/sentences/sentences.js';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { causeIds, sentenceIds } from '../helpers/explain.js';
import { catalogFew, ENGLISH, expectTranslationsRead, withServer } from '../helpers/client-catalogs.js';
import { Misses } from '../helpers/sweep.js';

describe('client-catalogs: Remmina and Guacamole in their catalogs languages', () => {
  it('reads each English message as its sentence, with the causes its words state', () => {
    for (const [id, text] of Object.entries(ENGLISH)) {
      expect(sentenceIds(text), text).toContain(id);
      const states = KNOWN_SENTENCES.find((s) => s.id === id)?.states ?? [];
      if (states.length > 0) expect(causeIds(text).slice(0, states.length), text).toEqual(states);
    }
  });

  it('reads the first and last translation of each message alone as its English message', () => {
    expect(CLIENT_CATALOG_WORDINGS.length).toBeGreaterThan(150);
    const few = catalogFew(CLIENT_CATALOG_WORDINGS);
    expect(new Set(few.map((w) => w.sentence))).toEqual(new Set(CLIENT_CATALOG_WORDINGS.map((w) => w.sentence)));
    expectTranslationsRead(few);
  });

  it('finds the server name in any quotes, and the message inside a sentence of the user', () => {
    const de = CLIENT_CATALOG_WORDINGS.find((w) => w.sentence === 'remmina-account-locked-out' && w.language === 'de');
    expect(de).toBeDefined();
    for (const [open, close] of [
      ['«', '»'],
      ['„', '“'],
      ['“', '”'],
      ['"', '"'],
    ] as const)
      expect(sentenceIds(`Remmina zeigt: ${withServer(de?.quoted ?? '', open, close)} Was tun?`)).toContain(
        'remmina-account-locked-out',
      );
  });

  it("ranks the shared first line's causes alone, and lets the reason line decide", () => {
    const head = CLIENT_CATALOG_WORDINGS.find((w) => w.sentence === 'remmina-could-not-access' && w.language === 'fr');
    expect(causeIds(withServer(head?.quoted ?? ''))).toEqual(causeIds(ENGLISH['remmina-could-not-access']));
    expect(causeIds(ENGLISH['remmina-could-not-access']).slice(0, 2)).toEqual([authAccountState.id, authLogonRight.id]);
    const privileges = CLIENT_CATALOG_WORDINGS.find(
      (w) => w.sentence === 'remmina-insufficient-privileges' && w.language === 'fr',
    );
    const ids = sentenceIds(withServer(privileges?.quoted ?? ''));
    expect(ids).toContain('remmina-insufficient-privileges');
    expect(ids).not.toContain('remmina-could-not-access');
  });

  it('leaves unread a translation shorter than 12 letters, or one two messages of different meaning share', () => {
    const misses = new Misses();
    for (const w of CLIENT_CATALOG_WORDINGS) {
      const parts = squashedWords(w.words);
      misses.that(parts.length >= MIN_FOLDED, `${w.quoted}: ${parts.length} letters`);
    }
    // Remmina's German catch-all is the first sentence of its negotiation message: neither is read by it alone.
    const de = (id: string) => CLIENT_CATALOG_WORDINGS.filter((w) => w.sentence === id && w.language === 'de');
    expect(
      de('remmina-cannot-connect').filter((w) => w.quoted === 'Kann nicht mit RDP-Server „%s“ verbinden.'),
    ).toEqual([]);
    expect(de('remmina-security-negotiation')[0]?.words.join(' ')).toMatch(/Aushandlung/);
    expect(sentenceIds('Kann nicht mit RDP-Server „srv01“ verbinden.')).not.toContain('remmina-security-negotiation');
    // Each wording's key is its first sentence unless shared; every row kept has its catalog file.
    for (const { app, text, source } of CATALOG_ROWS) {
      misses.match(
        source,
        app === 'remmina' ? /^FreeRDP\/Remmina po\/[\w@]+\.po$/ : /^apache\/guacamole-client translations\/\w+\.json$/,
        text,
      );
      misses.that(catalogParts(catalogKey(text)).length + 1 > 0, text);
    }
    misses.done();
  });

  it('does not read near misses as the messages', () => {
    // Another program's "access failed" about a file share; the catalogs' own "connected" and "disconnected".
    for (const paste of [
      'Zugriff auf die Dateifreigabe \\\\nas\\daten ist fehlgeschlagen.',
      "L'accès au partage réseau « \\\\nas\\docs » a échoué.",
      'Verbunden mit srv01 via RDP',
      'Connecté à « srv01 » via RDP',
      'Se conectó con «srv01» mediante RDP',
    ])
      expect(
        sentenceIds(paste).filter((id) => id.startsWith('remmina-') || id.startsWith('guacamole-')),
        paste,
      ).toEqual([]);
  });
});

describe('client-catalogs: a translation Guacamole gives two messages', () => {
  it('is not read (Spanish "not available now" is both its 207 and its 208; Polish 207 is its tunnel 207 too)', () => {
    expect(
      CLIENT_CATALOG_WORDINGS.filter((w) => w.sentence === 'guacamole-upstream-unreachable').map((w) => w.language),
    ).not.toContain('es');
    expect(sentenceIds('El servidor de escritorio remoto no está disponible actualmente.')).toEqual([]);
  });
});
