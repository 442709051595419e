/**
 * `--follow` refuses at once, exit 2, what it cannot follow (issue #61): a lone `.7z` (refused and then waited on
 * for Ctrl-C before) and a FIFO (it could block or never end), each named.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rdpdiag } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-follow-refuse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--follow refuses what it cannot follow, at once', () => {
  it('a .7z archive', async () => {
    const file = join(dir, 'logs.7z');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04]), Buffer.alloc(64)]),
    );
    const r = await rdpdiag(['analyze', '--follow', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: a .7z archive does not grow as a log does`);
  });

  it.skipIf(process.platform === 'win32')('a FIFO', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const r = await rdpdiag(['analyze', '--follow', fifo]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${fifo}: a named pipe (FIFO), not a regular file: it cannot be followed`);
  });
});
