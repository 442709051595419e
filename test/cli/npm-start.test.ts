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
    const computers: number = json.fleet.computers.length;
    const shared = json.fleet.incidents.filter((x: { kind: string }) => x.kind === 'shared-cause').length;
    const attacks = json.findings.filter((f: { source?: string }) => f.source !== undefined).length;
    // Headline (3 lines at 80 columns), each attack (≤ 5), the fleet table (title, header, a row per computer),
    // what spans computers (title, ≤ 5 each), the closing hint (≤ 4), blank lines between (≤ 4).
    const bound = 3 + 5 * attacks + (3 + computers) + (2 + 5 * shared) + 4 + 4;
    expect(lines.length).toBeLessThanOrEqual(bound);
    expect(lines[0]).toMatch(/^\d+ RDP connection attempts on \d+ computers/);
    expect(r.stdout).toMatch(/^Fleet: \d+ computers/m);
    for (const c of json.fleet.computers.slice(0, 5))
      expect(r.stdout).toContain((c.computer as string).split('.')[0].slice(0, 12));
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
