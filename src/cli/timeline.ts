import { channelLabel } from '../model/channels.js';
import { buildTimeline } from '../platform/node/files.js';
import { toDumpRecord } from '../report/event-dump.js';
import { summarizeEvent } from '../diagnose/event-summary.js';
import { formatTime } from '../report/time-format.js';
import type { NormalizedEvent } from '../model/event.js';
import { isRawTime } from '../model/time.js';
import { csvBom, csvRow, csvWantsBom, TIMELINE_CSV_COLUMNS, timelineCsvRow, withoutFormula } from '../report/csv.js';
import { echoed, EXIT_CLEAN, EXIT_USAGE_OR_INPUT, UsageError } from './exit.js';
import { cliIo, nothingReadable, openOutput, printNote, reportInputs, reportNothingReadable } from './io.js';
import { Redactor } from '../report/redact.js';
import { escapeControls } from '../report/sanitize.js';
import { Progress } from './progress.js';
import { filterFromOptions, timeZoneFromOptions, type FilterOptions } from './options.js';

export const TIMELINE_FORMATS = ['table', 'csv', 'jsonl', 'timesketch'] as const;

export interface TimelineOptions extends FilterOptions {
  format: string;
  /** `--bom` / `--no-bom`: CSV with UTF-8's byte-order mark (default: when written to a file). */
  bom?: boolean;
  output?: string;
  quiet?: boolean;
  redact?: boolean;
  redactKeep?: string[];
}

/**
 * Timesketch's JSONL import: `datetime` (ISO 8601, microseconds), `timestamp` (microseconds since the
 * epoch), `timestamp_desc` and `message`, then the event's own attributes.
 */
function toTimesketch(e: NormalizedEvent): Record<string, unknown> {
  // A time past year 9999 (kept raw) as ISO 8601 with an expanded year, to the millisecond.
  const raw = isRawTime(e.timestamp);
  const micros = raw ? String(e.timeMs % 1000).padStart(3, '0') + '000' : e.timestamp.slice(20, 26);
  const seconds = raw ? new Date(e.timeMs).toISOString().slice(0, -5) : e.timestamp.slice(0, 19);
  // Timesketch shows these cells and exports them to CSV: a log's value that a spreadsheet would run is defused.
  return {
    message: withoutFormula(`${channelLabel(e.channel)} ${e.eventId}: ${summarizeEvent(e)}`),
    datetime: `${seconds}.${micros}+00:00`,
    timestamp: Math.floor(e.timeMs / 1000) * 1_000_000 + Number(micros),
    timestamp_desc: 'Event Recorded',
    computer: withoutFormula(e.computer),
    channel: withoutFormula(e.channel),
    provider: withoutFormula(e.provider.name),
    event_id: e.eventId,
    record_id: e.recordId ?? null,
    activity_id: e.activityId ? withoutFormula(e.activityId) : null,
    data: JSON.stringify(e.data),
    source_file: withoutFormula(e.source.file),
  };
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** `rdpdiag timeline <paths…>`: every event of every input, merged in time order. */
export async function runTimeline(paths: string[], o: TimelineOptions): Promise<number> {
  if (!(TIMELINE_FORMATS as readonly string[]).includes(o.format))
    throw new UsageError(`unknown --format "${echoed(o.format)}" (use ${TIMELINE_FORMATS.join(', ')})`);
  const filter = filterFromOptions(o);
  const tz = timeZoneFromOptions(o);
  const progress = new Progress(!o.quiet && cliIo().stderr.isTTY === true);
  const timeline = await buildTimeline(paths, { filter, onProgress: progress.update });
  progress.done();
  if (nothingReadable(timeline)) {
    const inputs = o.redact ? new Redactor(o.redactKeep ?? []).deep(timeline.inputs) : timeline.inputs;
    return reportNothingReadable(timeline, inputs, o);
  }
  // Redacted: every value of every event (and every path) collected first, then each event replaced.
  const redactor = o.redact ? new Redactor(o.redactKeep ?? []) : undefined;
  if (redactor) for (const e of timeline.events) redactor.collectEvent(e);
  const events = redactor ? timeline.events.map((e) => redactor.deep(e)) : timeline.events;
  const inputs = redactor ? redactor.deep(timeline.inputs) : timeline.inputs;
  const kind = o.format === 'jsonl' || o.format === 'timesketch' ? 'json' : 'text';
  const out = await openOutput(o.output, { kind }, timeline.files);
  const writeEach = async (line: (e: NormalizedEvent) => string) => {
    for (let i = 0; i < events.length; i += 1000)
      await out.write(
        events
          .slice(i, i + 1000)
          .map(line)
          .join(''),
      );
  };
  if (o.format === 'jsonl') {
    await writeEach((e) => JSON.stringify({ ...toDumpRecord(e), source: e.source.file }) + '\n');
  } else if (o.format === 'timesketch') {
    await writeEach((e) => JSON.stringify(toTimesketch(e)) + '\n');
  } else if (o.format === 'csv') {
    if (csvWantsBom(o.bom, Boolean(o.output))) await out.writeBytes(csvBom());
    await out.write(csvRow([...TIMELINE_CSV_COLUMNS]));
    await writeEach((e) => timelineCsvRow(e, tz));
  } else {
    // Log values escaped (a newline or CR in one must not start or overwrite a line); reduce, not spread:
    // a million events are more arguments than a call takes.
    const computerWidth = Math.min(
      28,
      events.reduce((w, e) => Math.max(w, e.computer.length), 8),
    );
    const channelWidth = Math.min(
      36,
      events.reduce((w, e) => Math.max(w, channelLabel(e.channel).length), 7),
    );
    const timeWidth = tz.kind === 'utc' ? 24 : 29;
    const header = `${pad('TIME', timeWidth)}  ${pad('COMPUTER', computerWidth)}  ${pad('CHANNEL', channelWidth)}  ${pad('ID', 5)}  SUMMARY\n`;
    await out.write(header);
    for (let i = 0; i < events.length; i += 1000) {
      let text = '';
      for (const e of events.slice(i, i + 1000)) {
        text += `${pad(formatTime(e.timestamp, e.timeMs, tz), timeWidth)}  ${pad(escapeControls(e.computer).slice(0, computerWidth), computerWidth)}  ${pad(escapeControls(channelLabel(e.channel)).slice(0, channelWidth), channelWidth)}  ${pad(String(e.eventId), 5)}  ${escapeControls(summarizeEvent(e))}\n`;
      }
      await out.write(text);
    }
  }
  await out.close();
  const failed = reportInputs(inputs, timeline.missing, {
    quiet: o.quiet,
    every: true,
    passedOver: { paths: timeline.passedOver ?? [], named: !o.redact },
  });
  if (!o.quiet) {
    const dup = timeline.duplicates ? `, ${timeline.duplicates} duplicate record(s) dropped` : '';
    printNote(`${events.length} event(s) from ${timeline.inputs.length} input(s)${dup}`);
  }
  return failed ? EXIT_USAGE_OR_INPUT : EXIT_CLEAN;
}
