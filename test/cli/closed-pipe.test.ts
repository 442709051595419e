/**
 * `rdpdiag analyze … 2>&1 | head -5`: the reader goes away after a few lines. The run ends quietly (no stack
 * trace), and its exit code still says what it found: never "failures found" (1) on a clean run.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnv, ROOT } from '../helpers/cli.js';

/** Runs rdpdiag with stderr on a pipe whose reader is gone before anything is written; stdout is read. */
function withStderrClosed(args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'rdpdiag'), ...args], {
      cwd: ROOT,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr.destroy();
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

describe('a closed output pipe', () => {
  it('stderr gone (its notices unread): a clean run still ends with its report and exit 0', async () => {
    // The samples folder's expected.json is passed over with a notice on stderr, written to the closed pipe.
    const r = await withStderrClosed(['analyze', join(ROOT, 'samples', 'healthy-day')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^4 RDP connection attempts on 1 computer/);
  });

  it('near miss: a run that found failures exits 1 the same way', async () => {
    const r = await withStderrClosed(['analyze', join(ROOT, 'samples', 'scanner-noise')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/failed/);
  });
});
