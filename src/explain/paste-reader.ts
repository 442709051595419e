/**
 * What a user pasted, read in layers the way a support engineer reads it:
 *
 * 1. The form: an event block (Event Viewer's "General" text, `Get-WinEvent | Format-List`, the event's XML), a
 *    list of `Label: value` lines, a dialog's text, or a bare code. XML is first turned into the same `Label: value`
 *    lines (`<Data Name="Status">` → `Status: …`, `<EventID>` → `Event ID: …`, `<Provider Name=…>` → `Source: …`),
 *    and so is a SIEM record pasted as JSON (`"eventID": "4625"`, ECS `event.code`, `"SubStatus": "0x…"`).
 * 2. The labels (English; German and French only by the words src/explain/tables/paste-labels.ts quotes from Microsoft's
 *    pages, a label no page quotes having its number read as if typed alone): `Status`, `Sub Status`, `Failure Code`,
 *    `Result Code`, `Error Code`, `Extended error code`, `Disconnect Reason`, `AlertDesc`, `ErrorState`, `Reason code`,
 *    `Failure Reason`, `Event ID`, `Source`; each says the role of its number, and with the event id the table (`Status` of a 4771 is
 *    a Kerberos code, of a 4625 an NTSTATUS). A number after a label no table reads (`Logon Type: 10`,
 *    `Client Port: 59320`, `Keywords: 0x8010…`) is no code.
 * 3. Numbers outside labels only where their context makes them codes: a hex number (`0x…`, an eight-digit HRESULT
 *    or NTSTATUS), a decimal after "code", "error", "reason", "status"…; never an address's octet, a version
 *    ("TLS 1.2", "version 3"), a list marker ("1)"), "X.224", a link id (`LinkId=866660`), a date or a time.
 * 4. Known sentences by their stable words (src/explain/tables/sentences.ts).
 * 5. An event's description pasted alone (its message paragraph, without Event Viewer's labels): recognized by its
 *    row's `message` template in the event table (src/model/message-template.ts, the parser the SIEM readers use),
 *    which names the event and gives back its fields.
 *
 * Typing slips are forgiven and said: `x904`, `0×904`, `0x 904`, the letter O for a zero inside a hex number.
 * Only reading: which table explains a number is explain-code's business (the role and the event id are its hints).
 */
import { type ParsedCode, parseCode } from '../../patterns/codes/index.js';
import { EVENT_VIEWER_LABELS, englishLabels, tolerant } from './tables/localized.js';
import type { LocalizedLanguage } from './tables/localized-wording.js';
import { PASTE_WORDS, type PasteWordRole } from './tables/paste-labels.js';
import { KERBEROS_EVENT_IDS } from './tables/kerberos.js';
import { findSentences, type SentenceMatch } from './tables/sentences.js';
import { FREERDP_CONNECT_CLASS, FREERDP_DECIMAL_LABEL, FREERDP_ERRINFO_CLASS } from './tables/third-party-clients.js';
import { EVENTS, type EventRow } from '../model/events.js';
import { compileLeadParagraph, compileMessage, readMessage } from '../model/message-template.js';
import {
  DETAILS_VIEW,
  detailsToLabels,
  jsonToLabels,
  WINEVENT_LIST,
  winEventListToLabels,
  xmlToLabels,
} from './paste-forms.js';
import { forgiveSlips } from './typing-slips.js';

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
  /** What told the language: localized labels (read as the English ones, src/explain/tables/localized.ts). */
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
}

/**
 * Letters a template's own words must hold for a paste to be read by it: a template that is mostly its fields
 * (`%3`, "Interface method called: %1") would take any sentence for its event.
 */
const MIN_TEMPLATE_LETTERS = 20;

/** The event table's message templates, compiled for pasted text, the most worded first. */
const PASTED_TEMPLATES = EVENTS.flatMap((row) => {
  const t = compileMessage(row, true);
  return t && t.letters >= MIN_TEMPLATE_LETTERS ? [{ row, t }] : [];
}).sort((a, b) => b.t.letters - a.t.letters);

/** Letters a message's first paragraph must hold to stand for its event alone (a sentence or two of its own). */
const MIN_LEAD_LETTERS = 40;

/** The first paragraphs of the messages whose fields come after it, for a paste that left the fields out. */
const PASTED_LEADS = EVENTS.flatMap((row) => {
  const t = compileLeadParagraph(row);
  return t && t.letters >= MIN_LEAD_LETTERS ? [{ row, t }] : [];
});

/** The longest paste read as a description (a message is a paragraph or a few; longer text is more than one). */
const MAX_DESCRIPTION = 8000;

/** The event whose description a paste is, whole (quotes around it and a final full stop aside). */
function describedEvent(text: string): PastedDescription | undefined {
  const body = text.trim().replace(/^["'“”]+|["'“”]+$/g, '');
  if (body.length > MAX_DESCRIPTION) return undefined;
  const whole = descriptionOf(body);
  if (whole) return whole;
  // The description after the event's own name ("RdpCoreTS 131: The server accepted…", "Event 1149 - …"): read
  // only when the name's id is the id of the event the rest describes.
  const named = NAMED_DESCRIPTION.exec(body);
  if (!named) return undefined;
  const rest = descriptionOf(body.slice(named[0].length).replace(/^["'“”]+/, ''));
  return rest && rest.row.id === Number(named[1]) ? rest : undefined;
}

/**
 * A forum's or a write-up's event listing: an "Event ID: 25" line, then the event's description on a line of its own,
 * maybe after a "Description:" label and in quotes ("Description: \"Remote Desktop Services: Session reconnection
 * succeeded:\""). The description names the event; read only when it is the event of that id, so the id is never
 * looked up as a code (issue 60). One pass over at most `MAX_LISTING_LINES` lines, each read as a description.
 */
function labelledDescription(text: string, eventId: number): PastedDescription | undefined {
  const lines = text.split('\n');
  if (lines.length > MAX_LISTING_LINES) return undefined;
  for (const line of lines) {
    const body = line.replace(DESCRIPTION_LABEL, '');
    if (body.trim().length < 12) continue;
    const read = describedEvent(body);
    if (read && read.row.id === eventId) return read;
  }
  return undefined;
}

const MAX_LISTING_LINES = 40;
/** The label a listing puts before the description ("Description:", "Message:"). */
const DESCRIPTION_LABEL = /^[ \t]{0,8}(?:description|message)[ \t]{0,4}:[ \t]{0,4}/i;

/**
 * Security 4776's message opening, as Microsoft Learn "4776(S, F): The computer attempted to validate the credentials
 * for an account" quotes it: the line names the event (its Error Code an NTSTATUS: 0x0 is success).
 */
const NTLM_VALIDATION_OPENING =
  /^[ \t]{0,8}the computer attempted to validate the credentials for an account\.?[ \t]{0,8}$/im;

/** An event's name before its description: a provider or channel word and the id, then a colon or a dash. */
const NAMED_DESCRIPTION = /^(?:[\p{L}][\p{L}\d-]*\s+){0,3}(?:event\s*(?:id\s*)?)?#?(\d{2,5})\s*[:\-\u2013\u2014]\s*/iu;

function descriptionOf(body: string): PastedDescription | undefined {
  for (const { row, t } of PASTED_TEMPLATES) {
    const fields = readMessage(t, body);
    if (fields) return { row, fields };
  }
  for (const { row, t } of PASTED_LEADS) if (t.re.test(body)) return { row, fields: {} };
  return undefined;
}

interface Label {
  /** Matches the end of the label ("Additional Information Failure Code" is a Failure Code). */
  readonly suffix?: RegExp;
  /** Matches the whole label only (a generic word: "Id" is an event id, "Process ID" is not). */
  readonly exact?: RegExp;
  readonly role: CodeRole | 'eventId' | 'source';
  readonly name: string;
}

/**
 * The German and French words of one role, each as src/explain/tables/paste-labels.ts quotes it from its Microsoft page,
 * as a regular expression's alternatives that find it as pasted (case, accents, apostrophes, spaces).
 */
function wordsOf(...roles: PasteWordRole[]): string {
  return PASTE_WORDS.filter((w) => roles.includes(w.role))
    .map((w) => tolerant(w.word))
    .join('|');
}

/** Event Viewer's localized label for an English one (localized.ts), as alternatives. */
function viewerLabels(english: 'Event ID' | 'Source'): string {
  return EVENT_VIEWER_LABELS.filter((l) => l.english === english)
    .map((l) => tolerant(l.label))
    .join('|');
}

/**
 * Labels, the more specific first (`Extended error code` before `Error code`, `Sub Status` before `Status`).
 *
 * An English label is read by the end of the line's label ("Additional Information Failure Code" is a Failure Code);
 * a German or French one only whole, and only from the words src/explain/tables/paste-labels.ts quotes with their
 * Microsoft pages ("Fehlercode", "Code d'erreur", "Ergebniscode"…), Event Viewer's ("Quelle", "Ereignis-ID", "ID
 * d'événement") from localized.ts. A label no page of ours quotes ("Unterstatus", "Erweiterter Fehlercode") is not
 * read as its English one: its number is set aside and said (never given a table by a guess at the word).
 */
const LABELS: readonly Label[] = [
  { suffix: /extended\s+error\s+code/i, role: 'extended', name: 'Extended error code' },
  { suffix: /sub\s*-?\s*status(?:\s*code)?/i, role: 'subStatus', name: 'Sub Status' },
  { suffix: /failure\s*code/i, role: 'kerberos', name: 'Failure Code' },
  {
    suffix: /result\s*code/i,
    exact: new RegExp(wordsOf('resultCode'), 'i'),
    role: 'kerberos',
    name: 'Result Code',
  },
  { suffix: /failure\s*reason/i, role: 'failureReason', name: 'Failure Reason' },
  // The ActiveX control's discReason as its hosts and articles name it: "discReason", "disconnectReason", "disconnect
  // reason code", "disconnected with reason code" (IMsTscAxEvents::OnDisconnected's parameter).
  {
    suffix: /disc(?:onnect(?:ed|ion)?)?\s*(?:with\s+)?reason(?:\s*code)?|on_?disconnected/i,
    exact: /reason/i,
    role: 'disconnectReason',
    name: 'Disconnect Reason',
  },
  { suffix: /alert\s*desc(?:ription)?|fatal\s+alert\s+code/i, role: 'tlsAlert', name: 'AlertDesc' },
  {
    suffix: /error\s*state|internal\s+error\s+state|schannel\s+error\s+state/i,
    role: 'errorState',
    name: 'ErrorState',
  },
  { suffix: /reason\s+code/i, role: 'lsm40', name: 'Reason code' },
  {
    suffix: /error\s*code|wsa\s*error|socket\s+error/i,
    exact: new RegExp(`error|${wordsOf('errorCode', 'error')}`, 'i'),
    role: 'error',
    name: 'Error code',
  },
  { suffix: /status\s*code/i, exact: new RegExp(`status|${wordsOf('status')}`, 'i'), role: 'status', name: 'Status' },
  { exact: /code/i, role: 'code', name: 'Code' },
  // A trace's or script's variable holding the code ("hr = 0x80090322", "NTSTATUS: 0xC000006D"), and FreeRDP's older
  // SPNEGO line whose label ends in NTSTATUS ("SPNEGO failed with NTSTATUS: C000006D", the value without 0x).
  { suffix: /\bntstatus/i, exact: /hr|hresult|ntstatus/i, role: 'code', name: 'HRESULT' },
  {
    exact: new RegExp(`event\\s*id|eventid|event|id|${viewerLabels('Event ID')}|${wordsOf('eventId')}`, 'i'),
    role: 'eventId',
    name: 'Event ID',
  },
  {
    exact: new RegExp(`source|provider\\s*name|providername|${viewerLabels('Source')}`, 'i'),
    role: 'source',
    name: 'Source',
  },
];

const VALUE = String.raw`(%%\s*\d{4}|0x[0-9a-f]+|-?\d+|[0-9a-f]{8})`;

/** A `Label: value` line (Event Viewer, Format-List, the dialog's "Error code: 0x904"). */
const LABEL_LINE = new RegExp(
  String.raw`(^|[\n\r;,(]|\s)([A-Za-zÀ-ÿ'\- ]{1,40}?)\s*(?::|=|：)\s*${VALUE}(?![0-9a-z.:/])`,
  'gi',
);

/** The paste as the label patterns read it: blanks bounded, localized labels and XML/JSON/details as English labels. */
function normalizedPaste(
  pasted: string,
  slips: string[],
): { text: string; xml: boolean; languages: readonly LocalizedLanguage[] } {
  // A long run of blanks read as its first eight: the label patterns then cost the same per character (linear).
  const input = pasted.replace(/(\s{8})\s+/g, '$1');
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
            : input,
  );
  // Typographic apostrophes read as the straight one the labels are written with ("Code d’erreur").
  let text = forgiveSlips(localized.text, slips).replace(/[\u2018\u2019\u02bc]/g, "'");
  // Two codes separated by a slash are two codes, not a path.
  text = text.replace(/(0x[0-9a-f]+|\b\d+)\s*\/\s*(?=0x[0-9a-f]|\d)/gi, '$1, ');
  return { text, xml, languages: localized.languages };
}

/** What the paste's `Label: value` lines give: codes with their roles, the event id, the spans read. */
interface LabelLines {
  codes: PasteCode[];
  eventId: number | undefined;
  /** Spans already read through a label, not to be read again as free numbers. */
  taken: [number, number][];
  /** Unknown labels' HRESULT-shaped values: no code in an event's fields, a code in a line or two. */
  soft: [number, number][];
  labelled: number;
}

/** Reads every `Label: value` line: a known label's value by its role, an unknown label's by its words. */
/** The words before a label whose number is another table's: MCS's Disconnect Provider Ultimatum, Rust's `Os {`. */
const SET_ASIDE_LABEL_BEFORE = /(?:disconnectproviderultimatum\W{0,3}|\bos \{\s{0,3})$/i;

function readLabelLines(text: string): LabelLines {
  const codes: PasteCode[] = [];
  let eventId: number | undefined;
  const taken: [number, number][] = [];
  let labelled = 0;
  const soft: [number, number][] = [];
  let lsm: boolean | undefined;

  for (const m of text.matchAll(LABEL_LINE)) {
    const rawLabel = m[2].trim();
    const label = labelOf(rawLabel);
    const start = (m.index ?? 0) + m[1].length;
    const end = (m.index ?? 0) + m[0].length;
    // FreeRDP's "DisconnectProviderUltimatum: reason: 3" (the MCS reason) and Rust's "Os { code: 104, kind: … }" (the
    // system's errno): set aside as free text is (`notACode`).
    if (SET_ASIDE_LABEL_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    // A program's exit status ("exit status: 1", "exit code=2"): its own number, no code (`logField`).
    if (EXIT_STATUS.test(rawLabel) && /^\d{1,3}$/.test(m[3])) {
      taken.push([start, end]);
      continue;
    }
    if (!label) {
      // A number after a label no table reads is no code (Logon Type: 10, Client Port: 59320); an HRESULT or
      // NTSTATUS after a word we do not know ("Ursache: 0xC000006D") is one unless the paste is an event's fields.
      if (isLabelLike(rawLabel)) {
        labelled++;
        // A label no table reads but whose words call its number a code ("Unterstatus", "Code d'échec", "Erweiterter
        // Fehlercode": no page of ours quotes them): the number is read as if typed alone, every table that holds it
        // said, never the table a guess at the label's words would give.
        // A log line's field glued to a code word ("keycode: 0x08") is that field, no code.
        const parsed =
          CODE_CONTEXT.test(`${rawLabel}: `) && !LOG_FIELD.test(rawLabel) && !socketDescriptor(rawLabel, m[3])
            ? parseCode(m[3])
            : undefined;
        if (parsed) {
          taken.push([start, end]);
          codes.push({
            ...parsed,
            role: 'code',
            text: m[3],
            from: `"${rawLabel.replace(/\s+/g, ' ')}" (a label rdpdiag has no source for: read as the number alone)`,
            alone: true,
          });
        }
        // An HRESULT or NTSTATUS after a word we do not know, or one printed as a signed decimal (FreeRDP's AAD
        // "Authentication result: -2146893048"): left to the running text's reading of codes.
        else if (/^0x[89a-f][0-9a-f]{7}$/i.test(m[3]) || isSignedCode(m[3])) soft.push([start, end]);
        else taken.push([start, end]);
      }
      continue;
    }
    taken.push([start, end]);
    labelled++;
    const value = m[3];
    if (label.role === 'eventId') {
      const id = Number(value);
      if (Number.isInteger(id) && id > 0 && id < 65536) eventId ??= id;
      continue;
    }
    if (label.role === 'source') continue;
    const parsed = value.startsWith('%%') ? parseCode(value.replace(/\D/g, '')) : parseCode(value);
    if (!parsed) continue;
    const before = text.slice(Math.max(0, start - 240), start);
    const inLsm = (lsm ??= LSM_CONTEXT.test(text));
    const role = labelledRole(label.role, rawLabel, before, inLsm, value);
    const from =
      role === 'authentication'
        ? 'the "authentication error" dialog\'s Code'
        : role === 'protocol'
          ? 'the "protocol error" dialog\'s code'
          : rawLabel.replace(/\s+/g, ' ');
    const outsideLsm = role === 'lsm40' && !inLsm ? { outsideLsm: true as const } : {};
    codes.push({ ...parsed, role, text: value.replace(/\s+/g, ''), from, ...outsideLsm });
  }
  return { codes, eventId, taken, soft, labelled };
}

/**
 * The role a label's number takes from the words before it: a Code in the authentication or protocol dialog's text;
 * a disconnect reason in a LocalSessionManager text its reason code, a "reason code" after a disconnection elsewhere
 * the client's disconnect reason.
 */
function labelledRole(role: CodeRole, rawLabel: string, before: string, inLsm: boolean, value = ''): CodeRole {
  // A Kerberos result or failure code is a small number (RFC 4120 §7.5.9); a signed 32-bit failure under a "Result"
  // label is an HRESULT printed in decimal (FreeRDP's AAD "Authentication result: -2146893048"), read as the code.
  if (role === 'kerberos' && isSignedCode(value)) return 'code';
  if (role === 'code' || role === 'error')
    return AUTH_CONTEXT.test(before) ? 'authentication' : PROTOCOL_CONTEXT.test(before) ? 'protocol' : role;
  if (role === 'disconnectReason' && inLsm && !/disconnect/i.test(rawLabel)) return 'lsm40';
  if (role === 'lsm40' && !inLsm && DISCONNECT_BEFORE.test(before.slice(-60))) return 'disconnectReason';
  return role;
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
  const sentences = findSentences(text);
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

/**
 * A FreeRDP log whose own code is recognized (by its name or the number it prints beside it): a small decimal its lines
 * merely call an error or a status ("error 1", "Status: 1", a count) is no code FreeRDP presents, set aside and said.
 */
function setAsideLooseNumbers(codes: PasteCode[], ignored: string[]): void {
  for (let i = codes.length - 1; i >= 0; i--) {
    const c = codes[i];
    const loose = c.role === 'code' || c.role === 'status' || c.role === 'error';
    if (!loose || c.alone || c.radix !== 'decimal' || c.value >= 0x10000) continue;
    ignored.push(
      `${c.text}: a number in FreeRDP's log no code form of FreeRDP's presents (its own code is read by its name)`,
    );
    codes.splice(i, 1);
  }
}

/** A line of FreeRDP's log (wlog) at its TRACE or DEBUG level: `[time] [pid:tid] [TRACE][com.freerdp.…] - …`. */
const WLOG_TRACE_LINE = /^[^\n[]{0,40}\[[^\]\n]{1,40}\]\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\[(?:TRACE|DEBUG)\]/;

/**
 * A FreeRDP log whose failure is recognized by its lines: the statuses it traced on its TRACE and DEBUG lines (each
 * step of the NLA exchange: "InitializeSecurityContext status SEC_I_CONTINUE_NEEDED [0x00090312]") are steps that
 * went on, not the failure; a number also printed on another level's line is kept.
 */
function setAsideTracedStatuses(text: string, codes: PasteCode[], ignored: string[]): void {
  const texts = new Set(codes.map((c) => c.text));
  const traced = new Set<string>();
  const elsewhere = new Set<string>();
  // Each line's numbers looked up once (linear in the paste, whatever the number of codes).
  for (const line of text.split('\n')) {
    const into = WLOG_TRACE_LINE.test(line) ? traced : elsewhere;
    for (const m of line.matchAll(/0x[0-9a-f]+|-?[0-9][0-9a-f]*/gi)) if (texts.has(m[0])) into.add(m[0]);
  }
  for (let i = codes.length - 1; i >= 0; i--) {
    const c = codes[i];
    if (!traced.has(c.text) || elsewhere.has(c.text)) continue;
    ignored.push(
      `${c.text}: a status FreeRDP traced at its TRACE or DEBUG level (a step of the exchange, not its failure)`,
    );
    codes.splice(i, 1);
  }
}

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

/** Each label's patterns anchored once: a whole label, or one ending in the label's last words. */
const ANCHORED_LABELS = LABELS.map((l) => ({
  label: l,
  exact: l.exact && new RegExp(`^(?:${l.exact.source})$`, 'i'),
  suffix: l.suffix && new RegExp(String.raw`(?:^|\s|-)(?:${l.suffix.source})$`, 'i'),
}));

function labelOf(raw: string): Label | undefined {
  const words = raw.replace(/\s+/g, ' ').trim();
  for (const { label, exact, suffix } of ANCHORED_LABELS) {
    if (exact?.test(words) || suffix?.test(words)) return label;
  }
  return undefined;
}

/** The codes with a labelled field read twice kept once, at its first place (a bare code is kept each time). */
function firstOfEachField(codes: readonly PasteCode[]): PasteCode[] {
  const seen = new Set<string>();
  return codes.filter((c) => {
    if (c.role === 'code') return true;
    const key = `${c.role} ${c.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Words that make a label (a field name, "Ticket Options", "Logon ID"), not a sentence ("The security package
 * detected"): at most four words, no sentence punctuation, no article or verb of running text.
 */
function isLabelLike(raw: string): boolean {
  const text = raw.trim();
  const words = text.split(/\s+/);
  return (
    words.length > 0 &&
    words.length <= 4 &&
    /^[A-Za-zÀ-ÿ'\- ]+$/.test(text) &&
    !words.some((w) =>
      /^(?:the|a|an|is|was|were|with|from|returned|detected|der|die|das|ist|wurde|le|la|les|est|a été)$/i.test(w),
    )
  );
}

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** A number a paste names for what it is: a GUID's part, an HTTP status, a port, a KB or build number, a byte count. */
function namedNumber(text: string, at: number, token: string, before: string, after: string): string | undefined {
  const around = text.slice(Math.max(0, at - 40), at + token.length + 40);
  const guid = /^[0-9a-f]+$/i.test(token) ? GUID.exec(around) : null;
  if (guid?.[0].includes(token)) return 'part of a GUID (an id, not a code)';
  if (
    /^\d{3}$/.test(token) &&
    HTTP_STATUS[token] &&
    // IIS's error page titles it "HTTP Error 503. The service is unavailable." (issue 60).
    (/\bhttp(?:\/[\d.]+)?\W{0,3}(?:status\W{0,3}|error\W{0,3})?(?:code\W{0,3})?$/i.test(before) ||
      new RegExp(`^\\W{0,3}${HTTP_STATUS[token]}`, 'i').test(after))
  )
    return `an HTTP status (${token} ${HTTP_STATUS[token]}), not a Windows code`;
  if (
    /^\d{2,5}$/.test(token) &&
    (/(?:port|remoteport|localport|tcp)\W{0,3}$/i.test(before) || /[a-z\].]:$/i.test(before))
  )
    return `a port${PORT_NAME[token] ? ` (${token}: ${PORT_NAME[token]})` : ''}`;
  if (/\bkb$/i.test(before)) return 'a Microsoft update (KB) number';
  if (/\b(?:os\s+)?build\W{0,3}$/i.test(before)) return 'a Windows build number';
  if (/^\s*(?:bytes?|octets?|kb|mb|gb)\b/i.test(after)) return 'a byte count';
  return undefined;
}

/** Words just before a four-digit number that make it a code or an event id, not a year ("error 2019"). */
const YEAR_IS_CODE = new RegExp(String.raw`(?:code|error|event|${wordsOf('code', 'error', 'errorCode')})\W*$`, 'i');

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

/** A `Source:` line (its localized labels are Event Viewer's, localized.ts). */
const SOURCE_LINE = new RegExp(
  String.raw`(?:^|\n)\s*(?:source|provider\s*name|providername|${viewerLabels('Source')})\s*[:=]\s*([^\r\n]+)`,
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

/**
 * Words before a number that make it a code: English, and the German and French words of paste-labels.ts (each
 * quoted by its Microsoft page). `%%` only right before its digits (a FailureReason written "%% 2313"): a doubled
 * percent sign elsewhere is a shell's or a batch file's escaped "%" ("rdesktop -g 92%% -a 16"), and the words after it
 * call nothing a code.
 */
const CODE_CONTEXT = new RegExp(
  String.raw`(?:(?:code|error|err|reason|status|hresult|ntstatus|winsock|wsa|socket|win32|extended|alert|state|${wordsOf('code', 'error', 'errorCode', 'reason')})\W{0,3}(?:\w+\W{1,3}){0,2}|%%\s{0,2})$`,
  'i',
);
const EXTENDED_CONTEXT = /extended\W{0,3}(?:\w+\W{1,3}){0,2}$/i;
const WIN32_CONTEXT = /(?:winsock|wsa|socket|win32|system\s+error)\W{0,3}(?:\w+\W{1,3}){0,2}$/i;
const AUTH_CONTEXT = new RegExp(String.raw`(?:authentication\s+error|${wordsOf('authentication')})[\s\S]{0,200}$`, 'i');
const PROTOCOL_CONTEXT = /protocol\s+error[\s\S]{0,200}$/i;
/** "reason" (or "reason code") just before a number: of an LSM 40 sentence when the paste is one. */
const REASON_BEFORE = new RegExp(String.raw`(?:reason|${wordsOf('reason')})(?:\s+code)?\W*$`, 'i');
/** "disconnected (Reason=…)" (RDPClient 1026). */
const DISCONNECTED_REASON = new RegExp(
  String.raw`(?:disconnected|${wordsOf('disconnected')})\s*\(?\s*reason\s*=?\s*$`,
  'i',
);

/**
 * mRemoteNG's notification "RDP disconnected!" with the ActiveX control's discReason after it, in decimal ("RDP
 * disconnected!\n516 Remote Desktop can't connect…", issue titles "RDP Disconnected 6151", "RDP disconnected - 519!"):
 * the number is a disconnect reason. Never a count or a time after it ("RDP disconnected 3 times").
 */
const APP_DISCONNECTED = /\brdp\s+disconnected\b!?\s{0,4}(?:-\s{0,2})?$/i;
/**
 * The ActiveX control's event with its argument, as its hosts' code and traces show it ("OnDisconnected(2308)",
 * "OnDisconnected 516"): the number is the discReason (IMsTscAxEvents::OnDisconnected).
 */
const ON_DISCONNECTED = /\bon_?disconnected\s{0,2}[(:=]?\s{0,2}$/i;
const ON_DISCONNECTED_FROM = "the ActiveX control's OnDisconnected event (its discReason)";
const COUNT_AFTER =
  /^\s{0,3}(?:times?|hours?|h\b|minutes?|mins?|seconds?|secs?|s\b|days?|weeks?|months?|years?|x\b|%)/i;

/**
 * The words just before a number that make it a TLS alert (see `TLS_WORDS`): never "alert" inside other words, but
 * "alert" as the whole paste's first word ("alert 48": the number Schannel's alert events give) and "Schannel alert".
 */
const TLS_ALERT_BEFORE =
  /(?:fatal\s+alert|alert\s+(?:number|code|desc\w*)|(?:tls|ssl|schannel)\w*\s+alert)\b[^0-9]{0,40}$|^\s*alert\W{0,3}$/i;

/** Events whose fields are codes: a decimal like these typed beside a code names the event, not a second code. */
const CODE_EVENTS: readonly number[] = [
  4625, 4768, 4769, 4771, 4772, 4773, 4776, 36870, 36871, 36874, 36887, 36888, 1057, 1058, 6041,
];

/**
 * A client's disconnection named just before a "reason code" outside a LocalSessionManager text ("RDP disconnected,
 * reason code 2308"): the ActiveX control's discReason, not an LSM 40 reason.
 */
const DISCONNECT_BEFORE = /\bdisconnect(?:ed|ion)?\b/i;

/** LocalSessionManager 40's own sentence ("Session %1 has been disconnected, reason code %2"), its number dropped or not. */
const LSM_CONTEXT =
  /\b(?:LSM|LocalSessionManager|event\s*(?:id\s*)?40\b|session\s+(?:\d+\s+)?has\s+been\s+disconnected\b(?:,\s*|\s+)reason\s+code|session\s+\d+\s+has\s+been\s+disconnected)/i;

const NUMBER_TOKEN = /(?<![0-9a-z_.:/\\=-])(%%\d{4}|0x[0-9a-f]+|-?[0-9][0-9a-f]*)(?![0-9a-z_]|[.:/]\d)/gi;

/**
 * The words just before a number that give it a role where no label does, the first that matches winning (`inLsm`:
 * only in a LocalSessionManager text).
 */
const CONTEXT_ROLES: readonly { readonly role: CodeRole; readonly before: RegExp; readonly inLsm?: true }[] = [
  { role: 'kerberos', before: /\b(?:kerberos|kdc|krb\w*)\W+(?:\w+\W+){0,2}$/i },
  { role: 'tlsAlert', before: TLS_ALERT_BEFORE },
  { role: 'errorState', before: /error\s+state\s+is\W*$/i },
  { role: 'lsm40', before: REASON_BEFORE, inLsm: true },
  { role: 'disconnectReason', before: DISCONNECTED_REASON },
  { role: 'disconnectReason', before: APP_DISCONNECTED },
  { role: 'disconnectReason', before: ON_DISCONNECTED },
  { role: 'extended', before: EXTENDED_CONTEXT },
  { role: 'win32', before: WIN32_CONTEXT },
  { role: 'authentication', before: AUTH_CONTEXT },
  { role: 'protocol', before: PROTOCOL_CONTEXT },
];

/** Where a code read by its context was found, as the answer says it (a role not here: as typed, or around). */
const ROLE_FROM: Partial<Record<CodeRole, string>> = {
  tlsAlert: 'the "fatal alert code" sentence',
  errorState: 'the "internal error state" sentence',
  lsm40: 'the "reason code" of a LocalSessionManager 40 sentence',
  disconnectReason: 'the "disconnected (Reason=…)" sentence (RDPClient 1026)',
  extended: 'the word "extended" before it',
  win32: 'the words before it (socket / Win32 error)',
  authentication: 'the "authentication error" dialog\'s text',
  protocol: 'the "protocol error" dialog\'s text',
  failureReason: 'its %% form (a 4625 FailureReason)',
};

const APP_REASON_FROM = 'the "RDP disconnected!" notification (mRemoteNG: the ActiveX control\'s disconnect reason)';

/** The numbers outside labels that their context makes codes. */
function contextCodes(text: string, taken: readonly [number, number][], ignored: string[]): PasteCode[] {
  const out: PasteCode[] = [];
  // Tokens come in order: the spans started before one, and the furthest end among them, say if it is taken.
  const spans = [...taken].sort((a, b) => a[0] - b[0]);
  let next = 0;
  let takenTo = -1;
  let alone: boolean | undefined;
  let lsm: boolean | undefined;
  let named: { splashtop: boolean; ntstatus: boolean } | undefined;
  const classOneWords = () =>
    (named ??= {
      splashtop: /\bsplashtop\b/i.test(text),
      ntstatus: /\b(?:DBG|STATUS)_[A-Z]|\bntstatus\b/i.test(text),
    });
  for (const m of text.matchAll(NUMBER_TOKEN)) {
    const at = m.index ?? 0;
    const token = m[1];
    for (; next < spans.length && spans[next][0] <= at; next++) takenTo = Math.max(takenTo, spans[next][1]);
    if (at < takenTo) continue;
    const before = text.slice(Math.max(0, at - 80), at);
    const why = notACode(text, at, token, before);
    if (why) {
      ignored.push(`${token}: ${why}`);
      continue;
    }
    const hex = /^0x/i.test(token) || /^%%/.test(token) || /[a-f]/i.test(token) || /^[8c][0-9a-f]{7}$/i.test(token);
    const appReason = APP_DISCONNECTED.test(before) && !COUNT_AFTER.test(text.slice(at + token.length, at + 40));
    const onDisconnected = ON_DISCONNECTED.test(before) && !COUNT_AFTER.test(text.slice(at + token.length, at + 40));
    const decimalCode =
      !hex && (CODE_CONTEXT.test(withoutFields(before)) || isSignedCode(token) || appReason || onDisconnected);
    alone ??= /^[\s,;/+&]*$/.test(text.replace(NUMBER_TOKEN, ''));
    const whole = text.trim() === token || alone;
    if (!hex && !decimalCode && !whole) {
      ignored.push(`${token}: a number no word calls a code`);
      continue;
    }
    const read = token.startsWith('%%') ? parseCode(token.slice(2)) : parseCode(token);
    if (!read) continue;
    // FreeRDP's class 1 (its ERRINFO_ lines, Splashtop's RDP error table): the server's extended code.
    const classOne = classOneFrom(text, at, token, read.value, before, classOneWords);
    if (classOne) {
      out.push({ ...read, value: read.value % FREERDP_ERRINFO_CLASS, role: 'extended', text: token, from: classOne });
      continue;
    }
    // MIT Kerberos's number for a KDC error (FreeRDP's "krb5glue_get_init_creds (… [-1765328360])"): the KDC's code.
    const kdc = krb5Number(token);
    if (kdc !== undefined) {
      out.push({ value: kdc, radix: 'decimal', role: 'kerberos', text: token, from: KRB5_FROM(kdc) });
      continue;
    }
    const parsed = read;
    // A label written without its colon ("Failure Code 0x12", "substatus 0xC0000072") still chooses the role.
    const bareLabel = labelBefore(before);
    const inLsm = () => (lsm ??= LSM_CONTEXT.test(text));
    const role: CodeRole = bareLabel
      ? bareLabel.role === 'disconnectReason' && inLsm()
        ? 'lsm40'
        : bareLabel.role === 'lsm40' && !inLsm() && DISCONNECT_BEFORE.test(before.slice(-60))
          ? 'disconnectReason'
          : bareLabel.role
      : token.startsWith('%%')
        ? 'failureReason'
        : (CONTEXT_ROLES.find((c) => c.before.test(before) && (!c.inLsm || inLsm()))?.role ?? 'code');
    const from =
      bareLabel?.name ??
      (appReason ? APP_REASON_FROM : onDisconnected ? ON_DISCONNECTED_FROM : ROLE_FROM[role]) ??
      (whole ? 'the code as typed' : 'the text around it');
    out.push({
      ...parsed,
      role,
      text: token,
      from,
      ...(whole && !bareLabel && role === 'code' ? { alone: true as const } : {}),
      ...(role === 'lsm40' && !inLsm() ? { outsideLsm: true as const } : {}),
    });
  }
  return out;
}

/**
 * MIT Kerberos's error numbers (com_err, its krb5_err.et; FreeRDP prints them after the message): the table's base,
 * krb5.h's ERROR_TABLE_BASE_krb5, plus the KDC's error code for the first 128 (KRB5KDC_ERR_NAME_EXP is the base plus
 * 1), then the library's own errors (read by the message printed with them). The KDC's code, or undefined.
 */
const KRB5_BASE = -1765328384;
const KRB5_FROM = (kdc: number) =>
  `MIT Kerberos's error number (ERROR_TABLE_BASE_krb5 -1765328384 plus the KDC's error code ${kdc})`;
function krb5Number(token: string): number | undefined {
  if (!/^-\d{10}$/.test(token)) return undefined;
  const n = Number(token) - KRB5_BASE;
  return n >= 0 && n < 128 ? n : undefined;
}
function isKrb5LibraryError(token: string): boolean {
  if (!/^-\d{10}$/.test(token)) return false;
  const n = Number(token) - KRB5_BASE;
  return n >= 128 && n < 256;
}

/**
 * Where a number is the server's extended code in the low word of FreeRDP's class 1, what says so: FreeRDP's
 * `ERRINFO_LOGOFF_BY_USER [0x0001000C]` / `(0x0000000C)` line, or a row of Splashtop Business's RDP error table
 * (`isClassOneRow`); undefined otherwise.
 */
function classOneFrom(
  text: string,
  at: number,
  token: string,
  value: number,
  before: string,
  words: () => { splashtop: boolean; ntstatus: boolean },
): string | undefined {
  if (/^0x/i.test(token) && value < 2 * FREERDP_ERRINFO_CLASS && FREERDP_ERRINFO_BEFORE.test(before))
    return "FreeRDP's ERRINFO_ line (the server's extended code)";
  if (isClassOneRow(text, at, token, value, words))
    return "the 0x0001xxxx form of Splashtop's RDP error table (FreeRDP's class 1: the server's extended code)";
  return undefined;
}

/**
 * A 0x0001xxxx number written with its eight digits as Splashtop's RDP error table writes it, its low word not 0: in a
 * paste that names Splashtop, or followed by the table's cell bar and a sentence ("0x00010005 | Another user …"),
 * the server's extended code in FreeRDP's class 1. NTSTATUS's debugger codes (0x00010001 DBG_EXCEPTION_HANDLED) in
 * a table of their own are not: a paste naming an NTSTATUS or DBG_ code keeps its number unread. `words` says, once
 * per paste, whether it names Splashtop and whether it names NTSTATUS codes.
 */
function isClassOneRow(
  text: string,
  at: number,
  token: string,
  value: number,
  words: () => { splashtop: boolean; ntstatus: boolean },
): boolean {
  if (!/^0x0001[0-9a-f]{4}$/i.test(token) || value % FREERDP_ERRINFO_CLASS === 0) return false;
  if (words().splashtop) return true;
  const cell = /^\s{0,3}\|\s{0,3}\p{Lu}[\p{Ll}'\u2019]/u.test(text.slice(at + token.length, at + token.length + 12));
  return cell && !words().ntstatus;
}

/**
 * A negative ten-digit number is a 32-bit code with its top bit set printed as a signed integer, the way .NET,
 * PowerShell and many client traces print an HRESULT or NTSTATUS ("hr = -2146893044" is 0x8009030C). Nothing else
 * users paste (addresses, ports, counts, dates) is written so.
 */
function isSignedCode(token: string): boolean {
  return /^-\d{10}$/.test(token) && Number(token) >= -0x80000000;
}

/** The label (a code's, never the event id's or the source's) the words just before a number make, if any. */
function labelBefore(before: string): { role: CodeRole; name: string } | undefined {
  const words = before
    .replace(/[\s(]+$/, '')
    .split(/\s+/)
    .slice(-4);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const raw = words.slice(-n).join(' ');
    if (!/^[A-Za-zÀ-ÿ'\- ]+$/.test(raw)) continue;
    const label = labelOf(raw);
    if (label && label.role !== 'eventId' && label.role !== 'source' && label.role !== 'code' && label.role !== 'error')
      return { role: label.role, name: raw };
  }
  return undefined;
}

/** The HTTP statuses an RD Gateway, AVD or a proxy answers with (RFC 9110 section 15). */
const HTTP_STATUS: Readonly<Record<string, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  407: 'Proxy Authentication Required',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Ports a paste names (`Test-NetConnection`, `netstat`, a URL). */
const PORT_NAME: Readonly<Record<string, string>> = {
  3389: "RDP's default port",
  443: 'HTTPS (RD Gateway, AVD)',
  3391: "RD Gateway's UDP port",
  80: 'HTTP',
  88: 'Kerberos',
  135: 'RPC',
  445: 'SMB',
};

/** FreeRDP's ERRINFO_ name just before a number: the number is the server's extended code (`FREERDP_ERRINFO_CLASS`). */
const FREERDP_ERRINFO_BEFORE = /\bERRINFO_[A-Z0-9_]{1,60}\s{0,3}[[(]\s{0,2}$/i;
/** FreeRDP's connection error number (class 2) printed beside its name or by freerdp_set_last_error. */
const FREERDP_CONNECT_BEFORE =
  /(?:\b(?:ERRCONNECT|FREERDP_ERROR)_[A-Z0-9_]{1,60}\s{0,3}[[(]\s{0,2}|set_last_error\w{0,8}\s{1,4}\[?|libfreerdp returned code is\s{1,4})$/i;

/** PortNumber named just before a number, nothing but words and the value's type between (reg query's row, a line on). */
const PORT_NUMBER_BEFORE = /\bportnumber\b[^\d\n]{0,40}(?:\n[^\d\n]{0,40})?$/i;

/** FreeRDP's connection error number in decimal after an exit or error code's label. */
const FREERDP_DECIMAL_BEFORE = new RegExp(`${FREERDP_DECIMAL_LABEL}$`, 'i');

/** Why a number in running text is no code, or undefined when it may be one. */
/**
 * A field name in camel case whose last word is a code word and whose first is none ("BugcheckCode", "ProductCode",
 * "PowerState"): another record's field, no code's label (case-sensitive: a compound word such as "Unterstatus" is
 * not one). Code words glued together stay a label ("ErrorCode", "DisconnectReason", "SubStatus").
 */
const CAMEL_FIELD =
  /(?<![A-Za-z\d_])([A-Z]?[a-z]{2,30}(?:[A-Z][a-z]{1,30}){0,3})(?:Code|State|Status|Reason|Error)(?![a-z])/g;
/** The code words a camel-case field may begin with and still be a code's label. */
const CODE_WORD_PREFIX =
  /^(?:error|extended|disconnect|disc|sub|result|failure|status|code|win32|socket|alert|last|exit|return|hresult)$/i;

/**
 * "code" in lower case glued after a letter: a word of its own that is no code's label ("DecodeManager", "Unicode",
 * "opcode", "keycode"); a camel-case label keeps its capital ("ErrorCode", "ResultCode").
 */
const GLUED_CODE = /(?<=[a-z])code/g;

/** The words before a number with other records' fields made neutral, as the code-word context reads them. */
function withoutFields(before: string): string {
  return before
    .replace(GLUED_CODE, 'word')
    .replace(CAMEL_FIELD, (field, first: string) =>
      first.split(/(?=[A-Z])/).every((w) => CODE_WORD_PREFIX.test(w)) ? field : 'field',
    );
}

/**
 * A count written by the program that printed it: a number then the thing counted, its plural marked "(s)"
 * ("Detected 16 CPU core(s)", "Creating 4 decoder thread(s)", "1 file(s) copied") or a plural noun that counts
 * ("3 attempts", "2 sessions", "4 threads"); never a code.
 */
const COUNTED_AFTER =
  /^\s{1,2}(?:(?:[a-z][\w-]{0,20}\s){0,2}[a-z]{2,20}\(s\)|(?:attempts|retries|tries|threads|cores|processors|files|users|sessions|connections|entries|records|items|packets|objects|instances|clients|events|matches)\b)/i;

/**
 * A number another table or a setting owns, by the words just before it: FreeRDP's connection error (0x0002xxxx, by
 * its name, or in decimal after an exit code's label), the listener's port after PortNumber, Rust's errno.
 */
function ownNumber(token: string, before: string): string | undefined {
  // Remmina prints FreeRDP's code as eight hex digits without 0x ("libfreerdp returned code is 0002000D").
  const value = /^0x/i.test(token)
    ? Number.parseInt(token.slice(2, 12), 16)
    : /^[0-9a-f]{8}$/i.test(token)
      ? Number.parseInt(token, 16)
      : Number.NaN;
  if (value >> 16 === FREERDP_CONNECT_CLASS >> 16 && FREERDP_CONNECT_BEFORE.test(before))
    return "FreeRDP's own connection error number (ERRCONNECT, 0x0002xxxx), read by its name";
  // The same number alone or in THC-Hydra's "rdp reported 0002000d": read as FreeRDP's error it is (its sentence).
  if (
    value >> 16 === FREERDP_CONNECT_CLASS >> 16 &&
    /^(?:0x0{0,3}2|0002)[0-9a-f]{4}$/i.test(token) &&
    /(?:^\s{0,8}|\brdp reported\s{1,3})$/i.test(before)
  )
    return "FreeRDP's own connection error number (its class 2 in the high word, ERRCONNECT), read as that error";
  // The same in decimal as an exit code (131078 is 0x00020006): FreeRDP's class 2 has no other reading in decimal.
  if (
    /^\d{6}$/.test(token) &&
    Number(token) >> 16 === FREERDP_CONNECT_CLASS >> 16 &&
    FREERDP_DECIMAL_BEFORE.test(before)
  )
    return "FreeRDP's own connection error number (ERRCONNECT, 0x0002xxxx) in decimal, read by its name";
  // The listener's port as reg query prints it after PortNumber ("PortNumber REG_DWORD 0xd3d" is 3389): a setting,
  // when it is the first number after the name on its line or the next (not a dialog's code further on).
  if (value <= 0xffff && PORT_NUMBER_BEFORE.test(before))
    return `the RDP listener's port (PortNumber, a setting: ${value}), not a code`;
  // Rust's I/O error ("Os { code: 104, kind: ConnectionReset, … }", and as it prints: "Connection timed out (os error
  // 110)"): the system's errno, read by its kind or its message, never a Windows or TLS code.
  if (/\bos \{\s{0,3}code:\s{0,3}$|\(os error\s{1,3}$/i.test(before))
    return "the system's errno inside a Rust I/O error, not a code";
  return undefined;
}

function notACode(text: string, at: number, token: string, before: string): string | undefined {
  const after = text.slice(at + token.length, at + token.length + 40);
  const own = ownNumber(token, before);
  if (own) return own;
  // FreeRDP's "DisconnectProviderUltimatum: reason: 3": the MCS reason (T.125; 3 is rn-user-requested, MS-RDPBCGR
  // 2.2.2.3), not the dialog's code 0x3.
  if (/disconnectproviderultimatum\W{0,3}(?:reason\W{0,3})?$/i.test(before))
    return "the MCS Disconnect Provider Ultimatum's reason (T.125; 3 is rn-user-requested), not a Remote Desktop error code";
  // FreeRDP's "SSL alert: [0x00004004, x00000250] type fatal [F] internal error [IE] …" (tls.c, its OpenSSL info
  // callback): OpenSSL's SSL_CB_* state and the alert (level << 8 | description, 0x250 fatal internal_error), said in
  // its words after them, not a Remote Desktop code.
  if (/\bssl alert:\s{0,3}\[(?:0x[0-9a-f]{1,8},\s{0,3}x?)?$/i.test(before))
    return "OpenSSL's alert state and value in FreeRDP's SSL alert line (said by its words after them), not a code";
  // The type of a client data block of the GCC Conference Create Request (MS-RDPBCGR 2.2.1.3.1, TS_UD_HEADER: 0xC001
  // core, 0xC002 security, 0xC003 network, 0xC004 cluster, 0xC005 monitor, 0xC006 message channel, 0xC008 monitor
  // extended, 0xC00A multitransport) as servers log a block they skip: xrdp's "Received [MS-RDPBCGR] TS_UD_HEADER type
  // 0xc006 is unknown (ignored)", FreeRDP's "Unknown GCC client data block: 0xC006". A block, never an error code.
  if (/\b(?:ts_ud_header type|gcc client data block:?)\s{0,3}$/i.test(before))
    return 'the type of a client data block (MS-RDPBCGR 2.2.1.3.1 TS_UD_HEADER), not an error code';
  // FreeRDP's Early User Authorization result (MS-RDPBCGR 2.2.10.2: 0x5 is AUTHZ_ACCESS_DENIED), read by its sentence.
  if (/authorization result\s{0,3}$/i.test(before))
    return 'the Early User Authorization Result (MS-RDPBCGR 2.2.10.2), read by its words';
  // A function's return value in FreeRDP's log ("ReceiveCallback() - -1", "STATE_RUN_FAILED [-1]").
  if (token === '-1' && /(?:state_run_failed\s{0,3}\[|\)\s{0,3}-|\berror:)\s{0,3}$/i.test(before))
    return "a function's return value in FreeRDP's log, not a code";
  if (isKrb5LibraryError(token))
    return "MIT Kerberos's own library error (com_err, krb5_err.et), said by the message printed with it, not a Windows code";
  const named = namedNumber(text, at, token, before, after) ?? logField(token, before);
  if (named) return named;
  if (inMacAddress(text, at, token)) return 'part of a MAC address (a network adapter, not a code)';
  // arp -a: "Interface: 192.0.2.45 --- 0xc" (the adapter's interface index).
  if (/(?:^|\n)\s*interface:\s*[0-9a-f.:%]{2,45}\s+---\s*$/i.test(before)) return "arp's interface index, not a code";
  // A token longer than any address part is looked at by its first 32 characters (the patterns backtrack on it).
  const around = text.slice(Math.max(0, at - 16), at + Math.min(token.length, 32) + 16);
  if (
    /\d+\.\d+\.\d+\.\d+/.test(around) &&
    /^[\d.]*$/.test(token) &&
    /(?:^|[^\d])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/.test(around)
  )
    return 'part of an address';
  if (/^\.\d/.test(after) || /\d\.$/.test(before)) return 'part of a version or an address';
  if (/[0-9a-f]:[0-9a-f:]*%$/i.test(before)) return "an IPv6 address's zone index";
  if (
    /(?:^|[^a-z])(?:tls|ssl|version|vers\.?|v|windows|build|credssp|http|rdp|ntlm|ntlmv|smb)\s*$/i.test(before) &&
    !/^0x/i.test(token)
  )
    return 'a version';
  if (/\bx\.$/i.test(before) || /x\.\s*$/i.test(before)) return 'a protocol name (X.224)';
  if (/(?:::\w+|\.cpp|\.c)\s+(?:at|line)\s*$|\bline\s*$/i.test(before) && !/^0x/i.test(token))
    return 'a line number in the source code';
  if (
    /(?:linkid|id|kb|port|session|sitzung|seconds?|minutes?|sekunden|minuten|ms)\s*[=:]?\s*$/i.test(before) &&
    !/^0x/i.test(token)
  )
    return 'an id, a port or a count';
  if (
    !/^0x/i.test(token) &&
    /^\s*(?:bytes?|seconds?|minutes?|hours?|days?|ms|milliseconds?|sekunden|minuten|octets|secondes)\b/i.test(after)
  )
    return 'a count (bytes, seconds…)';
  if (!/^0x/i.test(token) && COUNTED_AFTER.test(after)) return 'a count (of the things named after it)';
  // "1) …", "2. …" at a line's start, and a list's "1. …" after a colon ("pour l'une des raisons suivantes : 1. …").
  if (
    /^\d{1,2}$/.test(token) &&
    (/^[)\]]/.test(after) ||
      ((/(?:^|\n)\s*$/.test(before) || (token === '1' && /:\s*$/.test(before))) && /^[.)]\s/.test(after)))
  )
    return 'a list marker';
  // An event message's insertion placeholder as its template shows it ("The relevant status code was %1."), never
  // FailureReason's "%%2313".
  if (/^\d{1,2}$/.test(token) && /(?:^|[^%])%$/.test(before)) return "an event message's placeholder (%1), no value";
  // A log's date glued to its time ("[20220502-00:31:32]", xrdp's log lines).
  if (/^(?:19|20)\d{6}$/.test(token) && /^-\d{2}:\d{2}/.test(after)) return 'a date';
  if (/^[-/.]\d{1,2}[-/.]\d{2,4}/.test(after) || /\d{1,4}[-/.]$/.test(before)) return 'part of a date';
  if (/^:\d{2}/.test(after) || /\d:$/.test(before)) return 'part of a time';
  if (/^\d{4}$/.test(token) && /^(?:19|20)\d\d$/.test(token) && !YEAR_IS_CODE.test(before)) return 'a year';
  return undefined;
}

/** A program's exit status named before its number ("exit status 1", "exited with code 2"). */
const EXIT_STATUS_WORDS = String.raw`\bexit(?:ed)?\W{0,3}(?:with\W{0,3})?(?:status|code)`;
const EXIT_STATUS = new RegExp(`${EXIT_STATUS_WORDS}$`, 'i');
const EXIT_STATUS_BEFORE = new RegExp(String.raw`${EXIT_STATUS_WORDS}\W{0,3}$`, 'i');

/** The words of a log line's fields whose numbers are no codes (a label of them too: "keycode: 0x08"). */
const LOG_FIELD_WORDS = '(?:feature|flags?|keycode|scancode|mask|handle|pointer|thread|tid|pid|chan_id)';
const LOG_FIELD = new RegExp(`^${LOG_FIELD_WORDS}$`, 'i');
const LOG_FIELD_BEFORE = new RegExp(String.raw`\b${LOG_FIELD_WORDS}\W{0,3}$`, 'i');

/**
 * A number a log line names as something other than a code: a program's exit status ("Freerdp connect error exit
 * status 1", FreeRDP's own numbering), a processor feature, flags, a key or scan code, a handle, a thread or process
 * id ("feature 0x0000000a check not implemented", "flags 0x80800000", "keycode: 0x08"), an HTTP status printed after
 * its name (FreeRDP's "HTTP_STATUS_DENIED [401]"). The words just before it say so; a signed 32-bit code after "exit
 * code" stays a code.
 */
function logField(token: string, before: string): string | undefined {
  // FreeRDP's transport.c prints the C library's errno and its strerror text ("BIO_read returned a system error 104:
  // Connection reset by peer"): errno's numbering, not Windows' (errno 5 is EIO, Win32 5 is access denied).
  if (/^\d{1,3}$/.test(token) && /\breturned a system error\s{0,3}$/i.test(before))
    return "the C library's errno FreeRDP prints with its text (strerror), not a Windows code";
  if (/^\d{1,3}$/.test(token) && EXIT_STATUS_BEFORE.test(before))
    return "a program's exit status (its own number), not a code";
  if (LOG_FIELD_BEFORE.test(before))
    return 'a field the log line names (a feature, flags, a key code, a handle, an id), not a code';
  // xrdp's "Closed socket 19 (AF_UNIX)", "Socket 12: AF_INET6 connection received": a socket's descriptor (a Winsock
  // error has five digits, and its words say error).
  if (/^\d{1,4}$/.test(token) && /\bsocket\s{1,3}$/i.test(before)) return "a socket's number in a log line, not a code";
  // guacd's "Connected to RDPDR 1.13 as client 0x0002": the id the server gave the client's device redirection.
  if (/\brdpdr\b[^\n]{0,40}\bas client\s{1,3}$/i.test(before))
    return 'the client id of the device redirection channel (RDPDR) the log line names, not a code';
  if (/^\d{3}$/.test(token) && /\bhttp_status_\w{1,40}\s{0,3}[[(]\s{0,2}$/i.test(before))
    return `an HTTP status printed after its name (${token}), not a Windows code`;
  return undefined;
}

/** xrdp's "created session (access granted): … - socket: 12": a socket's descriptor as a label's value, no code. */
const socketDescriptor = (rawLabel: string, value: string): boolean =>
  /^\W{0,3}socket$/i.test(rawLabel) && /^\d{1,4}$/.test(value);

/** Six pairs of hex digits joined by one separator: a MAC address (`00-1D-60-4A-8C-CB`, route print's `00 1d 60 …`). */
const MAC_ADDRESS = /(?<![0-9a-f])[0-9a-f]{2}([-: ])[0-9a-f]{2}(?:\1[0-9a-f]{2}){4}(?![0-9a-f])/gi;

/** Whether the pair of hex digits at `at` is a byte of a MAC address (ipconfig, getmac, arp, route print, Get-NetAdapter). */
function inMacAddress(text: string, at: number, token: string): boolean {
  if (!/^[0-9a-f]{2}$/i.test(token)) return false;
  const from = Math.max(0, at - 15);
  for (const m of text.slice(from, at + 17).matchAll(MAC_ADDRESS)) {
    const start = from + (m.index ?? 0);
    if (at >= start && at < start + m[0].length) return true;
  }
  return false;
}

/**
 * Two codes typed with nothing saying their roles: two NTSTATUS values are a 4625's Status and Sub Status (not an
 * error code and its extended code); otherwise the first is the dialog's error code and the second its extended one.
 */
function pairUp(codes: PasteCode[]): PasteCode[] {
  // "error 0x904 extended 0x7": the code beside an extended one is the dialog's error code.
  const extended = codes.filter((c) => c.role === 'extended');
  const loose = codes.filter((c) => c.role === 'code');
  if (extended.length === 1 && loose.length === 1 && codes.length === 2 && loose[0].value < 0x80000000)
    return codes.map((c) =>
      c === loose[0]
        ? { ...c, role: 'error' as const, from: "the code before the extended one: the dialog's Error code" }
        : c,
    );
  // "Fehlercode: 0x904" then a code read alone (its label unread): the dialog shows its Extended error code after its
  // Error code, and nothing else.
  const error = codes.filter((c) => c.role === 'error');
  if (
    error.length === 1 &&
    loose.length === 1 &&
    codes.length === 2 &&
    codes.indexOf(loose[0]) === 1 &&
    error[0].value < 0x80000000 &&
    loose[0].value < 0x80000000
  )
    return codes.map((c) =>
      c === loose[0]
        ? {
            ...c,
            role: 'extended' as const,
            from: `${c.from}; after the dialog's Error code: its Extended error code, as the dialog orders them`,
          }
        : c,
    );
  // "4625 0xC000006D 0xC000006A": the two NTSTATUS values are its Status and Sub Status, whatever else is typed.
  const nt = loose.filter((c) => c.value >= 0xc0000000);
  // "Status: 0xC000006D" then an NTSTATUS read alone (its label unread, "Unterstatus"): a 4625's message gives its
  // Sub Status after its Status, and no other NTSTATUS.
  const status = codes.filter((c) => c.role === 'status');
  if (
    status.length === 1 &&
    nt.length === 1 &&
    loose.length === 1 &&
    status[0].value >= 0xc0000000 &&
    codes.indexOf(nt[0]) > codes.indexOf(status[0]) &&
    !codes.some((c) => c.role === 'subStatus')
  )
    return codes.map((c) =>
      c === nt[0]
        ? {
            ...c,
            role: 'subStatus' as const,
            from: `${c.from}; the NTSTATUS after a 4625's Status: its Sub Status, as the event's message orders them`,
          }
        : c,
    );
  if (nt.length === 2 && !codes.some((c) => c.role === 'status' || c.role === 'subStatus'))
    return codes
      .filter((c) => !(c.role === 'code' && (c.value === 4625 || c.value === 4776)))
      .map((c) =>
        c === nt[0]
          ? { ...c, role: 'status' as const, from: 'two NTSTATUS values together: a 4625 Status' }
          : c === nt[1]
            ? { ...c, role: 'subStatus' as const, from: 'two NTSTATUS values together: a 4625 Sub Status' }
            : c,
      );
  const free = loose;
  if (free.length !== 2 || codes.length !== 2) return codes;
  const [a, b] = free;
  const ntstatus = (c: PasteCode) => c.value >= 0xc0000000;
  if (ntstatus(a) && ntstatus(b))
    return [
      { ...a, role: 'status', from: 'two NTSTATUS values together: a 4625 Status' },
      { ...b, role: 'subStatus', from: 'two NTSTATUS values together: a 4625 Sub Status' },
    ];
  if (a.value < 0x80000000 && b.value < 0x80000000)
    return [
      { ...a, role: 'error', from: "two codes together: the dialog's Error code" },
      { ...b, role: 'extended', from: "two codes together: the dialog's Extended error code" },
    ];
  return codes;
}
