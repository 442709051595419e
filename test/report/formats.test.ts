import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { formatForExtension, formatNamed, REPORT_FORMATS } from '../../src/report/formats.js';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';

const SAMPLE = join(ROOT, tlsCertificate.sample.file);

/** The one registry of report formats: what the CLI and the page read, each format reachable and rendering. */
describe('report format registry', () => {
  it('has unique names, aliases and extensions', () => {
    const names = REPORT_FORMATS.flatMap((f) => [f.name, ...f.aliases]);
    expect(new Set(names).size).toBe(names.length);
    const extensions = REPORT_FORMATS.flatMap((f) => f.extensions);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const e of extensions) expect(e).toMatch(/^\.[a-z]+$/);
    for (const f of REPORT_FORMATS) {
      expect(formatNamed(f.name)).toBe(f);
      for (const a of f.aliases) expect(formatNamed(a.toUpperCase())).toBe(f);
      for (const e of f.extensions) expect(formatForExtension(e.toUpperCase())).toBe(f);
    }
  });

  it('is what --format offers, in the help and in the error for an unknown name', async () => {
    const help = await rdpdiag(['analyze', '--help']);
    const unknown = await rdpdiag(['analyze', SAMPLE, '--format', 'pdf']);
    expect(unknown.code).toBe(2);
    for (const f of REPORT_FORMATS) {
      expect(help.stdout).toContain(f.name);
      expect(unknown.stderr).toContain(f.name);
    }
  });

  it.each(REPORT_FORMATS.map((f) => [f.name, f] as const))(
    '%s: chosen by name and by each extension, and the same report either way',
    async (name, f) => {
      const byName = await rdpdiag(['analyze', SAMPLE, '--format', name]);
      expect(byName.code).toBe(1);
      expect(byName.stdout.length).toBeGreaterThan(100);
      for (const ext of f.extensions) {
        const dir = tempDir();
        const out = join(dir, `report${ext}`);
        const r = await rdpdiag(['analyze', SAMPLE, '-o', out]);
        expect(r.code).toBe(1);
        // A CSV file begins with the byte-order mark Excel needs (csv-spreadsheet.test.ts); standard output has none.
        expect(readFileSync(out, 'utf8')).toBe((name === 'csv' ? '\uFEFF' : '') + byName.stdout);
      }
    },
  );

  it('gives the page the formats it offers for download', () => {
    const page = REPORT_FORMATS.filter((f) => f.pageMime).map((f) => f.name);
    // restated on purpose: the registry's own test says what it holds
    expect(page).toEqual(['json', 'markdown', 'html']);
    const protocol = readFileSync(join(ROOT, 'src', 'web', 'protocol.ts'), 'utf8');
    for (const name of page) expect(protocol).toMatch(new RegExp(`\\b${name}: Blob;`));
  });
});
