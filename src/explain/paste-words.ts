/**
 * The words around a number that make it a code or give it a role (paste-reader.ts, layers 2 and 3): English, and the
 * German and French words of tables/languages/paste-labels.ts (each quoted by its Microsoft page) and Event Viewer's localized
 * labels (tables/languages/localized.ts); a signed decimal that is a 32-bit code. Shared by the labels (label-lines.ts) and the
 * numbers read in running text (context-codes.ts).
 */
import { EVENT_VIEWER_LABELS, tolerant } from './tables/languages/localized.js';
import { PASTE_WORDS, type PasteWordRole } from './tables/languages/paste-labels.js';

/**
 * The German and French words of one role, each as src/explain/tables/languages/paste-labels.ts quotes it from its Microsoft page,
 * as a regular expression's alternatives that find it as pasted (case, accents, apostrophes, spaces).
 */
export function wordsOf(...roles: PasteWordRole[]): string {
  return PASTE_WORDS.filter((w) => roles.includes(w.role))
    .map((w) => tolerant(w.word))
    .join('|');
}

/** Event Viewer's localized label for an English one (localized.ts), as alternatives. */
export function viewerLabels(english: 'Event ID' | 'Source'): string {
  return EVENT_VIEWER_LABELS.filter((l) => l.english === english)
    .map((l) => tolerant(l.label))
    .join('|');
}

/**
 * Words before a number that make it a code: English, and the German and French words of paste-labels.ts (each
 * quoted by its Microsoft page). `%%` only right before its digits (a FailureReason written "%% 2313"): a doubled
 * percent sign elsewhere is a shell's or a batch file's escaped "%" ("rdesktop -g 92%% -a 16"), and the words after it
 * call nothing a code.
 */
export const CODE_CONTEXT = new RegExp(
  String.raw`(?:(?:code|error|err|reason|status|hresult|ntstatus|winsock|wsa|socket|win32|extended|alert|state|${wordsOf('code', 'error', 'errorCode', 'reason')})\W{0,3}(?:\w+\W{1,3}){0,2}|%%\s{0,2})$`,
  'i',
);
export const EXTENDED_CONTEXT = /extended\W{0,3}(?:\w+\W{1,3}){0,2}$/i;
export const WIN32_CONTEXT = /(?:winsock|wsa|socket|win32|system\s+error)\W{0,3}(?:\w+\W{1,3}){0,2}$/i;
export const AUTH_CONTEXT = new RegExp(
  String.raw`(?:authentication\s+error|${wordsOf('authentication')})[\s\S]{0,200}$`,
  'i',
);
export const PROTOCOL_CONTEXT = /protocol\s+error[\s\S]{0,200}$/i;
/** "reason" (or "reason code") just before a number: of an LSM 40 sentence when the paste is one. */
export const REASON_BEFORE = new RegExp(String.raw`(?:reason|${wordsOf('reason')})(?:\s+code)?\W*$`, 'i');
/** "disconnected (Reason=…)" (RDPClient 1026). */
export const DISCONNECTED_REASON = new RegExp(
  String.raw`(?:disconnected|${wordsOf('disconnected')})\s*\(?\s*reason\s*=?\s*$`,
  'i',
);

/**
 * mRemoteNG's notification "RDP disconnected!" with the ActiveX control's discReason after it, in decimal ("RDP
 * disconnected!\n516 Remote Desktop can't connect…", issue titles "RDP Disconnected 6151", "RDP disconnected - 519!"):
 * the number is a disconnect reason. Never a count or a time after it ("RDP disconnected 3 times").
 */
export const APP_DISCONNECTED = /\brdp\s+disconnected\b!?\s{0,4}(?:-\s{0,2})?$/i;
/**
 * The ActiveX control's event with its argument, as its hosts' code and traces show it ("OnDisconnected(2308)",
 * "OnDisconnected 516"): the number is the discReason (IMsTscAxEvents::OnDisconnected).
 */
export const ON_DISCONNECTED = /\bon_?disconnected\s{0,2}[(:=]?\s{0,2}$/i;
export const COUNT_AFTER =
  /^\s{0,3}(?:times?|hours?|h\b|minutes?|mins?|seconds?|secs?|s\b|days?|weeks?|months?|years?|x\b|%)/i;

/**
 * The words just before a number that make it a TLS alert (see `TLS_WORDS`): never "alert" inside other words, but
 * "alert" as the whole paste's first word ("alert 48": the number Schannel's alert events give) and "Schannel alert".
 */
export const TLS_ALERT_BEFORE =
  /(?:fatal\s+alert|alert\s+(?:number|code|desc\w*)|(?:tls|ssl|schannel)\w*\s+alert)\b[^0-9]{0,40}$|^\s*alert\W{0,3}$/i;

/**
 * A client's disconnection named just before a "reason code" outside a LocalSessionManager text ("RDP disconnected,
 * reason code 2308"): the ActiveX control's discReason, not an LSM 40 reason.
 */
export const DISCONNECT_BEFORE = /\bdisconnect(?:ed|ion)?\b/i;

/** LocalSessionManager 40's own sentence ("Session %1 has been disconnected, reason code %2"), its number dropped or not. */
export const LSM_CONTEXT =
  /\b(?:LSM|LocalSessionManager|event\s*(?:id\s*)?40\b|session\s+(?:\d+\s+)?has\s+been\s+disconnected\b(?:,\s*|\s+)reason\s+code|session\s+\d+\s+has\s+been\s+disconnected)/i;

/**
 * A negative ten-digit number is a 32-bit code with its top bit set printed as a signed integer, the way .NET,
 * PowerShell and many client traces print an HRESULT or NTSTATUS ("hr = -2146893044" is 0x8009030C). Nothing else
 * users paste (addresses, ports, counts, dates) is written so.
 */
export function isSignedCode(token: string): boolean {
  return /^-\d{10}$/.test(token) && Number(token) >= -0x80000000;
}
