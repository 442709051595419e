import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { analyzeEvents, neededForAnalysis } from '../diagnose/analyze.js';
import { buildTimeline } from '../ingest/timeline.js';
import { renderHtml } from '../report/html.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { buildReportModel, type ReportModel } from '../report/model.js';
import { Redactor } from '../report/redact.js';
import { renderTable } from '../report/table.js';
import { EXIT_CLEAN, EXIT_FAILURES_FOUND, EXIT_USAGE_OR_INPUT, UsageError } from './exit.js';
import { runFollow, type FollowCliOptions } from './follow.js';
import { printError, reportInputs, writeOut } from './io.js';
import { addFilterOptions, filterFromOptions, timeZoneFromOptions } from './options.js';
import { Progress } from './progress.js';

/** The options of `analyze`, offline and `--follow` alike (declared once, beside the follow command). */
type AnalyzeOptions = FollowCliOptions;

const FORMATS = ['table', 'json', 'markdown', 'html'] as const;
type ReportFormat = (typeof FORMATS)[number];
const BY_EXTENSION: Record<string, ReportFormat> = {
  '.json': 'json',
  '.txt': 'table',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

function chooseFormat(o: AnalyzeOptions): ReportFormat {
  const f = o.format ?? (o.output ? BY_EXTENSION[extname(o.output).toLowerCase()] : undefined) ?? 'table';
  const alias: Record<string, ReportFormat> = { md: 'markdown', text: 'table' };
  const chosen = alias[f] ?? f;
  if (!(FORMATS as readonly string[]).includes(chosen))
    throw new UsageError(`unknown --format "${f}" (use ${FORMATS.join(', ')})`);
  return chosen as ReportFormat;
}

function render(format: ReportFormat, m: ReportModel, o: AnalyzeOptions, toFile: boolean): string {
  const tz = timeZoneFromOptions(o);
  switch (format) {
    case 'json':
      return renderJson(m.analysis, m.inputs);
    case 'markdown':
      return renderMarkdown(m, tz);
    case 'html':
      return renderHtml(m, tz);
    case 'table': {
      const color = !toFile && process.stdout.isTTY === true && !process.env.NO_COLOR;
      return renderTable(m.analysis, { tz, color, width: Math.max(60, Math.min(process.stdout.columns ?? 100, 120)) });
    }
  }
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
  )
    return runFollow(paths, o);
  if (paths.length === 0) throw new UsageError("missing required argument 'paths'");
  const format = chooseFormat(o);
  const filter = filterFromOptions(o);
  timeZoneFromOptions(o);
  const progress = new Progress(!o.quiet && process.stderr.isTTY === true);
  const timeline = await buildTimeline(paths, { filter, keep: neededForAnalysis(), onProgress: progress.update });
  progress.done();
  const analysis = analyzeEvents(timeline.events, { channelCounts: timeline.channelCounts });
  const anyFailed = analysis.attempts.some((a) => a.outcome === 'failed');
  if (o.failedOnly) analysis.attempts = analysis.attempts.filter((a) => a.outcome === 'failed');
  let model = buildReportModel(analysis, timeline.inputs, timeline.events, timeline.span);
  if (o.redact) {
    const redactor = new Redactor(o.redactKeep ?? []);
    for (const e of timeline.events) redactor.collectEvent(e);
    model = redactor.deep(model);
  }
  const report = render(format, model, o, Boolean(o.output));
  if (o.output) {
    try {
      await writeFile(o.output, report);
    } catch (err) {
      printError(`cannot write ${o.output}: ${(err as Error).message}`);
      return EXIT_USAGE_OR_INPUT;
    }
  } else {
    await writeOut(report);
  }
  const inputFailed = reportInputs(o.redact ? model.inputs : timeline.inputs, timeline.missing, { quiet: o.quiet });
  if (inputFailed) return EXIT_USAGE_OR_INPUT;
  return anyFailed && !o.exitZero ? EXIT_FAILURES_FOUND : EXIT_CLEAN;
}

const collect = (value: string, previous: string[] = []) => previous.concat(value);

export function registerAnalyze(program: Command, run: (p: Promise<number>) => void): void {
  const cmd = program
    .command('analyze')
    .description('explain every RDP connection attempt in the logs: whether it worked and, if not, why')
    .argument(
      '[paths...]',
      '.evtx files, XML exports, folders (read recursively) or globs, server and client logs mixed',
    )
    .option(
      '--format <format>',
      `report format: ${FORMATS.join(', ')} (default: from --output's extension, else table)`,
    )
    .option('-o, --output <file>', 'write the report to a file (.md, .html, .json, .txt) instead of standard output')
    .option('--failed-only', 'list only the attempts that failed')
    .option('--redact', 'replace users, domains, computer names, addresses, SIDs and thumbprints by stable pseudonyms')
    .option('--redact-keep <value>', 'with --redact: leave this value in clear (repeatable)', collect)
    .option('-q, --quiet', 'no progress and no input warnings on stderr')
    .option('--exit-zero', 'exit 0 even when failed attempts are found (input errors still exit 2)')
    .option(
      '-f, --follow',
      'keep watching the inputs and print each attempt when it ends (Ctrl-C stops; --format table or jsonl)',
    )
    .option('--settle <seconds>', 'with --follow: an attempt with no news for this long is decided (default 30)')
    .option(
      '--poll <ms>',
      'with --follow: check the files every <ms> milliseconds instead of using fs.watch (default: fs.watch, checked every 500 ms)',
    )
    .option(
      '--live-channel <name>',
      'with --follow, on Windows: follow this live channel with wevtutil (short or full name; rdp = every channel rdpdiag reads); repeatable. --channel <name> does the same when no file is given',
      collect,
    )
    .option(
      '--state <file>',
      'with --live-channel: keep the channel bookmarks in this file, so that a restart misses and repeats nothing',
    )
    .option(
      '--channels <set>',
      'with --follow, on Windows: follow a set of live channels (rdp = every channel rdpdiag reads)',
    );
  addFilterOptions(cmd).action((paths: string[], o: AnalyzeOptions) => run(runAnalyze(paths, o)));
}
