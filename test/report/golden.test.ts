/** Golden Markdown and JSON reports on sample scenarios; golden-determinism.test.ts checks that the same inputs give the same bytes. */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, rdpdiag } from '../helpers/cli.js';

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
});
