/** Both ways of `analyze`: the whole run, and one computer at a time (src/pipeline/by-computer.ts). */
import type { BuildTimelineOptions, Timeline } from '../../src/ingest/timeline.js';
import {
  type AnalysisReport,
  analyzeTimeline,
  type ReportChoices,
  readForAnalysis,
  readingForAnalysis,
  renderReport,
} from '../../src/pipeline/analysis-report.js';
import { ComputerPasses } from '../../src/pipeline/by-computer.js';

const UTC = { kind: 'utc' } as const;

/** The JSON and Markdown reports (Markdown: the fleet table, every attempt's story and the appendix of events). */
export function renderedReport(r: AnalysisReport): string {
  return `${renderReport('json', r.model, UTC)}\n${renderReport('markdown', r.model, UTC)}`;
}

/** The whole run's report; the per-computer passes' (undefined when they ended, with why); what `analyze` chooses. */
export async function bothWays<T extends Timeline>(
  read: (o: BuildTimelineOptions) => Promise<T>,
  choices: ReportChoices = {},
) {
  const whole = renderedReport(analyzeTimeline(await read(readingForAnalysis()), choices));
  const passes = new ComputerPasses();
  const timeline = await read({ ...readingForAnalysis(), byComputer: passes.reading });
  passes.finish();
  const split = passes.crossing === undefined ? renderedReport(analyzeTimeline(timeline, choices, passes)) : undefined;
  const chosen = await readForAnalysis(read, choices, Number.POSITIVE_INFINITY);
  return { whole, split, crossing: passes.crossing, chosen: renderedReport(chosen.analyze()), timeline };
}
