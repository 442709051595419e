/**
 * The ISO 8601 readers (`instantFromIso` for the logs' times, `parseTimeArg` for --since/--until) beside
 * date-fns' `parseISO` on the same random texts, impossible ones included (31 April, 29 February of a common
 * year, 23:59:60, hour 25, offset +25:00, years before 100): both accept the same texts and read the same
 * instant, or both refuse. date-fns reads a text without an offset in the machine's zone; rdpdiag reads it
 * as UTC, so the oracle is given the text with `Z`.
 */
import { describe, expect, it } from 'vitest';
import { instantFromIso } from '../../src/model/time.js';
import { FAST_TEXTS, fastOf, oracleOn } from '../helpers/iso-oracle.js';

// Each reader on the edges and its first random texts; the others in iso-oracle-rest.test.ts (slow tier).
describe('instantFromIso beside date-fns', () => {
  it('accepts and refuses the same texts, and reads the same instant', () => {
    const { disagreements, checked } = oracleOn('instantFromIso', fastOf);
    expect(disagreements).toEqual([]);
    expect(checked).toBeGreaterThan(FAST_TEXTS);
  });

  it('keeps the 100 ns digits', () => {
    expect(instantFromIso('2024-05-02T09:14:07.5310001Z')?.iso).toBe('2024-05-02T09:14:07.5310001Z');
    expect(instantFromIso('0050-06-01T00:00:00Z')?.iso).toBe('0050-06-01T00:00:00.0000000Z');
  });
});

describe('--since/--until beside date-fns', () => {
  it('accepts and refuses the same texts, and reads the same instant', () => {
    const { disagreements, checked } = oracleOn('--since/--until', fastOf);
    expect(disagreements).toEqual([]);
    expect(checked).toBeGreaterThan(FAST_TEXTS);
  });
});
