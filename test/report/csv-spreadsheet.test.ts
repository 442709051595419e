/**
 * CSV for spreadsheets (issue #62): a file written with -o begins with UTF-8's byte-order mark, which Excel needs to
 * read UTF-8 (standard output does not: a program reads it; `--bom` / `--no-bom` choose), and each time has a column
 * beside it that a spreadsheet reads as a time (no `T`, no zone, milliseconds), the full-precision column kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import { renderedScenarioWithoutRdpCoreTs } from '../helpers/samples.js';

const BOM = [0xef, 0xbb, 0xbf];
const startsWithBom = (b: Buffer) => [...b.subarray(0, 3)].every((x, i) => x === BOM[i]);

/** The rows of a CSV without quoted line ends (these samples have none), as cells split at commas outside quotes. */
function rows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '')) ?? []);
}

describe('CSV for spreadsheets', () => {
  // The scenario's four attempts (rows of `analyze`) and its events (of `timeline`) but the RdpCoreTS log's: the claims
  // are the CSV's, on a few rows of each.
  const SAMPLE = renderedScenarioWithoutRdpCoreTs();
  for (const command of ['analyze', 'timeline'])
    it(`${command}: a byte-order mark in a file, none on standard output, as --bom / --no-bom choose`, async () => {
      const dir = tempDir();
      const file = (name: string) => join(dir, name);
      const run = (extra: string[]) => rdpdiag([command, SAMPLE, '--format', 'csv', '-q', ...extra]);
      await run(['-o', file('a.csv')]);
      await run(['-o', file('b.csv'), '--no-bom']);
      expect(startsWithBom(readFileSync(file('a.csv')))).toBe(true);
      expect(startsWithBom(readFileSync(file('b.csv')))).toBe(false);
      expect(readFileSync(file('a.csv')).subarray(3)).toEqual(readFileSync(file('b.csv')));
      const stdout = await run([]);
      expect(stdout.stdout.startsWith('\uFEFF')).toBe(false);
      expect(stdout.stdout.startsWith('\\ufeff')).toBe(false);
      const withBom = await run(['--bom']);
      expect(withBom.stdout.startsWith('\uFEFF')).toBe(true);
      expect(withBom.stdout.slice(1)).toBe(stdout.stdout);
    });

  it('gives each time a column a spreadsheet reads, in the report’s zone', async () => {
    for (const [command, full, sheet] of [
      ['analyze', 'start', 'start_spreadsheet'],
      ['timeline', 'time', 'time_spreadsheet'],
    ])
      for (const tz of ['UTC', 'Europe/Berlin']) {
        const [header, ...body] = rows((await rdpdiag([command, SAMPLE, '--format', 'csv', '--tz', tz, '-q'])).stdout);
        const at = header!.indexOf(full!);
        const sheetAt = header!.indexOf(sheet!);
        expect(sheetAt, `${command} ${sheet}`).toBeGreaterThan(-1);
        expect(body.length).toBeGreaterThan(3);
        for (const row of body) {
          expect(row[sheetAt]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/);
          // The same instant as the full-precision cell, to the millisecond, without its zone.
          const fullCell = row[at]!;
          expect(fullCell.replace('T', ' ').slice(0, 23)).toBe(row[sheetAt]);
        }
      }
  });
});
