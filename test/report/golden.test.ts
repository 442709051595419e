/** Golden Markdown and JSON reports on sample scenarios; the same inputs give the same bytes. */
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, rdpdiag, spawnRdpdiag } from '../helpers/cli.js';
import { SAMPLES } from '../helpers/samples.js';

/** Scenario folders; each one's golden files are named after the folder. */
const GOLDEN_SCENARIOS = [
  'samples/tls-certificate',
  'samples/auth-bad-credentials',
  'samples/licensing-grace-expired',
  'samples/network-unreachable',
  'samples/session-limit',
  'samples/healthy-day',
];

describe('golden reports', () => {
  for (const folder of GOLDEN_SCENARIOS) {
    const scenario = basename(folder);
    it(`${scenario}: markdown and json`, async () => {
      const md = await rdpdiag(['analyze', folder, '--format', 'markdown', '-q']);
      expect([0, 1]).toContain(md.code);
      expectGolden(`analyze-${scenario}.md`, md.stdout);
      const json = await rdpdiag(['analyze', folder, '--format', 'json', '-q']);
      expectGolden(`analyze-${scenario}.json`, json.stdout);
      expect(JSON.parse(json.stdout).schemaVersion).toBe(1);
    });
  }

  it('is deterministic: the same bytes and exit code whatever the time zone, locale and input order', async () => {
    const folders = readdirSync(SAMPLES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `samples/${d.name}`)
      .sort();
    const reversed = [...folders].reverse();
    const rotated = [...folders.slice(7), ...folders.slice(0, 7)];
    // Each format once in-process, then in a child process with another zone, locale and order.
    const runs: [string, Record<string, string>, string[]][] = [
      ['json', { TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' }, reversed],
      ['markdown', { TZ: 'America/St_Johns', LANG: 'C', LC_ALL: 'C' }, rotated],
      ['html', { TZ: 'Asia/Kathmandu', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }, reversed],
    ];
    for (const [format, env, order] of runs) {
      const base = await rdpdiag(['analyze', ...folders, '--format', format, '-q']);
      expect(base.code, `${format}: ${base.stderr}`).toBe(1);
      expect(base.stdout.length).toBeGreaterThan(1000);
      const other = spawnRdpdiag(['analyze', ...order, '--format', format, '-q'], env);
      expect(other.code, `${format} with ${JSON.stringify(env)}: ${other.stderr}`).toBe(base.code);
      expect(
        other.stdout === base.stdout,
        `${format} differs with ${JSON.stringify(env)} and another input order`,
      ).toBe(true);
    }
  });
});
