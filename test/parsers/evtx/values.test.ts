/** Value types rendered as Windows renders them in XML, on hand-built byte buffers. */
import { describe, expect, it } from 'vitest';
import { numberValue, renderArray, renderScalar } from '../../../parsers/evtx/values.js';
import { T } from './builder.js';

const r = (type: number, bytes: ArrayLike<number> | Buffer) => {
  const b = Buffer.concat([Buffer.from([0xee, 0xee]), Buffer.from(bytes as number[])]); // values at an offset
  return renderScalar(b, 2, b.length - 2, type);
};
const arr = (type: number, bytes: Buffer) =>
  renderArray(Buffer.concat([Buffer.alloc(3), bytes]), 3, bytes.length, type);
const u64 = (n: bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

describe('evtx value rendering', () => {
  it('FILETIME as ISO 8601 with 7 fraction digits', () => {
    expect(r(T.FILETIME, u64(133591148475310000n))).toBe('2024-05-02T09:14:07.5310000Z');
    expect(r(T.FILETIME, u64(131443533655392599n))).toBe('2017-07-12T17:16:05.5392599Z');
    expect(r(T.FILETIME, u64(0n))).toBe('1601-01-01T00:00:00.0000000Z');
    expect(r(T.FILETIME, u64(0xffffffffffffffffn))).toBe('FILETIME 0xFFFFFFFFFFFFFFFF'); // past year 9999: kept raw
  });

  it('SYSTEMTIME (year, month, weekday, day, h, m, s, ms)', () => {
    const st = Buffer.alloc(16);
    [2020, 9, 6, 19, 3, 35, 54, 123].forEach((n, i) => {
      st.writeUInt16LE(n, i * 2);
    });
    expect(r(T.SYSTEMTIME, st)).toBe('2020-09-19T03:35:54.1230000Z');
    expect(r(T.SYSTEMTIME, Buffer.alloc(16))).toBe(''); // month 0: invalid, no throw
  });

  it('SID as S-1-…', () => {
    expect(r(T.SID, [1, 1, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0])).toBe('S-1-5-18');
    const sid = Buffer.from('010500000000000515000000dad42e9b685664ed147f3a18f4010000', 'hex');
    expect(r(T.SID, sid)).toBe('S-1-5-21-2603537626-3982775912-406486804-500');
    expect(r(T.SID, [1, 0, 0, 0, 0, 0, 0, 0])).toBe('S-1-0');
    // truncated SID (claims 2 sub-authorities, holds 1): hex instead of a crash
    expect(r(T.SID, [1, 2, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0])).toBe('010200000000000512000000');
  });

  it('GUID upper case in braces', () => {
    const g = Buffer.from('1bc63911' + '49b5' + '5142' + '8ed327250a1edec8', 'hex');
    expect(r(T.GUID, g)).toBe('{1139C61B-B549-4251-8ED3-27250A1EDEC8}');
    expect(r(T.GUID, g.subarray(0, 10))).toBe(''); // short
  });

  it('hex integers in Windows form (0x + minimal lower-case hex), size_t as hex', () => {
    expect(r(T.HEX32, u32(0xc000006d))).toBe('0xc000006d');
    expect(r(T.HEX32, u32(0))).toBe('0x0');
    expect(r(T.HEX64, u64(0x3e7n))).toBe('0x3e7');
    expect(r(T.HEX64, u64(0x8000000000000000n))).toBe('0x8000000000000000');
    expect(r(T.HEX64, u64(0x0080000000000000n))).toBe('0x80000000000000');
    expect(r(T.HEX64, u64(0x100000000n))).toBe('0x100000000');
    expect(r(T.SIZET, u64(0x7ff6a000n))).toBe('0x7ff6a000');
    expect(r(T.SIZET, u32(0x1000))).toBe('0x1000');
  });

  it('integers of every width, signed and unsigned, 64-bit beyond 2^53', () => {
    expect(r(T.INT8, [0xff])).toBe('-1');
    expect(r(T.UINT8, [0xff])).toBe('255');
    expect(r(T.INT16, [0x00, 0x80])).toBe('-32768');
    expect(r(T.UINT16, [0x00, 0x80])).toBe('32768');
    expect(r(T.INT32, u32(0xffffffff))).toBe('-1');
    expect(r(T.UINT32, u32(0xffffffff))).toBe('4294967295');
    expect(r(T.UINT64, u64(18446744073709551615n))).toBe('18446744073709551615');
    expect(r(T.INT64, u64(0xffffffffffffffffn))).toBe('-1');
    expect(r(T.INT64, u64(0x8000000000000000n))).toBe('-9223372036854775808');
    expect(r(T.UINT64, u64(9007199254740993n))).toBe('9007199254740993');
  });

  it('floats, doubles, booleans (irregular = true), binary, strings', () => {
    const f = Buffer.alloc(4);
    f.writeFloatLE(0.1);
    expect(r(T.FLOAT, f)).toBe('0.1');
    const d = Buffer.alloc(8);
    d.writeDoubleLE(1.5);
    expect(r(T.DOUBLE, d)).toBe('1.5');
    expect(r(T.BOOL, u32(0))).toBe('false');
    expect(r(T.BOOL, u32(1))).toBe('true');
    expect(r(T.BOOL, u32(0x02000000))).toBe('true');
    expect(r(T.BINARY, [0xe1, 0x07, 0x0a])).toBe('E1070A');
    expect(r(T.STRING, Buffer.from('RDP-Tcp\0', 'utf16le'))).toBe('RDP-Tcp');
    expect(r(T.STRING, Buffer.from('a\r\nb', 'utf16le'))).toBe('a\nb'); // as an XML reader sees it
    expect(r(T.STRING, Buffer.from([0x00, 0xd8, 0x41, 0x00]))).toBe('\ufffdA'); // lone surrogate
    expect(r(T.ANSI, Buffer.from('caf\xe9\0', 'latin1'))).toBe('café');
  });

  it('arrays (0x80 bit): strings split on NUL, fixed-size items, SIDs', () => {
    expect(
      arr(T.ARRAY | T.STRING, Buffer.from('10.00.\x0015063\x00\x00Multiprocessor Free\x000\x00', 'utf16le')),
    ).toEqual(['10.00.', '15063', '', 'Multiprocessor Free', '0']);
    expect(arr(T.ARRAY | T.STRING, Buffer.alloc(0))).toEqual([]);
    expect(arr(T.ARRAY | T.UINT16, Buffer.from([1, 0, 2, 0, 0xff, 0xff]))).toEqual(['1', '2', '65535']);
    expect(arr(T.ARRAY | T.HEX32, Buffer.concat([u32(0x10), u32(0xdeadbeef)]))).toEqual(['0x10', '0xdeadbeef']);
    const g = Buffer.from('1bc6391149b551428ed327250a1edec8', 'hex');
    expect(arr(T.ARRAY | T.GUID, Buffer.concat([g, g]))).toEqual([
      '{1139C61B-B549-4251-8ED3-27250A1EDEC8}',
      '{1139C61B-B549-4251-8ED3-27250A1EDEC8}',
    ]);
    expect(arr(T.ARRAY | T.SID, Buffer.from('010100000000000512000000010100000000000513000000', 'hex'))).toEqual([
      'S-1-5-18',
      'S-1-5-19',
    ]);
    expect(arr(T.ARRAY | T.FILETIME, u64(133591148475310000n))).toEqual(['2024-05-02T09:14:07.5310000Z']);
    expect(arr(T.ARRAY | T.BOOL, Buffer.concat([u32(0), u32(5)]))).toEqual(['false', 'true']);
  });

  it('numbers for System fields from any integer type or text', () => {
    const b = Buffer.from('4624', 'utf16le');
    expect(numberValue(b, 0, b.length, T.STRING)).toBe(4624);
    expect(numberValue(u64(1234n), 0, 8, T.UINT64)).toBe(1234);
    expect(numberValue(u32(0xffffffff), 0, 4, T.HEX32)).toBe(0xffffffff);
    expect(numberValue(Buffer.alloc(0), 0, 0, T.NULL)).toBeUndefined();
    expect(numberValue(Buffer.alloc(1), 0, 1, T.UINT16)).toBeUndefined(); // too short
  });
});
