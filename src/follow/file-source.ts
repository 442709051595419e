/**
 * One followed file, whatever its format (told from its content, like the offline reader): an .evtx log
 * or an XML export. Waits for a file that does not exist yet or is still empty (`tail -F`), tells the
 * format again when the file is replaced by one of another kind, and reports each distinct problem once.
 */
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { SiemTextReader, type SiemLayout } from '../../parsers/siem/index.js';
import { openFileInput, openRegularFile } from '../platform/node/file-source.js';
import { type DetectedFormat, describeFsError, detectInput } from '../ingest/read.js';
import type { InputWarning, NormalizedEvent } from '../model/event.js';
import { specialFileKind } from '../model/source.js';
import { EvtxTail, NotEvtxError } from './evtx-tail.js';
import { type PushReaderFactory, XmlTail, type TailPoll } from './xml-tail.js';

/** A SIEM export's reader for a followed file: as `analyze` reads it, pushed what the file adds. */
function siemReader(layout: SiemLayout): PushReaderFactory {
  return (path, warn) => {
    const reader = new SiemTextReader(path, layout, { warn });
    return {
      feed(text) {
        const out: NormalizedEvent[] = [];
        reader.feed(text, false, out);
        return out;
      },
      atRest() {
        const out: NormalizedEvent[] = [];
        reader.atRest(out);
        return out;
      },
    };
  };
}

async function detectFile(path: string): Promise<DetectedFormat> {
  const source = await openFileInput(path);
  try {
    return await detectInput(source);
  } finally {
    await source.close?.();
  }
}

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

const FORMAT_NOT_FOLLOWED: Record<string, string> = {
  zip: 'a .zip archive',
  gzip: 'a .gz compressed file',
  tar: 'a .tar archive',
  '7z': 'a .7z archive',
  'powershell-json': 'a PowerShell ConvertTo-Json export',
  'powershell-clixml': 'a PowerShell Export-Clixml export',
};

/** How long a small file of no format known may rest before it is said to be so (its first record may come). */
const UNKNOWN_GRACE_MS = 2000;

export class FileSource {
  private tail: XmlTail | EvtxTail | undefined;
  private lastProblem: string | undefined;
  /** The size at which the content was last of no format known: said once the file stops growing there. */
  private unknownAt = -1;
  private unknownSince = 0;
  /** Why the file is read again from its start, said once its new format is told. */
  private reopened: string | undefined;
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

  /** The format the file is read as (undefined until told). */
  format: 'evtx' | 'xml' | SiemLayout | undefined;

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
      const changed = this.tail instanceof XmlTail ? await this.tail.changedSince(st) : undefined;
      if (changed) {
        // A text export replaced, truncated or rewritten may now be of another kind (XML for NDJSON): told again.
        this.reopened = changed;
        this.tail = undefined;
        this.format = undefined;
      }
      if (!this.tail) {
        if (st.size < 8) return { events: [], more: false };
        const warn = (w: InputWarning) => this.report('warning', w);
        const format = await detectFile(this.path);
        if (format === 'evtx') this.tail = new EvtxTail(this.path, warn);
        else if (format === 'xml') this.tail = new XmlTail(this.path, warn);
        else if (format === 'json' || format === 'csv' || format === 'splunk-classic')
          this.tail = new XmlTail(this.path, warn, siemReader(format));
        else if (format === 'unknown' && this.stillWritten(st.size)) {
          return { events: [], more: false };
        } else {
          this.failed = true;
          return this.problem(
            format === 'unknown'
              ? `${this.path}: unknown format: not an .evtx log, an XML event export nor a SIEM export (Elastic, Splunk, Sentinel, NXLog JSON or CSV)`
              : `${this.path}: ${FORMAT_NOT_FOLLOWED[format]}: it cannot be followed as it grows; read it with \`rdpdiag analyze\` without --follow`,
            'error',
          );
        }
        this.format = format;
        this.unknownAt = -1;
      }
      let r: TailPoll;
      try {
        r = await this.tail.poll(st);
      } catch (err) {
        if (!(err instanceof NotEvtxError)) throw err;
        // Replaced by a file of another kind: tell the format again.
        this.tail = undefined;
        this.format = undefined;
        return this.poll();
      }
      const reopened = r.reopened ?? this.reopened;
      this.reopened = undefined;
      if (reopened)
        this.report(
          'note',
          `${this.path} was ${reopened}; reading it again from its start (events already reported are skipped)`,
        );
      this.lastProblem = undefined;
      this.failed = false;
      this.records += r.events.length;
      return { events: r.events, more: r.more === true };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (!code) throw err;
      if (code === 'ENOENT') {
        if (this.seen && this.tail) {
          this.tail = undefined;
          this.format = undefined;
        } // removed (rotated away): start again when it comes back
        return this.problem(this.missingMessage(), 'note');
      }
      return this.problem(`${this.path}: ${describeFsError(err)}`, 'error');
    }
  }

  /**
   * Perhaps the file's first record is still being written: of no format known yet, it is said to be so only
   * once it holds 64 KiB or has not grown for `UNKNOWN_GRACE_MS`.
   */
  private stillWritten(size: number): boolean {
    const now = Date.now();
    if (size !== this.unknownAt) {
      this.unknownAt = size;
      this.unknownSince = now;
    }
    return size < 64 * 1024 && now - this.unknownSince < UNKNOWN_GRACE_MS;
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
