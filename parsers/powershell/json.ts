/**
 * `Get-WinEvent … | ConvertTo-Json` (rdp-events.md §5.4): an array of records, one object for a single
 * event, or one object per line (`ConvertTo-Json -Compress` per event). Streamed: each top-level object is
 * cut out of the text by a scanner that knows strings and nesting, then parsed alone, so memory is bounded
 * by the largest record, not the file.
 */
import type { PowerShellRecord } from './record.js';

export interface JsonPiece {
  /** The record's text, or undefined when it was too large (then `skipped` says how large). */
  text?: string;
  line: number;
  skipped?: number;
}

export class JsonRecordSplitter {
  private buf = '';
  private pos = 0;
  /** Nesting depth of the whole text; a record is an object at `recordDepth`. */
  private depth = 0;
  private inString = false;
  private escaped = false;
  private start = -1;
  private startLine = 0;
  private line = 1;
  private dropped = 0;
  /** Text other than a record at the top level (the input is not ConvertTo-Json output after all). */
  stray: { line: number; text: string } | undefined;

  /**
   * `array`: the text is one array of records (records are objects at depth 1); otherwise a lone object or
   * one per line (depth 0).
   */
  constructor(
    private readonly maxRecord: number,
    array: boolean,
  ) {
    this.recordDepth = array ? 1 : 0;
  }

  private readonly recordDepth: number;

  /** The complete records in `text` added to what came before. */
  feed(text: string): JsonPiece[] {
    this.buf += text;
    const out: JsonPiece[] = [];
    const buf = this.buf;
    for (let i = this.pos; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (c === 10) this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92) this.escaped = true;
        else if (c === 34) this.inString = false;
        continue;
      }
      if (c === 34) this.inString = true;
      else if (c === 123 || c === 91) {
        // `[` at the top opens the array of records; `{` at the top or in that array opens a record.
        if (c === 123 && this.start === -1 && this.depth === this.recordDepth) {
          this.start = i;
          this.startLine = this.line;
        }
        this.depth++;
      } else if (c === 125 || c === 93) {
        this.depth = Math.max(0, this.depth - 1);
        if (c === 125 && this.start !== -1 && this.depth === this.recordDepth) {
          if (this.dropped) out.push({ line: this.startLine, skipped: this.dropped + (i - this.start + 1) });
          else out.push({ text: buf.slice(this.start, i + 1), line: this.startLine });
          this.start = -1;
          this.dropped = 0;
        }
      } else if (this.start === -1 && this.stray === undefined && !/[\s,\][]/.test(buf.charAt(i)) && c !== 0xfeff)
        this.stray = { line: this.line, text: buf.slice(i, i + 40) };
    }
    this.pos = buf.length;
    // Keep only the record being read (or nothing), and not even that once it is over budget.
    if (this.start === -1) {
      this.buf = '';
      this.pos = 0;
    } else if (this.pos - this.start > this.maxRecord) {
      this.dropped += this.pos - this.start;
      this.buf = '';
      this.pos = 0;
      this.start = 0;
    } else {
      this.buf = buf.slice(this.start);
      this.pos -= this.start;
      this.start = 0;
    }
    return out;
  }

  /** An object begun and never closed. */
  get unfinished(): { line: number } | undefined {
    return this.start === -1 ? undefined : { line: this.startLine };
  }
}

function text(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v))
    return v.every((b) => typeof b === 'number')
      ? v
          .map((b) => b.toString(16).padStart(2, '0'))
          .join('')
          .toUpperCase()
      : JSON.stringify(v);
  // A SecurityIdentifier or another object within the depth: its Value, as its ToString would give.
  const o = v as Record<string, unknown>;
  if (typeof o.Value === 'string' || typeof o.Value === 'number') return String(o.Value);
  return JSON.stringify(v);
}

/**
 * The record's text with integers too large for a double (Keywords is an Int64: 0x8000… is negative and
 * 19 digits long) quoted, so that JSON.parse keeps their digits; strings are left as they are.
 */
export function quoteLargeIntegers(text: string): string {
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) {
      inString = true;
      continue;
    }
    if (c === 45 || (c >= 48 && c <= 57)) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const digits = j - i - (c === 45 ? 1 : 0);
      const next = text.charCodeAt(j);
      // A whole integer literal (not part of a fraction or exponent) of more than 15 digits.
      if (digits > 15 && next !== 46 && next !== 101 && next !== 69) {
        out += `${text.slice(from, i)}"${text.slice(i, j)}"`;
        from = j;
      }
      i = j - 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A parsed ConvertTo-Json object as a record; undefined when it is not an EventLogRecord. */
export function recordFromJson(o: unknown): PowerShellRecord | undefined {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) return undefined;
  const obj = o as Record<string, unknown>;
  if (!('Id' in obj) && !('TimeCreated' in obj)) return undefined;
  const props = new Map<string, string | null>();
  for (const [k, v] of Object.entries(obj)) if (k !== 'Properties' && k !== 'Message') props.set(k, text(v));
  const list = obj.Properties;
  const values = Array.isArray(list)
    ? list.map((p) =>
        p !== null && typeof p === 'object' && 'Value' in p ? text((p as { Value: unknown }).Value) : null,
      )
    : undefined;
  // Beyond -Depth, the list itself is a string ("System.Collections.Generic.List`1[…]"): its values are lost.
  return { props, values, message: typeof obj.Message === 'string' ? obj.Message : undefined };
}
