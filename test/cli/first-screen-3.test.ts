/** Issue 62's rough edges: where a format exists, shard lines never on a terminal, each pattern id listed once. */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, rdpdiag } from '../helpers/cli.js';

async function onTerminal(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: {
      isTTY: true,
      write: (t: string) => {
        stdout += t;
        return true;
      },
    },
    stderr: {
      write: (t: string) => {
        stderr += t;
        return true;
      },
    },
    env: { ...process.env, NO_COLOR: '1' },
  } as Parameters<typeof main>[1]);
  return { code, stdout, stderr };
}

describe('the first screen, round 3', () => {
  it('--format jsonl without --follow names where it exists', async () => {
    const r = await rdpdiag(['analyze', 'samples/patterns/auth-logon-right', '--format', 'jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown --format "jsonl" \(use table, json.*\); jsonl exists with --follow/);
    expect((await rdpdiag(['analyze', 'samples/patterns/auth-logon-right', '--format', 'nope'])).stderr).not.toMatch(
      /exists/,
    );
  });

  it('--shard without -o never writes its lines to a terminal: an error naming -o', async () => {
    const r = await onTerminal(['analyze', 'samples/patterns/auth-logon-right', '--shard', '1/2']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/-o <file>/);
    // Into a pipe or a file, as before.
    const piped = await rdpdiag(['analyze', 'samples/patterns/auth-logon-right', '--shard', '1/2']);
    expect(piped.code).toBe(0);
    expect(piped.stdout.length).toBeGreaterThan(0);
  });

  it('patterns lists each id once, rdp-enabled under host findings as the reports file it', async () => {
    const r = await rdpdiag(['patterns']);
    const ids = r.stdout
      .split('\n')
      .map((l) => /^([a-z0-9-]+)\s{2,}/.exec(l)?.[1])
      .filter((x): x is string => !!x);
    expect(ids.length).toBeGreaterThan(30);
    expect(new Set(ids).size).toBe(ids.length);
    const host = r.stdout.slice(r.stdout.indexOf('Host findings:'), r.stdout.indexOf('Security findings:'));
    expect(host).toMatch(/^rdp-enabled /m);
    expect(r.stdout.slice(r.stdout.indexOf('Security findings:'))).not.toMatch(/^rdp-enabled /m);
  });

  it('--summary lists only computers with failures', async () => {
    const r = await rdpdiag([
      'analyze',
      'samples/broker-farm-five-users',
      'samples/07-drain-mode-farm',
      'samples/healthy-day',
      'samples/01-nat-shared-address',
      '--summary',
    ]);
    const section = r.stdout.slice(r.stdout.indexOf('Computers with the most failures'));
    const rows = section
      .split('\n')
      .slice(1)
      .filter((l) => /failed/.test(l) && l.startsWith('  ') && !l.includes('Causes'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).not.toMatch(/\s0\/\d+ failed/);
  });
});

describe('Markdown escapes `|` only inside tables', () => {
  it('a step with a pipeline pastes as written', async () => {
    const r = await rdpdiag(['analyze', 'samples/patterns/auth-account-state', '--format', 'markdown']);
    expect(r.stdout).toMatch(/`Get-LocalUser [^`\s]+ \| Format-List \*`/);
    expect(r.stdout).not.toMatch(/\\\| Format-List/);
  });
});

describe('README', () => {
  it("says what npm's install-scripts warning for esbuild is, and that nothing needs approving", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/install-scripts[\s\S]*esbuild[\s\S]*nothing needs approving/);
    expect(readme).toMatch(/findings outrank the input\s+error/);
  });
});
