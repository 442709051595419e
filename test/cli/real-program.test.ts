/**
 * The built program as a real process (`node bin/rdpdiag`, dist/ as `npm test` builds it): what only a process
 * shows. The fast tier runs the CLI in-process on the sources (`main(argv, io)`, helpers/cli.ts) and builds
 * nothing, so these are in the slow tier (vitest.config.ts); test/suite-tiers.test.ts checks that no fast file
 * runs the built program.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/model/version.js';
import { ROOT, spawnRdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { eventViewerExport, lsmLogon } from '../helpers/xml-events.js';

describe('the rdpdiag program (a real process)', () => {
  it('prints its version (package.json is the source) and usage errors without a stack', () => {
    const version = spawnRdpdiag(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(VERSION).toBe(version.stdout.trim());
    const usage = spawnRdpdiag(['analyze', '--format', 'pdf', 'samples/healthy-day']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).not.toMatch(/\n\s+at /);
  });

  it.skipIf(process.platform === 'win32')(
    'reads an inherited descriptor (`/dev/fd/N`, as `<(…)` gives), not opened again',
    () => {
      const file = writeTemp(tempDir(), 'lsm.xml', eventViewerExport([lsmLogon(1), lsmLogon(2)]));
      const bin = join(ROOT, 'bin', 'rdpdiag');
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" dump /dev/fd/3 3< "${file}"`], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('rdpdiag: /dev/fd/3: 2 record(s) read, 0 record(s) skipped\n');
      expect(r.stdout.trim().split('\n')).toHaveLength(2);
    },
  );
});
