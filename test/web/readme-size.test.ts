/**
 * The README states the page's size ("N KiB, M KiB gzipped"): it stays true of the page `npm run build`
 * writes (within 3 %, so a small change does not make every commit edit the README).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const PAGE = join(ROOT, 'dist', 'web', 'rdpdiag.html');

describe('the page size stated in the README', () => {
  it.skipIf(!existsSync(PAGE))('is the size of the page the build writes', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const stated = /one self-contained HTML file \((\d+) KiB, (\d+) KiB gzipped/.exec(readme);
    expect(stated, 'README: "one self-contained HTML file (N KiB, M KiB gzipped"').not.toBeNull();
    const page = readFileSync(PAGE);
    const kib = page.length / 1024;
    const gzipKib = gzipSync(page).length / 1024;
    const near = (actual: number, said: number) => Math.abs(actual - said) <= Math.max(1, actual * 0.03);
    expect(near(kib, Number(stated![1])), `page is ${kib.toFixed(0)} KiB, README says ${stated![1]}`).toBe(true);
    expect(near(gzipKib, Number(stated![2])), `gzipped ${gzipKib.toFixed(0)} KiB, README says ${stated![2]}`).toBe(
      true,
    );
  });
});
