/** Deterministic random inputs for the property tests that run our pieces beside a library (the oracle). */

/** A seeded PRNG (mulberry32): the same seed gives the same inputs, so a failure reproduces. */
export { mulberry32 as rng } from './prng.mjs';

/** A whole number from `lo` to `hi`, both included. */
export function intIn(random: () => number, lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

/** One of `items`. */
export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A seeded PRNG (xorshift32) for the fuzz tests: deterministic, so a failing seed replays (0 seeds as 1). */
export function xorshift32(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}
