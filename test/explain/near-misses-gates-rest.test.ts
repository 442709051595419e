/**
 * Issue 60 (r24-h60d): every near miss of round 24 (test/helpers/near-misses-gates.ts) ranks no Remote Desktop
 * cause, refused or said as what it is, its source a public page; every true twin keeps its reading.
 */
import { describe, expect, it } from 'vitest';
import { answerOrRefused, causeIds } from '../helpers/explain.js';
import { NEAR_MISSES_ROUND24, OTHER_PRODUCT_DIALOG_WORDS, TWINS_ROUND24 } from '../helpers/near-misses-gates.js';

describe('round 24 near misses rank no Remote Desktop cause', () => {
  it.each([...NEAR_MISSES_ROUND24, ...OTHER_PRODUCT_DIALOG_WORDS].map((m) => [m.paste, m.source]))(
    '%s',
    (paste, source) => {
      expect(source).toMatch(/^https?:\/\/\S+$/);
      const answer = answerOrRefused(paste);
      expect(answer === undefined ? [] : causeIds(answer), paste).toEqual([]);
    },
  );
});

describe('round 24 true twins keep their reading', () => {
  it.each(TWINS_ROUND24.map((t) => [t.paste, t.cause]))('%s', (paste, cause) => {
    expect(causeIds(paste)[0], paste).toBe(cause);
  });
});
