import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rdpdiag, ROOT } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';

/** A case folder as people send them: the logs, and notes or spreadsheets that are not logs at all. */
function caseFolder(): string {
  const dir = tempDir();
  copyFileSync(join(ROOT, 'samples/patterns/auth-bad-credentials/sample.xml'), join(dir, 'Security.xml'));
  writeTemp(dir, 'notes.json', JSON.stringify({ ticket: 1234, customer: 'Contoso', steps: ['exported'] }));
  writeTemp(dir, 'inventory.csv', 'host,owner\nRDSH01,ops\n');
  return dir;
}

describe('files found in a folder are read only when their content is a log', () => {
  it('passes over a non-log JSON or CSV with one line naming them; the logs are analysed and no input error is reported', async () => {
    const dir = caseFolder();
    const alone = await rdpdiag(['analyze', join(dir, 'Security.xml'), '--format', 'json']);
    const r = await rdpdiag(['analyze', dir, '--format', 'json']);
    expect(r.code).toBe(alone.code);
    expect(r.code).not.toBe(2);
    expect(r.stderr).toMatch(
      /passed over 2 file\(s\) found in the folders given that are not logs: .*inventory\.csv, .*notes\.json/,
    );
    expect(r.stderr).not.toMatch(/error/);
    // Not inputs of the report: no row, no warning, no error for them.
    expect(r.stdout).not.toMatch(/notes\.json|inventory\.csv/);
    const attempts = (out: string) => (JSON.parse(out) as { attempts: unknown[] }).attempts.length;
    expect(attempts(r.stdout)).toBe(attempts(alone.stdout));
    expect(attempts(r.stdout)).toBeGreaterThan(0);
    const redacted = await rdpdiag(['analyze', dir, '--redact', '--format', 'json']);
    expect(redacted.stderr).toMatch(/passed over 2 file\(s\) found in the folders given that are not logs\n/);
    expect(redacted.stderr).not.toMatch(/notes|inventory/);
  });

  it('still refuses a non-log file the user named: one line, exit 2', async () => {
    const dir = caseFolder();
    const r = await rdpdiag(['analyze', join(dir, 'notes.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/rdpdiag: error: .*notes\.json/);
  });
});
