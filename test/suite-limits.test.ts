/** The suite's own rule: a time limit per tier, set in vitest.config.ts and sized for a busy machine. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

describe('test suite', () => {
  it("no test sets a time limit shorter than its tier's", () => {
    const config = readFileSync(join(ROOT, 'vitest.config.ts'), 'utf8');
    const slowBudget = Number(/testTimeout: ([\d_]+)/.exec(config)?.[1]?.replace(/_/g, ''));
    const fastBudget = Number(/FAST_TEST_BUDGET_MS = ([\d_]+)/.exec(config)?.[1]?.replace(/_/g, ''));
    expect(slowBudget).toBeGreaterThanOrEqual(300_000);
    // A hang in the edit loop costs at most a minute; still 20x its slowest test on a quiet machine.
    expect(fastBudget).toBeGreaterThanOrEqual(60_000);
    expect(fastBudget).toBeLessThanOrEqual(60_000);
    const configured = Math.min(slowBudget, fastBudget);
    const shorter: string[] = [];
    for (const file of testFiles(join(ROOT, 'test'))) {
      const text = readFileSync(file, 'utf8');
      // A limit given to it()/describe(): `{ timeout: N }` or a trailing number argument `}, N);` / `},\n N,\n);`.
      for (const m of text.matchAll(/(?:timeout: |\},\s*)([\d_]{4,})(?=\s*[,)}])/g)) {
        const ms = Number(m[1].replace(/_/g, ''));
        if (ms < configured) shorter.push(`${relative(ROOT, file)}: ${m[1]}`);
      }
    }
    expect(shorter).toEqual([]);
  });
});
