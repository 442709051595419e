import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** The map stays a map: short enough to read, every cell a line, every link to a folder's README alive. */
describe('docs/ARCHITECTURE.md', () => {
  const text = readFileSync(join(ROOT, 'docs', 'ARCHITECTURE.md'), 'utf8');

  it('is at most 2,000 words, with no table cell over 600 characters', () => {
    expect(text.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(2000);
    const cells = text
      .split('\n')
      .filter((l) => l.startsWith('|'))
      .flatMap((l) => l.split(/(?<!\\)\|/).map((c) => c.trim()));
    expect(cells.filter((c) => c.length > 600)).toEqual([]);
  });

  it('links only to files that exist', () => {
    const links = [...text.matchAll(/\]\((\.\.\/[^)#]+|[A-Za-z][^):#]*)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(10);
    const dead = links.filter((l) => !existsSync(join(ROOT, 'docs', l)));
    expect(dead).toEqual([]);
  });
});

describe('folder READMEs', () => {
  it.each(['src/cli', 'src/diagnose', 'src/diagnose/attacks', 'src/explain', 'src/report', 'parsers/siem', 'patterns'])(
    'each links back to the map: %s',
    (folder) => {
      const readme = readFileSync(join(ROOT, folder, 'README.md'), 'utf8');
      const link = readme.match(/\]\(([^)]*ARCHITECTURE\.md)\)/)?.[1];
      expect(link, folder).toBeDefined();
      expect(existsSync(join(ROOT, folder, link!)), folder).toBe(true);
    },
  );
});
