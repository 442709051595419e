/**
 * Every event of the event table whose message the paste reader reads (src/model/events.ts `message`, enough words
 * of its own) is recognized from its description pasted alone, with its fields read back; and as Event Viewer's
 * "General" text (its label block above the description) and `Get-WinEvent | Format-List` show it, and after the
 * event's own name ("RdpCoreTS 131: …"). The values are fictional (one distinct word per field).
 *
 * Here, the fast tier: every row alone, and the wrapped forms on the first row of each kind that decides how they
 * read (its provider, a message that opens with a field, one another row shares: `WRAPPED_FAST`); the wrapped forms
 * of the other rows in the slow tier (every-description-rest.test.ts). test/helpers/event-descriptions.ts.
 */
import { describe, expect, it } from 'vitest';
import { ROWS, readsAlone, readsWrapped, WRAPPED_FAST, wrappedKind } from '../helpers/event-descriptions.js';

describe('every event description in the event table, pasted', () => {
  it('reads more than a few events', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(20);
  });

  it('the wrapped forms are read on some rows, not all, of every kind', () => {
    expect(WRAPPED_FAST.length).toBeLessThan(ROWS.length);
    const kinds = new Set(WRAPPED_FAST.map(wrappedKind));
    expect(ROWS.filter((row) => !kinds.has(wrappedKind(row)))).toEqual([]);
  });

  for (const row of ROWS)
    it(`${row.provider} ${row.id}: alone${WRAPPED_FAST.includes(row) ? ", in Event Viewer's block, in Format-List" : ''}`, () => {
      readsAlone(row);
      if (WRAPPED_FAST.includes(row)) readsWrapped(row);
    });
});
