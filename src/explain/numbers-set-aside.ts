/**
 * The numbers of a paste that are no codes (paste-reader.ts, layer 3), each set aside with what it is: an address's
 * octet, a version, a port, a GUID's part, an HTTP status, a date or a time, a count, a list marker, a MAC address, a
 * log line's field, a program's exit status, another table's or a setting's own number (FreeRDP's ERRCONNECT, the
 * listener's PortNumber, Rust's errno, MIT Kerberos's library errors); in FreeRDP's log, the numbers it merely calls
 * an error and the statuses it traced.
 */
import {
  FREERDP_COMPOSITE_LABEL,
  FREERDP_CONNECT_CLASS,
  FREERDP_CONNECT_ERRORS,
  FREERDP_DECIMAL_LABEL,
} from './tables/program-logs/third-party-clients.js';
import type { PasteCode } from './paste-reader.js';
import { programLogNumber } from './program-log-numbers.js';
import { lastAtOrBefore } from '../model/arrays.js';
import { wordsOf } from './paste-words.js';

/**
 * A FreeRDP log whose own code is recognized (by its name or the number it prints beside it): a small decimal its lines
 * merely call an error or a status ("error 1", "Status: 1", a count) is no code FreeRDP presents, set aside and said.
 */
export function setAsideLooseNumbers(codes: PasteCode[], ignored: string[]): void {
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
export function setAsideTracedStatuses(text: string, codes: PasteCode[], ignored: string[]): void {
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
 * MIT Kerberos's error numbers (com_err, its krb5_err.et; FreeRDP prints them after the message): the table's base,
 * krb5.h's ERROR_TABLE_BASE_krb5, plus the KDC's error code for the first 128 (KRB5KDC_ERR_NAME_EXP is the base plus
 * 1), then the library's own errors (read by the message printed with them). The KDC's code, or undefined.
 */
const KRB5_BASE = -1765328384;
export const KRB5_FROM = (kdc: number) =>
  `MIT Kerberos's error number (ERROR_TABLE_BASE_krb5 -1765328384 plus the KDC's error code ${kdc})`;
export function krb5Number(token: string): number | undefined {
  if (!/^-\d{10}$/.test(token)) return undefined;
  const n = Number(token) - KRB5_BASE;
  return n >= 0 && n < 128 ? n : undefined;
}
function isKrb5LibraryError(token: string): boolean {
  if (!/^-\d{10}$/.test(token)) return false;
  const n = Number(token) - KRB5_BASE;
  return n >= 128 && n < 256;
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

/** FreeRDP's connection error number (class 2) printed beside its name or by freerdp_set_last_error. */
const FREERDP_CONNECT_BEFORE =
  /(?:\b(?:ERRCONNECT|FREERDP_ERROR)_[A-Z0-9_]{1,60}\s{0,3}[[(]\s{0,2}|set_last_error\w{0,8}\s{1,4}\[?|libfreerdp returned code is\s{1,4})$/i;

/** PortNumber named just before a number, nothing but words and the value's type between (reg query's row, a line on). */
const PORT_NUMBER_BEFORE = /\bportnumber\b[^\d\n]{0,40}(?:\n[^\d\n]{0,40})?$/i;

/** FreeRDP's connection error number in decimal after an exit or error code's label. */
const FREERDP_DECIMAL_BEFORE = new RegExp(`${FREERDP_DECIMAL_LABEL}$`, 'i');

/** A code's label just before FreeRDP's composite number with its 0x. */
const FREERDP_COMPOSITE_BEFORE = new RegExp(`${FREERDP_COMPOSITE_LABEL}$`, 'i');

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
export function withoutFields(before: string): string {
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
 * A URL's percent-encoded character ("redirect_url=https%3A%2F%2Fhost", "%253D" for a doubly encoded "="): the digits
 * after a single "%" in a run of text with no space that has "://" or another %XX escape (RFC 3986 2.1), not a code
 * (issue 60, r29). Its reason, or undefined. Bounded, linear.
 */
function percentEncoded(before: string, token: string, after: string): string | undefined {
  if (!/(?:^|[^%])%$/.test(before) || !/^[0-9a-f]{2}/i.test(token)) return undefined;
  const run = `${/\S{0,80}$/.exec(before)?.[0] ?? ''}${token}${/^\S{0,40}/.exec(after)?.[0] ?? ''}`;
  const url = run.includes('://') || (run.match(/%[0-9a-f]{2}/gi)?.length ?? 0) > 1;
  return url ? 'a URL\'s percent-encoded character (RFC 3986: %2F is "/"), not a code' : undefined;
}

/** What a number stands for when the words before or after it make it an id, a port or a count; undefined else. */
function countOrId(token: string, before: string, after: string): string | undefined {
  if (/^0x/i.test(token)) return undefined;
  if (/(?:linkid|id|kb|port|session|sitzung|seconds?|minutes?|sekunden|minuten|ms)\s*[=:]?\s*$/i.test(before))
    return 'an id, a port or a count';
  if (/^\s*(?:bytes?|seconds?|minutes?|hours?|days?|ms|milliseconds?|sekunden|minuten|octets|secondes)\b/i.test(after))
    return 'a count (bytes, seconds…)';
  // The first number of a range of counts ("1-2 seconds after"; r30-h61d).
  if (/^\s{0,2}[-–]\s{0,2}\d{1,6}\s{0,2}(?:bytes?|seconds?|minutes?|hours?|days?|ms)\b/i.test(after))
    return 'a count (a range of seconds, minutes…)';
  if (COUNTED_AFTER.test(after)) return 'a count (of the things named after it)';
  return undefined;
}

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
  // The same number alone, in THC-Hydra's "rdp reported 0002000d" or with 0x after a code's label ("Error 0x2000F"):
  // read as the FreeRDP error it is (its sentence); after a label, only a number FreeRDP has an error for.
  if (
    value >> 16 === FREERDP_CONNECT_CLASS >> 16 &&
    /^(?:0x0{0,3}2|0002)[0-9a-f]{4}$/i.test(token) &&
    (/(?:^\s{0,8}|\brdp reported\s{1,3})$/i.test(before) ||
      (/^0x/i.test(token) &&
        FREERDP_COMPOSITE_BEFORE.test(before) &&
        FREERDP_CONNECT_ERRORS.some((e) => e.value === (value & 0xffff))))
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
  // 0xD3D is 3389 in hexadecimal, as reg query prints the listener's PortNumber; no code table holds it (round 30).
  if (value === 3389 && /^0x/i.test(token))
    return "3389 in hexadecimal, the RDP listener's default port as reg query prints PortNumber, not a code";
  // Rust's I/O error ("Os { code: 104, kind: ConnectionReset, … }", and as it prints: "Connection timed out (os error
  // 110)"): the system's errno, read by its kind or its message, never a Windows or TLS code.
  if (/\bos \{\s{0,3}code:\s{0,3}$|\(os error\s{1,3}$/i.test(before))
    return "the system's errno inside a Rust I/O error, not a code";
  return undefined;
}

/**
 * The Linux kernel's reports of a process that crashed (arch/x86/mm/fault.c show_signal_msg: "%s[%d]: segfault at %lx
 * ip %px sp %px error %lx in %s[%lx+%lx]"), each as the span of its line (at most 300 characters each side): "error" is
 * the page fault's error bits, its other numbers addresses. Found once per paste; spans in order, their ends too.
 */
export function segfaultReports(text: string): (readonly [number, number])[] {
  const out: (readonly [number, number])[] = [];
  for (const m of text.matchAll(
    /\bsegfault at [0-9a-f]{1,16} ip [0-9a-f]{1,16} sp [0-9a-f]{1,16} error [0-9a-f]{1,8}\b/gi,
  )) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const head = text.slice(Math.max(0, at - 300), at);
    const tail = text.slice(end, end + 300);
    const nl = tail.indexOf('\n');
    out.push([at - head.length + head.lastIndexOf('\n') + 1, nl === -1 ? end + tail.length : end + nl]);
  }
  return out;
}

/** The paste's segfault reports, found on the first question (a reader asks it of every number). */
export function segfaultReportsOnce(text: string): () => readonly (readonly [number, number])[] {
  let spans: (readonly [number, number])[] | undefined;
  return () => (spans ??= segfaultReports(text));
}

/** Whether `at` is inside one of the spans (in order, their ends too): the last span starting at or before it. */
function inSpans(spans: readonly (readonly [number, number])[], at: number): boolean {
  const found = lastAtOrBefore(spans, at, (span) => span[0]);
  return found >= 0 && at < spans[found][1];
}

export function notACode(
  text: string,
  at: number,
  token: string,
  before: string,
  segfaults: () => readonly (readonly [number, number])[] = () => segfaultReports(text),
  lineStartOf?: (at: number) => number,
): string | undefined {
  const after = text.slice(at + token.length, at + token.length + 40);
  const own = ownNumber(token, before) ?? percentEncoded(before, token, after);
  if (own) return own;
  if (inSpans(segfaults(), at))
    return "a number of the Linux kernel's segfault report (a program crashed: addresses and the page fault's error bits), not a code";
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
  const count = countOrId(token, before, after);
  if (count) return count;
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
  return programLogNumber(text, at, token, before, lineStartOf);
}

/** A program's exit status named before its number ("exit status 1", "exited with code 2"). */
const EXIT_STATUS_WORDS = String.raw`\bexit(?:ed)?\W{0,3}(?:with\W{0,3})?(?:status|code)`;
export const EXIT_STATUS = new RegExp(`${EXIT_STATUS_WORDS}$`, 'i');
const EXIT_STATUS_BEFORE = new RegExp(String.raw`${EXIT_STATUS_WORDS}\W{0,3}$`, 'i');

/** The words of a log line's fields whose numbers are no codes (a label of them too: "keycode: 0x08"). */
const LOG_FIELD_WORDS = '(?:feature|flags?|keycode|scancode|mask|handle|pointer|thread|tid|pid|chan_id)';
export const LOG_FIELD = new RegExp(`^${LOG_FIELD_WORDS}$`, 'i');
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
  // "errno" named just before it (xrdp's "returned errno: 2, description: …", "errno=111"): a Unix system error.
  if (/^\d{1,3}$/.test(token) && /\berrno\s{0,3}[:=]?\s{0,3}$/i.test(before))
    return "the system's errno (a Unix error number, errno's numbering, not Windows'), not a code";
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
export const socketDescriptor = (rawLabel: string, value: string): boolean =>
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
