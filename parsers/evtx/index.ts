/**
 * Native reader of Windows XML Event Log (.evtx) files (MS-EVEN6 BinXML; libyal "Windows XML Event Log
 * (EVTX) format"). Layers: file header → 64 KiB chunks → event records → BinXML → values.
 *
 * Streaming: one chunk at a time with positional reads; memory stays flat whatever the file size.
 * Dirty files: every 64 KiB block after the header is examined until EOF, whatever the header says.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { InputWarning } from '../../src/model/event.js';
import { InputFileError, type EventBatches, type ReadOptions } from '../../src/model/reader.js';
import { CHUNK_SIZE, ChunkParser, isChunkHeader } from './chunk.js';
import { crc32 } from './crc32.js';

export const FILE_HEADER_SIZE = 0x1000;
const FILE_MAGIC = [0x45, 0x6c, 0x66, 0x46, 0x69, 0x6c, 0x65, 0x00]; // "ElfFile\0"

/** Does the file start with the EVTX signature `ElfFile\0`? */
export function isEvtxHeader(firstBytes: Uint8Array): boolean {
  if (firstBytes.length < 8) return false;
  for (let i = 0; i < 8; i++) if (firstBytes[i] !== FILE_MAGIC[i]) return false;
  return true;
}

export interface EvtxFileHeader {
  firstChunk: number;
  lastChunk: number;
  nextRecordId: number;
  headerSize: number;
  minorVersion: number;
  majorVersion: number;
  headerBlockSize: number;
  chunkCount: number;
  flags: number;
  checksumOk: boolean;
}

export function parseFileHeader(b: Buffer): EvtxFileHeader {
  return {
    firstChunk: b.readUInt32LE(8) + b.readUInt32LE(12) * 4294967296,
    lastChunk: b.readUInt32LE(16) + b.readUInt32LE(20) * 4294967296,
    nextRecordId: b.readUInt32LE(24) + b.readUInt32LE(28) * 4294967296,
    headerSize: b.readUInt32LE(32),
    minorVersion: b.readUInt16LE(36),
    majorVersion: b.readUInt16LE(38),
    headerBlockSize: b.readUInt16LE(40),
    chunkCount: b.readUInt16LE(42),
    flags: b.readUInt32LE(120),
    checksumOk: crc32(b.subarray(0, 120)) === b.readUInt32LE(124),
  };
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a folder';
  return e.message ?? String(err);
}

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
    throw new InputFileError(path, `cannot open ${path}: ${describe(err)}`, { offset: 0 });
  }
  const warn = (w: InputWarning) => opts.warn(w);
  try {
    let size: number;
    const head = Buffer.alloc(FILE_HEADER_SIZE);
    let got: number;
    try {
      size = (await fh.stat()).size;
      got = await readAt(fh, head, FILE_HEADER_SIZE, 0);
    } catch (err) {
      throw new InputFileError(path, `cannot read ${path}: ${describe(err)}`, { offset: 0 });
    }
    if (!isEvtxHeader(head.subarray(0, got))) {
      throw new InputFileError(path, 'not an EVTX file: it does not start with the "ElfFile" signature', { offset: 0 });
    }
    if (got < 128) throw new InputFileError(path, `EVTX file header truncated (${got} bytes)`, { offset: 0 });
    const header = parseFileHeader(head);
    if (!header.checksumOk) {
      warn({ file: path, offset: 124, kind: 'checksum', message: 'file header checksum mismatch; reading every chunk anyway' });
    }
    if (header.majorVersion !== 3) {
      warn({ file: path, offset: 38, kind: 'format', message: `unexpected EVTX format version ${header.majorVersion}.${header.minorVersion}; trying anyway` });
    }

    const parser = new ChunkParser(Buffer.alloc(0), { file: path, warn });
    // Double buffering: the next chunk is read while the current one is parsed.
    let cur = Buffer.allocUnsafe(CHUNK_SIZE);
    let nxt = Buffer.allocUnsafe(CHUNK_SIZE);
    let offset = FILE_HEADER_SIZE;
    let pending: Promise<number> | undefined = offset < size ? readAt(fh, cur, CHUNK_SIZE, offset) : undefined;
    while (pending) {
      if (opts.signal?.aborted) return;
      const length = await pending;
      const nextOffset = offset + CHUNK_SIZE;
      pending = nextOffset < size ? readAt(fh, nxt, CHUNK_SIZE, nextOffset) : undefined;
      if (length > 0) {
        if (isChunkHeader(cur.subarray(0, length))) {
          const { events } = parser.parse(cur, length, offset);
          if (events.length) yield events;
        } else if (!isZero(cur, length)) {
          warn({ file: path, offset, kind: 'skipped-chunk', message: `64 KiB block at offset ${offset} is not a chunk (no "ElfChnk" signature) and is not empty; skipped` });
        }
      }
      const t = cur;
      cur = nxt;
      nxt = t;
      offset = nextOffset;
    }
  } finally {
    await fh.close();
  }
}

const ZERO = Buffer.alloc(CHUNK_SIZE);
function isZero(buf: Buffer, length: number): boolean {
  return buf.compare(ZERO, 0, length, 0, length) === 0;
}
