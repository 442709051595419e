import type { InputFormat, InputWarning, NormalizedEvent } from '../../src/model/event.js';
import { type EventBatches, InputFileError, type ReadOptions } from '../../src/model/reader.js';
import { valueCutWarning } from '../../src/model/value-length.js';
import { eventBatches, pushAll } from '../common/text-batches.js';

const BATCH = 128;
import type { InputSource } from '../../src/model/source.js';
import { detectEncoding } from './decode.js';
import { EventMappingError, mapEventElement } from './mapper.js';
import { EventXmlTokenizer, type PositionedElement, type TokenizerLimits } from './tokenizer.js';

export { detectEncoding, looksLikeXml } from './decode.js';

/**
 * Push interface over one XML input: feed decoded text, get normalized events. Used by `readXml` for
 * files and by `--follow` for growing files.
 */
export class XmlEventReader {
  private readonly tokenizer: EventXmlTokenizer;
  private reportedProblems = 0;
  private topLevelEvents = 0;
  private nestedEvents = 0;
  records = 0;
  skipped = 0;

  constructor(
    private readonly file: string,
    private readonly opts: ReadOptions,
    limits: Partial<TokenizerLimits> = {},
  ) {
    this.tokenizer = new EventXmlTokenizer(limits);
  }

  feed(text: string): NormalizedEvent[] {
    return this.map(this.tokenizer.feed(text));
  }

  end(): NormalizedEvent[] {
    return this.map(this.tokenizer.end());
  }

  /** The shape of the export, from what was seen so far. */
  get format(): InputFormat {
    if (this.nestedEvents > 0) return 'xml-events';
    if (this.topLevelEvents === 1 && this.tokenizer.hasDeclaration) return 'xml-event';
    return 'xml-stream';
  }

  get firstRootName(): string | undefined {
    return this.tokenizer.firstRootName;
  }

  /** Malformed-markup problems (not cut-off events), first one first. */
  get malformed() {
    return this.tokenizer.problems.filter((p) => p.malformed);
  }

  private map(elements: PositionedElement[]): NormalizedEvent[] {
    this.reportProblems();
    const out: NormalizedEvent[] = [];
    for (const el of elements) {
      if (el.parent === '') this.topLevelEvents++;
      else this.nestedEvents++;
      const format: InputFormat =
        el.parent !== '' ? 'xml-events' : this.tokenizer.hasDeclaration ? 'xml-event' : 'xml-stream';
      try {
        const cut: string[] = [];
        const event = mapEventElement(el.element, { file: this.file, format, line: el.line }, cut);
        // A value the tokenizer kept only the start of (past 4 MiB): cut, said once for its event.
        if (cut.length > 0) this.opts.warn(valueCutWarning(event, cut));
        out.push(event);
        this.records++;
      } catch (err) {
        if (!(err instanceof EventMappingError)) throw err;
        this.skipped++;
        this.opts.warn({
          code: 'xml-event-unreadable',
          file: this.file,
          line: el.line,
          column: el.column,
          kind: 'skipped-record',
          message: `${err.message}; event skipped`,
        });
      }
    }
    return out;
  }

  private reportProblems(): void {
    const problems = this.tokenizer.problems;
    const settled = this.tokenizer.settledProblems;
    if (settled <= this.reportedProblems) return;
    const fresh = problems.slice(this.reportedProblems, settled);
    this.reportedProblems = settled;
    for (const p of fresh) {
      if (!p.malformed) this.skipped++;
      this.opts.warn({
        code: p.code,
        file: this.file,
        line: p.line,
        column: p.column,
        kind: p.malformed ? 'format' : 'skipped-record',
        message: p.malformed ? `malformed XML: ${p.message}` : p.message,
      });
    }
  }
}

/**
 * Streams the events of an XML export (Event Viewer "Save as XML", `wevtutil qe /f:xml`, or a single
 * `<Event>` document) in file order. Memory stays bounded by the largest event, not the file.
 * Reads any input in order (a file, an archive entry, standard input, a browser `File`; the caller opens
 * and closes it). Throws InputFileError after yielding every readable event when the file held malformed XML.
 */
export async function* readXml(source: InputSource, opts: ReadOptions): EventBatches {
  const path = source.name;
  const head = await source.head(512);
  const { encoding, bomLength } = detectEncoding(head);
  const decoder = new TextDecoder(encoding);
  // The first malformed-markup problem becomes the file's error (below); it is not also a warning.
  let firstMalformed: InputWarning | undefined;
  const reader = new XmlEventReader(path, {
    ...opts,
    warn: (w) => {
      if (w.kind === 'format' && firstMalformed === undefined) firstMalformed = w;
      else opts.warn(w);
    },
  });
  let pending = yield* eventBatches(
    path,
    source.chunks(bomLength),
    { signal: opts.signal, batch: BATCH },
    (chunk, out) => pushAll(out, reader.feed(decoder.decode(chunk, { stream: true }))),
  );
  if (!pending) return;
  const rest = reader.feed(decoder.decode()).concat(reader.end());
  if (rest.length) pending = pending.concat(rest);
  if (pending.length) yield pending;

  const malformed = reader.malformed;
  const first = malformed[0];
  if (first) {
    const more = malformed.length > 1 ? ` (and ${malformed.length - 1} more problem(s), in the warnings)` : '';
    throw new InputFileError(
      path,
      `malformed XML at line ${first.line}, column ${first.column}: ${first.message}${more}; ${reader.records} event(s) before and after it were still read. Re-export the log, or export it as .evtx with wevtutil epl.`,
      { line: first.line, column: first.column },
    );
  }
  if (reader.records === 0 && reader.skipped === 0) {
    const root = reader.firstRootName;
    if (root === 'Objs') {
      throw new InputFileError(
        path,
        'this is a PowerShell Export-Clixml file, which loses the event field names; export the log with `wevtutil epl <channel> file.evtx` instead',
      );
    }
    if (root && root !== 'Events') {
      throw new InputFileError(
        path,
        `XML with root element <${root}> is not an event log export (expected <Events> or <Event>)`,
      );
    }
  }
}
