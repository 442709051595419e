/**
 * A seeded PRNG (mulberry32) for the property tests and the benches: the same seed gives the same inputs, so a
 * failure reproduces. Plain JavaScript so the bench runs it without a build (bench/evtx-mutants.mjs); its types are
 * in prng.d.mts, and the tests take it from random.ts.
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
