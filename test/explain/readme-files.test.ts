import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** The paste reader's map names every file of its folder, so a new table cannot be left out of it. */
describe('src/explain/README.md', () => {
  const dir = join(ROOT, 'src', 'explain');
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  const named = new Set([...readme.matchAll(/`([\w.-]+\.ts)`/g)].map((m) => m[1]));
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith('.ts')),
    ...readdirSync(join(dir, 'tables'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => basename(f)),
  ];

  it.each(files)('names %s', (file) => {
    expect(named.has(file), `${file} is not named in src/explain/README.md's Files tables`).toBe(true);
  });

  it('names no file that is not there', () => {
    const known = new Set([...files, 'code-causes.ts', 'explain-code.ts']);
    expect([...named].filter((f) => !known.has(f) && !f.endsWith('.test.ts'))).toEqual([]);
  });
});
