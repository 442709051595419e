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
import { formatCount } from '../model/numbers.js';

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
  // The first member's header read here, once, and handed on without its name, comment and extra field: fflate
  // parses a header again from its start at every push, and joins what it holds each time, so a long name was
  // quadratic (8 MiB: 30 s). A later member's header over MAX_HEADER is refused (a log's gzip names a file).
  const source = shortHeader(chunks, (removed) => {
    pushed += removed;
  })[Symbol.asyncIterator]();
  const headerTooLong = () => {
    const state = inflater as unknown as { v?: number; p?: Uint8Array };
    return Boolean(state.v) && (state.p?.length ?? 0) > MAX_HEADER;
  };
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
        if (headerTooLong())
          throw new StreamDamage(
            name,
            `a gzip member's header longer than ${MAX_HEADER / 1024} KiB near byte ${formatCount(pushed)} (a file name or comment no log's gzip has): what came before it was read, the rest is not`,
            'gzip-cut-short',
            pushed,
          );
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
          `the gzip data is cut short at byte ${formatCount(pushed)}: what came before it was read, the rest is missing`,
          'gzip-cut-short',
          pushed,
        );
      throw err;
    }
  } catch (err) {
    yield* out;
    throw asDamage(err, name, pushed);
  }
  yield* out;
  // The last member's trailer: the last 8 compressed bytes.
  if (recent.length >= TRAILER && !endsWithTrailer(recent, member))
    throw new StreamDamage(
      name,
      `the gzip data's checksum does not match what it unpacks to (CRC-32 or size in its trailer at byte ${formatCount(pushed - TRAILER)}): the data may be damaged`,
      'gzip-checksum',
      pushed - TRAILER,
    );
}

/** What stopped the unpacking: our own errors as they are, the inflater's as damage near byte `pushed`. */
function asDamage(err: unknown, name: string, pushed: number): Error {
  if (err instanceof InputFileError || err instanceof StreamDamage) return err;
  return new StreamDamage(
    name,
    `damaged gzip data near byte ${formatCount(pushed)} (${(err as Error).message}): what came before it was read`,
    'gzip-cut-short',
    pushed,
  );
}

/** A later member's header longer than this is refused (fflate would parse it again at every push). */
const MAX_HEADER = 64 * 1024;

/** Header flags: a CRC-16 of the header, an extra field, a file name, a comment. */
const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;

/**
 * The bytes, their first gzip header read once as they stream by and handed on as its 10 fixed bytes alone (its
 * flags cleared of the extra field, name, comment and header CRC, which are skipped); `removed` is told how many
 * bytes were left out, before the first bytes are handed on. Bytes that do not start a gzip header pass unchanged.
 */
async function* shortHeader(
  chunks: AsyncIterable<Uint8Array>,
  removed: (bytes: number) => void,
): AsyncGenerator<Uint8Array> {
  const fixed = new Uint8Array(10);
  let have = 0;
  let flags = 0;
  /** What is being skipped: the extra field's length (2 bytes), its data, the name, the comment, the CRC. */
  let stage = 0;
  let extraLength = 0;
  let lengthBytes = 0;
  let left = 0;
  let skipped = 0;
  let done = false;
  for await (const chunk of chunks) {
    if (done) {
      yield chunk;
      continue;
    }
    let i = 0;
    while (i < chunk.length && !done) {
      if (have < 10) {
        const take = Math.min(10 - have, chunk.length - i);
        fixed.set(chunk.subarray(i, i + take), have);
        have += take;
        i += take;
        if (have < 10) break;
        flags = fixed[3]!;
        if (fixed[0] !== 0x1f || fixed[1] !== 0x8b || fixed[2] !== 8 || flags & 0xe0) {
          // Not a header this reads: handed on as it is (fflate says what is wrong).
          done = true;
          removed(0);
          yield fixed.slice();
          break;
        }
        stage = flags & FEXTRA ? 1 : flags & FNAME ? 3 : flags & FCOMMENT ? 4 : flags & FHCRC ? 5 : 6;
        left = 2;
        continue;
      }
      if (stage === 1) {
        extraLength |= chunk[i]! << (8 * lengthBytes);
        lengthBytes++;
        i++;
        skipped++;
        if (lengthBytes === 2) {
          stage = 2;
          left = extraLength;
        }
      } else if (stage === 2) {
        const take = Math.min(left, chunk.length - i);
        i += take;
        skipped += take;
        left -= take;
        if (left === 0) stage = flags & FNAME ? 3 : flags & FCOMMENT ? 4 : flags & FHCRC ? 5 : 6;
        if (stage === 5) left = 2;
      } else if (stage === 3 || stage === 4) {
        const nul = chunk.indexOf(0, i);
        const end = nul < 0 ? chunk.length : nul + 1;
        skipped += end - i;
        i = end;
        if (nul >= 0) stage = stage === 3 && flags & FCOMMENT ? 4 : flags & FHCRC ? 5 : 6;
        if (stage === 5) left = 2;
      } else if (stage === 5) {
        const take = Math.min(left, chunk.length - i);
        i += take;
        skipped += take;
        left -= take;
        if (left === 0) stage = 6;
      }
      if (stage === 6) {
        done = true;
        fixed[3] = flags & ~(FEXTRA | FNAME | FCOMMENT | FHCRC);
        removed(skipped);
        yield fixed.slice();
      }
    }
    if (done && i < chunk.length) yield chunk.subarray(i);
  }
  // The bytes ended inside the first header: what there was is handed on (fflate says it is cut short).
  if (!done && have) yield fixed.slice(0, have);
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
