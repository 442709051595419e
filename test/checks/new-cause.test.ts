/**
 * `npm run new-cause <id>` (scripts/new-cause.mjs), run into a temporary copy of what it changes: it writes the
 * pattern, the sample folder and the index line, refuses a bad or taken id, and what it writes does not pass
 * the pattern contract until every placeholder is filled in.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Pattern } from '../../patterns/types.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import { unfilledParts } from '../helpers/pattern-contract.js';
import { eventsFromXml } from '../helpers/pipeline.js';
import { skipOnWine } from '../helpers/wine.js';

const ID = 'rd-web-denied';
let root = '';

function newCause(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'new-cause.mjs'), ...args, '--root', root], {
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  root = tempDir();
  mkdirSync(join(root, 'patterns'));
  mkdirSync(join(root, 'samples', 'patterns'), { recursive: true });
  // The index it edits, and the clause builders the new pattern imports.
  for (const file of ['index.ts', 'clauses.ts'])
    copyFileSync(join(ROOT, 'patterns', file), join(root, 'patterns', file));
});

describe('npm run new-cause', () => {
  it('writes the pattern, its sample folder and the index line', () => {
    const r = newCause(ID);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`wrote ${join('patterns', `${ID}.ts`)}`);
    expect(r.stdout).toContain(`wrote ${join('samples', 'patterns', ID, 'sample.xml')}`);
    expect(r.stdout).toContain(`wrote ${join('samples', 'patterns', ID, 'expected.json')}`);
    const index = readFileSync(join(root, 'patterns', 'index.ts'), 'utf8');
    const before = readFileSync(join(ROOT, 'patterns', 'index.ts'), 'utf8');
    // One import and one line in PATTERNS, nothing else changed.
    const added = index.split('\n').filter((l) => !before.split('\n').includes(l));
    expect(added).toEqual([`import { rdWebDenied } from './${ID}.js';`, '  rdWebDenied,']);
    expect(index).toMatch(/ {2}rdWebDenied,\n\] as const satisfies readonly Pattern\[\];/);
    const parsed = ts.createSourceFile('index.ts', index, ts.ScriptTarget.ES2022, true);
    expect((parsed as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
  });

  skipOnWine(
    "biome's Windows binary (@biomejs/cli-win32-x64) is not installed by `npm ci --os=win32` in the Wine copy",
  ).it('writes the pattern and the index as the formatter (biome) wants them', () => {
    for (const file of [`patterns/${ID}.ts`, 'patterns/index.ts']) {
      const text = readFileSync(join(root, file), 'utf8');
      // Biome's own launcher, run by Node (no shell, so the same on Windows).
      const formatted = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules', '@biomejs', 'biome', 'bin', 'biome'), 'format', `--stdin-file-path=${file}`],
        { cwd: ROOT, input: text, encoding: 'utf8' },
      );
      expect(formatted.status, formatted.stderr).toBe(0);
      expect(formatted.stdout, file).toBe(text);
    }
  });

  it('what it writes is rejected by the pattern contract until filled in', async () => {
    const { rdWebDenied } = (await import(pathToFileURL(join(root, 'patterns', `${ID}.ts`)).href)) as {
      rdWebDenied: Pattern;
    };
    expect(rdWebDenied.id).toBe(ID);
    expect(rdWebDenied.sample.file).toBe(`samples/patterns/${ID}/sample.xml`);
    const expected = JSON.parse(readFileSync(join(root, 'samples', 'patterns', ID, 'expected.json'), 'utf8'));
    const unfilled = unfilledParts(rdWebDenied, expected);
    for (const part of [
      'title',
      'summary',
      'phase',
      'references[0]',
      'falsePositives[0]',
      'explanation[0]',
      'remediation[0]',
      'sample.description',
      'expected.json.explanationMentions[0]',
      'expected.json.nearMiss.sample',
    ])
      expect(unfilled, part).toContain(`${part}: left to fill`);
    expect(unfilled.some((u) => u.startsWith('phase: TODO(new-cause) is not one of'))).toBe(true);
    expect(unfilled.some((u) => u.startsWith('references: TODO(new-cause)'))).toBe(true);
    // The sample holds no event yet: the sample test ("has a sample export … that parses") fails on it.
    expect(eventsFromXml(readFileSync(join(root, 'samples', 'patterns', ID, 'sample.xml'), 'utf8'))).toEqual([]);
  });

  it('a filled-in pattern passes the same contract', async () => {
    const { gatewayDenied } = await import('../../patterns/gateway-denied.js');
    const expected = JSON.parse(
      readFileSync(join(ROOT, 'samples', 'patterns', gatewayDenied.id, 'expected.json'), 'utf8'),
    );
    expect(unfilledParts(gatewayDenied, expected)).toEqual([]);
  });

  it('refuses a taken id and a malformed one, exit 2, writing nothing', () => {
    const index = readFileSync(join(root, 'patterns', 'index.ts'), 'utf8');
    const again = newCause(ID);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`cause ${ID} exists already`);
    const bad = newCause('Bad_Id');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"Bad_Id" is not a cause id');
    expect(readFileSync(join(root, 'patterns', 'index.ts'), 'utf8')).toBe(index);
  });
});
