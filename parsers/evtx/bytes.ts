/**
 * Little-endian reads and text decoding on a plain `Uint8Array`: the reader runs in Node and in a
 * browser page alike, without Node's `Buffer`. Reads past the end throw a RangeError, as Buffer's do:
 * the record loop turns it into a skipped-record warning.
 */

/** The bytes hold no value of that width at `off`. */
function outOfRange(buf: Uint8Array, off: number, width: number): never {
  throw new RangeError(
    `The value of "offset" is out of range. It must be >= 0 and <= ${buf.length - width}. Received ${off}`,
  );
}

export function u8(buf: Uint8Array, off: number): number {
  const b = buf[off];
  if (b === undefined) outOfRange(buf, off, 1);
  return b;
}

export function u16(buf: Uint8Array, off: number): number {
  const first = buf[off];
  const last = buf[off + 1];
  if (first === undefined || last === undefined) outOfRange(buf, off, 2);
  return first | (last << 8);
}

export function i16(buf: Uint8Array, off: number): number {
  return (u16(buf, off) << 16) >> 16;
}

export function u32(buf: Uint8Array, off: number): number {
  const first = buf[off];
  const last = buf[off + 3];
  if (first === undefined || last === undefined) outOfRange(buf, off, 4);
  return first + (buf[off + 1] ?? 0) * 0x100 + (buf[off + 2] ?? 0) * 0x10000 + last * 0x1000000;
}

export function i32(buf: Uint8Array, off: number): number {
  const first = buf[off];
  const last = buf[off + 3];
  if (first === undefined || last === undefined) outOfRange(buf, off, 4);
  return first | ((buf[off + 1] ?? 0) << 8) | ((buf[off + 2] ?? 0) << 16) | (last << 24);
}

export function i8(buf: Uint8Array, off: number): number {
  const b = buf[off];
  if (b === undefined) outOfRange(buf, off, 1);
  return (b << 24) >> 24;
}

/** @cache the DataView of the last buffer asked for (a view is a pure function of its buffer); read and replaced synchronously. */
let viewed: Uint8Array | undefined;
/** @cache with `viewed`: the view of that buffer. */
let view: DataView = new DataView(new ArrayBuffer(0));
/** A DataView of `buf` (the last one asked for is kept: the chunk being parsed). */
export function viewOf(buf: Uint8Array): DataView {
  if (buf !== viewed) {
    view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    viewed = buf;
  }
  return view;
}

/**
 * Scratch for float reads (bytes copied in, so any alignment works).
 * @cache scratch bytes, written and read within one synchronous call: nothing carries over.
 */
const scratch = new DataView(new ArrayBuffer(8));

export function f32(buf: Uint8Array, off: number): number {
  if (buf[off] === undefined || buf[off + 3] === undefined) outOfRange(buf, off, 4);
  for (let i = 0; i < 4; i++) scratch.setUint8(i, buf[off + i] ?? 0);
  return scratch.getFloat32(0, true);
}

export function f64(buf: Uint8Array, off: number): number {
  if (buf[off] === undefined || buf[off + 7] === undefined) outOfRange(buf, off, 8);
  for (let i = 0; i < 8; i++) scratch.setUint8(i, buf[off + i] ?? 0);
  return scratch.getFloat64(0, true);
}

/** Characters handed to one String.fromCharCode call at most (arguments live on the stack). */
const APPLY_MAX = 8192;

/** Each byte of buf[start, end) as one character (ISO-8859-1, as Node's 'latin1'). */
export function latin1(buf: Uint8Array, start: number, end: number): string {
  if (end <= start) return '';
  if (end - start <= APPLY_MAX) return String.fromCharCode.apply(null, buf.subarray(start, end) as unknown as number[]);
  let s = '';
  for (let at = start; at < end; at += APPLY_MAX)
    s += String.fromCharCode.apply(null, buf.subarray(at, Math.min(end, at + APPLY_MAX)) as unknown as number[]);
  return s;
}

/**
 * Code units of a short string being decoded (reused: no allocation per string).
 * @cache scratch, emptied after each string: nothing carries over from one call to the next.
 */
const codes: number[] = [];

type Utf16Decoder = (buf: Uint8Array, start: number, end: number) => string;
/** @cache the platform's native decoder, installed once at start-up (`useNativeUtf16`); it gives the same strings. */
let native: Utf16Decoder | undefined;
/**
 * Strings up to this many UTF-16 code units are decoded in JS, longer ones natively: a native call costs
 * more than the loop for the short strings most values are. Measured crossovers: Chromium's TextDecoder
 * beats the loop from about 150 code units; Node's own decoder from about 32.
 * @cache set with `native`, once at start-up: where the faster decoder takes over; results do not change.
 */
let short = 128;

/** Decodes UTF-16LE without the byte-order-mark removal TextDecoder does by default. */
const utf16Decoder = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * Installs a platform's native UTF-16LE decoder (Node's, about twice as fast as TextDecoder there). It
 * must keep every code unit, lone surrogates included.
 */
export function useNativeUtf16(fn: Utf16Decoder): void {
  native = fn;
  short = 32;
}

/**
 * UTF-16LE buf[start, end) (an even number of bytes), code unit for code unit: lone surrogates stay
 * (as Node's 'utf16le' keeps them) — for names, which are not XML-normalized.
 */
export function utf16Units(buf: Uint8Array, start: number, end: number): string {
  const n = (end - start) >> 1;
  if (n <= short) return shortUtf16(buf, start, n);
  if (native) return native(buf, start, end);
  let s = '';
  for (let at = start; at < end; ) {
    const k = Math.min(APPLY_MAX, (end - at) >> 1);
    s += shortUtf16(buf, at, k);
    at += k * 2;
  }
  codes.length = 0;
  return s;
}

function shortUtf16(buf: Uint8Array, start: number, n: number): string {
  codes.length = n;
  for (let i = 0, p = start; i < n; i++, p += 2) codes[i] = (buf[p] ?? 0) | ((buf[p + 1] ?? 0) << 8);
  return String.fromCharCode.apply(null, codes);
}

/**
 * UTF-16LE buf[start, end) (an even number of bytes) with lone surrogates replaced by U+FFFD: what XML
 * text gets (see values.ts `xmlText`).
 */
export function utf16WellFormed(buf: Uint8Array, start: number, end: number): string {
  const n = (end - start) >> 1;
  if (n <= short) return toWellFormed(shortUtf16(buf, start, n));
  if (native) return toWellFormed(native(buf, start, end));
  // TextDecoder replaces each lone surrogate by U+FFFD, as toWellFormed does.
  return utf16Decoder.decode(buf.subarray(start, end));
}

interface WellFormed {
  isWellFormed?: () => boolean;
  toWellFormed?: () => string;
}

/** Lone surrogates replaced by U+FFFD (String.prototype.toWellFormed where there is one). */
export function toWellFormed(s: string): string {
  const w = s as unknown as WellFormed;
  if (w.isWellFormed) return w.isWellFormed() ? s : w.toWellFormed!();
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
