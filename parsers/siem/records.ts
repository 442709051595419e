/**
 * JSON records out of decoded text, streamed: NDJSON (one object a line: Elasticsearch hits or `_source`s,
 * Splunk's JSON export, NXLog), a top-level array (`az monitor log-analytics query -o json`), or objects one
 * after another however they are laid out (`jq .` output, a whole `_search` response). Lines are cut with
 * `indexOf`; only the other layouts are scanned character by character. A record is handed on as its text
 * with the line it starts on; the caller parses it (and may read exact numbers out of the text).
 */

export interface RawRecord {
  text: string;
  /** 1-based line where the record starts. */
  line: number;
}

export interface RecordProblem {
  line: number;
  message: string;
  /** The record is lost (a line that is not JSON, a record over the size limit). */
  skipped: boolean;
}

export interface RecordLimits {
  /** A record larger than this many characters is skipped (a whole `_search` response is one record). */
  maxRecordChars: number;
}

/** A `_search` response of 10,000 hits is tens of MB; V8 strings end near 512 M characters. */
const DEFAULT_LIMITS: RecordLimits = { maxRecordChars: 256 * 1024 * 1024 };

type Mode = 'start' | 'lines' | 'scan';

export class JsonRecordSplitter {
  private mode: Mode = 'start';
  private pending = '';
  /** Line number of `pending`'s first character. */
  private line = 1;
  readonly problems: RecordProblem[] = [];
  private readonly limits: RecordLimits;
  // Scanner state (mode 'scan').
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Depth at which records sit: 0 for objects one after another, 1 inside a top-level array. */
  private recordDepth = 0;
  private recordStart = -1;
  private recordLine = 0;
  private scanLine = 1;
  private scanAt = 0;
  private skipping = false;

  constructor(limits: Partial<RecordLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  feed(text: string): RawRecord[] {
    this.pending = this.pending === '' ? text : this.pending + text;
    return this.drain(false);
  }

  end(): RawRecord[] {
    return this.drain(true);
  }

  /**
   * The text has stopped growing (a followed file): an NDJSON line not yet ended that is already a whole JSON
   * value is handed on (a cut line never parses: a prefix of an object that parses is the object), and the
   * line break that may follow it is not taken for an empty record.
   */
  atRest(): RawRecord[] {
    if ((this.mode !== 'lines' && this.mode !== 'start') || this.skipping) return [];
    const t = this.pending.trim();
    if (t === '' || !t.startsWith('{') || !isWholeJson(t)) return [];
    this.mode = 'lines';
    const out: RawRecord[] = [];
    this.take(this.pending, 0, this.pending.length, this.line, out);
    this.pending = '';
    return out;
  }

  private drain(final: boolean): RawRecord[] {
    const out: RawRecord[] = [];
    if (this.mode === 'start' && !this.chooseMode(final)) return out;
    if (this.mode === 'lines') this.lines(out, final);
    else this.scan(out, final);
    return out;
  }

  /**
   * NDJSON when the first line is a whole JSON object; otherwise the scanner. Decided once the first
   * line is complete (or the input ended).
   */
  private chooseMode(final: boolean): boolean {
    const s = this.pending;
    let i = 0;
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i === s.length && !final) return false;
    const first = s.charCodeAt(i);
    if (first === 0x5b /* [ */) {
      this.mode = 'scan';
      this.recordDepth = 1;
      return true;
    }
    const nl = s.indexOf('\n', i);
    if (nl < 0 && !final && s.length - i < this.limits.maxRecordChars) return false;
    const firstLine = s.slice(i, nl < 0 ? s.length : nl).trim();
    this.mode = first === 0x7b && isWholeJson(firstLine) ? 'lines' : 'scan';
    return true;
  }

  private lines(out: RawRecord[], final: boolean): void {
    const s = this.pending;
    let at = 0;
    let line = this.line;
    for (;;) {
      const nl = s.indexOf('\n', at);
      if (nl < 0) break;
      this.take(s, at, nl, line, out);
      line++;
      at = nl + 1;
    }
    if (final) {
      if (at < s.length) this.take(s, at, s.length, line, out);
      this.pending = '';
    } else {
      this.pending = at === 0 ? s : s.slice(at);
      if (this.pending.length > this.limits.maxRecordChars) {
        // Said once per line, however many pieces its rest takes.
        if (!this.skipping)
          this.problems.push({
            line,
            message: `a line longer than ${this.limits.maxRecordChars} characters`,
            skipped: true,
          });
        this.pending = '';
        this.skipping = true;
      }
    }
    this.line = line;
  }

  private take(s: string, from: number, to: number, line: number, out: RawRecord[]): void {
    if (this.skipping) {
      // The rest of an over-long line.
      this.skipping = false;
      return;
    }
    let a = from;
    let b = to;
    while (a < b && isSpace(s.charCodeAt(a))) a++;
    while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
    if (a === b) return;
    // A comma after a record: NDJSON written by tools that meant an array.
    if (s.charCodeAt(b - 1) === 0x2c && s.charCodeAt(a) === 0x7b) b--;
    out.push({ text: s.slice(a, b), line });
  }

  private scan(out: RawRecord[], final: boolean): void {
    const s = this.pending;
    let i = this.scanAt;
    let { depth, inString, escaped, recordStart } = this;
    const target = this.recordDepth;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) inString = false;
        else if (c === 0x0a) this.scanLine++;
        continue;
      }
      if (c === 0x0a) {
        this.scanLine++;
        continue;
      }
      if (c === 0x22) {
        inString = true;
        continue;
      }
      if (c === 0x7b || c === 0x5b) {
        if (depth === target && recordStart < 0) {
          recordStart = i;
          this.recordLine = this.scanLine;
        }
        depth++;
        continue;
      }
      if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth < 0) {
          this.problems.push({
            line: this.scanLine,
            message: `unexpected '${String.fromCharCode(c)}'`,
            skipped: false,
          });
          depth = 0;
          continue;
        }
        if (depth === target && recordStart >= 0) {
          out.push({ text: s.slice(recordStart, i + 1), line: this.recordLine });
          recordStart = -1;
        }
      }
    }
    // Keep what the unfinished record needs; drop the rest.
    const keepFrom = recordStart >= 0 ? recordStart : s.length;
    this.pending = s.slice(keepFrom);
    this.scanAt = i - keepFrom;
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    this.recordStart = recordStart >= 0 ? 0 : -1;
    if (this.pending.length > this.limits.maxRecordChars) {
      this.problems.push({
        line: this.recordLine,
        message: `a JSON value larger than ${this.limits.maxRecordChars} characters (export one record a line, NDJSON)`,
        skipped: true,
      });
      this.pending = '';
      this.scanAt = 0;
      this.recordStart = -1;
      // Its remaining characters are scanned (depth kept) but not collected.
      this.depth = depth;
    }
    if (final && this.pending.trim() !== '') {
      this.problems.push({ line: this.recordLine, message: 'the input ends inside a JSON value', skipped: true });
      this.pending = '';
    }
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff;
}

function isWholeJson(text: string): boolean {
  const t = text.endsWith(',') ? text.slice(0, -1) : text;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}
