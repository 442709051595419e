/**
 * A paste read (paste-reader.ts) and what every way of explaining it shares (explain-code.ts): the table each of its
 * codes is read in (`tableOf`: by its label's role, the event it belongs to, then its shape; a sentence that names the
 * code's table; RD Gateway's or a client app's words), which code is explained first (`ROLE_ORDER`), each part as the
 * answer says it (`partOf`), and the notes every answer carries (`readPasteParts`).
 */
import {
  formatHex,
  lookupDisconnectReason,
  lookupLsm40Reason,
  lookupWin32Error,
  lookupWin32ServiceError,
} from '../../patterns/codes/index.js';
import {
  lookupCodeName,
  KERBEROS_EVENT_IDS,
  lookupGatewayCode,
  CLIENT_APP_NAMED,
  lookupClientAppCode,
} from './tables/index.js';
import { eventRowsOf } from '../model/events.js';
import type { DialogContext, ReadCode } from './dialog-input.js';
import { type NamedTables, type PasteCode, type PasteReading, readPaste } from './paste-reader.js';
import { LANGUAGE_NAMES } from './tables/languages/localized.js';
import {
  type Body,
  type CodeExplanation,
  type PastePart,
  type PasteSummary,
  type ReadingTable,
  TABLE_LABEL,
} from './explanation.js';
import { answered, toReading } from './answer.js';
import { addressNotes, describedNote, describedSummary } from './event-answer.js';
import { LARGE_ORDER, LOOKUP, SMALL_ORDER } from './number-reading.js';
import { languageNote, statedCausesFirst } from './sentence-answer.js';

/** The events whose `Status` / `Failure Code` / `Result Code` are Kerberos codes. */
const KERBEROS_EVENTS: readonly number[] = KERBEROS_EVENT_IDS;
/** The events whose `Status` / `Error Code` are NTSTATUS values. */
const NTSTATUS_EVENTS: readonly number[] = [4625, 4776];

/** The table a pasted number is read in: its role (the label), the event it belongs to, then its shape. */
function tableOf(c: PasteCode, eventId: number | undefined, withExtended = false): ReadingTable | undefined {
  const kerberosEvent = eventId !== undefined && KERBEROS_EVENTS.includes(eventId);
  const ntstatusEvent = eventId !== undefined && NTSTATUS_EVENTS.includes(eventId);
  const byShape = (): ReadingTable | undefined =>
    c.value >= 0xc0000000 ? 'ntstatus' : c.value >= 0x80000000 ? 'sspi' : undefined;
  switch (c.role) {
    case 'error':
      if (ntstatusEvent) return 'ntstatus';
      if (kerberosEvent) return c.value >= 0x80000000 ? byShape() : 'kerberos';
      // The dialog's Error code; a number its table lacks is read as a code typed alone (0x2407: a protocol error),
      // except beside an Extended error code: then the label says it is the dialog's Error code, found or not.
      return (
        byShape() ??
        (lookupDisconnectReason(c.value)
          ? 'mstsc'
          : lookupClientAppCode(c.value)
            ? 'clientApp'
            : withExtended
              ? 'mstsc'
              : undefined)
      );
    case 'extended':
    case 'protocol':
      return 'mstscExtended';
    case 'subStatus':
      // Only a 4625 has a Sub Status: an NTSTATUS, 0x0 included.
      return 'ntstatus';
    case 'status':
      if (kerberosEvent) return c.value >= 0x80000000 ? byShape() : 'kerberos';
      // A small Status is no NTSTATUS failure: it is a Kerberos code (4768/4771 show theirs as Status in XML).
      return byShape() ?? (c.value < 0x100 && !ntstatusEvent ? 'kerberos' : 'ntstatus');
    case 'kerberos':
      return byShape() ?? 'kerberos';
    case 'disconnectReason':
      return 'mstsc';
    case 'tlsAlert':
      return 'tlsAlert';
    case 'errorState':
      return 'schannel';
    case 'lsm40':
      // A "reason code" no LocalSessionManager reason has (its reasons stop at 26) that is one of the client's
      // disconnect reasons (2308, 516, 1796): the ActiveX control's discReason, as its hosts' notices say it.
      return c.outsideLsm && !lookupLsm40Reason(c.value) && lookupDisconnectReason(c.value) ? 'mstsc' : 'lsm40';
    case 'failureReason':
      return 'failureReason';
    case 'authentication':
      return byShape() ?? 'sspi';
    case 'win32':
      // "System error 1058": a service control error, in its own table.
      return !lookupWin32Error(c.value) && lookupWin32ServiceError(c.value) ? 'win32Service' : 'win32';
    default:
      if (ntstatusEvent && c.value >= 0xc0000000) return 'ntstatus';
      if (kerberosEvent && c.value < 0x100) return 'kerberos';
      return undefined;
  }
}

/** Which code of a paste is explained first: the most specific one. */
export const ROLE_ORDER: readonly PasteCode['role'][] = [
  'subStatus',
  'status',
  'kerberos',
  'authentication',
  'protocol',
  'error',
  'extended',
  'disconnectReason',
  'tlsAlert',
  'lsm40',
  'failureReason',
  'win32',
  'code',
  'errorState',
];

/** How a code beside the explained one is named in the notes. */
export const NOTE_LABEL: Partial<Record<PasteCode['role'], string>> = {
  status: 'Status',
  subStatus: 'Sub Status',
  errorState: 'Internal error state',
  tlsAlert: 'TLS alert',
  extended: 'Extended error code',
  error: 'Error code',
};

export function partOf(
  c: PasteCode,
  chosen: ReadingTable | undefined,
  unnamed: readonly ReadingTable[] = [],
): PastePart {
  // A number whose words name no table is read as a code typed alone is: by its shape, the dialog's tables first.
  const table =
    chosen ??
    (c.value >= 0x80000000 ? LARGE_ORDER : [...SMALL_ORDER, 'kerberos' as const]).find(
      (t) => !unnamed.includes(t) && LOOKUP[t](c.value),
    );
  const found = table ? LOOKUP[table](c.value) : undefined;
  const part: PastePart = { from: c.from, text: c.text, hex: formatHex(c.value), decimal: c.value };
  if (table && found) {
    const r = toReading(found, table);
    Object.assign(part, {
      table,
      tableLabel: r.tableLabel,
      name: r.name,
      meaning: r.meaning,
      confidence: r.confidence,
      source: r.source,
    });
  } else if (table) Object.assign(part, { table, tableLabel: TABLE_LABEL[table] });
  return part;
}

/** A paste read (paste-reader.ts) and what every way of explaining it shares: its parts, tables and notes. */
export interface ReadPaste {
  readonly text: string;
  readonly r: PasteReading;
  /** The table each of `r.codes` is read by (by its label, the event, its shape). */
  readonly tables: (ReadingTable | undefined)[];
  /** Said with any answer (slips forgiven, the language, the description); each reading adds its own. */
  readonly notes: string[];
  /** The tables a number no label places is not read in: TLS alerts and Kerberos where the paste names neither. */
  readonly unnamed: readonly ReadingTable[];
  /** The tables a code is not read in: none for a number read as if typed alone that is the paste's one number. */
  tablesOff(c: PasteCode): readonly ReadingTable[];
  readonly summary: PasteSummary;
  /** The answer, stated causes first, with the paste's summary. */
  finish(input: CodeExplanation['input'], told: Body): CodeExplanation;
}

/**
 * The text decides, the number follows it: a number whose label names no table ("Disconnect reason 4", a bare 4)
 * beside the text a program printed for it is the code that text stands for (`codeName`), read in that code's table
 * (NETworkManager's "Disconnect reason 4 … Extended Reason: The remote session ended because the total login time
 * limit was reached": extended reason 4, not the dialog's 0x4).
 */
function sentenceTableOf(c: PasteCode, sentences: PasteReading['sentences']): ReadingTable | undefined {
  if (c.role !== 'code' && c.role !== 'disconnectReason') return undefined;
  for (const m of sentences) {
    const named = m.sentence.codeName ? lookupCodeName(m.sentence.codeName) : undefined;
    if (named && named.table !== 'avd' && named.code === c.value) return named.table;
  }
  return undefined;
}

/** The paste read, its codes given their tables, its parts and the notes every answer carries. */
export function readPasteParts(text: string): ReadPaste {
  const r = readPaste(text);
  const notes: string[] = r.slips.map((s) => `Typing slip forgiven: ${s}.`);
  if (r.language) notes.push(languageNote(r));
  const described =
    r.description &&
    describedSummary(
      r.description.row,
      r.description.fields,
      r.description.localized && {
        language: LANGUAGE_NAMES[r.description.localized.language],
        url: r.description.localized.url,
      },
    );
  if (described) notes.push(describedNote(described), ...addressNotes(described.fields));
  // An RD Gateway event's error (201 "The following error occurred: 23003") is a gateway status's low word.
  const gatewayEvent =
    r.eventId !== undefined &&
    (!r.source || /gateway/i.test(r.source)) &&
    eventRowsOf([r.eventId]).some((row) => /-Gateway$/.test(row.provider));
  // Words naming the RD Gateway ("RD Gateway error 23002") make its status table the one a code of it is read in; so
  // does an "RPC error" (the gateway's tunnel is RPC over HTTP, MS-TSGU, and the client words its statuses so: "RPC
  // error 23014 or Error 0x59E6", r29-h60w), for a number the gateway's table holds only (an RPC runtime error such as
  // 1722 is none of its codes).
  const gatewayNamed = gatewayEvent || /\bgateway\b|\brpc error\b/i.test(text);
  const withExtended = r.codes.some((c) => c.role === 'extended');
  // A Windows App dialog whose Error code is the app's own (its row's `appCode`): read in the app's table first.
  // So is the Error code of a paste naming that app ("Microsoft Remote Desktop … Error Code 0x4").
  const appDialog = r.sentences.some((m) => m.sentence.appCode) || CLIENT_APP_NAMED.test(text);
  const tables = r.codes.map(
    (c) =>
      sentenceTableOf(c, r.sentences) ??
      (gatewayNamed && (c.role === 'code' || c.role === 'error') && lookupGatewayCode(c.value)
        ? 'gateway'
        : appDialog && (c.role === 'code' || c.role === 'error') && lookupClientAppCode(c.value)
          ? 'clientApp'
          : tableOf(c, r.eventId, withExtended)),
  );
  const unnamed = unnamedTables(r.named);
  // A number read as if typed alone (a label no page quotes) is asked of every table only where it is the paste's one
  // number on one line: inside another program's message ("Last client error:1110 …, Last error:70=>…") the context
  // tables (TLS alerts, Kerberos) still need their words (issue 60).
  const lone = r.codes.length === 1 && !text.trim().includes('\n');
  const tablesOff = (c: PasteCode): readonly ReadingTable[] => (c.alone && lone ? [] : unnamed);
  const parts: PastePart[] = r.codes.map((c, i) => partOf(c, tables[i], tablesOff(c)));
  for (const m of r.sentences)
    parts.push({
      from: `the sentence of ${m.sentence.what}${m.language === 'en' ? '' : ` (${LANGUAGE_NAMES[m.language]})`}`,
      table: 'sentence',
      tableLabel: TABLE_LABEL.sentence,
      text: m.sentence.id,
      name: m.sentence.id,
      meaning: m.sentence.meaning,
      confidence: m.sentence.confidence,
      source: m.sentence.source,
      language: m.language,
      ...(m.wording ? { wordingSource: m.wording.source.url } : {}),
      ...(m.wording?.source.publicQuote ? { wordingNotMicrosoft: true as const } : {}),
    });
  const summary: PasteSummary = {
    form: r.form,
    ...(r.language ? { language: LANGUAGE_NAMES[r.language] } : {}),
    ...(r.eventId !== undefined ? { eventId: r.eventId } : {}),
    ...(r.source ? { source: r.source } : {}),
    parts,
    slips: [...r.slips],
    ignored: [...r.ignored],
    ...(described ? { description: described } : {}),
  };
  const finish = (input: CodeExplanation['input'], told: Body): CodeExplanation => {
    return { ...answered(input, statedCausesFirst(told, r.sentences, text)), paste: summary };
  };
  return { text, r, tables, notes, unnamed, tablesOff, summary, finish };
}

/** The context-only tables (paste-reader.ts `NamedTables`) a paste's words do not name. */
function unnamedTables(named: NamedTables): ReadingTable[] {
  return [...(named.tls ? [] : (['tlsAlert'] as const)), ...(named.kerberos ? [] : (['kerberos'] as const))];
}

export function readCodeOf(c: PasteCode): ReadCode {
  return { value: c.value, radix: c.radix, text: c.text };
}

export function contextOf(c: PasteCode): DialogContext | undefined {
  return c.role === 'authentication'
    ? 'authentication'
    : c.role === 'protocol'
      ? 'protocol'
      : c.role === 'tlsAlert'
        ? 'tls-alert'
        : c.role === 'lsm40'
          ? 'lsm40'
          : c.role === 'failureReason'
            ? 'failure-reason'
            : undefined;
}
