/**
 * What client-error-texts.test.ts and its slow-tier rest share: each row of the client's disconnect texts read as its
 * code in the forms users paste it. The fast tier reads the first and last row (`endsOf`); the rest file every row.
 */
import { expect } from 'vitest';
import { causesOfCode } from '../../patterns/code-causes.js';
import { explainCode } from '../../src/explain/explain-code.js';
import type { CLIENT_ERROR_TEXT_ROWS } from '../../src/explain/tables/sentences/client-error-texts.js';
import { causeIds } from './explain.js';

type Row = (typeof CLIENT_ERROR_TEXT_ROWS)[number];

/** The first and last item of a table (one when it holds one). */
export function endsOf<T>(rows: readonly T[]): T[] {
  return rows.length > 1 ? [rows[0], rows[rows.length - 1]] : [...rows];
}

/** Each row read as its code (the primary disconnect table's) with only its code's or its own causes, in 3 forms. */
export function expectRowsReadInEveryForm(rows: readonly Row[]): void {
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const text = `${row.words[0].toUpperCase()}${row.words.slice(1)}.`;
    const forms = [
      `Remote Desktop Connection\r\n\r\n${text}\r\n\r\nOK`,
      `  ${text.replace(/ /g, '  ')}  `,
      text.replace(/ (\S+) /, '\n  $1   '),
    ];
    for (const paste of forms) {
      // Read once: the code and the causes of one answer.
      const answer = explainCode(paste);
      expect(answer.primary?.table === 'mstsc' ? answer.primary.value : undefined, paste).toBe(row.code);
      // The code's causes, then what the text states: never a cause neither gives.
      const allowed = new Set<string>([
        ...causesOfCode('mstsc', row.code).map((c) => c.causeId),
        ...(row.states ?? []),
      ]);
      for (const id of causeIds(answer)) expect(allowed.has(id), `${paste}: ${id}`).toBe(true);
    }
  }
}
