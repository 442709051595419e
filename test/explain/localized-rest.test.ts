/**
 * localized.test.ts over every localized wording read by its own words (the fast tier reads the first and last of each
 * language and one of each sentence): each recognized in the very text its page quotes. Slow tier, so that `npm test`
 * reads every wording.
 */
import { describe, expect, it } from 'vitest';
import { expectRecognizedInQuote, READ_BY_WORDS } from '../helpers/localized.js';

describe('the localized wordings, every one', () => {
  it('are recognized in the very text their page quotes (their words come from it)', () => {
    expect(READ_BY_WORDS.length).toBeGreaterThan(1000);
    expectRecognizedInQuote(READ_BY_WORDS);
  });
});
