/**
 * The same inputs give the same report bytes and exit code whatever the time zone, locale and input order: every
 * sample, each format in-process and in a child process (the slow tier, vitest.config.ts).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rdpdiag, spawnRdpdiag } from '../helpers/cli.js';
import { SAMPLES } from '../helpers/samples.js';

describe('golden reports', () => {
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
