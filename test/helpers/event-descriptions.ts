/**
 * Every event of the event table whose message the paste reader reads, its description pasted: alone (its fields read
 * back), in Event Viewer's block, in Format-List and after the event's name. test/explain/every-description.test.ts
 * (the fast tier: every row alone, the other forms on `WRAPPED_FAST`) and every-description-rest.test.ts (the other
 * forms on the other rows).
 */
import { expect } from 'vitest';
import { readPaste } from '../../src/explain/paste-reader.js';
import { EVENTS, type EventRow } from '../../src/model/events.js';
import { compileMessage } from '../../src/model/message-template.js';

/** The rows the reader reads by their template (as paste-reader.ts selects them: 20 letters of their own). */
export const ROWS = EVENTS.filter((row) => (compileMessage(row, true)?.letters ?? 0) >= 20);

/** A field's fictional value: a word no template holds, distinct per field. */
const value = (n: number) => `value${n}x`;

/** The description as Windows renders it: each %N its field's value. */
const rendered = (message: string) => message.replace(/%(\d+)/g, (_, n: string) => value(Number(n)));

/** Rows whose message another row shares word for word: the text alone cannot tell them apart. */
export const SHARED = new Set(
  ROWS.filter((row) => ROWS.some((o) => o !== row && o.id !== row.id && o.message === row.message)).map((r) => r.id),
);

/** What decides how a row's wrapped forms read: its provider, a message that opens with a field, one shared. */
export const wrappedKind = (row: EventRow) => `${row.provider} ${/^%\d/.test(row.message ?? '')} ${SHARED.has(row.id)}`;

/** The first row of each kind: the rows whose wrapped forms the fast tier reads. */
export const WRAPPED_FAST = ROWS.filter((row) => ROWS.find((o) => wrappedKind(o) === wrappedKind(row)) === row);

/** The description alone gives the event, each field the template bounds with its value. */
export function readsAlone(row: EventRow): void {
  if (SHARED.has(row.id)) return;
  const text = rendered(row.message ?? '');
  const alone = readPaste(text);
  expect(alone.eventId, text.slice(0, 60)).toBe(row.id);
  for (const [name, got] of Object.entries(alone.description?.fields ?? {})) {
    const n = (row.fields ?? []).indexOf(name) + 1;
    expect(got, `${row.id} ${name}`).toBe(value(n));
  }
  if (/%\d/.test(row.message ?? ''))
    expect(Object.keys(alone.description?.fields ?? {}).length, `${row.id} fields`).toBeGreaterThan(0);
}

/** In Event Viewer's block, in Format-List, after the event's name (not after another event's). */
export function readsWrapped(row: EventRow): void {
  const text = rendered(row.message ?? '');
  const block = `Log Name:      System\nSource:        ${row.provider}\nDate:          5/3/2024 9:14:22 AM\nEvent ID:      ${row.id}\nTask Category: None\nLevel:         Error\nKeywords:      Classic\nUser:          SYSTEM\nComputer:      rdsh01.corp.example.com\nDescription:\n${text}`;
  expect(readPaste(block).eventId).toBe(row.id);
  const list = `TimeCreated  : 5/3/2024 9:14:22 AM\nProviderName : ${row.provider}\nId           : ${row.id}\nMessage      : ${text.replace(/\n/g, '\n               ')}`;
  expect(readPaste(list).eventId).toBe(row.id);
  // After the event's own name, as users quote it in a ticket ("RdpCoreTS 131: The server accepted…").
  const short = row.provider.split('-').pop() ?? row.provider;
  if (!SHARED.has(row.id)) {
    expect(readPaste(`${short} ${row.id}: ${text}`).description?.row.id, short).toBe(row.id);
    expect(readPaste(`Event ID ${row.id} - ${text}`).description?.row.id).toBe(row.id);
    // A name whose id is another event's is not this description's (unless the message itself begins with a
    // field, which the name then fills: RdpCoreTS 226's "%1: An error was encountered…").
    if (!/^%\d/.test(row.message ?? ''))
      expect(readPaste(`${short} ${row.id + 1}: ${text}`).description).toBeUndefined();
  }
}
