/**
 * Issue #64 (r23-t64i): what the explain tests that sweep a table share. `Misses`: many checks, one `expect` (each
 * failing check's message kept, the list expected empty): vitest's `expect` costs some 10–30 µs a call, and a sweep
 * of thousands of entries spent most of its time there. `fewOf`: the representative few of a table the fast tier
 * reads (the first and last row of each kind, or the first), the whole table going to the file's `-rest` twin on the
 * slow tier; `expectEveryKind` checks that they cover every kind, the kinds taken from the table.
 */
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';

/** Checks collected: `done()` expects none failed, and lists each failure with where it was. */
export class Misses {
  private readonly failed: string[] = [];

  /** `ok` holds, else `at` is kept as a failure. */
  that(ok: boolean, at: string): void {
    if (!ok) this.failed.push(at);
  }

  /** `actual` and `expected` deeply equal (node's strict deep equality), else both are kept with `at`. */
  equal(actual: unknown, expected: unknown, at: string): void {
    if (!isDeepStrictEqual(actual, expected))
      this.failed.push(`${at}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }

  /** `text` matches `re`, else it is kept with `at`. */
  match(text: unknown, re: RegExp, at: string): void {
    if (typeof text !== 'string' || !re.test(text))
      this.failed.push(`${at}: ${JSON.stringify(text)} does not match ${re}`);
  }

  /** No check failed (the list of failures, expected empty). */
  done(): void {
    expect(this.failed).toEqual([]);
  }
}

/** A way of sorting a table's rows into kinds: by language, by sentence, by table. */
export type Kind<T> = (row: T) => string;

/**
 * The representative few of a table, in table order: the first and last row of each kind of `ends`, then for each
 * kind of `once` the first row of each such kind those left unread. Every kind the table holds is read.
 */
export function fewOf<T>(rows: readonly T[], ends: readonly Kind<T>[], once: readonly Kind<T>[] = []): T[] {
  const kept = new Set<number>();
  for (const kind of ends) {
    const at = new Map<string, [number, number]>();
    rows.forEach((row, i) => {
      const k = kind(row);
      at.set(k, [at.get(k)?.[0] ?? i, i]);
    });
    for (const [first, last] of at.values()) kept.add(first).add(last);
  }
  for (const kind of once) {
    const read = new Set([...kept].map((i) => kind(rows[i])));
    rows.forEach((row, i) => {
      if (!read.has(kind(row))) kept.add(i);
      read.add(kind(row));
    });
  }
  return [...kept].sort((a, b) => a - b).map((i) => rows[i]);
}

/** The few cover every kind of the table, for each way of sorting (each kind taken from the table itself). */
export function expectEveryKind<T>(few: readonly T[], rows: readonly T[], ...kinds: Kind<T>[]): void {
  for (const kind of kinds) expect(new Set(few.map(kind))).toEqual(new Set(rows.map(kind)));
}
