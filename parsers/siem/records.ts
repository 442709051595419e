/**
 * JSON records out of decoded text, streamed: NDJSON (one object a line: Elasticsearch hits or `_source`s,
 * Splunk's JSON export, NXLog), a top-level array (`az monitor log-analytics query -o json`), or objects one
 * after another however they are laid out (`jq .` output, a whole `_search` response). Lines are cut with
 * `indexOf`; only the other layouts are scanned character by character. A record is handed on as its text
 * with the line it starts on; the caller parses it (and may read exact numbers out of the text).
 */
import { formatCount } from '../../src/model/numbers.js';

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

/**
 * A `_search` response of 10,000 hits is tens of MB; a Windows event is at most 64 KiB. Held as the pieces read
 * (never one growing string), so a longer line or value costs this much memory at most and is then skipped.
 */
const DEFAULT_LIMITS: RecordLimits = { maxRecordChars: 64 * 1024 * 1024 };

type Mode = 'start' | 'lines' | 'scan';

export class JsonRecordSplitter {
  private mode: Mode = 'start';
  /** The unfinished line or record: the pieces of text read since it began (an over-long one is dropped). */
  private held: string[] = [];
  private heldChars = 0;
  /** Line number of the held text's first character ('start', 'lines'). */
  private line = 1;
  readonly problems: RecordProblem[] = [];
  private readonly limits: RecordLimits;
  // Scanner state (mode 'scan').
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Depth at which records sit: 0 for objects one after another, 1 inside a top-level array. */
  private recordDepth = 0;
  /** A record has begun and is held (or, if `skipping`, dropped). */
  private inRecord = false;
  private recordLine = 0;
  private scanLine = 1;
  /** The current line ('lines') or record ('scan') is over the limit: its rest is read but not kept. */
  private skipping = false;

  constructor(limits: Partial<RecordLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  feed(text: string): RawRecord[] {
    const out: RawRecord[] = [];
    this.next(text, false, out);
    return out;
  }

  end(): RawRecord[] {
    const out: RawRecord[] = [];
    this.next('', true, out);
    return out;
  }

  /**
   * The text has stopped growing (a followed file): an NDJSON line not yet ended that is already a whole JSON
   * value is handed on (a cut line never parses: a prefix of an object that parses is the object), and the
   * line break that may follow it is not taken for an empty record.
   */
  atRest(): RawRecord[] {
    if ((this.mode !== 'lines' && this.mode !== 'start') || this.skipping) return [];
    const pending = this.takeHeld();
    const t = pending.trim();
    if (t === '' || !t.startsWith('{') || !isWholeJson(t)) {
      this.hold(pending);
      return [];
    }
    this.mode = 'lines';
    const out: RawRecord[] = [];
    this.take(pending, 0, pending.length, this.line, out);
    return out;
  }

  private next(text: string, final: boolean, out: RawRecord[]): void {
    if (this.mode === 'start') {
      if (!this.junkDone) text = this.skipJunk(text, final);
      if (!this.chooseMode(text, final)) return;
      // Read again, in the mode chosen, what was held while choosing.
      this.scanLine = this.line;
      text = this.takeHeld();
    }
    if (this.mode === 'lines') this.lines(text, final, out);
    else this.scan(text, final, out);
  }

  /** Lines before the first record that are no JSON (a banner, a tool's log lines) have been passed. */
  private junkDone = false;
  private junkLines = 0;
  private junkFrom = 0;
  private junkTo = 0;
  /** The rest of the current line is junk. */
  private inJunkLine = false;

  /**
   * Lines before the first that starts a JSON value (`{` or `[`) are skipped, said once with their lines (how far
   * detection looks for records past them is its budget: read.ts). Blank lines are counted. Returns the text from
   * the first record's line on ('' while still in junk).
   */
  private skipJunk(text: string, final: boolean): string {
    let at = 0;
    for (;;) {
      if (this.inJunkLine) {
        const nl = text.indexOf('\n', at);
        if (nl < 0) {
          if (final) this.endJunk();
          return '';
        }
        at = nl + 1;
        this.line++;
        this.inJunkLine = false;
        continue;
      }
      let i = at;
      while (i < text.length && text.charCodeAt(i) !== 0x0a && isSpace(text.charCodeAt(i))) i++;
      if (i >= text.length) {
        // Only spaces so far on this line: more text tells (chooseMode holds or counts them).
        if (final) this.endJunk();
        return text.slice(at);
      }
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        at = i + 1;
        this.line++;
        continue;
      }
      if (c === 0x7b || (c === 0x5b && startsJsonArray(text, i))) {
        this.endJunk(this.line);
        return text.slice(at);
      }
      if (this.junkLines === 0) this.junkFrom = this.line;
      this.junkTo = this.line;
      this.junkLines++;
      this.inJunkLine = true;
    }
  }

  /** The lines of no JSON have ended: said once, with the line the records start on (`recordLine`) if any follow. */
  private endJunk(recordLine?: number): void {
    this.junkDone = true;
    const start = recordLine === undefined ? '' : `; the records start on line ${formatCount(recordLine)}`;
    if (this.junkLines)
      this.problems.push({
        line: this.junkFrom,
        message: `${formatCount(this.junkLines)} line(s) before the first record (lines ${this.junkFrom}–${this.junkTo}) are no JSON: passed over${start}`,
        skipped: false,
      });
  }

  private takeHeld(): string {
    const s = this.held.length === 1 ? this.held[0]! : this.held.join('');
    this.held = [];
    this.heldChars = 0;
    return s;
  }

  /** Holds `piece` of the unfinished line or record; false when that makes it over the limit (then dropped). */
  private hold(piece: string, limited = true): boolean {
    if (piece === '') return true;
    this.held.push(piece);
    this.heldChars += piece.length;
    if (this.heldChars <= this.limits.maxRecordChars || !limited) return true;
    this.held = [];
    this.heldChars = 0;
    return false;
  }

  /** While choosing: the first non-blank line (trimmed) once it has ended. */
  private peekFirst: string | undefined;
  /** While choosing: the start of the line not yet ended ('' past the cap: that line is not looked at). */
  private peekCarry = '';
  private peekCarryOver = false;

  /**
   * NDJSON or the scanner, decided by the lines' shapes however many come first: NDJSON as soon as a line is a
   * whole JSON object starting at its line's start (the first line, or any later one: bad lines before it, cut
   * records or `{not json`, then cost one record each); the scanner when a line begins with `}` or `]` before
   * that (pretty-printed JSON: its inner lines are indented), when a first line that is not a whole array starts
   * with `[`, or at the input's end. Everything read meanwhile is held (the caller reads it again in the mode
   * chosen), up to the limit: past it, NDJSON (an over-long line of NDJSON) unless the first line is a lone `{`.
   */
  private chooseMode(text: string, final: boolean): boolean {
    if (this.peekFirst === undefined && !final && this.held.length === 0 && text.trim() === '') {
      // Only blanks so far: counted, not kept.
      this.line += countLines(text);
      return false;
    }
    this.hold(text, false);
    let mode = this.peek(text, final);
    if (!mode && this.heldChars > this.limits.maxRecordChars) mode = this.peekFirst === '{' ? 'scan' : 'lines';
    if (!mode && final) mode = 'scan';
    if (!mode) return false;
    this.mode = mode;
    if (mode === 'scan') this.recordDepth = this.firstChar() === 0x5b /* [ */ ? 1 : 0;
    this.peekCarry = '';
    return true;
  }

  /** The first non-blank character held, -1 with none. */
  private firstChar(): number {
    for (const piece of this.held) {
      const m = /\S/.exec(piece);
      if (m) return m[0].charCodeAt(0);
    }
    return -1;
  }

  /** The mode the lines of `text` (what was held before it already looked at) show, if they show one yet. */
  private peek(text: string, final: boolean): Mode | undefined {
    for (let at = 0; ; ) {
      const nl = text.indexOf('\n', at);
      if (nl < 0 && !final) {
        this.carry(text.slice(at));
        // A first line starting with `[` that goes on and on: an array of records on one line.
        if (this.peekFirst === undefined && this.heldChars > FIRST_LINE_PEEK && this.firstChar() === 0x5b)
          return 'scan';
        return undefined;
      }
      const end = nl < 0 ? text.length : nl;
      const over = this.peekCarryOver;
      const line = over ? '' : this.peekCarry + text.slice(at, end);
      this.peekCarry = '';
      this.peekCarryOver = false;
      const mode = over ? this.overLongLine() : this.judge(line);
      if (mode) return mode;
      if (nl < 0) return undefined;
      at = nl + 1;
    }
  }

  private carry(piece: string): void {
    if (this.peekCarryOver) return;
    if (this.peekCarry.length + piece.length > this.limits.maxRecordChars) {
      this.peekCarry = '';
      this.peekCarryOver = true;
    } else this.peekCarry += piece;
  }

  /** A line over the limit ended: as the first line, NDJSON's over-long first record (or a one-line array). */
  private overLongLine(): Mode | undefined {
    if (this.peekFirst !== undefined) return undefined;
    return this.firstChar() === 0x5b ? 'scan' : 'lines';
  }

  private judge(line: string): Mode | undefined {
    const t = line.trim();
    if (t === '') return undefined;
    if (this.peekFirst === undefined) {
      this.peekFirst = t;
      if (t.charCodeAt(0) === 0x5b) return isWholeJson(t) ? undefined : 'scan';
      return t.charCodeAt(0) === 0x7b && isWholeJson(t) ? 'lines' : undefined;
    }
    const c = line.charCodeAt(0);
    if (c === 0x7d || c === 0x5d) return 'scan';
    const e = line.trimEnd();
    const last = e.charCodeAt(e.length - 1);
    if (c === 0x7b && (last === 0x7d || last === 0x2c) && isWholeJson(e)) return 'lines';
    return undefined;
  }

  private lines(text: string, final: boolean, out: RawRecord[]): void {
    let at = 0;
    let line = this.line;
    for (;;) {
      const nl = text.indexOf('\n', at);
      if (nl < 0) break;
      if (this.skipping) this.skipping = false;
      else if (this.held.length === 0) this.take(text, at, nl, line, out);
      else {
        const whole = this.takeHeld() + text.slice(at, nl);
        this.take(whole, 0, whole.length, line, out);
      }
      line++;
      at = nl + 1;
    }
    this.line = line;
    if (!this.skipping && at < text.length && !this.hold(text.slice(at))) {
      // Said once per line, however many pieces its rest takes.
      this.problems.push({
        line,
        message: `a line longer than ${this.limits.maxRecordChars} characters`,
        skipped: true,
      });
      this.skipping = true;
    }
    if (final) {
      if (!this.skipping && this.held.length > 0) {
        const whole = this.takeHeld();
        this.take(whole, 0, whole.length, line, out);
      }
      this.skipping = false;
    }
  }

  private take(s: string, from: number, to: number, line: number, out: RawRecord[]): void {
    let a = from;
    let b = to;
    while (a < b && isSpace(s.charCodeAt(a))) a++;
    while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
    if (a === b) return;
    // A comma after a record: NDJSON written by tools that meant an array.
    if (s.charCodeAt(b - 1) === 0x2c && s.charCodeAt(a) === 0x7b) b--;
    out.push({ text: s.slice(a, b), line });
  }

  private scan(s: string, final: boolean, out: RawRecord[]): void {
    let { depth, inString, escaped } = this;
    const target = this.recordDepth;
    /** Where the held record begins in `s`: 0 when it began in an earlier piece, -1 with none. */
    let recordStart = this.inRecord ? 0 : -1;
    for (let i = 0; i < s.length; i++) {
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
          if (this.skipping) this.skipping = false;
          else {
            const tail = s.slice(recordStart, i + 1);
            out.push({ text: this.held.length > 0 ? this.takeHeld() + tail : tail, line: this.recordLine });
          }
          recordStart = -1;
        }
      }
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    this.inRecord = recordStart >= 0;
    if (this.inRecord && !this.skipping && !this.hold(s.slice(recordStart))) {
      this.problems.push({
        line: this.recordLine,
        message: `a JSON value larger than ${this.limits.maxRecordChars} characters (export one record a line, NDJSON)`,
        skipped: true,
      });
      // Its remaining characters are scanned (depth kept) but not collected.
      this.skipping = true;
    }
    if (final && this.inRecord) {
      if (!this.skipping)
        this.problems.push({ line: this.recordLine, message: 'the input ends inside a JSON value', skipped: true });
      this.held = [];
      this.heldChars = 0;
      this.inRecord = false;
      this.skipping = false;
    }
  }
}

/** How long a first line starting with `[` is waited for (to tell `[1,2,3]` before NDJSON from an array). */
const FIRST_LINE_PEEK = 1024 * 1024;

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
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

/**
 * A `[` that opens an array of records: an object, an array, a string or the line's end after it (blanks
 * between) or a whole JSON line, never a tool's log line (`[INFO] export started`, `[2024-05-02 09:00] …`), which is
 * passed over as the lines of no JSON before the records are.
 */
function startsJsonArray(text: string, at: number): boolean {
  let i = at + 1;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (c === 0x7b || c === 0x5b || c === 0x5d || c === 0x22 || c === 0x0a || c === 0x0d) return true;
  // A line that is a whole JSON value (`[1,2,3]`) is one too (handed on as a record of its own).
  const nl = text.indexOf('\n', i);
  return nl < 0 ? true : isWholeJson(text.slice(at, nl).trim());
}
