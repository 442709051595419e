/**
 * What admins paste from a console while troubleshooting Remote Desktop, beyond the listings of command-output.ts and
 * host-output.ts (issue 60, round 15), each read for what it states, its numbers never looked up as codes:
 * - `secedit /export /areas USER_RIGHTS` lines (with or without their `[Privilege Rights]` header): the logon rights,
 *   read by the state reader (parsers/state, `readSeceditText`) and judged by the host-state check `logon-right`
 *   (patterns/state/checks.ts): one implementation of the rule;
 * - `whoami /priv`: a token's privileges, which never list the logon rights (no verdict);
 * - `Test-ComputerSecureChannel` True / False, `nltest /sc_verify` with every status NERR_Success;
 * - `w32tm /resync` "no time data was available", `klist` with no cached ticket, `dsregcmd /status` join states;
 * - Get-WinEvent / wevtutil "The specified channel could not be found" (ERROR_EVT_CHANNEL_NOT_FOUND), Get-WinEvent's
 *   "There is not an event log … that matches" and its unauthorized operation (the Security log without elevation);
 * - Win32_TSGeneralSetting / Win32_TerminalServiceSetting properties as `Get-CimInstance` lists them
 *   (UserAuthenticationRequired, SecurityLayer, MinEncryptionLevel, SSLCertificateSHA1Hash, AllowTSConnections), or
 *   `wmic … get <Property>` (the name on one line, the value on the next), named
 *   with the words of the registry values they stand for (rdp-settings.ts) and, for AllowTSConnections, the check
 *   `remote-desktop-allowed`.
 * Every reader is one pass over the lines, each line matched by an anchored expression of bounded parts.
 */
import { readSeceditText } from '../../../../parsers/state/index.js';
import { authLogonRight } from '../../../../patterns/auth-logon-right.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { TS } from '../../../../patterns/state/checks.js';
import type { StateItem } from '../../../model/state.js';
import type { CommandReading } from './command-reading.js';
import { otherPortSaid, readFormatTable } from './console-output.js';
import { pastedView, stateCheck } from './pasted-state.js';
import { RDP_SETTINGS } from './rdp-settings.js';

export type AdminCommand =
  | 'user-rights'
  | 'whoami-priv'
  | 'secure-channel'
  | 'nltest'
  | 'w32tm'
  | 'klist'
  | 'dsregcmd'
  | 'event-channel'
  | 'ts-wmi'
  | 'whoami-groups'
  | 'tnc-quiet'
  | 'service-name';

const SOURCES: Readonly<Record<AdminCommand, string>> = {
  'service-name':
    'Microsoft Learn: Get-Service (Microsoft.PowerShell.Management: -Name is the service name, TermService for Remote Desktop Services); PowerShell\'s ObjectNotFound error NoServiceFoundForGivenName ("Cannot find any service with service name …"), as public captures of Get-Service show it',
  'whoami-groups':
    'Microsoft Learn: "whoami" (/groups: the groups of the current user\'s token, with their SIDs); "Security identifiers" (S-1-5-32-555 Remote Desktop Users, S-1-5-32-544 Administrators)',
  'tnc-quiet':
    'Microsoft Learn: Test-NetConnection (NetTCPIP: -InformationLevel Quiet returns a Boolean: with -Port, whether the TCP connection succeeded)',
  'user-rights':
    'Microsoft Learn: "secedit /export"; the security policy settings "Allow log on through Remote Desktop Services" (SeRemoteInteractiveLogonRight) and "Deny log on through Remote Desktop Services" (SeDenyRemoteInteractiveLogonRight: it overrides the allow right); "Security identifiers" (the well-known SIDs)',
  'whoami-priv':
    'Microsoft Learn: "whoami" (Windows commands: /priv displays the security privileges of the current user); "User Rights Assignment" (logon rights and privileges are two kinds of user rights)',
  'secure-channel':
    'Microsoft Learn: Test-ComputerSecureChannel (Microsoft.PowerShell.Management 5.1: returns True when the channel works, False when it does not; -Repair)',
  nltest:
    'Microsoft Learn: "Nltest" (/sc_verify: the status of the secure channel and of the trust verification; NERR_Success is 0)',
  w32tm:
    'widely reported, not a Microsoft page: w32tm /resync\'s "The computer did not resync because no time data was available" (public scripts and write-ups: no time source answered); Microsoft Learn "w32tm" and "Maximum tolerance for computer clock synchronization" (Kerberos: 5 minutes by default)',
  klist: 'Microsoft Learn: "klist" (Windows commands: Cached Tickets, the logon session\'s id)',
  dsregcmd:
    'Microsoft Learn: "Troubleshoot devices by using the dsregcmd command" (Device State: AzureAdJoined, EnterpriseJoined, DomainJoined)',
  'event-channel':
    'Microsoft Learn: "System Error Codes (12000-15999)" (ERROR_EVT_CHANNEL_NOT_FOUND, 15007: "The specified channel could not be found."); Get-WinEvent and wevtutil; widely reported, not a Microsoft page: Get-WinEvent\'s NoMatchingLogsFound ("There is not an event log on the localhost computer that matches …") and its "Attempted to perform an unauthorized operation." without elevation (public scripts handle both)',
  'ts-wmi':
    'Microsoft Learn: WMIC (the get verb) and Win32_TSGeneralSetting (UserAuthenticationRequired, SecurityLayer, MinEncryptionLevel, SSLCertificateSHA1Hash) and Win32_TerminalServiceSetting (AllowTSConnections) classes',
};

const WHAT: Readonly<Record<AdminCommand, string>> = {
  'service-name': "Get-Service's error",
  'whoami-groups': 'whoami /groups output',
  'tnc-quiet': 'Test-NetConnection -InformationLevel Quiet output',
  'user-rights': 'user rights (secedit /export, [Privilege Rights])',
  'whoami-priv': 'whoami /priv output',
  'secure-channel': 'Test-ComputerSecureChannel output',
  nltest: 'nltest /sc_verify output',
  w32tm: 'w32tm output',
  klist: 'klist output',
  dsregcmd: 'dsregcmd /status output',
  'event-channel': "an event log tool's error",
  'ts-wmi': 'Remote Desktop WMI settings (Win32_TSGeneralSetting / Win32_TerminalServiceSetting)',
};

const reading = (
  command: AdminCommand,
  summary: string,
  shows: string[],
  todo: string[],
  causes: string[] = [],
): CommandReading<AdminCommand> => ({
  command,
  what: WHAT[command],
  summary,
  shows,
  todo,
  causes,
  source: SOURCES[command],
});

// ---- user rights ----

const RIGHT_LINE = /^\s{0,40}Se[A-Za-z]{2,60}(?:Right|Privilege)\s{0,40}=/;
const ALLOW = 'SeRemoteInteractiveLogonRight';
const DENY = 'SeDenyRemoteInteractiveLogonRight';
/** The well-known SIDs a deny list names besides those the check names (Microsoft Learn "Security identifiers"). */
const MORE_SIDS: Readonly<Record<string, string>> = {
  'S-1-5-113': 'Local account',
  'S-1-5-114': 'Local account and member of Administrators group',
  'S-1-5-32-546': 'Guests',
  'S-1-5-32-544': 'Administrators',
  'S-1-5-32-555': 'Remote Desktop Users',
  'S-1-1-0': 'Everyone',
  'S-1-5-11': 'Authenticated Users',
  'S-1-5-32-545': 'Users',
};
const holder = (h: string) => (MORE_SIDS[h.toUpperCase()] ? `${MORE_SIDS[h.toUpperCase()]} (${h})` : h);
const holders = (i: StateItem | undefined) =>
  Array.isArray(i?.value) && i.value.length ? (i.value as string[]).map(holder).join(', ') : 'no one';

function readUserRights(lines: readonly string[], now: Date): CommandReading<AdminCommand> | undefined {
  if (!lines.some((l) => RIGHT_LINE.test(l))) return undefined;
  const items = readSeceditText(lines);
  if (!items.length) return undefined;
  const allow = items.find((i) => i.key === ALLOW);
  const deny = items.find((i) => i.key === DENY);
  const shows = items.map((i) => `${i.key} = ${holders(i)}`);
  if (!allow && !deny)
    return reading(
      'user-rights',
      `User rights ${items.map((i) => i.key).join(', ')}: none of them is the Remote Desktop logon right (${ALLOW} or ${DENY}); no Remote Desktop verdict on them`,
      shows,
      [
        `The Remote Desktop rights are ${ALLOW} ("Allow log on through Remote Desktop Services") and ${DENY}: \`secedit /export /areas USER_RIGHTS /cfg rights.inf\` lists them when they are set.`,
      ],
    );
  // The allow right not pasted is not read as empty: its default (Administrators, Remote Desktop Users) stands in,
  // so that only what the deny line names is judged, and the answer says so.
  const given: StateItem[] = allow
    ? items
    : [...items, { kind: 'user-right', key: ALLOW, name: ALLOW, value: ['S-1-5-32-544', 'S-1-5-32-555'] }];
  const outcome = stateCheck('logon-right').evaluate(pastedView('secedit-inf', given, now.toISOString()));
  if (!allow)
    shows.push(
      `${ALLOW} is not in this paste: only the deny right is judged (as if the allow right were its default).`,
    );
  const otherDenied =
    deny && outcome.verdict !== 'failed'
      ? `; ${DENY} names ${holders(deny)}: those accounts are refused through Remote Desktop`
      : '';
  if (outcome.verdict === 'failed')
    return reading(
      'user-rights',
      (outcome.explanation ?? outcome.value).replace(/\.$/, ''),
      shows,
      [...(outcome.remediation ?? [])],
      [authLogonRight.id],
    );
  return reading(
    'user-rights',
    `${allow ? `Remote Desktop Users hold ${ALLOW}` : `${DENY} does not name Remote Desktop Users, Users or Everyone`}${deny ? '' : ' and no deny line is pasted'}: the logon right is not what refuses members of Remote Desktop Users${otherDenied}`,
    shows,
    [
      'If a user is still refused (4625 0xC000015B), check that the account is in Remote Desktop Users on that computer and that no GPO sets these rights differently (gpresult /h).',
    ],
  );
}

const WHOAMI_PRIV = /^\s{0,40}PRIVILEGES INFORMATION\s{0,40}$/;
const PRIV_HEADER = /^\s{0,40}Privilege Name\s{1,80}Description\s{1,200}State\s{0,40}$/i;

function readWhoamiPriv(lines: readonly string[]): CommandReading<AdminCommand> | undefined {
  if (!lines.some((l) => WHOAMI_PRIV.test(l) || PRIV_HEADER.test(l))) return undefined;
  return reading(
    'whoami-priv',
    `whoami /priv lists the privileges of the current sign-in's token (Enabled / Disabled is their state in that token, not a fault); the logon rights, such as ${ALLOW}, are never listed there: no Remote Desktop verdict`,
    ['Disabled privileges are normal: a program enables one when it uses it.'],
    [
      `To see who may sign in through Remote Desktop: \`secedit /export /areas USER_RIGHTS /cfg rights.inf\` (${ALLOW}, ${DENY}).`,
    ],
  );
}

const WHOAMI_GROUPS = /^\s{0,40}GROUP INFORMATION\s{0,40}$/;
const GROUP_SID = /\s(S-1-5-32-5(?:44|55))\s/;

function readWhoamiGroups(lines: readonly string[]): CommandReading<AdminCommand> | undefined {
  if (!lines.some((l) => WHOAMI_GROUPS.test(l))) return undefined;
  const sids = new Set(lines.map((l) => GROUP_SID.exec(l)?.[1]).filter((x): x is string => x !== undefined));
  const inRdu = sids.has('S-1-5-32-555');
  const admin = sids.has('S-1-5-32-544');
  return reading(
    'whoami-groups',
    inRdu || admin
      ? `whoami /groups: this sign-in is a member of ${[inRdu && 'Remote Desktop Users (S-1-5-32-555)', admin && 'Administrators (S-1-5-32-544)'].filter(Boolean).join(' and ')} on the computer it was run on: the groups that hold the Remote Desktop logon right by default`
      : 'whoami /groups: this sign-in is in neither Remote Desktop Users nor Administrators on the computer it was run on; on a server where it signs in through Remote Desktop, that is the group it needs (unless another group holds the logon right)',
    [
      "The groups are those of the token on the computer where whoami ran: run it on the server (or check the server's Remote Desktop Users group) for the server's view.",
    ],
    [],
  );
}

const TNC_QUIET = /^\s{0,40}(?:PS [^>]{0,200}>\s{0,10})?Test-NetConnection\b.{0,300}-InformationLevel\s{1,10}Quiet\b/i;
const TNC_PORT = /-Port\s{1,10}(\d{1,5})\b/i;

function readTncQuiet(lines: readonly string[]): CommandReading<AdminCommand> | undefined {
  const command = lines.find((l) => TNC_QUIET.test(l));
  const port = command ? TNC_PORT.exec(command)?.[1] : undefined;
  if (!port) return undefined;
  const answer = lines.map((l) => BOOL_LINE.exec(l)?.[1]?.toLowerCase()).find((x) => x !== undefined);
  if (!answer) return undefined;
  const other = otherPortSaid(port, answer === 'true', lines.join('\n'));
  if (other) return reading('tnc-quiet', other, [], []);
  return answer === 'true'
    ? reading(
        'tnc-quiet',
        `Test-NetConnection -Port ${port} True: TCP ${port} answers; a failure is past TCP (TLS, NLA/CredSSP, licensing, sign-in)`,
        [],
        [],
      )
    : reading(
        'tnc-quiet',
        `Test-NetConnection -Port ${port} False: nothing accepted a TCP connection on port ${port} (the server is off or unreachable, a firewall drops the port, or nothing listens on it)`,
        [],
        [
          'On the server: `netstat -ano | findstr :' +
            port +
            '` (something listening?), its firewall rule for the port; between: a firewall or NSG.',
        ],
        [networkUnreachable.id],
      );
}

// ---- domain: secure channel, nltest, time, Kerberos, join state ----

const TCSC_COMMAND = /^\s{0,40}(?:PS [^>]{0,200}>\s{0,10})?Test-ComputerSecureChannel\b/i;
const BOOL_LINE = /^\s{0,40}(True|False)\s{0,40}$/i;

function readSecureChannel(lines: readonly string[]): CommandReading<AdminCommand> | undefined {
  if (!lines.some((l) => TCSC_COMMAND.test(l) || /^\s{0,40}VERBOSE:.{0,200}Test-ComputerSecureChannel/i.test(l)))
    return undefined;
  const answer = lines.map((l) => BOOL_LINE.exec(l)?.[1]?.toLowerCase()).find((x) => x !== undefined);
  if (!answer) return undefined;
  if (answer === 'true')
    return reading(
      'secure-channel',
      "Test-ComputerSecureChannel True: the computer's secure channel to its domain works; it is not what refuses a domain sign-in",
      ["True: the computer account and its password match the domain controller's."],
      [],
    );
  return reading(
    'secure-channel',
    'Test-ComputerSecureChannel False: the computer\'s secure channel to its domain is broken: domain accounts cannot sign in to it ("The trust relationship between this workstation and the primary domain failed") until it is repaired',
    ['False: the computer could not verify its account with a domain controller of its domain.'],
    [
      'On that computer, signed in with a local administrator: `Test-ComputerSecureChannel -Repair -Credential <domain>\\<admin>` (it resets the computer account password), or rejoin it to the domain.',
    ],
  );
}

const NLTEST_STATUS =
  /^\s{0,40}(?:Trusted DC Connection Status|Trust Verification Status)\s{1,10}(?:Status\s?=\s?)?(\d{1,10})\s{1,4}0x([0-9a-f]{1,8})\s{1,4}(\w{1,60})/i;

function readNltest(lines: readonly string[]): CommandReading<AdminCommand> | undefined {
  const statuses = lines.map((l) => NLTEST_STATUS.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  // A failing status is read by its Win32 code (the existing reading of ERROR_NO_LOGON_SERVERS and its kin).
  if (!statuses.length || statuses.some((m) => m[1] !== '0')) return undefined;
  return reading(
    'nltest',
    "nltest /sc_verify: every status is 0 (NERR_Success): the computer's secure channel to its domain controller works",
    statuses.map((m) => `${m[0]!.trim()}`),
    [],
  );
}

const W32TM_NO_DATA = /^\s{0,40}The computer did not resync because no time data was available\.?\s{0,40}$/i;

const W32TM_RESYNC = /^\s{0,40}Sending resync command to (?:local computer|\S{1,255})(?:\.{3})?\s{0,40}$/i;
const COMPLETED = /^\s{0,40}The command completed successfully\.\s{0,40}$/i;

/** `w32tm /stripchart`: "Tracking <computer> [<address>:123]." then one sample a line, its offset `o:` (or alone with /dataonly). */
const STRIPCHART_TRACKING = /^\s{0,40}Tracking\s{1,5}(\S{1,255})\s{1,5}\[[^\]\s]{1,80}\]\.?\s{0,40}$/i;
const STRIPCHART_SAMPLE =
  /^\s{0,40}\d{1,2}:\d{2}:\d{2}\s{0,3},\s{1,5}(?:d:[+-]?\d{1,10}(?:\.\d{1,10})?s\s{1,5}o:)?([+-]?\d{1,10}(?:\.\d{1,10})?)s(?!\w)/i;
/** Kerberos's default maximum tolerance for computer clock synchronization, in seconds (Microsoft Learn: 5 minutes). */
const KERBEROS_SKEW = 300;

function readStripchart(lines: readonly string[]): CommandReading<AdminCommand> | undefined {
  const target = lines.map((l) => STRIPCHART_TRACKING.exec(l)?.[1]).find((x) => x !== undefined);
  if (!target) return undefined;
  const offsets = lines
    .map((l) => STRIPCHART_SAMPLE.exec(l)?.[1])
    .filter((x): x is string => x !== undefined)
    .map(Number)
    .filter(Number.isFinite);
  if (!offsets.length) return undefined;
  const worst = offsets.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a));
  const said = `${Math.abs(worst).toFixed(1)} s (about ${Math.round(Math.abs(worst) / 60)} min)`;
  const shows = [
    `${offsets.length} sample(s) against ${target}; the largest offset: ${worst > 0 ? '+' : ''}${worst} s.`,
  ];
  if (Math.abs(worst) <= KERBEROS_SKEW)
    return reading(
      'w32tm',
      `w32tm /stripchart: this computer's clock is within ${said} of ${target}'s, inside Kerberos's 5-minute tolerance: time is not what breaks Kerberos here`,
      shows,
      [],
    );
  return reading(
    'w32tm',
    `w32tm /stripchart: this computer's clock is ${said} off ${target}'s, more than Kerberos's 5-minute tolerance: Kerberos sign-ins, and Network Level Authentication with them, fail`,
    shows,
    [
      `Set the time right: \`w32tm /resync\` (a domain member takes the domain hierarchy's time), and check the source with \`w32tm /query /source\`; the client's dialog then speaks of a time or date difference (SEC_E_TIME_SKEW).`,
    ],
    [credsspNla.id],
  );
}

function readW32tm(lines: readonly string[]): CommandReading<AdminCommand> | undefined {
  const stripchart = readStripchart(lines);
  if (stripchart) return stripchart;
  if (lines.some((l) => W32TM_RESYNC.test(l)) && lines.some((l) => COMPLETED.test(l)))
    return reading(
      'w32tm',
      'w32tm /resync completed: the clock was synchronized with its time source; time is not what breaks Kerberos here',
      [],
      [],
    );
  if (!lines.some((l) => W32TM_NO_DATA.test(l))) return undefined;
  return reading(
    'w32tm',
    "w32tm: the computer did not resync because no time source answered: its clock keeps its own time; more than 5 minutes off the domain controller's and Kerberos sign-ins (and Network Level Authentication with them) fail",
    ['No time data: the configured source (the domain hierarchy or an NTP peer) did not answer (UDP 123).'],
    [
      "`w32tm /query /source` and `w32tm /query /status` show the source; compare the time with the domain controller's (`w32tm /stripchart /computer:<dc> /samples:3`).",
    ],
  );
}

const KLIST_LOGON = /^\s{0,40}Current LogonId is [0-9a-f]{1,8}:0x[0-9a-f]{1,16}\s{0,40}$/i;
const KLIST_NONE = /^\s{0,40}Cached Tickets:\s{0,4}\(0\)\s{0,40}$/i;

const KLIST_SOME = /^\s{0,40}Cached Tickets:\s{0,4}\((\d{1,6})\)\s{0,40}$/i;
const KLIST_TERMSRV = /^\s{0,40}Server:\s{0,10}TERMSRV\/(\S{1,255})/i;

function readKlist(lines: readonly string[]): CommandReading<AdminCommand> | undefined {
  if (!lines.some((l) => KLIST_LOGON.test(l))) return undefined;
  const some = lines.map((l) => KLIST_SOME.exec(l)?.[1]).find((x) => x !== undefined && x !== '0');
  if (some) {
    const termsrv = lines.map((l) => KLIST_TERMSRV.exec(l)?.[1]).filter((x): x is string => x !== undefined);
    return reading(
      'klist',
      termsrv.length
        ? `klist: ${some} Kerberos ticket(s) cached, one for TERMSRV/${termsrv[0]}: Kerberos to that Remote Desktop server worked`
        : `klist: ${some} Kerberos ticket(s) cached, none for a Remote Desktop server (TERMSRV/…): no verdict on Remote Desktop`,
      ["The LogonId is the logon session's id, not an error code."],
      [],
    );
  }
  if (!lines.some((l) => KLIST_NONE.test(l))) return undefined;
  return reading(
    'klist',
    'klist: no Kerberos ticket is cached for this logon session (Cached Tickets: (0)); that alone is no fault: tickets are got when a service is first used',
    ["The LogonId (0:0x3e7 is the computer's own SYSTEM session) is the logon session's id, not an error code."],
    [
      'Run klist in the session that fails, after the failing connection; `klist get TERMSRV/<server>` asks for the Remote Desktop ticket and shows its error if there is one.',
    ],
  );
}

const DSREG_STATE = /^\s{0,40}(AzureAdJoined|EnterpriseJoined|DomainJoined)\s{0,10}:\s{0,10}(YES|NO)\s{0,40}$/i;

function readDsregcmd(lines: readonly string[]): CommandReading<AdminCommand> | undefined {
  const states = lines.map((l) => DSREG_STATE.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  if (!states.length) return undefined;
  const yes = states.filter((m) => m[2]!.toUpperCase() === 'YES').map((m) => m[1]!);
  return reading(
    'dsregcmd',
    `dsregcmd /status: the device's join state (${states.map((m) => `${m[1]} ${m[2]!.toUpperCase()}`).join(', ')}): ${yes.length ? `joined (${yes.join(', ')})` : 'not joined to Microsoft Entra ID or a domain'}; a join state, not an error`,
    [],
    [],
  );
}

const CHANNEL_NOT_FOUND =
  /The specified channel could not be found\.|There is not an event log on the \S{1,255} computer that matches|NoMatchingLogsFound/i;
const UNAUTHORIZED = /Attempted to perform an unauthorized operation\./i;
const EVENT_TOOL = /Get-WinEvent|wevtutil|Failed to read configuration for log|Check channel configuration/i;

function readEventChannel(lines: readonly string[]): CommandReading<AdminCommand> | undefined {
  if (!lines.some((l) => EVENT_TOOL.test(l))) return undefined;
  if (lines.some((l) => UNAUTHORIZED.test(l)))
    return reading(
      'event-channel',
      'The event log could not be read with these rights: the Security log (and some others) needs an elevated prompt (Run as administrator); not an error of Remote Desktop',
      ["The numbers around it (an event id in the filter) are the query's, not error codes."],
      ['Run the same command from an elevated PowerShell or command prompt.'],
    );
  if (!lines.some((l) => CHANNEL_NOT_FOUND.test(l))) return undefined;
  return reading(
    'event-channel',
    'The event log asked for does not exist on that computer (ERROR_EVT_CHANNEL_NOT_FOUND): its name is mistyped, or the role that writes it is not installed there; not an error of Remote Desktop',
    ["The numbers around it (an event id in the filter) are the query's, not error codes."],
    [
      '`Get-WinEvent -ListLog *TerminalServices*` lists the Remote Desktop logs that computer has (the RD Gateway log only where the gateway role is installed).',
    ],
  );
}

// ---- Remote Desktop WMI settings ----

const WMI_LINE =
  /^\s{0,40}(UserAuthenticationRequired|SecurityLayer|MinEncryptionLevel|SSLCertificateSHA1Hash|AllowTSConnections|TerminalName|__CLASS)\s{0,80}:\s{0,10}(\S{0,80})\s{0,40}$/i;
const WMIC_HEADER =
  /^\s{0,40}(UserAuthenticationRequired|SecurityLayer|MinEncryptionLevel|SSLCertificateSHA1Hash|AllowTSConnections)\s{0,40}$/i;
/** The WMI property and the registry value whose words it has (rdp-settings.ts). */
const AS_REGISTRY: Readonly<Record<string, string>> = {
  userauthenticationrequired: 'UserAuthentication',
  securitylayer: 'SecurityLayer',
  minencryptionlevel: 'MinEncryptionLevel',
};

function readTsWmi(lines: readonly string[], now: Date): CommandReading<AdminCommand> | undefined {
  const props = new Map<string, string>();
  // `wmic … get <Property>` prints the property's name, then its value on a line of its own.
  let header: string | undefined;
  for (const l of lines) {
    const m = WMI_LINE.exec(l);
    if (m) props.set(m[1]!.toLowerCase(), m[2]!);
    if (header && /^\s{0,40}(\S{1,80})\s{0,40}$/.test(l)) props.set(header, l.trim());
    if (l.trim()) header = WMIC_HEADER.exec(l)?.[1]?.toLowerCase();
  }
  // Format-Table of the same properties (`| ft TerminalName, SecurityLayer, …`): one row, its cells by the dashes.
  const row = readFormatTable(lines, 1)[0];
  for (const [name, value] of Object.entries(row ?? {})) if (value && !props.has(name)) props.set(name, value);
  const cls = props.get('__class')?.toLowerCase();
  const wmi =
    props.has('userauthenticationrequired') ||
    props.has('allowtsconnections') ||
    props.has('sslcertificatesha1hash') ||
    cls === 'win32_tsgeneralsetting' ||
    cls === 'win32_terminalservicesetting';
  if (!wmi) return undefined;
  const said: string[] = [];
  const shows: string[] = [];
  const todo: string[] = [];
  const causes: string[] = [];
  for (const [prop, reg] of Object.entries(AS_REGISTRY)) {
    const raw = props.get(prop);
    if (raw === undefined || !/^\d{1,10}$/.test(raw)) continue;
    const setting = RDP_SETTINGS.find((s) => s.name === reg);
    const words = setting?.values[Number(raw)];
    const name = prop === 'userauthenticationrequired' ? 'UserAuthenticationRequired' : reg;
    said.push(`${name} = ${raw}${words ? `: ${words}` : ''}`);
  }
  const allow = props.get('allowtsconnections');
  if (allow === '0' || allow === '1') {
    const item: StateItem = { kind: 'registry', key: TS, name: 'fDenyTSConnections', value: allow === '0' ? 1 : 0 };
    const outcome = stateCheck('remote-desktop-allowed').evaluate(pastedView('reg-query', [item], now.toISOString()));
    if (outcome.verdict === 'failed') {
      said.unshift('AllowTSConnections = 0: Remote Desktop is switched off (connections are denied)');
      todo.push(...(outcome.remediation ?? []));
      causes.push(networkUnreachable.id);
    } else said.unshift('AllowTSConnections = 1: Remote Desktop is switched on (connections are allowed)');
  }
  const hash = props.get('sslcertificatesha1hash');
  if (hash !== undefined && /^[0-9a-f]{40}$/i.test(hash)) {
    said.push(`SSLCertificateSHA1Hash ${hash}: the certificate the listener uses, named by its thumbprint`);
    shows.push(
      'Its dates and key are not in this output: no verdict on its expiry. `Get-ChildItem Cert:\\LocalMachine\\My\\<thumbprint> | Format-List NotAfter,HasPrivateKey,EnhancedKeyUsageList` shows them.',
    );
  }
  if (!said.length) return undefined;
  return reading('ts-wmi', said.join('; '), shows, todo, causes);
}

const NO_SERVICE =
  /^\s{0,40}(?:Get-Service\s{0,5}:\s{0,5})?Cannot find any service with service name '([^'\s]{1,256})'\.?\s{0,40}$/i;

/** Get-Service asked for a name no service has: the name is wrong, nothing is said of the service. */
function readServiceName(lines: readonly string[]): CommandReading<AdminCommand> | undefined {
  const name = lines.map((l) => NO_SERVICE.exec(l)?.[1]).find((x) => x !== undefined);
  if (!name) return undefined;
  const rdp = /^(?:termserv|rdp|remote ?desktop|rds)$/i.test(name);
  return reading(
    'service-name',
    `Get-Service found no service named '${name}': the name asked for is not a service's name; it says nothing of the service's state${rdp ? " (Remote Desktop Services' service name is TermService)" : ''}`,
    [],
    [
      rdp
        ? '`Get-Service TermService` (and UmRdpService, SessionEnv) shows the Remote Desktop services.'
        : '`Get-Service *name*` lists the services whose name matches.',
    ],
  );
}

/** The admin console output a paste is, read for what it states; undefined when it is none of them. */
export function readAdminOutput(lines: readonly string[], now: Date): CommandReading<AdminCommand> | undefined {
  return (
    readUserRights(lines, now) ??
    readWhoamiPriv(lines) ??
    readWhoamiGroups(lines) ??
    readTncQuiet(lines) ??
    readSecureChannel(lines) ??
    readNltest(lines) ??
    readW32tm(lines) ??
    readKlist(lines) ??
    readDsregcmd(lines) ??
    readEventChannel(lines) ??
    readServiceName(lines) ??
    readTsWmi(lines, now)
  );
}
