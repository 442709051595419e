/**
 * The metamorphic rules (harness.ts) over sample scenario folders: each log removed in turn, an unrelated
 * computer's logs added, files split, reordered, newest first, every SIEM rendition, times shifted by a year, a
 * record-id range cut out. The fast tier changes the scenarios of `METAMORPHIC_FAST` (every kind of log, reading,
 * outcome, side and hop the scenarios hold), the SIEM renditions of those that hold every event kind; the others are
 * changed in samples-rest.test.ts and samples-siem-rest.test.ts (slow tier), so `npm test` makes every change of
 * every scenario.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { everyEventKind, folderOf } from '../helpers/dfir-renditions.js';
import { METAMORPHIC_FAST, SCENARIOS } from '../helpers/samples.js';
import { metamorphicSuite, SIEM_FAMILY } from './suite.js';

/**
 * Every SIEM rendition only on the fewest of these scenarios that together hold every event kind they hold (a
 * rendition writes each event by its kind's fields); the others' in samples-siem-rest.test.ts (slow tier).
 */
const KINDS = await everyEventKind();

describe('the fast tier’s scenarios', () => {
  it('are scenarios (a renamed or removed one is said here, not skipped)', () => {
    const folders = SCENARIOS.map((s) => `samples/${s}`);
    expect(METAMORPHIC_FAST.filter((label) => !folders.includes(label))).toEqual([]);
  });
});

metamorphicSuite(
  'the logs changed, on a representative set of sample scenarios',
  METAMORPHIC_FAST.map((label) => ({ label, path: join(ROOT, label), read: () => folderOf(label) })),
  (label, family) => family !== SIEM_FAMILY || KINDS.includes(label),
);
