/**
 * The .evtx reader's byte reads and text decoding on plain Uint8Arrays (parsers/evtx/bytes.ts) give what
 * Node's Buffer gave: the same numbers, the same strings, a RangeError past the end.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  f32,
  f64,
  i8,
  i16,
  i32,
  latin1,
  toWellFormed,
  u16,
  u32,
  utf16Units,
  utf16WellFormed,
} from '../../../parsers/evtx/bytes.js';
import { utf16, xmlUtf16 } from '../../../parsers/evtx/values.js';

/** A deterministic byte generator (no Math.random: a failure must repeat). */
function bytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** UTF-16LE bytes of code units, with surrogates, CRs, a BOM and ASCII mixed in. */
function utf16Bytes(units: number, seed: number): Uint8Array {
  const r = bytes(units * 2, seed);
  const out = new Uint8Array(units * 2);
  const special = [0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfeff, 0xfffe, 0x000d, 0x000a, 0x0000, 0x00e9, 0x4e2d];
  for (let i = 0; i < units; i++) {
    const pick = r[2 * i] % 4;
    const unit =
      pick === 0
        ? special[r[2 * i + 1] % special.length]
        : pick === 1
          ? r[2 * i + 1] | 0x100
          : 0x20 + (r[2 * i + 1] % 95);
    out[2 * i] = unit & 0xff;
    out[2 * i + 1] = unit >> 8;
  }
  return out;
}

describe('evtx byte reads', () => {
  const data = bytes(64, 7);
  const b = Buffer.from(data);

  it('read integers and floats as Buffer does, at every offset', () => {
    for (let off = 0; off + 8 <= data.length; off++) {
      expect(u16(data, off)).toBe(b.readUInt16LE(off));
      expect(i16(data, off)).toBe(b.readInt16LE(off));
      expect(u32(data, off)).toBe(b.readUInt32LE(off));
      expect(i32(data, off)).toBe(b.readInt32LE(off));
      expect(i8(data, off)).toBe(b.readInt8(off));
      expect(Object.is(f32(data, off), b.readFloatLE(off))).toBe(true);
      expect(Object.is(f64(data, off), b.readDoubleLE(off))).toBe(true);
    }
  });

  it('throw a RangeError past the end, as Buffer does', () => {
    for (const [read, width] of [
      [u16, 2],
      [i16, 2],
      [u32, 4],
      [i32, 4],
      [i8, 1],
      [f32, 4],
      [f64, 8],
    ] as const) {
      expect(() => read(data, data.length - width + 1)).toThrow(RangeError);
      expect(() => read(data, -1)).toThrow(RangeError);
      expect(() => read(data, data.length - width)).not.toThrow();
    }
  });
});

describe('evtx text decoding, portable (as in the page)', () => textDecoding());

describe("evtx text decoding with Node's native decoder (as in the CLI)", () => {
  beforeAll(async () => {
    await import('../../../src/platform/node/native.js');
  });
  textDecoding();
});

/**
 * `check` on random UTF-16 text (lone surrogates too) of lengths short and long, per seed: its bytes, and the same
 * bytes one into a buffer (at an odd position).
 */
function forUtf16(seeds: readonly number[], check: (d: Uint8Array, shifted: Uint8Array) => void): void {
  for (const n of [0, 1, 5, 32, 33, 100, 8192, 9000]) {
    for (const seed of seeds) {
      const d = utf16Bytes(n, seed * 1000 + n);
      const shifted = new Uint8Array(d.length + 1);
      shifted.set(d, 1);
      check(d, shifted);
    }
  }
}

function textDecoding() {
  it('latin1 as Buffer latin1, short and past one String.fromCharCode call', () => {
    for (const n of [0, 1, 16, 8191, 8192, 8193, 30000]) {
      const d = bytes(n + 3, n);
      expect(latin1(d, 3, d.length)).toBe(Buffer.from(d).toString('latin1', 3));
    }
  });

  it('UTF-16 names keep every code unit (lone surrogates too), as Buffer utf16le', () => {
    forUtf16([1, 2, 3], (d, shifted) => {
      expect(utf16Units(d, 0, d.length)).toBe(Buffer.from(d).toString('utf16le'));
      expect(utf16Units(shifted, 1, shifted.length)).toBe(Buffer.from(d).toString('utf16le'));
    });
  });

  it('UTF-16 values: lone surrogates replaced, a leading BOM kept, short and long alike', () => {
    forUtf16([4, 5, 6], (d, shifted) => {
      const expected = toWellFormed(Buffer.from(d).toString('utf16le'));
      expect(utf16WellFormed(d, 0, d.length)).toBe(expected);
      expect(utf16WellFormed(shifted, 1, shifted.length)).toBe(expected);
      expect(xmlUtf16(shifted, 1, shifted.length)).toBe(expected.replace(/\r\n?/g, '\n'));
    });
    const bom = new Uint8Array([0xff, 0xfe, 0x41, 0x00]);
    expect(utf16WellFormed(bom, 0, 4)).toBe('\ufeffA');
    const longBom = new Uint8Array(200);
    longBom.set([0xff, 0xfe]);
    expect(utf16WellFormed(longBom, 0, 200).charCodeAt(0)).toBe(0xfeff);
  });

  it('utf16 values drop trailing NULs and normalize line ends, short and long', () => {
    const enc = (s: string) => new Uint8Array(Buffer.from(`${s}\0\0`, 'utf16le'));
    expect(utf16(enc('a\r\nb'), 0, enc('a\r\nb').length)).toBe('a\nb');
    const long = `${'x'.repeat(40)}\r\n\ud800${'y'.repeat(40)}\r`;
    expect(utf16(enc(long), 0, enc(long).length)).toBe(`${'x'.repeat(40)}\n\ufffd${'y'.repeat(40)}\n`);
  });

  it('toWellFormed without String.prototype.toWellFormed (older browsers) replaces the same units', () => {
    const s = 'a\ud800b\udc00c\ud800\udc00d\udbff';
    const proto = String.prototype as unknown as Record<string, unknown>;
    const saved = [proto.isWellFormed, proto.toWellFormed];
    const expected = toWellFormed(s);
    try {
      proto.isWellFormed = undefined;
      proto.toWellFormed = undefined;
      expect(toWellFormed(s)).toBe(expected);
    } finally {
      [proto.isWellFormed, proto.toWellFormed] = saved;
    }
    expect(expected).toBe('a\ufffdb\ufffdc\ud800\udc00d\ufffd');
  });
}
