/** The whole sweep of latin-languages.test.ts: every row of round 24's Latin-script tables (issue 60). */
import { describe, it } from 'vitest';
import { LATIN_LANGUAGE_WORDS } from '../../src/explain/tables/own-words/described-languages-latin.js';
import { LATIN_DIALOG_WORDINGS } from '../../src/explain/tables/languages/localized-latin-dialogs.js';
import { expectLatinWords, expectLatinDialog } from '../helpers/latin-languages.js';

describe('round 24: every row in Latin-script languages', () => {
  it.each(LATIN_DIALOG_WORDINGS.map((w) => [`${w.language} ${w.sentence}`, w] as const))('%s', (_, w) =>
    expectLatinDialog(w),
  );
  it.each(LATIN_LANGUAGE_WORDS.map((r) => [`${r.language} ${r.concept}`, r] as const))('%s', (_, r) =>
    expectLatinWords(r),
  );
});
