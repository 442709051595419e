/** Messages between the page (src/web/page.ts) and its analysis worker (src/web/worker.ts). */
import type { ReportChoices } from '../pipeline/analysis-report.js';

/** A file the user picked or dropped; `path` is its place in a picked folder, or its name. */
export interface PickedFile {
  file: File;
  path: string;
  /** Came from a folder: read only if its name ends like a log (as the CLI walks folders). */
  fromFolder: boolean;
}

/** The options of `analyze` the page offers, as typed (parsed in the worker by the core). */
export interface PageOptions extends ReportChoices {
  since?: string;
  until?: string;
  channel?: string[];
  eventId?: string[];
  computer?: string[];
  tz?: string;
}

export type ToWorker =
  | { type: 'analyze'; files: PickedFile[]; options: PageOptions }
  | { type: 'explain-code'; code: string; extended?: string };

/**
 * The reports, as Blobs: their bytes live in the browser's blob store, not in the page's memory, and
 * pass from the worker to the page without a copy.
 */
export interface Reports {
  json: Blob;
  markdown: Blob;
  html: Blob;
}

export type FromWorker =
  | { type: 'progress'; file: string; index: number; total: number; bytesDone: number; bytesTotal: number }
  | {
      type: 'done';
      reports: Reports;
      counts: { attempts: number; succeeded: number; failed: number; inProgress: number; unknown: number };
      /** One line per input with an error (as the CLI prints on stderr). */
      errors: string[];
      files: number;
      /** Of `files`, those refused whole (an error, no record read: a .7z, a file of no format known). */
      refused: number;
      skippedFromFolders: number;
      ms: number;
    }
  | { type: 'usage-error'; message: string }
  | { type: 'explained'; text: string }
  | { type: 'crash'; message: string };
