// Node's native CRC-32 and UTF-16 decoder for the .evtx reader (the single-threaded path too).
import '../platform/node/native.js';
import { expandInputs, folderSummary } from '../platform/node/inputs.js';
import {
  canUseWorkers,
  defaultThreads,
  defaultThreadsReason,
  formatEvtxInParallel,
  PARALLEL_MIN_BYTES,
} from '../platform/node/parallel-evtx.js';
import { dumpRecordWriter } from '../report/event-dump.js';
import { Utf8Out } from '../report/utf8-out.js';
import { newSummary } from '../ingest/summary.js';
import { isEvtxHeader } from '../../parsers/evtx/index.js';
import type { InputSummary, NormalizedEvent } from '../model/event.js';
import type { InputToOpen } from '../model/source.js';
import { openFileInput, pathInput, STDIN } from '../platform/node/file-source.js';
import { echoed, EXIT_CLEAN, EXIT_USAGE_OR_INPUT, UsageError } from './exit.js';
import { parseThreads } from './threads.js';
import { nothingReadable, openOutput, printNote, reportInputs } from './io.js';

/** Bytes of records gathered before they are written out. */
const FLUSH_BYTES = 1 << 20;

export interface DumpOptions {
  format: string;
  output?: string;
  quiet?: boolean;
  threads?: string;
  redact?: boolean;
  redactKeep?: string[];
  verbose?: boolean;
}

/**
 * Threads for one input when it is an .evtx file (read by ranges: see formatEvtxInParallel): as asked, else
 * several only for a large one; undefined for anything else (pipes, archives, other formats), which the
 * readers take in order.
 */
async function evtxThreads(
  file: string,
  asked: number | undefined,
): Promise<{ threads: number; why: string } | undefined> {
  if (file === STDIN) return undefined;
  try {
    const source = await openFileInput(file);
    try {
      if (!source.random || !isEvtxHeader(await source.head(512))) return undefined;
      if (asked !== undefined) return { threads: canUseWorkers() ? asked : 1, why: `--threads ${asked}` };
      if (!canUseWorkers()) return { threads: 1, why: 'no worker thread can run here' };
      if (source.random.size < PARALLEL_MIN_BYTES)
        return {
          threads: 1,
          why: `under ${PARALLEL_MIN_BYTES / 1024 / 1024} MB, where threads cost more than they save`,
        };
      return { threads: defaultThreads(), why: defaultThreadsReason() };
    } finally {
      await source.close?.();
    }
  } catch {
    return undefined; // the reader reports the problem
  }
}

/**
 * The inputs read, the readers loaded only now (a dump of an .evtx on worker threads loads none of them); an archive
 * within an archive waits in a temporary file to be read, not in memory.
 */
async function readLazily(
  files: readonly InputToOpen[],
  onBatch: (batch: NormalizedEvent[]) => Promise<void> | void,
): Promise<InputSummary[]> {
  const [{ readInputs }, { tempScratch }] = await Promise.all([
    import('../ingest/read.js'),
    import('../platform/node/temp-scratch.js'),
  ]);
  return readInputs(files, onBatch, { scratch: { scratch: tempScratch } });
}

/** `rdpdiag dump <file>`: every record of one input, in file order, whatever its format. */
export async function runDump(file: string, o: DumpOptions): Promise<number> {
  if (o.format !== 'jsonl' && o.format !== 'xml')
    throw new UsageError(`unknown --format "${echoed(o.format)}" (use jsonl or xml)`);
  const format = o.format;
  const asked = parseThreads(o.threads);
  const writeRecord = dumpRecordWriter(format);
  const { files, missing, empty, skipped } = await expandInputs([file]);
  const folders = skipped.map(folderSummary);
  if (missing.length || empty.length) {
    const hidden = o.redact
      ? new (await import('../report/redact.js')).Redactor(o.redactKeep ?? []).deep(folders)
      : folders;
    reportInputs(hidden, missing, { empty });
    return EXIT_USAGE_OR_INPUT;
  }
  // Redacted: a first reading collects every value (and path) to hide; the second writes the records.
  // Loaded only when needed: a dump of an .evtx loads neither the other readers nor redaction's tables.
  const { Redactor } = o.redact ? await import('../report/redact.js') : { Redactor: undefined };
  const redactor = Redactor ? new Redactor(o.redactKeep ?? []) : undefined;
  if (redactor)
    for (const f of files)
      await readLazily([pathInput(f)], (batch) => {
        for (const e of batch) redactor.collectEvent(e);
      });
  const out = await openOutput(o.output, { kind: 'verbatim' }, files);
  // The XML document starts with the first record, so that an input that cannot be read writes nothing.
  let started = false;
  const start = async () => {
    if (!started && format === 'xml') await out.write(`<?xml version="1.0" encoding="utf-8"?>\n<Events>\n`);
    started = true;
  };
  // Records are written as UTF-8 into one reused buffer, written out once it holds about FLUSH_BYTES.
  const pending = new Utf8Out(FLUSH_BYTES * 2);
  const flush = async () => {
    if (pending.length === 0) return;
    await out.writeBytes(pending.take());
    pending.length = 0;
  };
  const summaries: InputSummary[] = [...folders];
  for (const f of files) {
    const choice = redactor ? undefined : await evtxThreads(f, asked);
    if (choice !== undefined) {
      const { threads, why } = choice;
      if (o.verbose)
        printNote(`${f}: parsed on ${threads === 1 ? 'one thread' : `${threads} worker threads`} (${why})`);
      const summary = newSummary(f);
      summaries.push(summary);
      for await (const bytes of formatEvtxInParallel(f, summary, format, threads)) {
        await start();
        await out.writeBytes(bytes);
      }
      continue;
    }
    const read = await readLazily([pathInput(f)], async (batch) => {
      await start();
      for (const e of batch) writeRecord(pending, redactor ? redactor.deep(e) : e);
      if (pending.length >= FLUSH_BYTES) await flush();
    });
    await flush();
    summaries.push(...read);
  }
  if (!nothingReadable({ inputs: summaries, missing })) await start();
  if (started && format === 'xml') await out.write(`</Events>\n`);
  await out.close();
  const failed = reportInputs(redactor ? redactor.deep(summaries) : summaries, missing, {
    quiet: o.quiet,
    every: true,
  });
  return failed ? EXIT_USAGE_OR_INPUT : EXIT_CLEAN;
}
