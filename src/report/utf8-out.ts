/**
 * Text written straight into one growing UTF-8 buffer, reused record after record (the dump's hot path):
 * no string per record, no concatenation of a batch, no second pass to encode it. Bytes are as
 * TextEncoder writes them (a lone surrogate becomes U+FFFD); `json` and `xml` are the dumps' escapers,
 * which escape sanitize.ts' unsafe characters (controls, C1, bidi and format characters, separators).
 */
import { UNSAFE_CLASS } from './sanitize.js';

const HEX = '0123456789abcdef';

/** Which UTF-16 code units below U+10000 are unsafe characters (sanitize.ts' set); made on first use. */
let unsafeUnits: Uint8Array | undefined;

function unsafeTable(): Uint8Array {
  if (unsafeUnits) return unsafeUnits;
  const table = new Uint8Array(0x10000);
  const units: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) units.push(c);
  let all = '';
  for (let i = 0; i < units.length; i += 4096) all += String.fromCharCode(...units.slice(i, i + 4096));
  for (const m of all.matchAll(new RegExp(`[${UNSAFE_CLASS}]`, 'gu'))) table[m[0].charCodeAt(0)] = 1;
  unsafeUnits = table;
  return table;
}

const UNSAFE_CHARACTER = new RegExp(`^[${UNSAFE_CLASS}]$`, 'u');

/** Whether the code point above U+FFFF is an unsafe character (tag characters and other format ones). */
function unsafeAstral(cp: number): boolean {
  return UNSAFE_CHARACTER.test(String.fromCodePoint(cp));
}

/** Pre-encoded fixed text (ASCII or not), copied as it is. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export class Utf8Out {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 1 << 20) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Starts over in `bytes` (a buffer handed back once written out). */
  reset(bytes: Uint8Array): void {
    this.bytes = bytes;
    this.length = 0;
  }

  /** The bytes written so far; the buffer is left to the caller (call `reset` before writing again). */
  take(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  /** Room for `n` more bytes (every writer below reserves its worst case, then writes unchecked). */
  reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n, 4096));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Pre-encoded bytes (the fixed parts of a record), from `from` on. */
  raw(b: Uint8Array, from = 0): void {
    const n = b.length - from;
    this.reserve(n);
    const out = this.bytes;
    const p = this.length - from;
    if (n > 48) out.set(from === 0 ? b : b.subarray(from), p + from);
    else for (let i = from; i < b.length; i++) out[p + i] = b[i]!;
    this.length = p + b.length;
  }

  /** A string as it is, in UTF-8. */
  text(s: string): void {
    this.reserve(s.length * 3);
    const out = this.bytes;
    let p = this.length;
    const n = s.length;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) out[p++] = c;
      else {
        const q = this.nonAscii(s, i, c, p);
        p = q >>> 1;
        i += q & 1;
      }
    }
    this.length = p;
  }

  /** A whole number ≥ 0 below 2^53 in decimal, else as `String` writes it. */
  number(v: number): void {
    if (!(v >= 0 && v <= Number.MAX_SAFE_INTEGER && Math.floor(v) === v)) {
      this.text(String(v));
      return;
    }
    this.reserve(16);
    const out = this.bytes;
    if (v < 0x80000000) {
      // Small integers (ids, levels, record numbers): digits counted and written with integer division.
      let x = v | 0;
      const digits =
        x < 10 ? 1 : x < 100 ? 2 : x < 1000 ? 3 : x < 10000 ? 4 : x < 100000 ? 5 : x < 1000000 ? 6 : decimalDigits(x);
      let p = this.length + digits;
      this.length = p;
      do {
        const q = (x / 10) | 0;
        out[--p] = 0x30 + (x - q * 10);
        x = q;
      } while (x > 0);
      return;
    }
    const digits = decimalDigits(v);
    let p = this.length + digits;
    this.length = p;
    let x = v;
    for (; x >= 0x80000000; x = Math.floor(x / 10)) out[--p] = 0x30 + (x % 10);
    // Below 2^31: integer division.
    do {
      const q = (x / 10) | 0;
      out[--p] = 0x30 + (x - q * 10);
      x = q;
    } while (x > 0);
  }

  /**
   * A string as a JSON string, quoted, byte for byte as `escapeJsonText(JSON.stringify(s))` writes it: `"`,
   * `\\` and C0 controls as JSON.stringify escapes them (`\n` and the like short), a lone surrogate as
   * `\udxxx`, the other unsafe characters (DEL, C1, format characters, separators) as `\uxxxx` per UTF-16
   * unit, the rest as UTF-8.
   */
  json(s: string): void {
    const n = s.length;
    this.reserve(n * 6 + 2);
    const out = this.bytes;
    let p = this.length;
    out[p++] = 0x22;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x20 && c < 0x7f) {
        if (c === 0x22 || c === 0x5c) out[p++] = 0x5c;
        out[p++] = c;
      } else if (c < 0x20) {
        out[p++] = 0x5c;
        if (c === 0x0a) out[p++] = 0x6e;
        else if (c === 0x0d) out[p++] = 0x72;
        else if (c === 0x09) out[p++] = 0x74;
        else if (c === 0x08) out[p++] = 0x62;
        else if (c === 0x0c) out[p++] = 0x66;
        else p = this.unicodeEscape(c, p);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        if (isPairAt(s, i, c)) {
          const d = s.charCodeAt(i + 1);
          if (unsafeAstral(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000)) {
            out[p++] = 0x5c;
            p = this.unicodeEscape(c, p);
            out[p++] = 0x5c;
            p = this.unicodeEscape(d, p);
            i++;
            continue;
          }
          const q = this.nonAscii(s, i, c, p);
          p = q >>> 1;
          i += q & 1;
        } else {
          out[p++] = 0x5c;
          p = this.unicodeEscape(c, p);
        }
      } else if ((unsafeUnits ?? unsafeTable())[c] === 1) {
        out[p++] = 0x5c;
        p = this.unicodeEscape(c, p);
      } else {
        const q = this.nonAscii(s, i, c, p);
        p = q >>> 1;
      }
    }
    out[p++] = 0x22;
    this.length = p;
  }

  /**
   * Text escaped for XML content and attributes as `escapeXml` escapes it: the five entities, tab and
   * newline kept, every other unsafe character (CR, controls, C1, format characters) as `&#x…;`.
   */
  xml(s: string): void {
    const n = s.length;
    this.reserve(n * 8);
    const out = this.bytes;
    let p = this.length;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 0x3f ? c !== 0x7f : c >= 0x20 && c !== 0x3c && c !== 0x3e && c !== 0x26 && c !== 0x27 && c !== 0x22)
          out[p++] = c;
        else if (c === 0x09 || c === 0x0a) out[p++] = c;
        else p = this.entity(c, p);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        if (isPairAt(s, i, c)) {
          const cp = ((c - 0xd800) << 10) + (s.charCodeAt(i + 1) - 0xdc00) + 0x10000;
          if (unsafeAstral(cp)) {
            p = this.entity(cp, p);
            i++;
            continue;
          }
        }
        const q = this.nonAscii(s, i, c, p);
        p = q >>> 1;
        i += q & 1;
      } else if ((unsafeUnits ?? unsafeTable())[c] === 1) p = this.entity(c, p);
      else {
        const q = this.nonAscii(s, i, c, p);
        p = q >>> 1;
      }
    }
    this.length = p;
  }

  /**
   * UTF-16LE code units `src[start, end)` as `json` writes their string, straight from the bytes; false
   * (with part of it written: the caller rewinds) at a CR or a surrogate, which the string form handles.
   */
  jsonUtf16(src: Uint8Array, start: number, end: number): boolean {
    this.reserve(((end - start) >> 1) * 6 + 2);
    const out = this.bytes;
    let p = this.length;
    out[p++] = 0x22;
    for (let i = start; i < end; i += 2) {
      const c = src[i]! | (src[i + 1]! << 8);
      if (c >= 0x20 && c < 0x7f) {
        if (c === 0x22 || c === 0x5c) out[p++] = 0x5c;
        out[p++] = c;
      } else if (c < 0x20) {
        out[p++] = 0x5c;
        if (c === 0x0a) out[p++] = 0x6e;
        else if (c === 0x0d) return false;
        else if (c === 0x09) out[p++] = 0x74;
        else if (c === 0x08) out[p++] = 0x62;
        else if (c === 0x0c) out[p++] = 0x66;
        else p = this.unicodeEscape(c, p);
      } else if (c >= 0xd800 && c <= 0xdfff) return false;
      else if ((unsafeUnits ?? unsafeTable())[c] === 1) {
        out[p++] = 0x5c;
        p = this.unicodeEscape(c, p);
      } else p = this.bmp(c, p);
    }
    out[p++] = 0x22;
    this.length = p;
    return true;
  }

  /** UTF-16LE code units as `xml` writes their string (see jsonUtf16: false at a CR or a surrogate). */
  xmlUtf16(src: Uint8Array, start: number, end: number): boolean {
    this.reserve(((end - start) >> 1) * 8);
    const out = this.bytes;
    let p = this.length;
    for (let i = start; i < end; i += 2) {
      const c = src[i]! | (src[i + 1]! << 8);
      if (c < 0x80) {
        if (c >= 0x3f ? c !== 0x7f : c >= 0x20 && c !== 0x3c && c !== 0x3e && c !== 0x26 && c !== 0x27 && c !== 0x22)
          out[p++] = c;
        else if (c === 0x09 || c === 0x0a) out[p++] = c;
        else if (c === 0x0d) return false;
        else p = this.entity(c, p);
      } else if (c >= 0xd800 && c <= 0xdfff) return false;
      else if ((unsafeUnits ?? unsafeTable())[c] === 1) p = this.entity(c, p);
      else p = this.bmp(c, p);
    }
    this.length = p;
    return true;
  }

  /** A code unit from U+0080 up, not a surrogate, in UTF-8 at `p`; returns the new position. */
  private bmp(c: number, p: number): number {
    const out = this.bytes;
    if (c < 0x800) {
      out[p++] = 0xc0 | (c >> 6);
      out[p++] = 0x80 | (c & 63);
    } else {
      out[p++] = 0xe0 | (c >> 12);
      out[p++] = 0x80 | ((c >> 6) & 63);
      out[p++] = 0x80 | (c & 63);
    }
    return p;
  }

  /** A character as an XML entity: the five by name, the others as `&#x…;` (lower-case hex). */
  private entity(c: number, p: number): number {
    const e =
      c === 0x3c
        ? '&lt;'
        : c === 0x3e
          ? '&gt;'
          : c === 0x26
            ? '&amp;'
            : c === 0x27
              ? '&apos;'
              : c === 0x22
                ? '&quot;'
                : `&#x${c.toString(16)};`;
    const out = this.bytes;
    for (let k = 0; k < e.length; k++) out[p++] = e.charCodeAt(k);
    return p;
  }

  /** `uXXXX` (the backslash already written), lower-case hex as JSON.stringify writes it. */
  private unicodeEscape(c: number, p: number): number {
    const out = this.bytes;
    out[p++] = 0x75;
    out[p++] = HEX.charCodeAt((c >> 12) & 15);
    out[p++] = HEX.charCodeAt((c >> 8) & 15);
    out[p++] = HEX.charCodeAt((c >> 4) & 15);
    out[p++] = HEX.charCodeAt(c & 15);
    return p;
  }

  /**
   * Writes the non-ASCII code unit `c` at `s[i]` (a surrogate pair whole; a lone surrogate as U+FFFD) at
   * `p`; returns the new position times two, plus one when the pair's second unit was consumed.
   */
  private nonAscii(s: string, i: number, c: number, p: number): number {
    const out = this.bytes;
    if (c < 0x800) {
      out[p++] = 0xc0 | (c >> 6);
      out[p++] = 0x80 | (c & 63);
      return p * 2;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      if (isPairAt(s, i, c)) {
        const cp = ((c - 0xd800) << 10) + (s.charCodeAt(i + 1) - 0xdc00) + 0x10000;
        out[p++] = 0xf0 | (cp >> 18);
        out[p++] = 0x80 | ((cp >> 12) & 63);
        out[p++] = 0x80 | ((cp >> 6) & 63);
        out[p++] = 0x80 | (cp & 63);
        return p * 2 + 1;
      }
      c = 0xfffd;
    }
    out[p++] = 0xe0 | (c >> 12);
    out[p++] = 0x80 | ((c >> 6) & 63);
    out[p++] = 0x80 | (c & 63);
    return p * 2;
  }
}

/** How many decimal digits the whole number `v` ≥ 0 has. */
function decimalDigits(v: number): number {
  let digits = 1;
  for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
  return digits;
}

/** Whether `s[i]` (= c) is a high surrogate followed by a low one. */
function isPairAt(s: string, i: number, c: number): boolean {
  if (c > 0xdbff || i + 1 >= s.length) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}
