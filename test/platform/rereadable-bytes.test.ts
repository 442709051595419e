// How large the inputs of `analyze` are, when they can be read twice (the per-computer passes' fallback reads
// them again): folders walked, compressed files counted larger, stdin and pipes never.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rereadableBytes } from '../../src/platform/node/files.js';

describe('rereadableBytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-rereadable-'));
  mkdirSync(join(dir, 'fleet'));
  writeFileSync(join(dir, 'fleet', 'a.ndjson'), 'x'.repeat(1000));
  writeFileSync(join(dir, 'fleet', 'b.ndjson.gz'), 'y'.repeat(100));
  writeFileSync(join(dir, 'one.xml'), 'z'.repeat(10));

  it('sums the files named and found in folders, a compressed one as eight times its size', async () => {
    expect(await rereadableBytes([join(dir, 'fleet'), join(dir, 'one.xml')])).toBe(1000 + 800 + 10);
  });

  it('says nothing for standard input or a device, which cannot be read twice', async () => {
    expect(await rereadableBytes(['-', join(dir, 'one.xml')])).toBeUndefined();
    if (process.platform !== 'win32') expect(await rereadableBytes(['/dev/null'])).toBeUndefined();
  });
});
