import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { analyzeEvents } from '../diagnose/analyze.js';
import { buildTimeline } from '../ingest/timeline.js';
import { renderJson } from '../report/json.js';
import { renderTable } from '../report/table.js';
import { EXIT_CLEAN, EXIT_FAILURES_FOUND, EXIT_USAGE_OR_INPUT, UsageError } from './exit.js';
import { printError, reportInputs, writeOut } from './io.js';
import { addFilterOptions, filterFromOptions, timeZoneFromOptions, type FilterOptions } from './options.js';

interface AnalyzeOptions extends FilterOptions {
  format?: string;
  output?: string;
  failedOnly?: boolean;
  quiet?: boolean;
  exitZero?: boolean;
}

const FORMATS = ['table', 'json'] as const;
type ReportFormat = (typeof FORMATS)[number];

function chooseFormat(o: AnalyzeOptions): ReportFormat {
  const byExtension: Record<string, ReportFormat> = { '.json': 'json', '.txt': 'table' };
  const f = o.format ?? (o.output ? byExtension[extname(o.output).toLowerCase()] : undefined) ?? 'table';
  if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown --format "${f}" (use ${FORMATS.join(', ')})`);
  return f as ReportFormat;
}

/** `rdpdiag analyze <paths…>`: attempts, their causes, host findings and coverage advice. */
export async function runAnalyze(paths: string[], o: AnalyzeOptions): Promise<number> {
  const format = chooseFormat(o);
  const filter = filterFromOptions(o);
  const tz = timeZoneFromOptions(o);
  const timeline = await buildTimeline(paths, { filter });
  const analysis = analyzeEvents(timeline.events);
  const anyFailed = analysis.attempts.some((a) => a.outcome === 'failed');
  if (o.failedOnly) analysis.attempts = analysis.attempts.filter((a) => a.outcome === 'failed');
  const toFile = Boolean(o.output);
  const color = !toFile && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const report =
    format === 'json'
      ? renderJson(analysis, timeline.inputs)
      : renderTable(analysis, { tz, color, width: Math.max(60, Math.min(process.stdout.columns ?? 100, 120)) });
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
  const inputFailed = reportInputs(timeline.inputs, timeline.missing, { quiet: o.quiet });
  if (inputFailed) return EXIT_USAGE_OR_INPUT;
  return anyFailed && !o.exitZero ? EXIT_FAILURES_FOUND : EXIT_CLEAN;
}

export function registerAnalyze(program: Command, run: (p: Promise<number>) => void): void {
  const cmd = program
    .command('analyze')
    .description('explain every RDP connection attempt in the logs: whether it worked and, if not, why')
    .argument('<paths...>', '.evtx files, XML exports, folders (read recursively) or globs, server and client logs mixed')
    .option('--format <format>', `report format: ${FORMATS.join(', ')} (default: from --output's extension, else table)`)
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--failed-only', 'list only the attempts that failed')
    .option('-q, --quiet', 'do not print input warnings on stderr')
    .option('--exit-zero', 'exit 0 even when failed attempts are found (input errors still exit 2)');
  addFilterOptions(cmd).action((paths: string[], o: AnalyzeOptions) => run(runAnalyze(paths, o)));
}
