/** The bytes the dump must write for events, derived independently of how it writes them (event-dump tests). */
import type { NormalizedEvent } from '../../src/model/event.js';
import { dumpRecordWriter, toDumpRecord } from '../../src/report/event-dump.js';
import { escapeJsonText } from '../../src/report/sanitize.js';
import { Utf8Out } from '../../src/report/utf8-out.js';
import { referenceEventXml } from './event-xml-reference.js';

/**
 * What the dump wrote before its records were written as bytes: the text of each record (JSON.stringify's,
 * unsafe characters escaped), as UTF-8.
 */
export const jsonLine = (e: NormalizedEvent) => `${escapeJsonText(JSON.stringify(toDumpRecord(e)))}\n`;
export const expectedJsonl = (e: NormalizedEvent) => Buffer.from(jsonLine(e));
export const expectedXml = (e: NormalizedEvent) => Buffer.from(`${referenceEventXml(e)}\n`);

/** The bytes `dump` writes for `events`, in one reused buffer as the dump does. */
export function written(format: 'jsonl' | 'xml', events: NormalizedEvent[]): Buffer {
  const out = new Utf8Out(16);
  const write = dumpRecordWriter(format);
  for (const e of events) write(out, e);
  return Buffer.from(out.take());
}
