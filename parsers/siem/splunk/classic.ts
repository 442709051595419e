/**
 * Splunk's classic WinEventLog events (`renderXml=false`): a local time of whole seconds without a zone,
 * then `Key=Value` lines (`LogName`, `EventCode`, `ComputerName`, `SourceName`, `RecordNumber`…) and a
 * `Message=` running to the end of the event. No field names, no ActivityID, no provider GUID: the
 * fields come from the English message text (../message.ts: RdpCoreTS's and the client's by their templates, LSM's,
 * RCM's and Security's by their labels).
 */
import type { NormalizedEvent } from '../../../src/model/event.js';
import type { FieldSelection } from '../../../src/model/reader.js';
import { channelName, eventIdOf, newEvent, type RecordPlace, RecordMappingError, recordId, share } from '../common.js';
import { fieldsFromMessage, messageLogOf } from '../message.js';
import { NOT_TEXT } from '../../../src/model/value-length.js';
import { instantFromLocal } from '../time.js';

/** The line an event starts with: `09/16/2025 09:00:46 AM`. */
export const CLASSIC_FIRST_LINE = /^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d [AP]M\r?$/;

/** The display names the classic format gives providers, to their names in the event's XML. */
const PROVIDERS: Record<string, string> = {
  'microsoft windows security auditing.': 'Microsoft-Windows-Security-Auditing',
};

/**
 * The event log service's own records in the Security log (1100 shut down, 1102 cleared, 1104 full, 1105 archived,
 * 1108 error): the Eventlog provider writes them whatever display name the export gives the log's source.
 */
const EVENTLOG_IN_SECURITY: ReadonlySet<number> = new Set([1100, 1102, 1104, 1105, 1108]);

/** `09/16/2025 09:00:46 AM\nLogName=…`: does this text start like a classic WinEventLog event? */
export function looksLikeClassic(text: string): boolean {
  const lines = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .split('\n', 2);
  return lines.length === 2 && CLASSIC_FIRST_LINE.test(lines[0]!) && /^LogName=/.test(lines[1]!);
}

/** One event's text (its first line the time) as an event; times are read in the zone given (UTC: 0). */
export function mapClassic(
  block: string,
  place: RecordPlace,
  select: FieldSelection | undefined,
  offsetMinutes: number,
): NormalizedEvent {
  const lines = block.split('\n');
  const first = lines[0]!.trim();
  const instant = instantFromLocal(first, offsetMinutes);
  if (!instant) throw new RecordMappingError(`no valid time (${JSON.stringify(first.slice(0, 40))})`);
  const keys: Record<string, string> = {};
  let message: string | undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.startsWith('Message=')) {
      message = [line.slice(8), ...lines.slice(i + 1).map((l) => l.replace(/\r$/, ''))].join('\n').trimEnd();
      break;
    }
    const eq = line.indexOf('=');
    if (eq > 0) keys[line.slice(0, eq)] = line.slice(eq + 1);
  }
  const sourceName = keys.SourceName ?? '';
  const channel = channelName(keys.LogName);
  const eventId = eventIdOf(keys.EventCode);
  const e = newEvent(
    instant,
    channel,
    channel === 'Security' && EVENTLOG_IN_SECURITY.has(eventId)
      ? 'Microsoft-Windows-Eventlog'
      : (PROVIDERS[sourceName.toLowerCase()] ?? sourceName),
    eventId,
    keys.ComputerName ?? '',
    'splunk-wineventlog',
    place,
    recordId(keys.RecordNumber, 'RecordNumber', place),
  );
  e.timePrecisionMs = 1000;
  const pick = select ? select.pick(e) : true;
  if (pick === false || !message) return e;
  const log = messageLogOf(channel);
  const found = log ? fieldsFromMessage(log, eventId, message) : {};
  let any = false;
  for (const k in found) {
    if (pick !== true && !pick.has(k)) continue;
    e.data[share(k)] = found[k]!;
    any = true;
  }
  if (pick !== true && select?.whole(e)) for (const k in found) e.data[share(k)] ??= found[k]!;
  if (any) {
    e.dataFromMessage = true;
    // LSM's and RCM's fields are UserData (as their XML gives them); RdpCoreTS's, the client's, Security's EventData.
    if (log === 'lsm' || log === 'rcm') e.userDataElement = 'EventXML';
  }
  e.message = message;
  return e;
}

/** An event is at most 1 MiB of text: a longer line is no line of one, and is skipped in constant memory. */
const MAX_LINE_CHARS = 1024 * 1024;

/** Events' texts out of a classic WinEventLog export, streamed: each starts at a line of its time. */
export class ClassicSplitter {
  /** The line not yet ended (without a line break, so a line is searched only in new text). */
  private pending = '';
  /** The line not yet ended is over the limit: read to its end, not kept. */
  private skipping = false;
  private lineNo = 1;
  private blockLine = 1;
  private block: string[] = [];
  private blockChars = 0;
  /** The first line of the event being gathered that holds bytes that are no text (damaged). */
  private damagedAt: number | undefined;
  /** What went wrong, by line; `skipped: false` where what the line holds is still read. */
  readonly problems: { line: number; message: string; skipped?: boolean }[] = [];

  feed(text: string): { text: string; line: number }[] {
    const out: { text: string; line: number }[] = [];
    let at = 0;
    for (;;) {
      const nl = text.indexOf('\n', at);
      if (nl < 0) break;
      if (this.skipping) {
        // The end of an over-long line: it was reported and is not kept.
        this.skipping = false;
        this.lineNo++;
      } else this.take(this.pending + text.slice(at, nl), out);
      this.pending = '';
      at = nl + 1;
    }
    if (!this.skipping && at < text.length) {
      this.pending += text.slice(at);
      if (this.pending.length > MAX_LINE_CHARS) {
        this.problems.push({ line: this.lineNo, message: `a line of more than ${MAX_LINE_CHARS} characters` });
        this.pending = '';
        this.skipping = true;
      }
    }
    return out;
  }

  /** The export's end: a last line without its line end (a copy cut there) is read as it stands, and said. */
  end(): { text: string; line: number }[] {
    const out: { text: string; line: number }[] = [];
    if (this.pending && !this.skipping) {
      this.problems.push({
        line: this.lineNo,
        message: `line ${this.lineNo} has no line end (the export may be cut there): its event read as it stands`,
        skipped: false,
      });
      this.take(this.pending, out);
    }
    this.pending = '';
    this.skipping = false;
    this.handOn(out);
    return out;
  }

  /**
   * The text has stopped growing (a followed file): the event being gathered is handed on once its last line
   * has ended (a writer appends whole events); lines that still come for it are reported, not joined to it.
   */
  atRest(): { text: string; line: number }[] {
    if (this.pending !== '' || this.skipping) return [];
    const out: { text: string; line: number }[] = [];
    this.handOn(out);
    return out;
  }

  /**
   * The event gathered, handed on. One with damage (bytes that are no text) is read up to its first damaged line;
   * the lines from there to the next event's time line are not read, and said: junk may have run its text into
   * the next event's (that time line lost), whose fields must never be read as this event's.
   */
  private handOn(out: { text: string; line: number }[]): void {
    if (!this.block.length) return;
    out.push({ text: this.block.join('\n'), line: this.blockLine });
    if (this.damagedAt !== undefined)
      this.problems.push({
        line: this.damagedAt,
        message: `bytes that are no text (damaged): the event of line ${this.blockLine} read up to them, its lines from there to the next event not read (an event whose start the damage covers is lost with them)`,
      });
    this.block = [];
    this.damagedAt = undefined;
  }

  private take(line: string, out: { text: string; line: number }[]): void {
    if (CLASSIC_FIRST_LINE.test(line)) {
      this.handOn(out);
      this.block = [line];
      this.blockChars = line.length;
      this.blockLine = this.lineNo;
    } else if (this.block.length) {
      this.blockChars += line.length;
      if (this.blockChars > 1024 * 1024) {
        this.problems.push({ line: this.blockLine, message: 'an event of more than 1 MiB of text' });
        this.block = [];
        this.damagedAt = undefined;
      } else if (this.damagedAt === undefined) {
        if (NOT_TEXT.test(line.replace(/\r$/, ''))) this.damagedAt = this.lineNo;
        else this.block.push(line);
      }
    } else if (line.trim() !== '') {
      this.problems.push({ line: this.lineNo, message: 'text before the first event' });
    }
    this.lineNo++;
  }
}
