/**
 * Every event of the event table whose message the paste reader reads (src/model/events.ts `message`, enough words
 * of its own) is recognized from its description pasted alone, with its fields read back; and as Event Viewer's
 * "General" text (its label block above the description) and `Get-WinEvent | Format-List` show it, and after the
 * event's own name ("RdpCoreTS 131: …"). The values are fictional (one distinct word per field).
 */
import { describe, expect, it } from 'vitest';
import { readPaste } from '../../src/explain/paste-reader.js';
import { EVENTS } from '../../src/model/events.js';
import { compileMessage } from '../../src/model/message-template.js';

/** The rows the reader reads by their template (as paste-reader.ts selects them: 20 letters of their own). */
const ROWS = EVENTS.filter((row) => (compileMessage(row, true)?.letters ?? 0) >= 20);

/** A field's fictional value: a word no template holds, distinct per field. */
const value = (n: number) => `value${n}x`;

/** The description as Windows renders it: each %N its field's value. */
const rendered = (message: string) => message.replace(/%(\d+)/g, (_, n: string) => value(Number(n)));

/** Rows whose message another row shares word for word: the text alone cannot tell them apart. */
const shared = new Set(
  ROWS.filter((row) => ROWS.some((o) => o !== row && o.id !== row.id && o.message === row.message)).map((r) => r.id),
);

describe('every event description in the event table, pasted', () => {
  it('reads more than a few events', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(20);
  });

  for (const row of ROWS) {
    const text = rendered(row.message ?? '');
    it(`${row.provider} ${row.id}: alone, in Event Viewer's block, in Format-List`, () => {
      const alone = readPaste(text);
      if (!shared.has(row.id)) {
        expect(alone.eventId, text.slice(0, 60)).toBe(row.id);
        // Each field the template bounds comes back with its value.
        for (const [name, got] of Object.entries(alone.description?.fields ?? {})) {
          const n = (row.fields ?? []).indexOf(name) + 1;
          expect(got, `${row.id} ${name}`).toBe(value(n));
        }
        if (/%\d/.test(row.message ?? ''))
          expect(Object.keys(alone.description?.fields ?? {}).length, `${row.id} fields`).toBeGreaterThan(0);
      }
      const block = `Log Name:      System\nSource:        ${row.provider}\nDate:          5/3/2024 9:14:22 AM\nEvent ID:      ${row.id}\nTask Category: None\nLevel:         Error\nKeywords:      Classic\nUser:          SYSTEM\nComputer:      rdsh01.corp.example.com\nDescription:\n${text}`;
      expect(readPaste(block).eventId).toBe(row.id);
      const list = `TimeCreated  : 5/3/2024 9:14:22 AM\nProviderName : ${row.provider}\nId           : ${row.id}\nMessage      : ${text.replace(/\n/g, '\n               ')}`;
      expect(readPaste(list).eventId).toBe(row.id);
      // After the event's own name, as users quote it in a ticket ("RdpCoreTS 131: The server accepted…").
      const short = row.provider.split('-').pop() ?? row.provider;
      if (!shared.has(row.id)) {
        expect(readPaste(`${short} ${row.id}: ${text}`).description?.row.id, short).toBe(row.id);
        expect(readPaste(`Event ID ${row.id} - ${text}`).description?.row.id).toBe(row.id);
        // A name whose id is another event's is not this description's (unless the message itself begins with a
        // field, which the name then fills: RdpCoreTS 226's "%1: An error was encountered…").
        if (!/^%\d/.test(row.message ?? ''))
          expect(readPaste(`${short} ${row.id + 1}: ${text}`).description).toBeUndefined();
      }
    });
  }
});
