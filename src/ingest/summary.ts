/** An input's summary (records, warnings, error) as the readers fill it; apart from `read.ts`, which loads every reader. */
import { addWarning, type InputSummary, type InputWarning } from '../model/event.js';

/** Adds a reader's warning to the input's summary. */
export function recordWarning(summary: InputSummary, w: InputWarning): void {
  addWarning(summary, w);
  if (w.kind === 'skipped-record') summary.skipped += 1;
}

/** The summary of an input before it is read. */
export function newSummary(path: string): InputSummary {
  return { path, format: 'unknown', records: 0, skipped: 0, warnings: [], warningCounts: {} };
}
