/**
 * Follows a growing XML event file (`wevtutil qe /f:xml >> file`, or any tool that appends events): only
 * the bytes past the last offset are read and fed to the push reader, which keeps an event cut in the
 * middle until its end arrives. A file that shrank (truncated), whose identity changed (replaced, rotated)
 * or whose bytes before the offset changed (rewritten in place by `>`, to the same size or a larger one) is
 * read again from its start; the follower's record de-duplication keeps events already reported from being
 * reported twice.
 *
 * What was read is checked by content, not by size: every poll that finds the file grown compares its first
 * and last 4 KiB read and eight blocks spread between them with what they held (a constant cost per poll,
 * so a long follow stays linear); a poll that finds it the same size but with new times (written, not
 * appended) compares a hash of everything read, kept as it was read, with the file's bytes now.
 */
import { createHash, type Hash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { type FileHandle, stat } from 'node:fs/promises';
import { openRegularFile } from '../platform/node/file-source.js';
import { XmlEventReader } from '../../parsers/xml/index.js';
import { detectEncoding } from '../../parsers/xml/index.js';
import type { InputWarning, NormalizedEvent } from '../model/event.js';

/** Bytes read per call at most (the rest comes on the next poll, so a huge append cannot stall output). */
const MAX_READ_PER_POLL = 16 * 1024 * 1024;
const READ_BLOCK = 1024 * 1024;
/** The first and the last bytes read, compared at each poll that finds the file grown. */
const EDGE_CHECK = 4096;
/** Blocks spread between them, compared too. */
const MIDDLE_BLOCKS = 8;
const MIDDLE_BLOCK = 512;

export interface TailPoll {
  events: NormalizedEvent[];
  /** Why the file was read again from its start, when it was. */
  reopened?: 'truncated' | 'replaced' | 'rewritten';
  /** More is waiting (the per-call read limit was reached): poll again. */
  more?: boolean;
}

/**
 * Which file a path names: device and inode, and where inodes are reused at once (Linux, macOS) the birth
 * time. On Windows the inode is the NTFS file ID, unique on its volume, and the creation time is no
 * identity: a file created where one was just deleted or renamed away inherits its creation time (file
 * system tunnelling), and Wine moves it on every write.
 */
export function fileIdentity(st: Stats, platform: string = process.platform): string {
  return platform === 'win32' ? `${st.dev}:${st.ino}` : `${st.dev}:${st.ino}:${st.birthtimeMs || 0}`;
}

/** What a followed text export is read with: its decoded text pushed in, its events out. */
export interface PushReader {
  feed(text: string): NormalizedEvent[];
  /** The file has stopped growing: a record it ends with that is whole already is handed on. */
  atRest?(): NormalizedEvent[];
}

/** The reader of a followed text file, made anew when the file is read again from its start. */
export type PushReaderFactory = (path: string, warn: (w: InputWarning) => void) => PushReader;

const xmlReader: PushReaderFactory = (path, warn) => new XmlEventReader(path, { warn });

/**
 * A growing text export (XML events, or a SIEM export when given its reader): the name says where it began.
 */
export class XmlTail {
  offset = 0;
  private identity: string | undefined;
  private reader: PushReader | undefined;
  private decoder: TextDecoder | undefined;
  /** Where the text began (past a BOM): what is hashed and fingerprinted starts there. */
  private start = 0;
  /** Every byte read, [start, offset), hashed as it came. */
  private hash: Hash | undefined;
  /** The fingerprint of [start, offset) taken after the last read (`fingerprintAt`). */
  private print: Buffer | undefined;
  private mtimeMs = 0;
  private ctimeMs = 0;
  /** The size and times last found unchanged by `changedSince` (not checked twice). */
  private checked: string | undefined;

  constructor(
    readonly path: string,
    private readonly warn: (w: InputWarning) => void,
    private readonly makeReader: PushReaderFactory = xmlReader,
  ) {}

  /** Reads what was added since the last call (everything on the first call). */
  async poll(st?: Stats): Promise<TailPoll> {
    st ??= await stat(this.path);
    const reopened = await this.changedSince(st);
    if (reopened) this.reset();
    this.identity = fileIdentity(st);
    if (st.size <= this.offset) return { events: this.reader?.atRest?.() ?? [], reopened };
    const events = await this.readFrom(st);
    return { events, reopened, more: this.reader !== undefined && this.offset < st.size };
  }

  /**
   * Why what was read no longer stands, if it does not: the path names another file (`replaced`), the file
   * is shorter than what was read (`truncated`), or the bytes read are not those of the file now
   * (`rewritten`). A check that finds nothing changed remembers the file's times, so it is made once.
   */
  async changedSince(st: Stats): Promise<TailPoll['reopened']> {
    if (this.identity !== undefined && fileIdentity(st) !== this.identity) return 'replaced';
    if (st.size < this.offset) return 'truncated';
    if (this.offset <= this.start || !this.print) return undefined;
    const touched = st.mtimeMs !== this.mtimeMs || st.ctimeMs !== this.ctimeMs;
    if (st.size === this.offset && !touched) return undefined;
    const seen = `${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
    if (seen === this.checked) return undefined;
    const fh = await openRegularFile(this.path);
    try {
      if (!(await fingerprintAt(fh, this.start, this.offset)).equals(this.print)) return 'rewritten';
      // The same size with new times: written over, perhaps with the same edges. Everything read is compared.
      if (st.size === this.offset && !(await hashOf(fh, this.start, this.offset)).equals(this.hash!.copy().digest()))
        return 'rewritten';
    } finally {
      await fh.close();
    }
    this.checked = seen;
    if (st.size === this.offset) {
      this.mtimeMs = st.mtimeMs;
      this.ctimeMs = st.ctimeMs;
    }
    return undefined;
  }

  private reset(): void {
    this.offset = 0;
    this.start = 0;
    this.reader = undefined;
    this.decoder = undefined;
    this.hash = undefined;
    this.print = undefined;
    this.checked = undefined;
  }

  /** Reads on from the offset; the times of `st`, taken before reading, are those the next check compares. */
  private async readFrom(st: Stats): Promise<NormalizedEvent[]> {
    const size = st.size;
    const fh = await openRegularFile(this.path);
    const out: NormalizedEvent[] = [];
    try {
      if (!this.reader) {
        // Two bytes at least, so that UTF-16 without a BOM can be told from UTF-8.
        if (size < 4) return out;
        const head = Buffer.alloc(Math.min(512, size));
        await fh.read(head, 0, head.length, 0);
        const { encoding, bomLength } = detectEncoding(head);
        this.decoder = new TextDecoder(encoding);
        this.reader = this.makeReader(this.path, this.warn);
        this.offset = this.start = bomLength;
        this.hash = createHash('sha256');
      }
      const limit = Math.min(size, this.offset + MAX_READ_PER_POLL);
      const buf = Buffer.allocUnsafe(Math.min(READ_BLOCK, limit - this.offset));
      while (this.offset < limit) {
        const want = Math.min(buf.length, limit - this.offset);
        const { bytesRead } = await fh.read(buf, 0, want, this.offset);
        if (bytesRead === 0) break;
        const slice = buf.subarray(0, bytesRead);
        this.hash!.update(slice);
        const events = this.reader.feed(this.decoder!.decode(slice, { stream: true }));
        for (const e of events) out.push(e);
        this.offset += bytesRead;
      }
      this.print = await fingerprintAt(fh, this.start, this.offset);
      this.mtimeMs = st.mtimeMs;
      this.ctimeMs = st.ctimeMs;
    } finally {
      await fh.close();
    }
    return out;
  }
}

/** Where the fingerprint of [start, end) reads: its first and last `EDGE_CHECK` bytes, blocks spread between. */
function fingerprintRanges(start: number, end: number): [number, number][] {
  const len = end - start;
  if (len <= 2 * EDGE_CHECK + MIDDLE_BLOCKS * MIDDLE_BLOCK) return [[start, len]];
  const ranges: [number, number][] = [[start, EDGE_CHECK]];
  const step = Math.floor((len - 2 * EDGE_CHECK) / (MIDDLE_BLOCKS + 1));
  for (let k = 1; k <= MIDDLE_BLOCKS; k++)
    ranges.push([start + EDGE_CHECK + k * step - MIDDLE_BLOCK / 2, MIDDLE_BLOCK]);
  ranges.push([end - EDGE_CHECK, EDGE_CHECK]);
  return ranges;
}

/** The fingerprint's bytes as the file holds them now (a file cut shorter gives fewer: no match). */
async function fingerprintAt(fh: FileHandle, start: number, end: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (const [at, n] of fingerprintRanges(start, end)) {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, at);
    parts.push(buf.subarray(0, bytesRead));
  }
  return Buffer.concat(parts);
}

/** The hash of [start, end) as the file holds it now. */
async function hashOf(fh: FileHandle, start: number, end: number): Promise<Buffer> {
  const hash = createHash('sha256');
  const buf = Buffer.allocUnsafe(Math.min(READ_BLOCK, end - start));
  for (let at = start; at < end; ) {
    const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, end - at), at);
    if (bytesRead === 0) break;
    hash.update(buf.subarray(0, bytesRead));
    at += bytesRead;
  }
  return hash.digest();
}
