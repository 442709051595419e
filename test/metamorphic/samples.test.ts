/**
 * The metamorphic rules (harness.ts) over sample scenario folders: each log removed in turn, an unrelated
 * computer's logs added, files split, reordered, newest first, every SIEM rendition, times shifted by a year, a
 * record-id range cut out. The fast tier changes the scenarios of `METAMORPHIC_FAST` (every kind of log, reading,
 * outcome, side and hop the scenarios hold); the others are changed in samples-rest.test.ts (slow tier), so
 * `npm test` changes every scenario.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METAMORPHIC_FAST, SAMPLES, SCENARIOS } from '../helpers/samples.js';
import { metamorphicSuite } from './suite.js';

describe('the fast tier’s scenarios', () => {
  it('are scenarios (a renamed or removed one is said here, not skipped)', () => {
    expect(METAMORPHIC_FAST.filter((s) => !SCENARIOS.includes(s))).toEqual([]);
  });
});

metamorphicSuite(
  'the logs changed, on a representative set of sample scenarios',
  METAMORPHIC_FAST.map((s) => ({ label: `samples/${s}`, path: join(SAMPLES, s) })),
);
