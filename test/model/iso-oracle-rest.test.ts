/**
 * The ISO 8601 readers beside date-fns (iso-oracle.test.ts says the claim) on the random texts the fast tier does
 * not check (it checks the edges and the first `FAST_TEXTS` of each reader): slow tier, so `npm test` checks all.
 */
import { describe, expect, it } from 'vitest';
import { FAST_TEXTS, oracleOn, RANDOM_TEXTS, restOf } from '../helpers/iso-oracle.js';

describe('the ISO 8601 readers beside date-fns, on the other random texts', () => {
  it('instantFromIso accepts and refuses the same texts, and reads the same instant', () => {
    const { disagreements, checked } = oracleOn('instantFromIso', restOf);
    expect(disagreements).toEqual([]);
    expect(checked).toBe(RANDOM_TEXTS - FAST_TEXTS);
  });

  it('--since/--until accept and refuse the same texts, and read the same instant', () => {
    const { disagreements, checked } = oracleOn('--since/--until', restOf);
    expect(disagreements).toEqual([]);
    expect(checked).toBe(RANDOM_TEXTS - FAST_TEXTS);
  });
});
