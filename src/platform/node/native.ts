/**
 * Node's native CRC-32 (zlib) and UTF-16LE decoding, handed to the .evtx reader: the same results as its
 * portable code, faster. Imported for this effect by the Node entries that read .evtx (./files.ts, the
 * parallel reader's worker thread).
 */
import * as zlib from 'node:zlib';
import { useNativeCrc32, useNativeUtf16 } from '../../../parsers/evtx/index.js';

type Ucs2Slice = (this: Uint8Array, start: number, end: number) => string;

useNativeCrc32(zlib.crc32);
const ucs2Slice = (Buffer.prototype as unknown as { ucs2Slice?: Ucs2Slice }).ucs2Slice;
useNativeUtf16(
  ucs2Slice
    ? (buf, start, end) => ucs2Slice.call(buf, start, end)
    : (buf, start, end) => Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('utf16le'),
);
