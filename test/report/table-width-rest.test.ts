/**
 * The rest of table-width.test.ts's seeded stream of random text through `wrap` (the fast tier checks the first
 * twenty-five): slow tier, so that `npm test` checks them all.
 */
import { describe, it } from 'vitest';
import { checkRandomWraps, RANDOM_WRAPS, RANDOM_WRAPS_FAST } from '../helpers/table-width.js';

describe('wrap measures text as the terminal shows it', () => {
  it('fits every line in the width, coloured or not, and colour changes no break (the rest)', () => {
    checkRandomWraps(RANDOM_WRAPS_FAST, RANDOM_WRAPS);
  });
});
