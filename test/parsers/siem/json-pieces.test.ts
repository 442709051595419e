// A JSON export cut into records elsewhere (`InputSource.splitJson`: in the CLI, on a worker thread) reads as
// the same export cut by `readSiem` itself: the same events, warnings (and their lines), unread counts. An export
// of several 1 MiB pieces: json-pieces-mib.test.ts (slow tier).
import { describe, expect, it } from 'vitest';
import { JsonPieceSplitter } from '../../../parsers/siem/index.js';
import { fieldsForAnalysis } from '../../../src/diagnose/analysis-reads.js';
import { expectSameReading } from '../../helpers/json-pieces.js';
import { fleetExportLines } from '../../helpers/winlogbeat.js';

describe('JSON records cut elsewhere (InputSource.splitJson)', () => {
  it('read a record longer than the strings pieces are kept in, between others', async () => {
    const lines = fleetExportLines(2, 40);
    const at = lines.findIndex((l) => l.includes('"TargetUserName":"alice"'));
    lines[at] = lines[at]!.replace('"TargetUserName":"alice"', `"TargetUserName":"${'a'.repeat(150_000)}"`);
    const r = await expectSameReading(`${lines.join('\n')}\n`);
    expect(r.events.some((e) => e.data.TargetUserName?.length === 150_000)).toBe(true);
  });

  it('read every record when nothing is left out unread', async () => {
    const { interest, ...whole } = fieldsForAnalysis();
    expect(interest).toBeDefined();
    const r = await expectSameReading(`${fleetExportLines(2, 20).join('\n')}`, whole);
    expect(r.unread).toBe(0);
  });

  it('read a top-level array and pretty-printed objects (the scanner) as readSiem reads them', async () => {
    const records = fleetExportLines(3, 30).map((l) => JSON.parse(l) as unknown);
    await expectSameReading(JSON.stringify(records, null, 1));
    await expectSameReading(records.map((r) => JSON.stringify(r, null, 2)).join('\n'));
    // An array cut short: the end says so.
    await expectSameReading(JSON.stringify(records).slice(0, -400));
  });

  it('carry a record over the size limit as the splitter meets it, at its line', () => {
    const text = `{"a":1}\n{"b":"${'x'.repeat(3000)}"}\n{"c":3}\n{"d":"${'y'.repeat(500)}"}\n`;
    const bytes = new TextEncoder().encode(text);
    const splitter = new JsonPieceSplitter({ start: 0, pieceBytes: 256, encoding: 'utf-8' }, { maxRecordChars: 1000 });
    const pieces = [];
    for (let at = 0; at < bytes.length; at += 256) pieces.push(splitter.piece(bytes.subarray(at, at + 256)));
    pieces.push(splitter.end());
    const records = pieces.flatMap((p) => {
      const out: { text: string; line: number }[] = [];
      for (let s = 0, i = 0; s < p.texts.length; s++)
        for (let at = 0, last = i + p.counts[s]!; i < last; at = p.ends[i]!, i++)
          out.push({ text: p.texts[s]!.slice(at, p.ends[i]), line: p.lines[i]! });
      return out;
    });
    expect(records).toEqual([
      { text: '{"a":1}', line: 1 },
      { text: '{"c":3}', line: 3 },
      { text: `{"d":"${'y'.repeat(500)}"}`, line: 4 },
    ]);
    expect(pieces.flatMap((p) => p.problems)).toEqual([
      { line: 2, message: 'a line longer than 1000 characters', skipped: true },
    ]);
  });
});
