import type { NormalizedEvent } from '../model/event.js';
import { UNMARKED, type ValueMarks } from '../model/value-marks.js';

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

/**
 * A one-line summary of an event built from its named fields (`User=CORP\alice Address=192.0.2.10 …`); its
 * values marked by `marks` when it goes into one of rdpdiag's sentences of a redacted report.
 */
export function summarizeEvent(e: NormalizedEvent, width = 120, marks: ValueMarks = UNMARKED): string {
  const { markValue } = marks;
  const parts: string[] = [];
  const used = new Set<string>();
  // Once the line is longer than `width`, later fields are cut off anyway: they are not looked at.
  let length = -1;
  const push = (k: string) => {
    const v = e.data[k];
    if (v === undefined || used.has(k)) return;
    used.add(k);
    const c = clean(v);
    if (c === '' || c === '-') return;
    const part = `${k}=${markValue(c)}`;
    parts.push(part);
    length += part.length + 1;
  };
  for (const k of PREFERRED) if (length <= width) push(k);
  for (const k of Object.keys(e.data)) if (length <= width) push(k);
  let line = parts.join(' ');
  if (line === '' && e.message) line = markValue(clean(e.message));
  return line.length > width ? line.slice(0, width - 1) + '…' : line;
}
