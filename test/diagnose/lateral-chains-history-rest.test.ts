/**
 * The random fleets lateral-chains-history.test.ts (fast tier) does not check (it checks the first few): slow tier,
 * so that `npm test` checks each chain's first clause on every seed.
 */
import { describe, expect, it } from 'vitest';
import { checkFirstClauses, FIRST_CLAUSE_SEEDS, FIRST_CLAUSE_SEEDS_FAST } from '../helpers/lateral-fleets.js';

describe('what a chain’s first computer knows of its source', () => {
  it('is what its attempts show, name by name, on random fleets (the rest)', () => {
    const kinds = checkFirstClauses(FIRST_CLAUSE_SEEDS.slice(FIRST_CLAUSE_SEEDS_FAST));
    expect(kinds.never).toBeGreaterThan(15);
    expect(kinds.unknown).toBeGreaterThan(15);
    expect(kinds.seen).toBeGreaterThan(15);
  });
});
