/**
 * State files: a machine's Remote Desktop configuration as Windows' own tools print or save it (see
 * src/model/state.ts). Each format is one small module (`registry.ts`, `secedit.ts`, `powershell.ts`, `netsh.ts`,
 * `netstat.ts`), detected by content (`detect.ts`), read line by line in one pass (`lines.ts`: any mix of UTF-16LE
 * and UTF-8). A state file yields no event: its `StateFile` goes to `ReadOptions.state`.
 */
import type { InputWarning } from '../../src/model/event.js';
import { type EventBatches, InputFileError, type ReadOptions } from '../../src/model/reader.js';
import type { InputSource } from '../../src/model/source.js';
import type { StateFile, StateFormat, StateItem } from '../../src/model/state.js';
import { type DecodedLine, headText, LineSplitter } from './lines.js';
import { NetshLines } from './netsh.js';
import { NetstatLines } from './netstat.js';
import { powershellItems } from './powershell.js';
import { RegistryLines } from './registry.js';
import { SeceditLines } from './secedit.js';

export { detectState } from './detect.js';
export { readRegistryText } from './registry.js';

/** A paste of `netstat -ano`: its listening sockets as state items (the paste reader, src/explain, reads them). */
export function readNetstatText(text: string): StateItem[] {
  const rows = new NetstatLines();
  let line = 0;
  for (const row of text.split('\n')) rows.push(row.replace(/\r$/, ''), ++line);
  return rows.items;
}

/**
 * A paste of `netsh advfirewall firewall show rule`: its rules (and profiles) as state items, for the paste reader
 * (src/explain), which runs the firewall check on them; a block under labels not known is passed over, as in a file.
 */
export function readNetshText(lines: readonly string[]): StateItem[] {
  const reader = new NetshLines({ unknownBlock: () => undefined });
  for (const [i, l] of lines.entries()) reader.push(l, i + 1);
  return reader.items;
}

/**
 * A paste of `secedit /export /areas USER_RIGHTS` lines: its user rights as state items, for the paste reader
 * (src/explain), which runs the logon-right check on them. Lines pasted without their `[Privilege Rights]` header are
 * read as that section's; a line that is no right is passed over, as in a file.
 */
export function readSeceditText(lines: readonly string[]): StateItem[] {
  const reader = new SeceditLines({ skipped: () => undefined });
  if (!lines.some((l) => /^\s*\[[^\]]{1,80}\]\s*$/.test(l))) reader.push('[Privilege Rights]', 0);
  for (const [i, l] of lines.entries()) reader.push(l, i + 1);
  return reader.items;
}

/** A state file holds at most this many items (a 100 MB paste is read through, its items past this counted). */
export const MAX_STATE_ITEMS = 100_000;
/** PowerShell's JSON is parsed whole: up to this many bytes of text. */
const MAX_STATE_JSON = 32 * 1024 * 1024;
/** Skipped lines said one by one, up to this many; the rest counted. */
const SAID_LINES = 5;

/** What `documentBeforeJunk` gives when the text holds no whole JSON document first. */
const NOT_JSON = Symbol('not JSON');

/**
 * Where the JSON object or array that starts `text` (after white space) ends, or undefined when it does not end
 * there (cut short, or no object or array): its brackets counted outside strings, in one pass.
 */
export function jsonValueEnd(text: string): number | undefined {
  let i = 0;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (text[i] !== '{' && text[i] !== '[') return undefined;
  let depth = 0;
  let inString = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if ((c === 0x7d || c === 0x5d) && --depth === 0) return i + 1;
  }
  return undefined;
}

const shown = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** Reads a state file of `format` into a `StateFile`, handed to `opts.state`; yields no event. */
// biome-ignore lint/correctness/useYield: every reader is an event generator; a state file's has none to give.
export async function* readState(source: InputSource, format: StateFormat, opts: ReadOptions): EventBatches {
  const reader = new StateFileReader(source.name, format, opts);
  for await (const chunk of source.chunks()) {
    opts.signal?.throwIfAborted();
    reader.push(chunk);
  }
  opts.state?.(reader.end());
}

/** One state file read: its lines (or JSON) taken in, the warnings said once each, its `StateFile` at the end. */
class StateFileReader {
  private skippedLines = 0;
  private mixed = false;
  private firstEncoding: DecodedLine['encoding'] | undefined;
  private readonly split: LineSplitter;
  private readonly out: StateFile;
  private header: { computer: string; taken: string } | undefined;
  private readonly lineReader: LineReader | undefined;
  /**
   * PowerShell's JSON, as read: one document in one encoding (ConvertTo-Json's output), decoded whole by its first
   * bytes at the end, never line by line (junk run into its last line must not turn that line into UTF-16LE).
   */
  private readonly jsonChunks: Uint8Array[] = [];
  private jsonBytes = 0;
  private lastLine = 0;

  constructor(
    private readonly file: string,
    private readonly format: StateFormat,
    private readonly opts: ReadOptions,
  ) {
    this.out = { file, format, items: [] };
    this.split = new LineSplitter({
      tooLong: (line, offset) =>
        this.said(line, `${file}: line ${line} (offset ${offset}) is longer than 1 MiB: skipped`, offset),
    });
    this.lineReader = lineReaderOf(
      format,
      (line, text, what) => {
        // Said while few; every one counted.
        if (++this.skippedLines <= SAID_LINES)
          this.said(line, `${file}: line ${line} skipped (${what}): ${shown(text.trim())}`);
      },
      (line, label) => {
        this.skippedLines++;
        this.said(
          line,
          `${file}: line ${line}: a firewall rule under labels rdpdiag does not read ("${shown(label)}:"; English and German only): passed over`,
        );
      },
      (line, label) => {
        this.skippedLines++;
        this.said(
          line,
          `${file}: line ${line}: the rule's port under a label rdpdiag does not read ("${shown(label)}:"): the rule is not taken to allow any port`,
        );
      },
    );
  }

  private warn(w: Omit<InputWarning, 'file'>): void {
    this.opts.warn({ file: this.file, ...w });
  }

  /** A line passed over, said. */
  private said(line: number, message: string, offset?: number): void {
    this.warn({
      code: 'state-line-skipped',
      kind: 'skipped-record',
      line,
      ...(offset !== undefined ? { offset } : {}),
      message,
    });
  }

  push(chunk: Uint8Array): void {
    if (!this.lineReader) {
      this.jsonBytes += chunk.length;
      if (this.jsonBytes > MAX_STATE_JSON)
        throw new InputFileError(
          this.file,
          `${this.file}: PowerShell JSON of state larger than ${MAX_STATE_JSON / 1024 / 1024} MiB: not read (a state file is a few KB; give the commands' outputs one a file)`,
          { offset: MAX_STATE_JSON },
        );
      this.jsonChunks.push(chunk.slice());
      return;
    }
    for (const l of this.split.push(chunk)) this.take(l);
  }

  private take(l: DecodedLine): void {
    this.lastLine = l.line;
    this.firstEncoding ??= l.text.trim() ? l.encoding : undefined;
    if (this.firstEncoding && l.text.trim() && l.encoding !== this.firstEncoding && !this.mixed) {
      this.mixed = true;
      this.warn({
        code: 'state-mixed-encoding',
        kind: 'format',
        line: l.line,
        message: `${this.file}: from line ${l.line} the text is ${l.encoding.toUpperCase()}, before it ${this.firstEncoding.toUpperCase()} (two outputs in one file): each line read in its own`,
      });
    }
    if (!this.lineReader) return;
    const h = /^RDP settings of (.+), read by rdpdiag collect at (\S+)$/.exec(l.text);
    if (h && !this.header) {
      this.header = { computer: h[1]!, taken: h[2]! };
      return;
    }
    if (!h && /^[A-Za-z ()]+: .*\[[^\]]+\]$/.test(l.text) && this.format === 'reg-query') return; // collect's summary lines
    if (/^--- reg query output ---$/.test(l.text)) return;
    this.lineReader.push(l.text, l.line);
  }

  end(): StateFile {
    let unended: DecodedLine | undefined;
    let open: DecodedLine | undefined;
    for (const l of this.split.end()) {
      // regedit and `reg export` end a file with a blank line: a last line without its end is where a copy was cut,
      // and what it holds may be cut short (a DWORD of fewer digits, half a string): not read, said.
      if (this.format === 'reg-export' && l.text.trim() !== '') unended = l;
      else {
        // The other commands' outputs end with a line end too: one missing may be a cut (or a copy that lost it).
        if (this.lineReader && l.text.trim() !== '') open = l;
        this.take(l);
      }
    }
    if (unended)
      this.warn({
        code: 'state-cut-short',
        kind: 'skipped-record',
        line: unended.line,
        message: `${this.file}: the export ends inside line ${unended.line} (it is cut): that line is not read (${shown(unended.text.trim())}); the lines before it are`,
      });
    if (open)
      this.warn({
        code: 'state-cut-short',
        kind: 'other',
        line: open.line,
        message: `${this.file}: line ${open.line} has no line end (the output may be cut there): read as it stands (${shown(open.text.trim())})`,
      });
    if (this.lineReader) this.endLines(this.lineReader);
    else this.endJson();
    const out = this.out;
    if (this.skippedLines > SAID_LINES)
      this.warn({
        code: 'state-line-skipped',
        kind: 'skipped-record',
        message: `${this.file}: ${this.skippedLines} line(s) skipped in all`,
      });
    if (out.items.length > MAX_STATE_ITEMS) {
      this.warn({
        code: 'state-too-large',
        kind: 'skipped-record',
        message: `${this.file}: ${out.items.length} state items; the first ${MAX_STATE_ITEMS} kept, the rest passed over`,
      });
      out.items = out.items.slice(0, MAX_STATE_ITEMS);
    }
    return out;
  }

  private endLines(lineReader: LineReader): void {
    const out = this.out;
    lineReader.end?.(this.lastLine);
    out.items = lineReader.items;
    if (lineReader.keys?.length) out.keys = lineReader.keys;
    const computer = this.header?.computer ?? lineReader.computer;
    if (computer) {
      out.computer = computer;
      out.computerFrom = 'content';
    }
    if (this.header) {
      out.taken = this.header.taken;
      out.takenFrom = 'content';
    }
  }

  /**
   * A whole JSON document followed by text that is not JSON (a second output, bytes of something else): the
   * document read, the rest said with the line it starts on; NOT_JSON when no whole document comes first.
   */
  private documentBeforeJunk(text: string): unknown {
    const end = jsonValueEnd(text);
    if (end === undefined) return NOT_JSON;
    let root: unknown;
    try {
      root = JSON.parse(text.slice(0, end));
    } catch {
      return NOT_JSON;
    }
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) line++;
    this.warn({
      code: 'state-line-skipped',
      kind: 'skipped-record',
      line,
      message: `${this.file}: line ${line}: text after the JSON document (${shown(text.slice(end).trim())}): not read; the document before it is`,
    });
    return root;
  }

  private endJson(): void {
    const bytes = new Uint8Array(this.jsonBytes);
    let at = 0;
    for (const c of this.jsonChunks.splice(0)) {
      bytes.set(c, at);
      at += c.length;
    }
    const text = headText(bytes).replace(/^\uFEFF/, '');
    let root: unknown;
    try {
      root = JSON.parse(text);
    } catch (err) {
      root = this.documentBeforeJunk(text);
      if (root === NOT_JSON)
        throw new InputFileError(
          this.file,
          `${this.file}: not JSON PowerShell could have written (${(err as Error).message}); nothing read`,
          { offset: 0 },
        );
    }
    const r = powershellItems(root as never);
    this.out.items = r.items;
    if (r.computer) {
      this.out.computer = r.computer;
      this.out.computerFrom = 'content';
    }
    if (r.skipped)
      this.warn({
        code: 'state-line-skipped',
        kind: 'skipped-record',
        message: `${this.file}: ${r.skipped} object(s) of no state rdpdiag reads: passed over`,
      });
  }
}

interface LineReader {
  readonly items: StateItem[];
  readonly computer?: string;
  readonly keys?: string[];
  push(text: string, line: number): void;
  end?(line: number): void;
}

function lineReaderOf(
  format: StateFormat,
  skip: (line: number, text: string, what: string) => void,
  unknownBlock: (line: number, label: string) => void,
  unreadLabel: (line: number, label: string) => void,
): LineReader | undefined {
  switch (format) {
    case 'reg-export':
    case 'reg-query': {
      let cutAt: { line: number; name: string } | undefined;
      const r = new RegistryLines({
        skipped: skip,
        cut: (line, name) => {
          cutAt = { line, name };
        },
      });
      return {
        get items() {
          return r.items;
        },
        get computer() {
          return r.computer;
        },
        get keys() {
          return [...r.keys];
        },
        push: (t, l) => r.push(t, l),
        end: (l) => {
          r.end(l);
          if (cutAt) skip(cutAt.line, cutAt.name, 'the file ends inside this value: it is cut, its value lost');
        },
      };
    }
    case 'secedit-inf':
      return new SeceditLines({ skipped: skip });
    case 'netsh-firewall':
    case 'netsh-profiles':
      return new NetshLines({ unknownBlock, unreadLabel });
    case 'netstat':
      return new NetstatLines();
    default:
      return undefined;
  }
}
