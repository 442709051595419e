/**
 * BinXML value types (MS-EVEN6 2.2.12 / libyal "Value types"): decoding substitution and value-text
 * payloads to numbers, instants and the strings Windows writes in its XML rendering.
 */
import { instantFromFiletime, instantFromParts } from '../../src/model/time.js';
import { f32, f64, i16, i32, i8, latin1, toWellFormed, u8, u16, u32, utf16WellFormed, viewOf } from './bytes.js';
import { integerFromText } from '../../src/model/numbers.js';

export const VT_NULL = 0x00;
export const VT_STRING = 0x01;
export const VT_ANSI = 0x02;
export const VT_INT8 = 0x03;
export const VT_UINT8 = 0x04;
export const VT_INT16 = 0x05;
export const VT_UINT16 = 0x06;
export const VT_INT32 = 0x07;
export const VT_UINT32 = 0x08;
export const VT_INT64 = 0x09;
export const VT_UINT64 = 0x0a;
export const VT_FLOAT = 0x0b;
export const VT_DOUBLE = 0x0c;
export const VT_BOOL = 0x0d;
export const VT_BINARY = 0x0e;
export const VT_GUID = 0x0f;
export const VT_SIZET = 0x10;
export const VT_FILETIME = 0x11;
export const VT_SYSTEMTIME = 0x12;
export const VT_SID = 0x13;
export const VT_HEX32 = 0x14;
export const VT_HEX64 = 0x15;
export const VT_EVTHANDLE = 0x20;
export const VT_BINXML = 0x21;
export const VT_EVTXML = 0x23;
export const VT_ARRAY = 0x80;

const TWO_POW_32 = 4294967296;

/** `00`..`FF`, upper case. */
const HEX_BYTE: readonly string[] = Array.from({ length: 256 }, (_, i) =>
  i.toString(16).toUpperCase().padStart(2, '0'),
);

/** `00`..`FF`, upper case. */

/** Fixed element size of a scalar type (0 = variable size). */
export function elementSize(type: number, totalSize: number): number {
  switch (type) {
    case VT_INT8:
    case VT_UINT8:
      return 1;
    case VT_INT16:
    case VT_UINT16:
      return 2;
    case VT_INT32:
    case VT_UINT32:
    case VT_FLOAT:
    case VT_BOOL:
    case VT_HEX32:
      return 4;
    case VT_INT64:
    case VT_UINT64:
    case VT_DOUBLE:
    case VT_FILETIME:
    case VT_HEX64:
      return 8;
    case VT_GUID:
    case VT_SYSTEMTIME:
      return 16;
    case VT_SIZET:
      return totalSize % 8 === 0 && totalSize > 0 ? 8 : 4;
    default:
      return 0;
  }
}

/** Strings up to this many code units are decoded by the loop of `utf16`, longer ones by `xmlUtf16`. */
const SHORT = 32;
/**
 * Code units of a short string being decoded: one array per length, reused (no allocation, and no
 * length change, per string).
 */
const CODES: number[][] = Array.from({ length: SHORT + 1 }, (_, n) => new Array<number>(n).fill(0));

/** UTF-16LE text without its trailing NUL terminator(s), as XML text (see `xmlText`). */
export function utf16(buf: Uint8Array, off: number, size: number): string {
  let end = off + (size & ~1);
  if (end > buf.length) return utf16Checked(buf, off, end);
  while (end > off && buf[end - 1] === 0 && buf[end - 2] === 0) end -= 2;
  if (end <= off) return '';
  const n = (end - off) >> 1;
  if (n <= SHORT) {
    // Short strings (most values): decode and check for CR / surrogates in one pass. In bounds (checked
    // above), so the bytes are read unchecked.
    let special = 0;
    const codes = CODES[n]!;
    for (let i = 0, p = off; i < n; i++, p += 2) {
      const ch = buf[p]! | (buf[p + 1]! << 8);
      special |= ch === 13 || (ch & 0xf800) === 0xd800 ? 1 : 0;
      codes[i] = ch;
    }
    const s = String.fromCharCode.apply(null, codes);
    return special ? xmlText(s) : s;
  }
  return xmlUtf16(buf, off, end);
}

/** `utf16` of a value running past the buffer (damage): bounds-checked reads, the same RangeError. */
function utf16Checked(buf: Uint8Array, off: number, end: number): string {
  while (end > off && buf[end - 1] === 0 && buf[end - 2] === 0) end -= 2;
  if (end <= off) return '';
  const n = (end - off) >> 1;
  if (n > SHORT) return xmlUtf16(buf, off, end);
  let s = '';
  for (let i = 0, p = off; i < n; i++, p += 2) s += String.fromCharCode(u16(buf, p));
  return xmlText(s);
}

/** UTF-16LE buf[start, end) (an even number of bytes) as XML text (see `xmlText`). */
export function xmlUtf16(buf: Uint8Array, start: number, end: number): string {
  const s = utf16WellFormed(buf, start, end);
  return s.indexOf('\r') === -1 ? s : s.replace(/\r\n?/g, '\n');
}

/**
 * Text as an XML reader sees it: line ends normalized to `\n` (XML 1.0 §2.11, what every consumer of
 * Windows' rendered XML gets), lone UTF-16 surrogates replaced by U+FFFD.
 */
export function xmlText(s: string): string {
  if (s.indexOf('\r') !== -1) s = s.replace(/\r\n?/g, '\n');
  return toWellFormed(s);
}

function ansi(buf: Uint8Array, off: number, size: number): string {
  let end = off + size;
  while (end > off && buf[end - 1] === 0) end--;
  return latin1(buf, off, end);
}

export function hexUpper(buf: Uint8Array, off: number, size: number): string {
  let s = '';
  for (let i = off, end = Math.min(off + size, buf.length); i < end; i++) s += HEX_BYTE[buf[i] ?? 0];
  return s;
}

/**
 * Remembers the last bytes → string decoding at one place (a System field of a template): Channel,
 * Computer, Provider, user SID repeat record after record, so most records skip the decode.
 */
export class BytesMemo {
  private readonly last = new Uint8Array(128);
  private readonly lastView = new DataView(this.last.buffer);
  private lastLen = -1;
  private value = '';

  get(
    buf: Uint8Array,
    off: number,
    len: number,
    decode: (buf: Uint8Array, off: number, len: number) => string,
  ): string {
    if (len === this.lastLen && off + len <= buf.length) {
      // Compared four bytes at a time, then the rest.
      const view = viewOf(buf);
      const lastView = this.lastView;
      let i = 0;
      while (i + 4 <= len && view.getUint32(off + i, true) === lastView.getUint32(i, true)) i += 4;
      if (i + 4 > len) {
        const last = this.last;
        while (i < len && buf[off + i] === last[i]) i++;
        if (i === len) return this.value;
      }
    }
    const value = decode(buf, off, len);
    if (len <= this.last.length) {
      this.last.set(buf.subarray(off, off + len));
      this.lastLen = len;
      this.value = value;
    }
    return value;
  }
}

/** @cache the last GUID's bytes and text: the text is a pure function of the bytes, whichever run asks. */
const guidMemo = new BytesMemo();
const guidDecode = (buf: Uint8Array, off: number) => guidBytes(buf, off);

/** `{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}` as Windows renders GUIDs. */
export function guidString(buf: Uint8Array, off: number): string {
  return guidMemo.get(buf, off, 16, guidDecode);
}

function guidBytes(buf: Uint8Array, off: number): string {
  // Data1 (4 bytes), Data2 and Data3 (2 each) are little-endian; Data4's 8 bytes are in order.
  const h = (i: number) => HEX_BYTE[u8(buf, off + i)]!;
  return (
    '{' +
    h(3) +
    h(2) +
    h(1) +
    h(0) +
    '-' +
    h(5) +
    h(4) +
    '-' +
    h(7) +
    h(6) +
    '-' +
    h(8) +
    h(9) +
    '-' +
    h(10) +
    h(11) +
    h(12) +
    h(13) +
    h(14) +
    h(15) +
    '}'
  );
}

/** @cache the last SID's bytes and text: the text is a pure function of the bytes, whichever run asks. */
const sidMemo = new BytesMemo();
const sidDecode = (buf: Uint8Array, off: number, size: number) => sidBytes(buf, off, size);

/** `S-1-5-21-…`; undefined when the bytes do not hold a whole SID. */
export function sidString(buf: Uint8Array, off: number, size: number): string | undefined {
  if (size < 8) return undefined;
  const count = u8(buf, off + 1);
  if (8 + count * 4 > size) return undefined;
  return sidMemo.get(buf, off, 8 + count * 4, sidDecode);
}

function sidBytes(buf: Uint8Array, off: number, size: number): string {
  const count = (size - 8) >> 2;
  let authority = 0;
  for (let i = 2; i < 8; i++) authority = authority * 256 + u8(buf, off + i);
  let s = 'S-' + u8(buf, off) + '-' + (authority < TWO_POW_32 ? String(authority) : '0x' + hexUpper(buf, off + 2, 6));
  for (let i = 0; i < count; i++) s += '-' + u32(buf, off + 8 + i * 4);
  return s;
}

/**
 * Minimal lower-case hex of a 64-bit value given as halves, as Windows' `0x%I64x`.
 * @cache the last value formatted and its hex (a pure function of the halves): runs of one value repeat.
 */
let lastLo = -1;
/** @cache with `lastLo`. */
let lastHi = -1;
/** @cache with `lastLo`. */
let lastHex = '';
export function hex64(lo: number, hi: number): string {
  // Keywords and the like repeat record after record.
  if (lo === lastLo && hi === lastHi) return lastHex;
  lastLo = lo;
  lastHi = hi;
  lastHex = hi === 0 ? '0x' + lo.toString(16) : '0x' + hi.toString(16) + lo.toString(16).padStart(8, '0');
  return lastHex;
}

function uint64String(lo: number, hi: number): string {
  if (hi < 0x200000) return String(hi * TWO_POW_32 + lo);
  return ((BigInt(hi) << 32n) | BigInt(lo)).toString();
}

function int64String(lo: number, hi: number): string {
  if (hi < 0x200000) return String(hi * TWO_POW_32 + lo);
  if (hi >= 0xffe00000) return String((hi - TWO_POW_32) * TWO_POW_32 + lo);
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo)).toString();
}

/** Shortest decimal that reads back as the same 32-bit float. */
function floatString(v: number): string {
  if (!Number.isFinite(v) || Number.isInteger(v)) return String(v);
  for (let p = 1; p <= 9; p++) {
    const s = v.toPrecision(p);
    if (Math.fround(parseFloat(s)) === v) return String(parseFloat(s));
  }
  return String(v);
}

export function filetimeIso(buf: Uint8Array, off: number): string {
  try {
    return instantFromFiletime(u32(buf, off), u32(buf, off + 4)).iso;
  } catch {
    return '';
  }
}

export function systemtimeIso(buf: Uint8Array, off: number): string {
  try {
    const month = u16(buf, off + 2);
    const day = u16(buf, off + 6);
    if (month < 1 || month > 12 || day < 1 || day > 31) return '';
    return instantFromParts(
      u16(buf, off),
      month,
      day,
      u16(buf, off + 8),
      u16(buf, off + 10),
      u16(buf, off + 12),
      u16(buf, off + 14) % 1000,
    ).iso;
  } catch {
    return '';
  }
}

/** One scalar value (type without the array bit) as Windows renders it in XML. */
export function renderScalar(buf: Uint8Array, off: number, size: number, type: number): string {
  switch (type) {
    case VT_STRING:
      return utf16(buf, off, size);
    case VT_ANSI:
      return ansi(buf, off, size);
    case VT_NULL:
      return '';
    case VT_INT8:
      return size >= 1 ? String(i8(buf, off)) : '';
    case VT_UINT8:
      return size >= 1 ? String(buf[off]) : '';
    case VT_INT16:
      return size >= 2 ? String(i16(buf, off)) : '';
    case VT_UINT16:
      return size >= 2 ? String(u16(buf, off)) : '';
    case VT_INT32:
      return size >= 4 ? String(i32(buf, off)) : '';
    case VT_UINT32:
      return size >= 4 ? String(u32(buf, off)) : '';
    case VT_INT64:
      return size >= 8 ? int64String(u32(buf, off), u32(buf, off + 4)) : '';
    case VT_UINT64:
      return size >= 8 ? uint64String(u32(buf, off), u32(buf, off + 4)) : '';
    case VT_FLOAT:
      return size >= 4 ? floatString(f32(buf, off)) : '';
    case VT_DOUBLE:
      return size >= 8 ? String(f64(buf, off)) : '';
    case VT_BOOL:
      if (size >= 4) return u32(buf, off) !== 0 ? 'true' : 'false';
      if (size >= 1) return buf[off] !== 0 ? 'true' : 'false';
      return '';
    case VT_BINARY:
      return hexUpper(buf, off, size);
    case VT_GUID:
      return size >= 16 ? guidString(buf, off) : '';
    case VT_SIZET:
    case VT_HEX32:
    case VT_HEX64:
    case VT_EVTHANDLE:
      if (size >= 8) return hex64(u32(buf, off), u32(buf, off + 4));
      if (size >= 4) return '0x' + u32(buf, off).toString(16);
      return '';
    case VT_FILETIME:
      return size >= 8 ? filetimeIso(buf, off) : '';
    case VT_SYSTEMTIME:
      return size >= 16 ? systemtimeIso(buf, off) : '';
    case VT_SID:
      return sidString(buf, off, size) ?? hexUpper(buf, off, size);
    case VT_EVTXML:
      return utf16(buf, off, size);
    default:
      return hexUpper(buf, off, size);
  }
}

/**
 * The strings of an array of NUL-ended strings in `unit`-byte characters (2: UTF-16LE, 1: an 8-bit code page), each
 * decoded by `decode`; an empty item stays (a value may be ''), a last one without its NUL is kept.
 */
function nulSeparated(
  buf: Uint8Array,
  off: number,
  end: number,
  unit: 1 | 2,
  decode: (buf: Uint8Array, start: number, end: number) => string,
): string[] {
  const out: string[] = [];
  let start = off;
  for (let i = off; i < end; i += unit) {
    if (buf[i] === 0 && (unit === 1 || buf[i + 1] === 0)) {
      out.push(i > start ? decode(buf, start, i) : '');
      start = i + unit;
    }
  }
  if (start < end) out.push(decode(buf, start, end));
  return out;
}

/** The items of an array value (type with the 0x80 bit), each rendered as `renderScalar` would. */
export function renderArray(buf: Uint8Array, off: number, size: number, type: number): string[] {
  const base = type & 0x7f;
  const out: string[] = [];
  if (size <= 0) return out;
  if (base === VT_STRING) return nulSeparated(buf, off, off + (size & ~1), 2, xmlUtf16);
  if (base === VT_ANSI) return nulSeparated(buf, off, off + size, 1, latin1);
  if (base === VT_SID) {
    let p = off;
    const end = off + size;
    while (p + 8 <= end) {
      const len = 8 + u8(buf, p + 1) * 4;
      if (p + len > end) break;
      out.push(sidString(buf, p, len) ?? '');
      p += len;
    }
    return out;
  }
  const el = elementSize(base, size);
  if (el === 0) {
    out.push(renderScalar(buf, off, size, base));
    return out;
  }
  for (let p = off, end = off + size - el; p <= end; p += el) out.push(renderScalar(buf, p, el, base));
  return out;
}

/** A numeric value for System fields (EventID, Level…); parses text; undefined for null/unparseable. */
export function numberValue(buf: Uint8Array, off: number, size: number, type: number): number | undefined {
  switch (type) {
    case VT_UINT8:
      return size >= 1 ? buf[off] : undefined;
    case VT_INT8:
      return size >= 1 ? i8(buf, off) : undefined;
    case VT_UINT16:
      return size >= 2 ? u16(buf, off) : undefined;
    case VT_INT16:
      return size >= 2 ? i16(buf, off) : undefined;
    case VT_UINT32:
    case VT_HEX32:
      return size >= 4 ? u32(buf, off) : undefined;
    case VT_INT32:
      return size >= 4 ? i32(buf, off) : undefined;
    case VT_BOOL:
      return size >= 4 ? (u32(buf, off) !== 0 ? 1 : 0) : undefined;
    case VT_UINT64:
    case VT_HEX64:
    case VT_SIZET:
    case VT_INT64:
      if (size >= 8) return u32(buf, off + 4) * TWO_POW_32 + u32(buf, off);
      if (size >= 4) return u32(buf, off);
      return undefined;
    case VT_STRING:
    case VT_ANSI:
      return integerFromText(renderScalar(buf, off, size, type));
    default:
      return undefined;
  }
}

/** Windows' upper-case braced form of a GUID given as text. */
export function canonicalGuidText(text: string): string | undefined {
  const t = text.trim().replace(/^\{|\}$/g, '');
  return t === '' ? undefined : `{${t.toUpperCase()}}`;
}
