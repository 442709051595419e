/**
 * The metamorphic rules (harness.ts) over sample scenario folders: each log removed in turn, an unrelated
 * computer's logs added, files split, reordered, newest first, every SIEM rendition, times shifted by a year, a
 * record-id range cut out. The fast tier makes every change of the fewest of `METAMORPHIC_FAST` that together hold
 * every event kind it holds (`everyEventKind`: the changes render every event again, by its kind); the others are
 * changed in samples-rest.test.ts and samples-siem-rest.test.ts (slow tier), so `npm test` makes every change of
 * every scenario.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { everyEventKind, folderOf } from '../helpers/dfir-renditions.js';
import { METAMORPHIC_FAST, SCENARIOS } from '../helpers/samples.js';
import { metamorphicSuite } from './suite.js';

/**
 * The fewest of `METAMORPHIC_FAST` that together hold every event kind it holds (a change writes each event again by
 * its kind's fields: a rendition by its kind's SIEM fields): three fifths of its events.
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
  KINDS.map((label) => ({ label, path: join(ROOT, label), read: () => folderOf(label) })),
);
