/**
 * PowerShell exports of `Get-WinEvent`: `| Export-Clixml` and `| ConvertTo-Json` (rdp-events.md §5.3–5.4).
 * Detected from content like every reader; the values of `Properties` get their field names from
 * `field-names.ts` (the export loses them), the rest maps one to one onto NormalizedEvent.
 */
import { cutDeepValues, isStackOverflow, MAX_VALUE_DEPTH } from '../../src/model/json-depth.js';
import type { InputFormat, NormalizedEvent } from '../../src/model/event.js';
import { type EventBatches, InputFileError, type ReadOptions } from '../../src/model/reader.js';
import { eventBatches, pushAll } from '../common/text-batches.js';

const BATCH = 128;
import type { InputSource } from '../../src/model/source.js';
import { detectEncoding } from '../xml/index.js';
import { type ClixmlPiece, ClixmlTokenizer, recordFromClixml } from './clixml.js';
import { type JsonPiece, JsonRecordSplitter, quoteLargeIntegers, recordFromJson } from './json.js';
import { mapRecord, type PowerShellRecord, RecordError } from './record.js';

export type PowerShellFormat = Extract<InputFormat, 'powershell-clixml' | 'powershell-json'>;

/** How many bytes detection looks at: a JSON record may begin with a long `Message`. */
export const POWERSHELL_HEAD = 64 * 1024;

const MAX_RECORD = 16 * 1024 * 1024;

function headText(head: Uint8Array): string {
  const { encoding, bomLength } = detectEncoding(head);
  try {
    return new TextDecoder(encoding).decode(head.subarray(bomLength));
  } catch {
    return '';
  }
}

/**
 * `powershell-clixml`: `<Objs … xmlns="http://schemas.microsoft.com/powershell/2004/04">`;
 * `powershell-json`: JSON whose first object has EventLogRecord's members (`Id`, `TimeCreated` and
 * `ProviderName` or `LogName`, `RecordId`): names no other JSON export rdpdiag reads uses in that case.
 */
export function detectPowerShell(head: Uint8Array): PowerShellFormat | undefined {
  const text = headText(head);
  if (/^\s*(<\?xml[^>]*\?>\s*)?<Objs\b[^>]*schemas\.microsoft\.com\/powershell\/2004\/04/.test(text))
    return 'powershell-clixml';
  if (!/^\s*[[{]/.test(text)) return undefined;
  const has = (name: string) => text.includes(`"${name}":`) || text.includes(`"${name}" :`);
  if (has('Id') && has('TimeCreated') && has('RecordId') && (has('ProviderName') || has('LogName')))
    return 'powershell-json';
  return undefined;
}

const SKIPPED = Symbol('skipped');

/** The record of one ConvertTo-Json piece (undefined: an object of another kind), or SKIPPED, told to `skip`. */
function jsonRecord(
  piece: JsonPiece,
  path: string,
  warn: ReadOptions['warn'],
  skip: (line: number, message: string) => void,
): PowerShellRecord | undefined | typeof SKIPPED {
  if (piece.text === undefined) {
    skip(piece.line, `record skipped: larger than ${MAX_RECORD} characters (${piece.skipped})`);
    return SKIPPED;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(quoteLargeIntegers(piece.text));
  } catch (err) {
    skip(piece.line, `record skipped: not valid JSON (${(err as Error).message})`);
    return SKIPPED;
  }
  try {
    return recordFromJson(parsed);
  } catch (err) {
    if (!isStackOverflow(err)) throw err;
    // Nested too deep to walk: read again with its values below MAX_VALUE_DEPTH levels cut.
    const record = recordFromJson(cutDeepValues(parsed));
    warn({
      code: 'value-too-deep',
      kind: 'other',
      file: path,
      line: piece.line,
      message: `a record nested deeper than ${MAX_VALUE_DEPTH} levels: its values below that are cut`,
    });
    return record;
  }
}

/**
 * Streams the events of a PowerShell export in file order; a record that cannot be read is skipped with a
 * warning naming its line. Throws InputFileError when nothing in the file is an event record.
 */
export async function* readPowerShell(source: InputSource, format: PowerShellFormat, opts: ReadOptions): EventBatches {
  const path = source.name;
  const head = await source.head(POWERSHELL_HEAD);
  const { encoding, bomLength } = detectEncoding(head);
  const decoder = new TextDecoder(encoding);
  const array = /^\s*\[/.test(headText(head));
  const json = format === 'powershell-json' ? new JsonRecordSplitter(MAX_RECORD, array) : undefined;
  const clixml =
    format === 'powershell-clixml'
      ? new ClixmlTokenizer({ maxRecord: MAX_RECORD, maxDepth: 64, maxElements: 50_000 })
      : undefined;
  let records = 0;
  let others = 0;
  let valuesLost = 0;
  const skip = (line: number, message: string) =>
    opts.warn({ code: 'powershell-record-unreadable', kind: 'skipped-record', file: path, line, message });

  const toEvents = (text: string, final: boolean): NormalizedEvent[] => {
    const out: NormalizedEvent[] = [];
    const add = (record: PowerShellRecord | undefined, line: number) => {
      if (!record) {
        others++;
        return;
      }
      try {
        out.push(mapRecord(record, { file: path, format, line }));
        records++;
        if (!record.values) valuesLost++;
      } catch (err) {
        if (!(err instanceof RecordError)) throw err;
        skip(line, `record skipped: ${err.message}`);
      }
    };
    if (json) {
      for (const piece of json.feed(text)) {
        const record = jsonRecord(piece, path, opts.warn, skip);
        if (record !== SKIPPED) add(record, piece.line);
      }
    } else if (clixml) {
      const pieces: ClixmlPiece[] = clixml.feed(text, final);
      for (const piece of pieces) {
        if (piece.node) add(recordFromClixml(piece.node), piece.line);
        else skip(piece.line, `record skipped: ${piece.problem}`);
      }
      if (clixml.fatal) throw new InputFileError(path, `malformed CLIXML: ${clixml.fatal}`);
    }
    return out;
  };

  let pending = yield* eventBatches(
    path,
    source.chunks(bomLength),
    { signal: opts.signal, batch: BATCH },
    (chunk, out) => pushAll(out, toEvents(decoder.decode(chunk, { stream: true }), false)),
  );
  if (!pending) return;
  pending = pending.concat(toEvents(decoder.decode(), true));
  if (pending.length) yield pending;
  const unfinished = json?.unfinished ?? clixml?.unfinished;
  if (unfinished) skip(unfinished.line, 'the file ends inside a record; that record is lost');
  if (json?.stray && records === 0)
    throw new InputFileError(path, `not a ConvertTo-Json export of Get-WinEvent: unexpected "${json.stray.text}"`, {
      line: json.stray.line,
    });
  if (valuesLost > 0)
    opts.warn({
      code: 'powershell-values-lost',
      kind: 'other',
      file: path,
      message: `${valuesLost} record(s) were exported without the values of their Properties (PowerShell's default -Depth): their fields are lost, only the message is kept. Export with -Depth 3 (Export-Clixml -Depth 3, ConvertTo-Json -Depth 3), or with wevtutil epl <channel> file.evtx`,
    });
  if (records === 0 && others > 0)
    throw new InputFileError(
      path,
      `a PowerShell ${format === 'powershell-json' ? 'JSON' : 'CLIXML'} file without event records (${others} other object(s)); export with Get-WinEvent`,
    );
}
