/**
 * The terminal report's building blocks: colour, word wrap to the terminal's width, evidence rows, an explanation
 * with its evidence and steps, a finding in full. table-summary.ts and table.ts write the report with them.
 */
import { cutIntoWidths, displayWidth } from './display-width.js';
import { channelLabel } from '../model/channels.js';
import type { EvidenceRef, Explanation, Finding, SecurityFinding } from '../model/attempt.js';
import { isSecurityFinding } from './model.js';
import { formatRange, formatSeconds, type TimeZoneChoice } from './time-format.js';

export interface TableOptions {
  tz: TimeZoneChoice;
  color: boolean;
  width: number;
  /** Every attempt with its explanation, evidence and remediation. */
  details?: boolean;
  /** Only these attempts, in full. */
  attempts?: string[];
  /** Only the headline, the attacks and a line per computer (the fleet table when there is one). */
  summaryOnly?: boolean;
}

const CODES = { red: 31, green: 32, yellow: 33, bold: 1, dim: 2 } as const;

export function paint(on: boolean, style: keyof typeof CODES, text: string): string {
  return on ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text;
}

export const time = (ts: string, tz: TimeZoneChoice) => formatSeconds(ts, tz);

export function pct(c: number): string {
  return `${Math.round(c * 100)}%`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function shortName(computer: string): string {
  return computer.split('.')[0];
}

/** Word-wraps to `width` columns as the terminal shows them (`displayWidth`); words longer than a line are cut (paths, thumbprints). */
export function wrap(text: string, width: number, indent: string, firstIndent = indent): string {
  const room = Math.max(20, width - indent.length);
  // Split on single spaces so that the double spaces between columns survive.
  const words = text
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .split(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const firstRoom = Math.max(20, width - firstIndent.length);
  for (let w of words) {
    const limit = lines.length === 0 ? firstRoom : room;
    let wordWidth = displayWidth(w);
    if (line && lineWidth + 1 + wordWidth > limit) {
      lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
      if (w === '') continue;
    }
    if (wordWidth > (lines.length === 0 ? firstRoom : room)) {
      if (line) {
        lines.push(line);
        line = '';
        lineWidth = 0;
      }
      // Cut in one pass (cutting the rest again after each line was quadratic on a long word).
      const pieces = cutIntoWidths(w, lines.length === 0 ? firstRoom : room, room);
      w = pieces.pop() ?? '';
      for (const piece of pieces) lines.push(piece);
      wordWidth = displayWidth(w);
    }
    line = line ? `${line} ${w}` : w;
    lineWidth += (lineWidth ? 1 : 0) + wordWidth;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? firstIndent : indent) + l).join('\n');
}

/**
 * Evidence rows: an event's salient fields (the event table's), whole; every field when one attempt is asked for
 * (`--attempt`) or its event names none.
 */
export function evidenceLines(evidence: EvidenceRef[], o: TableOptions, indent: string, max = Infinity): string[] {
  const out: string[] = [];
  const full = !!o.attempts?.length;
  const said = (e: EvidenceRef) => (full ? e.summary : (e.details ?? e.summary));
  const shown = evidence;
  let rows = 0;
  let i = 0;
  for (; i < shown.length && rows < max; rows++) {
    // Events of one kind saying the same (a retried logon, a flood): one row, with their times and records.
    const e = shown[i];
    let j = i + 1;
    while (
      j < shown.length &&
      shown[j].eventId === e.eventId &&
      shown[j].channel === e.channel &&
      shown[j].computer === e.computer &&
      said(shown[j]) === said(e)
    )
      j++;
    const n = j - i;
    const records = shown.slice(i, j).flatMap((x) => (x.recordId === null ? [] : [`#${x.recordId}`]));
    const rec = records.length
      ? ` ${records.length > 6 ? `${records[0]}…${records[records.length - 1]}` : records.join(' ')}`
      : '';
    const when = n > 1 ? formatRange(e.time, shown[j - 1].time, o.tz) : time(e.time, o.tz);
    out.push(
      wrap(
        `${when}  ${channelLabel(e.channel)} ${e.eventId}${n > 1 ? ` ×${n}` : ''}${rec}  ${said(e)}`,
        o.width,
        `${indent}    `,
        `${indent}- `,
      ),
    );
    i = j;
  }
  if (i < evidence.length) out.push(`${indent}  (${evidence.length - i} more)`);
  return out;
}

export function steps(list: string[], o: TableOptions, indent: string): string[] {
  return list.map((r, i) => wrap(r, o.width, `${indent}   `, `${indent}${i + 1}. `));
}

/** What an explanation shares with its incident's block under "What to do", said there once. */
export interface Told {
  /** The incident it is said under (`I02`). */
  id: string;
  /** Its explanation is the one told there. */
  explanation: boolean;
}

export function explain(
  x: Explanation,
  o: TableOptions,
  heading: string,
  indent = '  ',
  told?: Told,
  maxEvidence = Infinity,
): string {
  // Told under its incident: the evidence only (the attempt's heading says where).
  const out = told?.explanation ? [] : [heading, wrap(x.explanation, o.width, `${indent}  `)];
  if (x.evidence.length) {
    out.push(`${indent}Evidence:`);
    out.push(...evidenceLines(x.evidence, o, `${indent}  `, maxEvidence));
  }
  if (told && x.remediation.length) {
    if (!told.explanation) out.push(`${indent}What to do: as ${told.id} above.`);
  } else if (x.remediation.length) {
    out.push(`${indent}What to do:`);
    out.push(...steps(x.remediation, o, `${indent}  `));
  }
  return out.join('\n');
}

export function securityBlock(f: SecurityFinding, o: TableOptions): string[] {
  // The explanation names every logon that followed and where the attacker went next (each host's line marks them).
  return [
    wrap(`${f.computer}: ${paint(o.color, 'bold', f.title)} [${f.id}, ${pct(f.confidence)}]`, o.width, '    ', '- '),
    wrap(f.explanation, o.width, '    '),
  ];
}

/** A host finding (or a security finding) in full. */
export function findingBlock(f: Finding, o: TableOptions, maxEvidence = Infinity): string {
  if (isSecurityFinding(f)) return securityBlock(f, o).join('\n') + '\n';
  return (
    explain(
      f,
      o,
      wrap(`${f.computer}: ${paint(o.color, 'bold', f.title)} [${f.id}, ${pct(f.confidence)}]`, o.width, '    ', '- '),
      '  ',
      undefined,
      maxEvidence,
    ) + '\n'
  );
}
