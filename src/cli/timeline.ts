import { shortChannelName } from '../ingest/filter.js';
import { buildTimeline } from '../ingest/timeline.js';
import { toDumpRecord } from '../report/event-dump.js';
import { summarizeEvent } from '../diagnose/event-summary.js';
import { formatTime } from '../report/time-format.js';
import { EXIT_CLEAN, EXIT_USAGE_OR_INPUT, UsageError } from './exit.js';
import { cliIo, printNote, reportInputs, writeOut } from './io.js';
import { Progress } from './progress.js';
import { filterFromOptions, timeZoneFromOptions, type FilterOptions } from './options.js';

export interface TimelineOptions extends FilterOptions {
  format: string;
  quiet?: boolean;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** `rdpdiag timeline <paths…>`: every event of every input, merged in time order. */
export async function runTimeline(paths: string[], o: TimelineOptions): Promise<number> {
  if (o.format !== 'table' && o.format !== 'jsonl')
    throw new UsageError(`unknown --format "${o.format}" (use table or jsonl)`);
  const filter = filterFromOptions(o);
  const tz = timeZoneFromOptions(o);
  const progress = new Progress(!o.quiet && cliIo().stderr.isTTY === true);
  const timeline = await buildTimeline(paths, { filter, onProgress: progress.update });
  progress.done();
  const { events } = timeline;
  if (o.format === 'jsonl') {
    for (let i = 0; i < events.length; i += 1000) {
      await writeOut(
        events
          .slice(i, i + 1000)
          .map((e) => JSON.stringify({ ...toDumpRecord(e), source: e.source.file }) + '\n')
          .join(''),
      );
    }
  } else {
    const computerWidth = Math.min(28, Math.max(8, ...events.map((e) => e.computer.length)));
    const channelWidth = Math.min(36, Math.max(7, ...events.map((e) => shortChannelName(e.channel).length)));
    const timeWidth = tz.kind === 'utc' ? 24 : 29;
    const header = `${pad('TIME', timeWidth)}  ${pad('COMPUTER', computerWidth)}  ${pad('CHANNEL', channelWidth)}  ${pad('ID', 5)}  SUMMARY\n`;
    await writeOut(header);
    for (let i = 0; i < events.length; i += 1000) {
      let out = '';
      for (const e of events.slice(i, i + 1000)) {
        out += `${pad(formatTime(e.timestamp, e.timeMs, tz), timeWidth)}  ${pad(e.computer.slice(0, computerWidth), computerWidth)}  ${pad(shortChannelName(e.channel).slice(0, channelWidth), channelWidth)}  ${pad(String(e.eventId), 5)}  ${summarizeEvent(e)}\n`;
      }
      await writeOut(out);
    }
  }
  const failed = reportInputs(timeline.inputs, timeline.missing, { quiet: o.quiet, every: true });
  if (!o.quiet) {
    const dup = timeline.duplicates ? `, ${timeline.duplicates} duplicate record(s) dropped` : '';
    printNote(`${events.length} event(s) from ${timeline.inputs.length} input(s)${dup}`);
  }
  return failed ? EXIT_USAGE_OR_INPUT : EXIT_CLEAN;
}
