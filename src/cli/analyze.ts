import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { analyzeEvents, fieldsForAnalysis, neededForAnalysis } from '../diagnose/analyze.js';
import { slimForAnalysis } from '../diagnose/slim.js';
import type { FilterName } from '../ingest/filter.js';
import { buildTimeline, type Timeline } from '../ingest/timeline.js';
import { renderExplain } from '../report/explain.js';
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
export interface AnalyzeOptions extends FollowCliOptions {
  details?: boolean;
  attempt?: string[];
  explain?: string[];
}

const FILTER_FLAGS: Record<FilterName, keyof AnalyzeOptions> = {
  since: 'since',
  until: 'until',
  'event-id': 'eventId',
  channel: 'channel',
  computer: 'computer',
};

/**
 * When no attempt is left, says why: the filters (which one removed how many of the events read) or
 * inputs that held no events. Undefined when the logs simply show no RDP connection.
 */
export function emptyResultNote(
  read: Timeline['read'],
  left: number,
  o: AnalyzeOptions,
): { text: string; filtered: boolean } | undefined {
  const n = (x: number) => x.toLocaleString('en-US');
  if (read.records === 0) return { text: 'No events were read from the inputs.', filtered: false };
  const dropped = Object.entries(read.droppedBy) as [FilterName, number][];
  if (dropped.length === 0) return undefined;
  const by = dropped.map(([name, count]) => {
    const value = o[FILTER_FLAGS[name]];
    return `--${name} ${Array.isArray(value) ? value.join(',') : String(value ?? '')} removed ${n(count)}`;
  });
  const span = read.span
    ? ` The logs run from ${read.span.start.slice(0, 19)}Z to ${read.span.end.slice(0, 19)}Z.`
    : '';
  return {
    text: `No RDP connection attempt is left after the filters: ${n(read.records)} events read, ${n(left)} left (${by.join('; ')}).${span} Nothing here says the logs are incomplete: run again without the filter, or with a wider one.`,
    filtered: true,
  };
}

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
      const tty = !toFile && stdout.isTTY === true;
      const color = tty && !env.NO_COLOR;
      const width = tty && stdout.columns ? Math.max(40, stdout.columns) : 80;
      if (o.explain?.length) return renderExplain(m, o.explain, { tz, color, width });
      return renderTable(m, {
        tz,
        color,
        width,
        details: o.details || (o.failedOnly && !o.attempt?.length),
        attempts: o.attempt,
      });
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
  const explained = new Set((o.explain ?? []).map((id) => id.toUpperCase()));
  const analysis = analyzeEvents(timeline.events, {
    channelCounts: timeline.channelCounts,
    ...(explained.size ? { trace: (id: string) => explained.has(id.toUpperCase()) } : {}),
  });
  const anyFailed = analysis.attempts.some((a) => a.outcome === 'failed');
  if (o.failedOnly) analysis.attempts = analysis.attempts.filter((a) => a.outcome === 'failed');
  const note =
    analysis.attempts.length === 0
      ? emptyResultNote(
          timeline.read,
          Object.values(timeline.channelCounts).reduce((x, y) => x + y, 0),
          o,
        )
      : undefined;
  // Coverage advice ("export RdpCoreTS") would be wrong when a filter, not a missing log, left nothing.
  if (note?.filtered) analysis.coverage.advice = [];
  let model = buildReportModel(analysis, timeline.inputs, timeline.events, timeline.span);
  if (note) model.note = note.text;
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
