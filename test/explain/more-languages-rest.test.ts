/** The whole sweep of more-languages.test.ts: every row of round 23's language tables (issue 60). */
import { describe, it } from 'vitest';
import { DESCRIBED_LANGUAGE_WORDS } from '../../src/explain/tables/own-words/described-languages.js';
import { MORE_WORDINGS } from '../../src/explain/tables/languages/localized-more-wordings.js';
import { expectLanguageWords, expectMoreWording } from '../helpers/more-languages.js';

describe('round 23: every row in more languages', () => {
  it.each(MORE_WORDINGS.map((w) => [`${w.language} ${w.sentence}`, w] as const))('%s', (_, w) => expectMoreWording(w));
  it.each(DESCRIBED_LANGUAGE_WORDS.map((r) => [`${r.language} ${r.concept}`, r] as const))('%s', (_, r) =>
    expectLanguageWords(r),
  );
});
