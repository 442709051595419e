/**
 * A state file's bytes as lines, whatever Windows wrote it in: UTF-16LE (regedit, secedit, PowerShell 5.1's `>`),
 * UTF-8 with or without its mark, or both in one file (`reg query >> file` from cmd.exe appended to PowerShell's
 * UTF-16): each line is decoded by its own bytes, so a file of mixed encodings loses nothing. One pass, nothing
 * held but the line being read; a line longer than `MAX_LINE` is skipped (said), not held.
 */

/** A line longer than this (bytes) is no line of a state file: skipped, said. */
export const MAX_LINE = 1024 * 1024;

export interface DecodedLine {
  text: string;
  /** 1-based. */
  line: number;
  /** The line's first byte in the file. */
  offset: number;
  encoding: 'utf-16le' | 'utf-8';
}

export interface LineProblems {
  /** A line too long to be one: its number and first byte. */
  tooLong(line: number, offset: number): void;
}

const UTF8 = new TextDecoder('utf-8');
const UTF16 = new TextDecoder('utf-16le');

/**
 * Splits bytes into lines: `0A 00` ends a UTF-16LE line, a lone `0A` an 8-bit one. A line with NUL bytes is
 * UTF-16LE, else UTF-8. Marks (FF FE, EF BB BF) at a line's start are dropped.
 */
export class LineSplitter {
  private carry: Uint8Array[] = [];
  private carried = 0;
  private skipping = false;
  private line = 1;
  private offset = 0;
  private lineStart = 0;

  constructor(private readonly problems: LineProblems) {}

  /** The lines completed by `chunk`. */
  *push(chunk: Uint8Array): Generator<DecodedLine> {
    let from = 0;
    for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) {
      // A UTF-16LE line end is 0A 00: the 00 may be the next chunk's first byte (left to `pendingNul`).
      const wide = i + 1 < chunk.length ? chunk[i + 1] === 0 : false;
      const end = wide ? i + 2 : i + 1;
      const out = this.take(chunk.subarray(from, i), end - from);
      if (out) yield out;
      from = end;
      i = end - 1;
    }
    if (from < chunk.length) this.hold(chunk.subarray(from));
    this.offset += chunk.length - from;
  }

  /** The last line (without an end). */
  *end(): Generator<DecodedLine> {
    if (this.carried === 0 && !this.skipping) return;
    const out = this.take(new Uint8Array(0), 0);
    if (out?.text.length) yield out;
  }

  private hold(bytes: Uint8Array): void {
    if (this.skipping) return;
    if (this.carried + bytes.length > MAX_LINE) {
      this.problems.tooLong(this.line, this.lineStart);
      this.skipping = true;
      this.carry = [];
      this.carried = 0;
      return;
    }
    this.carry.push(bytes.slice());
    this.carried += bytes.length;
  }

  private take(tail: Uint8Array, consumed: number): DecodedLine | undefined {
    const lineNo = this.line++;
    const start = this.lineStart;
    this.offset += consumed;
    this.lineStart = this.offset;
    if (this.skipping) {
      this.skipping = false;
      return undefined;
    }
    let bytes = tail;
    if (this.carried) {
      if (this.carried + tail.length > MAX_LINE) {
        this.problems.tooLong(lineNo, start);
        this.carry = [];
        this.carried = 0;
        return undefined;
      }
      bytes = new Uint8Array(this.carried + tail.length);
      let at = 0;
      for (const c of this.carry) {
        bytes.set(c, at);
        at += c.length;
      }
      bytes.set(tail, at);
      this.carry = [];
      this.carried = 0;
    } else if (tail.length > MAX_LINE) {
      this.problems.tooLong(lineNo, start);
      return undefined;
    }
    const { text, encoding } = decodeLine(bytes);
    return { text, line: lineNo, offset: start, encoding };
  }
}

/**
 * Bytes all below 0x80 and none NUL: ASCII (most lines of a state file), its text without the line's CR. ASCII is
 * the same text in UTF-8, whose decoder makes it faster than a string built by code units.
 */
function asciiText(bytes: Uint8Array): string | undefined {
  let end = bytes.length;
  if (end && bytes[end - 1] === 0x0d) end--;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0 || b >= 0x80) return undefined;
  }
  return UTF8.decode(bytes.subarray(0, end));
}

/** One line's bytes as text: UTF-16LE when it holds NUL bytes (a leading lone 00 of a split `0A 00` dropped). */
function decodeLine(raw: Uint8Array): { text: string; encoding: DecodedLine['encoding'] } {
  let bytes = raw;
  const ascii = asciiText(bytes);
  if (ascii !== undefined) return { text: ascii, encoding: 'utf-8' };
  if (bytes.indexOf(0) >= 0) {
    if (bytes[0] === 0 && bytes.length % 2 === 1) bytes = bytes.subarray(1);
    if (bytes[0] === 0xff && bytes[1] === 0xfe) bytes = bytes.subarray(2);
    const text = UTF16.decode(bytes.length % 2 ? bytes.subarray(0, bytes.length - 1) : bytes);
    return { text: text.replace(/\r$/, ''), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) bytes = bytes.subarray(2);
  return { text: UTF8.decode(bytes).replace(/\r$/, ''), encoding: 'utf-8' };
}

/** The first lines of a head of bytes (detection), at most `max`. */
export function headLines(head: Uint8Array, max = 200): string[] {
  const out: string[] = [];
  const split = new LineSplitter({ tooLong() {} });
  for (const l of split.push(head)) {
    out.push(l.text);
    if (out.length >= max) return out;
  }
  for (const l of split.end()) out.push(l.text);
  return out;
}

/** A head of bytes as one text (JSON detection): UTF-16LE when its mark or its NULs say so. */
export function headText(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return UTF16.decode(head.subarray(2, head.length & ~1));
  if (head.length > 3 && head[1] === 0 && head[3] === 0) return UTF16.decode(head.subarray(0, head.length & ~1));
  return UTF8.decode(head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head);
}
