import { MAX_PIPED_EVTX } from '../../parsers/evtx/index.js';
import { POWERSHELL_HEAD } from '../../parsers/powershell/index.js';
import { detectEncoding } from '../../parsers/xml/index.js';
import {
  addWarning,
  type InputFormat,
  type InputSummary,
  type InputWarning,
  type NormalizedEvent,
} from '../model/event.js';
import {
  describeFsError,
  type EventBatches,
  type FieldSelection,
  type FileAccessError,
  InputFileError,
  StreamDamage,
} from '../model/reader.js';
import {
  type InputSource,
  type InputToOpen,
  InputTooLargeError,
  type RandomAccessBytes,
  randomAccessOf,
  type ScratchChoice,
  streamInput,
} from '../model/source.js';
import type { StateFile } from '../model/state.js';
import { cutEventValues } from '../model/value-length.js';
import { type ArchiveBudget, type ArchiveLimits, newArchiveBudget, openZip } from './archive.js';
import { type DetectedFormat, detectFormat, readerOf } from './input-formats.js';
import { LOG_EXTENSIONS, READABLE_EXTENSIONS } from './endings.js';
import { openSevenZip, SEVEN_ZIP_REFUSAL, type SevenZipTool } from './seven-zip.js';
import { newSummary, recordWarning } from './summary.js';
import { readTar } from './untar.js';
import { formatCount } from '../model/numbers.js';

export { describeFsError };
export { type DetectedFormat, detectFormat };

/** How much of an input detection reads (a PowerShell JSON record may begin with a long message). */
const DETECT_HEAD = POWERSHELL_HEAD;

/** How far detection reads into a text export whose start holds no record it knows (blank lines, other events). */
const DETECT_MAX = 16 * 1024 * 1024;

/**
 * The input's format, from its head; a text head that holds no record rdpdiag reads yet (only blank lines, or
 * JSON records of other kinds: a SIEM export of every log) is read further, four times as far each time, up to
 * `DETECT_MAX`, so such an export is not refused for its first 64 KiB; text still starting like JSON there, or a
 * file with a record line of a known export further on, is handed to the SIEM reader (its records may follow a line
 * of any length or any number of other lines). A pipe's text past `DETECT_MAX` cannot be looked through without
 * keeping it: it is handed to the SIEM reader too, watched (`textBeforeRecords`).
 */
export async function detectInput(source: InputSource): Promise<DetectedFormat> {
  return (await detectReading(source)).format;
}

/** `detectInput`'s format, and whether it is a pipe's text of no record yet past `DETECT_MAX` (`textFirst`). */
async function detectReading(source: InputSource): Promise<{ format: DetectedFormat; textFirst?: true }> {
  let length = DETECT_HEAD;
  for (;;) {
    const head = await source.head(length);
    const format = detectFormat(head);
    if (format !== 'unknown' || head.length < length || !mayHoldRecordsLater(head)) return { format };
    // Still JSON-shaped text this far (one long line, or many bad lines, before any record): the SIEM reader
    // reads on, finds its records or says it held none, and names each line it skipped.
    if (length >= DETECT_MAX) {
      if (startsLikeJson(head)) return { format: 'json' };
      if (source.random) return { format: (await recordLineLater(source.random, head.length - 1)) ? 'json' : format };
      return { format: 'json', textFirst: true };
    }
    length *= 4;
  }
}

/**
 * Text so far (blank, JSON, or lines of something else before the records: a banner, a tool's log lines): what a
 * longer head may still show to be an export. Binary (a NUL byte, not UTF-16's) is not read further.
 */
function mayHoldRecordsLater(head: Uint8Array): boolean {
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return utf16 || head.indexOf(0) < 0;
}

/** Text (after a UTF-8 byte order mark and blanks) that begins with `{` or `[`. */
function startsLikeJson(head: Uint8Array): boolean {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  return head[i] === 0x7b || head[i] === 0x5b;
}

const LATER_PIECE = 1024 * 1024;
/** How much of a line the test for a record looks at. */
const LINE_LOOK = 64 * 1024;

/**
 * Past the detection head of a file (random access): whether a later line starts a record of a known JSON export,
 * after any number of lines of something else. Read in pieces, nothing kept; each line tested once.
 */
async function recordLineLater(random: RandomAccessBytes, from: number): Promise<boolean> {
  const piece = new Uint8Array(LATER_PIECE + LINE_LOOK);
  for (let at = from; at < random.size; at += LATER_PIECE) {
    const n = await random.read(piece, at, piece.length);
    const bytes = piece.subarray(0, n);
    for (let nl = bytes.indexOf(0x0a); nl >= 0 && nl < LATER_PIECE; nl = bytes.indexOf(0x0a, nl + 1)) {
      let i = nl + 1;
      while (bytes[i] === 0x20 || bytes[i] === 0x09) i++;
      if (bytes[i] !== 0x7b) continue;
      const end = bytes.indexOf(0x0a, i);
      if (detectFormat(bytes.subarray(i, end < 0 ? n : end)) === 'json') return true;
    }
  }
  return false;
}

/**
 * How far into a pipe's text rdpdiag reads for the first record past lines of no JSON (`textBeforeRecords`): a pipe
 * has no end known beforehand (`yes |`), a file does (it is looked through whole: `recordLineLater`).
 */
const PIPED_TEXT_BEFORE_RECORDS = 1024 ** 3;

/**
 * A pipe whose first `DETECT_MAX` bytes are text with no record (a tool's log lines, a banner): its bytes handed on
 * as they come, nothing kept, to the SIEM reader, which passes over the lines before the first record and says so
 * (how many, which lines, where the records start), as for a file. Watched up to the first line that begins like
 * JSON (`{` or `[` after blanks, as the reader sees it): none within `budget` bytes is the input's error, and none
 * at all the unknown format a file without records is.
 */
function textBeforeRecords(source: InputSource, budget = PIPED_TEXT_BEFORE_RECORDS): InputSource {
  return {
    ...source,
    head: (length) => source.head(length),
    async *chunks(start) {
      const { encoding } = detectEncoding(await source.head(4));
      const decoder = new TextDecoder(encoding);
      let bytes = 0;
      let lines = 0;
      let inLine = false;
      let found = false;
      for await (const chunk of source.chunks(start)) {
        if (!found) {
          const text = decoder.decode(chunk, { stream: true });
          for (let i = 0; i < text.length && !found; ) {
            if (inLine) {
              const nl = text.indexOf('\n', i);
              if (nl < 0) break;
              i = nl + 1;
              lines++;
              inLine = false;
              continue;
            }
            const c = text.charCodeAt(i);
            if (c === 0x7b || c === 0x5b) found = true;
            else if (c === 0x0a) {
              lines++;
              i++;
            } else if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0xfeff) i++;
            else inLine = true;
          }
          bytes += chunk.length;
          if (!found && bytes > budget)
            throw new InputFileError(
              source.name,
              `no record in the first ${formatBytes(budget)} of text (${formatCount(lines)} line(s) of no JSON): rdpdiag reads this far into a pipe for the records of an export; give it as a file, or leave out the lines before the records`,
              { offset: bytes },
            );
        }
        yield chunk;
      }
      if (!found) throw new InputFileError(source.name, UNKNOWN_FORMAT);
    },
  };
}

/** Bytes as a budget says them: whole GiB or MiB. */
function formatBytes(n: number): string {
  return n % 1024 ** 3 === 0 ? `${n / 1024 ** 3} GiB` : `${Math.round(n / 1024 ** 2)} MiB`;
}

export { LOG_EXTENSIONS };
export { READABLE_EXTENSIONS, newSummary, recordWarning };

const UNKNOWN_FORMAT =
  'unknown format: not an .evtx log, an XML event export, a SIEM export (Elastic, Splunk, Sentinel, NXLog JSON or CSV) nor a .zip or .gz of them (export with `wevtutil epl <channel> file.evtx` or Event Viewer "Save All Events As… XML")';

export interface ReadInputOptions {
  signal?: AbortSignal;
  /** The fields the consumer reads (readers that can skip the others do). */
  select?: FieldSelection;
  /** Called for every warning as it happens (for progress display); they are also kept in the summary. */
  onWarning?: (w: InputWarning) => void;
  /** The limits on archives (default: DEFAULT_ARCHIVE_LIMITS). */
  archiveLimits?: ArchiveLimits;
  /**
   * Where an archive read as a stream (a .zip in an archive or a .gz, or piped) is held to be read as an archive:
   * past `inMemoryUpTo` bytes, a scratch file (the CLI's temporary folder) instead of memory.
   */
  scratch?: ScratchChoice;
  /** A state file read (parsers/state): its items, computer and time (the file's time when it says none). */
  onState?: (file: StateFile, summary: InputSummary) => void;
  /** A 7-Zip found on the machine, to read `.7z` archives through (without one they are refused with advice). */
  sevenZip?: SevenZipTool;
}

/**
 * The same input, its stream ending quietly where it failed part-way (`StreamDamage`): the reader parses what
 * came before, to the last record, and the damage is reported once it is done.
 */
function endingAtDamage(source: InputSource, damaged: (d: StreamDamage) => void): InputSource {
  if (source.random) return source;
  return {
    ...source,
    head: (length) => source.head(length),
    async *chunks(start) {
      try {
        yield* source.chunks(start);
      } catch (err) {
        if (!(err instanceof StreamDamage)) throw err;
        damaged(err);
      }
    },
  };
}

/**
 * Reads one log (a file, a pipe or an archive entry) whatever its format, yielding its events in batches;
 * the summary is filled as it goes and is complete when the iteration ends. User-level problems end up
 * in `summary.error`, never thrown. Archives are unpacked by `readInputs`, not here.
 */
async function* readSource(input: InputSource, summary: InputSummary, options: ReadInputOptions): EventBatches {
  const path = input.name;
  const warn = (w: InputWarning) => {
    recordWarning(summary, w);
    options.onWarning?.(w);
  };
  let damage: StreamDamage | undefined;
  const source = endingAtDamage(input, (d) => {
    damage = d;
  });
  let format: DetectedFormat;
  let textFirst: true | undefined;
  try {
    ({ format, textFirst } = await detectReading(source));
  } catch (err) {
    summary.error = errorOf(path, err);
    return;
  }
  const reader = readerOf(format);
  if (!reader) {
    summary.error = {
      file: path,
      message:
        format === 'zip'
          ? 'a .zip archive: give it as a path of its own to read the logs in it'
          : format === '7z'
            ? SEVEN_ZIP_REFUSAL
            : UNKNOWN_FORMAT,
    };
    return;
  }
  const known = reader.format?.(format);
  if (known) summary.format = known;
  const batches = reader.events(textFirst ? textBeforeRecords(source) : source, format, {
    warn,
    signal: options.signal,
    select: options.select,
    unread: (n) => {
      summary.unread = (summary.unread ?? 0) + n;
    },
    state: (file) => {
      summary.stateItems = (summary.stateItems ?? 0) + file.items.length;
      if (!file.taken && input.modified !== undefined) {
        file.taken = new Date(input.modified).toISOString();
        file.takenFrom = 'file-time';
      }
      options.onState?.(file, summary);
    },
  });
  try {
    for await (const batch of batches) {
      summary.records += batch.length;
      // Texts longer than a log writes cut where they enter the model, each event's said (value-length.ts).
      for (const e of batch) {
        const cut = cutEventValues(e);
        if (cut) warn(cut);
      }
      if (summary.format === 'unknown' && batch.length) summary.format = batch[0].source.format as InputFormat;
      yield batch;
    }
  } catch (err) {
    if (err instanceof StreamDamage) damage = err;
    else summary.error = errorOf(path, err);
  }
  // A stream that failed part-way: what came before was read; where it stopped is a warning.
  if (damage)
    warn({
      code: damage.warning,
      file: damage.file,
      offset: damage.position.offset,
      message: damage.message,
      kind: damage.warning === 'gzip-checksum' ? 'checksum' : 'other',
    });
  if (summary.format === 'unknown' && format === 'xml' && !summary.error) summary.format = 'xml-events';
}

/** Formats a file found in a folder or an archive may have without being a log at all. */
const MAY_NOT_BE_A_LOG: ReadonlySet<DetectedFormat> = new Set(['json', 'csv', 'splunk-classic', 'unknown']);

/**
 * A file found in a folder or an archive (not named by the user) whose content is no log: passed over, not
 * an input error (a case folder's notes, a scenario's `expected.json`); the timeline lists it apart.
 */
function passOver(summary: InputSummary, format: DetectedFormat): void {
  const what = format === 'unknown' ? 'not a log format rdpdiag reads' : 'JSON or CSV of no known SIEM export shape';
  summary.passedOver = `found in a folder but not a log export (${what})`;
  summary.error = undefined;
}

/** A reader's or the file system's error as the input's error; anything else is a bug and is thrown. */
function errorOf(path: string, err: unknown): InputSummary['error'] {
  if (err instanceof InputFileError) return { file: err.file, message: err.message, ...err.position };
  if (err instanceof InputTooLargeError)
    return { file: path, message: `an archive read from a pipe is limited to ${err.message}; give it as a file` };
  if ((err as FileAccessError).code) return { file: path, message: describeFsError(err) };
  throw err;
}

type OnBatch = (events: NormalizedEvent[], summary: InputSummary, index: number) => void | Promise<void>;

/**
 * Reads several inputs, one after the other, handing every batch to `onBatch` (awaited when it returns a
 * promise). A .zip is read as if unpacked: each log in it (and in archives within it) is an input of its
 * own, named `<archive>/<entry>`; the archive itself is listed only when it has warnings or an error.
 */
export async function readInputs(
  files: readonly InputToOpen[],
  onBatch: OnBatch,
  options: ReadInputOptions = {},
): Promise<InputSummary[]> {
  const reader = new InputsReader(onBatch, options);
  for (const [i, file] of files.entries()) {
    reader.index = i;
    let source: InputSource;
    try {
      source = await file.open();
    } catch (err) {
      reader.failed(file.name, err);
      continue;
    }
    try {
      await reader.readOne(source, undefined, 0, file.found === true);
    } finally {
      await source.close?.();
    }
  }
  return reader.summaries;
}

/** One run of readInputs: each input read by its kind (an archive's logs each as an input of their own). */
class InputsReader {
  readonly summaries: InputSummary[] = [];
  /** The place of the input being read among those given (the batches of an archive's logs carry its place). */
  index = 0;

  constructor(
    private readonly onBatch: OnBatch,
    private readonly options: ReadInputOptions,
  ) {}

  /** An input that could not be opened or told: listed with its error. */
  failed(name: string, err: unknown): void {
    const summary = newSummary(name);
    summary.error = errorOf(name, err);
    this.summaries.push(summary);
  }

  async readOne(source: InputSource, budget: ArchiveBudget | undefined, depth: number, found: boolean): Promise<void> {
    let format: DetectedFormat;
    try {
      format = await detectInput(source);
    } catch (err) {
      this.failed(source.name, err);
      return;
    }
    if (format === 'gzip') return this.readGzip(source, budget, depth, found);
    if (format === 'tar')
      return this.readTarArchive(source, budget ?? newArchiveBudget(this.options.archiveLimits), depth);
    if (format === 'zip') return this.readZip(source, budget ?? newArchiveBudget(this.options.archiveLimits), depth);
    if (format === '7z' && this.options.sevenZip)
      return this.readSevenZip(
        source,
        budget ?? newArchiveBudget(this.options.archiveLimits),
        depth,
        this.options.sevenZip,
      );
    const summary = newSummary(source.name);
    this.summaries.push(summary);
    for await (const batch of readSource(source, summary, this.options)) await this.onBatch(batch, summary, this.index);
    if (found && summary.records === 0 && summary.error && MAY_NOT_BE_A_LOG.has(format)) passOver(summary, format);
  }

  /** Unpacked as a stream and read as whatever it holds (NDJSON, XML, CSV, an .evtx, a .zip). */
  private async readGzip(
    source: InputSource,
    budget: ArchiveBudget | undefined,
    depth: number,
    found: boolean,
  ): Promise<void> {
    if (depth >= (budget ?? newArchiveBudget()).limits.maxDepth) {
      const summary = newSummary(source.name);
      summary.error = { file: source.name, message: 'compressed files nested too deep; skipped' };
      this.summaries.push(summary);
      return;
    }
    const { gunzipped } = await import('./gunzip.js');
    await this.readOne(streamInput(source.name, gunzipped(source.chunks(), source.name)), budget, depth + 1, found);
  }

  /** Read as a stream: each log member is read as it is reached (a .tar.gz is never unpacked whole). */
  private async readTarArchive(source: InputSource, archiveBudget: ArchiveBudget, depth: number): Promise<void> {
    const summary = newSummary(source.name);
    summary.format = 'tar';
    if (depth >= archiveBudget.limits.maxDepth) {
      summary.error = { file: source.name, message: nestedTooDeep(archiveBudget) };
      this.summaries.push(summary);
      return;
    }
    let members = 0;
    // Warnings taken as they come (counted, the first few of each code kept): a hostile archive's thousands of
    // refused members are never all held.
    await readTar(
      source.name,
      source.chunks(),
      archiveBudget,
      async (member) => {
        members++;
        await this.readOne(member, archiveBudget, depth + 1, true);
      },
      (w) => {
        addWarning(summary, w);
        this.options.onWarning?.(w);
      },
      source.pathSeparator,
    );
    if (members === 0 && !summary.warnings.length)
      summary.error = { file: source.name, message: `the archive holds no log (${READABLE_EXTENSIONS.join(' ')})` };
    if (summary.warnings.length || summary.error) this.summaries.push(summary);
  }

  private readZip(source: InputSource, archiveBudget: ArchiveBudget, depth: number): Promise<void> {
    return this.readArchive(source, 'zip', archiveBudget, depth, async (summary) => {
      const limit = Math.min(MAX_PIPED_EVTX, archiveBudget.remainingBytes);
      const bytes = await randomAccessOf(source, limit, this.options.scratch);
      try {
        const contents = await openZip(source.name, bytes, archiveBudget, source.pathSeparator);
        await this.readArchiveEntries(source, summary, contents, archiveBudget, depth);
      } finally {
        // A scratch file goes as soon as its archive is read; an input's own bytes are closed by its opener.
        if (bytes !== source.random) await bytes.close?.();
      }
    });
  }

  /** A .7z through the machine's 7-Zip: listed, then each log member read as an input of its own, one at a time. */
  private readSevenZip(
    source: InputSource,
    archiveBudget: ArchiveBudget,
    depth: number,
    tool: SevenZipTool,
  ): Promise<void> {
    return this.readArchive(source, '7z', archiveBudget, depth, async (summary) => {
      const contents = await openSevenZip(source, tool, archiveBudget, source.pathSeparator);
      try {
        await this.readArchiveEntries(source, summary, contents, archiveBudget, depth);
      } finally {
        await contents.close();
      }
    });
  }

  /**
   * An archive opened and read by `read` (.zip, .7z): refused when nested deeper than the budget allows; what
   * fails is the archive's error, listed with it.
   */
  private async readArchive(
    source: InputSource,
    format: 'zip' | '7z',
    archiveBudget: ArchiveBudget,
    depth: number,
    read: (summary: InputSummary) => Promise<void>,
  ): Promise<void> {
    const summary = newSummary(source.name);
    summary.format = format;
    try {
      if (depth >= archiveBudget.limits.maxDepth) throw new InputFileError(source.name, nestedTooDeep(archiveBudget));
      await read(summary);
    } catch (err) {
      summary.error = errorOf(source.name, err);
      if (!this.summaries.includes(summary)) this.summaries.push(summary);
    }
  }

  /** An archive's warnings said (the archive listed with them), then each of its logs read; none at all is an error. */
  private async readArchiveEntries(
    source: InputSource,
    summary: InputSummary,
    contents: { inputs: readonly InputSource[]; warnings: readonly InputWarning[] },
    archiveBudget: ArchiveBudget,
    depth: number,
  ): Promise<void> {
    if (contents.inputs.length === 0 && contents.warnings.length === 0)
      throw new InputFileError(source.name, `the archive holds no log (${READABLE_EXTENSIONS.join(' ')})`);
    for (const w of contents.warnings) {
      addWarning(summary, w);
      this.options.onWarning?.(w);
    }
    if (summary.warnings.length) this.summaries.push(summary);
    for (const entry of contents.inputs) await this.readOne(entry, archiveBudget, depth + 1, true);
  }
}

/** Why an archive inside archives past the budget's depth is not opened. */
function nestedTooDeep(budget: ArchiveBudget): string {
  return `an archive nested more than ${budget.limits.maxDepth} deep; skipped`;
}
