/** `--attempt` and `--explain` (issue 23 slips): `343` finds A343; an attempt that is not there is a usage error. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/collect.js';
import { rdpdiag, ROOT } from '../helpers/cli.js';

const SAMPLE = `${ROOT}/samples/auth-bad-credentials/Security.xml`;

describe('attempt ids on the command line', () => {
  it('finds A001 by 1, a001 or A001', async () => {
    for (const id of ['1', 'a001', 'A001']) {
      const r = await rdpdiag(['analyze', SAMPLE, '-q', '--attempt', id]);
      expect(r.stdout, id).toMatch(/^A001 /m);
      expect(r.stderr).toBe('');
    }
  });

  it('an attempt that is not there: the reason on stderr, nothing on stdout, exit 2', async () => {
    for (const option of ['--attempt', '--explain']) {
      const r = await rdpdiag(['analyze', SAMPLE, '-q', option, 'A999']);
      expect(r.code, option).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/no attempt A999 in these logs \(attempts are numbered A001…A\d{3}\)/);
    }
  });
});

describe('-o names the format', () => {
  it('refuses a file named for a format rdpdiag does not write (report.pdf), writing nothing', async () => {
    const out = join(tempDir(), 'report.pdf');
    const r = await rdpdiag(['analyze', SAMPLE, '-q', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write a "\.pdf" report/);
    expect(existsSync(out)).toBe(false);
  });

  it('near miss: with --format the name is the user’s choice', async () => {
    const out = join(tempDir(), 'report.pdf');
    const r = await rdpdiag(['analyze', SAMPLE, '-q', '-o', out, '--format', 'markdown']);
    expect(r.code).not.toBe(2);
    expect(existsSync(out)).toBe(true);
  });
});
