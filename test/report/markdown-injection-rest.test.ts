/**
 * The rest of markdown-injection.test.ts's seeded stream of random values through `md` (the fast tier checks the
 * first few hundred): slow tier, so that `npm test` checks them all.
 */
import { describe, it } from 'vitest';
import { checkRandomValues, RANDOM_VALUES, RANDOM_VALUES_FAST } from '../helpers/markdown-values.js';

describe('md escapes only where it must', () => {
  it('whatever a value holds, it shows as written and makes no emphasis, code, link or HTML (the rest)', () => {
    checkRandomValues(RANDOM_VALUES_FAST, RANDOM_VALUES);
  });
});
