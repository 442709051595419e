/**
 * Outputs never destroy evidence: `-o` naming an input (directly, through a link, or a file of a folder
 * read) is refused before anything is written and the log is left byte for byte; a report is written beside
 * its target and renamed, so no temporary file is left; a full disk is one line and exit 2, on `-o` and on
 * standard output alike.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { skipOnWine, WINE_NO_SYMLINKS } from '../helpers/wine.js';

const SAMPLE = readFileSync(join(ROOT, 'samples/auth-bad-credentials/Security.xml'));

function caseFolder(): { dir: string; log: string } {
  const dir = tempDir();
  return { dir, log: writeTemp(dir, 'Security.xml', SAMPLE) };
}

describe('an output that is an input is refused, the log untouched', () => {
  const runs: [string, (log: string, out: string) => string[]][] = [
    ['dump', (log, out) => ['dump', log, '-o', out]],
    ['analyze', (log, out) => ['analyze', log, '-o', out]],
    ['timeline', (log, out) => ['timeline', log, '-o', out]],
  ];
  for (const [name, args] of runs) {
    it(`${name} X -o X`, async () => {
      const { log } = caseFolder();
      const r = await rdpdiag(args(log, log));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is the input/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(readFileSync(log)).toEqual(SAMPLE);
    });
  }

  skipOnWine(WINE_NO_SYMLINKS).it('through a symbolic link', async () => {
    const { log } = caseFolder();
    const link = join(tempDir(), 'link.xml');
    symlinkSync(log, link);
    const viaLink = await rdpdiag(['analyze', log, '-o', link, '--format', 'json']);
    expect(viaLink.code).toBe(2);
    expect(readFileSync(log)).toEqual(SAMPLE);
  });

  it('a file of a folder read', async () => {
    const { dir, log } = caseFolder();
    const inFolder = await rdpdiag(['analyze', dir, '-o', join(dir, 'Security.xml'), '--format', 'json']);
    expect(inFolder.code).toBe(2);
    expect(readFileSync(log)).toEqual(SAMPLE);
  });

  it('another file is written whole, through a temporary file renamed over it', async () => {
    const { dir, log } = caseFolder();
    const out = writeTemp(dir, 'report.json', 'old report');
    const r = await rdpdiag(['analyze', log, '-o', out]);
    expect(r.code).toBeLessThan(2);
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['Security.xml', 'report.json']);
  });
});

describe.skipIf(!existsSync('/dev/full'))('a full disk', () => {
  it('-o /dev/full: one line, exit 2', async () => {
    const { log } = caseFolder();
    const r = await rdpdiag(['timeline', log, '-o', '/dev/full']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^rdpdiag: error: cannot write \/dev\/full: no space left on the device\n$/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('standard output on a full disk: one line, exit 2, no stack trace', () => {
    const { log } = caseFolder();
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [
        ['analyze', log],
        ['dump', log],
      ]) {
        const r = spawnSync(process.execPath, [join(ROOT, 'bin/rdpdiag'), ...args], {
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
        });
        expect(r.status).toBe(2);
        expect(r.stderr).toBe('rdpdiag: error: cannot write to standard output: no space left on the device\n');
      }
    } finally {
      closeSync(full);
    }
  });
});
