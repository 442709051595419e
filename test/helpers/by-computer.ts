/** Both ways of `analyze`: the whole run, and one computer at a time (src/pipeline/by-computer.ts). */
import { type BuildTimelineOptions, readTimeline, type Timeline } from '../../src/ingest/timeline.js';
import {
  type AnalysisReport,
  analyzeTimeline,
  type ReportChoices,
  readForAnalysis,
  readingForAnalysis,
} from '../../src/pipeline/analysis-report.js';
import { formatNamed, renderReportText } from '../../src/report/formats.js';
import type { ReportModel } from '../../src/report/model.js';
import { ComputerPasses, type PassChoices } from '../../src/pipeline/by-computer.js';
import { memorySpill } from '../../src/model/spill.js';
import { renderAttemptsCsv } from '../../src/report/csv.js';
import { renderEcs } from '../../src/report/ecs.js';
import { KEY_EVENTS } from '../../src/report/siem.js';
import { renderTable } from '../../src/report/table.js';
import { renderSplunkHec } from '../../src/report/splunk-hec.js';
import { type Line, ndjson } from './by-computer-fleet.js';

const UTC = { kind: 'utc' } as const;

/** One report of a format the registry names, whole, in UTC. */
export function reportOf(format: string, model: ReportModel): Promise<string> {
  return renderReportText(formatNamed(format)!, model, { tz: UTC });
}

/** The JSON and Markdown reports (Markdown: the fleet table, every attempt's story and the appendix of events). */
export async function renderedReport(r: AnalysisReport): Promise<string> {
  return `${await reportOf('json', r.model)}\n${await reportOf('markdown', r.model)}`;
}

/**
 * The reports that name none of an attempt's events (JSON, CSV, the table with every attempt's details), or only
 * its first few (ECS, Splunk HEC). (Markdown, which names every event of a failed attempt and none of the
 * others, is compared beside them.)
 */
async function leanReports(r: AnalysisReport, shown: number | undefined): Promise<string> {
  const { analysis, fleet } = r.model;
  const first =
    shown === undefined || shown === 0
      ? [
          await reportOf('json', r.model),
          renderAttemptsCsv(analysis.attempts, UTC),
          renderTable(r.model, { tz: UTC, color: false, width: 100, details: true }),
        ]
      : [];
  const siem =
    shown === undefined || shown === KEY_EVENTS
      ? [renderEcs(analysis, { fleet }), renderSplunkHec(analysis, fleet)]
      : [];
  return [...first, ...siem].join('\n');
}

/**
 * The whole run's report; the per-computer passes' (undefined when they ended, with why); what `analyze` chooses;
 * and the reports that name few of an attempt's events, `lean`, from passes that keep only those (`eventsShown`):
 * seven more passes, made unless `lean` is false (for a test whose claim is whether the passes hold, not those).
 */
export async function bothWays<T extends Timeline>(
  read: (o: BuildTimelineOptions) => Promise<T>,
  choices: ReportChoices = {},
  { lean: wantLean = true }: { lean?: boolean } = {},
) {
  const wholeReport = analyzeTimeline(await read(readingForAnalysis()), choices);
  const whole = await renderedReport(wholeReport);
  const inPasses = async (eventsShown?: number, failedWhole?: boolean, aside?: Pick<PassChoices, 'detailedLater'>) => {
    const passes = new ComputerPasses({
      ...(eventsShown === undefined ? {} : { eventsShown }),
      ...(failedWhole ? { failedWhole } : {}),
      // Put aside: the spill's text round trip, as the CLI's temporary file gives it.
      ...(aside ? { ...aside, spill: memorySpill() } : {}),
    });
    const timeline = await read({ ...readingForAnalysis(), byComputer: passes.reading });
    passes.finish();
    return {
      passes,
      timeline,
      report: passes.crossing === undefined ? analyzeTimeline(timeline, choices, passes) : undefined,
    };
  };
  const { passes, timeline, report } = await inPasses();
  const split = report ? await renderedReport(report) : undefined;
  let lean: { whole: string; split?: string } | undefined;
  if (report && wantLean) {
    const leanSplit = async (aside?: Pick<PassChoices, 'detailedLater'>) => {
      const [none, few] = [(await inPasses(0, false, aside)).report, (await inPasses(KEY_EVENTS, false, aside)).report];
      // Markdown: no event of an attempt but every event of a failed one (its appendix).
      const failedOnes = (await inPasses(0, true, aside)).report;
      return none && few && failedOnes
        ? `${await leanReports(none, 0)}\n${await leanReports(few, KEY_EVENTS)}\n${await reportOf('markdown', failedOnes.model)}`
        : undefined;
    };
    // Records and tries put aside (every format), and HTML's events beyond what the fleet pass reads.
    const html = (await inPasses(undefined, false, { detailedLater: true })).report;
    const [kept, aside] = [await leanSplit(), await leanSplit({})];
    if (kept && aside && html) {
      const whole = `${await leanReports(wholeReport, undefined)}\n${await reportOf('markdown', wholeReport.model)}`;
      lean = {
        whole: `${whole}\n${whole}\n${await reportOf('html', wholeReport.model)}`,
        split: `${kept}\n${aside}\n${await reportOf('html', html.model)}`,
      };
    }
  }
  const chosen = await readForAnalysis(read, choices, Number.POSITIVE_INFINITY);
  return { whole, split, lean, crossing: passes.crossing, chosen: await renderedReport(chosen.analyze()), timeline };
}

/** `bothWays` over a generated fleet export: `groups`, each a computer's lines (by-computer-fleet.ts), as NDJSON. */
export function bothWaysOver(groups: Line[][], choices: ReportChoices = {}, options: { lean?: boolean } = {}) {
  const inputs = ndjson(groups);
  return bothWays((o) => readTimeline(inputs, o), choices, options);
}
