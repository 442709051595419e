/**
 * Warnings are counted by code and kept as a few samples per code, so a file of damage everywhere (record
 * magics every 8 bytes) cannot fill memory or crash the JSON report; every output shows the counts.
 */
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/read.js';
import { pathInput } from '../../src/platform/node/file-source.js';
import { MAX_WARNING_SAMPLES, WARNING_CODES, warningTotal } from '../../src/model/event.js';
import { toJsonReport } from '../../src/report/json.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { magicsChunk } from '../parsers/evtx/bombs.js';
import { buildFile } from '../parsers/evtx/builder.js';

describe('warnings: aggregated by code, capped', () => {
  it('a file of record magics everywhere gives counted warnings, a few samples, and a JSON report', async () => {
    const chunks = Array.from({ length: 48 }, magicsChunk);
    const file = writeTemp(tempDir(), 'magics.evtx', buildFile(chunks));
    const before = process.memoryUsage().heapUsed;
    const [summary] = await readInputs([pathInput(file)], () => {});
    if (!summary) throw new Error('no summary');
    const perChunk = (0x10000 - 512) / 8 - 2;
    expect(summary.warningCounts['evtx-record-size']?.count).toBeGreaterThanOrEqual(48 * perChunk);
    expect(summary.skipped).toBe(summary.warningCounts['evtx-record-size']?.count);
    expect(summary.warnings.length).toBeLessThanOrEqual(WARNING_CODES.length * MAX_WARNING_SAMPLES);
    expect(summary.warnings.filter((w) => w.code === 'evtx-record-size')).toHaveLength(MAX_WARNING_SAMPLES);
    expect(warningTotal(summary)).toBeGreaterThan(48 * perChunk);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(100 * 1024 * 1024);

    const json = toJsonReport({ attempts: [], findings: [], coverage: [], incidents: [] } as never, [summary]);
    const input = json.inputs[0];
    expect(input?.warnings.length).toBeLessThanOrEqual(WARNING_CODES.length * MAX_WARNING_SAMPLES);
    expect(input?.warnings[0]).toMatchObject({
      code: expect.any(String),
      kind: expect.any(String),
      offset: expect.any(Number),
    });
    expect(input?.warnings[0]).not.toHaveProperty('file');
    expect(input?.warningCounts?.['evtx-record-size']).toBe(summary.warningCounts['evtx-record-size']?.count);
    expect(JSON.stringify(json).length).toBeLessThan(100_000);
  });

  it('keeps an input error apart from its warnings in JSON', async () => {
    const file = writeTemp(
      tempDir(),
      'bad.xml',
      '<Events>\n<Event><System><EventID>1</Oops></System></Event>\n</Events>\n',
    );
    const [summary] = await readInputs([pathInput(file)], () => {});
    if (!summary) throw new Error('no summary');
    const json = toJsonReport({ attempts: [], findings: [], coverage: [], incidents: [] } as never, [summary]);
    expect(json.inputs[0]?.warnings).toEqual([]);
    expect(json.inputs[0]?.error).toMatchObject({ line: 2, message: expect.stringMatching(/malformed XML at line 2/) });
  });
});
