// A fleet's lists are longer than a spread call's arguments may be: the helpers take any length.
import { describe, expect, it } from 'vitest';
import { maxOf, minOf, pushAll, pushTo } from '../../src/model/arrays.js';

describe('list helpers for long lists', () => {
  const long = Array.from({ length: 600_000 }, (_, i) => (i * 7919) % 600_011);
  it('append and find the least and the most of 600,000 items, where a spread call overflows the stack', () => {
    expect(() => [].push(...(long as never[]))).toThrow(RangeError);
    expect(pushAll([-1], long).length).toBe(600_001);
    expect(minOf(long)).toBe(0);
    expect(maxOf(long)).toBe(
      Math.max(...long.slice(0, 50_000), ...long.slice(50_000, 100_000), maxOf(long.slice(100_000))),
    );
  });
  it('as Math.min and Math.max: Infinity of none, NaN when one is', () => {
    expect([minOf([]), maxOf([])]).toEqual([Math.min(), Math.max()]);
    expect([minOf([3, Number.NaN, 1]), maxOf([3, Number.NaN])]).toEqual([Number.NaN, Number.NaN]);
    expect([minOf([3, -2, 5]), maxOf([3, -2, 5])]).toEqual([-2, 5]);
  });
  it('pushTo groups items by key, in their order, starting a list at its first item', () => {
    const groups = new Map<string, number[]>();
    for (const [k, v] of [
      ['a', 1],
      ['b', 2],
      ['a', 3],
    ] as const)
      pushTo(groups, k, v);
    expect([...groups]).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
    expect(pushTo(groups, 'b', 4)).toBe(groups.get('b'));
  });
});
