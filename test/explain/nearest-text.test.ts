/**
 * The approximate reading every language shares (src/explain/tables/approximate/nearest-text.ts): a known text said in other words,
 * with its accents lost, its apostrophes curly, broken over lines or cut at one end, is read as the one text it comes
 * closest to, and said to be approximate; a few shared words, or two texts as close, are no reading.
 */
import { describe, expect, it } from 'vitest';
import { contentWords, nearestText } from '../../src/explain/tables/approximate/nearest-text.js';
import { findSentences } from '../../src/explain/tables/sentences/sentences.js';

const CANDIDATES = [
  {
    item: 'licence',
    text: "La session à distance a été déconnectée, car aucun serveur de licences Bureau à distance n'est disponible pour fournir une licence.",
    meaning: 'no-license-servers',
  },
  {
    item: 'logon-type',
    text: 'Der Systemadministrator hat den zulässigen Anmeldetyp (Netzwerk oder interaktiv) eingeschränkt. Bitten Sie Ihren Systemadministrator oder den technischen Support um Hilfe.',
    meaning: 'restricted-logon-type',
  },
  {
    item: 'other',
    text: 'Ihr Konto wurde deaktiviert. Bitten Sie Ihren Systemadministrator oder den technischen Support um Hilfe.',
    meaning: 'account-disabled',
  },
] as const;

describe('the approximate reading of a known text (nearest-text.ts)', () => {
  it('folds words as the exact matching does: accents, umlauts, apostrophes, Japanese as pairs', () => {
    expect(contentWords('n’est disponible — déconnectée')).toEqual(['disponible', 'deconnectee']);
    expect(contentWords('eingeschränkt')).toEqual(contentWords('eingeschrankt'));
    expect(contentWords('接続は拒否')).toEqual(['接続', '続は', 'は拒', '拒否']);
  });

  it('reads a sentence with a word changed, its accents lost, or broken over lines', () => {
    const changed = nearestText(
      "La session a distance a ete deconnectee, car aucun serveur de licences Bureau a distance n'est\ndisponible pour delivrer une licence.",
      CANDIDATES,
    );
    expect(changed).toMatchObject({ item: 'licence', cut: false });
    expect(changed?.share).toBeGreaterThanOrEqual(0.8);
  });

  it('reads a sentence cut at either end by the copy, and says so', () => {
    expect(
      nearestText('session à distance a été déconnectée, car aucun serveur de licences Bureau à distance', CANDIDATES),
    ).toMatchObject({ item: 'licence', cut: true });
    expect(
      nearestText("serveur de licences Bureau à distance n'est disponible pour fournir une licence.", CANDIDATES),
    ).toMatchObject({ item: 'licence', cut: true });
  });

  it('reads nothing from two texts as close, a few shared words, or a paste about much more', () => {
    // The closing sentence both German dialogs share: a guess between two, no reading.
    expect(nearestText('Bitten Sie Ihren Systemadministrator oder den technischen Support um Hilfe.', CANDIDATES)).toBe(
      undefined,
    );
    expect(nearestText('aucun serveur de licences', CANDIDATES)).toBe(undefined);
    expect(
      nearestText(
        "La session à distance a été déconnectée. Le pare-feu de l'entreprise bloque le port 3389 depuis la mise à jour du routeur, et le fournisseur d'accès change l'adresse chaque nuit, ce qui coupe toutes les connexions en cours.",
        CANDIDATES,
      ),
    ).toBe(undefined);
  });

  it('reads nothing from a cut that also lost a word, nor from a closing sentence many messages share', () => {
    // "licences" lost as well as the end: another meaning (no RD server), not a cut of the licensing dialog.
    expect(
      nearestText(
        "La session à distance a été déconnectée, car aucun serveur Bureau à distance n'est disponible.",
        CANDIDATES,
      ),
    ).toBe(undefined);
    expect(findSentences('Bitten Sie Ihren Systemadministrator oder den technischen Support um Hilfe.')).toEqual([]);
  });

  it('gives a localized sentence retyped in other words as one sentence, marked approximate', () => {
    const read = findSentences(
      'Remotedesktopverbindung: Der Systemadministrator hat den Typ der Anmeldung (Netzwerk oder interaktiv) eingeschränkt, die Sie verwenden können. Bitten Sie Ihren Systemadministrator oder den technischen Support um Hilfe.',
    );
    expect(read.map((m) => [m.sentence.id, m.language, Boolean(m.approximate)])).toEqual([
      ['restricted-logon-type', 'de', true],
    ]);
    // Microsoft's own wording is read word for word, never approximately.
    const exact = findSentences(CANDIDATES[1].text);
    expect(exact.map((m) => [m.sentence.id, m.approximate])).toEqual([['restricted-logon-type', undefined]]);
  });
});

describe('labels typed with typographic apostrophes', () => {
  it('read "Code d’erreur" and "Code d’erreur étendu" as the dialog’s two codes', async () => {
    const { readPaste } = await import('../../src/explain/paste-reader.js');
    const r = readPaste('Connexion Bureau à distance\nCode d’erreur : 0x204\nCode d’erreur étendu : 0x0');
    expect(r.codes.map((c) => [c.role, c.value])).toEqual([
      ['error', 0x204],
      ['extended', 0],
    ]);
  });
});
