/**
 * One 64 KiB chunk: header checks and the record loop (size fields, re-synchronisation on the record magic,
 * records past a damaged free-space offset). Its records are read by RecordReader (record.ts), its templates by
 * TemplateReader (templates.ts).
 */
import type { InputWarning, NormalizedEvent } from '../../src/model/event.js';
import type { FieldSelection } from '../../src/model/reader.js';
import { CHUNK_HEADER_SIZE } from './header.js';
import { RecordReader, safeRecordId } from './record.js';
import type { RecordSink } from './record-sink.js';
import { u32 } from './bytes.js';
import { crc32 } from './crc32.js';

export const CHUNK_SIZE = 0x10000;
const RECORD_MAGIC = 0x00002a2a;
/** @cache a number each chunk parse takes once: no parse reads a template cached for another chunk. */
let generation = 0;
const CHUNK_MAGIC = [0x45, 0x6c, 0x66, 0x43, 0x68, 0x6e, 0x6b, 0x00]; // "ElfChnk\0"

export interface ChunkResult {
  events: NormalizedEvent[];
  skipped: number;
}

export interface ChunkOptions {
  file: string;
  warn: (w: InputWarning) => void;
  /** Decode only the fields the consumer reads (see FieldSelection). */
  select?: FieldSelection;
  /**
   * With `parseInto`: the System fields the sink reads of a record given by its plan, by event field name
   * (`provider.name`, `level`…); the others are left out. All when not given.
   */
  systemFields?: ReadonlySet<string>;
}

export function isChunkHeader(buf: Uint8Array): boolean {
  if (buf.length < 8) return false;
  for (let i = 0; i < 8; i++) if (buf[i] !== CHUNK_MAGIC[i]) return false;
  return true;
}

/** Parser of the chunk currently in `buf`; reset per chunk (templates and names live per chunk). */
export class ChunkParser extends RecordReader {
  /**
   * Parses the chunk held in `buf[0..length)` found at `fileOffset` into `sink` (see RecordSink); the
   * result's `events` stays empty. The caller has checked the magic.
   */
  parseInto(buf: Uint8Array, length: number, fileOffset: number, sink: RecordSink): ChunkResult {
    this.sink = this.opts.select ? undefined : sink;
    try {
      return this.parse(buf, length, fileOffset);
    } finally {
      this.sink = undefined;
    }
  }

  /**
   * Parses the chunk held in `buf[0..length)` found at `fileOffset`. The caller has checked the magic.
   */
  parse(buf: Uint8Array, length: number, fileOffset: number): ChunkResult {
    this.buf = buf;
    this.fileOffset = fileOffset;
    this.names = new Map();
    this.gen = ++generation;
    this.inProgress.clear();
    this.defEnds.clear();
    this.fileBytes += length;
    const events: NormalizedEvent[] = [];
    let skipped = 0;

    if (length < CHUNK_HEADER_SIZE) {
      this.warn(
        'evtx-chunk-truncated',
        'skipped-chunk',
        0,
        `chunk truncated to ${length} bytes (file ends inside it); skipped`,
      );
      return { events, skipped: 1 };
    }
    if (length < CHUNK_SIZE)
      this.warn(
        'evtx-chunk-truncated',
        'format',
        0,
        `chunk truncated to ${length} bytes (file ends inside it); reading what is there`,
      );

    const freeSpace = this.checkedFreeSpace(length);
    this.end = length;

    let pos = CHUNK_HEADER_SIZE;
    while (pos + 24 <= freeSpace) {
      if (u32(buf, pos) !== RECORD_MAGIC) {
        if (isZero(buf, pos, freeSpace)) break;
        const next = findRecord(buf, pos + 1, freeSpace);
        this.warn(
          'evtx-gap',
          'format',
          pos,
          `no event record at 0x${pos.toString(16)} in chunk; skipping ${next - pos} bytes to the next record`,
        );
        pos = next;
        continue;
      }
      const size = u32(buf, pos + 4);
      // A record may run past a damaged free-space offset, not past the chunk.
      if (size < 28 || pos + size > length) {
        skipped++;
        const next = findRecord(buf, pos + 8, freeSpace);
        this.warn(
          'evtx-record-size',
          'skipped-record',
          pos,
          `event record ${safeRecordId(buf, pos)} has an invalid size (${size}); skipped`,
        );
        pos = next;
        continue;
      }
      if (!this.readRecord(pos, size, events)) skipped++;
      pos += size;
    }
    const past = this.readPastFreeSpace(pos, length, events);
    skipped += past.skipped;
    const beyond = past.read;
    if (beyond > 0) {
      this.warn(
        'evtx-free-space',
        'format',
        48,
        `chunk free-space offset 0x${freeSpace.toString(16)} ends before its records: ${beyond} more record(s) found after it and read`,
      );
    }
    return { events, skipped };
  }

  /** The chunk's free-space offset, checked (a bad one: the whole chunk), and its checksums checked, with warnings. */
  private checkedFreeSpace(length: number): number {
    const buf = this.buf;
    // Header checksum: bytes 0..120 and 128..512.
    const headerCrc = crc32(buf.subarray(128, 512), crc32(buf.subarray(0, 120)));
    if (headerCrc !== u32(buf, 124))
      this.warn('evtx-chunk-checksum', 'checksum', 124, 'chunk header checksum mismatch; reading its records anyway');
    const freeSpace = u32(buf, 48);
    if (freeSpace < CHUNK_HEADER_SIZE || freeSpace > CHUNK_SIZE) {
      this.warn(
        'evtx-free-space',
        'format',
        48,
        `chunk free-space offset 0x${freeSpace.toString(16)} is invalid; scanning the whole chunk`,
      );
      return length;
    }
    if (freeSpace > length) return length;
    const dataCrc = crc32(buf.subarray(CHUNK_HEADER_SIZE, freeSpace));
    if (dataCrc !== u32(buf, 52))
      this.warn('evtx-chunk-checksum', 'checksum', 52, 'chunk records checksum mismatch; reading its records anyway');
    return freeSpace;
  }

  /**
   * Records past the free-space offset, from `from`: a damaged offset must not hide them. Only whole records (size
   * copy matches) whose id lies in the chunk header's range count; stale slack from an earlier use of the chunk
   * has older ids.
   */
  private readPastFreeSpace(
    from: number,
    length: number,
    events: NormalizedEvent[],
  ): { read: number; skipped: number } {
    const buf = this.buf;
    const firstId = u32(buf, 12) * 4294967296 + u32(buf, 8);
    const lastId = u32(buf, 20) * 4294967296 + u32(buf, 16);
    let read = 0;
    let skipped = 0;
    for (let p = findRecord(buf, from, length); p + 24 <= length; p = findRecord(buf, p, length)) {
      const size = u32(buf, p + 4);
      const id = u32(buf, p + 12) * 4294967296 + u32(buf, p + 8);
      if (size < 28 || p + size > length || u32(buf, p + size - 4) !== size || id < firstId || id > lastId) {
        p += 8;
        continue;
      }
      if (this.readRecord(p, size, events)) read++;
      else skipped++;
      p += size;
    }
    return { read, skipped };
  }
}

function isZero(buf: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (buf[i] !== 0) return false;
  return true;
}

/** Next `**\0\0` record magic at an 8-byte boundary at or after `from`, or `end`. */
function findRecord(buf: Uint8Array, from: number, end: number): number {
  let p = (from + 7) & ~7;
  for (; p + 24 <= end; p += 8) {
    if (buf[p] === 0x2a && buf[p + 1] === 0x2a && buf[p + 2] === 0 && buf[p + 3] === 0) return p;
  }
  return end;
}
