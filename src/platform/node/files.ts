/**
 * The core over paths, for the CLI, tests and benches: the format readers and the timeline of paths named
 * on the command line (folders walked, globs expanded), files opened by ./file-source.ts. Node's native
 * CRC-32 and UTF-16 decoding are handed to the .evtx reader (./native.ts).
 */
import { statSync } from 'node:fs';
import './native.js';
import { readEvtx as readEvtxInput } from '../../../parsers/evtx/index.js';
import { readXml as readXmlInput } from '../../../parsers/xml/index.js';
import { expandInputs, folderSummary } from './inputs.js';
import { type BuildTimelineOptions, readTimeline, type Timeline } from '../../ingest/timeline.js';
import { type EventBatches, InputFileError, type ReadOptions } from '../../model/reader.js';
import type { InputSource } from '../../model/source.js';
import { type OpenChoices, openFileInput, pathInput } from './file-source.js';
import { findSevenZip } from './seven-zip.js';
import { tempScratch } from './temp-scratch.js';

/** A format reader over a path: open, read every batch, close. */
async function* overPath(
  path: string,
  opts: ReadOptions,
  reader: (source: InputSource, opts: ReadOptions) => EventBatches,
): EventBatches {
  let source: InputSource;
  try {
    source = await openFileInput(path);
  } catch (err) {
    throw InputFileError.unopenable(path, err);
  }
  try {
    yield* reader(source, opts);
  } finally {
    await source.close?.();
  }
}

export const readEvtx = (path: string, opts: ReadOptions): EventBatches => overPath(path, opts, readEvtxInput);
export const readXml = (path: string, opts: ReadOptions): EventBatches => overPath(path, opts, readXmlInput);

export interface PathTimeline extends Timeline {
  /** Paths that named nothing. */
  missing: string[];
  /** Folders that held no file to read. */
  empty: string[];
  /** The files read (folders walked, globs expanded): what an output must not overwrite. */
  files: string[];
}

/**
 * The timeline of the paths given on the command line (folders walked, globs expanded, `-` for stdin), each
 * opened as `choices` say.
 */
export async function buildTimeline(
  paths: string[],
  options: BuildTimelineOptions = {},
  choices: OpenChoices = {},
): Promise<PathTimeline> {
  const { files, found, missing, empty, skipped } = await expandInputs(paths);
  const toOpen = files.map((f) => (found.has(f) ? { ...pathInput(f, choices), found: true } : pathInput(f, choices)));
  // An archive within an archive waits in a temporary file to be read, not in memory; a .7z is read through the
  // machine's 7-Zip where there is one.
  const sevenZip = findSevenZip();
  const timeline = await readTimeline(toOpen, {
    scratch: { scratch: tempScratch },
    ...(sevenZip ? { sevenZip } : {}),
    ...options,
  });
  return { ...timeline, inputs: [...skipped.map(folderSummary), ...timeline.inputs], missing, empty, files };
}

/** How much larger than the file a compressed log export is read as (NDJSON and XML pack 10 to 20 times). */
const PACKED = 8;

/**
 * About how many bytes of logs the paths name (folders walked, globs expanded; a `.gz` or `.zip` counted as
 * `PACKED` times its size), when every file can be read a second time: undefined for stdin, a pipe or a device.
 */
export async function rereadableBytes(paths: string[]): Promise<number | undefined> {
  if (paths.includes('-')) return undefined;
  const { files } = await expandInputs(paths);
  let bytes = 0;
  for (const f of files) {
    try {
      const s = statSync(f);
      if (!s.isFile()) return undefined;
      bytes += /\.(gz|zip)$/i.test(f) ? s.size * PACKED : s.size;
    } catch {
      return undefined;
    }
  }
  return bytes;
}
