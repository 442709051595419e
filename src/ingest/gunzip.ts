/**
 * A gzip file's bytes unpacked as a stream (fflate's streaming `Gunzip`, loaded only when an input is
 * gzipped): nothing but the pieces in flight is held, so a large `.ndjson.gz` streams like its text. What a
 * damaged stream held before the damage is kept: a file cut short ends with `StreamDamage` (read as a warning
 * naming the byte it stopped at), as does a member whose CRC-32 or size does not match its trailer; zero
 * padding after the last member (tape and block devices add it) is ignored, as gzip itself does.
 */
import { Gunzip } from 'fflate';
import { crc32 } from '../../parsers/evtx/index.js';
import { InputFileError, StreamDamage } from '../model/reader.js';

/** Compressed bytes handed to the inflater at a time: bounds what one push can expand to. */
const PIECE = 4 * 1024;
/** A gzip member's trailer: CRC-32 and size (mod 2^32) of its uncompressed bytes, little-endian. */
const TRAILER = 8;

export async function* gunzipped(chunks: AsyncIterable<Uint8Array>, name = 'input'): AsyncGenerator<Uint8Array> {
  let out: Uint8Array[] = [];
  // The member being unpacked: where it starts in the compressed bytes, its CRC-32 and size so far.
  let member = { start: 0, crc: 0, size: 0 };
  let pushed = 0;
  // The last compressed bytes pushed (enough to hold a trailer and the zeros after it).
  let recent = new Uint8Array(0);
  const inflater = new Gunzip((data) => {
    member.crc = crc32(data, member.crc);
    member.size = (member.size + data.length) >>> 0;
    out.push(data);
  });
  inflater.onmember = (offset) => {
    member = { start: offset, crc: 0, size: 0 };
  };
  const remember = (piece: Uint8Array) => {
    const joined = new Uint8Array(recent.length + piece.length);
    joined.set(recent, 0);
    joined.set(piece, recent.length);
    recent = joined.subarray(Math.max(0, joined.length - PIECE - TRAILER));
  };
  /** Zeros after a whole member (its trailer right before them), up to the end: padding. */
  const paddedEnd = async (rest: Uint8Array): Promise<boolean> => {
    if (trailingZerosStart(recent) === recent.length) return false;
    return endsWithTrailer(recent, member) && (await onlyZerosLeft(rest, source));
  };
  const source = chunks[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await source.next();
      if (next.done) break;
      const chunk = next.value;
      for (let at = 0; at < chunk.length; at += PIECE) {
        const piece = chunk.subarray(at, at + PIECE);
        remember(piece);
        try {
          inflater.push(piece, false);
        } catch (err) {
          if (await paddedEnd(chunk.subarray(at + PIECE))) {
            yield* out;
            return;
          }
          throw err;
        }
        pushed += piece.length;
        if (out.length) {
          const ready = out;
          out = [];
          yield* ready;
        }
      }
    }
    try {
      inflater.push(new Uint8Array(0), true);
    } catch (err) {
      yield* out;
      out = [];
      if (await paddedEnd(new Uint8Array(0))) return;
      if ((err as Error).message === 'unexpected EOF')
        throw new StreamDamage(
          name,
          `the gzip data is cut short at byte ${pushed.toLocaleString('en-US')}: what came before it was read, the rest is missing`,
          'gzip-cut-short',
          pushed,
        );
      throw err;
    }
  } catch (err) {
    if (err instanceof InputFileError) throw err;
    yield* out;
    throw new StreamDamage(
      name,
      `damaged gzip data near byte ${pushed.toLocaleString('en-US')} (${(err as Error).message}): what came before it was read`,
      'gzip-cut-short',
      pushed,
    );
  }
  yield* out;
  // The last member's trailer: the last 8 compressed bytes.
  if (recent.length >= TRAILER && !endsWithTrailer(recent, member))
    throw new StreamDamage(
      name,
      `the gzip data's checksum does not match what it unpacks to (CRC-32 or size in its trailer at byte ${(pushed - TRAILER).toLocaleString('en-US')}): the data may be damaged`,
      'gzip-checksum',
      pushed - TRAILER,
    );
}

/**
 * The last member's trailer ends the bytes, or ends where only zeros follow (padding; the trailer's own last
 * bytes may be zeros too: a size under 16 MiB ends in 00).
 */
function endsWithTrailer(bytes: Uint8Array, m: { crc: number; size: number }): boolean {
  const zerosFrom = trailingZerosStart(bytes);
  for (let end = bytes.length; end >= zerosFrom && end >= TRAILER; end--)
    if (end <= zerosFrom + TRAILER || end === bytes.length)
      if (trailerMatches(bytes.subarray(end - TRAILER, end), m)) return true;
  return false;
}

function trailingZerosStart(bytes: Uint8Array): number {
  let i = bytes.length;
  while (i > 0 && bytes[i - 1] === 0) i--;
  return i;
}

function trailerMatches(trailer: Uint8Array, m: { crc: number; size: number }): boolean {
  const view = new DataView(trailer.buffer, trailer.byteOffset, TRAILER);
  return view.getUint32(0, true) === m.crc >>> 0 && view.getUint32(4, true) === m.size >>> 0;
}

async function onlyZerosLeft(rest: Uint8Array, source: AsyncIterator<Uint8Array>): Promise<boolean> {
  if (rest.some((b) => b !== 0)) return false;
  for (;;) {
    const next = await source.next();
    if (next.done) return true;
    if (next.value.some((b) => b !== 0)) return false;
  }
}
