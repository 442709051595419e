/**
 * One line per kind of refusal (issue #61): a folder of many `.7z` archives said in one line on stderr, not one per
 * archive (3,000 of them: test/cli/refusals-many.test.ts). And every value given that a message echoes is echoed cut: a 120 KB id,
 * option, time, zone or path makes a line, not 120 KB of stderr.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';

/** The start of a 7-Zip archive (signature, version 0.4, then its start header). */
const SEVEN_ZIP = Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04, ...new Array(24).fill(0)]);

describe('refusals of one kind in a folder', () => {
  // No 7-Zip on the machine: each .7z is refused with what to do (test/ingest/seven-zip.test.ts).
  const path = process.env.PATH;
  beforeAll(() => {
    process.env.PATH = '';
  });
  afterAll(() => {
    process.env.PATH = path;
  });

  it('three alike are three lines; two kinds in one folder are a line each', async () => {
    const dir = tempDir();
    for (let i = 0; i < 3; i++) writeFileSync(join(dir, `a${i}.7z`), SEVEN_ZIP);
    const few = await rdpdiag(['analyze', dir]);
    expect(few.stderr.match(/^rdpdiag: error: .*a\d\.7z: a 7-Zip archive/gm)).toHaveLength(3);
    for (let i = 3; i < 6; i++) writeFileSync(join(dir, `a${i}.7z`), SEVEN_ZIP);
    // A .zip in a folder is refused for another reason (it is read given as a path of its own).
    const zips = join(dir, 'zips');
    mkdirSync(zips);
    for (let i = 0; i < 5; i++) writeFileSync(join(zips, `z${i}.zip`), Buffer.from('PK\u0005\u0006'.padEnd(22, '\0')));
    const two = await rdpdiag(['analyze', dir]);
    const lines = two.stderr.split('\n').filter((l) => l.startsWith('rdpdiag: error:'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^rdpdiag: error: 6 \.7z archives refused: a 7-Zip archive/);
    expect(lines[1]).toMatch(/^rdpdiag: error: 5 \.zip archives refused: /);
    expect(two.code).toBe(2);
  });
});

describe('a value given, echoed by an error', () => {
  const long = 'x'.repeat(120_000);
  const sample = 'samples/auth-bad-credentials';
  for (const [what, args, said] of [
    ['a pattern id', ['patterns', long], /no pattern "x{60}… \(120,000 characters\)"/],
    ['an attempt id', ['analyze', sample, '--attempt', long], /no attempt x{60}… \(120,000 characters\) in these logs/],
    ['a time', ['analyze', sample, '--since', long], /cannot read the time "x{60}… \(120,000 characters\)"/],
    ['a time zone', ['timeline', sample, '--tz', long], /unknown time zone "x{60}… \(120,000 characters\)"/],
    ['a command', [long], /unknown command 'x{59}… \(120,002 characters\)/],
    ['an option', ['analyze', sample, `--${long}`], /unknown option '--x{57}… \(120,004 characters\)/],
    ['a path', ['analyze', long], /^rdpdiag: error: x{60}… \(120,001 characters\) no such file or folder/],
    ['a format', ['analyze', sample, '--format', long], /unknown --format "x{60}… \(120,000 characters\)"/],
  ] as const)
    it(`cut: ${what}`, async () => {
      const r = await rdpdiag([...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(said);
      expect(r.stderr.length).toBeLessThan(400);
    });
});
