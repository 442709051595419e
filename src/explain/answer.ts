/**
 * The answer put together once a paste is read: each reading of a number as the JSON says it, its notes, the causes
 * ranked by the phase the code can come from (`finish`), and the logs to check for them.
 */
import {
  CONFIDENCE_LEGEND,
  formatHex,
  lookupDisconnectReason,
  lookupExtendedReason,
  type ParsedCode,
  type ProtocolPhase,
} from '../../patterns/codes/index.js';
import { lookupKerberosError, lookupRdpEvent } from './tables/index.js';
import { byPhase, type CodeCause, causesOfCode, type SingleCodeTable } from '../../patterns/code-causes.js';
import { evidenceLogs, idsOf } from '../../patterns/evidence.js';
import { type CauseId, PATTERNS, patternById, UNEXPLAINED } from '../../patterns/index.js';
import { channelNamed, exportCommandFor, findChannel, type Machine } from '../model/channels.js';
import type { DialogContext, ReadCode } from './dialog-input.js';
import type { Pattern } from '../../patterns/types.js';
import {
  type Body,
  type CodeExplanation,
  type CodeReading,
  type CodeValue,
  type Found,
  type LikelyCause,
  type LogToCheck,
  type Ranked,
  type ReadingTable,
  TABLE_LABEL,
} from './explanation.js';

/** What a known reading's entry adds: not an error, its own note, the client it is from, the other code it needs. */
export function entryNotes(
  main: CodeReading,
  entry: Found & { extendedMatters?: boolean; notAnError?: boolean },
  context: DialogContext | undefined,
): string[] {
  const notes: string[] = [];
  if (entry.notAnError) notes.push(`Microsoft marks ${main.hex} "not an error code".`);
  if (main.note) notes.push(main.note);
  if (main.table === 'clientApp')
    notes.push(
      "The macOS, iOS, Android and web clients write no Windows event log (the RDPClient log below is the Windows client's): the remote PC's logs (Security 4625, RdpCoreTS, Schannel) at that time tell the rest.",
    );
  if (main.table === 'mstsc' && entry.extendedMatters)
    notes.push(
      `The "Extended error code" shown in the same dialog changes the diagnosis for ${main.hex}: run again with it (for example explain-code ${main.hex} 0x7). RDPClient 1026 logs only the primary code.`,
    );
  if (main.table === 'mstscExtended' && context !== 'protocol')
    notes.push(
      `${main.hex} is not in the table of the dialog's "Error code"; it is read as an "Extended error code". If the dialog showed two numbers, give both (explain-code <error code> ${main.hex}).`,
    );
  return notes;
}

export function finish(x: {
  summary: string;
  primary: CodeValue | undefined;
  extended: CodeValue | undefined;
  other?: CodeValue;
  otherReadings: CodeReading[];
  phases: readonly ProtocolPhase[] | undefined;
  causes: Ranked[];
  known: boolean;
  notes: string[];
}): Body {
  const { fitting, outside } = byPhase(x.causes, x.phases);
  let likelyCauses: LikelyCause[] = [...fitting.map((c) => likely(c, true)), ...outside.map((c) => likely(c, false))];
  if (!x.known)
    likelyCauses = [
      {
        causeId: UNEXPLAINED,
        why: 'The code is not in our tables; the logs below let `rdpdiag analyze` find what happened.',
        confidence: 'SP',
        phase: 'connection',
        fitsPhase: true,
      },
    ];
  return {
    summary: x.summary,
    primary: x.primary,
    extended: x.extended,
    ...(x.other ? { other: x.other } : {}),
    otherReadings: x.otherReadings,
    ...(x.phases ? { phases: [...x.phases] } : {}),
    likelyCauses,
    logsToCheck: collectLogs(
      likelyCauses.map((c) => c.causeId),
      x.known && likelyCauses.length === 0,
    ),
    notes: x.notes,
  };
}

export function likely(c: Ranked, fitsPhase: boolean): LikelyCause {
  return {
    causeId: c.causeId,
    why: c.why ?? summaryOf(c.causeId),
    confidence: c.confidence,
    phase: c.phase,
    fitsPhase,
  };
}

/** The causes a table links a code to; an 0x8007xxxx HRESULT also through its Win32 code. */
export function causesFor(table: ReadingTable, value: number): readonly CodeCause[] {
  if (table === 'event') return causesOfEvent(value);
  if (
    table === 'avd' ||
    table === 'sentence' ||
    table === 'setting' ||
    table === 'commandOutput' ||
    // Which service failed decides what it means to Remote Desktop (service-control.ts), never the number alone.
    table === 'win32Service'
  )
    return [];
  // A Kerberos code stands for the condition a 4625's NTSTATUS names (0x18 is 0xC000006A, a wrong password).
  if (table === 'kerberos') {
    const same = lookupKerberosError(value)?.sameAs;
    return same === undefined ? [] : causesOfCode('ntstatus', same);
  }
  // A gateway status given by its low word (the gateway's events log 23003) is the HRESULT 0x800759DB.
  if (table === 'gateway' && value <= 0xffff) return causesOfCode(table, (0x80070000 | value) >>> 0);
  const own = causesOfCode(table, value);
  if (table === 'sspi' && (value & 0xffff0000) >>> 0 === 0x80070000)
    return [...own, ...causesOfCode('win32', value & 0xffff)];
  return own;
}

/**
 * The providers a clause reads (lower case): those it names, else its channel's when that channel is one provider's
 * log (RdpCoreTS 102 is not the RD Gateway's 102); none for a shared log (System), whose events any provider logs.
 */
function clauseProviders(match: Pattern['clauses'][number]['match']): string[] {
  const named = [match.provider ?? []].flat();
  const channels = [match.channel ?? []].flat().map((name) => findChannel(name));
  const own = channels.every((ch) => ch && ch.kind !== 'system') ? channels.flatMap((ch) => ch?.providers ?? []) : [];
  return (named.length > 0 ? named : own).map((x) => x.toLowerCase());
}

/**
 * The causes whose evidence is this event (a weighted clause of the pattern reads its id): what an event quoted by
 * its id, or by its message, points to. The link is the pattern's own, so no table repeats it.
 */
export function causesOfEvent(id: number, provider?: string, minWeight = 0): readonly CodeCause[] {
  const out: CodeCause[] = [];
  for (const p of PATTERNS as readonly Pattern[])
    for (const c of p.clauses) {
      if (c.excludes || c.weight <= minWeight || !idsOf(c.match).includes(id)) continue;
      const providers = clauseProviders(c.match);
      if (provider && providers.length > 0 && !providers.includes(provider.toLowerCase())) continue;
      if (out.some((o) => o.causeId === p.id)) continue;
      out.push({ causeId: p.id as CauseId, confidence: c.weight >= 0.5 ? 'MS' : 'WR', phase: p.phase });
    }
  const first = lookupRdpEvent(id)?.first;
  const i = out.findIndex((c) => c.causeId === first);
  return i > 0 ? [out[i]!, ...out.slice(0, i), ...out.slice(i + 1)] : out;
}

export function toReading(found: Found, table: ReadingTable): CodeReading {
  const r: CodeReading = {
    table,
    tableLabel: TABLE_LABEL[table],
    value: found.code,
    hex: formatHex(found.code),
    decimal: found.code,
    name: found.name,
    meaning: found.meaning,
    confidence: found.confidence,
    source: found.source,
  };
  if (found.note) r.note = found.note;
  if (found.range) r.range = { from: found.range.from, to: found.range.to };
  return r;
}

export function toValue(found: Found, table: SingleCodeTable): CodeValue {
  return { ...toReading(found, table), causeIds: causesFor(table, found.code).map((c) => c.causeId) };
}

export function readFromTextNote(
  code: ReadCode,
  extended: ReadCode | undefined,
  context: DialogContext | undefined,
): string {
  const what =
    context === 'authentication'
      ? `the code of an "authentication error" dialog, ${formatHex(code.value)}: an HRESULT`
      : context === 'protocol'
        ? `the code of a "protocol error" dialog, ${formatHex(code.value)}: an extended (server or protocol) code`
        : context === 'failure-reason'
          ? `a 4625 FailureReason, ${code.text}`
          : context === 'event'
            ? `event id ${code.value}`
            : context === 'logon-status'
              ? `a 4625's status, ${formatHex(code.value)}: an NTSTATUS (the Sub Status, when it says more than the Status)`
              : context === 'tls-alert'
                ? `the TLS alert of a Schannel fatal-alert event, ${code.value}`
                : context === 'lsm40'
                  ? `the reason code of a LocalSessionManager 40 event, ${code.value}`
                  : extended
                    ? `Error code ${formatHex(code.value)} and Extended error code ${formatHex(extended.value)}`
                    : `code ${formatHex(code.value)}`;
  return `Read from the text: ${what}.`;
}

export function readingNotes(parsed: ReadCode, label: string): string[] {
  if (parsed.radix === 'hex-bare' && /^[0-9]+$/.test(parsed.text))
    return [
      `${label} "${parsed.text}" was read as hexadecimal ${formatHex(parsed.value)}: eight digits from 8 are how an HRESULT is written without 0x. As a decimal number it would be ${formatHex(Number(parsed.text))}: give it as ${formatHex(Number(parsed.text))} if that is what you meant.`,
    ];
  if (parsed.radix === 'hex-bare')
    return [`${label} "${parsed.text}" was read as hexadecimal ${formatHex(parsed.value)} (${parsed.value}).`];
  if (parsed.radix === 'decimal' && parsed.value > 9 && !parsed.text.startsWith('%%'))
    return [`${label} ${parsed.text} was read as decimal (= ${formatHex(parsed.value)}).`];
  return [];
}

export function unknownPrimaryNotes(parsed: ParsedCode): string[] {
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

export function unknownExtendedNotes(parsed: ParsedCode): string[] {
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

export function merge(sources: Array<{ causes: readonly CodeCause[]; label: string }>): Ranked[] {
  const out: Ranked[] = [];
  for (const { causes, label } of sources) {
    for (const c of causes) {
      if (out.some((o) => o.causeId === c.causeId)) continue;
      out.push({ ...c, why: `${summaryOf(c.causeId)} Suggested by ${label}.` });
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

/** `serverSystem`: a known code no pattern explains (a shutdown, a crash, graphics): the server's System log tells. */
export function collectLogs(causeIds: readonly CauseId[], serverSystem: boolean): LogToCheck[] {
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
  if (serverSystem) add('System', 'server', []);
  for (const id of causeIds) {
    const p = patternById(id);
    if (p) for (const log of evidenceLogs(p)) add(log.channel.short, log.where, log.events);
    else for (const [short, events] of UNEXPLAINED_LOGS) add(short, 'server', events);
  }
  return out;
}

export function describeInput(v: CodeValue | undefined, raw: string): string {
  return v ? `${v.hex} (${v.decimal})` : raw.trim();
}

export function dedupe(items: string[]): string[] {
  return [...new Set(items)];
}

/** An answer that only says `summary`: no code read, no cause ranked, no log asked for. */
export function saidOnly(summary: string, notes: string[]): Body {
  return {
    summary,
    primary: undefined,
    extended: undefined,
    otherReadings: [],
    likelyCauses: [],
    logsToCheck: [],
    notes,
  };
}

/** The answer to what was read: its body, each note once, the confidence legend. */
export function answered(input: CodeExplanation['input'], body: Body): CodeExplanation {
  return { input, ...body, notes: dedupe(body.notes), confidenceTags: { ...CONFIDENCE_LEGEND } };
}
