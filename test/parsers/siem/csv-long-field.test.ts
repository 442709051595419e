/**
 * A long CSV field (issue #51: a 50 MB Sentinel field took 16.9 s, 25 MB 3.7 s): the unfinished row is not parsed
 * again from its start at every piece, so one long field costs what as many short rows of the same size cost.
 */
import { describe, expect, it } from 'vitest';
import { CsvSplitter } from '../../../parsers/siem/csv.js';

const PIECE = 60 * 1024;

function feedAll(text: string): { rows: number; ms: number; last: string } {
  const s = new CsvSplitter();
  const started = performance.now();
  let rows = 0;
  let last = '';
  const take = (out: { values: string[] }[]) => {
    rows += out.length;
    if (out.length) last = out.at(-1)!.values.at(-1)!;
  };
  for (let at = 0; at < text.length; at += PIECE) take(s.feed(text.slice(at, at + PIECE)));
  take(s.end());
  return { rows, ms: performance.now() - started, last };
}

describe('CsvSplitter on one long field', () => {
  it('a 12 MB quoted field costs about what 100 rows of 120 KB cost (linear, not quadratic)', () => {
    const size = 12 * 1024 * 1024;
    const long = feedAll(`a,b\n1,"${'x'.repeat(size)}"\n`);
    expect(long.rows).toBe(2);
    expect(long.last.length).toBe(size);
    const rows = Array.from({ length: 100 }, () => `1,"${'x'.repeat(size / 100)}"\n`).join('');
    const many = feedAll(`a,b\n${rows}`);
    expect(many.rows).toBe(101);
    // Quadratic, the long field took some 30 times as long; the margin covers a busy machine's noise.
    expect(long.ms).toBeLessThan(Math.max(many.ms * 8, 400));
  });

  it('rows split across pieces are still given whole and in order', () => {
    const text = `a,b\n${Array.from({ length: 5000 }, (_, i) => `${i},"v""${i}\n${'y'.repeat(i % 300)}"`).join('\n')}\n`;
    const s = new CsvSplitter();
    const out: string[] = [];
    for (let at = 0; at < text.length; at += 777)
      for (const r of s.feed(text.slice(at, at + 777))) out.push(r.values[0]!);
    for (const r of s.end()) out.push(r.values[0]!);
    expect(out).toEqual(['a', ...Array.from({ length: 5000 }, (_, i) => String(i))]);
  });

  it('a 2 MiB field of doubled quotes (a Sentinel export, issue #51) is read whole, the rows after it on their lines', () => {
    const quotes = '""'.repeat(1024 * 1024);
    const field = `${quotes}\n,${quotes}`;
    const s = new CsvSplitter();
    const rows: { values: string[]; line: number }[] = [];
    const text = `a,b\n1,"${field}"\n2,"y"\n`;
    for (let at = 0; at < text.length; at += PIECE) rows.push(...s.feed(text.slice(at, at + PIECE)));
    rows.push(...s.end());
    expect(rows.map((r) => [r.values[0], r.line])).toEqual([
      ['a', 1],
      ['1', 2],
      ['2', 4],
    ]);
    expect(rows[1]!.values[1]).toBe(`${'"'.repeat(1024 * 1024)}\n,${'"'.repeat(1024 * 1024)}`);
    expect(rows[2]!.values[1]).toBe('y');
    expect(s.problems).toEqual([]);
  });
});
