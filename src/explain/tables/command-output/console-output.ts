/**
 * Console output admins paste beside a Remote Desktop problem that names no error (issue 60, round 16): each read as
 * the command it is, what it states said, and a cause given only where the output states one (an account disabled
 * or locked out); its numbers (PIDs, handles, byte counts, KB and build numbers, MAC bytes, hop counts, ports) are
 * never looked up as codes. A healthy or neutral output says so.
 *
 * Each command is recognised by a line only its output prints (its header or title, anchored, of bounded parts), from
 * Microsoft's page for the command; the readers make one pass over the lines.
 * - Accounts: `net user <name> [/domain]` ("Account active  No" a disabled account, Microsoft Learn "net user"
 *   /active:no; "Account active  Locked" a locked-out one, widely reported: public scripts parse that value),
 *   `Get-ADUser` (Enabled, LockedOut, PasswordExpired, in a list or a table), `Get-LocalUser` (Name, Enabled),
 *   `net accounts` (the lockout policy).
 * - Audit: `auditpol /get` with Logon "No Auditing": the Security log then holds no 4624/4625, so their absence
 *   says nothing.
 * - Event listings (`Get-WinEvent | Format-Table TimeCreated, Id, Message`, `Get-EventLog`'s table): the ids named,
 *   counted; a listing's cut messages hold no Status, so a 4625 row gives no cause (a row quoting a code is left to
 *   the code reader).
 * - Network and host: ipconfig /all, systeminfo, Get-HotFix, route print, gpresult /r, netsh advfirewall's profiles,
 *   Get-NetFirewallProfile, netsh http show sslcert, tasklist /svc, Get-Process, Get-NetAdapter, arp -a, getmac,
 *   pathping, Test-WSMan and WinRM's fault, nltest /dsgetdc, w32tm /query /status, Get-RDUserSession, Get-RDServer,
 *   query termserver, qprocess: named, what they show said, no cause.
 * - `Test-NetConnection` of another service's well-known port (5432, 1433, 5985 …): its answer is said for that
 *   service, and no Remote Desktop cause is ranked (command-output.ts and admin-output.ts ask `otherPortSaid`).
 */
import { authAccountState } from '../../../../patterns/auth-account-state.js';
import type { CommandReading } from './command-reading.js';
import { REMOTE_DESKTOP_WORDS } from '../other-products/other-subsystems.js';

export type ConsoleCommand =
  | 'net-user'
  | 'ad-user'
  | 'local-users'
  | 'net-accounts'
  | 'auditpol'
  | 'event-listing'
  | 'host-info';

/**
 * Well-known TCP ports of other services (IANA "Service Name and Transport Protocol Port Number Registry": openvpn 1194,
 * ica 1494, citriximaclient 2598, pcoip 4172; KMS's 1688 from Microsoft Learn "Plan for volume activation", the port a
 * KMS host listens on): a port test of one of them is not a test of Remote Desktop. Any other port may be a listener moved there (3390 is common): it
 * stays read as Remote Desktop's where the paste names Remote Desktop (`unnamedPortSaid`).
 */
export const OTHER_SERVICE_PORTS: Readonly<Record<number, string>> = {
  21: 'FTP',
  22: 'SSH',
  23: 'Telnet',
  25: 'SMTP',
  53: 'DNS',
  80: 'HTTP',
  88: 'Kerberos',
  135: 'RPC endpoint mapper',
  139: 'NetBIOS session',
  389: 'LDAP',
  445: 'SMB',
  636: 'LDAPS',
  1194: 'OpenVPN',
  1433: 'SQL Server',
  1494: 'Citrix ICA',
  1688: 'KMS, Windows activation',
  2598: 'Citrix ICA session reliability',
  3306: 'MySQL',
  4172: 'PCoIP (VMware Horizon)',
  5432: 'PostgreSQL',
  5900: 'VNC',
  5985: 'WinRM over HTTP',
  5986: 'WinRM over HTTPS',
  8080: 'HTTP (alternate)',
};

/**
 * A port test of another service's port: what it shows, with no Remote Desktop cause; undefined for any other port
 * (or none given). `answered`: TcpTestSucceeded True.
 */
export function otherPortSaid(port: string | undefined, answered: boolean, text?: string): string | undefined {
  const service = port && /^\d{1,5}$/.test(port) ? OTHER_SERVICE_PORTS[Number(port)] : undefined;
  if (!service) return text === undefined ? undefined : unnamedPortSaid(port, answered, text);
  return `TCP ${port} (${service}) ${answered ? 'answers' : 'did not answer'}: a test of ${service}'s port, not of Remote Desktop's (3389, or 443 for an RD Gateway); it says nothing about Remote Desktop`;
}

/** Remote Desktop's own ports: its listener (3389), the RD Gateway's HTTPS and UDP transports (443, 3391). */
const REMOTE_DESKTOP_PORTS = new Set(['3389', '443', '3391']);

/**
 * A port test of a port that is neither Remote Desktop's nor a well-known one ("Test-NetConnection … -p 26900", a game
 * server's port), in a paste whose words never name Remote Desktop: said for that port, no cause (issue 60). A paste
 * naming Remote Desktop ("RDP on 3390", mstsc) keeps the port as a listener moved there (the near miss), as does nmap's service name for it (ms-wbt-server).
 */
const RDP_NAMED = new RegExp(`${REMOTE_DESKTOP_WORDS.source}|\\bms-wbt-server\\b`, 'i');

function unnamedPortSaid(port: string | undefined, answered: boolean, text: string): string | undefined {
  if (!port || !/^\d{1,5}$/.test(port) || REMOTE_DESKTOP_PORTS.has(port) || RDP_NAMED.test(text)) return undefined;
  return `TCP ${port} ${answered ? 'answers' : 'did not answer'}: a test of port ${port}, not of Remote Desktop's (3389, or 443 for an RD Gateway), and nothing in the paste says Remote Desktop listens there; it says nothing about Remote Desktop (if its listener was moved to ${port}, the test shows that port ${answered ? 'reached' : 'not reached'})`;
}

const SOURCES: Readonly<Record<ConsoleCommand, string>> = {
  'net-user':
    'Microsoft Learn: "net user" (Windows commands: /active:{yes|no} enables or disables the account); widely reported, not a Microsoft page: "Account active  Locked" for a locked-out account (public scripts parse that value)',
  'ad-user':
    'Microsoft Learn: Get-ADUser (ActiveDirectory module; Enabled, and LockedOut / PasswordExpired with -Properties), Search-ADAccount (-LockedOut, -PasswordExpired, -AccountDisabled)',
  'local-users': 'Microsoft Learn: Get-LocalUser (Microsoft.PowerShell.LocalAccounts; Name, Enabled, Description)',
  'net-accounts':
    'Microsoft Learn: "net accounts" (Windows commands: the password and lockout policy of the computer or domain)',
  auditpol:
    'Microsoft Learn: "auditpol get" (Windows commands); "Audit Logon" (Logon/Logoff: events 4624 and 4625 are written only when it is audited)',
  'event-listing':
    'Microsoft Learn: Get-WinEvent and Get-EventLog (Microsoft.PowerShell.Diagnostics / Management: a table of TimeCreated or Time, Id or InstanceID, and the message cut to the column)',
  'host-info':
    'IANA "Service Name and Transport Protocol Port Number Registry" (the ports of other services); Microsoft Learn: "System Error Codes (0-499)" (ERROR_ACCESS_DENIED: "Access is denied."); Test-NetConnection (without -Port it pings); the Windows commands reg query, ipconfig, systeminfo, route, gpresult, netsh advfirewall, netsh http, tasklist, arp, getmac, pathping, nltest, w32tm, query termserver, query process; the PowerShell cmdlets Get-HotFix, Get-NetFirewallProfile, Get-Process, Get-NetAdapter, Test-WSMan, Get-RDUserSession, Get-RDServer; "about_Remote_Troubleshooting" (WinRM\'s "WinRM cannot complete the operation")',
};

const WHAT: Readonly<Record<ConsoleCommand, string>> = {
  'net-user': 'net user output',
  'ad-user': 'Get-ADUser output',
  'local-users': 'Get-LocalUser output',
  'net-accounts': 'net accounts output',
  auditpol: 'auditpol /get output',
  'event-listing': 'an event listing (Get-WinEvent / Get-EventLog table)',
  'host-info': 'console output',
};

const reading = (
  command: ConsoleCommand,
  summary: string,
  shows: readonly string[],
  todo: readonly string[] = [],
  causes: readonly string[] = [],
  what = WHAT[command],
): CommandReading<ConsoleCommand> => ({ command, what, summary, shows, todo, causes, source: SOURCES[command] });

/**
 * A PowerShell table (Format-Table): its header, the dashes under it, then rows; each cell cut at the columns the
 * dashes mark. The first table only, at most `max` rows.
 */
export function readFormatTable(lines: readonly string[], max = 200): Record<string, string>[] {
  const at = lines.findIndex((l, i) => i > 0 && /^\s{0,40}-{2,200}(?:\s{1,200}-{1,200}){0,40}\s{0,40}$/.test(l));
  if (at < 1) return [];
  const header = lines[at - 1]!;
  const spans = [...lines[at]!.matchAll(/-+/g)].map((m) => m.index ?? 0);
  if (spans.length === 0) return [];
  const cut = (l: string, i: number) => l.slice(spans[i], i + 1 < spans.length ? spans[i + 1] : undefined).trim();
  const names = spans.map((_, i) => cut(header, i));
  const rows: Record<string, string>[] = [];
  for (const l of lines.slice(at + 1, at + 1 + max)) {
    if (!l.trim()) break;
    rows.push(Object.fromEntries(names.map((n, i) => [n.toLowerCase(), cut(l, i)])));
  }
  return rows;
}

/** `Name : Value` lines of a PowerShell list (Format-List), names lower-cased. */
function listProps(lines: readonly string[]): Map<string, string> {
  const props = new Map<string, string>();
  for (const l of lines) {
    const m = /^\s{0,40}([A-Za-z][\w ]{0,40}?)\s{0,40}:\s{0,40}(.{0,300}?)\s*$/.exec(l);
    if (m && !props.has(m[1]!.toLowerCase())) props.set(m[1]!.toLowerCase(), m[2]!);
  }
  return props;
}

// ---- accounts ----

const NET_USER_LINE =
  /^\s{0,20}(User name|Account active|Account expires|Password expires|Password last set|Logon hours allowed|Workstations allowed|Local Group Memberships|Global Group memberships)\s{2,60}(.{0,300}?)\s*$/i;

function readNetUser(lines: readonly string[]): CommandReading<ConsoleCommand> | undefined {
  const f = new Map<string, string>();
  for (const l of lines) {
    const m = NET_USER_LINE.exec(l);
    if (m && !f.has(m[1]!.toLowerCase())) f.set(m[1]!.toLowerCase(), m[2]!);
  }
  const active = f.get('account active');
  if (!active || !f.has('user name')) return undefined;
  const who = f.get('user name') ?? 'the account';
  const shows = [...f]
    .filter(([k]) => k !== 'user name')
    .map(([k, v]) => `${k[0]!.toUpperCase()}${k.slice(1)}: ${v || '(none)'}.`);
  const groups = `${f.get('local group memberships') ?? ''} ${f.get('global group memberships') ?? ''}`;
  const rdUsers = /\*Remote Desktop Users\b/i.test(groups);
  const admins = /\*(?:Administrators|Domain Admins)\b/i.test(groups);
  if (rdUsers || admins)
    shows.push(
      `Member of ${rdUsers ? 'Remote Desktop Users' : 'an administrators group'} on the computer it was run on.`,
    );
  const limits = [
    f.get('logon hours allowed') && !/^all$/i.test(f.get('logon hours allowed')!) ? 'logon hours are limited' : '',
    f.get('workstations allowed') && !/^all$/i.test(f.get('workstations allowed')!)
      ? 'the workstations it may use are limited'
      : '',
  ].filter(Boolean);
  const check = `Where a sign-in fails, the Security log's 4625 on the server says which (Sub Status 0xC0000072 disabled, 0xC0000234 locked out, 0xC0000071 password expired).`;
  if (/^no$/i.test(active))
    return reading(
      'net-user',
      `The account ${who} is disabled (Account active No): it cannot sign in, through Remote Desktop or otherwise`,
      shows,
      [`Enable it (\`net user ${who} /active:yes\`, /domain for a domain account) if it should sign in.`, check],
      [authAccountState.id],
    );
  if (/^locked/i.test(active))
    return reading(
      'net-user',
      `The account ${who} is locked out (Account active Locked): it cannot sign in until it is unlocked or the lockout duration passes`,
      shows,
      [
        "Unlock it (Active Directory Users and Computers, or `Unlock-ADAccount`), then find what keeps trying a wrong password (a saved credential, a mapped drive, a phone): the DC's 4740 names the caller computer.",
        check,
      ],
      [authAccountState.id],
    );
  const expires = f.get('password expires');
  return reading(
    'net-user',
    `The account ${who} is active (Account active ${active})${limits.length ? `; ${limits.join(' and ')}` : ''}: net user shows no state that stops it signing in${expires && !/^never$/i.test(expires) ? ` (its password expires ${expires}: past that date it must be changed)` : ''}`,
    shows,
    [check],
  );
}

const AD_FLAGS: readonly [prop: string, bad: string, said: string][] = [
  ['enabled', 'false', 'disabled (Enabled False)'],
  ['lockedout', 'true', 'locked out (LockedOut True)'],
  ['passwordexpired', 'true', 'its password expired (PasswordExpired True)'],
];

function readAdUser(lines: readonly string[]): CommandReading<ConsoleCommand> | undefined {
  const table = readFormatTable(lines, 50);
  const list = listProps(lines);
  const fromList = list.has('samaccountname') || list.has('distinguishedname') || list.has('userprincipalname');
  const rows =
    table.length &&
    ('samaccountname' in table[0]! || 'lockedout' in table[0]! || 'passwordexpired' in table[0]!) &&
    'enabled' in table[0]!
      ? table
      : fromList && (list.has('enabled') || list.has('lockedout'))
        ? [Object.fromEntries(list)]
        : [];
  if (rows.length === 0) return undefined;
  const shows: string[] = [];
  const bad: string[] = [];
  for (const r of rows) {
    const who = r.samaccountname || r.name || r.userprincipalname || 'the account';
    const states = AD_FLAGS.filter(([p, v]) => (r[p] ?? '').toLowerCase() === v).map(([, , s]) => s);
    shows.push(
      `${who}: ${
        states.length
          ? states.join(', ')
          : AD_FLAGS.filter(([p]) => p in r)
              .map(([p]) => `${p} ${r[p]}`)
              .join(', ')
      }.`,
    );
    if (states.length) bad.push(`${who} is ${states.join(' and ')}`);
  }
  if (bad.length)
    return reading(
      'ad-user',
      `${bad.join('; ')}: that account cannot sign in, through Remote Desktop or otherwise`,
      shows,
      [
        'Enable or unlock it (`Enable-ADAccount`, `Unlock-ADAccount`), or have the user change the expired password (NLA cannot prompt for a new one: sign in elsewhere, or clear "Allow connections only from computers running Remote Desktop with Network Level Authentication" for that, which weakens security).',
      ],
      [authAccountState.id],
    );
  return reading(
    'ad-user',
    'The account is enabled, not locked out and its password not expired as far as shown: Get-ADUser shows no state that stops it signing in',
    shows,
  );
}

function readLocalUsers(lines: readonly string[]): CommandReading<ConsoleCommand> | undefined {
  const rows = readFormatTable(lines, 100);
  if (!rows.length || !('name' in rows[0]!) || !('enabled' in rows[0]!) || !('description' in rows[0]!))
    return undefined;
  const off = rows.filter((r) => /^false$/i.test(r.enabled ?? '')).map((r) => r.name);
  const on = rows.filter((r) => /^true$/i.test(r.enabled ?? '')).map((r) => r.name);
  return reading(
    'local-users',
    `Local accounts: enabled ${on.join(', ') || 'none'}; disabled ${off.join(', ') || 'none'} (a disabled account cannot sign in)`,
    [],
    [
      'If the account signing in is among the disabled, enable it (`Enable-LocalUser`); a domain account is not in this list.',
    ],
  );
}

function readNetAccounts(lines: readonly string[]): CommandReading<ConsoleCommand> | undefined {
  const threshold = lines.map((l) => /^\s{0,10}Lockout threshold:\s{1,80}(\S{1,20})\s*$/i.exec(l)?.[1]).find(Boolean);
  if (!threshold || !lines.some((l) => /^\s{0,10}Maximum password age \(days\):/i.test(l))) return undefined;
  return reading(
    'net-accounts',
    `The password and lockout policy (lockout threshold ${threshold}): a policy, not an account's state; net user <name> shows whether an account is locked or disabled`,
    [],
  );
}

// ---- audit policy ----

function readAuditpol(lines: readonly string[]): CommandReading<ConsoleCommand> | undefined {
  if (
    !lines.some(
      (l) =>
        /^\s{0,10}System audit policy\s*$/i.test(l) || /^\s{0,10}Category\/Subcategory\s{2,80}Setting\s*$/i.test(l),
    )
  )
    return undefined;
  const logon = lines
    .map((l) => /^\s{1,10}Logon\s{2,80}(No Auditing|Success and Failure|Success|Failure)\s*$/i.exec(l)?.[1])
    .find(Boolean);
  if (!logon)
    return reading('auditpol', 'The audit policy, without its Logon line: no verdict on the Security log', []);
  const failures = /failure/i.test(logon);
  return reading(
    'auditpol',
    failures
      ? `Logon is audited (${logon}): the Security log records failed sign-ins (4625)`
      : `Logon failures are not audited (Logon: ${logon}): the Security log writes no 4625, so no failed sign-in there says nothing`,
    [`Logon: ${logon}.`],
    failures
      ? []
      : [
          'To see failed sign-ins: `auditpol /set /subcategory:"Logon" /failure:enable` (or the GPO\'s Advanced Audit Policy), then try again.',
        ],
  );
}

// ---- event listings ----

const LISTING_HEADER =
  /^\s{0,10}(?:TimeCreated\s{1,40}(?:Id|ProviderName)\b.{0,200}\bMessage|Index\s{1,10}Time\s{1,20}EntryType\s{1,10}Source\s{1,30}InstanceID\s{1,10}Message)\s*$/i;
/** Get-WinEvent's row: a date and time (any order of its parts), the id, the rest (level, message). */
const WINEVENT_ROW =
  /^\s{0,10}\S{6,10}\s{1,3}\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\s{1,40}(\d{1,10})\s{1,40}(?:(?:Information|Warning|Error|Critical|Verbose)\s{1,20})?(.{0,400}?)\s*$/i;
/** Get-EventLog's row: Index, Time, EntryType, Source, InstanceID, Message. */
const EVENTLOG_ROW =
  /^\s{0,10}\d{1,10}\s{1,5}\w{3}\s\d{2}\s\d{2}:\d{2}\s{1,5}(?:Error|Warning|Information|SuccessAudit|FailureAudit)\s{1,5}.{1,40}?\s{1,40}(\d{1,10})\s{1,5}(.{0,400}?)\s*$/i;

/**
 * The event id of a listing's number: Get-EventLog's InstanceID carries the severity and facility bits above the id
 * (3221232495 = 0xC0001B6F is event 7023), its low 16 bits the id; a number of 16 bits is the id itself.
 */
function eventIdOf(n: string): string {
  const v = Number(n);
  return v > 0xffff ? String(v % 0x10000) : n;
}

function readEventListing(lines: readonly string[], text: string): CommandReading<ConsoleCommand> | undefined {
  if (!lines.some((l) => LISTING_HEADER.test(l))) return undefined;
  // A row quoting a code (a Schannel 36870's 0x8009030D, an LSM 40's "reason code 5") is read by that code.
  if (/\b0x[0-9a-f]{3,8}\b|\b(?:reason|error|status)\s{0,3}(?:code)?\s{0,3}[:=]?\s{0,3}\d/i.test(text))
    return undefined;
  const counts = new Map<string, { n: number; message: string }>();
  for (const l of lines.slice(0, 2000)) {
    const m = WINEVENT_ROW.exec(l) ?? EVENTLOG_ROW.exec(l);
    if (!m) continue;
    const id = eventIdOf(m[1]!);
    const c = counts.get(id) ?? { n: 0, message: m[2]!.replace(/\.{3}$/, '') };
    c.n++;
    counts.set(id, c);
  }
  if (counts.size === 0) return undefined;
  const said = [...counts].map(([id, c]) => `${id} ×${c.n}${c.message ? ` (${c.message})` : ''}`);
  const failed = counts.has('4625');
  return reading(
    'event-listing',
    `A listing of events: ${said.slice(0, 6).join('; ')}${said.length > 6 ? `; and ${said.length - 6} more` : ''}${failed ? '. The table cuts each message: a 4625 row does not show its Status and Sub Status, which say why the sign-in failed' : ''}`,
    said,
    [
      failed
        ? 'Show one 4625 whole (`Get-WinEvent -FilterHashtable @{LogName="Security";Id=4625} -MaxEvents 1 | Format-List *`) and paste it, or export the logs and run rdpdiag analyze <folder>.'
        : 'A listing names events, not why a connection failed: export the logs and run rdpdiag analyze <folder>.',
    ],
  );
}

// ---- a ping-only Test-NetConnection, Get-NetFirewallProfile, reg query refused ----

function readTncPing(lines: readonly string[]): CommandReading<ConsoleCommand> | undefined {
  // A port test, or a name that did not resolve, is command-output.ts's.
  if (
    lines.some((l) =>
      /^\s{0,40}(?:TcpTestSucceeded|NameResolutionSucceeded)\s{0,40}:|^\s{0,40}WARNING:\s{0,10}Name resolution of/i.test(
        l,
      ),
    )
  )
    return undefined;
  const ping = lines.map((l) => /^\s{0,40}PingSucceeded\s{0,40}:\s{0,40}(True|False)\s*$/i.exec(l)?.[1]).find(Boolean);
  if (!ping || !lines.some((l) => /^\s{0,40}ComputerName\s{0,40}:/i.test(l))) return undefined;
  return reading(
    'host-info',
    /^true$/i.test(ping)
      ? 'Ping answers (PingSucceeded True): the address is reachable; without -Port the test says nothing about TCP 3389'
      : 'No ping answer (PingSucceeded False): many servers and firewalls drop ping, so it is no verdict alone; without -Port the test says nothing about TCP 3389',
    [],
    ['Test the port itself: `Test-NetConnection <server> -Port 3389`.'],
    [],
    'Test-NetConnection output (ping only)',
  );
}

function readFirewallProfiles(lines: readonly string[]): CommandReading<ConsoleCommand> | undefined {
  const rows = readFormatTable(lines, 10);
  if (!rows.length || !('name' in rows[0]!) || !('enabled' in rows[0]!)) return undefined;
  if (!rows.every((r) => /^(?:Domain|Private|Public)$/i.test(r.name ?? ''))) return undefined;
  const on = rows.filter((r) => /^true$/i.test(r.enabled ?? '')).map((r) => r.name);
  const off = rows.filter((r) => /^false$/i.test(r.enabled ?? '')).map((r) => r.name);
  return reading(
    'host-info',
    `Firewall profiles on: ${on.join(', ') || 'none'}${off.length ? `; off: ${off.join(', ')}` : ''}; whether Remote Desktop is let in is its inbound rule's, not the profile's`,
    [],
    ['Check the inbound rule: `Get-NetFirewallRule -DisplayGroup "Remote Desktop"`.'],
    [],
    'Get-NetFirewallProfile output',
  );
}

function readRegDenied(lines: readonly string[], text: string): CommandReading<ConsoleCommand> | undefined {
  if (!lines.some((l) => /^\s{0,40}ERROR: Access is denied\.\s*$/i.test(l))) return undefined;
  if (!/\breg(?:\.exe)?\s{1,10}query\b|\bHK(?:LM|EY_LOCAL_MACHINE)\\/i.test(text)) return undefined;
  return reading(
    'host-info',
    'reg query was refused (Access is denied): the account running it may not read that key, or, for \\\\computer\\HKLM, the remote registry (it needs administrator rights there and the Remote Registry service); no value was read, so it says nothing about the Remote Desktop setting',
    [],
    ['Run it in an elevated prompt on the server, or with an account that is an administrator there.'],
    [],
    'reg query output',
  );
}

// ---- host and network output, named ----

/** Commands named by a line only their output prints, with what they show; none states a Remote Desktop fault. */
const NAMED: readonly { re: RegExp; what: string; summary: string }[] = [
  {
    re: /^\s{0,10}Windows IP Configuration\s*$/i,
    what: 'ipconfig output',
    summary: "The adapters' addresses, gateways and DNS servers; a configuration, no error",
  },
  {
    re: /^\s{0,10}Hotfix\(s\):\s{1,40}\d{1,4} Hotfix\(s\) Installed/i,
    what: 'systeminfo output',
    summary: 'The Windows version, build and installed updates; no error',
  },
  {
    re: /^\s{0,10}Source\s{1,40}Description\s{1,40}HotFixID\s{1,40}InstalledBy\s{1,40}InstalledOn\s*$/i,
    what: 'Get-HotFix output',
    summary: 'The updates installed (KB numbers and dates); no error',
  },
  {
    re: /^\s{0,10}IPv4 Route Table\s*$/i,
    what: 'route print output',
    summary: 'The routing table (the 0.0.0.0 row is the default gateway); no error',
  },
  {
    re: /^\s{0,10}RSOP data for\b/i,
    what: 'gpresult /r output',
    summary:
      'Which Group Policy objects applied; it lists their names, not their settings (gpresult /h or rsop.msc shows the Remote Desktop settings)',
  },
  {
    re: /^\s{0,10}(?:Domain|Private|Public) Profile Settings:\s*$/i,
    what: 'netsh advfirewall output',
    summary:
      "The firewall profiles' state and default policy; whether Remote Desktop is let in is its inbound rule's (netsh advfirewall firewall show rule name=all, or Get-NetFirewallRule)",
  },
  {
    re: /^\s{0,10}SSL Certificate bindings:\s*$/i,
    what: 'netsh http show sslcert output',
    summary:
      "The certificates HTTP.sys serves on each address and port (an RD Gateway or RD Web on 443); the RDP listener's certificate is not among them",
  },
  {
    re: /^\s{0,10}Image Name\s{1,40}PID\s{1,10}Services\s*$/i,
    what: 'tasklist /svc output',
    summary: 'The services each process hosts (TermService runs in an svchost); the PIDs are process ids, no error',
  },
  {
    re: /^\s{0,10}Handles\s{1,10}NPM\(K\)\s{1,10}PM\(K\)/i,
    what: 'Get-Process output',
    summary: 'Running processes (handles, memory, CPU, ids); no error',
  },
  {
    re: /^\s{0,10}Name\s{1,40}InterfaceDescription\s{1,60}ifIndex\s{1,10}Status\b/i,
    what: 'Get-NetAdapter output',
    summary: 'The network adapters, their state and speed; no error',
  },
  {
    re: /^\s{0,10}Internet Address\s{1,20}Physical Address\s{1,20}Type\s*$/i,
    what: 'arp -a output',
    summary: "The neighbours' addresses and MAC addresses; no error",
  },
  {
    re: /^\s{0,10}Physical Address\s{1,20}Transport Name\s*$/i,
    what: 'getmac output',
    summary: "The adapters' MAC addresses; no error",
  },
  {
    re: /^\s{0,10}Computing statistics for \d{1,4} seconds/i,
    what: 'pathping output',
    summary: 'The loss at each hop on the way (the percentages are lost packets, not codes)',
  },
  {
    re: /^\s{0,10}wsmid\s{1,20}:\s{0,10}http:\/\/schemas\.dmtf\.org\/wbem\/wsman\//i,
    what: 'Test-WSMan output',
    summary:
      'WinRM (PowerShell remoting) answers on that computer; WinRM is not Remote Desktop, and says nothing about port 3389',
  },
  {
    re: /WinRM client cannot complete the operation within the time specified/i,
    what: 'a WinRM error',
    summary:
      "PowerShell remoting (WinRM, TCP 5985/5986) did not answer in time; WinRM is not Remote Desktop, its code is WinRM's, and it says nothing about port 3389",
  },
  {
    re: /WinRM cannot complete the operation\. Verify that the specified computer name is valid/i,
    what: 'a WinRM error',
    summary:
      "PowerShell remoting (WinRM, TCP 5985/5986) could not reach that computer; WinRM is not Remote Desktop, its code is WinRM's, and it says nothing about port 3389",
  },
  {
    re: /^\s{0,20}Dom Guid:\s/i,
    what: 'nltest /dsgetdc output',
    summary: 'The domain controller found for the domain; no error',
  },
  {
    re: /^\s{0,10}Leap Indicator:\s/i,
    what: 'w32tm /query /status output',
    summary: 'The time source and last sync; no error (Kerberos needs the clocks within 5 minutes)',
  },
  {
    re: /^\s{0,10}CollectionName\s{1,40}HostServer\s{1,40}DomainName\s{1,40}UserName\s{1,40}SessionState\b/i,
    what: 'Get-RDUserSession output',
    summary: "The users' sessions on the deployment's hosts (STATE_ACTIVE, STATE_DISCONNECTED); no error",
  },
  {
    re: /^\s{0,10}Server\s{1,60}Roles\s*$/i,
    what: 'Get-RDServer output',
    summary: "The deployment's servers and their roles; no error",
  },
  {
    re: /^\s{0,10}Known Remote Desktop Session Host servers\s*$/i,
    what: 'query termserver output',
    summary: 'The Remote Desktop Session Host servers found on the network; no error',
  },
  {
    re: /^\s{0,10}>?\s{0,4}USERNAME\s{1,40}SESSIONNAME\s{1,40}ID\s{1,10}PID\s{1,10}IMAGE\s*$/i,
    what: 'query process (qprocess) output',
    summary: 'The processes in each session (ids and PIDs); no error',
  },
];

function readNamed(lines: readonly string[]): CommandReading<ConsoleCommand> | undefined {
  const named = NAMED.find(({ re }) => lines.some((l) => re.test(l)));
  if (!named) return undefined;
  const todo = ['Paste the error the client shows, or export the logs and run rdpdiag analyze <folder>.'];
  return reading('host-info', named.summary, [], todo, [], named.what);
}

/** The console output a paste is, among this module's; undefined when it is none of them. */
export function readConsoleOutput(lines: readonly string[], text: string): CommandReading<ConsoleCommand> | undefined {
  return (
    readNetUser(lines) ??
    readAdUser(lines) ??
    readLocalUsers(lines) ??
    readNetAccounts(lines) ??
    readAuditpol(lines) ??
    readEventListing(lines, text) ??
    readTncPing(lines) ??
    readFirewallProfiles(lines) ??
    readRegDenied(lines, text) ??
    readNamed(lines)
  );
}
