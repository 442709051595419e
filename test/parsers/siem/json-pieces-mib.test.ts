/**
 * A JSON export of several of the 1 MiB pieces `readSiem` cuts (json-pieces.test.ts reads smaller ones), cut into
 * records elsewhere, reads as `readSiem` reads it: slow tier, the claim needs the megabytes.
 */
import { describe, expect, it } from 'vitest';
import { expectSameReading } from '../../helpers/json-pieces.js';
import { fleetExportLines } from '../../helpers/winlogbeat.js';

describe('JSON records cut elsewhere (InputSource.splitJson), over several pieces', () => {
  it('read a damaged fleet export of several MiB as readSiem reads it', async () => {
    // A character of two UTF-8 bytes and one of four in every record: some fall across the 1 MiB pieces.
    const lines = fleetExportLines(6, 120, { every: 997 }).map((l) =>
      l.replace('"TargetUserName":"alice"', '"TargetUserName":"alicé🙂"'),
    );
    const r = await expectSameReading(`${lines.join('\n')}\n`);
    expect(r.pieces).toBeGreaterThan(3);
    expect(r.unread).toBeGreaterThanOrEqual(6 * 120 * 8);
    expect(r.events.length).toBeGreaterThan(6 * 120 * 8);
    const malformed = r.warnings.filter((w) => w.code === 'json-malformed');
    expect(malformed.length).toBeGreaterThan(10);
    expect(malformed.every((w) => w.line !== undefined && lines[w.line - 1]!.endsWith('"4624"'))).toBe(true);
  });
});
