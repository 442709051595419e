/**
 * What the user typed into `explain-code`, read the way the Remote Desktop dialogs show codes: two numbers
 * ("Error code: 0x904, Extended error code: 0x7"), one number in hex or decimal, or a dialog's text pasted whole
 * ("An authentication error has occurred (Code: 0x80090304)", "Because of a protocol error (code: 0x112f)…",
 * "An internal error has occurred", a 4625 FailureReason `%%2306`). Only reading: no table is consulted here.
 */
import { type ParsedCode, parseCode } from '../../patterns/codes/index.js';

/** Which table the dialog's own words point to, when they do. */
export type DialogContext =
  | 'authentication'
  | 'protocol'
  | 'failure-reason'
  | 'event'
  | 'logon-status'
  | 'tls-alert'
  | 'lsm40';

/** A second number the pasted text gives beside the one explained (a 4625's Status, Schannel's error state). */
export interface AlongsideCode {
  readonly label: string;
  readonly code: ReadCode;
  readonly table: 'ntstatus' | 'schannel';
}

export interface ReadCode extends ParsedCode {
  /** The text the number was read from. */
  readonly text: string;
}

export interface DialogInput {
  /** The "Error code", or the only code given. */
  readonly code: ReadCode;
  /** The "Extended error code", when there was one. */
  readonly extended?: ReadCode;
  /** The table the dialog's words name for `code`. */
  readonly context?: DialogContext;
  /** True when `code` came out of pasted text rather than being typed alone. */
  readonly fromText: boolean;
  readonly alongside?: AlongsideCode;
}

/** "An internal error has occurred" shows Error code 0x4 (patterns/codes/mstsc-disconnect-reasons.ts). */
const INTERNAL_ERROR_CODE = 4;

const NUMBER = '(0x[0-9a-f]+|-?[0-9]+)';
const EXTENDED_LABEL = new RegExp(String.raw`extended\s+error\s+code\s*[:=]?\s*${NUMBER}`, 'i');
const PRIMARY_LABEL = new RegExp(String.raw`(?<!extended\s+)error\s+code\s*[:=]?\s*${NUMBER}`, 'i');
const AUTHENTICATION = new RegExp(String.raw`authentication\s+error[\s\S]*?\bcode\s*[:=]?\s*${NUMBER}`, 'i');
const PROTOCOL = new RegExp(String.raw`protocol\s+error[\s\S]*?\bcode\s*[:=]?\s*${NUMBER}`, 'i');
const FAILURE_REASON = /%%\s*([0-9]{4})\b/;
/** "TermDD 56", "Schannel event 36871", "event ID 4625". */
const EVENT = /\b(?:TermDD|Schannel|Security|System|event)\s*(?:event\s*)?(?:id\s*)?[:#]?\s*([0-9]{2,5})\b/i;
const INTERNAL_ERROR = /internal\s+error\s+has\s+occurred/i;
/** A 4625 pasted whole: "Status: 0xC000006D … Sub Status: 0xC0000064". */
const SUB_STATUS = /sub\s*-?\s*status\s*[:=]?\s*(0x[0-9a-f]+)/i;
const STATUS = /(?<!sub\s*-?\s*)\bstatus\s*[:=]?\s*(0x[0-9a-f]+)/i;
/** Schannel 36887/36888: "The following fatal alert was generated: 50.", "… fatal alert code is 10." */
const TLS_ALERT = /fatal\s+alert\b[^0-9]*?(\d{1,3})\b/i;
const ERROR_STATE = /internal\s+error\s+state\s+is\s*[:=]?\s*(\d+)/i;
/** LSM 40: "Session 3 has been disconnected, reason code 12". */
const LSM_REASON = /reason\s+code\s*[:=]?\s*(\d+)/i;
const LSM_CONTEXT = /\b(?:LSM|LocalSessionManager|event\s*(?:id\s*)?40\b|has\s+been\s+disconnected)/i;
const ANY_NUMBER = /(?<![0-9a-z])(0x[0-9a-f]+|-?[0-9]+)(?![0-9a-z])/gi;

/**
 * Read the code(s) out of what was typed. `extended`, when given, is the dialog's "Extended error code".
 * Throws an Error (worded for the user) when no code can be read.
 */
export function readDialogInput(input: string, extended?: string, usage = ''): DialogInput {
  const hasExtended = extended !== undefined && extended.trim() !== '';
  const alone = parseCode(input);
  if (alone) {
    const code = { ...alone, text: input.trim() };
    if (!hasExtended) return { code, fromText: false };
    const ext = parseCode(extended);
    if (!ext) throw new Error(`"${extended.trim()}" is not a valid extended error code. ${usage}`.trim());
    return { code, extended: { ...ext, text: extended.trim() }, fromText: false };
  }
  const text = hasExtended ? `${input} ${extended}` : input;
  const fromText = readText(text);
  if (!fromText) throw new Error(`"${clip(input.trim())}" is not a valid error code. ${usage}`.trim());
  return fromText;
}

function readText(text: string): DialogInput | undefined {
  const at = (re: RegExp): ReadCode | undefined => {
    const m = re.exec(text);
    const parsed = m ? parseCode(m[1]) : undefined;
    return m && parsed ? { ...parsed, text: m[1] } : undefined;
  };
  // The log's own sentences first: their words name the table.
  const subStatus = at(SUB_STATUS);
  const status = at(STATUS);
  if (subStatus || status) {
    const specific = subStatus && subStatus.value !== 0 ? subStatus : (status ?? subStatus)!;
    return {
      code: specific,
      context: 'logon-status',
      fromText: true,
      ...(status && specific !== status ? { alongside: { label: 'Status', code: status, table: 'ntstatus' } } : {}),
    };
  }
  const alert = at(TLS_ALERT);
  if (alert) {
    const state = at(ERROR_STATE);
    return {
      code: alert,
      context: 'tls-alert',
      fromText: true,
      ...(state ? { alongside: { label: 'Internal error state', code: state, table: 'schannel' } } : {}),
    };
  }
  const lsmReason = LSM_CONTEXT.test(text) ? at(LSM_REASON) : undefined;
  if (lsmReason) return { code: lsmReason, context: 'lsm40', fromText: true };
  const extended = at(EXTENDED_LABEL);
  const primary = at(PRIMARY_LABEL);
  if (primary) return { code: primary, ...(extended ? { extended } : {}), fromText: true };
  if (extended) return { code: extended, context: 'protocol', fromText: true };
  const authentication = at(AUTHENTICATION);
  if (authentication) return { code: authentication, context: 'authentication', fromText: true };
  const protocol = at(PROTOCOL);
  if (protocol) return { code: protocol, context: 'protocol', fromText: true };
  const reason = FAILURE_REASON.exec(text);
  if (reason) {
    const parsed = parseCode(reason[1]);
    if (parsed) return { code: { ...parsed, text: `%%${reason[1]}` }, context: 'failure-reason', fromText: true };
  }
  const event = EVENT.exec(text);
  if (event) {
    const parsed = parseCode(event[1]);
    if (parsed) return { code: { ...parsed, text: event[1] }, context: 'event', fromText: true };
  }
  const numbers = [...text.matchAll(ANY_NUMBER)]
    .map((m) => ({ parsed: parseCode(m[1]), text: m[1] }))
    .filter((n): n is { parsed: ParsedCode; text: string } => n.parsed !== undefined);
  if (numbers.length > 0) {
    const [first, second] = numbers;
    return {
      code: { ...first.parsed, text: first.text },
      ...(second ? { extended: { ...second.parsed, text: second.text } } : {}),
      fromText: true,
    };
  }
  if (INTERNAL_ERROR.test(text))
    return { code: { value: INTERNAL_ERROR_CODE, radix: 'hex', text: '0x4' }, fromText: true };
  return undefined;
}

/** What a code's symbolic name looks like: `SEC_E_WRONG_PRINCIPAL`, `E_PROXY_…`, `ConnectionFailed…`. */
const NAME_IN_TEXT =
  /\b((?:SEC_[EI]|CRYPT_E|E_PROXY|STATUS|ERRINFO|ERROR|RPC_S)_[A-Z0-9_]+|ConnectionFailed[A-Za-z]+|ConnectionBroken[A-Za-z]*|Shortpath[A-Za-z]+|ReverseConnectFailed|UnexpectedNetworkDisconnect|exDiscReason[A-Za-z]+|disconnectReason[A-Za-z]+)\b/;
const LONE_NAME = /^\s*([A-Za-z][A-Za-z0-9_]{3,})\s*$/;

/**
 * A code's symbolic name in what the user typed or pasted (`SEC_E_LOGON_DENIED`, an AVD `ConnectionFailed…`), or
 * undefined: whether a table names it is for the caller to find.
 */
export function readCodeName(input: string): string | undefined {
  return NAME_IN_TEXT.exec(input)?.[1] ?? LONE_NAME.exec(input)?.[1];
}

/** The user's text as an error message quotes it: short, and with no control character reaching the terminal. */
function clip(text: string): string {
  const plain = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
  return plain.length > 80 ? `${plain.slice(0, 77)}...` : plain;
}
