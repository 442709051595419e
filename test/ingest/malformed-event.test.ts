/**
 * One malformed event in the only input costs that event, never the report (issue #26): an out-of-range
 * character reference, a 65-deep element, a 4 MiB tag. `analyze` and `timeline` still print what the other
 * events say (the input's error is still said, with its line, and the exit is still 2), and a warning
 * never carries the 4 MiB name whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';

const SECURITY = readFileSync(join(ROOT, 'samples/auth-bad-credentials/Security.xml'), 'utf8');
const at = (marker: string) => SECURITY.indexOf(marker) + marker.length;

const DAMAGE: [string, string][] = [
  ['a character reference past U+10FFFF', SECURITY.replace("<Data Name='TargetUserName'>", '$&&#x110000;')],
  [
    'an element 65 deep',
    `${SECURITY.slice(0, at('<EventData>'))}${'<a>'.repeat(65)}${'</a>'.repeat(65)}${SECURITY.slice(at('<EventData>'))}`,
  ],
  ['a 4 MiB tag', SECURITY.replace("<Data Name='TargetUserName'>", `<${'x'.repeat(4 * 1024 * 1024)}>v</x>$&`)],
];

describe('a malformed event costs only that event', () => {
  for (const [name, text] of DAMAGE) {
    it(name, async () => {
      const file = writeTemp(tempDir(), 'Security.xml', text);
      const timeline = await rdpdiag(['timeline', file]);
      const said = `exit ${timeline.code}; stdout: ${timeline.stdout.slice(0, 500)}; stderr: ${timeline.stderr.slice(0, 1500)}`;
      expect(timeline.stdout.trim().split('\n').length, said).toBeGreaterThan(3);
      expect(timeline.stderr).toMatch(/Security\.xml:3:\d+: malformed XML/);
      expect(timeline.stderr.length).toBeLessThan(4000);
      const analyze = await rdpdiag(['analyze', file, '--format', 'json']);
      expect(JSON.parse(analyze.stdout).inputs[0].records).toBeGreaterThan(3);
      expect(analyze.code).toBe(1); // its failed sign-ins found outrank the lost event (README, exit codes)
    });
  }
});
