/**
 * Incremental reading of a growing .evtx file (the public API `analyze --follow` uses): each call reads
 * the chunk headers (a few dozen bytes per 64 KiB chunk) and parses only the chunks whose header changed
 * (new records in the current chunk: its last record id and free-space offset move; a new chunk: a new
 * header appears; the circular log wrapping round: an old chunk is rewritten with new record ids).
 * Changed chunks are read oldest first (by their first record id), at most MAX_CHUNKS_PER_READ a call,
 * however many there are. Each record is handed on once, keyed on the records really handed on
 * (EmittedRecords: ids with their times), not on the highest id seen: the oldest chunks of a wrapped log,
 * read after its newest, are all handed on; the old records left in a chunk being overwritten, handed on
 * before, are not handed on again.
 *
 * A live log's checksums lag its records, and the record being written may be cut: checksum warnings are
 * not reported, and a chunk whose parse skipped something is read again on the next calls before its
 * warnings are reported.
 */
import type { InputWarning, NormalizedEvent } from '../../src/model/event.js';
import type { PositionalFile } from '../../src/model/reader.js';
import { compareRecordIds, EmittedRecords, type RecordId } from '../../src/model/record-id.js';
import { latin1 } from './bytes.js';
import { CHUNK_SIZE, ChunkParser, isChunkHeader } from './chunk.js';
import { FILE_HEADER_SIZE, isEvtxHeader } from './header.js';

/** Chunk header bytes that change whenever records are added: record numbers and ids, offsets, data CRC. */
const SIG_FROM = 8;
const SIG_TO = 56;
/** Where a chunk header holds its first record id. */
const FIRST_RECORD_ID = 24;
/** Times a chunk whose parse skipped records is read again before its warnings are reported. */
const RETRIES = 3;
/** Chunks parsed per call at most (a huge file is read over several calls, keeping output flowing). */
const MAX_CHUNKS_PER_READ = 256;

export class NotEvtxError extends Error {}

export interface IncrementalRead {
  events: NormalizedEvent[];
  /** More changed chunks are waiting: call again without waiting for the file to change. */
  more: boolean;
}

export class EvtxIncrementalReader {
  private readonly sigs = new Map<number, string>();
  private readonly retries = new Map<number, number>();
  private emitted = new EmittedRecords();
  private maxId: RecordId = -1;
  private parser: ChunkParser;
  /** Warnings of the chunk being parsed. */
  private sink: InputWarning[] = [];

  constructor(
    readonly file: string,
    private readonly warn: (w: InputWarning) => void,
  ) {
    this.parser = this.newParser();
  }

  /** The highest record id handed on so far (-1 before any). */
  get highestRecordId(): RecordId {
    return this.maxId;
  }

  /** Chunks changed since the last call, or chunks still to be read again: a call may find news. */
  get pending(): boolean {
    return this.retries.size > 0;
  }

  /** Forgets everything read: the file was truncated or replaced and is read again from its start. */
  reset(): void {
    this.sigs.clear();
    this.retries.clear();
    this.maxId = -1;
    this.emitted = new EmittedRecords();
    this.parser = this.newParser();
  }

  /** One parser per file: its compiled templates are shared by every chunk. */
  private newParser(): ChunkParser {
    return new ChunkParser(new Uint8Array(0), { file: this.file, warn: (w) => this.sink.push(w) });
  }

  /** Reads what changed in the first `size` bytes of the file since the last call. */
  async read(fh: PositionalFile, size: number): Promise<IncrementalRead> {
    const head = new Uint8Array(8);
    await fh.read(head, 0, 8, 0);
    if (size >= 8 && !isEvtxHeader(head)) throw new NotEvtxError(`${this.file} no longer holds an .evtx log`);
    const hdr = new Uint8Array(SIG_TO);
    const hdrView = new DataView(hdr.buffer, hdr.byteOffset, hdr.byteLength);
    const changed: { off: number; firstId: bigint }[] = [];
    for (let off = FILE_HEADER_SIZE; off + SIG_TO <= size; off += CHUNK_SIZE) {
      await fh.read(hdr, 0, SIG_TO, off);
      const length = Math.min(CHUNK_SIZE, size - off);
      const chunkHeader = isChunkHeader(hdr);
      const sig = chunkHeader ? `${length}:${latin1(hdr, SIG_FROM, SIG_TO)}` : '';
      if (sig === '' && !this.sigs.has(off)) continue;
      if (this.sigs.get(off) !== sig || this.retries.has(off))
        changed.push({ off, firstId: chunkHeader ? hdrView.getBigUint64(FIRST_RECORD_ID, true) : 0n });
    }
    // Oldest first: a wrapped log's newest chunks sit at its start.
    changed.sort((a, b) => (a.firstId < b.firstId ? -1 : a.firstId > b.firstId ? 1 : a.off - b.off));
    const more = changed.length > MAX_CHUNKS_PER_READ;
    const collected: NormalizedEvent[] = [];
    const buf = new Uint8Array(CHUNK_SIZE);
    for (const { off } of changed.slice(0, MAX_CHUNKS_PER_READ)) {
      const length = Math.min(CHUNK_SIZE, size - off);
      const { bytesRead } = await fh.read(buf, 0, length, off);
      const chunk = buf.subarray(0, bytesRead);
      if (!isChunkHeader(chunk)) {
        this.sigs.delete(off);
        this.retries.delete(off);
        continue;
      }
      const warnings: InputWarning[] = (this.sink = []);
      const { events, skipped } = this.parser.parse(chunk, bytesRead, off);
      this.sigs.set(off, `${Math.min(CHUNK_SIZE, size - off)}:${latin1(chunk, SIG_FROM, SIG_TO)}`);
      const problems = warnings.filter((w) => w.kind !== 'checksum' && !/truncated/.test(w.message));
      const tries = this.retries.get(off) ?? 0;
      if ((skipped > 0 || problems.length > 0) && tries < RETRIES) this.retries.set(off, tries + 1);
      else {
        if (tries >= RETRIES) for (const w of problems) this.warn(w);
        this.retries.delete(off);
      }
      for (const e of events) collected.push(e);
    }
    collected.sort((a, b) => compareRecordIds(a.recordId, b.recordId));
    const out: NormalizedEvent[] = [];
    for (const e of collected) {
      const id = e.recordId ?? 0;
      if (!this.emitted.take(id, e.timeMs)) continue;
      if (compareRecordIds(id, this.maxId) > 0) this.maxId = id;
      out.push(e);
    }
    return { events: out, more };
  }
}
