/**
 * The random fleets lateral-chains-history.test.ts (fast tier) does not check (it checks the first few): slow tier,
 * so that `npm test` checks each chain's first clause on every seed.
 */
import { describe, it } from 'vitest';
import { expectFirstClausesOf } from '../helpers/lateral-fleets.js';

describe('what a chain’s first computer knows of its source', () => {
  it('is what its attempts show, name by name, on random fleets (the rest)', () => {
    expectFirstClausesOf('rest');
  });
});
