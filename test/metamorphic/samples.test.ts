/**
 * The metamorphic rules (harness.ts) over sample scenario folders: each log removed in turn, an unrelated
 * computer's logs added, files split, reordered, newest first, every SIEM rendition, times shifted by a year, a
 * record-id range cut out. The fast tier changes the scenarios of `METAMORPHIC_FAST` (every kind of log, reading,
 * outcome, side and hop the scenarios hold); the others are changed in samples-rest.test.ts (slow tier), so
 * `npm test` changes every scenario.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { METAMORPHIC_FAST, SCENARIOS } from '../helpers/samples.js';
import { metamorphicSuite } from './suite.js';

describe('the fast tier’s scenarios', () => {
  it('are scenarios (a renamed or removed one is said here, not skipped)', () => {
    const folders = SCENARIOS.map((s) => `samples/${s}`);
    expect(METAMORPHIC_FAST.filter((label) => !folders.includes(label))).toEqual([]);
  });
});

metamorphicSuite(
  'the logs changed, on a representative set of sample scenarios',
  METAMORPHIC_FAST.map((label) => ({ label, path: join(ROOT, label) })),
);
