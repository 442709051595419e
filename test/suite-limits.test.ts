/** The suite's own rule: one time limit for every test, set in vitest.config.ts and sized for a busy machine. */
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
  it('no test sets a time limit shorter than the configured one', () => {
    const config = readFileSync(join(ROOT, 'vitest.config.ts'), 'utf8');
    const configured = Number(/testTimeout: ([\d_]+)/.exec(config)?.[1]?.replace(/_/g, ''));
    expect(configured).toBeGreaterThanOrEqual(300_000);
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
