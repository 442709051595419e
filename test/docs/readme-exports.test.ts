/**
 * The README's "Exporting the logs on Windows" commands are the channel table's (src/model/channels.ts): one
 * `wevtutil epl` line for each log the server or the client keeps (Sysmon and the other optional logs, and those of
 * a license server, gateway or domain controller, are left to `collect` and the coverage advice), as
 * `exportCommandFor` writes it. A new channel row fails here until its line is in the README (issue #64: derive,
 * never restate).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, exportCommandFor, type Machine } from '../../src/model/channels.js';
import { ROOT } from '../helpers/cli.js';

/** The machines whose logs the README's block exports: the RDP server, and the computer that ran mstsc. */
const IN_BLOCK: readonly Machine[] = ['server', 'client'];

/** The `wevtutil epl` lines of the fenced block under `heading`. */
function exportLines(readme: string, heading: string): string[] {
  const at = readme.indexOf(`\n${heading}\n`);
  if (at < 0) return [];
  const block = /```bat\n([\s\S]*?)```/.exec(readme.slice(at))?.[1] ?? '';
  return block.split('\n').filter((l) => l.startsWith('wevtutil epl '));
}

/** What the block must hold: each whole log of the server or the client, with the file name its machine gives. */
function expectedLines(): string[] {
  return CHANNELS.filter((c) => !c.optional && !c.byEventId).flatMap((c) =>
    c.machines.filter((m) => IN_BLOCK.includes(m)).map((m) => exportCommandFor(c, m)),
  );
}

describe("README's export commands", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const lines = exportLines(readme, '## Exporting the logs on Windows');

  it('are found, and the check would see a channel left out', () => {
    expect(lines.length).toBeGreaterThan(IN_BLOCK.length);
    const expected = expectedLines();
    expect(expected.filter((l) => !lines.slice(1).includes(l))).toContain(lines[0]);
  });

  it("are the channel table's: one line for each log the server or the client keeps", () => {
    expect([...lines].sort()).toEqual(expectedLines().sort());
  });
});
