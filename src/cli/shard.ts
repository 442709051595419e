/** `rdpdiag analyze --shard K/N`: the computers of part K of N, diagnosed, as a shard file for `rdpdiag merge`. */
import { readFilterOf } from '../ingest/filter.js';
import { VERSION } from '../model/version.js';
import { buildTimeline } from '../platform/node/files.js';
import { splitJsonFrom } from '../platform/node/json-split.js';
import { rereadableBytes } from '../platform/node/files.js';
import { expandInputs } from '../platform/node/inputs.js';
import { readShard } from '../pipeline/shard.js';
import { parseShardSpec, ShardError } from '../pipeline/shard-spec.js';
import { type AnalyzeOptions, keepHeapNearLive } from './analyze-options.js';
import { EXIT_CLEAN, EXIT_USAGE_OR_INPUT, UsageError } from './exit.js';
import { nothingReadable, openOutput, reportInputs, cliIo, printNote } from './io.js';
import { filterFromOptions, parseThreads } from './options.js';
import { Progress } from './progress.js';

/** What a shard cannot do: the report's choices are `merge`'s, and `--explain`/`--redact` need the whole run. */
const NOT_WITH_SHARD: [keyof AnalyzeOptions, string][] = [
  ['details', '--details'],
  ['summary', '--summary'],
  ['attempt', '--attempt'],
  ['explain', '--explain'],
  ['failedOnly', '--failed-only'],
  ['redact', '--redact'],
  ['ecsBulk', '--ecs-bulk'],
  ['ecsIndex', '--ecs-index'],
  ['since', '--since'],
  ['until', '--until'],
  ['computer', '--computer'],
];

export async function runShard(paths: string[], o: AnalyzeOptions & { shard: string }): Promise<number> {
  if (paths.length === 0) throw new UsageError("missing required argument 'paths'");
  let spec: ReturnType<typeof parseShardSpec>;
  try {
    spec = parseShardSpec(o.shard, '--shard');
  } catch (err) {
    if (err instanceof ShardError) throw new UsageError(err.message);
    throw err;
  }
  if (o.format !== undefined && o.format !== 'shard')
    throw new UsageError(
      `--shard writes a shard file for rdpdiag merge, not a report (--format ${o.format}): give the report's format to merge`,
    );
  // Its lines are for rdpdiag merge: never printed to a terminal.
  if ((o.output === undefined || o.output === '-') && cliIo().stdout.isTTY === true)
    throw new UsageError('--shard writes a shard file for rdpdiag merge, not a report: name it with -o <file>');
  for (const [key, flag] of NOT_WITH_SHARD)
    if (o[key] !== undefined && o[key] !== false)
      throw new UsageError(`${flag} is not for --shard: give it to rdpdiag merge, which writes the report`);
  const filter = filterFromOptions(o);
  const threads = parseThreads(o.threads);
  keepHeapNearLive();
  const progress = new Progress(!o.quiet && cliIo().stderr.isTTY === true);
  const bytes = await rereadableBytes(paths);
  const opening = { splitJsonFrom: splitJsonFrom(threads, bytes) };
  // Opened first: each computer's lines are written as soon as it is diagnosed, while the rest is read.
  const out = await openOutput(o.output, { kind: 'json' }, (await expandInputs(paths)).files);
  let writing: Promise<void> = Promise.resolve();
  const write = (line: string) => {
    if (out.writeNow) return out.writeNow(line);
    writing = writing.then(() => out.write(line));
    // Awaited below; meanwhile a failed write is not an unhandled rejection.
    writing.catch(() => undefined);
  };
  let timeline: Awaited<ReturnType<typeof buildTimeline>>;
  let warnings: string[];
  try {
    ({ timeline, warnings } = await readShard(
      (reading) =>
        buildTimeline(paths, { filter: readFilterOf(filter), ...reading, onProgress: progress.update }, opening),
      spec,
      VERSION,
      write,
    ));
    await writing;
  } catch (err) {
    await out.abandon();
    throw err;
  }
  progress.done();
  if (nothingReadable(timeline)) {
    await out.abandon();
    reportInputs(timeline.inputs, timeline.missing, {
      quiet: o.quiet,
      empty: timeline.empty,
      passedOver: { paths: timeline.passedOver ?? [], named: true },
    });
    return EXIT_USAGE_OR_INPUT;
  }
  await out.close();
  if (!o.quiet) for (const w of warnings) printNote(`warning: ${w}`);
  const inputFailed = reportInputs(timeline.inputs, timeline.missing, {
    quiet: o.quiet,
    passedOver: { paths: timeline.passedOver ?? [], named: true },
  });
  return inputFailed ? EXIT_USAGE_OR_INPUT : EXIT_CLEAN;
}
