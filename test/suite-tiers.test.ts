/**
 * The two tiers (vitest.config.ts projects): `npm run test:fast` runs the `fast` project, `npm test` both; every
 * test file under test/ is in exactly one of them, as vitest itself resolves the projects' globs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVitest } from 'vitest/node';
import { ROOT } from './helpers/cli.js';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

/** Each project's test files, relative to the repository, by vitest's own resolution of the config. */
async function filesByTier(): Promise<Map<string, string[]>> {
  const vitest = await createVitest('test', { watch: false, root: ROOT, config: join(ROOT, 'vitest.config.ts') });
  try {
    const tiers = new Map<string, string[]>();
    for (const project of vitest.projects) {
      const { testFiles } = await project.globTestFiles();
      tiers.set(project.name, testFiles.map((f) => relative(ROOT, f)).sort());
    }
    return tiers;
  } finally {
    await vitest.close();
  }
}

describe('test tiers', () => {
  it('every test file is in exactly one tier, and each tier holds some', async () => {
    const tiers = await filesByTier();
    expect([...tiers.keys()].sort()).toEqual(['fast:causes', 'fast:explain', 'fast:parsers', 'fast:report', 'slow']);
    const tierOf = new Map<string, string[]>();
    for (const [tier, files] of tiers) {
      expect(files.length, `${tier} tier`).toBeGreaterThan(0);
      for (const file of files) tierOf.set(file, [...(tierOf.get(file) ?? []), tier]);
    }
    const misplaced = testFiles(join(ROOT, 'test'))
      .map((f) => relative(ROOT, f))
      .map((file) => ({ file, tiers: tierOf.get(file) ?? [] }))
      .filter((f) => f.tiers.length !== 1);
    expect(misplaced).toEqual([]);
    // Nothing outside test/ is picked up either.
    expect([...tierOf.keys()].filter((f) => !f.startsWith('test/'))).toEqual([]);
  });

  it('`npm run test:fast` runs the fast tier and `npm test` every tier', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts['test:fast']).toMatch(/(?:^|&& )vitest run --project=fast:\*$/);
    expect(scripts.test).toMatch(/(?:^|&& )vitest run$/);
  });
});
