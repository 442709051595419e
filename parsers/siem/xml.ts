/**
 * Event XML carried inside a SIEM record (Splunk `_raw`, Elastic `event.original`, Sentinel
 * `RawEventData`, Sentinel `EventData` fragments), read by the one XML reader (parsers/xml): no entity
 * expansion, the same budgets, the same field keying as an XML export.
 */
import type { InputFormat, InputWarning, NormalizedEvent } from '../../src/model/event.js';
import { XmlEventReader } from '../xml/index.js';
import type { RecordPlace } from './common.js';

/** The events of an XML text, sourced at the record that carried it. */
export function eventsFromXml(
  xml: string,
  place: RecordPlace,
  format: InputFormat,
  warn: (w: InputWarning) => void,
): NormalizedEvent[] {
  const reader = new XmlEventReader(place.file, {
    warn: (w) =>
      warn({ ...w, line: place.line, column: undefined, message: `${w.message} (in the XML of this record)` }),
  });
  const events = reader.feed(xml).concat(reader.feed('\n'), reader.end());
  for (const e of events) {
    e.source = { file: place.file, format, line: place.line };
    // As ./common.ts newEvent: the SIEM's reference only where no record id finds the record.
    if (place.ref && e.recordId === undefined) e.source.ref = place.ref;
  }
  return events;
}

const FRAGMENT_EVENT = "<Event><System><EventID>0</EventID><TimeCreated SystemTime='1970-01-01T00:00:00Z'/></System>";
const EVENT_DATA = /<EventData[\s>][\s\S]*<\/EventData>|<EventData\s*\/>/;
const USER_DATA = /<UserData[\s>][\s\S]*<\/UserData>/;

/**
 * The fields of an `<EventData>` or `<UserData>` fragment (Sentinel's `EventData` column:
 * `<DataItem …><EventData …><Data Name=…>`), keyed as an XML export keys them, with the DataItem's `time`
 * when it has one (it keeps 100 ns and the offset).
 */
export function fieldsFromXmlFragment(
  xml: string,
): { data: Record<string, string>; userDataElement?: string; time?: string } | undefined {
  const part = EVENT_DATA.exec(xml)?.[0] ?? USER_DATA.exec(xml)?.[0];
  if (!part) return undefined;
  const reader = new XmlEventReader('fragment', { warn: () => {} });
  const [event] = reader.feed(`${FRAGMENT_EVENT}${part}</Event>\n`).concat(reader.end());
  if (!event) return undefined;
  const time = /^<DataItem\b[^>]*\btime="([^"]+)"/.exec(xml.trimStart())?.[1];
  return {
    data: event.data,
    ...(event.userDataElement ? { userDataElement: event.userDataElement } : {}),
    ...(time ? { time } : {}),
  };
}
