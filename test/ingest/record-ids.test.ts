import { describe, expect, it } from 'vitest';
import { SeenRecords } from '../../src/ingest/record-ids.js';

describe('SeenRecords', () => {
  it('knows a record again by computer and channel in any case, and only in its own log', () => {
    const seen = new SeenRecords();
    expect(seen.add('RDSH01', 'System', 7)).toBe(true);
    expect(seen.add('rdsh01', 'SYSTEM', 7)).toBe(false);
    expect(seen.add('RDSH01', 'Security', 7)).toBe(true);
    expect(seen.add('RDSH02', 'System', 7)).toBe(true);
    expect(seen.add('RDSH01', 'System', 8)).toBe(true);
  });

  it('stays exact when pages turn dense, across page borders and for large or odd ids', () => {
    const seen = new SeenRecords();
    const ids = [];
    for (let i = 0; i < 3000; i++) ids.push(60_000 + i * 7); // crosses the 65,536 border, dense pages
    ids.push(2 ** 40 + 3, 2 ** 53 - 1, -1, 1.5);
    for (const id of ids) expect(seen.add('H', 'C', id)).toBe(true);
    for (const id of ids) expect(seen.add('H', 'C', id)).toBe(false);
    for (const id of [60_001, 60_008, 2 ** 40 + 4, 1.25, -2]) expect(seen.add('H', 'C', id)).toBe(true);
  });
});
