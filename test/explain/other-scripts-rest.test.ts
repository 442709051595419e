/** The whole sweep of other-scripts.test.ts: every row of round 24's tables in languages of other scripts (issue 60). */
import { describe, it } from 'vitest';
import { SCRIPT_LANGUAGE_WORDS } from '../../src/explain/tables/own-words/described-languages-scripts.js';
import { OTHER_SCRIPT_WORDINGS } from '../../src/explain/tables/languages/localized-other-scripts.js';
import { expectLanguageWords } from '../helpers/more-languages.js';
import { expectOtherScriptWording } from '../helpers/other-scripts.js';

describe('round 24: every row in languages of other scripts', () => {
  it.each(OTHER_SCRIPT_WORDINGS.map((w) => [`${w.language} ${w.sentence}`, w] as const))('%s', (_, w) =>
    expectOtherScriptWording(w),
  );
  it.each(SCRIPT_LANGUAGE_WORDS.map((r) => [`${r.language} ${r.concept}`, r] as const))('%s', (_, r) =>
    expectLanguageWords(r),
  );
});
