/** `--redact` over every sample, in each report format: no original name or address is left (the slow tier). */
import { REPORT_FORMAT_NAMES } from '../../src/report/formats.js';
import { describe, expect, it } from 'vitest';
import { rdpdiag } from '../helpers/cli.js';

/** Names and addresses that the bundled samples contain. */
const SECRETS = [
  'alice',
  'dvae',
  'frank',
  'carol',
  'mira',
  'tomas',
  'lab.example.net',
  'RDSH07',
  'corp.example.test',
  'CORP\\',
  'RDSH01',
  'RDSH02',
  'WS-ALICE',
  'EDGE01',
  'LT-CAROL',
  '192.0.2.10',
  '192.0.2.14',
  '198.51.100.61',
  '203.0.113.45',
  '2001:db8:10::25',
  '2001:db8::15',
  '2001:db8:0:12::47',
  'S-1-5-21-1111111111-2222222222-3333333333',
  '10.20.0.15',
  '100.64.18.9',
  '81.2.69.160',
  '175.16.199.4',
];

describe('--redact', () => {
  for (const format of REPORT_FORMAT_NAMES) {
    it(`leaves none of the original values in the ${format} report`, async () => {
      const r = await rdpdiag(['analyze', 'samples', '--redact', '--format', format, '-q']);
      expect(r.code).toBe(1);
      const out = r.stdout.toLowerCase();
      const leaked = SECRETS.filter((s) => out.includes(s.toLowerCase()));
      expect(leaked).toEqual([]);
      expect(r.stdout).toMatch(/user-\d+/);
      expect(r.stdout).toMatch(/host-\d+/);
      // Each address keeps its class: the samples' internet clients (documentation ranges and a few public ones)
      // stay internet addresses, their private ones (samples/internet-logon-exposed-host) private.
      expect(r.stdout).toMatch(/(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+/);
      expect(r.stdout).toMatch(/10\.255\.\d+\.\d+/);
    });
  }
});
