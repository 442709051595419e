/**
 * The terminal table measures text as a terminal shows it (string-width is the oracle): a CJK character takes
 * two columns, a combining accent none, a colour escape none. So the fleet table's columns line up whatever the
 * computers are called, and coloured text wraps where plain text does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/platform/node/files.js';
import { analyzeTimeline, readingForAnalysis } from '../../src/pipeline/analysis-report.js';
import { renderTable } from '../../src/report/table.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { checkRandomWraps, RANDOM_WRAPS_FAST, randomTexts, WRAP_WORDS } from '../helpers/table-width.js';

describe('wrap measures text as the terminal shows it', () => {
  // The first twenty-five texts of a seeded stream, which hold every word it draws from (issue #64: each text's
  // lines cost milliseconds of string-width); table-width-rest.test.ts (slow tier) checks the rest.
  it('fits every line in the width, coloured or not, and colour changes no break', () => {
    checkRandomWraps(0, RANDOM_WRAPS_FAST);
  });

  it('checks texts that hold every word the stream draws from', () => {
    const words = new Set(randomTexts(RANDOM_WRAPS_FAST).flatMap((t) => t.text.split(' ')));
    expect(WRAP_WORDS.filter((w) => !words.has(w))).toEqual([]);
  });
});

describe('the fleet table', () => {
  it('lines its columns up whatever the computers are called', async () => {
    const dir = tempDir('rdpdiag-width-');
    const names = ['サーバー01', 'Se\u0301rver02', 'EDGE03', '服务器04'];
    for (const name of names) {
      for (const file of ['Security.xml', 'RdpCoreTS-Operational.xml']) {
        const path = join('samples/scanner-noise', file);
        writeTemp(
          dir,
          `${name}-${file}`,
          readFileSync(path, 'utf8').replaceAll('<Computer>EDGE01</Computer>', `<Computer>${name}</Computer>`),
        );
      }
    }
    const { model } = analyzeTimeline(await buildTimeline([dir], readingForAnalysis()));
    const text = renderTable(model, { tz: { kind: 'utc' }, color: false, width: 100 });
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.includes('Worst cause'));
    expect(header).toBeGreaterThan(-1);
    const rows = [lines[header]!, ...lines.slice(header + 1, header + 1 + names.length)];
    // The column of "Attempts" ends where each row's count of attempts ends (the name may end in digits).
    const ends = rows.map((r) => stringWidth(/^\s*\S.*?\s{2,}(Attempts|\d+)/.exec(r)![0]));
    expect(new Set(ends).size, rows.join('\n')).toBe(1);
  });
});
