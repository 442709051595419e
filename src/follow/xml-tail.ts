/**
 * Follows a growing XML event file (`wevtutil qe /f:xml >> file`, or any tool that appends events): only
 * the bytes past the last offset are read and fed to the push reader, which keeps an event cut in the
 * middle until its end arrives. A file that shrank (truncated), whose identity changed (replaced, rotated)
 * or whose bytes before the offset changed (rewritten in place by `>`) is read again from its start; the
 * follower's record de-duplication keeps events already reported from being reported twice.
 */
import { stat } from 'node:fs/promises';
import { openRegularFile } from '../platform/node/file-source.js';
import type { Stats } from 'node:fs';
import { XmlEventReader } from '../../parsers/xml/index.js';
import { detectEncoding } from '../../parsers/xml/index.js';
import type { InputWarning, NormalizedEvent } from '../model/event.js';

/** Bytes read per call at most (the rest comes on the next poll, so a huge append cannot stall output). */
const MAX_READ_PER_POLL = 16 * 1024 * 1024;
const READ_BLOCK = 1024 * 1024;
/** The bytes just before the offset are remembered to notice a file rewritten in place. */
const TAIL_CHECK = 64;

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
  private tail = Buffer.alloc(0);
  private mtimeMs = 0;

  constructor(
    readonly path: string,
    private readonly warn: (w: InputWarning) => void,
    private readonly makeReader: PushReaderFactory = xmlReader,
  ) {}

  /** Reads what was added since the last call (everything on the first call). */
  async poll(st?: Stats): Promise<TailPoll> {
    st ??= await stat(this.path);
    let reopened: TailPoll['reopened'];
    const id = fileIdentity(st);
    if (this.identity !== undefined && id !== this.identity) reopened = 'replaced';
    else if (st.size < this.offset) reopened = 'truncated';
    else if (this.offset > 0 && (st.size > this.offset || st.mtimeMs !== this.mtimeMs) && !(await this.tailMatches()))
      reopened = 'rewritten';
    if (reopened) this.reset();
    this.identity = id;
    this.mtimeMs = st.mtimeMs;
    if (st.size <= this.offset) return { events: this.reader?.atRest?.() ?? [], reopened };
    const events = await this.readFrom(st.size);
    return { events, reopened, more: this.reader !== undefined && this.offset < st.size };
  }

  private reset(): void {
    this.offset = 0;
    this.reader = undefined;
    this.decoder = undefined;
    this.tail = Buffer.alloc(0);
  }

  private async tailMatches(): Promise<boolean> {
    if (this.tail.length === 0) return true;
    const fh = await openRegularFile(this.path);
    try {
      const buf = Buffer.alloc(this.tail.length);
      const { bytesRead } = await fh.read(buf, 0, buf.length, this.offset - this.tail.length);
      return bytesRead === buf.length && buf.equals(this.tail);
    } finally {
      await fh.close();
    }
  }

  private async readFrom(size: number): Promise<NormalizedEvent[]> {
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
        this.offset = bomLength;
      }
      const limit = Math.min(size, this.offset + MAX_READ_PER_POLL);
      const buf = Buffer.allocUnsafe(Math.min(READ_BLOCK, limit - this.offset));
      while (this.offset < limit) {
        const want = Math.min(buf.length, limit - this.offset);
        const { bytesRead } = await fh.read(buf, 0, want, this.offset);
        if (bytesRead === 0) break;
        const slice = buf.subarray(0, bytesRead);
        const events = this.reader.feed(this.decoder!.decode(slice, { stream: true }));
        for (const e of events) out.push(e);
        this.offset += bytesRead;
        this.tail = Buffer.from(
          this.offset >= TAIL_CHECK && bytesRead >= TAIL_CHECK
            ? slice.subarray(bytesRead - TAIL_CHECK)
            : await readBack(fh, this.offset),
        );
      }
    } finally {
      await fh.close();
    }
    return out;
  }
}

async function readBack(fh: import('node:fs/promises').FileHandle, offset: number): Promise<Buffer> {
  const n = Math.min(TAIL_CHECK, offset);
  const buf = Buffer.alloc(n);
  await fh.read(buf, 0, n, offset - n);
  return buf;
}
