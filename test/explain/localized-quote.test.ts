/**
 * Issue 60, round 28 (h60r): a localized row's text quoted inexactly (src/explain/tables/approximate/localized-quote.ts, by
 * near-quote.ts's rule, one language's rows at a time), each language read with its own words
 * (src/explain/tables/languages/language-words.ts: negations and function words from Snowball's glossed stop word lists,
 * https://snowballstem.org/algorithms/<language>/stop.txt, and Wiktionary where Snowball has none).
 */
import { describe, expect, it } from 'vitest';
import { languageWords, negationsIn, opposites } from '../../src/explain/tables/languages/language-words.js';
import { nearestQuote, quoteWords } from '../../src/explain/tables/approximate/near-quote.js';
import { nearestText } from '../../src/explain/tables/approximate/nearest-text.js';
import { sentenceIds } from '../helpers/explain.js';

describe("each language's negations (language-words.ts)", () => {
  it('a word is a negation in one language and not in another, as the stop lists gloss it', () => {
    // Portuguese "no | em + o" (in the); Spanish "no | no".
    expect(negationsIn('A conta está bloqueada no momento', 'pt')).toBe(0);
    expect(negationsIn('no se puede iniciar sesión', 'es')).toBe(1);
    // Italian "ne | from there"; French "ne | not", "pas | not", and "n'" before a vowel.
    expect(negationsIn('ne ho parlato con l’amministratore', 'it')).toBe(0);
    expect(negationsIn("L'autorité de sécurité locale ne peut pas être contactée", 'fr')).toBe(2);
    expect(negationsIn("Le serveur de licences n'est pas disponible", 'fr')).toBe(2);
    // Polish "nie" (not), German "nie" (never): both negations; Portuguese "não", pt-PT read as Portuguese.
    expect(negationsIn('nie można połączyć', 'pl')).toBe(1);
    expect(negationsIn('die Verbindung wurde nie hergestellt', 'de')).toBe(1);
    expect(negationsIn('não há servidores de licenças', 'pt-PT')).toBe(1);
  });

  it('a word changed for its opposite by a negating prefix, per language', () => {
    expect(opposites('dostepny', 'niedostepny', languageWords('pl'))).toBe(true);
    expect(opposites('dostupny', 'nedostupny', languageWords('cs'))).toBe(true);
    expect(opposites('verfugbar', 'unverfugbar', languageWords('de'))).toBe(true);
    // Not a prefix of that language: no opposite.
    expect(opposites('verfugbar', 'nieverfugbar', languageWords('de'))).toBe(false);
  });

  it("a language's function words leave its retelling's small words out of the count", () => {
    expect(languageWords('es').functionWords.has('esta')).toBe(true);
    expect(languageWords('de').functionWords.has('werden')).toBe(true);
    // A negation is never a function word: it is counted apart.
    expect(languageWords('de').functionWords.has('nicht')).toBe(false);
    expect(languageWords('nl').functionWords.has('niet')).toBe(false);
  });
});

describe('the rule, in a language (near-quote.ts with quoteWords)', () => {
  // Rows of other words around them, as a language's table holds dozens.
  const OTHERS = Array.from({ length: 60 }, (_, i) => ({
    item: `other${i}`,
    text: `alfa${i} bravo${i} charlie${i} delta${i} servidor`,
    meaning: `other${i}`,
  }));
  const LOCKED = {
    item: 'locked',
    text: 'A conta referenciada está bloqueada e não pode ser usada para iniciar sessão.',
    meaning: 'account-locked',
  };
  const PT = [...OTHERS, LOCKED];

  it('a Portuguese "no" (in the) added to the retelling is no negation added', () => {
    const paste = 'A conta referenciada está bloqueada no servidor e não pode ser usada para iniciar sessão';
    expect(nearestQuote(paste, PT, quoteWords('pt'))).toMatchObject({ item: 'locked' });
    // Counted as every language's "no" (English's reader), it is a negation added: no reading.
    expect(nearestQuote(paste, PT)).toBe(undefined);
  });

  it('a negation moved or dropped changes the meaning: no reading', () => {
    expect(
      nearestQuote(
        'A conta referenciada não está bloqueada e pode ser usada para iniciar sessão',
        PT,
        quoteWords('pt'),
      ),
    ).toBe(undefined);
    expect(
      nearestQuote('A conta referenciada está bloqueada e pode ser usada para iniciar sessão', PT, quoteWords('pt')),
    ).toBe(undefined);
  });

  it('a closing sentence many dialogs end with is no reading; the statement retold is', () => {
    const DE = [
      ...OTHERS,
      {
        item: 'restricted',
        text: 'Der Systemadministrator hat den zulässigen Anmeldetyp (Netzwerk oder interaktiv) eingeschränkt. Bitten Sie Ihren Systemadministrator oder den technischen Support um Hilfe.',
        meaning: 'restricted-logon-type',
      },
    ];
    const words = quoteWords('de');
    expect(nearestQuote('Bitten Sie Ihren Systemadministrator oder den technischen Support um Hilfe.', DE, words)).toBe(
      undefined,
    );
    expect(
      nearestQuote(
        'Der Systemadministrator hat den zulässigen Anmeldetyp (Netzwerk oder interaktiv) beschränkt. Bitten Sie Ihren Systemadministrator oder den technischen Support um Hilfe.',
        DE,
        words,
      ),
    ).toMatchObject({ item: 'restricted' });
  });
});

describe('the approximate reading counts a localized text with its language (nearest-text.ts)', () => {
  const OTHERS = Array.from({ length: 20 }, (_, i) => ({
    item: `other${i}`,
    text: `alfa${i} bravo${i} charlie${i} delta${i} echo${i}.`,
    meaning: `other${i}`,
    language: 'pt',
  }));
  const ROWS = [
    ...OTHERS,
    {
      item: 'limit',
      text: 'O número de conexões a este computador é limitado e todas as conexões estão em uso.',
      meaning: 'connections-in-use',
      language: 'pt',
    },
  ];
  it('"no momento" added (in the moment) is no negation: read', () => {
    expect(
      nearestText(
        'O número de conexões a este computador é limitado e todas as conexões estão em uso no momento.',
        ROWS,
      ),
    ).toMatchObject({ item: 'limit' });
    // The same text negated ("não é limitado"): no reading.
    expect(
      nearestText('O número de conexões a este computador não é limitado e todas as conexões estão em uso.', ROWS),
    ).toBe(undefined);
  });
});

describe('end to end: a localized text quoted inexactly, and its near misses', () => {
  it('Portugal\'s "ligações" for Brazil\'s "conexões": the connection limit, read', () => {
    expect(
      sentenceIds('O número de ligações a este computador é limitado e todas as conexões estão em uso no momento.'),
    ).toEqual(['connections-in-use']);
  });

  it('the same words about a database, or negated: nothing', () => {
    expect(
      sentenceIds('O número de conexões ao banco de dados é limitado e todas as conexões estão em uso no momento.'),
    ).toEqual([]);
    expect(
      sentenceIds('O número de conexões a este computador não é limitado e todas as conexões estão em uso no momento.'),
    ).toEqual([]);
    expect(sentenceIds('Bitten Sie Ihren Systemadministrator oder den technischen Support um Hilfe.')).toEqual([]);
  });
});
