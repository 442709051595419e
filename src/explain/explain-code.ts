/**
 * `rdpdiag explain-code`: decode what a Remote Desktop dialog shows (the two numbers "Error code: 0x904, Extended
 * error code: 0x7", one number, an HRESULT, a gateway code, a protocol-error code, or the dialog's text pasted),
 * say which table each reading comes from, rank the plausible causes by the protocol phase the code can come from,
 * and say which logs confirm each. The knowledge lives in patterns/codes/; this module parses (dialog-input.ts),
 * looks up, merges and renders. Here: which reading answers, tried in order (`explainWhole`, `explainPaste`), and a
 * paste's codes; each way of answering in its own module: a number (number-reading.ts), a paste's parts
 * (paste-parts.ts), a sentence (sentence-answer.ts), an event (event-answer.ts), a name (name-reading.ts), command
 * output and settings (output-answer.ts), another subsystem's text (other-subsystem-answer.ts), the user's words
 * (description-answer.ts).
 */
import { formatHex, parseCode, type RowKind } from '../../patterns/codes/index.js';
import type { KnownSentence } from './tables/sentences/known-sentence.js';
import { lookupCodeName, lookupRdpEvent } from './tables/index.js';
import { causesOfAvdError } from '../../patterns/code-causes.js';
import type { CauseId } from '../../patterns/index.js';
import { channelNamed, exportCommandFor } from '../model/channels.js';
import { MAX_VALUE_CHARS } from '../model/value-length.js';
import { readDialogInput } from './dialog-input.js';
import { keepsNegations, repairRetyped } from './retyped-text.js';
import { eventListAsBlock, unquotedPaste } from './paste-forms.js';
import { readDescription } from './described-reading.js';
import { readAdvice } from './reading-advice.js';
import { PROPOSAL_SAID, proposesOnly } from './tables/own-words/described-proposal.js';
import { readAdminOutput } from './tables/command-output/admin-output.js';
import { readConsoleOutput } from './tables/command-output/console-output.js';
import { readServiceControl } from './tables/command-output/service-control.js';
import { readCommandOutput } from './tables/command-output/command-output.js';
import { readRegistryState } from './tables/command-output/registry-state.js';
import { readOtherRegistryValues, readRdpSettings } from './tables/command-output/rdp-settings.js';
import { otherSubsystemOf, otherSubsystemOverSentences } from './tables/other-products/other-subsystems.js';
import { holdsSecurityScan } from './tables/command-output/port-probes.js';
import { printedStatusNames } from './tables/codes/status-names.js';
import { FREERDP_CONNECT_CLASS, FREERDP_CONNECT_ERRORS } from './tables/program-logs/third-party-clients.js';
import { holdsAuthenticationTitle, phraseIsTheDialog, phraseSetAside } from './tables/sentences/sentences.js';
import { type CodeExplanation, TABLE_LABEL } from './explanation.js';
import { answered, causesFor, causesOfEvent, readFromTextNote, readingNotes, saidOnly } from './answer.js';
import {
  adviceBeyondFirstSentence,
  adviceOrdersCauses,
  explainAdvice,
  explainDescription,
  failureLinesDescription,
  serviceNamedBeside,
  logPastedWhole,
  reasonAfterCatchAll,
} from './description-answer.js';
import { explainPastedEvent, pastedEventRow, withEventCauses } from './event-answer.js';
import { explainAvdLikeName, explainName, explainSymbolWithNumber, explainSymbolicName } from './name-reading.js';
import { LOOKUP, explainPair, explainSingle } from './number-reading.js';
import {
  inOtherSubsystem,
  inProductOverSentence,
  messageOfQuotedCode,
  namesNoSubsystem,
  statusInProgramFrame,
  unknownOutsideRemoteDesktop,
} from './other-subsystem-answer.js';
import {
  explainCommandOutput,
  explainOutputSentence,
  explainRegistryValues,
  explainSettings,
  outputBesideSentence,
  serviceBesideFailure,
  settingBesideFailure,
} from './output-answer.js';
import {
  NOTE_LABEL,
  ROLE_ORDER,
  type ReadPaste,
  contextOf,
  partOf,
  readCodeOf,
  readPasteParts,
} from './paste-parts.js';
import { addSentenceNotes, authenticationDialogAround, chosenSentence, sentenceBody } from './sentence-answer.js';

const USAGE =
  "Give it as the Remote Desktop dialog shows it (hexadecimal, e.g. 0x904, with the extended code after it) or as RDPClient event 1026 logs it (decimal, e.g. 2308); an HRESULT (0x80090304), an NTSTATUS (0xC000006D), a FailureReason (%%2313) or the dialog's text in quotes also work.";

/**
 * Explain what the dialog showed: `code` is its "Error code" (or the only number, or pasted text), `extended` its
 * "Extended error code". Unknown codes give a "not in our tables" explanation; input with no code in it throws an
 * Error worded for the user.
 */
export function explainCode(code: string, extended?: string): CodeExplanation {
  // Bounded as a log's value is (MAX_VALUE_CHARS): a longer paste is read by its start, said.
  const given = code.length + (extended?.length ?? 0);
  if (given <= MAX_VALUE_CHARS) return extended === undefined ? orAsRetyped(code) : explainWhole(code, extended);
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
 * A paste no reading answers, read as a known text retyped or decoded with the wrong code page (retyped-text.ts): a
 * slip, run-together or split word, a screenshot's OCR, mojibake, full-width forms, a machine translation's garble.
 * Only a paste no reading names a cause for; the repaired text's reading only when it names causes or reads a known
 * sentence, said so.
 */
function orAsRetyped(code: string): CodeExplanation {
  let own: CodeExplanation | undefined;
  let refusal: unknown;
  try {
    own = explainWhole(code);
    if (own.likelyCauses.length > 0) return own;
  } catch (e) {
    if (!(e instanceof Error) || !/holds no code or known sentence/.test(e.message)) throw e;
    refusal = e;
  }
  const retyped = repairRetyped(code);
  let read: CodeExplanation | undefined;
  try {
    read = retyped ? explainWhole(retyped.text) : undefined;
  } catch {
    read = undefined;
  }
  // A refusal gives way to causes or a known sentence the repair reveals; an answer of its own that names no cause
  // (another product's code, an event read as informational) only to a known sentence it did not read.
  const sentences = (read?.paste?.parts ?? []).filter((p) => p.table === 'sentence');
  // A sentence read keeps its row's negations (retyped-text.ts keepsNegations): at least one of those read does.
  const negationsKept =
    sentences.length === 0 || sentences.some((p) => !retyped || keepsNegations(retyped.text, p.text, p.language));
  const revealed = read && (read.likelyCauses.length > 0 || sentences.length > 0) && negationsKept;
  const reveals = revealed && (!own || (read && readsSentence(read) && !readsSentence(own)));
  if (retyped && read && reveals) {
    const said = `Read as the text retyped or garbled: ${retyped.said.join('; ')}.`;
    return { ...read, notes: [said, ...read.notes] };
  }
  if (own) return own;
  throw refusal;
}

/** An answer that read a known sentence (a dialog's or an event's text) among its parts. */
function readsSentence(e: CodeExplanation): boolean {
  return e.paste?.parts.some((p) => p.table === 'sentence') ?? false;
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
 * A FreeRDP connect error given by a name FreeRDP does not have and its number ("ERRCONNECT_TLS_FAILED (0x00000008)",
 * as Devolutions' Remote Desktop Manager for macOS prints it; r29-h60w): the number is the error's in FreeRDP's connect
 * class (0x0002000N or its low word N), read as the error FreeRDP gives that number, said so. A name FreeRDP has, with
 * its own number, is read by the name (never the Windows client's extended reason of the same number, which the class
 * rules out); a number no connect error has is left to the other readings.
 */
function freerdpConnectErrorByNumber(text: string): CodeExplanation | undefined {
  const m = LOOSE_ERRCONNECT.exec(text.trim());
  if (!m?.[1] || !m[2]) return undefined;
  const given = `ERRCONNECT_${m[1].toUpperCase()}`;
  const value = Number.parseInt(m[2], 16);
  const low = value >= FREERDP_CONNECT_CLASS && value < FREERDP_CONNECT_CLASS + 0x10000 ? value & 0xffff : value;
  // A name FreeRDP has, with its own number: read by the name alone (the number is that name's, never another table's).
  const named = FREERDP_CONNECT_ERRORS.find((e) => `ERRCONNECT_${e.suffix}` === given);
  if (named) return named.value === low ? explainWhole(given) : undefined;
  const row = FREERDP_CONNECT_ERRORS.find((e) => e.value === low);
  if (!row) return undefined;
  const e = explainWhole(`ERRCONNECT_${row.suffix}`);
  const said = `${given} is not a name FreeRDP has: its number ${formatHex(low)} in FreeRDP's connect class (0x${(FREERDP_CONNECT_CLASS + low).toString(16).toUpperCase().padStart(8, '0')}) is ERRCONNECT_${row.suffix}, read as that.`;
  return { ...e, notes: [said, ...e.notes] };
}

/** "ERRCONNECT_NAME (0x…)" or "[0x…]" alone: the name's letters, the number; bounded. */
const LOOSE_ERRCONNECT = /^ERRCONNECT_([A-Z][A-Z_]{1,40})\s{0,3}[([]\s{0,3}0x([0-9a-f]{1,8})\s{0,3}[)\]]$/i;

/**
 * FreeRDP's class 2 (ERRCONNECT) in the high word, written with its 0x or its eight digits (`FREERDP_CONNECT_CLASS`).
 * Its class 1 alone (0x0001xxxx) is not read so: Splashtop's table and NTSTATUS's debugger codes share the form.
 */
const FREERDP_COMPOSITE = /^(?:0x0{0,3}2|0002)[0-9a-f]{4}$/i;

/** A CredSSP line naming the server's error code, then an NTSTATUS error value (with or without 0x); bounded. */
const CREDSSP_SERVER_STATUS =
  /\b(?:credssp|tsrequest|tscredentials)\b[^\n]{0,80}?\berror ?code\s{0,3}[=:]\s{0,3}(?:0x)?(c0[0-9a-f]{6})\b/i;

/** The extended reason that says there is none: the server sent no error-info (ExtendedDisconnectReasonCode 0). */
const NO_INFO_NAME = 'exDiscReasonNoInfo';

/**
 * Whether a code read by its name is the extended reason 0, "no information" (round 33): printed beside a disconnect
 * reason and its message ("…, Reason: 4871, ExtendedReason exDiscReasonNoInfo"), it tells nothing, and the paste's
 * reason and sentence are read instead; typed alone, it is what the user asks about.
 */
const noInformationName = (e: CodeExplanation): boolean =>
  [e.primary, e.extended, e.other].some((v) => v?.name === NO_INFO_NAME);

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
  const looselyNamed = extended === undefined ? freerdpConnectErrorByNumber(code) : undefined;
  if (looselyNamed) return looselyNamed;
  // An informational status's name (SEC_I_CONTINUE_NEEDED: "not an error") on one line of a longer log is a step
  // that went on, never what the log says failed: the rest of the paste is read.
  const stepOnly = /\bSEC_I_[A-Z_]{4,40}\b/.test(code) && code.trim().includes('\n');
  // A scan's report of the listener's protocols (rdp-sec-check) names RDP_NEG_FAILURE codes as its answers: read as
  // the scan it is (port-probes.ts), not by those names.
  const scan = holdsSecurityScan(code);
  const named =
    (extended === undefined || extended.trim() === '') && !stepOnly && !scan ? explainName(code) : undefined;
  // A code's name quoted in the words of another subsystem ("`STATUS_LOGON_TYPE_NOT_GRANTED` … an S4U logon, which is
  // what SSH key auth uses"): that subsystem's error, the name still decoded, as a number quoted there is.
  const namedOther = named ? otherSubsystemOf(code) : undefined;
  if (named && !(noInformationName(named) && code.trim() !== NO_INFO_NAME))
    return namedOther ? inOtherSubsystem(named, namedOther) : named;
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

/** A pasted text: read in layers (paste-reader.ts), its most specific code explained, every part said. */
function explainPaste(pasted: string): CodeExplanation {
  // Get-WinEvent's Format-List read as the Event Viewer block it is (its Message the description, its record's
  // numbers dropped), by every reader below; a paste quoted whole ("> " before each line) as the text it quotes.
  const text = eventListAsBlock(unquotedPaste(pasted));
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
  // A scan's report holds the negotiation failures it asked for (rdp-sec-check): they are its answers, not a failure.
  if (commandOutput?.command === 'rdp-sec-check') return explainCommandOutput(commandOutput);
  if (commandOutput)
    return serviceBesideFailure(text, commandOutput) ?? outputBesideSentence(explainCommandOutput(commandOutput), text);
  const paste = readPasteParts(text);
  const symbolic = explainSymbolWithNumber(paste);
  if (symbolic) return symbolic;
  const { r, notes } = paste;
  // A feature request or release notes quoting a known message: discussed, not seen (round 29, described-proposal.ts).
  if (r.sentences.length > 0 && proposesOnly(text.toLowerCase().replace(/\s+/g, ' '))) {
    const { sentence } = chosenSentence(r);
    // Not `finish`: it would rank the causes the quoted message states, which this paste does not report.
    return {
      ...answered({ code: sentence.id }, saidOnly(`${PROPOSAL_SAID} It names ${sentence.what}.`, notes)),
      paste: paste.summary,
    };
  }
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
  if (byCodes) return byCodesAnswer(paste, byCodes, other, text);
  // An Event Viewer block whose own header names the event its sentence is the message of, an event of rdpdiag's event
  // table: read as that event, whose row names it and its fields (the sentence says no more).
  const sameEvent =
    r.eventId !== undefined &&
    r.sentences.length > 0 &&
    r.sentences.every((m) => m.sentence.event?.id === r.eventId) &&
    !lookupRdpEvent(r.eventId) &&
    pastedEventRow(r.eventId, r.source) !== undefined;
  if (sameEvent) return explainPastedEvent(paste) as CodeExplanation;
  if (r.sentences.length > 0) return bySentences(paste, text, other);
  const byName = explainSymbolicName(paste) ?? explainAvdLikeName(paste) ?? explainPastedEvent(paste);
  if (byName && !other && byName.likelyCauses.length === 0) return statedReasonBeside(paste, text) ?? byName;
  if (byName) return other ? inOtherSubsystem(byName, other) : byName;
  if (other && !other.quotedCodesOnly)
    return inOtherSubsystem(paste.finish({ code: other.id }, saidOnly('', notes)), other);
  return describedOrAdvised(paste, lines, text);
}

/**
 * A paste no table reads: a log pasted whole by its error lines, the message's own advice after the failure it
 * states (reading-advice.ts, round 33: the program's suspect), the user's own words; none, and it is refused.
 */
function describedOrAdvised(paste: ReadPaste, lines: readonly string[], text: string): CodeExplanation {
  const inLog = logPastedWhole(lines);
  const advised = inLog ? undefined : readAdvice(text);
  if (advised) return explainAdvice(paste, advised, text);
  const described = inLog ? failureLinesDescription(lines, text) : readDescription(text);
  if (described) return explainDescription(paste, described, inLog ? 'log' : 'description');
  throw notReadable(text, paste.r.ignored);
}

/**
 * A paste read by its known sentences: a catalog message found by its first sentence whose paste goes on with advice
 * of its own (round 33); a catch-all's reason printed beside it, or its own advice; else the sentence's answer.
 */
function bySentences(paste: ReadPaste, text: string, other: ReturnType<typeof otherSubsystemOf>): CodeExplanation {
  const { r, notes } = paste;
  const bySentence = paste.finish({ code: chosenSentence(r).sentence.id }, sentenceBody(r, notes));
  // A catalog message found by its first sentence, the paste going on with advice of its own (round 33).
  const advisedBeyond = other ? undefined : adviceBeyondFirstSentence(paste, r, text, bySentence);
  if (advisedBeyond) return advisedBeyond;
  // A catch-all's reason printed beside it comes before the causes its pages rank (`rankedBy`, ranked-dialogs.ts).
  const ranked = chosenSentence(r).sentence.rankedBy !== undefined;
  const reason = !other && (bySentence.likelyCauses.length === 0 || ranked) ? reasonAfterCatchAll(r, text) : undefined;
  if (reason)
    return explainDescription(paste, reason.symptoms, reason.from, [
      `Recognized ${reason.sentence.what}: ${reason.sentence.meaning} ${READ_INSTEAD[reason.from]}`,
    ]);
  // A catch-all that names no cause, with the message's own advice naming its suspect (round 33).
  const advised = !other && bySentence.likelyCauses.length === 0 ? readAdvice(text) : undefined;
  if (advised && !advised.general)
    return explainAdvice(paste, advised, text, [
      `Recognized ${chosenSentence(r).sentence.what}: ${chosenSentence(r).sentence.meaning} Its own advice is read for the suspect.`,
    ]);
  if (other) return inOtherSubsystem(bySentence, other);
  // A dialog whose words name no single cause (a catch-all, or ranked by its pages): the message's own advice orders
  // them (round 33).
  return ranked || chosenSentence(r).sentence.generic ? adviceOrdersCauses(bySentence, text) : bySentence;
}

/** What the answer says it read instead of a catch-all message: the reason printed with it, or the user's words beside it. */
const READ_INSTEAD = {
  reason: 'The reason printed with it is read instead.',
  description: 'Your own words beside it, which say more, are read instead.',
} as const;

/**
 * A paste answered by its codes: in another subsystem that subsystem's; a code with no cause beside the words naming
 * Remote Desktop's own service failing, those words' (description-answer.ts `serviceNamedBeside`); else the code's.
 */
function byCodesAnswer(
  paste: ReadPaste,
  byCodes: CodeExplanation,
  other: ReturnType<typeof otherSubsystemOf>,
  text: string,
): CodeExplanation {
  if (other) return inOtherSubsystem(byCodes, other);
  const answer =
    serviceNamedBeside(paste, byCodes, text) ?? unknownOutsideRemoteDesktop(statusInProgramFrame(byCodes, text), text);
  return adviceOrdersCauses(answer, text);
}

/**
 * A name or an event that names no cause (an event no table holds: "Event 7022 of Dienststeuerungs-Manager"), beside
 * prose whose sentence states the failure's reason (reading-because.ts: "… weil der DHCP-Clientdienst … deaktiviert
 * ist"): the stated reason is the answer; undefined when the prose states none.
 */
function statedReasonBeside(paste: ReadPaste, text: string): CodeExplanation | undefined {
  const stated = readDescription(text)?.filter((s) => s.byReason);
  return stated && stated.length > 0 ? explainDescription(paste, stated, 'description') : undefined;
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

function clipText(text: string): string {
  const plain = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
  return plain.length > 80 ? `${plain.slice(0, 77)}...` : plain;
}
