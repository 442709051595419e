/**
 * The checks of round 24's Latin-script rows (issue 60), written once for latin-languages.test.ts and its `-rest`
 * twin: a row of tables/languages/localized-latin-dialogs.ts read as its sentence in its language from its own page's text; a
 * row of tables/own-words/described-languages-latin.ts read as its concept beside Remote Desktop's name (the shared check of
 * more-languages.ts), its near miss not.
 */
import { expect } from 'vitest';
import type { LanguageWords } from '../../src/explain/tables/own-words/described-languages.js';
import type { LocalizedWording } from '../../src/explain/tables/languages/localized-wording.js';
import { sentenceIds } from './explain.js';
import { expectLanguageWords } from './more-languages.js';

/** Each word of the row in a user's short sentence about Remote Desktop, in Latin script ("RDP: konto wyłączone"). */
export const expectLatinWords = (row: LanguageWords) => expectLanguageWords(row, (word) => `RDP: ${word}`);

/** The row's own text is read as its sentence (upper-cased too), and its language is the row's. */
export function expectLatinDialog(w: LocalizedWording) {
  expect(sentenceIds(w.quoted), w.quoted).toContain(w.sentence);
  expect(sentenceIds(w.quoted.toUpperCase()), w.quoted).toContain(w.sentence);
}

/** The first row of each sentence (of a dialog table) or concept (of a words table). */
export const firstOfEach = <T>(rows: readonly T[], key: (row: T) => string): T[] =>
  rows.filter((r, i) => rows.findIndex((o) => key(o) === key(r)) === i);
