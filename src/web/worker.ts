/**
 * The page's analysis, in a Web Worker: the files picked are read in slices by the same core as
 * `rdpdiag analyze`, and the same reports are rendered (JSON, Markdown, HTML). Cancelling terminates
 * the worker.
 */
import { explainCode } from '../explain/explain-code.js';
import { formatCodeExplanation } from '../explain/format-explanation.js';
import { FilterError, filterFromChoices, readFilterOf, viewOf } from '../ingest/filter.js';
import { LOG_EXTENSIONS } from '../ingest/read.js';
import { readTimeline } from '../ingest/timeline.js';
import { analyzeTimeline, readingForAnalysis } from '../pipeline/analysis-report.js';
import { REPORT_FORMATS } from '../report/formats.js';
import type { ReportModel } from '../report/model.js';
import { parseTimeZone, type TimeZoneChoice, TimeZoneError } from '../report/time-format.js';
import { formatLocation } from '../report/warnings.js';
import type { InputSummary } from '../model/event.js';
import { fileInput } from './browser-file.js';
import type { FromWorker, PageOptions, PickedFile, Reports, ToWorker } from './protocol.js';

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

/** Progress is posted at most this often. */
const PROGRESS_EVERY_MS = 100;

async function analyze(picked: PickedFile[], options: PageOptions): Promise<FromWorker> {
  const started = performance.now();
  let filter: ReturnType<typeof filterFromChoices>;
  let tz: ReturnType<typeof parseTimeZone>;
  try {
    filter = filterFromChoices(options);
    tz = parseTimeZone(options.tz);
  } catch (err) {
    if (err instanceof FilterError || err instanceof TimeZoneError)
      return { type: 'usage-error', message: err.message };
    throw err;
  }
  // A folder's files are read when their names end like a log, as `analyze <folder>` walks it.
  const chosen = picked.filter((p) => !p.fromFolder || LOG_EXTENSIONS.some((x) => p.path.toLowerCase().endsWith(x)));
  const bytesTotal = chosen.reduce((sum, p) => sum + p.file.size, 0);
  let bytesBefore = 0;
  let index = 0;
  let lastPost = 0;
  const sources = chosen.map((p, i) => ({
    // Found in a folder, as `analyze <folder>` finds it: read only when its content is a log.
    found: p.fromFolder,
    ...fileInput(p.file, p.path, (position) => {
      if (i !== index) {
        bytesBefore += chosen.slice(index, i).reduce((sum, q) => sum + q.file.size, 0);
        index = i;
      }
      const now = performance.now();
      if (now - lastPost < PROGRESS_EVERY_MS) return;
      lastPost = now;
      scope.postMessage({
        type: 'progress',
        file: p.path,
        index: i,
        total: chosen.length,
        bytesDone: bytesBefore + position,
        bytesTotal,
      });
    }),
  }));
  const timeline = await readTimeline(sources, { filter: readFilterOf(filter), ...readingForAnalysis() });
  const { model } = analyzeTimeline(timeline, { ...options, view: viewOf(filter) });
  const errors = model.inputs
    .filter((s) => s.error)
    .map((s) => `${formatLocation(s.error!.file, s.error!)}: ${s.error!.message}`);
  return {
    type: 'done',
    // Each report rendered once, straight into a Blob (its string is garbage at once).
    reports: await pageReports(model, tz),
    counts: model.counts,
    errors,
    files: chosen.length,
    refused: refusedOf(chosen, timeline.inputs),
    skippedFromFolders: picked.length - chosen.length,
    ms: Math.round(performance.now() - started),
  };
}

/** How many of the files picked were refused whole: an error of their own and nothing read (a .7z, no format known). */
function refusedOf(chosen: readonly PickedFile[], inputs: readonly InputSummary[]): number {
  const refused = new Set(
    inputs.filter((s) => s.error && s.records === 0 && !s.stateItems && s.format !== 'folder').map((s) => s.path),
  );
  return chosen.filter((p) => refused.has(p.path)).length;
}

/** The formats the page offers (`pageMime` in the registry), each rendered once straight into a Blob. */
async function pageReports(model: ReportModel, tz: TimeZoneChoice): Promise<Reports> {
  const reports: Record<string, Blob> = {};
  for (const f of REPORT_FORMATS.filter((x) => x.pageMime)) {
    const rendered = (await f.renderer())(model, { tz });
    reports[f.name] = new Blob(typeof rendered === 'string' ? [rendered] : [...rendered], { type: f.pageMime });
  }
  return reports as unknown as Reports;
}

function explain(code: string, extended: string | undefined): FromWorker {
  try {
    return { type: 'explained', text: formatCodeExplanation(explainCode(code, extended || undefined)) };
  } catch (err) {
    return { type: 'explained', text: (err as Error).message };
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  const work =
    message.type === 'analyze'
      ? analyze(message.files, message.options)
      : Promise.resolve(explain(message.code, message.extended));
  work.then(
    (reply) => scope.postMessage(reply),
    (err: unknown) => scope.postMessage({ type: 'crash', message: (err as Error)?.stack ?? String(err) }),
  );
};
