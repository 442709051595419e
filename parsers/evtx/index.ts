/**
 * Native reader of Windows XML Event Log (.evtx) files (MS-EVEN6 BinXML; libyal "Windows XML Event Log
 * (EVTX) format"). Layers: file header → 64 KiB chunks → event records → BinXML → values.
 *
 * Streaming: one chunk at a time with positional reads; memory stays flat whatever the file size.
 * Dirty files: every 64 KiB block after the header is examined until EOF, whatever the header says.
 */
import type { InputWarning, NormalizedEvent } from '../../src/model/event.js';
import { InputFileError, type EventBatches, type ReadOptions } from '../../src/model/reader.js';
import { type InputSource, memoryBytes, type RandomAccessBytes } from '../../src/model/source.js';
import { CHUNK_SIZE, ChunkParser, isChunkHeader } from './chunk.js';
import type { RecordSink } from './record-sink.js';
import { type EvtxFileHeader, FILE_HEADER_SIZE, isEvtxHeader, parseFileHeader } from './header.js';

/** Chunks read per positional read. */
const READ_CHUNKS = 8;
const WINDOW = READ_CHUNKS * CHUNK_SIZE;

/** The most of an archive read from a pipe that is kept in memory (a pipe cannot be read at positions). */
export const MAX_PIPED_EVTX = 4 * 1024 ** 3;

/**
 * Reads an .evtx log from any input holding one (a file, an archive entry, a browser `File`, a pipe);
 * yields one batch of events per chunk, in file order. An input read once, in order (a pipe, an archive
 * entry as it is inflated), is parsed as it streams in, a chunk at a time. The caller opens and closes
 * the input.
 */
export async function* readEvtx(source: InputSource, opts: ReadOptions): EventBatches {
  if (!source.random) {
    yield* readEvtxStream(source, opts);
    return;
  }
  const path = source.name;
  const bytes = source.random;
  const readAt = (buf: Uint8Array, length: number, position: number) => bytes.read(buf, position, length);
  const warn = (w: InputWarning) => opts.warn(w);
  let pending: Promise<number> | undefined;
  try {
    await checkEvtxHeader(path, bytes, warn);
    const size = bytes.size;
    const parser = new ChunkParser(new Uint8Array(0), { file: path, warn, select: opts.select });
    // Positional reads of READ_CHUNKS chunks at a time, double-buffered: the next window is read while
    // the current one is parsed. Memory stays at two windows whatever the file size.
    let cur = new Uint8Array(WINDOW);
    let nxt = new Uint8Array(WINDOW);
    let offset = FILE_HEADER_SIZE;
    const readWindow = (buf: Uint8Array, at: number) =>
      readAt(buf, Math.min(WINDOW, size - at), at).catch((err: unknown) => {
        throw InputFileError.unreadable(path, err, at);
      });
    pending = offset < size ? readWindow(cur, offset) : undefined;
    while (pending) {
      const length = await pending;
      const nextOffset = offset + WINDOW;
      pending = nextOffset < size && length === WINDOW ? readWindow(nxt, nextOffset) : undefined;
      for (let rel = 0; rel < length; rel += CHUNK_SIZE) {
        if (opts.signal?.aborted) return;
        const chunkLength = Math.min(CHUNK_SIZE, length - rel);
        const events = parseBlock(parser, cur.subarray(rel, rel + chunkLength), offset + rel, path, warn);
        if (events.length) yield events;
      }
      const t = cur;
      cur = nxt;
      nxt = t;
      offset = nextOffset;
    }
  } finally {
    // Stopped early (abort, consumer break, error): let the read in flight finish before the input is closed.
    if (pending) await pending.catch(() => 0);
  }
}

/** An .evtx read in order (no positions): the header, then each 64 KiB block parsed as soon as it is whole. */
async function* readEvtxStream(source: InputSource, opts: ReadOptions): EventBatches {
  const path = source.name;
  const warn = (w: InputWarning) => opts.warn(w);
  const head = new Uint8Array(FILE_HEADER_SIZE);
  let headFill = 0;
  let headerDone = false;
  const parser = new ChunkParser(new Uint8Array(0), { file: path, warn, select: opts.select });
  const block = new Uint8Array(CHUNK_SIZE);
  let fill = 0;
  let offset = FILE_HEADER_SIZE;
  let pieces: AsyncIterable<Uint8Array>;
  try {
    pieces = source.chunks();
  } catch (err) {
    throw InputFileError.unreadable(path, err);
  }
  for await (const piece of pieces) {
    let at = 0;
    while (at < piece.length) {
      if (opts.signal?.aborted) return;
      if (!headerDone) {
        const n = Math.min(FILE_HEADER_SIZE - headFill, piece.length - at);
        head.set(piece.subarray(at, at + n), headFill);
        headFill += n;
        at += n;
        if (headFill === FILE_HEADER_SIZE) {
          await checkEvtxHeader(path, memoryBytes(head), warn);
          headerDone = true;
        }
        continue;
      }
      const n = Math.min(CHUNK_SIZE - fill, piece.length - at);
      block.set(piece.subarray(at, at + n), fill);
      fill += n;
      at += n;
      if (fill === CHUNK_SIZE) {
        const events = parseBlock(parser, block, offset, path, warn);
        offset += CHUNK_SIZE;
        fill = 0;
        if (events.length) yield events;
      }
    }
  }
  if (!headerDone) await checkEvtxHeader(path, memoryBytes(head.subarray(0, headFill)), warn);
  if (fill > 0) {
    const events = parseBlock(parser, block.subarray(0, fill), offset, path, warn);
    if (events.length) yield events;
  }
}

/**
 * Checks the file header (signature, length, checksum, version) of the .evtx in `bytes`: problems that
 * still let it be read go to `warn`, the others are thrown as InputFileError.
 */
export async function checkEvtxHeader(
  path: string,
  bytes: RandomAccessBytes,
  warn: (w: InputWarning) => void,
): Promise<EvtxFileHeader> {
  const head = new Uint8Array(FILE_HEADER_SIZE);
  let got: number;
  try {
    got = await bytes.read(head, 0, FILE_HEADER_SIZE);
  } catch (err) {
    throw InputFileError.unreadable(path, err);
  }
  if (!isEvtxHeader(head.subarray(0, got))) {
    throw new InputFileError(path, 'not an EVTX file: it does not start with the "ElfFile" signature', { offset: 0 });
  }
  if (got < 128) throw new InputFileError(path, `EVTX file header truncated (${got} bytes)`, { offset: 0 });
  const header = parseFileHeader(head);
  if (!header.checksumOk) {
    warn({
      file: path,
      offset: 124,
      code: 'evtx-file-checksum',
      kind: 'checksum',
      message: 'file header checksum mismatch; reading every chunk anyway',
    });
  }
  if (header.majorVersion !== 3) {
    warn({
      file: path,
      offset: 38,
      code: 'evtx-version',
      kind: 'format',
      message: `unexpected EVTX format version ${header.majorVersion}.${header.minorVersion}; trying anyway`,
    });
  }
  return header;
}

const NO_EVENTS: NormalizedEvent[] = [];

/**
 * One 64 KiB block of the file (`block.length` bytes, short at EOF) at `offset`: its events when it is a
 * chunk; an empty block is silent, anything else a `skipped-chunk` warning. Chunks are independent (each
 * carries its own strings and templates), so blocks can be parsed in any order, by any parser of the file.
 */
export function parseBlock(
  parser: ChunkParser,
  block: Uint8Array,
  offset: number,
  path: string,
  warn: (w: InputWarning) => void,
): NormalizedEvent[] {
  if (isChunkHeader(block)) return parser.parse(block, block.length, offset).events;
  if (!isZero(block, block.length)) warn(notAChunk(path, offset));
  return NO_EVENTS;
}

/** `parseBlock` into a RecordSink (see ChunkParser.parseInto): records go to the sink, in file order. */
export function parseBlockInto(
  parser: ChunkParser,
  block: Uint8Array,
  offset: number,
  path: string,
  warn: (w: InputWarning) => void,
  sink: RecordSink,
): void {
  if (isChunkHeader(block)) parser.parseInto(block, block.length, offset, sink);
  else if (!isZero(block, block.length)) warn(notAChunk(path, offset));
}

function notAChunk(path: string, offset: number): InputWarning {
  return {
    file: path,
    offset,
    code: 'evtx-not-a-chunk',
    kind: 'skipped-chunk',
    message: `64 KiB block at offset ${offset} is not a chunk (no "ElfChnk" signature) and is not empty; skipped`,
  };
}

function isZero(buf: Uint8Array, length: number): boolean {
  for (let i = 0; i < length; i++) if (buf[i] !== 0) return false;
  return true;
}

export { type EvtxFileHeader, FILE_HEADER_SIZE, isEvtxHeader, parseFileHeader } from './header.js';
export { EvtxIncrementalReader, type IncrementalRead, NotEvtxError } from './incremental.js';
export { useNativeUtf16 } from './bytes.js';
export { crc32, useNativeCrc32 } from './crc32.js';
// Chunk-level reading, for readers that spread a file's chunks over worker threads.
export { CHUNK_SIZE, ChunkParser } from './chunk.js';
export { type RecordSink, RecordValues } from './record-sink.js';
export type { RawSystem } from './compile-system.js';
export type { PlanField, RecordPlan } from './compile.js';
