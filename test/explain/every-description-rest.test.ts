/**
 * The rest of every-description.test.ts (the fast tier reads every row alone, and the wrapped forms on the first row
 * of each kind): slow tier, so that `npm test` reads every row's description in Event Viewer's block, in Format-List
 * and after the event's name.
 */
import { describe, it } from 'vitest';
import { ROWS, readsWrapped, WRAPPED_FAST } from '../helpers/event-descriptions.js';

describe('every event description in the event table, pasted (the rest)', () => {
  for (const row of ROWS.filter((r) => !WRAPPED_FAST.includes(r)))
    it(`${row.provider} ${row.id}: in Event Viewer's block, in Format-List, after its name`, () => {
      readsWrapped(row);
    });
});
