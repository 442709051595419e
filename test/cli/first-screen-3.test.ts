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
    expect(r.stderr).toMatch(
      /unknown --format "jsonl" \(use table, json.*\); jsonl exists with rdpdiag analyze --follow/,
    );
    // merge, which has no --follow or --shard, names the command that has them.
    const merged = await rdpdiag(['merge', '--format', 'shard', 'none.shard']);
    expect(merged.code).toBe(2);
    expect(merged.stderr).toMatch(/shard exists with rdpdiag analyze --shard K\/N -o <file>/);
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

  it('patterns lists every finding id under the section the reports file it in', async () => {
    const listing = (await rdpdiag(['patterns'])).stdout;
    const listedIn = (heading: string) => {
      const from = listing.indexOf(`${heading}:\n`);
      const to = listing.indexOf('\n\n', from);
      return new Set(
        [...listing.slice(from, to === -1 ? undefined : to).matchAll(/^([a-z0-9-]+)\s{2,}/gm)].map((m) => m[1]),
      );
    };
    const host = listedIn('Host findings');
    const security = listedIn('Security findings');
    // Where the reports file each finding: the ids under their Markdown sections, over samples of every kind.
    const filed = new Map<string, Set<string>>();
    for (const folder of [
      'samples/findings',
      'samples/internet-logon-exposed-host',
      'samples/health-probes-and-real-failure',
      'samples/probe-then-success-plus-scanner-burst',
    ]) {
      const markdown = (await rdpdiag(['analyze', folder, '--format', 'markdown'])).stdout;
      for (const [heading, section] of [
        ['## Host findings', 'host'],
        ['## Security findings', 'security'],
      ] as const) {
        const from = markdown.indexOf(`${heading}\n`);
        if (from === -1) continue;
        const to = markdown.indexOf('\n## ', from + 1);
        for (const m of markdown.slice(from, to === -1 ? undefined : to).matchAll(/^`([a-z0-9-]+)`, confidence/gm))
          filed.set(m[1], (filed.get(m[1]) ?? new Set()).add(section));
      }
    }
    // The samples reach both sections, a finding that moves between them, and the ids once listed wrongly.
    for (const id of ['rdp-enabled', 'log-cleared', 'account-lockout', 'internet-logon', 'health-probes'])
      expect(filed.get(id), id).toContain('host');
    for (const id of ['password-guessing', 'scanning', 'lateral-movement', 'rdp-enabled'])
      expect(filed.get(id), id).toContain('security');
    for (const [id, sections] of filed) {
      // Filed under host findings (ever): listed there; an alert only: listed under security findings, or under
      // host findings saying when it is an alert.
      const line = listing.split('\n').find((l) => l.startsWith(`${id} `)) ?? '';
      if (sections.has('host')) expect(host.has(id), id).toBe(true);
      else expect(security.has(id) || (host.has(id) && /\(a security alert [^)]*\)$/.test(line)), id).toBe(true);
      expect(host.has(id) && security.has(id), id).toBe(false);
    }
    expect(listing).toMatch(/^rdp-enabled .*\(a security alert once a sign-in from a new source follows\)$/m);
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
