/**
 * The numbers outside labels that their context makes codes (paste-reader.ts, layer 3): a hex number, a decimal after
 * a code word, a signed 32-bit code; the role the words just before it give (`CONTEXT_ROLES`); FreeRDP's class 1
 * (its ERRINFO_ lines, Splashtop's table) as the server's extended code; MIT Kerberos's number for a KDC error. A
 * number that is no code is set aside and said (numbers-set-aside.ts).
 */
import { parseCode } from '../../patterns/codes/index.js';
import { FREERDP_ERRINFO_CLASS } from './tables/program-logs/third-party-clients.js';
import { labelBefore } from './label-lines.js';
import { KRB5_FROM, krb5Number, notACode, segfaultReportsOnce, withoutFields } from './numbers-set-aside.js';
import { lineStarts } from './program-log-numbers.js';
import type { CodeRole, PasteCode } from './paste-reader.js';
import {
  APP_DISCONNECTED,
  AUTH_CONTEXT,
  CODE_CONTEXT,
  COUNT_AFTER,
  DISCONNECTED_REASON,
  DISCONNECT_BEFORE,
  EXTENDED_CONTEXT,
  LSM_CONTEXT,
  ON_DISCONNECTED,
  PROTOCOL_CONTEXT,
  REASON_BEFORE,
  TLS_ALERT_BEFORE,
  WIN32_CONTEXT,
  isSignedCode,
} from './paste-words.js';

const ON_DISCONNECTED_FROM = "the ActiveX control's OnDisconnected event (its discReason)";
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
export function contextCodes(text: string, taken: readonly [number, number][], ignored: string[]): PasteCode[] {
  const out: PasteCode[] = [];
  // Tokens come in order: the spans started before one, and the furthest end among them, say if it is taken.
  const spans = [...taken].sort((a, b) => a[0] - b[0]);
  let next = 0;
  let takenTo = -1;
  let alone: boolean | undefined;
  let lsm: boolean | undefined;
  let named: { splashtop: boolean; ntstatus: boolean } | undefined;
  const segfaults = segfaultReportsOnce(text);
  const lineStartOf = lineStarts(text);
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
    const why = notACode(text, at, token, before, segfaults, lineStartOf);
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

/** FreeRDP's ERRINFO_ name just before a number: the number is the server's extended code (`FREERDP_ERRINFO_CLASS`). */
const FREERDP_ERRINFO_BEFORE = /\bERRINFO_[A-Z0-9_]{1,60}\s{0,3}[[(]\s{0,2}$/i;
