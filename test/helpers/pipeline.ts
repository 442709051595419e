import { XmlEventReader } from '../../parsers/xml/index.js';
import { analyzeEvents, type Analysis } from '../../src/diagnose/analyze.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { compareEvents } from '../../src/ingest/timeline.js';

/** Events from XML text (any export shape), as the XML reader would give them. */
export function eventsFromXml(xml: string, file = 'sample.xml'): NormalizedEvent[] {
  const warnings: string[] = [];
  const reader = new XmlEventReader(file, { warn: (w) => warnings.push(w.message) });
  const events = [...reader.feed(xml), ...reader.end()];
  if (warnings.length) throw new Error(`sample XML has problems: ${warnings.join('; ')}`);
  return events.sort(compareEvents);
}

/** The whole offline pipeline on XML text: correlate into attempts, run the patterns, collect findings. */
export function analyzeXml(xml: string): Analysis {
  return analyzeEvents(eventsFromXml(xml));
}
