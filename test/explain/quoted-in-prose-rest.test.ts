/**
 * quoted-in-prose.test.ts over every English text of the message-text and sentence tables (the fast tier frames the
 * first and last of each code family and cause set): slow tier, so that `npm test` frames every text.
 */
import { describe, expect, it } from 'vitest';
import {
  english,
  expectFramedFirstSentencesRead,
  expectFramedQuotesRead,
  expectFramedTextsRead,
  quotedSentences,
} from '../helpers/quoted-in-prose.js';

describe('every known text quoted inside prose reads as the text alone', () => {
  it('every English message text, in every frame', () => {
    expect(english.length).toBeGreaterThan(40);
    expectFramedTextsRead(english);
  });

  it("every English message text cut after its first sentence, where that sentence is the text's alone", () => {
    expect(expectFramedFirstSentencesRead(english)).toBeGreaterThan(10);
  });

  it('every English dialog sentence whose description quotes its text, in every frame', () => {
    const quoted = quotedSentences();
    expect(quoted.length).toBeGreaterThan(20);
    expectFramedQuotesRead(quoted);
  });
});
