/** Golden Markdown and JSON reports on sample scenarios; the same inputs give the same bytes. */
import { describe, expect, it } from 'vitest';
import { expectGolden, rdpdiag } from '../helpers/cli.js';

const SCENARIOS = [
  'tls-certificate',
  'auth-bad-credentials',
  'licensing-grace-expired',
  'network-unreachable',
  'session-limit',
  'healthy-day',
];

describe('golden reports', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario}: markdown and json`, () => {
      const md = rdpdiag(['analyze', `samples/${scenario}`, '--format', 'markdown', '-q']);
      expect([0, 1]).toContain(md.code);
      expectGolden(`analyze-${scenario}.md`, md.stdout);
      const json = rdpdiag(['analyze', `samples/${scenario}`, '--format', 'json', '-q']);
      expectGolden(`analyze-${scenario}.json`, json.stdout);
      expect(JSON.parse(json.stdout).schemaVersion).toBe(1);
    });
  }

  it('is deterministic: the same inputs give the same bytes', () => {
    const a = rdpdiag(['analyze', 'samples', '--format', 'markdown', '-q']).stdout;
    const b = rdpdiag(['analyze', 'samples', '--format', 'markdown', '-q']).stdout;
    expect(a).toBe(b);
    const h1 = rdpdiag(['analyze', 'samples', '--format', 'html', '-q']).stdout;
    const h2 = rdpdiag(['analyze', 'samples', '--format', 'html', '-q']).stdout;
    expect(h1).toBe(h2);
  });
});
