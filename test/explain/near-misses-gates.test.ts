/**
 * Issue 60 (r24-h60d): the gates narrowed in round 24, a near miss for each and true twins (the sweep of every near
 * miss and twin is near-misses-gates-rest.test.ts). Wordings written for these tests (test/helpers/near-misses-gates.ts).
 */
import { describe, expect, it } from 'vitest';
import { causeIds, expectSaidNoCause } from '../helpers/explain.js';
import { NEAR_MISSES_ROUND24, OTHER_PRODUCT_DIALOG_WORDS, TWINS_ROUND24 } from '../helpers/near-misses-gates.js';

const NOT_RDP = /not a Remote Desktop connection failure|not of Remote Desktop's/;

describe('another product around a Remote Desktop sentence or number: no Remote Desktop cause', () => {
  it.each([
    [NEAR_MISSES_ROUND24[0]!.paste, /database server/],
    [NEAR_MISSES_ROUND24[2]!.paste, /KMS/],
  ])('%s', (paste, named) => {
    expectSaidNoCause(paste, named, NOT_RDP);
  });

  it("the client's dialog words told of another product are that product's", () => {
    expect(() => causeIds(OTHER_PRODUCT_DIALOG_WORDS[0]!.paste)).toThrow(/holds no code or known sentence/);
  });
});

describe('the true twins keep their reading', () => {
  it.each(TWINS_ROUND24.slice(0, 3).map((t) => [t.paste, t.cause]))('%s', (paste, cause) => {
    expect(causeIds(paste)[0], paste).toBe(cause);
  });
});
