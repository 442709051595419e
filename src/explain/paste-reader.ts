/**
 * What a user pasted, read in layers the way a support engineer reads it:
 *
 * 1. The form: an event block (Event Viewer's "General" text, `Get-WinEvent | Format-List`, the event's XML), a
 *    list of `Label: value` lines, a dialog's text, or a bare code. XML is first turned into the same `Label: value`
 *    lines (`<Data Name="Status">` → `Status: …`, `<EventID>` → `Event ID: …`, `<Provider Name=…>` → `Source: …`),
 *    and so is a SIEM record pasted as JSON (`"eventID": "4625"`, ECS `event.code`, `"SubStatus": "0x…"`).
 * 2. The labels (English; German and French only by the words src/explain/tables/languages/paste-labels.ts quotes from Microsoft's
 *    pages, a label no page quotes having its number read as if typed alone): `Status`, `Sub Status`, `Failure Code`,
 *    `Result Code`, `Error Code`, `Extended error code`, `Disconnect Reason`, `AlertDesc`, `ErrorState`, `Reason code`,
 *    `Failure Reason`, `Event ID`, `Source`; each says the role of its number, and with the event id the table (`Status` of a 4771 is
 *    a Kerberos code, of a 4625 an NTSTATUS). A number after a label no table reads (`Logon Type: 10`,
 *    `Client Port: 59320`, `Keywords: 0x8010…`) is no code.
 * 3. Numbers outside labels only where their context makes them codes: a hex number (`0x…`, an eight-digit HRESULT
 *    or NTSTATUS), a decimal after "code", "error", "reason", "status"…; never an address's octet, a version
 *    ("TLS 1.2", "version 3"), a list marker ("1)"), "X.224", a link id (`LinkId=866660`), a date or a time.
 * 4. Known sentences by their stable words (src/explain/tables/sentences/sentences.ts).
 * 5. An event's description pasted alone (its message paragraph, without Event Viewer's labels): recognized by its
 *    row's `message` template in the event table (src/model/message-template.ts, the parser the SIEM readers use),
 *    which names the event and gives back its fields.
 *
 * Typing slips are forgiven and said: `x904`, `0×904`, `0x 904`, the letter O for a zero inside a hex number.
 * Only reading: which table explains a number is explain-code's business (the role and the event id are its hints).
 *
 * Here: the form and the layers in order (`readPaste`). Each layer in its module: the labels (label-lines.ts), the
 * words that make a number a code (paste-words.ts), numbers in running text (context-codes.ts) and those set aside
 * (numbers-set-aside.ts), a description (pasted-description.ts), the codes taken together (code-pairs.ts).
 */
import type { ParsedCode } from '../../patterns/codes/index.js';
import { englishLabels } from './tables/languages/localized.js';
import type { LocalizedLanguage } from './tables/languages/localized-wording.js';
import { KERBEROS_EVENT_IDS } from './tables/codes/kerberos.js';
import { findSentences, type SentenceMatch } from './tables/sentences/sentences.js';
import { withoutRecoveredSteps } from './program-output-progress.js';
import { inFailureOrder } from './failure-order.js';
import type { EventRow } from '../model/events.js';
import {
  DETAILS_VIEW,
  detailsToLabels,
  blankRunsBounded,
  jsonEscapesUndone,
  jsonToLabels,
  WINEVENT_LIST,
  winEventListToLabels,
  xmlToLabels,
} from './paste-forms.js';
import { forgiveSlips } from './typing-slips.js';
import { firstOfEachField, pairUp } from './code-pairs.js';
import { contextCodes } from './context-codes.js';
import { readLabelLines } from './label-lines.js';
import { setAsideLooseNumbers, setAsideTracedStatuses } from './numbers-set-aside.js';
import { WIN32_CONTEXT, viewerLabels, wordsOf } from './paste-words.js';
import { NTLM_VALIDATION_OPENING, describedEvent, labelledDescription } from './pasted-description.js';

/** What a number's label or context says it is. */
export type CodeRole =
  /** The Remote Desktop dialog's "Error code" (or an `Error Code` field whose event says otherwise). */
  | 'error'
  | 'extended'
  /** Security 4625/4776 `Status`, or a Kerberos event's (`Status` in its XML). */
  | 'status'
  | 'subStatus'
  /** 4771/4769 "Failure Code", 4768 "Result Code". */
  | 'kerberos'
  | 'disconnectReason'
  | 'tlsAlert'
  | 'errorState'
  | 'lsm40'
  | 'failureReason'
  /** The code of an "authentication error has occurred" dialog: an HRESULT. */
  | 'authentication'
  /** The code of a "protocol error" dialog: an extended code. */
  | 'protocol'
  /** A Winsock or Win32 error named as such ("socket error 10060", "Win32 error 1225"). */
  | 'win32'
  /** A number with nothing around it saying its table. */
  | 'code';

export interface PasteCode extends ParsedCode {
  readonly role: CodeRole;
  /** The text the number was read from, as pasted (after slips were forgiven). */
  readonly text: string;
  /** Which label or context it came from, in the user's words ("Failure Code", "the dialog's text"). */
  readonly from: string;
  /** Read as if typed alone (a label no page of ours quotes, or the paste is the number): every table is asked. */
  readonly alone?: true;
  /** A "reason code" in a paste that is no LocalSessionManager text: a client's disconnect reason when LSM has none. */
  readonly outsideLsm?: true;
}

export type PasteForm = 'bare' | 'xml' | 'event' | 'labels' | 'text';

export interface PasteReading {
  readonly form: PasteForm;
  /** The event id the paste names (Event ID label, `<EventID>`, Format-List `Id`, "event 4771"). */
  readonly eventId?: number;
  /** Its provider or source, as named. */
  readonly source?: string;
  /** The codes read, in the order found. */
  readonly codes: readonly PasteCode[];
  readonly sentences: readonly SentenceMatch[];
  /** What was read differently from how it was typed: "read 0x8009O311 as 0x80090311". */
  readonly slips: readonly string[];
  /** Numbers seen and set aside, and why ("192.168.1.10: an address"). */
  readonly ignored: readonly string[];
  /** The event whose description (its message text) the paste is, recognized by its template; its fields. */
  readonly description?: PastedDescription;
  /** The language other than English the paste is in: its Event Viewer labels', else its first localized sentence's. */
  readonly language?: LocalizedLanguage;
  /** What told the language: localized labels (read as the English ones, src/explain/tables/languages/localized.ts). */
  readonly languageFrom?: { readonly labels: boolean };
  /**
   * The tables read only where the paste names them (`namedTables`): a number no label gives a table is read in a
   * TLS alert or Kerberos table only when the paste's words or event are TLS's or Kerberos'.
   */
  readonly named: NamedTables;
}

/** Whether a paste's words or event name TLS (a Schannel alert) and Kerberos. */
export interface NamedTables {
  readonly tls: boolean;
  readonly kerberos: boolean;
}

export interface PastedDescription {
  readonly row: EventRow;
  /** The fields its template gives back, by the names of the event's XML (a value left out is absent). */
  readonly fields: Readonly<Record<string, string>>;
  /** Read in another language by its lead (pasted-event-leads.ts): the language and the page that quotes it. */
  readonly localized?: { readonly language: LocalizedLanguage; readonly url: string };
}

/** The paste as the label patterns read it: blanks bounded, localized labels and XML/JSON/details as English labels. */
function normalizedPaste(
  pasted: string,
  slips: string[],
): { text: string; xml: boolean; languages: readonly LocalizedLanguage[] } {
  const input = blankRunsBounded(pasted);
  const xml = /<\s*(?:Event|EventData|Data|System)\b/i.test(input);
  // Localized Event Viewer labels and number phrases read as the English ones ("Ereignis-ID:" is "Event ID:").
  // A SIEM record pasted as JSON: its fields as label lines too.
  const json = xml ? undefined : jsonToLabels(input);
  const localized = englishLabels(
    xml
      ? xmlToLabels(input)
      : json !== undefined
        ? json
        : DETAILS_VIEW.test(input)
          ? detailsToLabels(input)
          : WINEVENT_LIST.test(input)
            ? winEventListToLabels(input)
            : jsonEscapesUndone(input),
  );
  // Typographic apostrophes read as the straight one the labels are written with ("Code d’erreur").
  let text = forgiveSlips(localized.text, slips).replace(/[\u2018\u2019\u02bc]/g, "'");
  // Two codes separated by a slash are two codes, not a path.
  text = text.replace(/(0x[0-9a-f]+|\b\d+)\s*\/\s*(?=0x[0-9a-f]|\d)/gi, '$1, ');
  return { text, xml, languages: localized.languages };
}

/**
 * Read a paste. `text` is everything the user gave (the CLI joins its words); the result is only a reading: which
 * table explains each number is decided by explain-code from the role and the event id.
 */
export function readPaste(pasted: string): PasteReading {
  const slips: string[] = [];
  const ignored: string[] = [];
  const { text, xml, languages } = normalizedPaste(pasted, slips);
  const labels = readLabelLines(text);
  const { codes, taken, soft, labelled } = labels;
  let eventId = labels.eventId;
  let source: string | undefined;
  const sourceMatch = SOURCE_LINE.exec(text);
  if (sourceMatch) source = sourceMatch[1].trim();
  else source = PROVIDER_OPENINGS.find((p) => p.opening.test(text))?.provider;

  // A description pasted alone: its template names the event (and its provider, which tells an LSM 24 from others).
  // Beside an "Event ID: N" line with no Source line (an Event Viewer block names its event by its labels), the
  // description of event N on a line of its own (issue 60).
  const description =
    eventId === undefined ? describedEvent(text) : sourceMatch ? undefined : labelledDescription(text, eventId);
  if (description) {
    eventId = description.row.id;
    source ??= description.row.provider;
  }
  // A 4776's own first line (the kernel's row has no message template): its Error Code is then an NTSTATUS, 0x0 too.
  if (eventId === undefined && NTLM_VALIDATION_OPENING.test(text)) eventId = 4776;
  if (eventId !== undefined || labelled > 3) taken.push(...soft);
  // An event named in running text: "Schannel 36870", "event 4771", "TermDD event 56".
  if (eventId === undefined) {
    const e = EVENT_IN_TEXT.exec(text);
    if (e) {
      eventId = Number(e[1]);
      taken.push([e.index, e.index + e[0].length]);
    }
  }

  // An event whose fields are codes, named by its id alone ("wrong password 4771 0x18").
  if (eventId === undefined) {
    const bare = new RegExp(String.raw`(?<![\d.:/=-])(${CODE_EVENTS.join('|')})(?![\d.:/])`).exec(text);
    // "System error 1058 has occurred" (net.exe), "socket error 10060": a Win32 error named as such, never an event.
    const named = bare && WIN32_CONTEXT.test(text.slice(Math.max(0, bare.index - 40), bare.index));
    if (bare && !named && !taken.some(([s, e]) => bare.index >= s && bare.index < e)) {
      eventId = Number(bare[1]);
      taken.push([bare.index, bare.index + bare[0].length]);
    }
  }
  // An event's description read by its localized lead is the paste, word for word: a sentence read only by most of its
  // words or as a near quote ("リモート デスクトップ サービス …" opens a dialog's text too) is not read beside it.
  const found = findSentences(text).filter((m) => !description?.localized || (!m.approximate && !m.nearQuote));
  const sentences = inFailureOrder(withoutRecoveredSteps(text, found));
  codes.push(...contextCodes(text, taken, ignored));
  if (sentences.some((m) => FREERDP_LOG_SENTENCE.test(m.sentence.id))) {
    setAsideLooseNumbers(codes, ignored);
    setAsideTracedStatuses(text, codes, ignored);
  }
  // "wrong password 4771 0x18": an event id typed beside the code (an event whose fields are codes).
  if (eventId === undefined) {
    const named = codes.find((c) => c.role === 'code' && c.radix === 'decimal' && CODE_EVENTS.includes(c.value));
    if (named && codes.length > 1) {
      eventId = named.value;
      codes.splice(codes.indexOf(named), 1);
    }
  }

  const form = pasteForm(text, xml, labelled, eventId !== undefined, codes.length);
  return {
    form,
    ...(eventId !== undefined ? { eventId } : {}),
    ...(source ? { source } : {}),
    // The same field read twice (Event Viewer's "Copy details as text" holds the message and the XML) is one part.
    codes: pairUp(firstOfEachField(codes)),
    sentences,
    slips,
    ignored,
    ...(description ? { description } : {}),
    ...languageOf(languages, sentences),
    named: namedTables(text, eventId),
  };
}

/** The sentences of FreeRDP's log and of the clients built on it (its ERRCONNECT codes, Logon Error Info, guacd). */
const FREERDP_LOG_SENTENCE = /^(?:freerdp-|guacd-|logon-error-info-)/;

/** What kind of paste it is: an XML event, an event's labelled fields, labels alone, bare numbers, or text. */
function pasteForm(text: string, xml: boolean, labelled: number, event: boolean, codes: number): PasteForm {
  if (xml) return 'xml';
  if (labelled > 0) return event ? 'event' : 'labels';
  const bare = codes > 0 && /^[\s0-9a-fx%,;/+&-]*$/i.test(text.replace(/\band\b|\bund\b|\bet\b/gi, ''));
  return bare ? 'bare' : 'text';
}

/**
 * A TLS alert description (RFC 8446 §6, IANA "TLS Alerts") is a number only TLS stacks print, each beside words of
 * its own: Schannel 36887/36888 ("fatal alert … 40", `AlertDesc`), OpenSSL ("SSL alert number 40", "tlsv1 alert"),
 * .NET/SChannel traces ("TLS alert"). A small number after "error:" in any other product's text (a SQL Server
 * provider's "error: 40") is none: the TLS table is read only when the paste names TLS, SSL, Schannel, an alert or a
 * handshake, is a Schannel alert event, or is "alert 48" and nothing more (the number of Schannel's alert sentence).
 */
const TLS_WORDS =
  /\b(?:tls(?:v1(?:\.\d)?)?|ssl(?:v3)?|schannel|alert\s*desc\w*|fatal\s+alert|alert\s+number|handshake)\b|^\s*alert\W{0,3}\d{1,3}\s*$/i;
const TLS_EVENTS: readonly number[] = [36874, 36887, 36888];
/** A Kerberos code likewise: the words of Kerberos (KDC, KRB_…, ticket) or a domain controller's Kerberos event. */
const KERBEROS_WORDS = /\b(?:kerberos|kdc\w*|krb\w*|tgt|pre-?auth\w*|clock\s+skew)\b/i;
/**
 * The words of a paste that is a labelled number and nothing more ("Error: 0x25", "Code 40"): such a paste is a number
 * typed alone, asked of every table; only a paste with words of its own (another product's message) is held to them.
 */
const LABEL_ONLY = /^[\s\W\d]*(?:(?:error|err|code|status|hresult|result|reason|value|exit|return)\b[\s\W\d]*)*$/i;

function namedTables(text: string, eventId: number | undefined): NamedTables {
  const alone = text.length <= 200 && LABEL_ONLY.test(text.replace(/0x[0-9a-f]+/gi, ' '));
  return {
    tls: alone || TLS_WORDS.test(text) || (eventId !== undefined && TLS_EVENTS.includes(eventId)),
    kerberos: alone || KERBEROS_WORDS.test(text) || (eventId !== undefined && KERBEROS_EVENT_IDS.includes(eventId)),
  };
}

/** The paste's language other than English: its labels' first, else its first localized sentence's. */
function languageOf(
  fromLabels: readonly LocalizedLanguage[],
  sentences: readonly SentenceMatch[],
): Pick<PasteReading, 'language' | 'languageFrom'> {
  if (fromLabels.length > 0) return { language: fromLabels[0], languageFrom: { labels: true } };
  const localized = sentences.find((m) => m.language !== 'en');
  return localized && localized.language !== 'en'
    ? { language: localized.language, languageFrom: { labels: false } }
    : {};
}

/**
 * Providers named by their own events' opening sentence, when no `Source:` line names one: the event id beside it is
 * that provider's ("Event ID 1058" under "The processing of Group Policy failed" is the Group Policy client's 1058,
 * not TermService's certificate event). Each row with the public page quoting the sentence.
 */
const PROVIDER_OPENINGS: readonly { readonly provider: string; readonly opening: RegExp; readonly source: string }[] = [
  {
    provider: 'Microsoft-Windows-GroupPolicy',
    opening: /\bthe processing of group policy (?:failed|was interrupted)\b/i,
    source:
      'Microsoft TechNet "Event ID 1030 - Group Policy Preprocessing (Active Directory)" and "Event ID 1096 - Group Policy Registry Processing" (Source: Microsoft-Windows-GroupPolicy; Message: "The processing of Group Policy failed. ...")',
  },
  {
    provider: 'Microsoft-Windows-Kernel-Power',
    opening: /\bthe system has rebooted without cleanly shutting down first\b/i,
    source:
      'Microsoft Learn "Advanced troubleshooting for Event ID 41: \'The system has rebooted without cleanly shutting down first\'" (Kernel-Power event 41)',
  },
];

/**
 * A `Source:` line (its localized labels are Event Viewer's, localized.ts). Its value ends at the line's end, or at a
 * comma or semicolon, where a second field follows on the same line ("Source: Schannel, Event ID: 36874"): no
 * provider's name holds either.
 */
const SOURCE_LINE = new RegExp(
  String.raw`(?:^|\n)\s*(?:source|provider\s*name|providername|${viewerLabels('Source')})\s*[:=]\s*([^\r\n,;]+)`,
  'i',
);

/**
 * An event named in running text: "Schannel 36870", "event 4771", "TermDD event 56", "das Ereignis 1058". Never a
 * path's folder (`C:\Windows\System32\mstsc.exe`, `%systemroot%\system32`): the words follow no slash, backslash
 * or `%`, and "system" is never glued to its digits.
 */
const EVENT_IN_TEXT = new RegExp(
  String.raw`(?:^|[^\p{L}\\/%])(?!system\d)(?:event(?:\s*id)?|${viewerLabels('Event ID')}|${wordsOf('event', 'eventId')}|termdd|schannel|lsasrv|termservice|security|system)\s*(?:event\s*)?(?:id\s*)?[:#]?\s*(\d{2,5})\b(?![.\d\\/])`,
  'iu',
);

/** Events whose fields are codes: a decimal like these typed beside a code names the event, not a second code. */
const CODE_EVENTS: readonly number[] = [
  4625, 4768, 4769, 4771, 4772, 4773, 4776, 36870, 36871, 36874, 36887, 36888, 1057, 1058, 6041,
];
