/**
 * The metamorphic rules (harness.ts) over sample scenario folders: each log removed in turn, an unrelated
 * computer's logs added, files split, reordered, newest first, every SIEM rendition, times shifted by a year, a
 * record-id range cut out. The fast tier renders in every SIEM rendition the fewest of `METAMORPHIC_FAST` that
 * together hold every event kind it holds (`everyEventKind`: a rendition writes each event by its kind's fields), and
 * makes the other changes (which move, drop, cut or retime whole logs and records) on the fewest of those that hold
 * every log they hold (`everyLogKind`); the others are changed in samples-rest.test.ts and samples-siem-rest.test.ts
 * (slow tier), so `npm test` makes every change of every scenario.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { baseRunOf, everyEventKind, everyLogKind, folderOf, logKinds } from '../helpers/dfir-renditions.js';
import { METAMORPHIC_FAST, SCENARIOS } from '../helpers/samples.js';
import { metamorphicSuite, SIEM_FAMILY } from './suite.js';

/**
 * The fewest of `METAMORPHIC_FAST` that together hold every event kind it holds (a change writes each event again by
 * its kind's fields: a rendition by its kind's SIEM fields): three fifths of its events.
 */
const KINDS = await everyEventKind();
/** The fewest of those that together hold every log they hold: a quarter of their files, a ninth of their events. */
const LOGS = await everyLogKind();

describe('the fast tier’s scenarios', () => {
  it('are scenarios (a renamed or removed one is said here, not skipped)', () => {
    const folders = SCENARIOS.map((s) => `samples/${s}`);
    expect(METAMORPHIC_FAST.filter((label) => !folders.includes(label))).toEqual([]);
  });
  it('those that change whole logs are some of those rendered, and hold every log those hold', async () => {
    expect(LOGS.length).toBeGreaterThan(1);
    expect(LOGS.length).toBeLessThan(KINDS.length);
    expect(LOGS.filter((label) => !KINDS.includes(label))).toEqual([]);
    const held = new Set((await Promise.all(LOGS.map(logKinds))).flatMap((k) => [...k]));
    expect((await Promise.all(KINDS.map(logKinds))).flatMap((k) => [...k].filter((x) => !held.has(x)))).toEqual([]);
  });
});

metamorphicSuite(
  'the logs changed, on a representative set of sample scenarios',
  KINDS.map((label) => ({ label, path: join(ROOT, label), read: () => folderOf(label), base: () => baseRunOf(label) })),
  (label, family) => family === SIEM_FAMILY || LOGS.includes(label),
);
