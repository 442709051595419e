/**
 * message-texts.test.ts over every message text (the fast tier reads the first and last of each language and of each
 * code family): each found whatever pasting did to it. Slow tier, so that `npm test` reads every text.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGE_TEXTS } from '../../src/explain/tables/codes/message-texts.js';
import { expectFoundWhateverPasting } from '../helpers/message-texts.js';

describe('the message-text index, every text', () => {
  it('finds every text whatever pasting did to it: case, accents, quotes, line breaks, the final period', () => {
    expect(MESSAGE_TEXTS.length).toBeGreaterThan(300);
    expectFoundWhateverPasting(MESSAGE_TEXTS);
  });
});
