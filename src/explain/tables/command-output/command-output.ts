/**
 * Command output pasted for what it is (issue 60): what `qwinsta`/`quser`, `certutil -store "Remote Desktop"` (or
 * `certutil -v`), `netstat -ano` and `Test-NetConnection -Port 3389` show about Remote Desktop and what to do, never
 * the numbers in them looked up as codes (a session id 65536, a PID, a port).
 *
 * One implementation of each rule: a rule the host-state checks already make (something listens on the listener
 * port; the listener's certificate is valid and has its private key) is made by those checks
 * (patterns/state/checks.ts) on the items the paste holds, read by the state readers (parsers/state: `netstat`);
 * the session lists' rules (a listener in the list, disconnected sessions holding a slot) are this module's own.
 *
 * The shapes, each from Microsoft's page for the command:
 * - `query session` (qwinsta): columns SESSIONNAME USERNAME ID STATE TYPE DEVICE; a `>` marks the caller's session;
 *   the states are WTS_CONNECTSTATE_CLASS's (Active, Conn, ConnQ, Shadow, Disc, Idle, Listen, Reset, Down, Init),
 *   the listener `rdp-tcp` is a session in state Listen (Microsoft Learn "query session"; wtsapi32
 *   WTS_CONNECTSTATE_CLASS: "WTSListen: the WinStation is listening for a connection").
 * - `query user` (quser): USERNAME SESSIONNAME ID STATE IDLE TIME LOGON TIME; a disconnected session has no
 *   session name; no session at all prints "No User exists for *" (Microsoft Learn "query user").
 * - `certutil -store`: one block per certificate after "================ Certificate N ================", with
 *   "NotAfter: <date>", "Subject:", "Cert Hash(sha1):", and, for the private key, "Missing stored keyset" when the
 *   key is not there or not readable, "Encryption test passed" when it is (Microsoft Learn "certutil").
 * - `netstat -ano`: Proto, Local Address, Foreign Address, State, PID (Microsoft Learn "netstat").
 * - `Test-NetConnection -Port`: `Name : Value` lines ComputerName, RemoteAddress, RemotePort, PingSucceeded,
 *   TcpTestSucceeded; "WARNING: Name resolution of … failed" (Microsoft Learn "Test-NetConnection", NetTCPIP module).
 *   A test whose TCP connection failed stays the sentence `test-netconnection-tcp-failed` (sentences.ts): here only
 *   a test that answered (the failure is past TCP) and a name that did not resolve.
 * Every reader is one pass over the lines, each line matched by an anchored expression of bounded parts.
 */
import { readNetstatText } from '../../../../parsers/state/index.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { lookupWin32Error } from '../../../../patterns/codes/index.js';
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';
import type { StateItem } from '../../../model/state.js';
import type { AdminCommand } from './admin-output.js';
import type { CommandReading } from './command-reading.js';
import { type ConsoleCommand, otherPortSaid } from './console-output.js';
import { type HostCommand, readHostOutput } from './host-output.js';
import { readServiceControl } from './service-control.js';
import { readFirewallRules } from './firewall-rules.js';
import { type FirewallLogCommand, readFirewallLog } from '../program-logs/firewall-logs.js';
import { type ProbeCommand, readPortProbe } from './port-probes.js';
import { pastedView, stateCheck } from './pasted-state.js';

type OwnCommand = 'qwinsta' | 'quser' | 'certutil' | 'netstat' | 'test-netconnection';
export type CommandKind =
  | OwnCommand
  | HostCommand
  | 'firewall-rules'
  | AdminCommand
  | ConsoleCommand
  | ProbeCommand
  | FirewallLogCommand;

/** What a pasted command output shows about Remote Desktop. */
export type CommandOutputReading = CommandReading<CommandKind>;

const SOURCES: Readonly<Record<OwnCommand, string>> = {
  qwinsta:
    'Microsoft Learn: "query session" (Windows commands) and wtsapi32 WTS_CONNECTSTATE_CLASS (the session states)',
  quser: 'Microsoft Learn: "query user" (Windows commands)',
  certutil:
    'Microsoft Learn: "certutil" (Windows commands, -store); "Remote Desktop listener certificate configurations" and event 1057/1058 (the listener\'s certificate and its private key)',
  netstat:
    'Microsoft Learn: "netstat" (Windows commands); "General Remote Desktop connection troubleshooting" (check the listener port)',
  'test-netconnection':
    'Microsoft Learn: Test-NetConnection (NetTCPIP module; TcpTestSucceeded, PingSucceeded); "General Remote Desktop connection troubleshooting"',
};

const WHAT: Readonly<Record<OwnCommand, string>> = {
  qwinsta: 'qwinsta (query session) output',
  quser: 'quser (query user) output',
  certutil: 'certutil certificate dump',
  netstat: 'netstat -ano output',
  'test-netconnection': 'Test-NetConnection output',
};

/** The lines of a paste (CR dropped), read once. */
const linesOf = (text: string) => text.split('\n').map((l) => l.replace(/\r$/, ''));

const check = stateCheck;

// ---- qwinsta / quser ----

type SessionState = 'active' | 'conn' | 'connq' | 'shadow' | 'disc' | 'idle' | 'listen' | 'reset' | 'down' | 'init';
const STATES: Readonly<Record<SessionState, string>> = {
  active: 'Active',
  conn: 'Connected',
  connq: 'connecting',
  shadow: 'shadowing',
  disc: 'Disconnected',
  idle: 'Idle',
  listen: 'Listen',
  reset: 'being reset',
  down: 'Down (failed)',
  init: 'initializing',
};

/**
 * The session lists as Windows prints them in its display language: the column headers (qwinsta: session, user,
 * id, state; quser: user, session, id, state) and the state words, each language with its source. English is
 * Microsoft's page and WTS_CONNECTSTATE_CLASS; a language no Microsoft page shows is taken from public captures of
 * the real output (the answer says which), and only the words they show: a state word no capture shows is not
 * guessed (its row is passed over).
 */
interface SessionListLanguage {
  readonly language: string;
  readonly header: { readonly session: string; readonly user: string; readonly id: string; readonly state: string };
  /** The state words (lower case) and the state each is. */
  readonly states: Readonly<Record<string, SessionState>>;
  readonly source: string;
}

export const SESSION_LIST_LANGUAGES: readonly SessionListLanguage[] = [
  {
    language: 'English',
    header: { session: 'SESSIONNAME', user: 'USERNAME', id: 'ID', state: 'STATE' },
    states: Object.fromEntries(Object.keys(STATES).map((k) => [k, k as SessionState])),
    source: 'Microsoft Learn "query session" and "query user"; wtsapi32 WTS_CONNECTSTATE_CLASS',
  },
  {
    language: 'Russian',
    header: { session: 'СЕАНС', user: 'ПОЛЬЗОВАТЕЛЬ', id: 'ID', state: 'СТАТУС' },
    // "Диск" is Disc's own abbreviation on a Russian Windows, "Прием" (also spelled "Приём") the listener's Listen.
    states: { активно: 'active', диск: 'disc', подключено: 'conn', прием: 'listen', приём: 'listen' },
    source:
      'not a Microsoft page: public captures of Russian Windows output: qwinsta in https://github.com/paulmann/RDPAudit/blob/6752e700047be7ccacd67909a64e2cef8bbccb34/tests/RdpAudit.Core.Tests/QwinstaParserTests.cs (СЕАНС ПОЛЬЗОВАТЕЛЬ ID СТАТУС ТИП УСТР-ВО; Диск, Подключено, Активно, Прием), quser in https://github.com/Constantine-SRV/ServiceLogonMultifactor/blob/2fbe1221e533742c126a086d84ad3bf27e9fe860/ServiceLogonMultifactor.Tests/SearchedQuserTests.cs (ПОЛЬЗОВАТЕЛЬ СЕАНС ID СТАТУС БЕЗДЕЙСТВ. ВРЕМЯ ВХОДА; Активно)',
  },
];

/** A header's words, the next column after spaces (each word ends where a space or the line does). */
const headerOf = (words: readonly string[]) => new RegExp(String.raw`^\s*${words.join(String.raw`\s+`)}(?=\s|$)`, 'iu');
const QWINSTA_HEADERS = SESSION_LIST_LANGUAGES.map((l) => ({
  l,
  re: headerOf([l.header.session, l.header.user, l.header.id, l.header.state]),
}));
const QUSER_HEADERS = SESSION_LIST_LANGUAGES.map((l) => ({
  l,
  re: headerOf([l.header.user, l.header.session, l.header.id, l.header.state]),
}));

/** A row: an optional `>`, up to two names, the id, the state (the rest: type, device or idle and logon time). */
const SESSION_ROW =
  /^ ?>?(?:[ \t]{0,80}(\S{1,64}))?[ \t]{1,80}(?:(\S{1,64})[ \t]{1,80})?(\d{1,10})[ \t]{1,40}(\p{L}{2,12})(?!\p{L})/u;
/** A session name, as opposed to a user name: `services`, `console`, `rdp-tcp`, `rdp-tcp#3`, a listener `*-tcp`. */
const SESSION_NAME =
  /^(?:services|console|[\w.-]{1,40}#\d{1,6}|[\w.-]{1,40}-tcp|ica-[\w.-]{1,40}|rdp-sxs[\w.-]{0,40})$/i;
/** Azure Virtual Desktop's listener: the side-by-side stack's `rdp-sxs<version>` (Microsoft Learn AVD agent troubleshooting). */
const SXS_LISTENER = /^rdp-sxs/i;

interface SessionRow {
  readonly session?: string;
  readonly user?: string;
  readonly id: number;
  readonly state: SessionState;
}

function sessionRows(lines: readonly string[], userFirst: boolean, words: SessionListLanguage): SessionRow[] {
  const out: SessionRow[] = [];
  for (const line of lines) {
    const m = SESSION_ROW.exec(line);
    const word = m?.[4].toLowerCase();
    // The language's state words; English ones too (a localized header above English states is seen in captures).
    const state = word && (words.states[word] ?? SESSION_LIST_LANGUAGES[0].states[word]);
    if (!m || !state) continue;
    const names = [m[1], m[2]].filter((x): x is string => x !== undefined);
    let session: string | undefined;
    let user: string | undefined;
    if (names.length === 2) [session, user] = userFirst ? [names[1], names[0]] : [names[0], names[1]];
    else if (names.length === 1) SESSION_NAME.test(names[0]) ? (session = names[0]) : (user = names[0]);
    out.push({ session, user, id: Number(m[3]), state });
  }
  return out;
}

/**
 * Issue 60 (h60p): every user's session Active over Remote Desktop (rdp-tcp#…), two or more: sessions in use, a
 * state, not a failure; the session limit is named for the case it applies to, never ranked as a cause.
 */
function remoteSessionsInUse(
  active: readonly { readonly session?: string }[],
  users: number,
): { readonly summary: string; readonly todo: string } | undefined {
  const remote = active.filter((r) => /^rdp-tcp#/i.test(r.session ?? ''));
  if (remote.length < 2 || remote.length !== users) return undefined;
  return {
    summary: `; ${remote.length} Remote Desktop sessions active`,
    todo: `${remote.length} users are connected over Remote Desktop at once: nothing here failed, but each holds a session. If a new connection is refused or "Another user is signed in" shows, the server's limit (two administrative sessions without RD Session Host, or MaxInstanceCount) may be reached: ask one user to sign out.`,
  };
}

/** A localized list's language and state words, said first (nothing for an English list). */
function listLanguageShown(words: SessionListLanguage): string[] {
  if (words === SESSION_LIST_LANGUAGES[0]) return [];
  const states = Object.entries(words.states).map(([w, st]) => `${w} = ${STATES[st]}`);
  return [`The list is in ${words.language}: read by its column headers and state words (${states.join(', ')}).`];
}

/** qwinsta's listeners: the RDP one (or AVD's side-by-side one) up, down or missing; what it shows and causes said. */
function listenerSummary(
  rows: readonly SessionRow[],
  listeners: readonly SessionRow[],
  said: { readonly shows: string[]; readonly causes: string[]; readonly todo: string[] },
): string {
  const { shows, causes, todo } = said;
  const rdp = listeners.find((r) => /^rdp-tcp$/i.test(r.session ?? ''));
  const sxs = listeners.find((r) => SXS_LISTENER.test(r.session ?? ''));
  if (sxs && sxs.state !== 'listen') {
    shows.push(
      `The Azure Virtual Desktop listener ${sxs.session} (the side-by-side stack) is ${STATES[sxs.state]}, not listening (session ${sxs.id}).`,
    );
    todo.push(
      "The side-by-side stack is not working: read the host's Application log for RDAgentBootLoader and RDAgent errors, check that the registry key of the stack (HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\rdp-sxs…) exists, and reinstall the side-by-side stack (or the agent); the host's status reads SxSStackListenerNotReady or Unavailable meanwhile.",
    );
    return `The AVD side-by-side stack's listener ${sxs.session} is ${STATES[sxs.state]}: the stack is failing, the host takes no AVD connection`;
  }
  if (sxs) {
    shows.push(
      `The Azure Virtual Desktop listener ${sxs.session} (the side-by-side stack) is listening (session ${sxs.id}, state Listen).`,
    );
    return 'The AVD side-by-side stack listener is up';
  }
  if (rows.length === 0) {
    // Round 25 (r25-s19w): no row read (the list's line breaks lost, "SESSIONNAME USERNAME … console 0 Conn …" on
    // one line): the list cannot say a listener is missing.
    shows.push('No session row could be read from the list (its line breaks lost?): paste it as qwinsta prints it.');
    return "qwinsta's session list, its rows not readable";
  }
  if (rdp?.state === 'listen') {
    shows.push(`The RDP listener rdp-tcp is listening (session ${rdp.id}, state Listen).`);
    return 'The RDP listener is up';
  }
  if (rdp) {
    shows.push(`The RDP listener rdp-tcp is ${STATES[rdp.state]}, not listening.`);
    causes.push(networkUnreachable.id);
    todo.push(
      'Read the System log for TermService and RemoteDesktopServices-RdpCoreTS errors at the listener start (a certificate the listener cannot use, a port another program holds), then restart TermService (this drops every session on the server).',
    );
    return `The RDP listener is ${STATES[rdp.state]}`;
  }
  shows.push(
    `No RDP listener (rdp-tcp) in the list${listeners.length ? `; other listeners: ${listeners.map((r) => r.session).join(', ')}` : ''}.`,
  );
  causes.push(networkUnreachable.id);
  todo.push(
    'Check that Remote Desktop is on (reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server" /v fDenyTSConnections: 0 is on) and that the Remote Desktop Services service (TermService) runs; its System-log errors at start say why the listener is missing.',
  );
  return 'No RDP listener: nothing on this computer accepts Remote Desktop connections';
}

function readSessions(
  lines: readonly string[],
  command: 'qwinsta' | 'quser',
  words: SessionListLanguage,
): CommandOutputReading {
  const rows = sessionRows(lines, command === 'quser', words);
  const shows: string[] = listLanguageShown(words);
  const todo: string[] = [];
  const causes: string[] = [];
  const users = rows.filter((r) => r.user);
  const active = users.filter((r) => r.state === 'active');
  const disc = users.filter((r) => r.state === 'disc');
  const listeners = rows.filter(
    (r) => r.state === 'listen' || (r.session && (/-tcp$/i.test(r.session) || SXS_LISTENER.test(r.session)) && !r.user),
  );
  let summary =
    command === 'qwinsta'
      ? listenerSummary(rows, listeners, { shows, causes, todo })
      : users.length
        ? 'The signed-in users and their sessions'
        : 'No user is signed in';
  if (lines.some((l) => /^\s*No User exists for\b/i.test(l))) shows.push('No user has a session on it.');
  if (active.length)
    shows.push(
      `Active: ${active.map((r) => `${r.user} (session ${r.id}${r.session ? `, ${r.session}` : ''})`).join(', ')}.`,
    );
  if (disc.length) {
    shows.push(
      `Disconnected, still signed in: ${disc.map((r) => `${r.user} (session ${r.id})`).join(', ')}: each keeps its session, programs and licence.`,
    );
    // A list of sessions is a state, not a failure: the limit is named for the case it applies to (connections
    // refused), never ranked as the cause of a failure the paste does not show.
    todo.push(
      `Disconnected sessions count against the session limit (one session on a Windows client edition, two administrative sessions on a server without RD Session Host, or MaxInstanceCount): if new connections are refused or "Another user is signed in" shows, sign one off with \`logoff ${disc[0].id}\` (this closes that user's programs; unsaved work is lost), or set a time limit for disconnected sessions.`,
    );
    summary += `; ${disc.length} disconnected session(s) still hold a slot`;
  }
  if (!users.length && command === 'qwinsta') shows.push('No user session besides the system ones.');
  const inUse = command === 'qwinsta' && !disc.length ? remoteSessionsInUse(active, users.length) : undefined;
  if (inUse) {
    summary += inUse.summary;
    todo.push(inUse.todo);
  }
  const source =
    words === SESSION_LIST_LANGUAGES[0]
      ? SOURCES[command]
      : `${SOURCES[command]}; the ${words.language} words: ${words.source}`;
  return { command, what: WHAT[command], summary, shows, todo, causes, source };
}

// ---- query session / query user refused ----

/**
 * `qwinsta /server:X` or `quser /server:X` that could not list the sessions: "Error N getting sessionnames" and
 * "Error [N]:<the Win32 error's text>" (the commands' own error lines). The commands ask the server over RPC
 * (WTSEnumerateSessions), not over Remote Desktop's TCP 3389: their error says nothing of a Remote Desktop
 * connection (public report: mstsc connects to the server while `qwinsta /server:` says the RPC server is
 * unavailable, https://github.com/danports/cassia/issues/74). Its number is a Win32 error, never a disconnect reason.
 */
const SESSIONS_ERROR = /^\s{0,40}Error\s{1,5}(\d{1,10})\s{1,5}getting\s{1,5}session\s?names\s*$/i;
const BRACKET_ERROR = /^\s{0,40}Error\s{0,5}\[(\d{1,10})\]\s{0,5}:\s{0,5}(\S.{0,200}?)\s*$/i;
const QUERY_COMMAND = /\b(?:qwinsta|quser|query\s{1,10}(?:session|user))\b/i;

function readQueryError(lines: readonly string[]): CommandOutputReading | undefined {
  let code: string | undefined;
  let text: string | undefined;
  let marked = false;
  for (const line of lines) {
    const m = SESSIONS_ERROR.exec(line);
    if (m) {
      code ??= m[1];
      marked = true;
    }
    const b = BRACKET_ERROR.exec(line);
    if (b) {
      code ??= b[1];
      text ??= b[2];
    }
    if (QUERY_COMMAND.test(line)) marked = true;
  }
  if (!code || !marked) return undefined;
  const named = lookupWin32Error(Number(code));
  const said = `Win32 error ${code}${named ? ` ${named.name}` : ''}${text ? ` ("${text.replace(/\.$/, '')}")` : ''}`;
  return {
    command: 'qwinsta',
    what: 'query session / query user error',
    summary: `query session (qwinsta) or query user (quser) could not list the server's sessions: ${said}. The command asks over RPC, not over Remote Desktop: it says nothing of a Remote Desktop connection`,
    shows: [
      `The command failed with ${said}: no session list was read.`,
      'qwinsta /server: and quser /server: query the server through RPC (WTSEnumerateSessions), not through TCP 3389: a Remote Desktop connection to the same server may work while they fail.',
    ],
    todo: [
      "Run the command on the server itself, or as an administrator of the server; for a Remote Desktop failure, read the error the client shows or the server's RdpCoreTS and Security logs.",
    ],
    causes: [],
    source: `${SOURCES.qwinsta}; a public report that qwinsta /server: fails with "RPC Server is unavailable" while mstsc connects: https://github.com/danports/cassia/issues/74`,
  };
}

// ---- certutil ----

const CERT_BLOCK = /^=+\s*Certificate\s+\d{1,5}\s*=+\s*$/i;
const NOT_AFTER =
  /^\s*NotAfter\s*:\s*(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?\s*(AM|PM)?)?/i;
const SUBJECT = /^\s*Subject\s*:\s*(.{1,200})$/i;
const ISSUER = /^\s*Issuer\s*:\s*(.{1,200})$/i;
const HASH = /^\s*Cert Hash\(sha1\)\s*:\s*((?:[0-9a-f]{2}\s?){20})\s*$/i;

/** A certutil date as ISO: `2026-11-25`, else month/day/year as certutil's English output writes it. */
function certutilDate(m: RegExpExecArray): { iso: string; said: string } | undefined {
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [y, mo, d] = m[1].length === 4 ? [a, b, c] : [c, a, b];
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  let h = m[4] ? Number(m[4]) % 12 : 0;
  if (m[6]?.toUpperCase() === 'PM') h += 12;
  else if (!m[6] && m[4]) h = Number(m[4]);
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${m[5] ?? '00'}:00.000Z`;
  return Number.isNaN(Date.parse(iso)) ? undefined : { iso, said: `${y}-${pad(mo)}-${pad(d)}` };
}

function readCertutil(lines: readonly string[], now: Date): CommandOutputReading {
  const items: StateItem[] = [];
  let current: StateItem | undefined;
  const start = (line: number) => {
    current = {
      kind: 'certificate',
      key: 'LocalMachine\\Remote Desktop',
      name: `certificate ${items.length}`,
      value: '',
      fields: {},
      line,
    };
    items.push(current);
  };
  lines.forEach((line, i) => {
    if (CERT_BLOCK.test(line)) {
      start(i + 1);
      return;
    }
    if (!current && NOT_AFTER.test(line)) start(i + 1);
    const f = current?.fields;
    if (!current || !f) return;
    const after = NOT_AFTER.exec(line);
    const date = after && certutilDate(after);
    if (date) f.NotAfter = date.iso;
    const subject = SUBJECT.exec(line);
    if (subject) f.Subject = subject[1].trim();
    const issuer = ISSUER.exec(line);
    if (issuer) f.Issuer = issuer[1].trim();
    const hash = HASH.exec(line);
    if (hash) current.name = hash[1].replace(/\s/g, '').toUpperCase();
    if (/^\s*Missing stored keyset\s*$/i.test(line)) f.HasPrivateKey = false;
    else if (/^\s*Encryption test passed\s*$/i.test(line)) f.HasPrivateKey = true;
  });
  const shows: string[] = [];
  const todo: string[] = [];
  const causes: string[] = [];
  const taken = now.toISOString();
  for (const item of items) {
    const f = item.fields ?? {};
    const name = `${item.name}${f.Subject ? ` (${f.Subject})` : ''}`;
    const notAfter = typeof f.NotAfter === 'string' ? f.NotAfter.slice(0, 10) : undefined;
    shows.push(
      `${name}: ${notAfter ? `valid to ${notAfter}` : 'no NotAfter read'}${f.HasPrivateKey === false ? '; no private key ("Missing stored keyset")' : f.HasPrivateKey === true ? '; private key present ("Encryption test passed")' : ''}.`,
    );
    // The rule is the host-state check's, made on this one certificate as the listener's.
    const outcome = check('certificate').evaluate(pastedView('ps-certificates', [item], taken));
    if (outcome.verdict === 'failed') {
      shows.push(outcome.explanation ?? outcome.value);
      todo.push(...(outcome.remediation ?? []));
      // A certificate that still works (it expires soon) is a warning, not the cause of a failure.
      if ((outcome.confidence ?? 0) >= 0.5 && !causes.includes(tlsCertificate.id)) causes.push(tlsCertificate.id);
    }
  }
  const summary = causes.length
    ? 'The certificate cannot serve Remote Desktop: TLS fails with it'
    : items.length
      ? `The certificate${items.length > 1 ? 's' : ''} listed can serve TLS (valid, key not reported missing)`
      : 'No certificate read in the dump';
  if (causes.length)
    todo.push(
      'The client then sees a certificate or "internal error" dialog, and the server logs Schannel 36870 (0x8009030D, no private key) or TermService 1057/1058: those events confirm it.',
    );
  return { command: 'certutil', what: WHAT.certutil, summary, shows, todo, causes, source: SOURCES.certutil };
}

// ---- certutil -store of an empty store ----

const STORE_DONE = /^\s{0,40}CertUtil:\s{0,5}-store command completed successfully\.?\s{0,40}$/i;

/**
 * `certutil -store "Remote Desktop"` that lists no certificate: the store's name, then the command's end. No
 * verdict on the listener's certificate: it may be one `SSLCertificateSHA1Hash` names in another store, and
 * TermService makes a self-signed one at its next start (Microsoft Learn "Remote Desktop listener certificate
 * configurations"; its failure to is TermService 1057).
 */
function readEmptyStore(lines: readonly string[]): CommandOutputReading | undefined {
  const said = lines.filter((l) => l.trim() && !/^\s{0,40}(?:C:\\|PS\s)/i.test(l));
  if (said.length !== 2 || !STORE_DONE.test(said[1]!) || !/^\s{0,40}Remote Desktop\s{0,40}$/i.test(said[0]!))
    return undefined;
  return {
    command: 'certutil',
    what: WHAT.certutil,
    summary:
      "The Remote Desktop certificate store lists no certificate: no verdict on the listener's certificate (TermService makes a self-signed one when it starts; SSLCertificateSHA1Hash may name one in another store)",
    shows: ['certutil read the store and found no certificate in it.'],
    todo: [
      'Restart TermService (this drops every session on the server) and list the store again; if it stays empty, read the System log for TermService 1057 (the self-signed certificate could not be made).',
    ],
    causes: [],
    source: SOURCES.certutil,
  };
}

// ---- certutil -verify ----

/**
 * `certutil -verify <file>` (or `-verify -urlfetch`): the chain it built, each element's status as CERT_TRUST_STATUS
 * names its flags ("ChainContext.dwErrorStatus = CERT_TRUST_IS_NOT_TIME_VALID (0x1)", an info status beside them,
 * "CERT_TRUST_HAS_PREFERRED_ISSUER (0x100)"), "ERROR: …" lines and "CertUtil: -verify command completed
 * successfully." (Microsoft Learn "certutil" -verify; wincrypt CERT_TRUST_STATUS: the error and info flags). The
 * values in parentheses are flag masks, never codes.
 */
const VERIFY_MARK =
  /^\s{0,40}(?:-{2,20}\s{0,5}CERT_CHAIN_CONTEXT\s{0,5}-{2,20}|ChainContext\.dw(?:Error|Info)Status\s{0,5}=|CertUtil:\s{0,5}-verify command)/i;
const TRUST_ERROR =
  /^\s{0,40}(?:ChainContext|SimpleChain|Element)\.dwErrorStatus\s{0,5}=\s{0,5}(CERT_TRUST_[A-Z_]{1,60})/i;
const VERIFY_ERROR = /^\s{0,40}(?:ERROR|CertUtil):\s{0,5}(\S.{0,300})$/i;

/** The CERT_TRUST error flags that say what the certificate is, each with what it means for Remote Desktop. */
const TRUST_FLAGS: Readonly<Record<string, { readonly says: string; readonly cause: boolean }>> = {
  CERT_TRUST_IS_NOT_TIME_VALID: { says: 'a certificate of the chain is expired or not yet valid', cause: true },
  CERT_TRUST_IS_REVOKED: { says: 'a certificate of the chain is revoked', cause: true },
  CERT_TRUST_IS_NOT_SIGNATURE_VALID: { says: "a certificate's signature is not valid", cause: true },
  CERT_TRUST_IS_NOT_VALID_FOR_USAGE: {
    says: 'the certificate is not valid for the usage asked (Server Authentication for a Remote Desktop listener)',
    cause: true,
  },
  CERT_TRUST_IS_UNTRUSTED_ROOT: {
    says: 'the chain ends in a root this computer does not trust (a self-signed certificate does): the client warns that the identity of the remote computer cannot be verified',
    cause: false,
  },
  CERT_TRUST_IS_PARTIAL_CHAIN: {
    says: 'the chain could not be built up to a root (an intermediate certificate is missing here)',
    cause: false,
  },
  CERT_TRUST_REVOCATION_STATUS_UNKNOWN: {
    says: 'the revocation status could not be checked: the client warns that a revocation check could not be performed',
    cause: false,
  },
  CERT_TRUST_IS_OFFLINE_REVOCATION: { says: 'the revocation server (CRL or OCSP) was offline', cause: false },
};

function readCertutilVerify(lines: readonly string[]): CommandOutputReading | undefined {
  if (!lines.some((l) => VERIFY_MARK.test(l))) return undefined;
  const flags = new Set<string>();
  const errors: string[] = [];
  let completed = false;
  for (const line of lines) {
    const t = TRUST_ERROR.exec(line);
    if (t) flags.add(t[1].toUpperCase());
    if (/^\s{0,40}CertUtil:\s{0,5}-verify command completed successfully/i.test(line)) completed = true;
    else if (/^\s{0,40}CertUtil:\s{0,5}-verify command FAILED/i.test(line)) errors.push(line.trim());
    else if (/^\s{0,40}ERROR:/i.test(line) && errors.length < 4)
      errors.push(VERIFY_ERROR.exec(line)?.[1] ?? line.trim());
  }
  const known = [...flags].filter((f) => TRUST_FLAGS[f]);
  const failing = known.filter((f) => TRUST_FLAGS[f].cause);
  // Its ERROR line names the HRESULT: an expired or revoked certificate fails as the flags do.
  const fails = failing.length > 0 || errors.some((e) => /\b(?:CERT_E_EXPIRED|CRYPT_E_REVOKED)\b/i.test(e));
  const shows = [
    ...known.map((f) => `${f}: ${TRUST_FLAGS[f].says}.`),
    ...[...flags].filter((f) => !TRUST_FLAGS[f]).map((f) => `${f} (a CERT_TRUST_STATUS error flag).`),
    ...errors.map((e) => `certutil: ${e}`),
  ];
  const common = {
    command: 'certutil' as const,
    what: 'certutil -verify output',
    source:
      'Microsoft Learn: "certutil" (Windows commands, -verify); CERT_TRUST_STATUS (wincrypt.h: the chain\'s error and info flags)',
  };
  if (fails)
    return {
      ...common,
      summary:
        'certutil -verify finds the certificate unusable: a server presenting it fails TLS or is refused by the client',
      shows,
      todo: [
        "If it is the Remote Desktop listener's certificate, replace it (a valid one with Server Authentication and its private key) or delete it from the Remote Desktop store and restart TermService so that a new self-signed one is made; the server logs TermService 1057/1058 or Schannel 36870 when it cannot use its certificate.",
      ],
      causes: [tlsCertificate.id],
    };
  if (flags.size || errors.length)
    return {
      ...common,
      summary: `certutil -verify reports ${known.length ? known.map((f) => TRUST_FLAGS[f].says).join('; ') : 'errors'}: a warning the client shows, not a refusal by the server`,
      shows,
      todo: [
        'The client may still connect after its warning; to remove it, give the server a certificate from a CA the clients trust (and reachable CRL/OCSP addresses), or install the missing chain on the client.',
      ],
      causes: [],
    };
  if (!completed) return undefined;
  return {
    ...common,
    summary: 'certutil -verify finds the chain valid: no error status, the command completed successfully',
    shows: ['No CERT_TRUST error status in the chain; -verify completed successfully.'],
    todo: [],
    causes: [],
  };
}

// ---- netstat ----

function readNetstat(text: string, now: Date): CommandOutputReading {
  const items = readNetstatText(text);
  const outcome = check('listener-port-open').evaluate(pastedView('netstat', items, now.toISOString()));
  const tcp = items.filter((i) => i.key === 'TCP');
  const other = [...new Set(tcp.map((i) => Number(i.value)))].filter((p) => p !== 3389).slice(0, 12);
  const shows = [
    outcome.verdict === 'passed' ? `Listening: ${outcome.value}.` : `${outcome.explanation ?? outcome.value}`,
  ];
  if (outcome.verdict === 'failed' && other.length)
    shows.push(
      `Other TCP listeners: ${other.join(', ')}. If the RDP listener was moved (PortNumber), it is one of these: the PID column names its process (\`tasklist /svc /fi "PID eq <PID>"\` shows TermService).`,
    );
  const listening = outcome.verdict === 'passed';
  return {
    command: 'netstat',
    what: WHAT.netstat,
    summary: listening
      ? 'Something listens on TCP 3389: the listener is up on the server; a client that cannot connect is stopped on the way (firewall, address, VPN)'
      : 'Nothing listens on TCP 3389: the RDP listener is down or on another port',
    shows,
    todo: listening
      ? [
          'From the client: `Test-NetConnection <server> -Port 3389`. False there while the server listens means a firewall or the path between drops the port (check the inbound rule "Remote Desktop - User Mode (TCP-In)").',
        ]
      : [
          ...(outcome.remediation ?? []),
          'Restarting TermService drops every session on that server: do it when no one is connected, or after warning them.',
        ],
    causes: listening ? [] : [networkUnreachable.id],
    source: SOURCES.netstat,
  };
}

// ---- Test-NetConnection ----

const TNC_LINE =
  /^\s*(ComputerName|RemoteAddress|RemotePort|PingSucceeded|TcpTestSucceeded|NameResolutionSucceeded)\s*:\s*(\S{1,255})\s*$/i;
const NAME_FAILED = /^\s*WARNING:\s*Name resolution of\s+(\S{1,255})\s+failed/i;
/** The command line's own port argument: `Test-NetConnection kms01 -Port 1688` (-Port, or its alias -RemotePort). */
const TNC_PORT_ASKED = /\btest-netconnection\b[^\n]{0,300}?\s-(?:remote)?port\s{1,5}(\d{1,5})\b/i;
/** The test's result quoted inline, beside the command that asked for a port (round 29). */
const TNC_INLINE_RESULT = /\btcptestsucceeded\s{0,5}:\s{0,5}(true|false)\b/i;
const TCP_CONNECT_FAILED =
  /^\s{0,40}WARNING:\s{0,10}TCP connect to \(\S{1,255}\s{0,5}:\s{0,5}(\d{1,5})\)\s{0,5}failed/i;

/**
 * A port test that answered, or a name that did not resolve. A test whose TCP connection failed is the sentence
 * `test-netconnection-tcp-failed` of src/explain/tables/sentences/sentences.ts (one rule, there): undefined here.
 */
function readTestNetConnection(lines: readonly string[]): CommandOutputReading | undefined {
  const f: Record<string, string> = {};
  let unresolved: string | undefined;
  for (const line of lines) {
    const m = TNC_LINE.exec(line);
    if (m) f[m[1].toLowerCase()] = m[2];
    unresolved ??= NAME_FAILED.exec(line)?.[1];
  }
  // Quoted in running text ("`Test-NetConnection … -Port 5432` returned `TcpTestSucceeded : False`"): its result inline.
  const inline = TNC_INLINE_RESULT.exec(lines.join('\n'))?.[1];
  if (inline) f.tcptestsucceeded ??= inline;
  const target = f.computername ?? unresolved ?? 'the server';
  const port = f.remoteport ?? '3389';
  const shows: string[] = [];
  if (f.remoteaddress) shows.push(`${target} resolved to ${f.remoteaddress}.`);
  if (f.pingsucceeded)
    shows.push(
      `Ping: ${/^true$/i.test(f.pingsucceeded) ? 'answered' : 'no answer (many servers drop ping: not a verdict alone)'}.`,
    );
  const common = {
    command: 'test-netconnection',
    what: WHAT['test-netconnection'],
    source: SOURCES['test-netconnection'],
  } as const;
  if (unresolved || /^false$/i.test(f.nameresolutionsucceeded ?? ''))
    return {
      ...common,
      summary: `The name ${target} does not resolve: no address, so no connection was tried`,
      shows: [...shows, `The name ${target} did not resolve.`],
      todo: [
        `Check the name (\`Resolve-DnsName ${target}\`), the DNS suffix, or connect by address; a VPN may be needed for internal names.`,
      ],
      causes: [networkUnreachable.id],
    };
  // A port that is not Remote Desktop's (PostgreSQL's 5432 tested the same way): said for that port, no cause.
  const answered = /^true$/i.test(f.tcptestsucceeded ?? '');
  const failedPort = lines.map((l) => TCP_CONNECT_FAILED.exec(l)?.[1]).find(Boolean);
  // The port the command asked for (`-Port 1688`) when its output prints none of its own.
  const askedPort = lines.map((l) => TNC_PORT_ASKED.exec(l)?.[1]).find(Boolean);
  const other = otherPortSaid(f.remoteport ?? failedPort ?? askedPort, answered, lines.join('\n'));
  if (other && (answered || /^false$/i.test(f.tcptestsucceeded ?? '')))
    return { ...common, summary: other, shows: [...shows, `${other}.`], todo: [], causes: [] };
  if (!answered) return undefined;
  return {
    ...common,
    summary: `TCP ${port} on ${target} answers: the network path and a listener are fine; a failure is past TCP (TLS, NLA/CredSSP, licensing, sign-in)`,
    shows: [...shows, `TCP ${port} answered (TcpTestSucceeded True).`],
    todo: [
      "Read the error the client shows (its code, or paste its dialog), or the server's RdpCoreTS and Security logs at that time.",
    ],
    causes: [],
  };
}

/** The command output a paste is, read for what it shows about Remote Desktop; undefined when it is none of them. */
export function readCommandOutput(text: string, now = new Date()): CommandOutputReading | undefined {
  const lines = linesOf(text);
  const queryError = readQueryError(lines);
  if (queryError) return queryError;
  const verify = readCertutilVerify(lines);
  if (verify) return verify;
  const empty = readEmptyStore(lines);
  if (empty) return empty;
  const qwinsta = QWINSTA_HEADERS.find((h) => lines.some((l) => h.re.test(l)));
  if (qwinsta) return readSessions(lines, 'qwinsta', qwinsta.l);
  const quser = QUSER_HEADERS.find((h) => lines.some((l) => h.re.test(l)));
  if (quser || lines.some((l) => /^\s*No User exists for \*/i.test(l)))
    return readSessions(lines, 'quser', quser?.l ?? SESSION_LIST_LANGUAGES[0]);
  if (
    lines.some((l) => NOT_AFTER.test(l)) &&
    lines.some((l) => CERT_BLOCK.test(l) || /^\s*CertUtil:/i.test(l) || HASH.test(l))
  )
    return readCertutil(lines, now);
  if (
    lines.some((l) => /^\s*TcpTestSucceeded\s*:/i.test(l) || NAME_FAILED.test(l)) ||
    (TNC_PORT_ASKED.test(text) && TNC_INLINE_RESULT.test(text))
  )
    return readTestNetConnection(lines);
  const probe = readPortProbe(lines) ?? readFirewallLog(lines, text);
  if (probe) return probe;
  const host = readServiceControl(lines, text) ?? readFirewallRules(lines, now) ?? readHostOutput(lines, now);
  if (host) return host;
  // netstat's header is localized; its rows are read by their shape (parsers/state).
  if (lines.some((l) => /^\s*Proto\s+Local Address\s+Foreign Address\b/i.test(l)) || readNetstatText(text).length > 0)
    return readNetstat(text, now);
  return undefined;
}
