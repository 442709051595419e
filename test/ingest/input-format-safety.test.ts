/**
 * Every input format the registry declares (`INPUT_FORMATS`, src/ingest/input-formats.ts), each fed hostile variants
 * of a file of its own kind: cut in half, binary junk after it and in its middle, control characters and bidi
 * overrides written into a value, a value longer than a log writes. The contract for each: no throw and no stack
 * trace; what was lost said in a warning naming the file and its offset or line; what stands before junk still
 * read; exit code 2 only where nothing could be read; no raw control character in anything printed. A new input
 * format is covered here without touching this file, once a sample of it is under `samples/` (or it is made below).
 */
import { describe, expect, it } from 'vitest';
import { INPUT_FORMATS } from '../../src/ingest/input-formats.js';
import { hostileVariantsSuite, isFast, VARIANTS } from '../helpers/input-format-safety.js';

// The fast tier feeds each format one variant and every variant to some formats; the other pairs are fed in
// input-format-safety-rest.test.ts (slow tier).
describe('the pairs of format and variant fed here', () => {
  it('hold every format and every variant', () => {
    const pairs = INPUT_FORMATS.flatMap((_, f) => VARIANTS.map((_, v) => [f, v] as const)).filter(([f, v]) =>
      isFast(f, v),
    );
    expect(new Set(pairs.map(([f]) => f)).size).toBe(INPUT_FORMATS.length);
    expect(new Set(pairs.map(([, v]) => v)).size).toBe(VARIANTS.length);
  });
});

hostileVariantsSuite('every input format, fed hostile variants of its own kind', isFast, true);
