/**
 * Native reader of Windows XML Event Log (.evtx) files (MS-EVEN6 BinXML; libyal "Windows XML Event Log
 * (EVTX) format"). Layers: file header → 64 KiB chunks → event records → BinXML → values.
 *
 * Streaming: one chunk at a time with positional reads; memory stays flat whatever the file size.
 * Dirty files: every 64 KiB block after the header is examined until EOF, whatever the header says.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { InputWarning } from '../../src/model/event.js';
import { describeFsError, InputFileError, type EventBatches, type ReadOptions } from '../../src/model/reader.js';
import { CHUNK_SIZE, ChunkParser, isChunkHeader } from './chunk.js';
import { FILE_HEADER_SIZE, isEvtxHeader, parseFileHeader } from './header.js';

/** Chunks read per positional read. */
const READ_CHUNKS = 8;
const WINDOW = READ_CHUNKS * CHUNK_SIZE;

/** Reads `length` bytes at `position` (short only at EOF). */
async function readAt(fh: FileHandle, buf: Buffer, length: number, position: number): Promise<number> {
  let done = 0;
  while (done < length) {
    const { bytesRead } = await fh.read(buf, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done;
}

/** Reads an .evtx file; yields one batch of events per chunk, in file order. */
export async function* readEvtx(path: string, opts: ReadOptions): EventBatches {
  let fh: FileHandle;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    throw new InputFileError(path, `cannot open ${path}: ${describeFsError(err)}`, { offset: 0 });
  }
  const warn = (w: InputWarning) => opts.warn(w);
  let pending: Promise<number> | undefined;
  try {
    let size: number;
    const head = Buffer.alloc(FILE_HEADER_SIZE);
    let got: number;
    try {
      size = (await fh.stat()).size;
      got = await readAt(fh, head, FILE_HEADER_SIZE, 0);
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

    const parser = new ChunkParser(Buffer.alloc(0), { file: path, warn });
    // Positional reads of READ_CHUNKS chunks at a time, double-buffered: the next window is read while
    // the current one is parsed. Memory stays at two windows whatever the file size.
    let cur = Buffer.allocUnsafe(WINDOW);
    let nxt = Buffer.allocUnsafe(WINDOW);
    let offset = FILE_HEADER_SIZE;
    const readWindow = (buf: Buffer, at: number) =>
      readAt(fh, buf, Math.min(WINDOW, size - at), at).catch((err: unknown) => {
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
    await fh.close();
  }
}

const ZERO = Buffer.alloc(CHUNK_SIZE);
function isZero(buf: Buffer, length: number): boolean {
  return buf.compare(ZERO, 0, length, 0, length) === 0;
}

export { type EvtxFileHeader, FILE_HEADER_SIZE, isEvtxHeader, parseFileHeader } from './header.js';
export { EvtxIncrementalReader, type IncrementalRead, NotEvtxError } from './incremental.js';
