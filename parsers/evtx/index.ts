/**
 * Native reader of Windows XML Event Log (.evtx) files (MS-EVEN6 BinXML; libyal "Windows XML Event Log
 * (EVTX) format"). Layers: file header → 64 KiB chunks → event records → BinXML → values.
 *
 * Streaming: one chunk at a time with positional reads; memory stays flat whatever the file size.
 * Dirty files: every 64 KiB block after the header is examined until EOF, whatever the header says.
 */
import type { InputWarning } from '../../src/model/event.js';
import { openFileInput } from '../../src/model/file-source.js';
import { describeFsError, InputFileError, type EventBatches, type ReadOptions } from '../../src/model/reader.js';
import {
  type InputSource,
  InputTooLargeError,
  type RandomAccessBytes,
  randomAccessOf,
} from '../../src/model/source.js';
import { CHUNK_SIZE, ChunkParser, isChunkHeader } from './chunk.js';
import { FILE_HEADER_SIZE, isEvtxHeader, parseFileHeader } from './header.js';

/** Chunks read per positional read. */
const READ_CHUNKS = 8;
const WINDOW = READ_CHUNKS * CHUNK_SIZE;

/** The most of an .evtx read from a pipe that is kept in memory (a pipe cannot be read at positions). */
export const MAX_PIPED_EVTX = 4 * 1024 ** 3;

/**
 * Reads an .evtx file, or any input holding one (an archive entry, standard input: a pipe is read into
 * memory first); yields one batch of events per chunk, in file order.
 */
export async function* readEvtx(input: string | InputSource, opts: ReadOptions): EventBatches {
  const path = typeof input === 'string' ? input : input.name;
  let source: InputSource;
  let bytes: RandomAccessBytes;
  try {
    source = typeof input === 'string' ? await openFileInput(input) : input;
  } catch (err) {
    throw new InputFileError(path, `cannot open ${path}: ${describeFsError(err)}`, { offset: 0 });
  }
  try {
    bytes = await randomAccessOf(source, MAX_PIPED_EVTX);
  } catch (err) {
    if (typeof input === 'string') await source.close?.();
    const why =
      err instanceof InputTooLargeError
        ? `an .evtx read from a pipe is limited to ${err.message}`
        : describeFsError(err);
    throw new InputFileError(path, `cannot read ${path}: ${why}`, { offset: 0 });
  }
  const readAt = (buf: Buffer, length: number, position: number) => bytes.read(buf, position, length);
  const warn = (w: InputWarning) => opts.warn(w);
  let pending: Promise<number> | undefined;
  try {
    let size: number;
    const head = Buffer.alloc(FILE_HEADER_SIZE);
    let got: number;
    try {
      size = bytes.size;
      got = await readAt(head, FILE_HEADER_SIZE, 0);
    } catch (err) {
      throw new InputFileError(path, `cannot read ${path}: ${describeFsError(err)}`, { offset: 0 });
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
        kind: 'checksum',
        message: 'file header checksum mismatch; reading every chunk anyway',
      });
    }
    if (header.majorVersion !== 3) {
      warn({
        file: path,
        offset: 38,
        kind: 'format',
        message: `unexpected EVTX format version ${header.majorVersion}.${header.minorVersion}; trying anyway`,
      });
    }

    const parser = new ChunkParser(Buffer.alloc(0), { file: path, warn, select: opts.select });
    // Positional reads of READ_CHUNKS chunks at a time, double-buffered: the next window is read while
    // the current one is parsed. Memory stays at two windows whatever the file size.
    let cur = Buffer.allocUnsafe(WINDOW);
    let nxt = Buffer.allocUnsafe(WINDOW);
    let offset = FILE_HEADER_SIZE;
    const readWindow = (buf: Buffer, at: number) =>
      readAt(buf, Math.min(WINDOW, size - at), at).catch((err: unknown) => {
        throw new InputFileError(path, `cannot read ${path} at offset ${at}: ${describeFsError(err)}`, { offset: at });
      });
    pending = offset < size ? readWindow(cur, offset) : undefined;
    while (pending) {
      const length = await pending;
      const nextOffset = offset + WINDOW;
      pending = nextOffset < size && length === WINDOW ? readWindow(nxt, nextOffset) : undefined;
      for (let rel = 0; rel < length; rel += CHUNK_SIZE) {
        if (opts.signal?.aborted) return;
        const chunkLength = Math.min(CHUNK_SIZE, length - rel);
        const chunk = cur.subarray(rel, rel + chunkLength);
        const chunkOffset = offset + rel;
        if (isChunkHeader(chunk)) {
          const { events } = parser.parse(chunk, chunkLength, chunkOffset);
          if (events.length) yield events;
        } else if (!isZero(chunk, chunkLength)) {
          warn({
            file: path,
            offset: chunkOffset,
            kind: 'skipped-chunk',
            message: `64 KiB block at offset ${chunkOffset} is not a chunk (no "ElfChnk" signature) and is not empty; skipped`,
          });
        }
      }
      const t = cur;
      cur = nxt;
      nxt = t;
      offset = nextOffset;
    }
  } finally {
    // Stopped early (abort, consumer break, error): let the read in flight finish before closing.
    if (pending) await pending.catch(() => 0);
    if (typeof input === 'string') await source.close?.();
  }
}

const ZERO = Buffer.alloc(CHUNK_SIZE);
function isZero(buf: Buffer, length: number): boolean {
  return buf.compare(ZERO, 0, length, 0, length) === 0;
}

export { type EvtxFileHeader, FILE_HEADER_SIZE, isEvtxHeader, parseFileHeader } from './header.js';
export { EvtxIncrementalReader, type IncrementalRead, NotEvtxError } from './incremental.js';
export { crc32 } from './crc32.js';
