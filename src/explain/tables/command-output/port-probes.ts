/**
 * A test of the Remote Desktop port pasted as the tool printed it (issue 60): nmap's port table, PortQry's port
 * status, telnet's and nc's connection errors, PsPing's TCP connects and PowerShell 7's `Test-Connection -TcpPort`.
 * Each is read for the state it shows of the port, by the tool's own states (and, for the connection errors, by the
 * socket error's kind, socket-errors.ts):
 * - open (nmap `open`, PortQry `LISTENING`, nc "succeeded!", a PsPing reply, `True`): TCP reached a listener; a
 *   failure is past TCP, no cause of the network;
 * - closed (nmap `closed`, PortQry `NOT LISTENING`, "Connection refused"): the host answered and nothing listens on the
 *   port (the listener down or on another port), or a firewall answered for it: `network-unreachable`;
 * - filtered (nmap `filtered`, PortQry `FILTERED`, a timeout): no answer at all: a firewall drops it, or the host is
 *   off or elsewhere: `network-unreachable`;
 * - unreachable ("No route to host"): no route: `network-unreachable`;
 * - nmap's "Host seems down": its ping probes got no answer; nothing is said of the port (no cause).
 * A test of another service's well-known port (22, 80…) is said to be that service's, with no cause
 * (console-output.ts `otherPortSaid`). Near misses: an open port, a port of SSH, a host that did not answer ping.
 *
 * Every line is matched by an anchored expression of bounded parts: linear in the paste.
 */
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import type { CommandReading } from './command-reading.js';
import { otherPortSaid } from './console-output.js';
import { type SocketFailure, socketErrorOfText } from '../program-logs/socket-errors.js';

export type ProbeCommand =
  | 'nmap'
  | 'portqry'
  | 'telnet'
  | 'netcat'
  | 'psping'
  | 'test-connection'
  | 'curl'
  | 'bash-dev-tcp'
  | 'masscan'
  | 'socket-exception'
  | 'rdp-sec-check';

const SOURCES: Readonly<Record<ProbeCommand, string>> = {
  'rdp-sec-check':
    'rdp-sec-check (Portcullis Labs, https://github.com/CiscoCXSecurity/rdp-sec-check): its "[-] Checking if RDP Security (PROTOCOL_RDP) is supported...Not supported - HYBRID_REQUIRED_BY_SERVER" lines, one connection per protocol the listener is asked for; [MS-RDPBCGR] 2.2.1.2.2 RDP_NEG_FAILURE (HYBRID_REQUIRED_BY_SERVER, SSL_REQUIRED_BY_SERVER)',
  nmap: 'nmap Reference Guide, "Port Scanning Basics" (https://nmap.org/book/man-port-scanning-basics.html: open, closed, filtered) and "Host Discovery" (-Pn)',
  portqry:
    'Microsoft Learn "Using the PortQry command-line tool" (LISTENING, NOT LISTENING, FILTERED: https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/portqry-command-line-port-scanner-v2)',
  telnet:
    'Widely reported: telnet\'s "Could not open connection to the host, on port N: Connect failed" (Windows) and "Unable to connect to remote host: <error>" (netkit/inetutils telnet, the error being strerror\'s), as quoted in port-test guides',
  netcat:
    'OpenBSD netcat nc(1) (-z -v: "Connection to HOST PORT port [tcp/SERVICE] succeeded!", "nc: connect to HOST port PORT (tcp) failed: <error>")',
  psping:
    'Microsoft Learn Sysinternals "PsPing" (TCP ping: "Connecting to HOST:PORT", each reply with its time, else the Windows error text)',
  'test-connection':
    'Microsoft Learn "Test-Connection" (PowerShell 7, -TcpPort: returns True when the TCP connection is made, else False)',
  curl: 'curl\'s documentation "libcurl error codes" (7 CURLE_COULDNT_CONNECT, 28 CURLE_OPERATION_TIMEDOUT: "Failed to connect to HOST port PORT …: <error>")',
  'bash-dev-tcp':
    'GNU Bash Reference Manual, "Redirections" (/dev/tcp/host/port opens a TCP connection; a failure prints the path and the error)',
  masscan: 'masscan\'s README ("Discovered open port PORT/tcp on ADDRESS")',
  'socket-exception':
    'Microsoft Learn "Windows Sockets Error Codes" (WSAECONNREFUSED 10061, WSAETIMEDOUT 10060: their texts, followed by the address and port in .NET\'s SocketException)',
};

const WHAT: Readonly<Record<ProbeCommand, string>> = {
  nmap: 'nmap port scan',
  portqry: 'PortQry port query',
  telnet: 'telnet connection test',
  netcat: 'nc (netcat) port test',
  psping: 'PsPing TCP test',
  'test-connection': 'Test-Connection -TcpPort result',
  curl: 'curl connection error',
  'bash-dev-tcp': "bash's /dev/tcp connection test",
  masscan: 'masscan result',
  'socket-exception': "a program's TCP connection error (Windows Sockets)",
  'rdp-sec-check': "rdp-sec-check's scan of the listener's security protocols",
};

type PortState = 'open' | 'closed' | 'filtered' | 'unreachable';

interface Probe {
  readonly command: ProbeCommand;
  readonly port: string;
  readonly target?: string;
  readonly state: PortState | 'host-down';
  /** What the tool printed, said in the answer ("3389/tcp filtered"). */
  readonly said: string;
}

const BY_FAILURE: Readonly<Record<SocketFailure, PortState>> = {
  refused: 'closed',
  timeout: 'filtered',
  unreachable: 'unreachable',
  // A reset while connecting is the far end (or a firewall for it) refusing.
  reset: 'closed',
};

const STATE_READING: Readonly<Record<PortState, { readonly summary: string; readonly todo: readonly string[] }>> = {
  open: {
    summary:
      'answers: the network path and a listener are fine; a failure is past TCP (TLS, NLA/CredSSP, licensing, sign-in)',
    todo: [
      "Read the error the client shows (its code, or paste its dialog), or the server's RdpCoreTS and Security logs at that time.",
    ],
  },
  closed: {
    summary:
      'is closed: the host answered and nothing accepts connections on that port (Remote Desktop off, TermService stopped, the listener on another port), or a firewall answered for it',
    todo: [
      "On the server: `netstat -ano | findstr :3389` (a LISTENING row), `Get-Service TermService`, and the listener's port (PortNumber under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp).",
      "If the server listens there, a firewall between answers for it: test from the server's own network.",
    ],
  },
  filtered: {
    summary:
      "gets no answer (filtered): a firewall drops the packets (the server's Windows Defender Firewall, a network firewall, a cloud security group, a router without the port forward), or the host is off or not at that address",
    todo: [
      'On the server: the inbound rule "Remote Desktop - User Mode (TCP-In)" enabled for the network profile in use, and `netstat -ano | findstr :3389`.',
      "On the way: the network firewall, NSG or router port forward for TCP 3389 from this client; test from the server's own network to tell the two apart.",
    ],
  },
  unreachable: {
    summary: 'cannot be reached: no route to the host or its network (a VPN not connected, a wrong address, routing)',
    todo: ['Check the address, the VPN and the route (`tracert`/`traceroute` to the server).'],
  },
};

function probeReading(p: Probe, text: string): CommandReading<ProbeCommand> {
  const base = { command: p.command, what: WHAT[p.command], source: SOURCES[p.command] } as const;
  const shows = [`${WHAT[p.command]}: ${p.said}.`];
  if (p.state === 'host-down')
    return {
      ...base,
      summary:
        "nmap's ping probes got no answer, so it did not scan the port: many servers drop ping, so nothing is said of TCP 3389",
      shows,
      todo: [
        'Scan the port itself without the ping (`nmap -Pn -p 3389 <server>`), or `Test-NetConnection <server> -Port 3389`.',
      ],
      causes: [],
    };
  const open = p.state === 'open';
  const other = otherPortSaid(p.port, open, text);
  if (other) return { ...base, summary: other, shows, todo: [], causes: [] };
  const on = p.target ? `TCP ${p.port} on ${p.target}` : `TCP ${p.port}`;
  const r = STATE_READING[p.state];
  return { ...base, summary: `${on} ${r.summary}`, shows, todo: r.todo, causes: open ? [] : [networkUnreachable.id] };
}

// ---- nmap ----

const NMAP_ROW =
  /^\s{0,8}(\d{1,5})\/(tcp|udp)\s{1,20}(open|closed|filtered|unfiltered|open\|filtered|closed\|filtered)(?:\s{1,20}(\S{1,40}))?\s{0,40}$/i;
const NMAP_REPORT = /^\s{0,8}Nmap scan report for (\S{1,255})/i;
const NMAP_HOST_DOWN = /^\s{0,8}Note: Host seems down\b|\(0 hosts up\)/i;
const NMAP_STATE: Readonly<Record<string, PortState>> = { open: 'open', closed: 'closed', filtered: 'filtered' };
/** Every port scanned in one state, none listed (its default 1000 ports hold 3389; `-p 3389` alone the same). */
const NMAP_NOT_SHOWN = /^\s{0,8}Not shown: \d{1,6} (filtered|closed) tcp ports\b/i;

function readNmap(lines: readonly string[]): Probe | undefined {
  let target: string | undefined;
  const rows: { port: string; state: string; service: string }[] = [];
  let down = false;
  for (const line of lines) {
    target ??= NMAP_REPORT.exec(line)?.[1];
    if (NMAP_HOST_DOWN.test(line)) down = true;
    const hidden = NMAP_NOT_SHOWN.exec(line)?.[1]?.toLowerCase();
    if (hidden) rows.push({ port: '3389', state: hidden, service: 'not shown' });
    const m = NMAP_ROW.exec(line);
    if (m && m[2]!.toLowerCase() === 'tcp')
      rows.push({ port: m[1]!, state: m[3]!.toLowerCase(), service: (m[4] ?? '').toLowerCase() });
  }
  if (rows.length === 0)
    return down ? { command: 'nmap', port: '3389', target, state: 'host-down', said: 'Host seems down' } : undefined;
  // Remote Desktop's row (3389, or nmap's service name for it on a moved port), else the only row scanned.
  const row =
    rows.find((r) => r.port === '3389' || r.service === 'ms-wbt-server') ?? (rows.length === 1 ? rows[0] : undefined);
  const state = row && NMAP_STATE[row.state];
  if (!row || !state) return undefined;
  const said =
    row.service === 'not shown' ? `all ports scanned ${row.state}, none listed` : `${row.port}/tcp ${row.state}`;
  return { command: 'nmap', port: row.port, target, state, said };
}

// ---- PortQry ----

const PORTQRY_ROW = /^\s{0,8}TCP port (\d{1,5})(?: \([^)]{0,60}\))?:\s{0,4}(LISTENING|NOT LISTENING|FILTERED)\s{0,8}$/i;
const PORTQRY_TARGET = /^\s{0,8}Querying target system called:\s{0,8}(\S{1,255})?/i;
const PORTQRY_STATE: Readonly<Record<string, PortState>> = {
  listening: 'open',
  'not listening': 'closed',
  filtered: 'filtered',
};

function readPortQry(lines: readonly string[]): Probe | undefined {
  const rows = lines.map((l) => PORTQRY_ROW.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  const m = rows.find((r) => r[1] === '3389') ?? rows[0];
  if (!m) return undefined;
  const i = lines.findIndex((l) => PORTQRY_TARGET.test(l));
  const target =
    i >= 0
      ? (PORTQRY_TARGET.exec(lines[i]!)?.[1] ??
        lines
          .slice(i + 1)
          .find((l) => l.trim())
          ?.trim())
      : undefined;
  const state = PORTQRY_STATE[m[2]!.toLowerCase()]!;
  return { command: 'portqry', port: m[1]!, target: target?.slice(0, 255), state, said: `TCP port ${m[1]}: ${m[2]}` };
}

// ---- telnet, nc, PsPing, Test-Connection ----

const WIN_TELNET = /Could not open connection to the host, on port (\d{1,5}):\s{0,4}Connect failed/i;
const TELNET_FAILED = /^\s{0,8}telnet: (?:Unable to connect to remote host|connect to address \S{1,255}): (.{1,120})$/i;
const TELNET_COMMAND = /\btelnet\s{1,8}(\S{1,255})\s{1,8}(\d{1,5})\b/i;
const NC_FAILED = /^\s{0,8}nc: connectx? to (\S{1,255}) port (\d{1,5}) \(tcp\) (?:failed|timed out): (.{1,120})$/i;
const NC_SUCCEEDED = /^\s{0,8}Connection to (\S{1,255}) (?:port )?(\d{1,5})(?: port)? \[tcp\/[^\]]{0,40}\] succeeded!/i;
const NCAT_RESULT =
  /^\s{0,8}Ncat: (TIMEOUT|Connection refused|Connection timed out|No route to host|Connected to (\S{1,255}?):(\d{1,5}))\.?\s{0,8}$/i;
const NCAT_COMMAND = /\bncat(?:\.exe)?\b(?:\s{1,4}-\S{1,20}){0,6}\s{1,4}([\w.:-]{1,255})\s{1,4}(\d{1,5})\s{0,8}$/i;
const CURL_FAILED =
  /^\s{0,8}curl: \((?:7|28)\) Failed to connect to (\S{1,255}) port (\d{1,5})(?: after \d{1,9} ms)?: (.{1,120})$/i;
const CURL_CONNECTED = /^\s{0,8}\* Connected to (\S{1,255}) \(\S{1,255}\) port (\d{1,5})\b/i;
const DEV_TCP = /\/dev\/tcp\/([^/\s]{1,255})\/(\d{1,5}): (.{1,120})$/i;
const MASSCAN = /^\s{0,8}Discovered open port (\d{1,5})\/tcp on (\S{1,255})/i;
/** .NET's SocketException text: the Windows message, then the address and port it tried. */
const SOCKET_EXCEPTION =
  /(No connection could be made because the target machine actively refused it|A connection attempt failed because the connected party did not properly respond after a period of time[^"\n]{0,160}?)\s{1,4}\[?([\w.:-]{1,255}?)\]?:(\d{1,5})\b/i;
const PSPING_LINE = /^\s{0,8}Connecting to (\S{1,255}?):(\d{1,5})(?: \(warmup\))?: (.{1,200})$/i;
const PSPING_REPLY = /^from \S{1,255}: [\d.]{1,12} ?ms\b/i;
const TEST_CONNECTION = /\bTest-Connection\b.{0,200}?-TcpPort\s{1,8}(\d{1,5})/i;
const TEST_CONNECTION_TARGET =
  /\bTest-Connection\b(?:\s{1,8}-(?:TargetName|ComputerName))?\s{1,8}([\w.][\w.-]{0,254})(?=\s|$)/i;
const BOOLEAN_LINE = /^\s{0,8}(True|False)\s{0,8}$/i;

const failureState = (text: string): PortState | undefined => {
  const e = socketErrorOfText(text);
  return e ? BY_FAILURE[e.failure] : undefined;
};

function readTelnet(lines: readonly string[]): Probe | undefined {
  for (const line of lines) {
    const w = WIN_TELNET.exec(line);
    if (w)
      // Windows' telnet does not say why: refused or no answer, read as the port not reached.
      return { command: 'telnet', port: w[1]!, state: 'filtered', said: `Could not open connection on port ${w[1]}` };
  }
  const failed = lines.map((l) => TELNET_FAILED.exec(l)).find(Boolean);
  const command = lines.map((l) => TELNET_COMMAND.exec(l)).find(Boolean);
  const state = failed && failureState(failed[1]!);
  if (!failed || !command || !state) return undefined;
  return { command: 'telnet', port: command[2]!, target: command[1], state, said: failed[1]!.trim() };
}

function readNetcat(lines: readonly string[]): Probe | undefined {
  for (const line of lines) {
    const ok = NC_SUCCEEDED.exec(line);
    if (ok) return { command: 'netcat', port: ok[2]!, target: ok[1], state: 'open', said: 'succeeded' };
    const m = NC_FAILED.exec(line);
    const state = m && (/\btimed out:/i.test(line) ? 'filtered' : failureState(m[3]!));
    if (m && state) return { command: 'netcat', port: m[2]!, target: m[1], state, said: m[3]!.trim() };
  }
  return undefined;
}

function readNcat(lines: readonly string[]): Probe | undefined {
  const result = lines.map((l) => NCAT_RESULT.exec(l)).find(Boolean);
  if (!result) return undefined;
  if (result[2]) return { command: 'netcat', port: result[3]!, target: result[2], state: 'open', said: 'Connected' };
  const command = lines.map((l) => NCAT_COMMAND.exec(l)).find(Boolean);
  const state = /^timeout$/i.test(result[1]!) ? 'filtered' : failureState(result[1]!);
  if (!command || !state) return undefined;
  return { command: 'netcat', port: command[2]!, target: command[1], state, said: `Ncat: ${result[1]}` };
}

/** curl, bash's /dev/tcp and masscan: one line each, the port in it. */
function readOneLineProbes(lines: readonly string[]): Probe | undefined {
  for (const line of lines) {
    const c = CURL_FAILED.exec(line);
    // curl's "Couldn't connect to server" does not say why: the port not reached.
    const curlState = c && (failureState(c[3]!) ?? 'filtered');
    if (c && curlState) return { command: 'curl', port: c[2]!, target: c[1], state: curlState, said: c[3]!.trim() };
    const ok = CURL_CONNECTED.exec(line);
    if (ok) return { command: 'curl', port: ok[2]!, target: ok[1], state: 'open', said: 'Connected' };
    const d = DEV_TCP.exec(line);
    const devState = d && failureState(d[3]!);
    if (d && devState)
      return { command: 'bash-dev-tcp', port: d[2]!, target: d[1], state: devState, said: d[3]!.trim() };
    const m = MASSCAN.exec(line);
    if (m) return { command: 'masscan', port: m[1]!, target: m[2], state: 'open', said: `open port ${m[1]}/tcp` };
  }
  return undefined;
}

/**
 * .NET's SocketException (PowerShell's TcpClient): read here only for another service's port, which the sentences of
 * the Windows Sockets texts would read as Remote Desktop's; the Remote Desktop port stays their reading.
 */
function readSocketException(lines: readonly string[]): Probe | undefined {
  for (const line of lines) {
    const m = SOCKET_EXCEPTION.exec(line);
    if (!m || !otherPortSaid(m[3], false)) continue;
    const state = failureState(m[1]!);
    if (state) return { command: 'socket-exception', port: m[3]!, target: m[2], state, said: `${m[2]}:${m[3]}` };
  }
  return undefined;
}

function readPsPing(lines: readonly string[]): Probe | undefined {
  const rows = lines.map((l) => PSPING_LINE.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  if (rows.length === 0) return undefined;
  const reply = rows.find((r) => PSPING_REPLY.test(r[3]!));
  if (reply) return { command: 'psping', port: reply[2]!, target: reply[1], state: 'open', said: 'replies' };
  const m = rows[rows.length - 1]!;
  const state = failureState(m[3]!);
  return state ? { command: 'psping', port: m[2]!, target: m[1], state, said: m[3]!.trim() } : undefined;
}

function readTestConnection(lines: readonly string[]): Probe | undefined {
  const i = lines.findIndex((l) => TEST_CONNECTION.test(l));
  if (i < 0) return undefined;
  const result = lines
    .slice(i + 1)
    .map((l) => BOOLEAN_LINE.exec(l))
    .find(Boolean);
  if (!result) return undefined;
  const open = /^true$/i.test(result[1]!);
  return {
    command: 'test-connection',
    port: TEST_CONNECTION.exec(lines[i]!)![1]!,
    target: TEST_CONNECTION_TARGET.exec(lines[i]!)?.[1],
    // False says only that no TCP connection was made: refused or unanswered.
    state: open ? 'open' : 'filtered',
    said: open ? 'True' : 'False',
  };
}

// ---- rdp-sec-check ----

/** One protocol asked for and the listener's answer: "Supported", or "Not supported - <RDP_NEG_FAILURE code>". */
const SEC_CHECK_ROW =
  /^\s{0,8}\[[-+*]\] Checking if (RDP|TLS|CredSSP) Security \(PROTOCOL_[A-Z_]{1,16}\) is supported(?: \[uses NLA\])?\.{0,8}\s{0,4}(Supported|Not supported)(?: - ([A-Z_]{1,40}))?/;
const SEC_CHECK_FIELD = /^\s{0,8}(Target|Port):\s{1,12}(\S{1,255})\s{0,8}$/;

/** A line of rdp-sec-check's report in the paste: its RDP_NEG_FAILURE names are the scan's answers, no error's. */
export const holdsSecurityScan = (text: string): boolean => text.split('\n').some((l) => SEC_CHECK_ROW.test(l));

/**
 * rdp-sec-check's report: the listener answered every protocol it was asked for, supported or refused with an
 * RDP_NEG_FAILURE code: a scan of what the server allows (NLA required, TLS required), no connection that failed.
 */
function readRdpSecCheck(lines: readonly string[]): Probe | undefined {
  const rows = lines.map((l) => SEC_CHECK_ROW.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  if (rows.length === 0) return undefined;
  const fields = new Map(
    lines.map((l) => SEC_CHECK_FIELD.exec(l)).flatMap((m) => (m ? [[m[1]!, m[2]!] as const] : [])),
  );
  const said = rows.map((r) => `${r[1]} ${r[2]!.toLowerCase()}${r[3] ? ` (${r[3]})` : ''}`).join(', ');
  return {
    command: 'rdp-sec-check',
    port: fields.get('Port') ?? '3389',
    target: fields.get('Target'),
    state: 'open',
    said,
  };
}

/** A port test of the paste's, read for the state of the port it shows; undefined when the paste is none. */
export function readPortProbe(lines: readonly string[]): CommandReading<ProbeCommand> | undefined {
  const probe =
    readRdpSecCheck(lines) ??
    readNmap(lines) ??
    readPortQry(lines) ??
    readNetcat(lines) ??
    readNcat(lines) ??
    readOneLineProbes(lines) ??
    readSocketException(lines) ??
    readPsPing(lines) ??
    readTelnet(lines) ??
    readTestConnection(lines);
  return probe && probeReading(probe, lines.join('\n'));
}
