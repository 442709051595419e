/**
 * `rdpdiag explain-code`: decode the two numbers of the mstsc dialog ("Error code: 0x904, Extended error
 * code: 0x7") and say which logs confirm each plausible cause. The knowledge lives in patterns/codes/;
 * this module only parses, looks up, merges and renders.
 */
import {
  findCombination,
  formatHex,
  lookupDisconnectReason,
  lookupExtendedReason,
  parseCode,
  type CodeEntry,
  type CodeMatch,
  type Confidence,
  type ParsedCode,
} from '../../patterns/codes/index.js';
import { type CodeCause, causesOfCode, causesOfPair, type SingleCodeTable } from '../../patterns/code-causes.js';
import { evidenceLogs } from '../../patterns/evidence.js';
import { type CauseId, patternById, UNEXPLAINED } from '../../patterns/index.js';
import { channelNamed, exportCommandFor, type Machine } from '../model/channels.js';

/** One decoded code, from the primary or the extended table. */
export interface CodeValue {
  /** Unsigned numeric value. */
  value: number;
  /** As the mstsc dialog shows it: `0x904`. */
  hex: string;
  /** As RDPClient 1026 logs it: 2308. */
  decimal: number;
  name: string;
  meaning: string;
  /** Confidence of the meaning: MS (Microsoft-documented), WR (widely reported), SP (speculative). */
  confidence: Confidence;
  causeIds: readonly CauseId[];
  note?: string;
  /** Set when the value matched a documented range rather than an exact entry. */
  range?: { from: number; to: number };
}

export interface LikelyCause {
  causeId: CauseId;
  /** Why it fits and which log confirms it. */
  why: string;
  /** Confidence of the link between the code(s) and this cause. */
  confidence: Confidence;
}

export interface LogToCheck {
  /** Full channel name, as Windows spells it. */
  channel: string;
  /** Short name (RdpCoreTS, LSM, RCM, RCM-Admin, RDPClient, System, Security, …). */
  short: string;
  /** The machine to export it from. */
  where: Machine;
  /** Event ids to look at; empty = everything around the attempt's time. */
  events: number[];
  exportCommand: string;
}

export interface CodeExplanation {
  input: { code: string; extended?: string };
  /** One-line reading of the code (or of the pair). */
  summary: string;
  primary: CodeValue | undefined;
  extended: CodeValue | undefined;
  likelyCauses: LikelyCause[];
  logsToCheck: LogToCheck[];
  notes: string[];
}

const USAGE =
  'Give it as the Remote Desktop dialog shows it (hexadecimal, e.g. 0x904) or as RDPClient event 1026 logs it (decimal, e.g. 2308).';

/**
 * Explain an mstsc "Error code" and, optionally, its "Extended error code".
 * Unknown codes give a "not in our tables" explanation; text that is not a number throws an Error.
 */
export function explainCode(code: string, extended?: string): CodeExplanation {
  const primaryParsed = parseOrThrow(code, 'error code');
  const hasExtended = extended !== undefined && extended.trim() !== '';
  const extendedParsed = hasExtended ? parseOrThrow(extended, 'extended error code') : undefined;

  const notes: string[] = [];
  const primaryEntry = lookupDisconnectReason(primaryParsed.value);
  const extendedEntry = extendedParsed ? lookupExtendedReason(extendedParsed.value) : undefined;
  const primary = primaryEntry ? toValue(primaryEntry, 'mstsc') : undefined;
  const ext = extendedEntry ? toValue(extendedEntry, 'mstscExtended') : undefined;

  notes.push(...readingNotes(code, primaryParsed, 'Error code'));
  if (extendedParsed && extended !== undefined)
    notes.push(...readingNotes(extended, extendedParsed, 'Extended error code'));

  if (!primaryEntry) notes.push(...unknownPrimaryNotes(primaryParsed));
  if (extendedParsed && !extendedEntry) notes.push(...unknownExtendedNotes(extendedParsed));

  const combination = extendedParsed ? findCombination(primaryParsed.value, extendedParsed.value) : undefined;

  if (primaryEntry?.notAnError) notes.push(`Microsoft marks ${formatHex(primaryEntry.code)} "not an error code".`);
  if (combination) {
    notes.push(...combination.notes);
  } else {
    if (primaryEntry?.note) notes.push(primaryEntry.note);
    if (extendedEntry?.note) notes.push(extendedEntry.note);
  }
  if (primaryEntry?.extendedMatters && !extendedParsed) {
    notes.push(
      `The "Extended error code" shown in the same dialog changes the diagnosis for ${formatHex(primaryEntry.code)}: run again with it (for example explain-code ${formatHex(primaryEntry.code)} 0x7). RDPClient 1026 logs only the primary code.`,
    );
  }

  let likelyCauses: LikelyCause[];
  if (combination) {
    likelyCauses = causesOfPair(combination.primary, combination.extended).map((c) => ({
      causeId: c.causeId,
      why: c.why,
      confidence: c.confidence,
    }));
  } else {
    likelyCauses = mergeCauses([
      ...(extendedEntry
        ? [
            {
              causes: causesOfCode('mstscExtended', extendedEntry.code),
              label: `extended code ${formatHex(extendedEntry.code)} (${extendedEntry.name})`,
            },
          ]
        : []),
      ...(primaryEntry
        ? [
            {
              causes: causesOfCode('mstsc', primaryEntry.code),
              label: `error code ${formatHex(primaryEntry.code)} (${primaryEntry.name})`,
            },
          ]
        : []),
    ]);
    if (!primaryEntry && !extendedEntry) {
      likelyCauses = [
        {
          causeId: UNEXPLAINED,
          why: 'The code is not in our tables; the logs below let `rdpdiag analyze` find what happened.',
          confidence: 'SP',
        },
      ];
    }
  }

  const summary = combination
    ? combination.summary
    : primaryEntry && extendedEntry
      ? `${primaryEntry.meaning} The server's reason: ${extendedEntry.meaning}`
      : primaryEntry
        ? primaryEntry.meaning
        : extendedEntry
          ? `Error code ${formatHex(primaryParsed.value)} is not in our tables. The server's reason: ${extendedEntry.meaning}`
          : `Error code ${formatHex(primaryParsed.value)} (${primaryParsed.value}) is not in our tables.`;

  return {
    input: hasExtended ? { code, extended } : { code },
    summary,
    primary,
    extended: ext,
    likelyCauses,
    logsToCheck: collectLogs(likelyCauses.map((c) => c.causeId)),
    notes: dedupe(notes),
  };
}

/** Render an explanation as plain terminal text (no colors). */
export function formatCodeExplanation(e: CodeExplanation): string {
  const lines: string[] = [];
  const head = [`Error code ${describeInput(e.primary, e.input.code)}`];
  if (e.input.extended !== undefined) head.push(`extended error code ${describeInput(e.extended, e.input.extended)}`);
  lines.push(head.join(', '));
  if (e.summary !== e.primary?.meaning) lines.push(`  ${e.summary}`);
  lines.push('');
  if (e.primary)
    lines.push(
      `Error code ${e.primary.hex} (${e.primary.decimal}) = ${e.primary.name} [${e.primary.confidence}]: ${e.primary.meaning}`,
    );
  else lines.push(`Error code ${e.input.code}: not in our table of mstsc error codes.`);
  if (e.input.extended !== undefined) {
    if (e.extended) {
      const range = e.extended.range
        ? ` (range ${formatHex(e.extended.range.from)}–${formatHex(e.extended.range.to)})`
        : '';
      lines.push(
        `Extended ${e.extended.hex} (${e.extended.decimal}) = ${e.extended.name}${range} [${e.extended.confidence}]: ${e.extended.meaning}`,
      );
    } else {
      lines.push(`Extended error code ${e.input.extended}: not in our table of extended codes.`);
    }
  }
  if (e.likelyCauses.length > 0) {
    lines.push('');
    lines.push('Likely causes (check in this order):');
    e.likelyCauses.forEach((c, i) => {
      lines.push(`  ${i + 1}. ${c.causeId} [${c.confidence}]: ${c.why}`);
    });
  }
  if (e.logsToCheck.length > 0) {
    lines.push('');
    lines.push('Logs to export (elevated prompt), then run: rdpdiag analyze <folder>');
    for (const l of e.logsToCheck) {
      const events = l.events.length > 0 ? `events ${l.events.join(', ')}` : 'all events around the attempt';
      lines.push(`  ${l.short} on the ${WHERE[l.where]}: ${events}`);
      lines.push(`    ${l.exportCommand}`);
    }
  }
  if (e.notes.length > 0) {
    lines.push('');
    lines.push('Notes:');
    for (const n of e.notes) lines.push(`  - ${n}`);
  }
  return lines.join('\n') + '\n';
}

const WHERE: Record<Machine, string> = {
  server: 'RDP server',
  client: 'client (the PC running mstsc)',
  'license-server': 'RD License Server',
  gateway: 'RD Gateway',
};

function parseOrThrow(text: string, what: string): ParsedCode {
  const parsed = parseCode(text);
  if (!parsed) throw new Error(`"${text}" is not a valid ${what}. ${USAGE}`);
  return parsed;
}

function toValue(entry: CodeEntry | CodeMatch, table: SingleCodeTable): CodeValue {
  const v: CodeValue = {
    value: entry.code,
    hex: formatHex(entry.code),
    decimal: entry.code,
    name: entry.name,
    meaning: entry.meaning,
    confidence: entry.confidence,
    causeIds: causesOfCode(table, entry.code).map((c) => c.causeId),
  };
  if (entry.note) v.note = entry.note;
  if ('range' in entry && entry.range) v.range = { from: entry.range.from, to: entry.range.to };
  return v;
}

function readingNotes(text: string, parsed: ParsedCode, label: string): string[] {
  const t = text.trim();
  if (parsed.radix === 'hex-bare')
    return [`${label} "${t}" was read as hexadecimal ${formatHex(parsed.value)} (${parsed.value}).`];
  if (parsed.radix === 'decimal' && parsed.value > 9)
    return [`${label} ${t} was read as decimal (= ${formatHex(parsed.value)}).`];
  return [];
}

function unknownPrimaryNotes(parsed: ParsedCode): string[] {
  const notes = [`Error code ${formatHex(parsed.value)} (${parsed.value}) is not in our tables of mstsc error codes.`];
  const asExtended = lookupExtendedReason(parsed.value);
  if (asExtended && !asExtended.range) {
    notes.push(
      `The same number in the EXTENDED table is ${asExtended.name}: ${asExtended.meaning} If it was the dialog's "Extended error code", pass it as the second argument.`,
    );
  }
  const alt = alternateReading(parsed);
  if (alt !== undefined) {
    const e = lookupDisconnectReason(alt);
    if (e)
      notes.push(
        `Did you mean ${formatHex(alt)} (${alt}) = ${e.name}? The dialog shows hex, RDPClient 1026 logs decimal.`,
      );
  }
  return notes;
}

function unknownExtendedNotes(parsed: ParsedCode): string[] {
  const notes = [
    `Extended error code ${formatHex(parsed.value)} (${parsed.value}) is not in our table of extended codes.`,
  ];
  const alt = alternateReading(parsed);
  if (alt !== undefined) {
    const e = lookupExtendedReason(alt);
    if (e && !e.range) notes.push(`Did you mean extended ${formatHex(alt)} (${alt}) = ${e.name}?`);
  }
  return notes;
}

/** A decimal-looking input read the other way (`904` → 0x904), or undefined if there is none. */
function alternateReading(parsed: ParsedCode): number | undefined {
  if (parsed.radix !== 'decimal') return undefined;
  const digits = String(parsed.value);
  const asHex = parseInt(digits, 16);
  return asHex !== parsed.value && asHex <= 0xffffffff ? asHex : undefined;
}

function mergeCauses(sources: Array<{ causes: readonly CodeCause[]; label: string }>): LikelyCause[] {
  const out: LikelyCause[] = [];
  for (const { causes, label } of sources) {
    for (const { causeId, confidence } of causes) {
      if (out.some((c) => c.causeId === causeId)) continue;
      out.push({ causeId, why: `${summaryOf(causeId)} Suggested by ${label}.`, confidence });
    }
  }
  return out;
}

/**
 * No pattern fits: where the attempt stops on the server, errors logged around it (certificate,
 * Schannel, services), logon failures and session disconnect reasons.
 */
const UNEXPLAINED_LOGS: [string, number[]][] = [
  ['RdpCoreTS', [131, 139, 140, 102, 103]],
  ['System', []],
  ['Security', [4625]],
  ['LSM', [40]],
];

function summaryOf(id: CauseId): string {
  return patternById(id)?.summary ?? 'No known cause fits; the logs below would tell more.';
}

function collectLogs(causeIds: readonly CauseId[]): LogToCheck[] {
  const out: LogToCheck[] = [];
  const add = (short: string, where: Machine, events: readonly number[]) => {
    const info = channelNamed(short);
    let row = out.find((r) => r.short === info.short && r.where === where);
    if (!row) {
      row = {
        channel: info.name,
        short: info.short,
        where,
        events: [],
        exportCommand: exportCommandFor(info, where),
      };
      out.push(row);
    }
    for (const id of events) if (!row.events.includes(id)) row.events.push(id);
  };
  // The attempt's own record on the client: 1024 start, 1025 connected, 1026 the decimal code.
  add('RDPClient', 'client', [1024, 1025, 1026]);
  for (const id of causeIds) {
    const p = patternById(id);
    if (p) for (const log of evidenceLogs(p)) add(log.channel.short, log.where, log.events);
    else for (const [short, events] of UNEXPLAINED_LOGS) add(short, 'server', events);
  }
  return out;
}

function describeInput(v: CodeValue | undefined, raw: string): string {
  return v ? `${v.hex} (${v.decimal})` : raw.trim();
}

function dedupe(items: string[]): string[] {
  return [...new Set(items)];
}
