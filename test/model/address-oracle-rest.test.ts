/**
 * The address classifier beside ipaddr.js (address-oracle.test.ts says the claim) on the random texts the fast tier
 * does not check (it checks the edges and the first `FAST_TEXTS`): slow tier, so `npm test` checks all of them.
 */
import { describe, expect, it } from 'vitest';
import { disagreements, EDGES, FAST_TEXTS, oracleTexts, RANDOM_TEXTS } from '../helpers/address-oracle.js';

describe('the address classifier beside ipaddr.js, on the other random addresses', () => {
  it('gives the class and the internet verdict ipaddr.js means', () => {
    const texts = oracleTexts().slice(EDGES.length + FAST_TEXTS);
    expect(disagreements(texts)).toEqual([]);
    expect(texts.length).toBe(RANDOM_TEXTS - FAST_TEXTS);
  });
});
