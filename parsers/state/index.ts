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
import { type DecodedLine, LineSplitter } from './lines.js';
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

/** A state file holds at most this many items (a 100 MB paste is read through, its items past this counted). */
export const MAX_STATE_ITEMS = 100_000;
/** PowerShell's JSON is parsed whole: up to this many bytes of text. */
const MAX_STATE_JSON = 32 * 1024 * 1024;
/** Skipped lines said one by one, up to this many; the rest counted. */
const SAID_LINES = 5;

const shown = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** Reads a state file of `format` into a `StateFile`, handed to `opts.state`; yields no event. */
export async function* readState(source: InputSource, format: StateFormat, opts: ReadOptions): EventBatches {
  const file = source.name;
  const warn = (w: Omit<InputWarning, 'file'>) => opts.warn({ file, ...w });
  let skippedLines = 0;
  let mixed = false;
  let firstEncoding: DecodedLine['encoding'] | undefined;
  const skip = (line: number, text: string, what: string) => {
    skippedLines++;
    if (skippedLines <= SAID_LINES)
      warn({
        code: 'state-line-skipped',
        kind: 'skipped-record',
        line,
        message: `${file}: line ${line} skipped (${what}): ${shown(text.trim())}`,
      });
  };
  const split = new LineSplitter({
    tooLong: (line, offset) =>
      warn({
        code: 'state-line-skipped',
        kind: 'skipped-record',
        line,
        offset,
        message: `${file}: line ${line} (offset ${offset}) is longer than 1 MiB: skipped`,
      }),
  });
  const out: StateFile = { file, format, items: [] };
  let header: { computer: string; taken: string } | undefined;
  const lineReader = lineReaderOf(
    format,
    skip,
    (line, label) => {
      skippedLines++;
      warn({
        code: 'state-line-skipped',
        kind: 'skipped-record',
        line,
        message: `${file}: line ${line}: a firewall rule under labels rdpdiag does not read ("${shown(label)}:"; English and German only): passed over`,
      });
    },
    (line, label) => {
      skippedLines++;
      warn({
        code: 'state-line-skipped',
        kind: 'skipped-record',
        line,
        message: `${file}: line ${line}: the rule's port under a label rdpdiag does not read ("${shown(label)}:"): the rule is not taken to allow any port`,
      });
    },
  );
  let json = '';
  let jsonBytes = 0;
  let lastLine = 0;
  const take = (l: DecodedLine) => {
    lastLine = l.line;
    firstEncoding ??= l.text.trim() ? l.encoding : undefined;
    if (firstEncoding && l.text.trim() && l.encoding !== firstEncoding && !mixed) {
      mixed = true;
      warn({
        code: 'state-mixed-encoding',
        kind: 'format',
        line: l.line,
        message: `${file}: from line ${l.line} the text is ${l.encoding.toUpperCase()}, before it ${firstEncoding.toUpperCase()} (two outputs in one file): each line read in its own`,
      });
    }
    if (!lineReader) {
      json += json ? `\n${l.text}` : l.text;
      return;
    }
    const h = /^RDP settings of (.+), read by rdpdiag collect at (\S+)$/.exec(l.text);
    if (h && !header) {
      header = { computer: h[1]!, taken: h[2]! };
      return;
    }
    if (!h && /^[A-Za-z ()]+: .*\[[^\]]+\]$/.test(l.text) && format === 'reg-query') return; // collect's summary lines
    if (/^--- reg query output ---$/.test(l.text)) return;
    lineReader.push(l.text, l.line);
  };
  for await (const chunk of source.chunks()) {
    opts.signal?.throwIfAborted();
    if (!lineReader) {
      jsonBytes += chunk.length;
      if (jsonBytes > MAX_STATE_JSON)
        throw new InputFileError(
          file,
          `${file}: PowerShell JSON of state larger than ${MAX_STATE_JSON / 1024 / 1024} MiB: not read (a state file is a few KB; give the commands' outputs one a file)`,
          { offset: MAX_STATE_JSON },
        );
    }
    for (const l of split.push(chunk)) take(l);
  }
  let unended: DecodedLine | undefined;
  for (const l of split.end()) {
    // regedit and `reg export` end a file with a blank line: a last line without its end is where a copy was cut,
    // and what it holds may be cut short (a DWORD of fewer digits, half a string): not read, said.
    if (format === 'reg-export' && l.text.trim() !== '') unended = l;
    else take(l);
  }
  if (unended)
    warn({
      code: 'state-cut-short',
      kind: 'skipped-record',
      line: unended.line,
      message: `${file}: the export ends inside line ${unended.line} (it is cut): that line is not read (${shown(unended.text.trim())}); the lines before it are`,
    });
  if (lineReader) {
    lineReader.end?.(lastLine);
    out.items = lineReader.items;
    if (lineReader.keys?.length) out.keys = lineReader.keys;
    const computer = header?.computer ?? lineReader.computer;
    if (computer) {
      out.computer = computer;
      out.computerFrom = 'content';
    }
    if (header) {
      out.taken = header.taken;
      out.takenFrom = 'content';
    }
  } else {
    let root: unknown;
    try {
      root = JSON.parse(json.replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new InputFileError(
        file,
        `${file}: not JSON PowerShell could have written (${(err as Error).message}); nothing read`,
        { offset: 0 },
      );
    }
    const r = powershellItems(root as never);
    out.items = r.items;
    if (r.computer) {
      out.computer = r.computer;
      out.computerFrom = 'content';
    }
    if (r.skipped)
      warn({
        code: 'state-line-skipped',
        kind: 'skipped-record',
        message: `${file}: ${r.skipped} object(s) of no state rdpdiag reads: passed over`,
      });
  }
  if (skippedLines > SAID_LINES)
    warn({
      code: 'state-line-skipped',
      kind: 'skipped-record',
      message: `${file}: ${skippedLines} line(s) skipped in all`,
    });
  if (out.items.length > MAX_STATE_ITEMS) {
    warn({
      code: 'state-too-large',
      kind: 'skipped-record',
      message: `${file}: ${out.items.length} state items; the first ${MAX_STATE_ITEMS} kept, the rest passed over`,
    });
    out.items = out.items.slice(0, MAX_STATE_ITEMS);
  }
  opts.state?.(out);
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
