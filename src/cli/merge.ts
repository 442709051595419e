/**
 * `rdpdiag merge shard-*.json`: the shard files `analyze --shard K/N` wrote, run through the fleet-wide pass
 * (attempt numbers, attacks across computers, lateral movement, incidents, coverage) into any report: the one a
 * single run over all the inputs gives (src/pipeline/shard.ts).
 */
import { viewOf } from '../ingest/filter.js';
import { analyzeTimeline } from '../pipeline/analysis-report.js';
import { ShardMerger } from '../pipeline/shard.js';
import { ShardError } from '../pipeline/shard-spec.js';
import { LineReadError, type LongLines, readLines } from '../platform/node/lines.js';
import { tempSpill } from '../platform/node/temp-spill.js';
import { type Spill, SpillError } from '../model/spill.js';
import { type AnalyzeOptions, keepHeapNearLive } from './analyze-options.js';
import { attemptId, chooseFormat, writeReport } from './analyze.js';
import { echoed, exitCodeOf, UsageError } from './exit.js';
import { printNote } from './io.js';
import { filterFromOptions, timeZoneFromOptions } from './options.js';

export type MergeOptions = Pick<
  AnalyzeOptions,
  | 'format'
  | 'output'
  | 'details'
  | 'summary'
  | 'attempt'
  | 'failedOnly'
  | 'ecsBulk'
  | 'ecsIndex'
  | 'quiet'
  | 'exitZero'
  | 'since'
  | 'until'
  | 'computer'
  | 'tz'
>;

/**
 * The longest shard line read: one computer with everything its attempts hold (a line over it is refused, never
 * held: a file of no line breaks is not read into memory).
 */
const MAX_SHARD_LINE = 256 * 1024 * 1024;

/**
 * A computer's line longer than this (a shard of the older layout, one line per computer) is read from the file
 * again a piece at a time, never parsed whole (ShardMerger.longLine); a header or an end line is read again whole,
 * up to MAX_SHARD_LINE, its texts' lengths counted first; any other line this long is no shard's.
 */
const LONG_SHARD_LINE = 16 * 1024 * 1024;

const longShardLines = (over: number): LongLines => ({
  over,
  kind: (head) => {
    const text = new TextDecoder().decode(head);
    if (text.startsWith('{"part":') || text.startsWith('{"end":') || text.startsWith('{"rdpdiag":'))
      return 'read again';
    return { refuse: 'neither a computer nor the end of a shard' };
  },
});

/**
 * `limits` (lowered by tests): the length past which a computer's line is read a piece at a time, and about how
 * many bytes of its attempts each part then holds.
 */
export async function runMerge(
  files: string[],
  o: MergeOptions,
  limits: { longLine: number; partBytes?: number } = { longLine: LONG_SHARD_LINE },
): Promise<number> {
  if (files.length === 0) throw new UsageError("missing required argument 'shards'");
  const format = chooseFormat(o, files);
  if (o.attempt) o.attempt = o.attempt.map(attemptId);
  if ((o.ecsBulk || o.ecsIndex !== undefined) && format.name !== 'ecs')
    throw new UsageError('--ecs-bulk and --ecs-index go with --format ecs');
  if (o.summary && (format.name !== 'table' || o.details || o.attempt?.length || o.failedOnly))
    throw new UsageError('--summary goes with the table report alone (not with --details, --attempt, --failed-only)');
  const filter = filterFromOptions(o);
  timeZoneFromOptions(o);
  // What only the report reads of the shards' attempts waits in a temporary file, as in analyze.
  keepHeapNearLive();
  const spill = tempSpill();
  try {
    return await mergeInto(files, o, format, filter, spill, limits);
  } finally {
    spill.close();
  }
}

async function mergeInto(
  files: string[],
  o: MergeOptions,
  format: ReturnType<typeof chooseFormat>,
  filter: ReturnType<typeof filterFromOptions>,
  spill: Spill,
  limits: { longLine: number; partBytes?: number },
): Promise<number> {
  const merger = new ShardMerger({ ...format.reads, spill });
  let merged: ReturnType<ShardMerger['finish']>;
  try {
    for (const file of files) {
      merger.open(file);
      try {
        for await (const line of readLines(file, MAX_SHARD_LINE, longShardLines(limits.longLine))) {
          if (typeof line === 'string') merger.line(line);
          else await merger.longLine(line.read, limits.partBytes);
        }
      } catch (err) {
        if (err instanceof LineReadError)
          throw new ShardError(`${file}: ${err.message}: not a shard file written by analyze --shard`);
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new ShardError(`${file}: no such file`);
        if (code === 'EISDIR') throw new ShardError(`${file}: a folder, not a shard file`);
        if (code === 'EACCES') throw new ShardError(`${file}: not allowed to read it`);
        if (code) throw new ShardError(`${file}: cannot read it (${code})`);
        throw err;
      }
    }
    merged = merger.finish();
  } catch (err) {
    if (err instanceof ShardError) throw new UsageError(err.message);
    throw err;
  }
  if (!o.quiet) for (const w of merged.warnings) printNote(`warning: ${w}`);
  let analyzed: ReturnType<typeof analyzeTimeline>;
  try {
    analyzed = analyzeTimeline(merged.timeline, { ...o, view: viewOf(filter), ...format.reads }, merged.passes);
  } catch (err) {
    // Every line was checked for what merge reads of it; what the fleet pass reads deeper is the shards' too: a
    // value there that analyze --shard never writes is the shards' fault, one line and exit 2, not a crash.
    if (
      err instanceof UsageError ||
      err instanceof SpillError ||
      !(err instanceof Error) ||
      (err as NodeJS.ErrnoException).code
    )
      throw err;
    throw new UsageError(
      `${files.join(', ')}: these shards hold what analyze --shard does not write (${err.message}): write them again`,
    );
  }
  const { model, anyFailed } = analyzed;
  const unknownIds = (o.attempt ?? []).filter((id) => !model.analysis.attempts.some((a) => a.id === id));
  if (unknownIds.length)
    throw new UsageError(`no attempt ${unknownIds.map((id) => echoed(id)).join(', ')} in these shards`);
  await writeReport(format, model, o, files);
  // The inputs' warnings and errors were the shards' to print; an input that could not be read still exits 2.
  return exitCodeOf({
    inputs: model.inputs,
    inputFailed: model.inputs.some((s) => s.error),
    failuresFound: anyFailed && !o.exitZero,
  });
}
