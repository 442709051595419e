/**
 * docs/CAUSES.md is the causes table generated from the patterns (patterns/catalogue.ts): adding a cause
 * without regenerating it fails here. `UPDATE_GOLDEN=1` rewrites it, as for the golden reports.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { causesMarkdown } from '../../patterns/catalogue.js';
import { CAUSE_IDS } from '../../patterns/index.js';
import { ROOT } from '../helpers/cli.js';

const DOC = join(ROOT, 'docs', 'CAUSES.md');

describe('docs/CAUSES.md', () => {
  it('is the table the patterns give', () => {
    const current = causesMarkdown();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(DOC, current);
    expect(readFileSync(DOC, 'utf8')).toBe(current);
  });

  it('lists every cause id once, and nothing else', () => {
    const listed = [...causesMarkdown().matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual([...CAUSE_IDS]);
  });
});
