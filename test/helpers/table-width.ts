/**
 * Random text through the terminal table's `wrap` (test/report/table-width.test.ts, the fast tier, the first
 * twenty-five of a seeded stream; table-width-rest.test.ts, slow, the rest): every line fits the width as a terminal
 * shows it (string-width is the oracle), coloured or not, and colour changes no break.
 */
import stringWidth from 'string-width';
import { expect } from 'vitest';
import { wrap } from '../../src/report/table-text.js';
import { intIn, pick, rng } from './random.js';

const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

/** The words the stream's texts are made of. */
export const WRAP_WORDS: readonly string[] = [
  'RDSH01',
  'サーバー',
  '服务器',
  'Se\u0301rver',
  'cafe\u0301',
  '🖥️',
  'x',
  'connection',
  '한국어',
  'ｆｕｌｌ',
  'a\u0300\u0301b',
];

function randomText(random: () => number): string {
  return Array.from({ length: intIn(random, 1, 30) }, () => pick(random, WRAP_WORDS)).join(' ');
}

/** The first `to` texts of the seeded stream, each with the width it is wrapped to. */
export function randomTexts(to: number): { text: string; width: number }[] {
  const random = rng(52);
  return Array.from({ length: to }, () => {
    const text = randomText(random);
    return { text, width: intIn(random, 24, 90) };
  });
}

/** The texts of the seeded stream from `from` (included) to `to` (excluded), each wrapped and checked. */
export function checkRandomWraps(from: number, to: number): void {
  for (const { text, width } of randomTexts(to).slice(from)) {
    const plain = wrap(text, width, '  ');
    for (const line of plain.split('\n')) expect(stringWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
    const coloured = wrap(`\u001b[2m${text}\u001b[0m`, width, '  ');
    expect(strip(coloured)).toBe(plain);
  }
}

/** How many texts the stream holds in all (the fast tier checks the first `RANDOM_WRAPS_FAST`). */
export const RANDOM_WRAPS = 500;
export const RANDOM_WRAPS_FAST = 25;
