/**
 * A run whose logs hold findings and no attempt (issue 49): the report opens with the finding (a `!` line, exit 1),
 * every format counts every finding, and the CSV has one row per finding beside the attempts' (Hayabusa's
 * Timestamp, Computer, Level, Title, Details).
 */
import { describe, expect, it } from 'vitest';
import { ATTEMPTS_CSV_COLUMNS } from '../../src/report/csv.js';
import { rdpdiag } from '../helpers/cli.js';
import { csvRows } from '../helpers/csv.js';

const TOOL_ONLY = 'samples/findings/rdp-tunnel/tool-only.xml';
const PLINK = 'samples/findings/rdp-tunnel/plink.xml';

describe('findings lead a run without attempts', () => {
  it('the terminal report’s first line is the finding, with a `!`, and the exit code is 1', async () => {
    const r = await rdpdiag(['analyze', TOOL_ONLY]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^! ALERT: A tunnel to Remote Desktop on WS-DEV07/);
    expect(r.stdout).toMatch(/No RDP connection attempts found/);
    expect(r.stdout.indexOf('Security findings')).toBeGreaterThan(r.stdout.indexOf('No RDP connection attempts'));
    expect(r.stdout).not.toMatch(/^Host findings/m);
  });

  it('a host finding alone leads too, without the alarm, and exit 0', async () => {
    const r = await rdpdiag(['analyze', 'samples/findings/certificate-expired']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^Finding: The certificate configured for the RDP listener has expired/);
    expect(r.stdout.split('\n').slice(0, 2).join(' ')).toMatch(/\[certificate-expired\]/);
    expect(r.stdout).not.toMatch(/^!/m);
  });

  it('Markdown and HTML lead with it and count it', async () => {
    const md = (await rdpdiag(['analyze', '--format', 'markdown', TOOL_ONLY])).stdout;
    const summary = md.slice(md.indexOf('## Summary'));
    expect(summary.split('\n')[2]).toMatch(
      /^- \*\*Alert:\*\* WS-DEV07\.corp\.example\.test: A tunnel to Remote Desktop/,
    );
    expect(md).toMatch(/- \*\*Security findings:\*\* 1\n/);
    const html = (await rdpdiag(['analyze', '--format', 'html', TOOL_ONLY])).stdout;
    expect(html).toMatch(/<div class="alert" role="alert"><b>Alert<\/b> on WS-DEV07\.corp\.example\.test: A tunnel/);
  });

  it('CSV: one row per finding beside the attempts’, with its level and details', async () => {
    const only = csvRows((await rdpdiag(['analyze', '--format', 'csv', TOOL_ONLY])).stdout);
    expect(only[0]).toEqual([...ATTEMPTS_CSV_COLUMNS]);
    const col = (row: string[], name: (typeof ATTEMPTS_CSV_COLUMNS)[number]) => row[ATTEMPTS_CSV_COLUMNS.indexOf(name)];
    expect(only).toHaveLength(2);
    const f = only[1]!;
    expect(f).toHaveLength(ATTEMPTS_CSV_COLUMNS.length);
    expect([col(f, 'side'), col(f, 'server'), col(f, 'cause'), col(f, 'level')]).toEqual([
      'finding',
      'WS-DEV07.corp.example.test',
      'rdp-tunnel',
      'high',
    ]);
    expect(col(f, 'start')).toBe('2025-06-17T22:41:02.1180000Z');
    expect(col(f, 'details')).toMatch(/plink\.exe/);
    // With attempts: theirs first, then the finding's.
    const both = csvRows((await rdpdiag(['analyze', '--format', 'csv', PLINK])).stdout);
    expect(both.slice(1).map((r) => col(r, 'side'))).toEqual(['server', 'server', 'finding']);
  });

  it('every format counts every finding', async () => {
    const files = [
      PLINK,
      'samples/findings/rdp-enabled/admin.xml',
      'samples/findings/explicit-credentials/jump-host.xml',
    ];
    const json = JSON.parse((await rdpdiag(['analyze', '--format', 'json', ...files])).stdout) as {
      findings: unknown[];
    };
    const n = json.findings.length;
    expect(n).toBeGreaterThanOrEqual(3);
    const md = (await rdpdiag(['analyze', '--format', 'markdown', ...files])).stdout;
    const counted = [...md.matchAll(/- \*\*(?:Security|Host) findings:\*\* (\d+)/g)].reduce(
      (s, x) => s + Number(x[1]),
      0,
    );
    expect(counted).toBe(n);
    const csv = csvRows((await rdpdiag(['analyze', '--format', 'csv', ...files])).stdout);
    expect(csv.filter((r) => r[ATTEMPTS_CSV_COLUMNS.indexOf('side')] === 'finding')).toHaveLength(n);
    const html = (await rdpdiag(['analyze', '--format', 'html', ...files])).stdout;
    expect(html).toContain(`Findings<b>${n}</b>`);
  });
});
