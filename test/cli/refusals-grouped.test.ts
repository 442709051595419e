/**
 * One line per kind of refusal (issue #61): a folder of many `.7z` archives said in one line on stderr, not one per
 * archive (3,000 of them: test/cli/refusals-many.test.ts). And every value given that a message echoes is echoed cut: a 120 KB id,
 * option, time, zone or path makes a line, not 120 KB of stderr.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rdpdiag, ROOT } from '../helpers/cli.js';
import { SEVEN_ZIP, withoutSevenZip } from '../helpers/seven-zip.js';
import { tempDir } from '../helpers/collect.js';

describe('refusals of one kind in a folder', () => {
  // No 7-Zip on the machine: each .7z is refused with what to do (test/ingest/seven-zip.test.ts).
  withoutSevenZip();

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

  // The HTML and Markdown reports list them as stderr does: one row for the kind, its count and its first path (the
  // JSON keeps each); a kind of fewer is a row each, and the log beside them keeps its row.
  it('the HTML and Markdown reports give them one row, its count and first path; the JSON keeps each', async () => {
    const dir = tempDir();
    for (let i = 0; i < 7; i++) writeFileSync(join(dir, `e${i}.7z`), SEVEN_ZIP);
    const few = join(dir, 'few');
    mkdirSync(few);
    for (let i = 0; i < 2; i++) writeFileSync(join(few, `z${i}.zip`), Buffer.from('PK\u0005\u0006'.padEnd(22, '\0')));
    copyFileSync(join(ROOT, 'samples/auth-bad-credentials/Security.xml'), join(dir, 'Security.xml'));
    const md = await rdpdiag(['analyze', dir, '--format', 'markdown']);
    const inputs = md.stdout.slice(md.stdout.indexOf('## Inputs'));
    const rows = inputs.slice(0, inputs.indexOf('\n\n', 12)).split('\n').slice(4);
    expect(rows).toHaveLength(4);
    expect(rows.filter((r) => r.includes('.7z'))).toEqual([
      expect.stringMatching(
        /^\| e0\.7z and 6 more \| \w+ \| 0 \| error: 7 \.7z archives refused: .* \(each in the JSON report\) \|$/,
      ),
    ]);
    expect(rows.filter((r) => /z\d\.zip/.test(r))).toHaveLength(2);
    expect(rows.some((r) => r.startsWith('| Security.xml | xml-events | 5 |'))).toBe(true);

    const html = await rdpdiag(['analyze', dir, '--format', 'html']);
    const table = html.stdout.slice(html.stdout.indexOf('<table id="inputs"'));
    const cells = [...table.slice(0, table.indexOf('</table>')).matchAll(/<tr><td[^>]*>([^<]*)<\/td>/g)].map(
      (c) => c[1],
    );
    expect(cells).toHaveLength(4);
    expect(cells.filter((c) => c.includes('.7z'))).toEqual(['e0.7z and 6 more']);
    expect(table).toMatch(/<td>7 \.7z archives refused: [^<]* \(each in the JSON report\)<\/td>/);

    const json = await rdpdiag(['analyze', dir, '--format', 'json']);
    const report = JSON.parse(json.stdout) as { inputs: { path: string; error?: unknown }[] };
    expect(report.inputs.filter((i) => i.path.endsWith('.7z') && i.error)).toHaveLength(7);
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
