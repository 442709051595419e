/**
 * `.7z` (issue 53): recognised by its signature whatever its name, given or found in a folder; on a machine without
 * a 7-Zip (PATH emptied here) refused with what to do, the logs beside it read all the same. Read through a 7-Zip:
 * test/ingest/seven-zip-tool.test.ts.
 */
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSevenZipHeader } from '../../src/ingest/seven-zip.js';
import { rdpdiag } from '../helpers/cli.js';
import { SEVEN_ZIP, withoutSevenZip } from '../helpers/seven-zip.js';
import { tempDir, writeTemp } from '../helpers/collect.js';

/** A folder holding a .7z beside the XML logs of `sample`. */
function sevenZipBeside(sample: string): string {
  const dir = tempDir();
  writeTemp(dir, 'evidence.7z', SEVEN_ZIP);
  for (const name of readdirSync(sample).filter((n) => n.endsWith('.xml')))
    copyFileSync(join(sample, name), join(dir, name));
  return dir;
}

describe('.7z archives, without a 7-Zip on the machine', () => {
  withoutSevenZip();

  it('are recognised by their signature', () => {
    expect(isSevenZipHeader(SEVEN_ZIP)).toBe(true);
    expect(isSevenZipHeader(SEVEN_ZIP.subarray(0, 5))).toBe(false);
    expect(isSevenZipHeader(Buffer.from('PK\u0003\u0004'))).toBe(false);
  });

  it('given directly: refused, saying what it is and how to extract it', async () => {
    const dir = tempDir();
    const file = writeTemp(dir, 'BelkasoftCTF.7z', SEVEN_ZIP);
    const r = await rdpdiag(['analyze', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: a 7-Zip archive (.7z)`);
    expect(r.stderr).toMatch(/7z x <file>\.7z -ologs/);
    expect(r.stderr).toMatch(/tar -xf <file>\.7z/);
    expect(r.stderr).not.toMatch(/unknown format/);
  });

  it('found in a folder: named and refused, the logs beside it read', async () => {
    const dir = sevenZipBeside('samples/01-nat-shared-address');
    const r = await rdpdiag(['analyze', dir, '--format', 'json']);
    expect(r.stderr).toContain(`${join(dir, 'evidence.7z')}: a 7-Zip archive (.7z)`);
    expect(r.stderr).not.toMatch(/passed over/);
    expect(JSON.parse(r.stdout).attempts.length).toBeGreaterThan(0);
  });

  it('beside logs with failures: exit 1 (findings outrank the unreadable input), the error still said', async () => {
    const dir = sevenZipBeside('samples/patterns/auth-logon-right');
    const r = await rdpdiag(['analyze', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'evidence.7z')}: a 7-Zip archive (.7z)`);
    expect(r.stderr).toMatch(/extract it first/);
    // Nothing failed in what was read: the unreadable input decides (2), not "clean" (0).
    const clean = sevenZipBeside('samples/patterns/healthy-session');
    expect((await rdpdiag(['analyze', clean])).code).toBe(2);
    expect((await rdpdiag(['analyze', dir, '--exit-zero'])).code).toBe(2);
  });
});
