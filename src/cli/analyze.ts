import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { analyzeEvents, fieldsForAnalysis, neededForAnalysis } from '../diagnose/analyze.js';
import { slimForAnalysis } from '../diagnose/slim.js';
import { buildTimeline } from '../ingest/timeline.js';
import { renderHtml } from '../report/html.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { buildReportModel, type ReportModel } from '../report/model.js';
import { Redactor } from '../report/redact.js';
import { renderTable } from '../report/table.js';
import { EXIT_CLEAN, EXIT_FAILURES_FOUND, EXIT_USAGE_OR_INPUT, UsageError } from './exit.js';
import { REPORT_FORMATS as FORMATS } from './commands.js';
import type { FollowCliOptions } from './follow.js';
import { cliIo, printError, reportInputs, writeOut } from './io.js';
import { filterFromOptions, timeZoneFromOptions } from './options.js';
import { Progress } from './progress.js';

/** The options of `analyze`, offline and `--follow` alike (declared once, beside the follow command). */
export type AnalyzeOptions = FollowCliOptions;

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
      const { stdout, env } = cliIo();
      const color = !toFile && stdout.isTTY === true && !env.NO_COLOR;
      return renderTable(m.analysis, { tz, color, width: Math.max(60, Math.min(stdout.columns ?? 100, 120)) });
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
    return (await import('./follow.js')).runFollow(paths, o);
  if (paths.length === 0) throw new UsageError("missing required argument 'paths'");
  const format = chooseFormat(o);
  const filter = filterFromOptions(o);
  timeZoneFromOptions(o);
  const progress = new Progress(!o.quiet && cliIo().stderr.isTTY === true);
  const timeline = await buildTimeline(paths, {
    filter,
    keep: neededForAnalysis(),
    select: fieldsForAnalysis(),
    hold: slimForAnalysis(),
    onProgress: progress.update,
  });
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
