import { describe, expect, it } from 'vitest';
import { formatCount, integerFromText } from '../../src/model/numbers.js';

/** The rule as the module states it: hex with `0x`, or a decimal integer, optionally negative, spaces around. */
function byRule(text: string): number | undefined {
  const t = text.trim();
  if (/^0x[0-9a-f]+$/i.test(t)) return parseInt(t, 16);
  if (/^-?\d+$/.test(t)) return Number(t);
  return undefined;
}

describe('integerFromText', () => {
  it('reads plain digits, signs, hex, spaces and long numbers as the rule says', () => {
    const cases = [
      '0',
      '4624',
      '0004624',
      '999999999999999',
      '9999999999999999',
      '12345678901234567890',
      '-1073741715',
      ' 21 ',
      '21\n',
      '0x1F',
      '0X1f',
      '',
      ' ',
      '1.5',
      '1e3',
      '+5',
      '12a',
      'a12',
      '٣',
      'information',
    ];
    for (const c of cases) expect(integerFromText(c), JSON.stringify(c)).toBe(byRule(c));
    expect(integerFromText(undefined)).toBeUndefined();
  });
});

describe('formatCount', () => {
  it("writes a number as toLocaleString('en-US') does, digits grouped by thousands", () => {
    const random = Array.from({ length: 200 }, (_, i) => Math.floor((i * 2654435761) % 2 ** 40) / (i % 3 ? 1 : 8));
    for (const x of [0, -0, 7, 999, 1000, -27_363, 1_234_567.891, 2 ** 53 + 2, 1e21, 0.5, NaN, Infinity, ...random])
      expect(formatCount(x), String(x)).toBe(x.toLocaleString('en-US'));
    expect(formatCount(27_363)).toBe('27,363');
  });
});
