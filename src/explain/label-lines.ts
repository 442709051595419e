/**
 * The labels of a paste (paste-reader.ts, layer 2): `Label: value` lines, each known label's number given its role
 * (English by the end of the line's label; German and French only whole, from the words tables/languages/paste-labels.ts
 * quotes), an unknown label's number read by its words or set aside; a label written without its colon just before a
 * number (`labelBefore`).
 */
import { parseCode } from '../../patterns/codes/index.js';
import { EXIT_STATUS, LOG_FIELD, socketDescriptor } from './numbers-set-aside.js';
import type { CodeRole, PasteCode } from './paste-reader.js';
import { programLogNumber } from './program-log-numbers.js';
import {
  AUTH_CONTEXT,
  CODE_CONTEXT,
  DISCONNECT_BEFORE,
  LSM_CONTEXT,
  PROTOCOL_CONTEXT,
  isSignedCode,
  viewerLabels,
  wordsOf,
} from './paste-words.js';

interface Label {
  /** Matches the end of the label ("Additional Information Failure Code" is a Failure Code). */
  readonly suffix?: RegExp;
  /** Matches the whole label only (a generic word: "Id" is an event id, "Process ID" is not). */
  readonly exact?: RegExp;
  readonly role: CodeRole | 'eventId' | 'source';
  readonly name: string;
}

/**
 * Labels, the more specific first (`Extended error code` before `Error code`, `Sub Status` before `Status`).
 *
 * An English label is read by the end of the line's label ("Additional Information Failure Code" is a Failure Code);
 * a German or French one only whole, and only from the words src/explain/tables/languages/paste-labels.ts quotes with their
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

/** A letter of another script than Latin, then at most one blank: the end of a label's word the pattern left out. */
const NON_LATIN_WORD_BEFORE = /[^\P{L}\p{Script=Latin}][ \t]?$/u;

/**
 * "セッション ID: 3", "ログオン ID: 0x3E7": an "ID" label after a word in a script the label pattern does not read is the
 * last word of another field's label, not the event's id (Event Viewer's own "イベント ID" is read as "Event ID" before
 * the labels are, localized.ts).
 */
function labelEndsWordOfOtherScript(text: string, start: number): boolean {
  return NON_LATIN_WORD_BEFORE.test(text.slice(Math.max(0, start - 8), start));
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

/**
 * A decimal after a label inside a Remote Desktop program's own log line ("nla_recv() error: -1", "invalid
 * rpc->State: 5") is its state, length or return value, no code: taken, never read (program-log-numbers.ts).
 */
export function readLabelLines(text: string): LabelLines {
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
    if (programLogNumber(text, start, m[3], `${rawLabel}: `)) {
      taken.push([start, end]);
      continue;
    }
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
      if (Number.isInteger(id) && id > 0 && id < 65536 && !labelEndsWordOfOtherScript(text, start)) eventId ??= id;
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

/** The label (a code's, never the event id's or the source's) the words just before a number make, if any. */
export function labelBefore(before: string): { role: CodeRole; name: string } | undefined {
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
