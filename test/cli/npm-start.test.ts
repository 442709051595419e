/**
 * The README's first command, `npm install && npm start`, shows what rdpdiag makes of the samples: the
 * headline, the attacks and one line per computer, not every computer's full answer (thousands of lines).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, rdpdiag } from '../helpers/cli.js';

/** The arguments `npm start` hands to bin/rdpdiag (after building). */
function startArgs(): string[] {
  const start: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start;
  const m = /(?:^|&& )node bin\/rdpdiag ([^&|;]+)$/.exec(start);
  expect(m, `npm start runs bin/rdpdiag last: ${start}`).not.toBeNull();
  return m![1].trim().split(/\s+/);
}

describe('npm start', () => {
  it('exits 0 with the summary of the samples, its length bounded by what it summarises', async () => {
    const args = startArgs();
    expect(args[0]).toBe('analyze');
    const r = await rdpdiag(args);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');

    const json = JSON.parse(
      (await rdpdiag([...args.filter((a) => a !== '--summary'), '--format', 'json', '-q'])).stdout,
    );
    // A screen, however many samples there are: the headline, the three attacks that matter most, the six
    // computers with most failures, the causes counted, the hint.
    expect(lines.length).toBeLessThanOrEqual(45);
    expect(lines[0]).toMatch(/^\d+ RDP connection attempts on \d+ computers/);
    const attacks = json.findings.filter((f: { source?: string }) => f.source !== undefined).length;
    const named = lines.filter((l) => /^! (ATTACK|SCANNING)/.test(l)).length;
    expect(named).toBe(Math.min(3, attacks));
    if (attacks > 3) expect(r.stdout).toContain(`and ${attacks - 3} more attacks and scans`);
    // The computers named are those with most failures, each with its full name; the rest add up.
    type Row = { computer: string; attempts: number; failed: number };
    const rows: Row[] = json.fleet.computers.filter((c: Row) => c.attempts > 0);
    const worst = Math.max(...rows.map((c) => c.failed));
    const top = rows.find((c) => c.failed === worst)!;
    expect(r.stdout).toContain(`  ${top.computer}  ${top.failed}/${top.attempts} failed`);
    // Only computers with failures are listed (the rest of them summed on one line).
    const failing = rows.filter((c) => c.failed > 0);
    const shown = lines.filter((l) => / \d+\/\d+ failed/.test(l)).length;
    expect(shown).toBe(Math.min(6, failing.length));
    const rest = /and (\d+) more computers with failures: (\d+) failed of (\d+)/.exec(r.stdout);
    if (failing.length > 6) {
      expect(Number(rest![1])).toBe(failing.length - 6);
      expect(Number(r.stdout.match(/attempts on (\d+) computers/)![1])).toBe(rows.length);
    }
    expect(r.stdout).toMatch(/^ {2}Causes of the failures: [a-z-]+ ×\d+/m);
    // Not every computer's full answer: that is what leaving --summary out gives.
    const full = await rdpdiag(args.filter((a) => a !== '--summary'));
    expect(lines.length * 5).toBeLessThan(full.stdout.split('\n').length);
    expect(r.stdout).not.toMatch(/^What to do$/m);
    // Input notes and warnings: a line per input that has any, and a line per kind of warning.
    const noted = json.inputs.filter((i: { warnings: unknown[] }) => i.warnings.length).length;
    expect(r.stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(1 + 3 * noted);
  });

  it('--summary is the table report alone', async () => {
    const r = await rdpdiag(['analyze', 'samples/healthy-day', '--summary', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--summary goes with the table report/);
  });
});
