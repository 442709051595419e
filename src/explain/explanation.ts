/**
 * The answer of `explain-code` (its JSON shape, the stable contract the page and scripts read) and the words that
 * name each table a number is read in.
 */
import type { Confidence, ProtocolPhase } from '../../patterns/codes/index.js';
import type { CodeCause, SingleCodeTable } from '../../patterns/code-causes.js';
import type { CauseId } from '../../patterns/index.js';
import type { Machine } from '../model/channels.js';
import type { PasteReading } from './paste-reader.js';
import type { SentenceLanguage } from './tables/sentences/sentences.js';

/**
 * A table a code can be read in: the patterns' code tables, the event ids users quote, and the Azure Virtual
 * Desktop / Windows 365 error names (read by name only: several names share one number).
 */
export type ReadingTable =
  | SingleCodeTable
  | 'event'
  | 'avd'
  | 'kerberos'
  | 'sentence'
  | 'clientApp'
  | 'setting'
  | 'commandOutput'
  /** The service control manager's errors (1051-1079): read where a service's start or its name says so. */
  | 'win32Service';

/** One reading of a number in one code table. */
export interface CodeReading {
  /** The table, as the patterns' `codes` name it (`event`: an event id). */
  table: ReadingTable;
  /** Where a user meets numbers of this table. */
  tableLabel: string;
  /** Unsigned numeric value. */
  value: number;
  /** `0x904`. */
  hex: string;
  /** 2308. */
  decimal: number;
  name: string;
  meaning: string;
  /** Confidence of the meaning: MS (Microsoft-documented), WR (widely reported), SP (speculative). */
  confidence: Confidence;
  /** Where the meaning comes from. */
  source: string;
  note?: string;
  /** Set when the value matched a documented range rather than an exact entry. */
  range?: { from: number; to: number };
  /** A code known by its name only (an Azure Virtual Desktop error): `value` is then not its code. */
  byName?: boolean;
}

/** One decoded code of the dialog, with the causes its table links it to. */
export interface CodeValue extends CodeReading {
  causeIds: readonly CauseId[];
}

export interface LikelyCause {
  causeId: CauseId;
  /** Why it fits and which log confirms it. */
  why: string;
  /** Confidence of the link between the code(s) and this cause. */
  confidence: Confidence;
  /** The protocol phase in which the cause acts. */
  phase: ProtocolPhase;
  /**
   * False when the cause acts in a phase the code cannot come from: named by forum reports for this code, not
   * allowed by the protocol (listed after the others).
   */
  fitsPhase: boolean;
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
  /** The dialog's "Error code" as the primary table reads it. */
  primary: CodeValue | undefined;
  /** The dialog's "Extended error code" (or a protocol-error code typed alone). */
  extended: CodeValue | undefined;
  /** A single number's reading from another table (HRESULT, NTSTATUS, FailureReason, LSM 40 reason…). */
  other?: CodeValue;
  /** The same number in the other tables, for a single number typed without context. */
  otherReadings: CodeReading[];
  /** The protocol phases the code can come from; absent when the code does not say. */
  phases?: ProtocolPhase[];
  /** Ranked: first the causes of a phase the code can come from, then the others (`fitsPhase` false). */
  likelyCauses: LikelyCause[];
  logsToCheck: LogToCheck[];
  notes: string[];
  /** What the confidence tags mean. */
  confidenceTags: Record<Confidence, string>;
  /** How a pasted text was read: its form and every part decoded, each with the label or sentence it came from. */
  paste?: PasteSummary;
}

/** One decoded part of a paste: a number with its label, or a known sentence. */
export interface PastePart {
  /** The label or sentence it came from, in the user's words ("Failure Code", 'the sentence "…" (de)'). */
  from: string;
  /** The table it was read in; absent when no table holds it. */
  table?: ReadingTable;
  tableLabel?: string;
  /** As pasted (`0x18`), or the sentence's id. */
  text: string;
  hex?: string;
  decimal?: number;
  name?: string;
  meaning?: string;
  confidence?: Confidence;
  source?: string;
  /** For a sentence: the language its words were matched in. */
  language?: SentenceLanguage;
  /** For a sentence in another language: the localized Microsoft page its wording was recognized by. */
  wordingSource?: string;
  /** The wording comes from public pages quoting the dialog, not from Microsoft (none in that language quotes it). */
  wordingNotMicrosoft?: true;
}

export interface PasteSummary {
  form: PasteReading['form'];
  /** The language the paste was recognized in, when not English (its labels or its sentences). */
  language?: string;
  eventId?: number;
  source?: string;
  parts: PastePart[];
  /** What was read differently from how it was typed. */
  slips: string[];
  /** Numbers set aside, and why (an address, a version, a list marker…). */
  ignored: string[];
  /** The event whose description (message text) the paste is, recognized by its row's message template. */
  description?: PastedDescriptionSummary;
}

export interface PastedDescriptionSummary {
  eventId: number;
  provider: string;
  /** The event as rdpdiag names it ("LSM 21") and the log it is in. */
  name: string;
  log: string;
  meaning: string;
  /** Its fields read back from the template, by the names of the event's XML. */
  fields: Record<string, string>;
  /** Read by its lead in another language (pasted-event-leads.ts): the language's name and the page quoting that lead. */
  localized?: { language: string; url: string };
}

export const TABLE_LABEL: Record<ReadingTable, string> = {
  event: 'an event id users quote (TermDD, Schannel, Security)',
  mstsc: 'the Remote Desktop dialog\'s "Error code" (RDPClient 1026 logs it in decimal)',
  mstscExtended:
    'the dialog\'s "Extended error code": the reason the server sent in its Set Error Info PDU (also the code of a "protocol error" dialog)',
  sspi: 'HRESULT / SSPI status ("An authentication error has occurred (Code: …)", RdpCoreTS 139, Schannel, LsaSrv)',
  ntstatus: 'NTSTATUS (Security 4625 Status / SubStatus)',
  failureReason: 'Security 4625 FailureReason (%%NNNN)',
  lsm40: 'LocalSessionManager 40 reason code',
  win32: 'Win32 error (RdpCoreTS 142/143 error; the low word of an 0x8007xxxx HRESULT)',
  win32Service:
    "Win32 service control error (net start's System error, sc's FAILED, the Services console, the Service Control Manager's events)",
  tlsAlert: 'TLS alert (Schannel 36887/36888 AlertDesc)',
  schannel: 'Schannel internal error state (36870/36871/36888)',
  gateway:
    "RD Gateway status E_PROXY_* (MS-TSGU): the client gets the HRESULT, the gateway's events log its low word in decimal (23003)",
  avd: "Azure Virtual Desktop / Windows 365 connection error (Log Analytics WVDErrors CodeSymbolic, the client's error details)",
  kerberos:
    'Kerberos error code (a domain controller\'s 4768 "Result Code", 4769/4771 "Failure Code"; `Status` in their XML)',
  sentence: 'a sentence of a Remote Desktop dialog or of an event message, recognized by its words',
  clientApp: 'the error code of the Windows App / Remote Desktop client on macOS, iOS, Android or the web',
  setting:
    "a Remote Desktop setting as `reg query`, a .reg file or Get-ItemProperty shows it (a setting's value, not an error code)",
  commandOutput:
    "a command's output (qwinsta, quser, certutil, netstat, Test-NetConnection, ping, nslookup, sc, Get-Service, a certificate or registry listing, Get-AzWvdSessionHost): read for what it shows, its numbers not looked up as codes",
};

/** A table's entry for a number: what the reading says of it, and the code it is listed under. */
export interface Found extends Pick<CodeReading, 'name' | 'meaning' | 'confidence' | 'source' | 'note' | 'range'> {
  code: number;
}

/** The input code of an answer read from a description in the user's words. */
export const DESCRIBED = 'description';

export type Body = Omit<CodeExplanation, 'input' | 'confidenceTags'>;

export interface Ranked extends CodeCause {
  why?: string;
}
