/**
 * The two tiers (vitest.config.ts projects): `npm run test:fast` runs the `fast` project, `npm test` both; every
 * test file under test/ is in exactly one of them, as vitest itself resolves the projects' globs. The fast tier's
 * parts (`npm run test:<part>`, path filters on the `fast` project) hold each of its files once.
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

const SCRIPTS: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;

/** The fast tier's parts: each `test:<part>` script that runs the `fast` project, with its path filters. */
const PARTS = Object.entries(SCRIPTS).flatMap(([name, script]) => {
  const run = /^vitest run --project=fast (.+)$/.exec(script);
  return name.startsWith('test:') && run ? [{ part: name, filters: run[1]!.split(' ') }] : [];
});

/**
 * Each project's test files, relative to the repository, by vitest's own resolution of the config; and each
 * part's, as vitest filters the `fast` project by the part's paths. Resolved once for the file's tests.
 */
let resolved: Promise<{ tiers: Map<string, string[]>; parts: Map<string, string[]> }> | undefined;
const filesByTier = () => {
  resolved ??= resolveTiers();
  return resolved;
};
async function resolveTiers(): Promise<{ tiers: Map<string, string[]>; parts: Map<string, string[]> }> {
  const vitest = await createVitest('test', { watch: false, root: ROOT, config: join(ROOT, 'vitest.config.ts') });
  const relativeSorted = (files: string[]) => files.map((f) => relative(ROOT, f).replaceAll('\\', '/')).sort();
  try {
    const tiers = new Map<string, string[]>();
    const parts = new Map<string, string[]>();
    for (const project of vitest.projects) {
      tiers.set(project.name, relativeSorted((await project.globTestFiles()).testFiles));
      if (project.name !== 'fast') continue;
      for (const { part, filters } of PARTS)
        parts.set(part, relativeSorted((await project.globTestFiles(filters)).testFiles));
    }
    return { tiers, parts };
  } finally {
    await vitest.close();
  }
}

describe('test tiers', () => {
  it('every test file is in exactly one tier, and each tier holds some', async () => {
    const { tiers } = await filesByTier();
    expect([...tiers.keys()].sort()).toEqual(['fast', 'slow']);
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

  it('the fast tier’s parts hold each of its files once, and each part some', async () => {
    const { tiers, parts } = await filesByTier();
    expect(PARTS.map((p) => p.part).sort()).toEqual(['test:causes', 'test:explain', 'test:parsers', 'test:report']);
    const partsOf = new Map<string, string[]>();
    for (const [part, files] of parts) {
      expect(files.length, part).toBeGreaterThan(0);
      for (const file of files) partsOf.set(file, [...(partsOf.get(file) ?? []), part]);
    }
    const fast = tiers.get('fast') ?? [];
    expect(fast.map((file) => ({ file, parts: partsOf.get(file) ?? [] })).filter((f) => f.parts.length !== 1)).toEqual(
      [],
    );
    expect([...partsOf.keys()].filter((f) => !fast.includes(f))).toEqual([]);
  });

  it('`npm run test:fast` runs the fast tier on the sources, with no build, and `npm test` builds and runs every tier', () => {
    expect(SCRIPTS['test:fast']).toBe('vitest run --project=fast');
    expect(SCRIPTS.test).toMatch(/^node scripts\/build\.mjs && .*vitest run$/);
  });

  it('no fast file runs the built program (bin/rdpdiag, dist/): `npm run test:fast` builds nothing', async () => {
    const { tiers } = await filesByTier();
    const BUILT =
      /\b(?:spawnRdpdiag|startRdpdiag)\(|['"]bin['"],\s*['"]rdpdiag['"]|\bbin\/rdpdiag\b|['"]dist['"]|\bdist\//;
    const runsBuilt = (file: string) => BUILT.test(readFileSync(join(ROOT, file), 'utf8'));
    // This file names what it looks for.
    const fast = (tiers.get('fast') ?? []).filter((f) => f !== 'test/suite-tiers.test.ts');
    expect(fast.filter(runsBuilt)).toEqual([]);
    // The pattern finds what it looks for: the slow tier's process tests run the built program.
    expect(tiers.get('slow')).toContain('test/cli/real-program.test.ts');
    expect(runsBuilt('test/cli/real-program.test.ts')).toBe(true);
    expect(runsBuilt('test/platform/json-split.test.ts')).toBe(true);
  });
});
