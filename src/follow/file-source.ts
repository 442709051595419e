/**
 * One followed file, whatever its format (told from its content, like the offline reader): an .evtx log
 * or an XML export. Waits for a file that does not exist yet or is still empty (`tail -F`), tells the
 * format again when the file is replaced by one of another kind, and reports each distinct problem once.
 */
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isEvtxHeader } from '../../parsers/evtx/index.js';
import { looksLikeXml } from '../../parsers/xml/index.js';
import { openRegularFile } from '../platform/node/file-source.js';
import { readHead } from '../platform/node/files.js';
import { describeFsError } from '../ingest/read.js';
import type { InputWarning, NormalizedEvent } from '../model/event.js';
import { specialFileKind } from '../model/source.js';
import { EvtxTail, NotEvtxError } from './evtx-tail.js';
import { XmlTail, type TailPoll } from './xml-tail.js';

export type SourceEvents = (kind: 'warning' | 'note' | 'error', what: InputWarning | string) => void;

export interface SourcePoll {
  events: NormalizedEvent[];
  more: boolean;
}

/**
 * The file's size, times and identity now. On Windows they come from a handle opened on it (what the file
 * system holds for the open file), not from what is looked up by name: while a writer keeps a file open,
 * NTFS updates its directory entry lazily, and a size read from there can lag behind what was written.
 */
async function currentStat(path: string): Promise<Stats> {
  const st = await stat(path);
  if (process.platform !== 'win32' || !st.isFile()) return st;
  const fh = await openRegularFile(path);
  try {
    return await fh.stat();
  } finally {
    await fh.close();
  }
}

export class FileSource {
  private tail: XmlTail | EvtxTail | undefined;
  private lastProblem: string | undefined;
  records = 0;
  /** The file could not be read as an event log (unknown format): reported once, still watched. */
  failed = false;
  /** The file existed at some point. */
  seen = false;

  constructor(
    readonly path: string,
    private readonly report: SourceEvents,
    /** Already reported as missing: say nothing more until it appears. */
    missing = false,
  ) {
    if (missing) this.lastProblem = this.missingMessage();
  }

  private missingMessage(): string {
    return `${this.path}: ${this.seen ? 'has disappeared; waiting for it to come back' : 'no such file yet; waiting for it to appear'}`;
  }

  get format(): 'evtx' | 'xml' | undefined {
    return this.tail instanceof EvtxTail ? 'evtx' : this.tail instanceof XmlTail ? 'xml' : undefined;
  }

  async poll(): Promise<SourcePoll> {
    try {
      const st = await currentStat(this.path);
      if (st.isDirectory()) return this.problem(`${this.path}: a folder, not a file`);
      if (!st.isFile())
        return this.problem(
          `${this.path}: ${specialFileKind(st)}, not a regular file: not read (it could block or never end)`,
        );
      if (!this.seen && this.lastProblem) this.report('note', `${this.path} has appeared; following it`);
      this.seen = true;
      if (!this.tail) {
        if (st.size < 8) return { events: [], more: false };
        const head = await readHead(this.path, 512);
        if (isEvtxHeader(head)) this.tail = new EvtxTail(this.path, (w) => this.report('warning', w));
        else if (looksLikeXml(head)) this.tail = new XmlTail(this.path, (w) => this.report('warning', w));
        else {
          this.failed = true;
          return this.problem(`${this.path}: unknown format: not an .evtx log nor an XML event export`, 'error');
        }
      }
      let r: TailPoll;
      try {
        r = await this.tail.poll(st);
      } catch (err) {
        if (!(err instanceof NotEvtxError)) throw err;
        // Replaced by a file of another kind: tell the format again.
        this.tail = undefined;
        return this.poll();
      }
      if (r.reopened)
        this.report(
          'note',
          `${this.path} was ${r.reopened}; reading it again from its start (events already reported are skipped)`,
        );
      this.lastProblem = undefined;
      this.failed = false;
      this.records += r.events.length;
      return { events: r.events, more: r.more === true };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (!code) throw err;
      if (code === 'ENOENT') {
        if (this.seen && this.tail) this.tail = undefined; // removed (rotated away): start again when it comes back
        return this.problem(this.missingMessage(), 'note');
      }
      return this.problem(`${this.path}: ${describeFsError(err)}`, 'error');
    }
  }

  private problem(message: string, kind: 'note' | 'error' = 'error'): SourcePoll {
    if (message !== this.lastProblem) {
      this.lastProblem = message;
      if (kind === 'note') this.report('note', message);
      else this.report('error', message);
    }
    return { events: [], more: false };
  }
}
