import type { NormalizedEvent } from '../model/event.js';
import { eventRow } from '../model/events.js';
import { UNMARKED, VALUE_CLOSE, VALUE_OPEN, type ValueMarks } from '../model/value-marks.js';

/** Fields that say the most about an RDP event, shown first in one-line summaries. */
const PREFERRED = [
  'User',
  'TargetUserName',
  'TargetDomainName',
  'AccountName',
  'Param1',
  'Param2',
  'Param3',
  'Address',
  'ClientIP',
  'IPString',
  'IpAddress',
  'ClientAddress',
  'SessionID',
  'Session',
  'SessionName',
  'Reason',
  'ReasonCode',
  'Value',
  'ErrorCode',
  'Error Code',
  'Status',
  'SubStatus',
  'LogonType',
];

const WHITESPACE = /\s/;

function clean(v: string): string {
  return WHITESPACE.test(v) ? v.replace(/\s+/g, ' ').trim() : v;
}

/** The event table's salient fields of an event (`EventRow.salient`), undefined when its row names none. */
export function salientFieldsOf(e: NormalizedEvent): readonly string[] | undefined {
  const row =
    eventRow(e.provider.name, e.eventId) ??
    (e.provider.eventSourceName ? eventRow(e.provider.eventSourceName, e.eventId) : undefined);
  return row?.salient;
}

/** A field's value as a record's position names it (`Data[0]`): its name says nothing. */
const UNNAMED = /^(Data|Binary)\[\d+\]$/;

/**
 * `Name=value` of a field worth showing (present, not empty, not `-`), its value marked by `marks`; a salient
 * field without a name of its own (`Data[0]`), its value alone.
 */
function part(e: NormalizedEvent, k: string, marks: ValueMarks, salient = false): string | undefined {
  const v = e.data[k];
  if (v === undefined) return undefined;
  const c = clean(v);
  if (c === '' || c === '-') return undefined;
  return salient && UNNAMED.test(k) ? marks.markValue(c) : `${k}=${marks.markValue(c)}`;
}

/**
 * The salient fields of an event (the event table's `salient`), whole, in reading order: the timeline's `Details`
 * and what evidence rows lead with. Empty when its row names none or none is set.
 */
export function salientSummary(e: NormalizedEvent, marks: ValueMarks = UNMARKED): string {
  const parts: string[] = [];
  for (const k of salientFieldsOf(e) ?? []) {
    const p = part(e, k, marks, true);
    if (p) parts.push(p);
  }
  return parts.join(' ');
}

/**
 * A one-line summary of an event built from its named fields (`User=CORP\alice Address=192.0.2.10 …`): its salient
 * fields (the event table's) first and whole, then the others (the usual telling ones first, then in record order)
 * cut at `width`; its values marked by `marks` when it goes into one of rdpdiag's sentences of a redacted report.
 */
export function summarizeEvent(e: NormalizedEvent, width = 120, marks: ValueMarks = UNMARKED): string {
  const parts: string[] = [];
  const salient = salientFieldsOf(e) ?? [];
  const used = new Set<string>(salient);
  for (const k of salient) {
    const p = part(e, k, marks, true);
    if (p) parts.push(p);
  }
  const lead = parts.join(' ');
  // Once the line is longer than `width`, later fields are cut off anyway: they are not looked at.
  let length = lead ? lead.length : -1;
  const push = (k: string) => {
    if (used.has(k)) return;
    used.add(k);
    const p = part(e, k, marks);
    if (!p) return;
    parts.push(p);
    length += p.length + 1;
  };
  for (const k of PREFERRED) if (length <= width) push(k);
  for (const k of Object.keys(e.data)) if (length <= width) push(k);
  let line = parts.join(' ');
  if (line === '' && e.message) line = marks.markValue(clean(e.message));
  // The salient fields stay whole; only what follows them is cut.
  const room = Math.max(width, lead.length + 2);
  if (line.length <= room) return line;
  // A marked value (a redacted report) is never cut in the middle: what is left of it would be no value the
  // redactor knows, so it is left out whole.
  const cut = line.slice(0, room - 1);
  const open = cut.lastIndexOf(VALUE_OPEN);
  return `${open > cut.lastIndexOf(VALUE_CLOSE) ? cut.slice(0, open) : cut}…`;
}
