import { isEvtxHeader, readEvtx } from '../../parsers/evtx/index.js';
import { looksLikeXml, readHead, readXml } from '../../parsers/xml/index.js';
import type { InputFormat, InputSummary, InputWarning, NormalizedEvent } from '../model/event.js';
import { describeFsError, InputFileError, type EventBatches, type FieldSelection } from '../model/reader.js';

export { describeFsError };

export type DetectedFormat = 'evtx' | 'xml' | 'unknown';

/** Detects a file's format from its content, never its name. */
export async function detectFormat(path: string): Promise<DetectedFormat> {
  const head = await readHead(path, 512);
  if (isEvtxHeader(head)) return 'evtx';
  if (looksLikeXml(head)) return 'xml';
  return 'unknown';
}

export interface ReadInputOptions {
  signal?: AbortSignal;
  /** The fields the consumer reads (readers that can skip the others do). */
  select?: FieldSelection;
  /** Called for every warning as it happens (for progress display); they are also kept in the summary. */
  onWarning?: (w: InputWarning) => void;
}

/**
 * Reads one input file whatever its format, yielding its events in batches; the summary is filled as it
 * goes and is complete when the iteration ends. User-level problems end up in `summary.error`, never thrown.
 */
export async function* readInput(path: string, summary: InputSummary, options: ReadInputOptions = {}): EventBatches {
  const warn = (w: InputWarning) => {
    summary.warnings.push(w);
    if (w.kind === 'skipped-record') summary.skipped += 1;
    options.onWarning?.(w);
  };
  let format: DetectedFormat;
  try {
    format = await detectFormat(path);
  } catch (err) {
    summary.error = { file: path, message: describeFsError(err) };
    return;
  }
  let batches: EventBatches;
  if (format === 'evtx') {
    summary.format = 'evtx';
    batches = readEvtx(path, { warn, signal: options.signal, select: options.select });
  } else if (format === 'xml') {
    batches = readXml(path, { warn, signal: options.signal });
  } else {
    summary.error = {
      file: path,
      message:
        'unknown format: not an .evtx log nor an XML event export (export with `wevtutil epl <channel> file.evtx` or Event Viewer "Save All Events As… XML")',
    };
    return;
  }
  try {
    for await (const batch of batches) {
      summary.records += batch.length;
      if (summary.format === 'unknown' && batch.length) summary.format = batch[0].source.format as InputFormat;
      yield batch;
    }
  } catch (err) {
    if (err instanceof InputFileError) {
      summary.error = { file: path, message: err.message, ...err.position };
    } else if ((err as NodeJS.ErrnoException).code) {
      summary.error = { file: path, message: describeFsError(err) };
    } else {
      throw err;
    }
  }
  if (summary.format === 'unknown' && format === 'xml' && !summary.error) summary.format = 'xml-events';
}

export function newSummary(path: string): InputSummary {
  return { path, format: 'unknown', records: 0, skipped: 0, warnings: [] };
}

/** Reads several inputs, one after the other, handing every batch to `onBatch`. */
export async function readInputs(
  files: string[],
  onBatch: (events: NormalizedEvent[], summary: InputSummary) => void,
  options: ReadInputOptions = {},
): Promise<InputSummary[]> {
  const summaries: InputSummary[] = [];
  for (const file of files) {
    const summary = newSummary(file);
    summaries.push(summary);
    for await (const batch of readInput(file, summary, options)) onBatch(batch, summary);
  }
  return summaries;
}
