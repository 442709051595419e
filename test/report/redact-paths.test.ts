/**
 * `--redact` leaves no trace of the case in paths either (issue #26): the input folder, file names and
 * archive entry names no event contains, values quoted in warnings, in every format and on stderr; and
 * `timeline` and `dump` redact too. The case is built here.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { buildZip } from '../helpers/zip-bombs.js';

const SECURITY = readFileSync(join(ROOT, 'samples/auth-bad-credentials/Security.xml'));
/** What the case's paths say and no output may: the customer, the user's laptop, a refused entry. */
const SECRETS = ['acme-corp', 'jdoe-laptop', 'evil-jdoe', 'RDSH01', 'corp.example.test'];

function caseZip(): string {
  const dir = join(tempDir(), 'acme-corp-case');
  mkdirSync(dir);
  return writeTemp(
    dir,
    'jdoe-laptop-logs.zip',
    buildZip([
      { name: 'jdoe-laptop/Security.xml', data: SECURITY },
      { name: '../evil-jdoe.xml', data: SECURITY },
    ]),
  );
}

const leaks = (text: string, more: string[] = []) =>
  [...SECRETS, ...more].filter((s) => text.toLowerCase().includes(s.toLowerCase()));

describe('--redact hides paths, entry names and quoted values', () => {
  const zip = caseZip();
  const runs: [string, string[]][] = [
    ['analyze json', ['analyze', zip, '--redact', '--format', 'json']],
    ['analyze markdown', ['analyze', zip, '--redact', '--format', 'markdown']],
    ['analyze table', ['analyze', zip, '--redact', '--details']],
    ['analyze html', ['analyze', zip, '--redact', '--format', 'html']],
    ['analyze csv', ['analyze', zip, '--redact', '--format', 'csv']],
    ['analyze ecs', ['analyze', zip, '--redact', '--format', 'ecs']],
    ['analyze splunk-hec', ['analyze', zip, '--redact', '--format', 'splunk-hec']],
    ['analyze summary', ['analyze', zip, '--redact', '--summary']],
    ['analyze explain', ['analyze', zip, '--redact', '--explain', 'A001']],
    ['timeline table', ['timeline', zip, '--redact']],
    ['timeline jsonl', ['timeline', zip, '--redact', '--format', 'jsonl']],
    ['timeline csv', ['timeline', zip, '--redact', '--format', 'csv']],
    ['dump jsonl', ['dump', zip, '--redact']],
    ['dump xml', ['dump', zip, '--redact', '--format', 'xml']],
  ];
  for (const [name, args] of runs) {
    it(name, async () => {
      const r = await rdpdiag(args);
      expect(r.code).toBeLessThan(2);
      expect(r.stdout.length).toBeGreaterThan(100);
      // Nor the absolute folder above the case (the temporary folder, a user's home on a real machine).
      const above = [dirname(dirname(zip)), dirname(dirname(zip)).replace(/\\/g, '/')];
      expect(leaks(r.stdout, above)).toEqual([]);
      expect(leaks(r.stderr, above)).toEqual([]);
      // The refused entry is still said, its name hidden.
      if (!name.startsWith('analyze')) expect(r.stderr).toMatch(/skipped: a path leaving the archive/);
    });
  }

  it('the same names get the same pseudonyms, and the kind of file is kept', async () => {
    const r = await rdpdiag(['analyze', zip, '--redact', '--format', 'json']);
    const paths = JSON.parse(r.stdout).inputs.map((i: { path: string }) => i.path);
    expect(paths.length).toBeGreaterThan(0);
    // With the platform's separators (a zip's entries too, README "Inputs"); on Windows the drive stays.
    for (const p of paths)
      expect(p).toMatch(/^([A-Za-z]:)?([\\/]folder-\d+)+[\\/]file-\d+\.zip([\\/](folder|file)-\d+(\.xml)?)*$/);
  });
});
