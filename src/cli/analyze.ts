import { csvBom, csvWantsBom } from '../report/csv.js';
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { readFilterOf, viewOf } from '../ingest/filter.js';
import { buildTimeline, rereadableBytes } from '../platform/node/files.js';
import { splitJsonFrom } from '../platform/node/json-split.js';
import { tempSpill } from '../platform/node/temp-spill.js';
import type { Spill } from '../model/spill.js';
import { readForAnalysis } from '../pipeline/analysis-report.js';
import {
  formatForExtension,
  formatNamed,
  REPORT_EXTENSIONS,
  REPORT_FORMAT_NAMES,
  type RenderChoices,
  type ReportFormat,
} from '../report/formats.js';
import type { ReportModel } from '../report/model.js';
import { Redactor } from '../report/redact.js';
import { echoed, exitCodeOf, UsageError } from './exit.js';
import { type AnalyzeOptions, keepHeapNearLive } from './analyze-options.js';
import {
  cliIo,
  nothingReadable,
  type OutputKind,
  openOutput,
  printNote,
  reportInputs,
  reportNothingReadable,
} from './io.js';
import { filterFromOptions, parseThreads, timeZoneFromOptions } from './options.js';
import { Progress } from './progress.js';

export function chooseFormat(o: AnalyzeOptions, paths: readonly string[] = []): ReportFormat {
  const ext = o.output ? extname(o.output).toLowerCase() : '';
  // A file named for a format rdpdiag does not write (report.pdf) would get text under a lying name. (An
  // output that is one of the inputs is refused when the output is opened, saying so.)
  const isInput = o.output !== undefined && paths.some((p) => resolve(p) === resolve(o.output!));
  if (!o.format && ext && !formatForExtension(ext) && !isInput)
    throw new UsageError(
      `cannot write a "${ext}" report: name the file ${REPORT_EXTENSIONS.join(', ')}, or choose --format`,
    );
  if (o.format === undefined) return (ext ? formatForExtension(ext) : undefined) ?? formatNamed('table')!;
  const chosen = formatNamed(o.format);
  if (!chosen) {
    const elsewhere = FORMATS_ELSEWHERE[o.format?.toLowerCase() ?? ''];
    throw new UsageError(
      `unknown --format "${echoed(o.format)}" (use ${REPORT_FORMAT_NAMES.join(', ')})${elsewhere ? `; ${echoed(o.format)} exists ${elsewhere}` : ''}`,
    );
  }
  return chosen;
}

/** What the person asked for beyond the model: time zone, the terminal's width and colour, ECS bulk lines. */
export function renderChoices(o: AnalyzeOptions, toFile: boolean): RenderChoices {
  const { stdout, env } = cliIo();
  const tty = !toFile && stdout.isTTY === true;
  const color = tty && !env.NO_COLOR;
  return {
    tz: timeZoneFromOptions(o),
    table: {
      color,
      width: tty && stdout.columns ? Math.max(40, stdout.columns) : 80,
      details: o.details || (o.failedOnly && !o.attempt?.length),
      attempts: o.attempt,
      summaryOnly: o.summary,
      explain: o.explain,
    },
    ecs: { bulk: o.ecsBulk, index: o.ecsIndex },
  };
}

export function outputKind(format: ReportFormat, choices: RenderChoices): OutputKind {
  if (format.escaping === 'text') return { kind: 'text', colour: choices.table?.color === true };
  return { kind: format.escaping };
}

/** Renders the report in `format` and writes it to `-o` or standard output; a failed write leaves no file. */
export async function writeReport(
  format: ReportFormat,
  model: ReportModel,
  o: AnalyzeOptions,
  files: Parameters<typeof openOutput>[2],
): Promise<void> {
  const choices = renderChoices(o, Boolean(o.output));
  const report = (await format.renderer())(model, choices);
  const out = await openOutput(o.output, outputKind(format, choices), files);
  try {
    if (format.name === 'csv' && csvWantsBom(o.bom, Boolean(o.output))) await out.writeBytes(csvBom());
    if (typeof report === 'string') await out.write(report);
    else await out.writeAll(report);
  } catch (err) {
    await out.abandon();
    throw err;
  }
  await out.close();
  // Written to a file: say which, where and how big (standard output stays the report's alone).
  if (o.output && !o.quiet) {
    const size = (await stat(o.output).catch(() => undefined))?.size;
    printNote(
      `wrote the ${format.name === 'markdown' ? 'Markdown' : format.name === 'table' ? 'text' : format.name.toUpperCase()} report to ${resolve(o.output)}${size === undefined ? '' : ` (${size < 10_240 ? `${size} bytes` : `${Math.round(size / 1024)} KiB`})`}`,
    );
  }
}

/** Formats other commands or modes write, where `analyze --format` does not: where each exists. */
const FORMATS_ELSEWHERE: Readonly<Record<string, string>> = {
  jsonl:
    'with rdpdiag analyze --follow (one JSON object per attempt as it ends), and in rdpdiag timeline and rdpdiag dump (one per event)',
  xml: 'in rdpdiag dump (the records as Windows exports them)',
  text: 'in rdpdiag explain-code',
  shard: 'with rdpdiag analyze --shard K/N -o <file> (read by rdpdiag merge)',
};

/** An attempt as the user names it: `A343`, `a343` or `343` (the ids are `A` and at least three digits). */
export function attemptId(text: string): string {
  const m = /^a?0*(\d+)$/i.exec(text.trim());
  return m ? `A${m[1].padStart(3, '0')}` : text;
}

/** `rdpdiag analyze <paths…>`: attempts, their causes, host findings and coverage advice. */
export async function runAnalyze(paths: string[], o: AnalyzeOptions): Promise<number> {
  if (
    o.follow ||
    o.liveChannel ||
    o.channels !== undefined ||
    o.settle !== undefined ||
    o.poll !== undefined ||
    o.state !== undefined
  ) {
    if (o.threads !== undefined) throw new UsageError('--threads reads files already written: not with --follow');
    return (await import('./follow.js')).runFollow(paths, o);
  }
  if (o.shard !== undefined) return (await import('./shard.js')).runShard(paths, { ...o, shard: o.shard });
  if (paths.length === 0) throw new UsageError("missing required argument 'paths'");
  const format = chooseFormat(o, paths);
  if (o.attempt) o.attempt = o.attempt.map(attemptId);
  if (o.explain) o.explain = o.explain.map(attemptId);
  if ((o.ecsBulk || o.ecsIndex !== undefined) && format.name !== 'ecs')
    throw new UsageError('--ecs-bulk and --ecs-index go with --format ecs');
  if (o.ecsIndex !== undefined) checkIndexName(o.ecsIndex);
  if (o.summary && (format.name !== 'table' || o.details || o.attempt?.length || o.explain?.length || o.failedOnly))
    throw new UsageError(
      '--summary goes with the table report alone (not with --details, --attempt, --explain, --failed-only)',
    );
  const filter = filterFromOptions(o);
  timeZoneFromOptions(o);
  const threads = parseThreads(o.threads);
  const progress = new Progress(!o.quiet && cliIo().stderr.isTTY === true);
  const bytes = await rereadableBytes(paths);
  // A large JSON export is cut into records on a second thread while this one parses and analyzes.
  const opening = { splitJsonFrom: splitJsonFrom(threads, bytes) };
  keepHeapNearLive();
  // What only the report reads of a fleet's attempts waits in a temporary file (made only if used), gone at the end.
  const spill = tempSpill();
  try {
    return await analyzeRead(paths, o, { format, filter, progress, bytes, opening, spill });
  } finally {
    spill.close();
  }
}

async function analyzeRead(
  paths: string[],
  o: AnalyzeOptions,
  run: {
    format: ReportFormat;
    filter: ReturnType<typeof filterFromOptions>;
    progress: Progress;
    bytes: number | undefined;
    opening: { splitJsonFrom: ReturnType<typeof splitJsonFrom> };
    spill: Spill;
  },
): Promise<number> {
  const { format, filter, progress, bytes, opening, spill } = run;
  const { timeline, analyze } = await readForAnalysis(
    (reading) =>
      buildTimeline(paths, { filter: readFilterOf(filter), ...reading, onProgress: progress.update }, opening),
    { ...o, view: viewOf(filter), ...format.reads, spill },
    bytes,
  );
  progress.done();
  if (nothingReadable(timeline)) {
    const inputs = o.redact ? new Redactor(o.redactKeep ?? []).deep(timeline.inputs) : timeline.inputs;
    return reportNothingReadable(timeline, inputs, o);
  }
  const { model, anyFailed } = analyze();
  const unknownIds = [...(o.attempt ?? []), ...(o.explain ?? [])].filter(
    (id) => !model.analysis.attempts.some((a) => a.id === id),
  );
  if (unknownIds.length)
    throw new UsageError(
      `no attempt ${unknownIds.map((id) => echoed(id)).join(', ')} in these logs (${model.analysis.attempts.length ? `attempts are numbered A001…${model.analysis.attempts[model.analysis.attempts.length - 1].id}` : 'they hold no attempt'})`,
    );
  await writeReport(format, model, o, timeline.files);
  const inputFailed = reportInputs(o.redact ? model.inputs : timeline.inputs, timeline.missing, {
    quiet: o.quiet,
    passedOver: { paths: timeline.passedOver ?? [], named: !o.redact },
  });
  return exitCodeOf({ inputs: timeline.inputs, inputFailed, failuresFound: anyFailed && !o.exitZero });
}

/**
 * Elasticsearch's rules for an index name: lower case; none of \ / * ? " < > | , # : or a space; not starting
 * with - _ +; not . or ..; at most 255 bytes. Checked here, so that a bulk file is not refused whole by the server.
 */
function checkIndexName(name: string): void {
  const why =
    name === ''
      ? 'is empty'
      : name === '.' || name === '..'
        ? 'cannot be . or ..'
        : /^[-_+]/.test(name)
          ? 'cannot start with -, _ or +'
          : name !== name.toLowerCase()
            ? 'must be lower case'
            : /[\\/*?"<>|,#: ]/.test(name)
              ? 'cannot hold \\ / * ? " < > | , # : or a space'
              : /\p{Cc}/u.test(name)
                ? 'cannot hold control characters'
                : Buffer.byteLength(name) > 255
                  ? 'is longer than 255 bytes'
                  : undefined;
  if (why) throw new UsageError(`--ecs-index: an Elasticsearch index name ${why}`);
}
