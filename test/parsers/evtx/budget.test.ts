/**
 * Work budgets of the BinXML decoder: handcrafted records whose embedded BinXML references itself twice
 * per level (2^depth expansions in a few hundred bytes) are skipped with a warning naming the file and
 * offset, and the records around them are still read. Assertions are on work counters, never on time.
 */
import { describe, expect, it } from 'vitest';
import { ChunkParser } from '../../../parsers/evtx/chunk.js';
import { FILE_WORK, FILE_WORK_PER_BYTE, RECORD_WORK, SMALL_RECORD_WORK } from '../../../parsers/evtx/record.js';
import type { InputWarning } from '../../../src/model/event.js';
import { bombRecord } from './bombs.js';
import { buildChunk, type RecordSpec, standardTemplate, systemValues, T, templateInstance, v } from './builder.js';

function normalRecord(id: number): RecordSpec {
  return {
    id,
    body: (b) =>
      templateInstance(
        b,
        (t) =>
          standardTemplate(t, (e) =>
            e.open('Data', { attrs: true }).attr('Name').text('x').closeStart().subst(7, T.STRING).end(),
          ),
        [...systemValues(id), v.str(`value ${id}`)],
      ),
  };
}

/** Parses chunks of the given records (one parser: a file) and returns what it read. */
function parse(...chunks: RecordSpec[][]) {
  const warnings: InputWarning[] = [];
  const parser = new ChunkParser(Buffer.alloc(0), { file: 'bomb.evtx', warn: (w) => warnings.push(w) });
  const events = [];
  let skipped = 0;
  for (const [i, records] of chunks.entries()) {
    const chunk = buildChunk(records);
    const result = parser.parse(chunk, chunk.length, 0x1000 + i * chunk.length);
    events.push(...result.events);
    skipped += result.skipped;
  }
  return { parser, warnings, events, skipped };
}

describe('BinXML work budget', () => {
  it('a shallow self-doubling record is read whole (2 × 2^3 leaves)', () => {
    const { events, warnings } = parse([bombRecord(1, 3)]);
    expect(warnings).toEqual([]);
    expect(events).toHaveLength(1);
    expect(Object.values(events[0].data).filter((x) => x === 'leaf')).toHaveLength(32);
  });

  it('embedded BinXML referenced twice, nested 40 deep, is skipped with a warning; its neighbours are read', () => {
    const { parser, events, skipped, warnings } = parse([normalRecord(1), bombRecord(2, 40), normalRecord(3)]);
    expect(events.map((e) => e.recordId)).toEqual([1, 3]);
    expect(skipped).toBe(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'bomb.evtx', kind: 'skipped-record' });
    expect(warnings[0].offset).toBeGreaterThan(events[0].source.offset ?? Infinity);
    expect(warnings[0].offset).toBeLessThan(events[1].source.offset ?? -1);
    expect(warnings[0].message).toMatch(/event record 2 .*more than 100000 steps.*skipped/);
    // The work done is the budget, not 2^41.
    expect(parser.fileWork).toBeLessThan(RECORD_WORK + 1000);
  });

  it('a file of records each just under the record budget is cut down to the small budget once the file budget is spent', () => {
    // depth 9: 2^10 embedded fragments, about 21,000 units per record once its templates are compiled:
    // under RECORD_WORK, over SMALL_RECORD_WORK.
    const chunks = [0, 1, 2].map((c) => Array.from({ length: 50 }, (_, i) => bombRecord(c * 50 + i + 1, 9)));
    const records = chunks.flat();
    const { parser, events, warnings } = parse(...chunks);
    const fileBudget = FILE_WORK + FILE_WORK_PER_BYTE * 3 * 0x10000;
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(records.length);
    expect(warnings.length).toBe(records.length - events.length);
    expect(warnings.every((w) => /more than \d+ steps/.test(w.message))).toBe(true);
    expect(warnings.filter((w) => /more than 10000 steps/.test(w.message)).length).toBeGreaterThan(50);
    expect(parser.fileWork).toBeLessThan(fileBudget + RECORD_WORK + records.length * SMALL_RECORD_WORK);
  });
});
