/** `--attempt` and `--explain` (issue 23 slips): `343` finds A343; an attempt that is not there is a usage error. */
import { describe, expect, it } from 'vitest';
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
