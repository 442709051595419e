import { randomBytes } from 'node:crypto';
import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tableCrc32 } from '../../../parsers/evtx/crc32.js';

describe('tableCrc32 (the CRC-32 of platforms without zlib: the browser page)', () => {
  it('agrees with zlib on every length around the 8-byte slices, with and without a running value', () => {
    for (const n of [1, 2, 7, 8, 9, 15, 16, 17, 120, 384, 65536 - 512, 65537]) {
      const data = randomBytes(n);
      expect(tableCrc32(data)).toBe(zlib.crc32(data));
      expect(tableCrc32(data, 0x12345678)).toBe(zlib.crc32(data, 0x12345678));
      const half = n >> 1;
      expect(tableCrc32(data.subarray(half), tableCrc32(data.subarray(0, half)))).toBe(zlib.crc32(data));
    }
    expect(tableCrc32(new Uint8Array(0), 42)).toBe(42);
  });
});
