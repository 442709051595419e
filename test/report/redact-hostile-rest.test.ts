/**
 * redact-hostile.test.ts in the report formats the fast tier does not check (it checks the first of each reader kind
 * and escaping): slow tier, so that `npm test` checks every format.
 */
import { describe, it } from 'vitest';
import { expectRedactedInTier } from '../helpers/redact-hostile.js';

describe('--redact on hostile names, the other formats', () => {
  it('hides every value in every format the fast tier leaves (and leaves rdpdiag its own words)', async () => {
    await expectRedactedInTier('rest');
  });
});
