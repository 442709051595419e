/**
 * A folder of 3,000 `.7z` archives beside a log (issue #61): one line on stderr names the reason and the first few,
 * not 3,000 lines, and one row in the HTML and Markdown reports; the JSON report keeps each input's error; the log
 * beside them is read.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rdpdiag, ROOT } from '../helpers/cli.js';
import { SEVEN_ZIP, withoutSevenZip } from '../helpers/seven-zip.js';
import { tempDir } from '../helpers/collect.js';

const SECURITY = join(ROOT, 'samples/auth-bad-credentials/Security.xml');

interface Report {
  inputs: { path: string; records: number; error?: { message: string } }[];
  attempts: unknown[];
}

describe('refusals of one kind in a folder', () => {
  // No 7-Zip on the machine: each .7z is refused with what to do (test/ingest/seven-zip.test.ts).
  withoutSevenZip();

  it('3,000 .7z archives: one line naming the reason and the first few; the JSON keeps each', async () => {
    const dir = tempDir();
    for (let i = 0; i < 3000; i++) writeFileSync(join(dir, `evidence-${String(i).padStart(4, '0')}.7z`), SEVEN_ZIP);
    copyFileSync(SECURITY, join(dir, 'Security.xml'));
    const r = await rdpdiag(['analyze', dir, '--format', 'json']);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('rdpdiag: error:'));
    expect(errors).toEqual([
      `rdpdiag: error: 3,000 .7z archives refused: a 7-Zip archive (.7z): rdpdiag does not read inside .7z files; extract it first, then give rdpdiag the folder: \`7z x <file>.7z -ologs\` (7-Zip, p7zip) or \`tar -xf <file>.7z -C logs\` (the bsdtar of macOS and Windows 10 and later; libarchive-tools on Linux); first: ${join(dir, 'evidence-0000.7z')}, ${join(dir, 'evidence-0001.7z')}, ${join(dir, 'evidence-0002.7z')}, … (each in --format json)`,
    ]);
    expect(r.stderr.length).toBeLessThan(2000);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.inputs.filter((i) => i.error?.message.startsWith('a 7-Zip archive (.7z)'))).toHaveLength(3000);
    expect(report.inputs.find((i) => i.path.endsWith('Security.xml'))?.records).toBe(5);
    expect(report.attempts.length).toBeGreaterThan(0);
    expect(r.code).toBe(1);

    // The HTML and Markdown reports as stderr: one row for the 3,000, its count and first path, the log's beside it.
    for (const format of ['markdown', 'html']) {
      const out = await rdpdiag(['analyze', dir, '--format', format]);
      expect(out.code).toBe(1);
      const rows = out.stdout.split(/\n|<tr>/).filter((l) => l.includes('.7z'));
      expect(rows, format).toEqual([expect.stringContaining('evidence-0000.7z and 2,999 more')]);
      expect(rows[0]).toContain('3,000 .7z archives refused: a 7-Zip archive (.7z)');
      expect(rows[0]).toContain('(each in the JSON report)');
      expect(out.stdout).toMatch(
        format === 'html' ? /<td[^>]*>Security\.xml<\/td>/ : /\| Security\.xml \| xml-events \| 5 \|/,
      );
    }
  });
});
