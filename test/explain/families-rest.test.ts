/**
 * The rest of families.test.ts's end-to-end reading of the code families (the fast tier reads each public list's first
 * and last row): slow tier, so that `npm test` reads every row of every list through `rdpdiag explain-code`.
 */
import { describe, it } from 'vitest';
import { CODE_FAMILIES, readsEachCode } from '../helpers/families.js';

describe('every row of the new families read end to end (explain-code --format json)', () => {
  for (const [label, table, families] of CODE_FAMILIES)
    it(`${label}: each code gives its name and its source`, async () => {
      await readsEachCode(label, table, families.flat());
    });
});
