/**
 * `rdpdiag explain-code`: decode what a Remote Desktop dialog shows (the two numbers "Error code: 0x904, Extended
 * error code: 0x7", one number, an HRESULT, a gateway code, a protocol-error code, or the dialog's text pasted),
 * say which table each reading comes from, rank the plausible causes by the protocol phase the code can come from,
 * and say which logs confirm each. The knowledge lives in patterns/codes/; this module parses (dialog-input.ts),
 * looks up, merges and renders.
 */
import {
  AFTER_HANDSHAKE,
  CONFIDENCE_LEGEND,
  type Confidence,
  formatHex,
  lookupDisconnectReason,
  lookupExtendedReason,
  lookupFailureReason,
  lookupLsm40Reason,
  lookupNtStatus,
  lookupSspiStatus,
  lookupTlsAlert,
  lookupWin32Error,
  lookupWin32ServiceError,
  type ProtocolPhase,
  parseCode,
  type RowKind,
} from '../../patterns/codes/index.js';
import type { KnownSentence } from './tables/known-sentence.js';
import type { LocalizedWording } from './tables/localized-wording.js';
import {
  findCombination,
  lookupCodeName,
  KERBEROS_EVENT_IDS,
  lookupGatewayCode,
  CLIENT_APP_NAMED,
  lookupClientAppCode,
  lookupAvdFamily,
  spelledAvdName,
  lookupKerberosError,
  KNOWN_SENTENCES,
  lookupRdpEvent,
  lookupSchannelErrorState,
  POST_HANDSHAKE_NOTE,
  type NameMatch,
} from './tables/index.js';
import { type CodeCause, causesOfAvdError, causesOfCode, causesOfPair } from '../../patterns/code-causes.js';
import { type CauseId, patternById, UNEXPLAINED } from '../../patterns/index.js';
import { channelNamed, exportCommandFor } from '../model/channels.js';
import { classOfAddress, isInternetAddress } from '../model/address-class.js';
import { type EventRow, eventLog, eventName, eventRowsOf } from '../model/events.js';
import { MAX_VALUE_CHARS } from '../model/value-length.js';
import { type DialogContext, type ReadCode, readCodeName, readDialogInput } from './dialog-input.js';
import { type NamedTables, type PasteCode, type PasteReading, readPaste } from './paste-reader.js';
import { eventListAsBlock } from './paste-forms.js';
import { type DescribedFrom, type DescribedSymptom, describedAnswer, readDescription } from './described-reading.js';
import { readAdminOutput } from './tables/admin-output.js';
import { readConsoleOutput } from './tables/console-output.js';
import { readServiceControl } from './tables/service-control.js';
import { type CommandOutputReading, readCommandOutput } from './tables/command-output.js';
import { GATEWAY } from '../model/providers.js';
import { readRegistryState } from './tables/registry-state.js';
import {
  type OtherRegistryValue,
  readOtherRegistryValues,
  readRdpSettings,
  type SettingRead,
} from './tables/rdp-settings.js';
import { LANGUAGE_NAMES, LOCALIZED_SENTENCES } from './tables/localized.js';
import {
  type OtherSubsystem,
  otherSubsystemOf,
  otherSubsystemOverSentences,
  REMOTE_DESKTOP_WORDS,
} from './tables/other-subsystems.js';
import { printedStatusNames } from './tables/status-names.js';
import {
  AUTHENTICATION_DIALOG,
  findSentences,
  holdsAuthenticationTitle,
  phraseIsTheDialog,
  phraseSetAside,
  type SentenceMatch,
} from './tables/sentences.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import {
  type Body,
  type CodeExplanation,
  type CodeReading,
  type CodeValue,
  DESCRIBED,
  type Found,
  type LikelyCause,
  type PastePart,
  type PastedDescriptionSummary,
  type PasteSummary,
  type Ranked,
  type ReadingTable,
  TABLE_LABEL,
} from './explanation.js';
import {
  causesFor,
  causesOfEvent,
  collectLogs,
  dedupe,
  entryNotes,
  finish,
  likely,
  merge,
  readFromTextNote,
  readingNotes,
  toReading,
  toValue,
  unknownExtendedNotes,
  unknownPrimaryNotes,
} from './answer.js';

const USAGE =
  "Give it as the Remote Desktop dialog shows it (hexadecimal, e.g. 0x904, with the extended code after it) or as RDPClient event 1026 logs it (decimal, e.g. 2308); an HRESULT (0x80090304), an NTSTATUS (0xC000006D), a FailureReason (%%2313) or the dialog's text in quotes also work.";

/** Each table a single number can be read in, and how. */
const LOOKUP: Record<ReadingTable, (value: number) => Found | undefined> = {
  event: (value) => {
    const e = lookupRdpEvent(value);
    if (e) return { ...e, name: `${e.name} (${e.log})` };
    // Any other event the event table knows (4771, 4776, 6041, 1057…): its row's meaning. Small ids (LSM 21, 40…)
    // only from the list above: a small number alone is more often a code than an event id.
    const row = value >= 1000 ? eventRowsOf([value])[0] : undefined;
    return (
      row && {
        code: value,
        name: `${eventName(row)} (${eventLog(row)})`,
        meaning: row.meaning,
        confidence: 'MS',
        source:
          "Microsoft: the event's own message text (the provider's message table), as rdpdiag's event table states it",
      }
    );
  },
  mstsc: lookupDisconnectReason,
  mstscExtended: lookupExtendedReason,
  sspi: lookupSspiStatus,
  ntstatus: lookupNtStatus,
  failureReason: (value) => {
    const f = lookupFailureReason(value);
    return (
      f && {
        code: f.id,
        name: `%%${f.id}`,
        meaning: f.text,
        confidence: f.confidence,
        source: f.source,
        ...(f.note ? { note: f.note } : {}),
      }
    );
  },
  lsm40: lookupLsm40Reason,
  win32: lookupWin32Error,
  win32Service: lookupWin32ServiceError,
  tlsAlert: lookupTlsAlert,
  schannel: (value) => {
    const s = lookupSchannelErrorState(value);
    return s && { ...s, name: `${s.name} (event ${s.eventId})` };
  },
  gateway: lookupGatewayCode,
  avd: () => undefined,
  kerberos: lookupKerberosError,
  sentence: () => undefined,
  setting: () => undefined,
  commandOutput: () => undefined,
  clientApp: lookupClientAppCode,
};

/** The order in which a number typed alone is read: the dialog's own tables first, then the logs'. */
const SMALL_ORDER: readonly ReadingTable[] = [
  'mstsc',
  'clientApp',
  'mstscExtended',
  'sspi',
  'ntstatus',
  'gateway',
  'lsm40',
  'win32',
  'tlsAlert',
  'schannel',
  'event',
  // After the event ids: 1058 typed alone is TermService's event first, the service error beside it.
  'win32Service',
];
/** The tables a number typed alone is also shown in, beside its main reading. */
const OTHER_ORDER: readonly ReadingTable[] = [...SMALL_ORDER, 'kerberos'];
/** A number with the top bit set is an HRESULT or an NTSTATUS. */
const LARGE_ORDER: readonly ReadingTable[] = ['sspi', 'ntstatus', 'gateway', 'mstsc', 'mstscExtended'];
const CONTEXT_TABLE: Record<DialogContext, ReadingTable> = {
  event: 'event',
  authentication: 'sspi',
  protocol: 'mstscExtended',
  'failure-reason': 'failureReason',
  'logon-status': 'ntstatus',
  'tls-alert': 'tlsAlert',
  lsm40: 'lsm40',
};

/**
 * Explain what the dialog showed: `code` is its "Error code" (or the only number, or pasted text), `extended` its
 * "Extended error code". Unknown codes give a "not in our tables" explanation; input with no code in it throws an
 * Error worded for the user.
 */
export function explainCode(code: string, extended?: string): CodeExplanation {
  // Bounded as a log's value is (MAX_VALUE_CHARS): a longer paste is read by its start, said.
  const given = code.length + (extended?.length ?? 0);
  if (given <= MAX_VALUE_CHARS) return explainWhole(code, extended);
  // Read as one text, cut before the word or list item the limit falls in (never inside a number or a SID of a
  // comma-separated list, which a cut item would make unreadable as a whole line; back at most 64 characters).
  const whole = extended === undefined ? code : `${code} ${extended}`;
  let end = MAX_VALUE_CHARS;
  while (end > MAX_VALUE_CHARS - 64 && /[^\s,;]/.test(whole[end] ?? ' ')) end--;
  const e = explainWhole(whole.slice(0, end));
  const cut = `Only the first ${MAX_VALUE_CHARS.toLocaleString('en-US')} of the ${given.toLocaleString('en-US')} characters given were read.`;
  return { ...e, notes: [cut, ...e.notes] };
}

/**
 * The CredSSP server's own error code in a client's or proxy's log (the TSRequest's errorCode, MS-CSSP 2.2.1: the
 * NTSTATUS the server sends when it refuses the credentials): WALLIX's proxy "Credssp recvTSCredentials() ErrorCode =
 * c0000224", a trace's "TSRequest errorCode: 0xC0000071". It is the server's reason, read first; the client's own
 * errors after it ("DecryptMessage failure: SEC_E_INVALID_TOKEN", "Could not verify public key echo") follow from the
 * refusal. Only an NTSTATUS error value (0xC…) on such a line; another number there is left to the other readings.
 */
function credsspServerStatus(text: string): CodeExplanation | undefined {
  const m = CREDSSP_SERVER_STATUS.exec(text);
  if (!m?.[1] || !/\n/.test(text.trim())) return undefined;
  const e = explainPaste(`NTSTATUS: 0x${m[1]}`);
  if (e.likelyCauses.length === 0) return undefined;
  const said = `The CredSSP server's own error code (the TSRequest's errorCode, MS-CSSP 2.2.1) is read first: 0x${m[1].toUpperCase()}; the client's errors after it follow from that refusal.`;
  return { ...e, notes: [said, ...e.notes] };
}

/**
 * FreeRDP's class 2 (ERRCONNECT) in the high word, written with its 0x or its eight digits (`FREERDP_CONNECT_CLASS`).
 * Its class 1 alone (0x0001xxxx) is not read so: Splashtop's table and NTSTATUS's debugger codes share the form.
 */
const FREERDP_COMPOSITE = /^(?:0x0{0,3}2|0002)[0-9a-f]{4}$/i;

/** A CredSSP line naming the server's error code, then an NTSTATUS error value (with or without 0x); bounded. */
const CREDSSP_SERVER_STATUS =
  /\b(?:credssp|tsrequest|tscredentials)\b[^\n]{0,80}?\berror ?code\s{0,3}[=:]\s{0,3}(?:0x)?(c0[0-9a-f]{6})\b/i;

function explainWhole(code: string, extended?: string): CodeExplanation {
  // `explain-code 0x 904`, `explain-code 0x8009 0304`: the shell split one code in two (the paste reader joins it).
  const split =
    extended !== undefined &&
    ((/^\s*0x[89a-f][0-9a-f]{3}\s*$/i.test(code) && /^\s*[0-9a-f]{4}\s*$/i.test(extended)) ||
      (/^\s*0?\s*[x×]\s*$/i.test(code) && /^\s*[0-9a-f]{1,8}\s*$/i.test(extended)));
  if (split && extended !== undefined) {
    code = `${code.trim()} ${extended.trim()}`;
    extended = undefined;
  }
  const server = extended === undefined ? credsspServerStatus(code) : undefined;
  if (server) return server;
  // An informational status's name (SEC_I_CONTINUE_NEEDED: "not an error") on one line of a longer log is a step
  // that went on, never what the log says failed: the rest of the paste is read.
  const stepOnly = /\bSEC_I_[A-Z_]{4,40}\b/.test(code) && code.trim().includes('\n');
  const named = (extended === undefined || extended.trim() === '') && !stepOnly ? explainName(code) : undefined;
  // A code's name quoted in the words of another subsystem ("`STATUS_LOGON_TYPE_NOT_GRANTED` … an S4U logon, which is
  // what SSH key auth uses"): that subsystem's error, the name still decoded, as a number quoted there is.
  const namedOther = named ? otherSubsystemOf(code) : undefined;
  if (named) return namedOther ? inOtherSubsystem(named, namedOther) : named;
  // Two words where the first is a code: the dialog's two numbers (a second word that is no code is an error).
  const plain =
    parseCode(code) !== undefined &&
    (extended === undefined ||
      extended.trim() === '' ||
      parseCode(extended) !== undefined ||
      !/\s/.test(extended.trim()));
  // Two NTSTATUS values are a 4625's Status and Sub Status, not the dialog's two numbers.
  const bothNtStatus =
    extended !== undefined &&
    (parseCode(code)?.value ?? 0) >= 0xc0000000 &&
    (parseCode(extended)?.value ?? 0) >= 0xc0000000;
  // FreeRDP's composite number typed alone ("0x0002000D"): the paste reader knows FreeRDP's scheme (the class in the
  // high word), no dialog's table holds it.
  const composite = extended === undefined && FREERDP_COMPOSITE.test(code.trim());
  if (!plain || bothNtStatus || composite) return explainPaste(extended === undefined ? code : `${code} ${extended}`);
  const input = readDialogInput(code, extended, USAGE);
  // As typed; for pasted text, the numbers read out of it.
  const shown = input.fromText
    ? { code: input.code.text, ...(input.extended ? { extended: input.extended.text } : {}) }
    : { code, ...(input.extended && extended !== undefined ? { extended } : {}) };
  const notes: string[] = [];
  if (input.fromText) notes.push(readFromTextNote(input.code, input.extended, input.context));
  notes.push(...readingNotes(input.code, input.extended ? 'Error code' : 'Code'));
  if (input.extended) notes.push(...readingNotes(input.extended, 'Extended error code'));
  if (input.alongside) {
    const { label, code: beside, table } = input.alongside;
    const found = LOOKUP[table](beside.value);
    notes.push(
      found
        ? `${label} ${table === 'schannel' ? beside.value : formatHex(beside.value)}: ${found.meaning} (${found.source}).`
        : `${label} ${table === 'schannel' ? beside.value : formatHex(beside.value)} is not in our tables.`,
    );
  }
  const explanation = input.extended
    ? explainPair(input.code, input.extended, notes)
    : explainSingle(input.code, input.context, notes);
  return answered(shown, explanation);
}

/**
 * `reg query` or `.reg` lines of Remote Desktop settings: each named in words, never looked up as a code (a
 * `fDenyTSConnections REG_DWORD 0x1` is Remote Desktop switched off, not "the user closed the client").
 */
function explainSettings(settings: readonly SettingRead[]): CodeExplanation {
  const first = settings[0];
  const notes = settings.map((x) => `${x.said} (${x.setting.key}; ${x.setting.source}).`);
  notes.push('Read as settings, not as error codes: a setting explains a failure only with the logs of that failure.');
  const causes: Ranked[] = [];
  // Remote Desktop switched off: nothing listens, the client's dialog is "can't connect" (0x204).
  if (settings.some((x) => x.setting.name === 'fDenyTSConnections' && x.value === 1))
    causes.push(...causesFor('mstsc', 0x204).map((c) => ({ ...c, why: `${first.said}: a client gets no answer.` })));
  const reading = namedReading('setting', first.setting.name, first.said, first.setting, causes, first.value);
  return answeredByName(settings.map((x) => x.said).join('; ') + '.', reading, causes, notes);
}

/**
 * A command's output (qwinsta, quser, certutil, netstat, Test-NetConnection): what it shows about Remote Desktop and
 * what to do (src/explain/tables/command-output.ts), its numbers (session ids, PIDs, ports) never looked up as codes.
 */
function explainCommandOutput(o: CommandOutputReading): CodeExplanation {
  const notes = [
    `Read as ${o.what}: ${o.source}.`,
    ...o.shows.map((x) => `It shows: ${x}`),
    ...o.todo.map((x) => `To do: ${x}`),
    o.command === 'service-control'
      ? "Read as a service's start failure: its number is the service control manager's Win32 error, not an event id."
      : 'Read as command output, not as error codes: its numbers are session ids, process ids, ports and dates.',
  ];
  const causes: Ranked[] = o.causes.map((causeId) => ({
    causeId: causeId as CodeCause['causeId'],
    confidence: 'MS',
    phase: patternById(causeId)?.phase ?? 'connection',
    why: `The ${o.what} shows it: ${o.summary}.`,
  }));
  const reading = namedReading('commandOutput', o.command, o.summary, { confidence: 'MS', source: o.source }, causes);
  return answeredByName(`${o.summary}.`, reading, causes, notes);
}

/**
 * A reading known by its name, not by a number (a setting, a command's output, a sentence): `value` is then no
 * code (`byName`), and a number it shows (a setting's DWORD) is given as it stands.
 */
function namedReading(
  table: ReadingTable,
  name: string,
  meaning: string,
  from: { confidence: Confidence; source: string },
  causes: readonly Ranked[],
  value?: number,
): CodeValue {
  return {
    table,
    tableLabel: TABLE_LABEL[table],
    value: value ?? 0,
    hex: value === undefined ? '' : formatHex(value),
    decimal: value ?? 0,
    name,
    meaning,
    confidence: from.confidence,
    source: from.source,
    byName: true,
    causeIds: causes.map((c) => c.causeId),
  };
}

/** The answer of a reading by name: no code of the dialog, no phase, known; its name is the code shown. */
function answeredByName(summary: string, other: CodeValue, causes: Ranked[], notes: string[]): CodeExplanation {
  const body = finish({
    summary,
    primary: undefined,
    extended: undefined,
    other,
    otherReadings: [],
    phases: undefined,
    causes,
    known: true,
    notes,
  });
  return answered({ code: other.name }, body);
}

/** A word that can be a code's symbolic name: UPPER_SNAKE or CamelCase (`INVALID_FORM`, `SxSStackListenerCheck`). */
const SYMBOLIC_WORD = /\b(?:[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[A-Z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*)+)\b/g;

/** The words Azure Virtual Desktop's error names are made of (`ConnectionFailed…`, `SessionHost…`, `…HealthCheck`). */
const AVD_NAME_SHAPE =
  /^(?:ConnectionFailed|ConnectionBroken|SessionHost|HostPool|Rdsh|ReverseConnect|Shortpath|RDAgent|SxS|Broker)[A-Z]\w*$|^[A-Z]\w*HealthCheck$/;

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
const ROLE_ORDER: readonly PasteCode['role'][] = [
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
const NOTE_LABEL: Partial<Record<PasteCode['role'], string>> = {
  status: 'Status',
  subStatus: 'Sub Status',
  errorState: 'Internal error state',
  tlsAlert: 'TLS alert',
  extended: 'Extended error code',
  error: 'Error code',
};

function partOf(c: PasteCode, chosen: ReadingTable | undefined, unnamed: readonly ReadingTable[] = []): PastePart {
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

/**
 * Registry values of settings this reader has no words for (`IsRegistered    REG_DWORD    0x1`): a value the
 * registry holds, never an error code (0x1 is not "the user closed the client"), and no cause of its own.
 */
function explainRegistryValues(values: readonly OtherRegistryValue[]): CodeExplanation {
  const said = values.map(
    (v) => `${v.name} = ${typeof v.value === 'number' ? `${v.value} (${formatHex(v.value)})` : v.value}`,
  );
  const first = values[0]!;
  const meaning = `${said[0]}: a registry value, as reg query or a .reg file shows it, not an error code`;
  const shownNumber = typeof first.value === 'number' ? first.value : 0;
  // A string's value is no number: byName says `value` is not a code (as for a code known by its name only).
  const reading = namedReading('setting', first.name, meaning, REG_QUERY, [], shownNumber);
  return answeredByName(
    `Registry values, not error codes: ${said.slice(0, 6).join('; ')}${said.length > 6 ? `; and ${said.length - 6} more` : ''}.`,
    reading,
    [],
    [
      'Read as registry values, not as error codes. rdpdiag names in words the Remote Desktop settings it knows; these are not among them, so their values are given as the registry holds them.',
      'A setting explains a failure only with the logs of that failure: export them and run rdpdiag analyze <folder>.',
    ],
  );
}

const REG_QUERY = {
  confidence: 'MS',
  source: 'Microsoft Learn: reg query (its output shows each value as name, type and data)',
} as const;

/** A paste read (paste-reader.ts) and what every way of explaining it shares: its parts, tables and notes. */
interface ReadPaste {
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
 * A text every program shows, naming no subsystem: a code's system message, or a Windows Sockets message ("No
 * connection could be made because the target machine actively refused it", WSAE… codes) any program's socket prints.
 */
const namesNoSubsystem = (m: { sentence: { systemMessage?: true; codeName?: string } }): boolean =>
  m.sentence.systemMessage === true || m.sentence.codeName?.startsWith('WSAE') === true;

/**
 * A number no table holds, in a program's sentences that name nothing of Remote Desktop ("PingCastle couldn't connect
 * to the computer. The error was 0xc0020017"): nothing says a Remote Desktop connection failed, so no cause is ranked,
 * not even `unexplained` (issue 60); the logs to read stay. A number typed with a word or two ("error 0x1234 when
 * connecting") keeps `unexplained`: it is what the user asks about.
 */
function unknownOutsideRemoteDesktop(answer: CodeExplanation, text: string): CodeExplanation {
  if (!answer.likelyCauses.some((c) => c.causeId === UNEXPLAINED) || REMOTE_DESKTOP_WORDS.test(text)) return answer;
  if ((text.match(PROSE_WORD) ?? []).length < MIN_PROSE_WORDS) return answer;
  return {
    ...answer,
    likelyCauses: [],
    notes: [
      ...answer.notes,
      "Nothing in the text names Remote Desktop (its client, its server, CredSSP or NLA): the number is another program's, and no Remote Desktop cause is ranked for it.",
    ],
  };
}

/** A word of prose (three letters or more); bounded, one pass. */
const PROSE_WORD = /\p{L}{3,40}/gu;
const MIN_PROSE_WORDS = 6;

/**
 * A sentence read with its numbers (Microsoft Entra ID's AADSTS error) inside a paste naming a product whose own error
 * line holds it (`overSentencesNamed`: a Microsoft 365 app's sign-in) and nothing of Remote Desktop: that product's.
 */
function inProductOverSentence(answer: CodeExplanation, text: string): CodeExplanation {
  const over = otherSubsystemOverSentences(text);
  return over?.overSentencesNamed ? inOtherSubsystem(answer, over) : answer;
}

/**
 * A sentence that is the message text of a code the paste quotes ("Error -2146893052 (0x80090304): The Local Security
 * Authority cannot be contacted."): the program printed the code with its message, as every program does, so the
 * sentence names no subsystem more than the code does (issue 60).
 */
function messageOfQuotedCode(m: { sentence: { codeName?: string } }, codes: readonly PasteCode[]): boolean {
  const named = m.sentence.codeName ? lookupCodeName(m.sentence.codeName) : undefined;
  return named !== undefined && named.table !== 'avd' && codes.some((c) => c.value === named.code);
}

/**
 * A setting pasted beside the failure it is configured for (PortNumber 3389 with a port test that gets no answer, or
 * the user's words that the port is closed from outside): the setting says how the server is configured, the failure
 * what happens to it, so the failure is the reading and the setting a note. Undefined when the paste shows no failure.
 */
function settingBesideFailure(text: string, settings: readonly SettingRead[]): CodeExplanation | undefined {
  const output = readCommandOutput(text);
  const described = output ? undefined : readDescription(text);
  const failure =
    output && output.causes.length > 0
      ? outputBesideSentence(explainCommandOutput(output), text)
      : described
        ? explainDescription(readPasteParts(text), described)
        : undefined;
  if (!failure || failure.likelyCauses.length === 0) return undefined;
  const said = settings.map((x) => `${x.said} (${x.setting.key}; a setting, not an error code).`);
  return { ...failure, notes: [...failure.notes, ...said] };
}

/**
 * A service's state that is no failure (TermService already running: RDP Wrapper's installer, `sc start`) beside the
 * user's words for the failure ("not listening", the port closed): the words say what fails, the service's line is a
 * note. Only for the service's output: a port test or a session list that shows no failure decides against the words.
 */
function serviceBesideFailure(text: string, output: CommandOutputReading): CodeExplanation | undefined {
  if (output.command !== 'service-control' || output.causes.length > 0) return undefined;
  const described = readDescription(text);
  const failure = described ? explainDescription(readPasteParts(text), described) : undefined;
  if (!failure || failure.likelyCauses.length === 0) return undefined;
  return { ...failure, notes: [...failure.notes, `${output.summary}.`] };
}

/** A pasted text: read in layers (paste-reader.ts), its most specific code explained, every part said. */
function explainPaste(pasted: string): CodeExplanation {
  // Get-WinEvent's Format-List read as the Event Viewer block it is (its Message the description, its record's
  // numbers dropped), by every reader below.
  const text = eventListAsBlock(pasted);
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const admin = readAdminOutput(lines, new Date()) ?? readConsoleOutput(lines, text);
  // A listing of events (Get-WinEvent's or Get-EventLog's table) whose row is a service's start failure (TermService's
  // 7031, its message cut by the table): the failure the row says is the reading, not the listing's names.
  const listed = admin?.command === 'event-listing' ? readServiceControl(lines, text) : undefined;
  if (listed && listed.causes.length > 0) return outputBesideSentence(explainCommandOutput(listed), text);
  if (admin) return outputBesideSentence(explainCommandOutput(admin), text);
  const settings = readRdpSettings(text);
  if (settings.length > 0) return settingBesideFailure(text, settings) ?? explainSettings(settings);
  const registry = readRegistryState(text, new Date());
  if (registry) return outputBesideSentence(explainCommandOutput(registry), text);
  const values = readOtherRegistryValues(text);
  if (values.length > 0) return explainRegistryValues(values);
  const commandOutput = readCommandOutput(text);
  if (commandOutput)
    return serviceBesideFailure(text, commandOutput) ?? outputBesideSentence(explainCommandOutput(commandOutput), text);
  const paste = readPasteParts(text);
  const symbolic = explainSymbolWithNumber(paste);
  if (symbolic) return symbolic;
  const { r, notes } = paste;
  // Command output whose numbers are its arguments (Get-WinEvent's filter): read by its sentence alone.
  const output = r.sentences.find((m) => m.sentence.commandOutput || m.sentence.numbers);
  if (output) return inProductOverSentence(explainOutputSentence(paste, output), text);
  // Another subsystem's text (a TPM, Windows Hello, a Microsoft 365 app, Hyper-V) that quotes a shared code: read as
  // that. A code's system message text beside it is that code's, shown by every subsystem: it names none.
  // A Remote Desktop dialog's sentence inside another product's own error line (SQL Server's "Reason: …") is that
  // product's.
  const other = r.sentences.every((m) => namesNoSubsystem(m) || messageOfQuotedCode(m, r.codes))
    ? otherSubsystemOf(text)
    : otherSubsystemOverSentences(text);
  // A reason printed by its name with its own number ("(code IdleTimeout(0x3))"): the name says what the number is.
  const printed = printedStatusNames(text).length > 0 ? explainSymbolicName(paste) : undefined;
  const byCodes = printed ?? explainDialogPair(paste) ?? explainMainCode(paste);
  if (byCodes) return other ? inOtherSubsystem(byCodes, other) : unknownOutsideRemoteDesktop(byCodes, text);
  // An Event Viewer block whose own header names the event its sentence is the message of, an event of rdpdiag's event
  // table: read as that event, whose row names it and its fields (the sentence says no more).
  const sameEvent =
    r.eventId !== undefined &&
    r.sentences.length > 0 &&
    r.sentences.every((m) => m.sentence.event?.id === r.eventId) &&
    !lookupRdpEvent(r.eventId) &&
    pastedEventRow(r.eventId, r.source) !== undefined;
  if (sameEvent) return explainPastedEvent(paste) as CodeExplanation;
  if (r.sentences.length > 0) {
    const bySentence = paste.finish({ code: chosenSentence(r).sentence.id }, sentenceBody(r, notes));
    const reason = !other && bySentence.likelyCauses.length === 0 ? reasonAfterCatchAll(r, text) : undefined;
    if (reason)
      return explainDescription(paste, reason.symptoms, 'reason', [
        `Recognized ${reason.sentence.what}: ${reason.sentence.meaning} The reason printed with it is read instead.`,
      ]);
    return other ? inOtherSubsystem(bySentence, other) : bySentence;
  }
  const byName = explainSymbolicName(paste) ?? explainAvdLikeName(paste) ?? explainPastedEvent(paste);
  if (byName) return other ? inOtherSubsystem(byName, other) : byName;
  if (other && !other.quotedCodesOnly)
    return inOtherSubsystem(paste.finish({ code: other.id }, saidOnly('', notes)), other);
  const inLog = logPastedWhole(lines);
  const described = inLog ? failureLinesDescription(lines, text) : readDescription(text);
  if (described) return explainDescription(paste, described, inLog ? 'log' : 'description');
  throw notReadable(text, r.ignored);
}

/** A log line's start: a bracketed time or level, a `program[pid]:` tag (guacd, sshd), a date and a time. */
const LOG_LINE_START = /^\s{0,8}(?:\[[^\]\n]{1,40}\]|[\w.-]{1,40}\[\d{1,10}\]:|\d{4}[-/]\d{2}[-/]\d{2}[ T]\d{2}:\d{2})/;

/**
 * A shell's command line above its output: a prompt (`$`, `#`, `user@host:~$`, `PS C:\>`, `C:\>`) then the command
 * ("$ WLOG_LEVEL=DEBUG xfreerdp /v:host": a program's lowercase name, environment settings before it; never a Markdown
 * heading "# NLA fails"), or a program's password prompt. The user typed it; its words (a client's
 * switches) state no failure.
 */
const COMMAND_LINE =
  /^\s{0,8}(?:(?:[\w.-]{1,40}@[\w.-]{1,60}:[^\n$#]{0,200})?[$#]\s{1,4}(?:[A-Z_]{1,40}=\S{0,200}\s{1,4}){0,4}[a-z][\w.-]{0,40}(?:\s|$)|(?:PS )?[A-Za-z]:\\[^>\n]{0,200}>|[Pp]assword:)/;

/**
 * A log pasted whole, every line of it a log line (guacd's "Security mode: NLA", xrdp's INFO lines), the command that
 * printed it above it or not: its words are the program's, not a failure described in the user's words, so no
 * description is read from it.
 */
function logPastedWhole(lines: readonly string[]): boolean {
  const filled = lines.filter((l) => l.trim() !== '' && !COMMAND_LINE.test(l));
  return filled.length >= 2 && filled.every((l) => LOG_LINE_START.test(l));
}

/**
 * A log line at error level (FreeRDP's and xrdp's "[ERROR]", "ERROR:", "FATAL:"): the line that says what failed.
 * Never a warning ("Certificate verification failure 'self signed certificate'" is FreeRDP's WARN) nor the debug and
 * information lines that state settings ("Enabling NLA security: TRUE").
 */
const ERROR_LEVEL = /\[(?:error|err|fatal|crit(?:ical)?)\s{0,2}\]|\b(?:error|fatal|critical)\s{0,2}:/i;
/** The level as a column of its own, in capitals as loggers print it ("2024-01-01T10:00:05Z ERROR certificate …"). */
const ERROR_LEVEL_WORD = /(?:^|\s)(?:ERROR|ERR|FATAL|CRITICAL)(?=\s)/;

/**
 * A log pasted whole that no table reads: only its error-level lines are read for the failure they state
 * ("ERROR: Connection timed out after 15000 ms" under "Connecting to 10.0.0.25:3389"), what the log is about taken
 * from the whole of it; the other lines are the program's words, never a failure described.
 */
function failureLinesDescription(lines: readonly string[], text: string): DescribedSymptom[] | undefined {
  const failed = lines.filter((l) => ERROR_LEVEL.test(l) || ERROR_LEVEL_WORD.test(l));
  return failed.length > 0 ? readDescription(failed.join('\n'), text) : undefined;
}

/**
 * A catch-all message that names no cause ("Unable to connect to RDP server", kind unspecific) with the reason its
 * program printed beside it ("…: connection refused", "(connection timed out)", "… because of a licensing error"): the
 * words of the message's own lines beyond the message are read for the failure they state; none, and the message is
 * the answer.
 */
function reasonAfterCatchAll(
  r: PasteReading,
  text: string,
): { symptoms: DescribedSymptom[]; sentence: KnownSentence } | undefined {
  const { sentence } = chosenSentence(r);
  if (!sentence.generic && sentence.kind !== 'unspecific') return undefined;
  // Only the lines that hold the message: its reason is printed beside it, never a dialog's title above it ("Remote
  // Desktop Disconnected" over "The remote computer has ended the connection.").
  const lower = text.toLowerCase();
  const patterns = sentence.words.en.map((w) => new RegExp(w.source, w.flags.includes('g') ? w.flags : `${w.flags}g`));
  const lines = new Map<number, string>();
  for (const words of patterns) {
    // Matches come in order: one pass over each line holding one (linear however often the message repeats).
    let lineEnd = -1;
    for (const m of lower.matchAll(words)) {
      if (m[0].length === 0) break;
      if (m.index < lineEnd) continue;
      const from = lower.lastIndexOf('\n', m.index) + 1;
      const to = lower.indexOf('\n', m.index + m[0].length);
      lineEnd = to < 0 ? lower.length : to;
      if (!lines.has(from)) lines.set(from, lower.slice(from, lineEnd));
    }
  }
  // A message read in another form (a contraction retyped, another language) is found in no line: the whole paste.
  let rest = lines.size > 0 ? [...lines.values()].join('\n') : lower;
  // The message's own words go, but never a reason its loose pattern ran over ("… the remote PC because of a licence
  // problem.": a dialog's text names no cause, so from "because", "due to", a colon or a bracket on it is the reason).
  for (const words of patterns)
    rest = rest.replace(words, (m) => {
      const at = m.search(REASON_STARTS);
      return at > 0 ? ` ${m.slice(at)}` : ' ';
    });
  const symptoms = rest.trim() ? readDescription(rest, text) : undefined;
  return symptoms ? { symptoms, sentence } : undefined;
}

/** Where a reason begins inside a message's loosely matched text. */
const REASON_STARTS = /\b(?:because|due to|since)\b|[:(]/;

/** A failure described in the user's words (described-reading.ts): its symptoms' causes, less sure than a message's. */
function explainDescription(
  paste: ReadPaste,
  symptoms: readonly DescribedSymptom[],
  from: DescribedFrom = 'description',
  said: readonly string[] = [],
): CodeExplanation {
  const { summary, causes, notes } = describedAnswer(symptoms, from);
  const body = finish({
    summary,
    primary: undefined,
    extended: undefined,
    otherReadings: [],
    phases: undefined,
    causes,
    known: true,
    notes: [...paste.notes, ...said, ...notes],
  });
  return paste.finish({ code: DESCRIBED }, body);
}

/**
 * Command output pasted beside a sentence that states its cause ("The terminal server has exceeded the maximum number
 * of allowed connections" above a qwinsta): the sentence's meaning and causes lead, the output is the evidence said
 * after it (its own causes follow the sentence's).
 */
function outputBesideSentence(output: CodeExplanation, text: string): CodeExplanation {
  const stating = findSentences(text).filter((m) => (m.sentence.states ?? []).length > 0);
  const first = stating[0];
  if (!first) return output;
  const notes = [
    `Recognized ${first.sentence.what}, by its words (${first.sentence.source}): it says the cause; the command output beside it is its evidence.`,
    ...output.notes,
  ];
  const body = statedCausesFirst(
    { ...output, summary: `${first.sentence.meaning} The output pasted with it: ${output.summary}`, notes },
    stating,
  );
  return { ...body, input: output.input, notes: dedupe(body.notes), confidenceTags: output.confidenceTags };
}

/** An answer that only says `summary`: no code read, no cause ranked, no log asked for. */
function saidOnly(summary: string, notes: string[]): Body {
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

/** The answer to a command's output or another product's text read by its sentence: its numbers set aside, said so. */
function explainOutputSentence(paste: ReadPaste, output: SentenceMatch): CodeExplanation {
  const { r, notes } = paste;
  const body = sentenceBody({ ...r, sentences: [output] }, notes);
  const answer = paste.finish(
    { code: output.sentence.id },
    output.sentence.otherProduct ? { ...body, logsToCheck: [] } : body,
  );
  // Its numbers are the command's or the other product's, never looked up in our tables: set aside, said so.
  const whose =
    output.sentence.numbers ?? (output.sentence.otherProduct ? "that product's own number" : "the command's argument");
  const numbers = answer.paste?.parts.filter((p) => p.table !== 'sentence') ?? [];
  if (answer.paste && numbers.length)
    answer.paste = {
      ...answer.paste,
      parts: answer.paste.parts.filter((p) => p.table === 'sentence'),
      ignored: [
        ...answer.paste.ignored,
        // A sentence's own numbers are said by themselves: how a label would have read them does not apply.
        ...numbers.map((p) => `${output.sentence.numbers ? '' : `${p.from} `}${p.text}: ${whose}`),
      ],
    };
  return answer;
}

/** Why a paste holds nothing read: the numbers set aside and a phrase many programs show, said. */
function notReadable(text: string, ignored: readonly string[]): Error {
  const setAside = ignored.length > 0 ? ` Numbers set aside: ${ignored.slice(0, 4).join('; ')}.` : '';
  const phrase = phraseSetAside(text);
  const phraseSaid = phrase
    ? ` ${phrase.what.replace(/^The client's dialog /, '')} (or its translation) is a phrase many programs show: it is read as the Remote Desktop dialog only when the paste is about Remote Desktop or holds nothing else, and this one names something else.`
    : '';
  return new Error(
    `"${clipText(text.trim())}" is not a valid error code: it holds no code or known sentence.${setAside}${phraseSaid} Paste the number with its label (Error code:, Extended error code:, Status:, Sub Status:, Failure Code:, Result Code:, AlertDesc:) or the dialog's whole text. ${USAGE}`,
  );
}

/**
 * The answer to another subsystem's text (tables/other-subsystems.ts): its codes' meanings kept, no Remote Desktop
 * cause ranked nor log asked for, and the subsystem the text names said first.
 */
function inOtherSubsystem(answer: CodeExplanation, other: OtherSubsystem): CodeExplanation {
  const says = `The text names ${other.name} and nothing of Remote Desktop: it is an error of ${other.name}, not a Remote Desktop connection failure. ${other.meaning}`;
  const read = answer.summary ? ` The code it quotes: ${answer.summary}` : '';
  return {
    ...answer,
    summary: `${says}${read}`,
    likelyCauses: [],
    logsToCheck: [],
    notes: [
      `${says} No Remote Desktop cause is ranked for its code: the same number means something else beside the words of a Remote Desktop dialog (source: ${other.source}).`,
      // A code's Remote Desktop advice (the tables' notes "For Remote Desktop: …") is not this text's.
      ...answer.notes.filter((n) => !n.startsWith('For Remote Desktop:')),
    ],
  };
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
function readPasteParts(text: string): ReadPaste {
  const r = readPaste(text);
  const notes: string[] = r.slips.map((s) => `Typing slip forgiven: ${s}.`);
  if (r.language) notes.push(languageNote(r));
  const described = r.description && describedSummary(r.description.row, r.description.fields);
  if (described) notes.push(describedNote(described), ...addressNotes(described.fields));
  // An RD Gateway event's error (201 "The following error occurred: 23003") is a gateway status's low word.
  const gatewayEvent =
    r.eventId !== undefined &&
    (!r.source || /gateway/i.test(r.source)) &&
    eventRowsOf([r.eventId]).some((row) => /-Gateway$/.test(row.provider));
  // Words naming the RD Gateway ("RD Gateway error 23002") make its status table the one a code of it is read in.
  const gatewayNamed = gatewayEvent || /\bgateway\b/i.test(text);
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

function readCodeOf(c: PasteCode): ReadCode {
  return { value: c.value, radix: c.radix, text: c.text };
}

/** The dialog's two numbers: Error code and Extended error code. */
function explainDialogPair({ r, tables, notes, finish }: ReadPaste): CodeExplanation | undefined {
  const error = r.codes.find(
    (c, i) =>
      (c.role === 'error' || c.role === 'disconnectReason') && (tables[i] === 'mstsc' || tables[i] === undefined),
  );
  const ext = r.codes.find((c) => c.role === 'extended');
  if (!error || !ext) return undefined;
  notes.push(
    `Read from the text: Error code ${formatHex(error.value)} and Extended error code ${formatHex(ext.value)}.`,
  );
  notes.push(`The Error code came from ${error.from}; the Extended error code from ${ext.from}.`);
  addSentenceNotes(r, notes);
  return finish({ code: error.text, extended: ext.text }, explainPair(readCodeOf(error), readCodeOf(ext), notes));
}

/** The most specific code that some table reads (by its label's table, else by its shape), the others said beside it. */
function explainMainCode(paste: ReadPaste): CodeExplanation | undefined {
  const { r, tables, notes, tablesOff, finish } = paste;
  const ranked = r.codes
    .map((c, i) => ({ c, table: tables[i] }))
    .filter(({ c }) => !(c.role === 'subStatus' && c.value === 0 && r.codes.length > 1))
    .sort((a, b) => ROLE_ORDER.indexOf(a.c.role) - ROLE_ORDER.indexOf(b.c.role));
  const main =
    ranked.find(({ c, table }) => (table ? LOOKUP[table](c.value) : partOf(c, undefined, tablesOff(c)).meaning)) ??
    ranked[0];
  if (!main) return undefined;
  const { c, table } = main;
  notes.push(
    `Read from the text: ${formatHex(c.value)} from ${c.from}${table ? `, read as ${TABLE_LABEL[table]}` : ''}${r.eventId !== undefined ? ` (event ${r.eventId})` : ''}.`,
  );
  for (const other of ranked) {
    if (other === main) continue;
    const part = partOf(other.c, other.table, tablesOff(other.c));
    const shown =
      other.table === 'schannel' || other.table === 'tlsAlert' || other.table === 'lsm40'
        ? String(other.c.value)
        : formatHex(other.c.value);
    const label = NOTE_LABEL[other.c.role] ?? other.c.from;
    notes.push(
      part.meaning
        ? `${label} ${shown}: ${part.name ? `${part.name}: ` : ''}${part.meaning} (${part.source}).`
        : `${label} ${shown} is not in our tables.`,
    );
  }
  addSentenceNotes(r, notes);
  if (c.role === 'status' && table === 'kerberos' && r.eventId === undefined)
    notes.push(
      `A Status as small as ${formatHex(c.value)} is no NTSTATUS failure: it is read as a Kerberos code (4768/4771/4769 show theirs as Status in their XML). Paste the Event ID with it to be sure.`,
    );
  const body = explainSingle(readCodeOf(c), contextOf(c), notes, table, table ? [] : tablesOff(c));
  // A Kerberos code is a domain controller's: its Security log holds the 4768/4769/4771 with the account and address.
  if (table === 'kerberos' && !body.logsToCheck.some((l) => l.where === 'domain-controller')) {
    const info = channelNamed('Security');
    body.logsToCheck.push({
      channel: info.name,
      short: info.short,
      where: 'domain-controller',
      events: [4768, 4769, 4771],
      exportCommand: exportCommandFor(info, 'domain-controller'),
    });
  }
  if (!body.primary && !body.extended && !body.other && r.sentences.length > 0)
    return finish({ code: c.text }, sentenceBody(r, notes));
  if (!body.primary && !body.extended && !body.other && c.value >= 0x8000_0000 && holdsAuthenticationTitle(paste.text))
    return finish({ code: c.text }, authenticationDialogAround(body, c.value));
  const read = withEventCauses(body, r.eventId, r.source);
  // A code that points to no cause (E_FAIL, "Unspecified failure") beside a sentence that states one (not a
  // catch-all): the sentence says what failed and is read first, the code said in the notes. As a phrase is: in a
  // paste about Remote Desktop or holding nothing else (beside SQL Server's name the same words are SQL Server's).
  const stating = r.sentences.some(
    (m) =>
      !m.sentence.generic &&
      sentenceCauseIds(m.sentence).length > 0 &&
      (holdsAuthenticationTitle(paste.text) ||
        phraseIsTheDialog(paste.text, { ...m, sentence: { ...m.sentence, phrase: true } })),
  );
  if (read.likelyCauses.length === 0 && body.other && stating) {
    notes.push(
      `${formatHex(c.value)} (${body.other.name}) names no cause by itself: the sentence beside it says what failed, and is read first.`,
    );
    return finish({ code: c.text }, sentenceBody(r, notes));
  }
  return finish({ code: c.text }, read);
}

/**
 * A code that points to no cause, read from a field of an event the paste names (its description recognized by the
 * event table's message template, or its Event ID and Source): the event's own causes, as the event alone gives them
 * (TermService 1065 "… cannot be replaced … The following error occurred: 0x80070005" is still the certificate).
 */
function withEventCauses(body: Body, eventId: number | undefined, source: string | undefined): Body {
  if (eventId === undefined) return body;
  const row = pastedEventRow(eventId, source);
  // An RD Gateway event says which policy it is about (201 the CAP, 301 the RAP); the status it logs is read as
  // its own table says, after the event's words: "201 … error 23002" is a CAP refusal whose status names the RAP.
  if (row?.provider === GATEWAY && body.summary && !body.summary.startsWith(row.meaning))
    body = { ...body, summary: `${row.meaning} The error it logs: ${body.summary}` };
  if (body.likelyCauses.length > 0) return body;
  // LSM 40's own reason code says the reason (12: the user logged off): the event's general causes are not added to it.
  if (body.other?.table === 'lsm40') return body;
  if (!row || row.logonProof !== undefined || row.authenticates === true || row.marker?.kind === 'listener')
    return body;
  const causes = causesOfEvent(row.id, row.provider, ALONE_WEIGHT);
  const likelyCauses = merge([{ causes, label: eventName(row) }]).map((c) => likely(c, true));
  return likelyCauses.length ? { ...body, likelyCauses } : body;
}

/**
 * A symbolic name inside the text (an agent error, a health check, CERT_E_…), read by its name; or a session host's
 * status in one word ("Session host status: Shutdown", "stuck in the Upgrading state").
 */
function explainSymbolicName({ text, notes, summary }: ReadPaste): CodeExplanation | undefined {
  const status =
    /\b(?:status|state)\W+(?:is\W+)?["']?([A-Z][a-z]+)\b|\bin\W+(?:the\W+)?["']?([A-Z][a-z]+)["']?\W+state\b/.exec(
      text,
    );
  // A status is what a failure leads to; a name beside it (a failed health check, an agent error) is the failure
  // itself, so it is read first and the status said with it.
  const statusWord = status ? (status[1] ?? status[2]) : undefined;
  // A status or health check written in words ("Needs assistance") in a paste about a session host.
  const spelled = spelledAvdName(text);
  // A reason printed by its name with its own number ("(code DisconnectedByOtherConnection(5))"): the table's name.
  const printed = printedStatusNames(text);
  const words = [
    ...printed.map((p) => p.name),
    ...(text.match(SYMBOLIC_WORD) ?? []),
    ...(spelled ? [spelled] : []),
    ...(statusWord ? [statusWord] : []),
  ];
  for (const word of words) {
    const named = lookupCodeName(word) || lookupAvdFamily(word) ? explainName(word) : undefined;
    if (!named) continue;
    const alsoStatus =
      statusWord && word !== statusWord && (lookupCodeName(statusWord) || lookupAvdFamily(statusWord))
        ? [
            `The status it names, ${statusWord}, is what ${word} leads to; read alone: rdpdiag explain-code ${statusWord}.`,
          ]
        : [];
    const asPrinted = printed
      .filter((p) => p.name === word)
      .map((p) => `${p.printed} is ${word}, printed without its prefix: the number beside the name is its own.`);
    return { ...named, notes: dedupe([...notes, ...asPrinted, ...named.notes, ...alsoStatus]), paste: summary };
  }
  return undefined;
}

/**
 * A name shaped like the Azure Virtual Desktop service's (WVDErrors CodeSymbolic, the agent's errors) that no table
 * holds: said as such, with where to read it, never as a code of another table.
 */
function explainAvdLikeName({ text, notes, finish: answer }: ReadPaste): CodeExplanation | undefined {
  const agentContext = /\b(?:RDAgent\w*|WVD|AVD|agent|RDInfra\w*|host\s*pool|session\s*host|3277)\b/i.test(text);
  const avdLike = (text.match(SYMBOLIC_WORD) ?? []).find(
    (w) => AVD_NAME_SHAPE.test(w) || (agentContext && /^[A-Z]\w*Exception$/.test(w)),
  );
  if (!avdLike) return undefined;
  notes.push(
    `${avdLike} has the form of an Azure Virtual Desktop / Windows 365 error name (the CodeSymbolic of Log Analytics' WVDErrors, or the session host agent's error in its Application log), but it is not in our table of them: its meaning is not known here.`,
    "Look it up with its correlation id in WVDErrors / WVDConnections for the host pool, and check the session host's health in the portal (status and health checks).",
  );
  return answer(
    { code: avdLike },
    finish({
      summary: `${avdLike}: an Azure Virtual Desktop / Windows 365 error name not in our tables.`,
      primary: undefined,
      extended: undefined,
      otherReadings: [],
      phases: undefined,
      causes: [],
      known: false,
      notes,
    }),
  );
}

/**
 * An error's symbolic name with its number in parentheses, the whole paste ("SocketConnectionTimedOut (1796)",
 * "TransportClosedUnexpectedly (516)"): how the Azure Virtual Desktop diagnostics and the Windows App print an error,
 * its CodeSymbolic beside its Code. A name our tables hold is read by the name (`explainName`, before this); one they
 * lack is read by its number where the Remote Desktop client's disconnect reasons hold it (the decimal code RDPClient
 * 1026 logs: the client's own failures the service reports), said so, its words never read as a label ("Socket…" is
 * no socket error's label). A class name of a program's exception ("ConnectionRefusedError (111)") is no such name;
 * a number the disconnect reasons lack is left to the other readings.
 */
function explainSymbolWithNumber(paste: ReadPaste): CodeExplanation | undefined {
  const m = SYMBOL_WITH_NUMBER.exec(paste.text.trim());
  if (!m?.[1] || !m[2] || /(?:Error|Exception|Warning)$/.test(m[1])) return undefined;
  const value = Number(m[2]);
  if (!LOOKUP.mstsc(value)) return undefined;
  const notes = [
    ...paste.notes,
    `${m[1]} is not in our tables: the number beside it, ${value}, is read as the Remote Desktop client's disconnect reason (decimal, as RDPClient event 1026 and the Azure Virtual Desktop diagnostics print it).`,
  ];
  const body = explainSingle({ value, radix: 'decimal', text: m[2] }, undefined, notes, 'mstsc');
  return paste.finish({ code: `${m[1]} (${m[2]})` }, { ...body, summary: `${m[1]} (${value}): ${body.summary}` });
}

/** `Name (number)`: a CamelCase name of three words or more, a decimal code; bounded, one pass. */
const SYMBOL_WITH_NUMBER = /^([A-Z][a-z0-9]{1,30}(?:[A-Z][a-z0-9]{0,30}){2,8})\s{0,4}\((\d{1,6})\)$/;

/** The events users quote as codes have their own entry (notes, phases); the others are read by their row. */
function explainPastedEvent(paste: ReadPaste): CodeExplanation | undefined {
  const { r, notes, finish } = paste;
  const row = r.eventId === undefined || lookupRdpEvent(r.eventId) ? undefined : pastedEventRow(r.eventId, r.source);
  if (row) {
    notes.push(`Read from the text: event ${eventName(row)}${r.source ? ` (Source: ${r.source})` : ''}.`);
    return finish({ code: String(row.id) }, explainEventRow(row, notes));
  }
  if (r.eventId === undefined) return undefined;
  const bySentence = explainEventBySentence(paste);
  if (bySentence) return bySentence;
  // An id a Remote Desktop event shares with another provider's, pasted with that provider named (its Source line,
  // its own opening sentence): that provider's event, of which rdpdiag knows nothing.
  if (r.source && eventRowsOf([r.eventId]).length > 0 && !pastedEventRow(r.eventId, r.source)) {
    notes.push(`Read from the text: event id ${r.eventId} of ${r.source}.`);
    return finish(
      { code: String(r.eventId) },
      saidOnly(
        `Event ${r.eventId} of ${r.source} is not in rdpdiag's event table: it names no cause here (the Remote Desktop event with the same id is another provider's).`,
        notes,
      ),
    );
  }
  notes.push(`Read from the text: event id ${r.eventId}.`);
  // Its notes only if it is read as one of the event ids users quote (events.ts): not as a code looked up.
  const body = explainSingle({ value: r.eventId, radix: 'decimal', text: String(r.eventId) }, 'event', [...notes]);
  const shared = !body.other && !r.source ? sharedEventId(r.eventId, notes) : undefined;
  if (shared) return finish({ code: String(r.eventId) }, shared);
  // An event of a provider rdpdiag has no row for is said as such, not as an unknown code: its summary says it names
  // no cause, so none is ranked (not even "unexplained": nothing says a Remote Desktop connection failed).
  if (!body.other && r.source)
    return finish(
      { code: String(r.eventId) },
      saidOnly(
        `Event ${r.eventId} of ${r.source} is not in rdpdiag's event table: it names no cause here.`,
        body.notes,
      ),
    );
  return finish({ code: String(r.eventId) }, body);
}

/**
 * An event id under 1000 labelled as one ("Event ID: 24") with no Source: several providers number their events so
 * (LocalSessionManager's 24, another's 24), so it is said as the Remote Desktop events it may be, never looked up as
 * a code, and no cause is ranked: an event id alone says nothing failed (issue 60).
 */
function sharedEventId(id: number, notes: string[]): Body | undefined {
  const rows = eventRowsOf([id]);
  if (rows.length === 0) return undefined;
  const which = rows.map((row) => `${eventName(row)} (${row.meaning.replace(/\.$/, '')})`).join('; or ');
  return saidOnly(
    `Event ${id}, with no Source: among the events rdpdiag reads it is ${which}; another provider's event ${id} is something else. An event id is not an error code: paste the event's description or its Source line.`,
    notes,
  );
}

function describedSummary(row: EventRow, fields: Readonly<Record<string, string>>): PastedDescriptionSummary {
  return {
    eventId: row.id,
    provider: row.provider,
    name: eventName(row),
    log: eventLog(row),
    meaning: row.meaning,
    fields: { ...fields },
  };
}

function describedNote(d: PastedDescriptionSummary): string {
  const fields = Object.entries(d.fields).map(([k, v]) => `${k} = ${v.replace(/\s+/g, ' ').trim()}`);
  return `Read from the text: the description (message text) of event ${d.name} (${d.provider}, ${d.log}), recognized by its message template in rdpdiag's event table: ${d.meaning}${fields.length > 0 ? ` Its fields: ${fields.join('; ')}.` : ''}`;
}

/** What the class of a client address in a pasted event tells (rdp-events.md "IPv6 link-local is not a tunnel"). */
const ADDRESS_CLASS_SAYS: Readonly<Record<NonNullable<ReturnType<typeof classOfAddress>>, string>> = {
  'link-local-v6':
    'link-local: a peer on the same network segment (found by LLMNR/mDNS on a flat network), not a tunnel and not the internet',
  'link-local-v4':
    'link-local (169.254/16): a peer on the same segment that got no DHCP address, not a tunnel and not the internet',
  'loopback-v4':
    'loopback: the connection came from this computer itself, as a port forward or tunnel (SSH, plink, ngrok) delivers it, unless its own mstsc made it',
  'loopback-v6':
    'loopback: the connection came from this computer itself, as a port forward or tunnel (SSH, plink, ngrok) delivers it, unless its own mstsc made it',
  'private-v4': 'private: inside your network, a VPN, or behind a NAT',
  'private-v6': 'a unique local address: inside your network',
  'public-v4': 'public',
  'public-v6': 'public',
};

/** A note per address field of a pasted description: the class of the address it names. */
function addressNotes(fields: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (!/ip|address/i.test(name)) continue;
    const raw = value.trim();
    const address =
      /^\[([^\]]+)\](?::\d+)?$/.exec(raw)?.[1] ?? /^(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?$/.exec(raw)?.[1] ?? raw;
    const cls = classOfAddress(address);
    if (!cls) continue;
    const says =
      cls.startsWith('public') && !isInternetAddress(address)
        ? 'in a public range no internet packet comes from (documentation, benchmarking)'
        : cls.startsWith('public')
          ? 'on the internet: the RDP port (or a gateway in front of it) is reachable from outside'
          : ADDRESS_CLASS_SAYS[cls];
    out.push(`${name} ${address} is ${says}.`);
  }
  return out;
}

/** Sources Event Viewer shows under another name than the event table's provider (older and newer builds). */
const PROVIDER_ALIASES: Readonly<Record<string, string>> = {
  terminalserviceslicensing: 'termservlicensing',
  termservice: 'terminalservicesremoteconnectionmanager',
};

/**
 * The event a paste names by its id and Source (Event Viewer's "Source:", the Details view's provider, the XML's
 * `<Provider Name>`), any spelling: `Microsoft-Windows-TerminalServices-Gateway`, `TerminalServices-Gateway`.
 * Without a Source, an id only one provider logs (small ids such as LSM 24 only with their Source).
 */
function pastedEventRow(id: number, source: string | undefined): EventRow | undefined {
  const rows = eventRowsOf([id]);
  if (source) return rows.find((row) => isSource(row.provider, source));
  return id >= 1000 && rows.length === 1 ? rows[0] : undefined;
}

/** Whether a paste's Source names this provider, in any spelling (`TerminalServices-Gateway`, an older name). */
function isSource(provider: string, source: string): boolean {
  const bare = (p: string) =>
    p
      .toLowerCase()
      .replace(/^microsoft-windows-/, '')
      .replace(/[^a-z0-9]/g, '');
  const s = PROVIDER_ALIASES[bare(source)] ?? bare(source);
  const p = bare(provider);
  return p === s || p.endsWith(s) || s.endsWith(p);
}

/**
 * An event a paste names by its id and Source alone, with no row in the event table: the known sentence that is its
 * description (`KnownSentence.event`), read as if its text were pasted; never another provider's event of that id.
 */
function explainEventBySentence({ r, notes, summary }: ReadPaste): CodeExplanation | undefined {
  const id = r.eventId;
  const source = r.source;
  // An event of the event table is read by its row (explainEventRow), never here.
  const sentence =
    id === undefined || !source || eventRowsOf([id]).some((row) => isSource(row.provider, source))
      ? undefined
      : KNOWN_SENTENCES.find((s) => s.event?.id === id && isSource(s.event.provider, source));
  if (!sentence) return undefined;
  notes.push(
    `Read from the text: event ${id} of ${source}, whose description is ${sentence.what} (${sentence.source}).`,
  );
  const one = { ...r, sentences: [{ sentence, language: 'en' as const }] };
  const body = statedCausesFirst(sentenceBody(one, notes), one.sentences);
  // Its words were not pasted: the row is read by the event's id and Source, not recognized by its words.
  const byWords = `Recognized ${sentence.what}, by its words`;
  return {
    ...answered({ code: sentence.id }, { ...body, notes: body.notes.filter((n) => !n.startsWith(byWords)) }),
    paste: summary,
  };
}

/** The least weight a pattern's clause on an event needs for that event, pasted alone, to point to its cause. */
const ALONE_WEIGHT = 0.29;

/**
 * An event pasted without a code: what it records and, when it is a failure, the causes whose evidence it is. An
 * event that records a step that succeeded (a logon, network-level authentication passed, a connection received)
 * is said as such and points to no cause.
 */
function explainEventRow(row: EventRow, notes: string[]): Body {
  const success = row.logonProof !== undefined || row.authenticates === true || row.marker?.kind === 'listener';
  // Only clauses that say something alone: an event that is a step every connection passes (a session assigned,
  // the client connected) weighs little as evidence, and alone points to no cause.
  const causes = success ? [] : causesOfEvent(row.id, row.provider, ALONE_WEIGHT);
  if (success)
    notes.push(
      `${eventName(row)} records a step of the connection that succeeded, not a failure: it points to no cause. Paste the error the user saw, or the failure event around the same time (Security 4625, RDPClient 1026, RdpCoreTS, LSM 40, Schannel).`,
    );
  // The event table's `authenticates` without `logonProof`: the credentials passed Network Level Authentication,
  // which is not yet a logon (RCM 1149 alone is "NLA passed", rdp-events.md Corrections).
  if (row.authenticates === true && row.logonProof === undefined)
    notes.push(
      `${eventName(row)} says the credentials passed Network Level Authentication (NLA); it is not a logon and does not prove the user got a session: the session's own records do (LSM 21/22, Security 4624 logon type 10 or 7, RdpCoreTS 72 LogonNotify).`,
    );
  else if (causes.length === 0)
    notes.push(
      `${eventName(row)} says what happened, not why it failed: no cause rests on it alone. Paste the error the user saw or the events around it.`,
    );
  const reading: CodeValue = {
    table: 'event',
    tableLabel: TABLE_LABEL.event,
    value: row.id,
    hex: formatHex(row.id),
    decimal: row.id,
    name: `${eventName(row)} (${eventLog(row)})`,
    meaning: row.meaning,
    confidence: 'MS',
    source:
      "Microsoft: the event's own message text (the provider's message table), as rdpdiag's event table states it",
    causeIds: causes.map((c) => c.causeId),
  };
  return finish({
    summary: row.meaning,
    primary: undefined,
    extended: undefined,
    other: reading,
    otherReadings: [],
    phases: undefined,
    causes: merge([{ causes, label: eventName(row) }]),
    known: true,
    notes,
  });
}

function contextOf(c: PasteCode): DialogContext | undefined {
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

function addSentenceNotes(r: PasteReading, notes: string[]): void {
  for (const m of r.sentences)
    notes.push(`Recognized ${m.sentence.what}${inLanguage(m)}: ${m.sentence.meaning} (${m.sentence.source}).`);
}

/** " in German, by Microsoft's German wording "…" (address)", or nothing for English. */
function inLanguage(m: SentenceMatch): string {
  // A localized row's text quoted inexactly (localized-quote.ts): its language and page, then how near.
  if (m.nearQuote)
    return `${m.wording ? ` in ${LANGUAGE_NAMES[m.language]} (${m.wording.source.url})` : ''}${nearQuoteNote(m.nearQuote)}`;
  if (m.language === 'en' || !m.wording) return m.language === 'en' ? '' : ` in ${LANGUAGE_NAMES[m.language]}`;
  const name = LANGUAGE_NAMES[m.language];
  const w = m.wording;
  const whose = w.source.publicQuote ? `the ${name} dialog as public pages quote it` : `Microsoft's ${name}`;
  if (m.approximate)
    return ` in ${name}, approximately: the paste is not worded as ${w.source.publicQuote ? whose : `Microsoft's ${name} text`} ("${clipQuote(w.quoted)}", ${w.source.url}) but holds ${Math.round(m.approximate.share * 100)} % of its words${m.approximate.cut ? ' (the paste keeps only one end of it)' : ''} and no other text comes as close: read as that text by most of its words, not word for word`;
  if (w.source.publicQuote)
    return ` in ${name}, by ${whose} ("${clipQuote(w.quoted)}", ${w.source.url}; ${publicQuoteNote(w)})`;
  return w.basis === 'terms'
    ? ` in ${name}, by Microsoft's ${name} terms only ("${w.quoted}", ${w.source.url}): the dialog's exact ${name} wording is not confirmed, so this reading is a guess from those terms`
    : ` in ${name}, by Microsoft's ${name} wording ("${clipQuote(w.quoted)}", ${w.source.url}${w.source.machineTranslated ? '; a machine translation of the English page: Windows may word it a little differently' : ''})`;
}

/** A row's text read as a near quote (near-quote.ts): which text, how near, said. */
function nearQuoteNote(q: NonNullable<SentenceMatch['nearQuote']>): string {
  const changed = q.changes === 0 ? 'no word' : q.changes === 1 ? 'one word' : `${q.changes} words`;
  return `, as a near quote: the paste is not worded as that text ("${clipQuote(q.quoted)}") but carries ${Math.round(q.carried * 100)} % of its words, in its order (each weighed by how rare it is across the known texts), with ${changed} changed, missing or moved${q.cut ? ', and keeps only one end of it' : ''}; no other known text comes as close: read as that text, not word for word`;
}

/**
 * What a reading from public pages rests on: no Microsoft page in that language quotes the dialog, or (a wording
 * users meet beside Microsoft's, localized-common-dialogs.ts) Microsoft's pages in that language word it otherwise.
 */
function publicQuoteNote(w: LocalizedWording): string {
  const others = w.source.publicQuote?.also.length ?? 0;
  const pages = others === 0 ? 'one page only' : `${others + 1} pages written independently quote the same words`;
  const microsoft = LOCALIZED_SENTENCES.some(
    (o) => o.sentence === w.sentence && o.language === w.language && !o.source.publicQuote,
  );
  const said = microsoft
    ? "Microsoft's pages in that language word this dialog otherwise"
    : 'no Microsoft page in that language quotes this dialog';
  return `not a Microsoft page: ${said}; ${pages}`;
}

function clipQuote(text: string): string {
  return text.length > 140 ? `${text.slice(0, 137)}...` : text;
}

/** Which language the paste was read in, and from what. */
function languageNote(r: PasteReading): string {
  const name = LANGUAGE_NAMES[r.language ?? 'en'];
  const from = [
    r.languageFrom?.labels ? `its ${name} Event Viewer labels, read as the English ones` : '',
    r.sentences.some((m) => m.language === r.language) ? `its ${name} sentences` : '',
  ].filter(Boolean);
  return `Read as ${name}${from.length ? ` (${from.join('; ')})` : ''}: the answer below is in English, with the English meaning of each part.`;
}

/**
 * The sentence a paste is read by: one that stands for a code, else the most specific one recognized (not a
 * catch-all; of those, the one whose words matched the most of the paste).
 */
function chosenSentence(r: PasteReading): PasteReading['sentences'][number] {
  const specific = r.sentences.filter((m) => !m.sentence.generic).sort((a, b) => (b.matched ?? 0) - (a.matched ?? 0));
  return (
    r.sentences.find((m) => m.sentence.codeName && lookupCodeName(m.sentence.codeName)) ?? specific[0] ?? r.sentences[0]
  );
}

/**
 * The cause ids a known sentence's answer names, as the answer reads them: those its words state (`states`), then its
 * code's (by its symbolic name) and its event's. Empty only for a row that says what it is instead (`sentenceKind`).
 */
export function sentenceCauseIds(s: KnownSentence): CauseId[] {
  const match = s.codeName ? lookupCodeName(s.codeName) : undefined;
  const ofCode = !match
    ? []
    : match.table === 'avd'
      ? causesOfAvdError(match.name)
      : causesFor(match.table, match.code);
  const ofEvent = s.event ? causesOfEvent(s.event.id, s.event.provider) : [];
  return [...new Set([...(s.states ?? []), ...[...ofCode, ...ofEvent].map((c) => c.causeId)])];
}

/** What a sentence that points to no cause is: its own `kind`, else that of the code it stands for. */
export function sentenceKind(s: KnownSentence): RowKind | undefined {
  if (s.kind) return s.kind;
  const match = s.codeName ? lookupCodeName(s.codeName) : undefined;
  return match && match.table !== 'avd' ? match.kind : undefined;
}

/** A paste known by its sentence only: what it means, and the code or event it stands for. */
function sentenceBody(r: PasteReading, notes: string[]): Body {
  const first = chosenSentence(r);
  const s = first.sentence;
  notes.push(`Recognized ${s.what}${inLanguage(first)}${first.nearQuote ? ' (' : ', by its words ('}${s.source}).`);
  if (s.note) notes.push(s.note);
  if (s.languages) notes.push(s.languages);
  for (const other of r.sentences)
    if (other !== first) notes.push(`Also recognized ${other.sentence.what}: ${other.sentence.meaning}`);
  const reading = namedReading('sentence', s.id, s.meaning, s, []);
  const match = s.codeName ? lookupCodeName(s.codeName) : undefined;
  if (match && match.table !== 'avd') {
    notes.push(`It is the text of ${match.name} (${formatHex(match.code)}); the causes below are that code's.`);
    const body = explainSingle({ value: match.code, radix: 'hex', text: match.name }, undefined, notes, match.table);
    // The code is the reading (its table, its causes); the sentence's own meaning is the summary.
    return { ...body, summary: s.meaning };
  }
  // A sentence that stands for an AVD error (read by name) has that error's causes; an event's message, the event's.
  const eventCauses =
    match?.table === 'avd' ? causesOfAvdError(match.name) : s.event ? causesOfEvent(s.event.id, s.event.provider) : [];
  const causes = merge([
    {
      causes: eventCauses,
      label: match?.table === 'avd' ? match.name : s.event ? `${s.event.provider} ${s.event.id}` : s.id,
    },
  ]);
  return finish({
    summary: s.meaning,
    primary: undefined,
    extended: undefined,
    other: { ...reading, causeIds: causes.map((c) => c.causeId) },
    otherReadings: [],
    phases: undefined,
    causes,
    known: true,
    notes,
  });
}

function clipText(text: string): string {
  const plain = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
  return plain.length > 80 ? `${plain.slice(0, 77)}...` : plain;
}

/** The answer to what was read: its body, each note once, the confidence legend. */
function answered(input: CodeExplanation['input'], body: Body): CodeExplanation {
  return { input, ...body, notes: dedupe(body.notes), confidenceTags: { ...CONFIDENCE_LEGEND } };
}

/**
 * A sentence is read by its own meaning first: the causes its text states (`states`) lead the likely causes, those of
 * its code or event follow. A stated cause the code does not point to is added, with the sentence as its why.
 */
function statedCausesFirst(body: Body, sentences: readonly SentenceMatch[], text?: string): Body {
  // A catch-all's causes give way to anything more specific read with it: a sentence recognized with it (its words are
  // that one's opening), or a code or event whose causes the answer already ranks (the dialog's Error code beside it).
  const specific = sentences.some((m) => !m.sentence.generic) || body.likelyCauses.length > 0;
  const stated = [
    ...authenticationDialog(body, text),
    ...sentences
      .filter((m) => !(specific && m.sentence.generic))
      .flatMap((m) => (m.sentence.states ?? []).map((id) => ({ id, m }))),
  ];
  if (stated.length === 0 || body.likelyCauses.some((c) => c.causeId === UNEXPLAINED)) return body;
  const first: LikelyCause[] = [];
  for (const { id, m } of stated) {
    if (first.some((c) => c.causeId === id)) continue;
    first.push(statedCause(id, m.sentence, body.likelyCauses.find((c) => c.causeId === id)?.phase));
  }
  const likelyCauses = [...first, ...body.likelyCauses.filter((c) => !first.some((f) => f.causeId === c.causeId))];
  return {
    ...body,
    likelyCauses,
    logsToCheck: collectLogs(
      likelyCauses.map((c) => c.causeId),
      false,
    ),
  };
}

/** A cause a sentence's own text states, ranked on its words; its phase the code's reading gave, else the pattern's. */
function statedCause(id: CauseId, s: KnownSentence, phase?: LikelyCause['phase']): LikelyCause {
  return {
    causeId: id,
    why: `The text itself says it (${s.what}): ${s.meaning}`,
    confidence: s.confidence,
    phase: phase ?? patternById(id)?.phase ?? 'connection',
    fitsPhase: true,
  };
}

/**
 * The "authentication error" dialog around an SSPI status (its code or its message text) whose own causes leave NLA
 * out, or a failure status that points to no cause (a COM or RPC HRESULT the dialog shows): the dialog's causes
 * (CredSSP, the saved credentials) lead; the status alone keeps its reading.
 */
function authenticationDialog(body: Body, text: string | undefined): { id: CauseId; m: SentenceMatch }[] {
  if (text === undefined || body.other?.table !== 'sspi') return [];
  const failure = body.other.value >= 0x8000_0000;
  if (body.likelyCauses.length === 0 && !failure) return [];
  if (body.likelyCauses.some((c) => c.causeId === credsspNla.id) || !holdsAuthenticationTitle(text)) return [];
  const m: SentenceMatch = { sentence: AUTHENTICATION_DIALOG, language: 'en' };
  return (AUTHENTICATION_DIALOG.states ?? []).map((id) => ({ id, m }));
}

/**
 * A failure status no table holds in the "authentication error" dialog ("An authentication error has occurred (Code:
 * 0x80010105)", "发生身份验证错误（代码：0x…）"): the dialog says where it failed, Network Level Authentication before
 * any session, so its causes are read; the status stays unknown.
 */
function authenticationDialogAround(body: Body, value: number): Body {
  const d = AUTHENTICATION_DIALOG;
  const ids = d.states ?? [];
  return {
    ...body,
    summary: `${body.summary} The "authentication error" dialog around it: ${d.meaning}`,
    likelyCauses: ids.map((id) => statedCause(id, d)),
    logsToCheck: collectLogs(ids, false),
    notes: [
      ...body.notes,
      `${formatHex(value)} is not in our tables; the dialog's title says the failure came from Network Level Authentication (CredSSP), before any session.`,
    ],
  };
}

function explainPair(code: ReadCode, ext: ReadCode, notes: string[]): Body {
  const primaryEntry = lookupDisconnectReason(code.value);
  const extendedEntry = lookupExtendedReason(ext.value);
  const primary = primaryEntry && toValue(primaryEntry, 'mstsc');
  const extended = extendedEntry && toValue(extendedEntry, 'mstscExtended');
  if (!primaryEntry) notes.push(...unknownPrimaryNotes(code));
  if (!extendedEntry) notes.push(...unknownExtendedNotes(ext));

  const combination = findCombination(code.value, ext.value);
  if (primaryEntry?.notAnError) notes.push(`Microsoft marks ${formatHex(primaryEntry.code)} "not an error code".`);
  // A non-zero extended code is the server's own reason: it decides for a primary code that only says the
  // connection ended (0x3 by the server, 0x904 socket closed).
  const extendedDecides = extendedEntry !== undefined && ext.value !== 0 && primaryEntry?.extendedMatters === true;
  const phases: readonly ProtocolPhase[] | undefined = combination
    ? combination.phases
    : extendedEntry && ext.value !== 0
      ? (extendedEntry.phases ?? AFTER_HANDSHAKE)
      : primaryEntry?.phases;

  let causes: Ranked[];
  if (combination) {
    notes.push(...combination.notes);
    causes = causesOfPair(combination.primary, combination.extended).map((c) => ({ ...c }));
  } else {
    if (primaryEntry?.note && !extendedDecides) notes.push(primaryEntry.note);
    if (extendedEntry?.note) notes.push(extendedEntry.note);
    if (extendedDecides && primaryEntry)
      notes.push(
        `${formatHex(primaryEntry.code)} only says the connection ended; the extended code ${formatHex(ext.value)} is the server's reason, so the causes below are those of the extended code alone.`,
      );
    causes = merge([
      ...(extendedEntry
        ? [
            {
              causes: causesOfCode('mstscExtended', extendedEntry.code),
              label: `extended code ${formatHex(extendedEntry.code)} (${extendedEntry.name})`,
            },
          ]
        : []),
      ...(primaryEntry && !extendedDecides
        ? [
            {
              causes: causesOfCode('mstsc', primaryEntry.code),
              label: `error code ${formatHex(primaryEntry.code)} (${primaryEntry.name})`,
            },
          ]
        : []),
    ]);
  }
  if (phases?.every((p) => AFTER_HANDSHAKE.includes(p))) notes.push(POST_HANDSHAKE_NOTE);

  const known = primaryEntry !== undefined || extendedEntry !== undefined;
  const summary = combination
    ? combination.summary
    : primaryEntry && extendedEntry
      ? `${primaryEntry.meaning} The server's reason: ${extendedEntry.meaning}`
      : primaryEntry
        ? primaryEntry.meaning
        : extendedEntry
          ? `Error code ${formatHex(code.value)} is not in our tables. The server's reason: ${extendedEntry.meaning}`
          : `Error code ${formatHex(code.value)} (${code.value}) is not in our tables.`;
  return finish({ summary, primary, extended, otherReadings: [], phases, causes, known, notes });
}

/** A code given by its symbolic name, read in the table that names it; undefined when no table does. */
function explainName(text: string): CodeExplanation | undefined {
  const name = readCodeName(text);
  // An AVD name the table lacks is read by the documented error of its family (its first words), said as such.
  const family = name === undefined || lookupCodeName(name) ? undefined : lookupAvdFamily(name);
  const match: NameMatch | undefined = family
    ? { table: 'avd', error: family.error, name: family.error.name }
    : name === undefined
      ? undefined
      : lookupCodeName(name);
  if (!match) return undefined;
  const notes = [`Read by its name: ${match.name}.`];
  if (family)
    notes.push(
      `${match.name} is not in our table of Azure Virtual Desktop errors; it is read as ${family.like}, whose family its first words name. Treat the reading as a lead to check, not a verdict.`,
    );
  let body: Body;
  if (match.table === 'avd') {
    const e = match.error;
    const numeric = e.numeric === undefined ? undefined : e.numeric >>> 0;
    const causes = merge([
      {
        causes: causesOfAvdError(family?.like ?? e.name).map((c) => (family ? { ...c, confidence: 'SP' as const } : c)),
        label: e.name,
      },
    ]);
    const reading: CodeValue = {
      table: 'avd',
      tableLabel: TABLE_LABEL.avd,
      value: numeric ?? 0,
      hex: numeric === undefined ? '' : formatHex(numeric),
      decimal: e.numeric ?? 0,
      name: e.name,
      meaning: e.meaning,
      confidence: e.confidence,
      source: e.source,
      byName: true,
      causeIds: causes.map((c) => c.causeId),
      ...(e.note ? { note: e.note } : {}),
    };
    if (e.note) notes.push(e.note);
    if (e.numeric !== undefined)
      notes.push(
        `The diagnostics show it beside the numeric code ${e.numeric} (${formatHex(e.numeric >>> 0)}), which other errors share: the name, not the number, says what happened.`,
      );
    notes.push(
      "It comes from the Azure Virtual Desktop service (broker, gateway, session host agent), not from a Windows event of the host alone: Log Analytics (WVDErrors, WVDConnections) for the host pool shows it with its correlation id; the session host's RdpCoreTS and the client's RDPClient logs show the same connection.",
    );
    body = finish({
      summary: e.meaning,
      primary: undefined,
      extended: undefined,
      other: reading,
      otherReadings: [],
      phases: e.phases,
      causes,
      known: true,
      notes,
    });
  } else body = explainSingle({ value: match.code, radix: 'hex', text: match.name }, undefined, notes, match.table);
  return answered({ code: match.name }, body);
}

function explainSingle(
  code: ReadCode,
  context: DialogContext | undefined,
  notes: string[],
  table: ReadingTable | undefined = context && CONTEXT_TABLE[context],
  unnamed: readonly ReadingTable[] = [],
): Body {
  const order = (table ? [table] : code.value >= 0x80000000 ? LARGE_ORDER : SMALL_ORDER).filter(
    (t) => !unnamed.includes(t),
  );
  const { main, otherReadings } = readingsOfNumber(code.value, order, table, unnamed, notes);
  if (!main) return unknownNumber(code, context, order, unnamed, otherReadings, notes);

  const entry = LOOKUP[main.table](code.value) as Found & {
    extendedMatters?: boolean;
    notAnError?: boolean;
    phases?: readonly ProtocolPhase[];
  };
  notes.push(...entryNotes(main, entry, context));
  const phases = main.table === 'mstscExtended' ? (entry.phases ?? AFTER_HANDSHAKE) : entry.phases;
  if (main.table === 'mstscExtended' && phases?.every((p) => AFTER_HANDSHAKE.includes(p)) && code.value !== 0)
    notes.push(POST_HANDSHAKE_NOTE);

  const value = { ...main, causeIds: causesFor(main.table, code.value).map((c) => c.causeId) };
  const causes = merge([{ causes: causesFor(main.table, code.value), label: `${main.hex} (${main.name})` }]);
  // The "protocol error" dialog's code: the answer says so in the dialog's words, then what the code means.
  const said = context === 'protocol' ? `A protocol error ended the session (code ${main.hex}, ${main.name}). ` : '';
  return finish({
    summary: `${said}${main.meaning}`,
    primary: main.table === 'mstsc' ? value : undefined,
    extended: main.table === 'mstscExtended' ? value : undefined,
    other: main.table === 'mstsc' || main.table === 'mstscExtended' ? undefined : value,
    otherReadings,
    phases,
    causes,
    known: true,
    notes,
  });
}

/**
 * A number's reading in the tables of `order` (an exact entry before a block), and the same number in the other
 * tables (none where the table is given). A number only another table holds is read there; a number several
 * tables hold is said to need its label. The notes say both.
 */
function readingsOfNumber(
  value: number,
  order: readonly ReadingTable[],
  table: ReadingTable | undefined,
  unnamed: readonly ReadingTable[],
  notes: string[],
): { main: CodeReading | undefined; otherReadings: CodeReading[] } {
  // An exact entry is the reading; a block (the protocol-error range) only when nothing else has the number.
  const readings = order
    .flatMap((table) => {
      const found = LOOKUP[table](value);
      return found ? [toReading(found, table)] : [];
    })
    .sort((a, b) => Number(a.range !== undefined) - Number(b.range !== undefined));
  let main = readings[0];
  let otherReadings = table
    ? []
    : OTHER_ORDER.concat(LARGE_ORDER)
        .filter((table, i, all) => all.indexOf(table) === i && table !== main?.table && !unnamed.includes(table))
        .flatMap((table) => {
          const found = LOOKUP[table](value);
          // A block reading (protocol range) says little next to an exact one.
          return found && !(found.range && main) ? [toReading(found, table)] : [];
        });

  // Held by no table of the first order but by another (0x25 is only a Kerberos code): that one is the reading.
  if (!main && otherReadings.length > 0) {
    main = otherReadings[0];
    otherReadings = otherReadings.slice(1);
    notes.push(`${main.hex} is in no table of the Remote Desktop dialogs; it is read as ${main.tableLabel}.`);
  }
  if (main && otherReadings.length > 0)
    notes.push(
      `The number alone does not say its table: it is read first as ${main.tableLabel}, and it is also ${otherReadings
        .map((r) => `${r.name} in ${r.tableLabel}`)
        .join(
          '; ',
        )}. What tells them apart is where it was shown: paste the line with its label (Extended error code:, Failure Code:, Result Code:, Status:, reason code) or the dialog's text.`,
    );
  return { main, otherReadings };
}

/** A number no table holds: what was set aside and why, what the dialog's codes near it mean, which label helps. */
function unknownNumber(
  code: ReadCode,
  context: DialogContext | undefined,
  order: readonly ReadingTable[],
  unnamed: readonly ReadingTable[],
  otherReadings: CodeReading[],
  notes: string[],
): Body {
  const setAside = order.length === 0 ? [] : unnamed.filter((t) => LOOKUP[t](code.value));
  if (setAside.length > 0)
    notes.push(
      `${formatHex(code.value)} is not read as ${setAside.map((t) => `${TABLE_LABEL[t]} (${LOOKUP[t](code.value)?.name})`).join(' or ')}: nothing in the text names ${setAside.map((t) => (t === 'tlsAlert' ? 'TLS, SSL or Schannel' : 'Kerberos')).join(' or ')}, and a number is read there only beside their words (Schannel's or OpenSSL's alert, a KDC's code): in another product's message it is that product's own code.`,
    );
  if (context === 'protocol') notes.push(...unknownExtendedNotes(code));
  else notes.push(...unknownPrimaryNotes(code));
  notes.push(
    'Nothing in our tables holds this number. A label would tell which table to read it in: the dialog\'s "Error code" or "Extended error code", a 4625\'s Status / Sub Status, a 4768/4771 Result / Failure Code, a Schannel AlertDesc, or the dialog\'s whole text.',
  );
  return finish({
    summary: `Code ${formatHex(code.value)} (${code.value}) is not in our tables.`,
    primary: undefined,
    extended: undefined,
    otherReadings,
    phases: undefined,
    causes: [],
    known: false,
    notes,
  });
}
