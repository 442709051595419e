/**
 * More command output read for what it shows (issue 60, round 13): the outputs an admin pastes while following
 * Microsoft's Remote Desktop troubleshooting pages, each reader with its page, its numbers (ports, PIDs, TTLs, byte
 * counts, start-type and state numbers, thumbprints, dates) never looked up as codes.
 *
 * - `netstat -ano` rows of connections (not listening sockets: those are `command-output.ts`'s, the state check
 *   `listener-port-open`) and `Get-NetTCPConnection`'s table: a connection to TCP 3389 in SYN_SENT (SynSent) got no
 *   answer; ESTABLISHED means the path and a listener are fine (Microsoft Learn "netstat", "Get-NetTCPConnection"
 *   (NetTCPIP), the TCP states of RFC 9293); its Listen rows are the listener, read by the state check.
 * - `ping`: "Ping request could not find host", "Destination host unreachable", replies (Microsoft Learn "ping"); a
 *   router's "TTL expired in transit" (a routing loop, unless `ping -i` asked for it) and "Destination port
 *   unreachable" (round 14).
 * - `tracert`: the route reaching the host, hops that stop answering (no verdict), a router's "reports: Destination
 *   … unreachable", a name that does not resolve (Microsoft Learn "tracert", round 14).
 * - `nslookup` and `Resolve-DnsName`: a name that resolves, "DNS name does not exist" (DNS_ERROR_RCODE_NAME_ERROR).
 * - Services: `sc qc` (START_TYPE), `Get-Service`'s table or list, `Get-CimInstance Win32_Service` (StartMode, State)
 *   for the services Remote Desktop needs, each named by `SERVICES`; TermService by the state check
 *   `termservice-running`.
 * - Certificates: `Get-ChildItem Cert:\LocalMachine\Remote Desktop | Format-List` (Thumbprint, NotBefore, NotAfter,
 *   HasPrivateKey), read by the state check `certificate`; its table form (Thumbprint, Subject) named.
 * - `Get-CimInstance Win32_TerminalServiceSetting` (LicensingType) and `GetGracePeriodDays` (DaysLeft) in
 *   PowerShell's list form, read by the state check `licensing`.
 * - `Get-AzWvdSessionHost`'s list: Status (the AVD status table), UpdateState, AllowNewSession.
 * Every reader is one pass over the lines, each line matched by an anchored expression of bounded parts.
 */
import { readNetstatText } from '../../../../parsers/state/index.js';
import { licensingGraceExpired } from '../../../../patterns/licensing-grace-expired.js';
import { licensingServerUnavailable } from '../../../../patterns/licensing-server-unavailable.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';
import type { StateItem, StateValue } from '../../../model/state.js';
import { lookupAvdError } from '../codes/avd-errors.js';
import type { CommandReading } from './command-reading.js';
import { readFormatTable } from './console-output.js';
import { pastedView, stateCheck } from './pasted-state.js';

type Reading = CommandReading<HostCommand>;
export type HostCommand =
  | 'netstat-connections'
  | 'get-nettcpconnection'
  | 'ping'
  | 'tracert'
  | 'nslookup'
  | 'resolve-dnsname'
  | 'services'
  | 'certificates'
  | 'ts-setting'
  | 'avd-session-host'
  | 'registry'
  | 'service-control';

const SRC = {
  netstat:
    'Microsoft Learn: "netstat" (Windows commands) and "Get-NetTCPConnection" (NetTCPIP); the TCP connection states (RFC 9293: SYN-SENT waits for the answer to its SYN); "General Remote Desktop connection troubleshooting"',
  ping: 'Microsoft Learn: "ping" (Windows commands); "General Remote Desktop connection troubleshooting"; ICMP time exceeded and destination unreachable (RFC 792), which ping prints as "TTL expired in transit" and "Destination … unreachable"',
  tracert:
    'Microsoft Learn: "tracert" (Windows commands: its hops, "Request timed out", "reports: Destination net unreachable", "Trace complete")',
  nslookup: 'Microsoft Learn: "nslookup" (Windows commands)',
  resolve:
    'Microsoft Learn: "Resolve-DnsName" (DnsClient module); Win32 DNS_ERROR_RCODE_NAME_ERROR (9003, "DNS name does not exist")',
  services:
    'Microsoft Learn: "sc.exe qc" and "sc.exe query" (Windows commands), Get-Service (Microsoft.PowerShell.Management), Win32_Service (StartMode, State); "General Remote Desktop connection troubleshooting" (check the status of the RDP services)',
  certificates:
    'Microsoft Learn: the Certificate provider (Get-ChildItem Cert:\\, X509Certificate2 NotBefore, NotAfter, HasPrivateKey, Thumbprint); "Remote Desktop listener certificate configurations"',
  rdLicense:
    'Microsoft Learn: Get-RDLicenseConfiguration (RemoteDesktop module: Mode PerUser, PerDevice or NotConfigured; LicenseServer; PolicySource); "Remote Desktop licensing mode isn\'t configured"',
  tsSetting:
    'Microsoft Learn: Win32_TerminalServiceSetting (LicensingType: 2 Per Device, 4 Per User, 5 not configured) and its GetGracePeriodDays method (DaysLeft); "Remote Desktop licensing mode isn\'t configured"',
  avd: 'Microsoft Learn: Get-AzWvdSessionHost (Az.DesktopVirtualization: Status, UpdateState, AllowNewSession); Azure Virtual Desktop "Session host statuses and health checks"; "Drain mode" (AllowNewSession)',
} as const;

// ---- netstat connections and Get-NetTCPConnection ----

/** A netstat row of a TCP connection: local, foreign, state word (English), PID. */
const NETSTAT_CONN =
  /^\s{0,40}TCP\s{1,40}(\S{1,60}):(\d{1,5})\s{1,40}(\S{1,60}):(\d{1,5})\s{1,40}(SYN_SENT|SYN_RECEIVED|ESTABLISHED|TIME_WAIT|CLOSE_WAIT|FIN_WAIT_1|FIN_WAIT_2|LAST_ACK|CLOSING|LISTENING)(?:\s{1,40}(\d{1,10}))?\s{0,40}$/i;
const TCP_HEADER = /^\s{0,40}LocalAddress\s{1,80}LocalPort\s{1,80}RemoteAddress\s{1,80}RemotePort\s{1,80}State\b/i;
const TCP_ROW =
  /^\s{0,40}(\S{1,60})\s{1,80}(\d{1,5})\s{1,80}(\S{1,60})\s{1,80}(\d{1,5})\s{1,80}(Listen|SynSent|SynReceived|Established|TimeWait|CloseWait|FinWait1|FinWait2|LastAck|Closing|Closed|Bound|DeleteTCB)\b(?:\s{1,80}\S{1,40})?\s{1,80}(\d{1,10})\s{0,40}$/i;
const NO_TCP_OBJECTS =
  /^\s{0,40}Get-NetTCPConnection\s?:\s?No MSFT_NetTCPConnection objects found with property '(LocalPort|RemotePort)' equal to '(\d{1,5})'/i;
/** The same error as PowerShell 7 and a filter on two properties word it: the CIM query it ran, its port in WHERE. */
const NO_TCP_OBJECTS_QUERY =
  /^\s{0,40}Get-NetTCPConnection\s?:\s?No matching MSFT_NetTCPConnection objects found by CIM query\b[^\n]{0,300}?\bWHERE\s{1,4}\(\((LocalPort|RemotePort) = (\d{1,5})\)\)/i;
/**
 * The error record's id, the same in every language (the message is translated): "not found" for the property the
 * command filtered on; the port is then the command's own (`Get-NetTCPConnection -LocalPort 3389` above it).
 */
const NO_TCP_OBJECTS_ID =
  /\bFullyQualifiedErrorId\s{0,4}:\s{0,4}CmdletizationQuery_NotFound(?:_(LocalPort|RemotePort))?,Get-NetTCPConnection\b/i;
const TCP_COMMAND_PORT = /\bGet-NetTCPConnection\b[^\n|]{0,200}?-(LocalPort|RemotePort)\s{1,4}(\d{1,5})\b/i;

/** Get-NetTCPConnection's "not found" error: the property and the port it found nothing on, in any of its forms. */
function tcpNotFound(lines: readonly string[]): readonly [string, string] | undefined {
  for (const l of lines) {
    const m = NO_TCP_OBJECTS.exec(l) ?? NO_TCP_OBJECTS_QUERY.exec(l);
    if (m) return [m[1]!, m[2]!];
  }
  const id = lines.map((l) => NO_TCP_OBJECTS_ID.exec(l)).find((m) => m);
  if (!id) return undefined;
  const command = lines.map((l) => TCP_COMMAND_PORT.exec(l)).find((m) => m);
  if (!command || (id[1] && id[1].toLowerCase() !== command[1]!.toLowerCase())) return undefined;
  return [command[1]!, command[2]!];
}

type TcpState = 'syn-sent' | 'established' | 'listen' | 'other';
interface Connection {
  readonly local: string;
  readonly localPort: number;
  readonly remote: string;
  readonly remotePort: number;
  readonly state: TcpState;
  readonly word: string;
  /** netstat -an prints none. */
  readonly pid?: number;
}

const stateOf = (word: string): TcpState => {
  const w = word.toLowerCase().replace(/_/g, '');
  return w === 'synsent' ? 'syn-sent' : w === 'established' ? 'established' : /^listen/.test(w) ? 'listen' : 'other';
};

function connections(lines: readonly string[]): { rows: Connection[]; table: boolean } {
  const rows: Connection[] = [];
  let table = false;
  for (const line of lines) {
    if (TCP_HEADER.test(line)) table = true;
    const m = NETSTAT_CONN.exec(line) ?? (table ? TCP_ROW.exec(line) : null);
    if (!m) continue;
    rows.push({
      local: m[1]!,
      localPort: Number(m[2]),
      remote: m[3]!,
      remotePort: Number(m[4]),
      state: stateOf(m[5]!),
      word: m[5]!,
      ...(m[6] ? { pid: Number(m[6]) } : {}),
    });
  }
  return { rows, table };
}

/** Get-NetTCPConnection's "not found" error for a port: nothing on it (LocalPort 3389: nothing listens). */
function notFoundReading(lines: readonly string[]): Reading | undefined {
  const notFound = tcpNotFound(lines);
  if (!notFound) return undefined;
  const [property, port] = notFound;
  const local = /^local/i.test(property);
  return {
    command: 'get-nettcpconnection',
    what: 'Get-NetTCPConnection output',
    summary: local
      ? `No TCP socket on local port ${port}: nothing listens on it on this computer`
      : `No TCP connection to remote port ${port} from this computer at that moment`,
    shows: [`Get-NetTCPConnection found no connection with ${property} ${port} (its "not found" error).`],
    todo: local
      ? [
          'If this is the server: check that TermService runs and the listener is up (`qwinsta` lists rdp-tcp), and compare PortNumber under RDP-Tcp with the port used.',
        ]
      : ['Run it while the client tries to connect: an attempt in progress shows as SynSent or Established.'],
    causes: local && Number(port) === 3389 ? [networkUnreachable.id] : [],
    source: SRC.netstat,
  };
}

const peer = (r: Connection) => `${r.remote}:${r.remotePort}`;

/** The connections to the RDP port in words, each with its process when the output has one. */
function connectionShows(synSent: readonly Connection[], established: readonly Connection[]): string[] {
  const shows: string[] = [];
  for (const r of synSent)
    shows.push(
      `${r.local}:${r.localPort} → ${peer(r)} ${r.word}${r.pid !== undefined ? ` (process ${r.pid})` : ''}: the SYN got no answer yet.`,
    );
  for (const r of established)
    shows.push(
      `${r.local}:${r.localPort} ↔ ${peer(r)} ${r.word}${r.pid !== undefined ? ` (process ${r.pid})` : ''}: a TCP connection ${r.localPort === 3389 ? "to this computer's RDP port" : 'to the RDP port'} is open.`,
    );
  return shows;
}

/** The listener's rule, the state check's, made on Listen rows as netstat's listening sockets; undefined with none. */
function listenerOutcome(rows: readonly Connection[], now: Date) {
  if (!rows.length) return undefined;
  const items: StateItem[] = rows.map((r) => ({
    kind: 'listening',
    key: 'TCP',
    name: `${r.local}:${r.localPort}`,
    value: r.localPort,
    fields: { Address: r.local, Port: r.localPort, ...(r.pid !== undefined ? { PID: r.pid } : {}) },
  }));
  const outcome = stateCheck('listener-port-open').evaluate(pastedView('netstat', items, now.toISOString()));
  const up = outcome.verdict === 'passed';
  return {
    up,
    said: up ? `Listening: ${outcome.value}.` : (outcome.explanation ?? outcome.value),
    remediation: outcome.remediation ?? [],
  };
}

function readConnections(lines: readonly string[], now: Date): Reading | undefined {
  const notFound = notFoundReading(lines);
  if (notFound) return notFound;
  const { rows, table } = connections(lines);
  const rdp = rows.filter((r) => r.remotePort === 3389 || r.localPort === 3389);
  // Get-NetTCPConnection's listeners on other ports only: the check says nothing listens on 3389.
  const listening = table ? rows.filter((r) => r.state === 'listen') : [];
  if (!rdp.length && !listening.length) return undefined;
  const command = table ? 'get-nettcpconnection' : 'netstat-connections';
  const what = table ? 'Get-NetTCPConnection output' : 'netstat -ano output';
  const synSent = rdp.filter((r) => r.state === 'syn-sent' && r.remotePort === 3389);
  const established = rdp.filter((r) => r.state === 'established');
  const listen = rdp.filter((r) => r.state === 'listen');
  // netstat's listening sockets (in any language) are command-output.ts's reading (readNetstat): a paste showing
  // a listener is read as the server's; only a connection stuck in SYN_SENT, or a client's connection, is read here.
  if (!table && !synSent.length && (!established.length || readNetstatText(lines.join('\n')).length > 0))
    return undefined;
  const shows = connectionShows(synSent, established);
  const listener = listenerOutcome(table ? listening : listen, now);
  if (listener) shows.push(listener.said);
  const listenerUp = listener?.up === true;
  if (listener && !listenerUp && !synSent.length && !established.length)
    return {
      command,
      what,
      summary: `Nothing listens on TCP 3389: the RDP listener is down or on another port (listening: ${[...new Set(listening.map((r) => r.localPort))].slice(0, 8).join(', ')})`,
      shows,
      todo: [
        ...listener.remediation,
        'Restarting TermService drops every session on that server: do it when no one is connected, or after warning them.',
      ],
      causes: [networkUnreachable.id],
      source: SRC.netstat,
    };
  shows.push(
    `${rows.some((r) => r.pid !== undefined) ? 'The last column is the process id (PID), and the' : 'The'} numbers after ":" are ports: none is an error code.`,
  );
  if (synSent.length && !established.length)
    return {
      command,
      what,
      summary: `The connection to ${peer(synSent[0]!)} is stuck in SYN_SENT: nothing answers on TCP 3389 (a firewall drops it, no listener there, or no route to it)`,
      shows,
      todo: [
        `On the server: is something listening on 3389 (\`netstat -ano | findstr :3389\`, LISTENING)? Is the inbound rule "Remote Desktop - User Mode (TCP-In)" enabled? A network firewall, NSG or VPN between may drop it: \`Test-NetConnection ${synSent[0]!.remote} -Port 3389\` from another network tells which.`,
      ],
      causes: [networkUnreachable.id],
      source: SRC.netstat,
    };
  if (established.length)
    return {
      command,
      what,
      summary: `A TCP connection on port 3389 is ESTABLISHED: the network path and the listener are fine; a failure is past TCP (TLS, NLA/CredSSP, licensing, sign-in)`,
      shows,
      todo: [
        "Read the error the client shows (its code, or paste its dialog), or the server's RdpCoreTS, TerminalServices and Security logs at that time.",
      ],
      causes: [],
      source: SRC.netstat,
    };
  if (listenerUp)
    return {
      command,
      what,
      summary: 'Something listens on TCP 3389: the listener is up on the server',
      shows,
      todo: [
        'From the client: `Test-NetConnection <server> -Port 3389`. False there while the server listens means a firewall or the path between drops the port.',
      ],
      causes: [],
      source: SRC.netstat,
    };
  return undefined;
}

// ---- ping ----

const PING_NO_HOST =
  /^\s{0,40}Ping request could not find host (\S{1,255})\.\s{0,4}Please check the name and try again\./i;
const PING_UNREACHABLE = /^\s{0,40}Reply from (\S{1,60}): Destination (host|net) unreachable\./i;
/** A router's ICMP time exceeded (RFC 792 type 11), as ping prints it; a device's port unreachable (type 3 code 3). */
const PING_TTL_EXPIRED = /^\s{0,40}Reply from (\S{1,60}): TTL expired in transit\.?\s{0,40}$/i;
const PING_PORT_UNREACHABLE = /^\s{0,40}Reply from (\S{1,60}): Destination port unreachable\.?\s{0,40}$/i;
/** ping's -i switch (the TTL it sends): its time exceeded is the answer asked for, not a fault. */
const PING_TTL_SWITCH =
  /^\s{0,40}(?:[A-Z]:\\[^>\r\n]{0,200}>|PS [^>\r\n]{0,200}>)?\s{0,10}ping(?:\.exe)?(?:\s[^\r\n]{0,200}?)?\s[-/]i\s{1,4}\d{1,3}\b/i;
const PING_REPLY = /^\s{0,40}Reply from (\S{1,60}): bytes[=<]\d{1,6} time[=<]\d{1,7}ms TTL=\d{1,3}\s{0,40}$/i;
const PING_TIMEOUT = /^\s{0,40}Request timed out\.\s{0,40}$/i;
const PING_GENERAL = /^\s{0,40}(?:PING: transmit failed\. )?General failure\.\s{0,40}$/i;
const PING_HEADER = /^\s{0,40}Pinging (\S{1,255}) (?:\[(\S{1,60})\] )?with \d{1,6} bytes of data:?/i;

/** What ping's lines show: its header's target, the name it could not find, unreachable answers, replies. */
function pingLines(lines: readonly string[]) {
  const p = {
    target: undefined as string | undefined,
    address: undefined as string | undefined,
    noHost: undefined as string | undefined,
    unreachable: undefined as { from: string; what: string } | undefined,
    ttlExpired: undefined as string | undefined,
    portUnreachable: undefined as string | undefined,
    ttlSwitch: false,
    replyFrom: undefined as string | undefined,
    replies: 0,
    timeouts: 0,
    general: 0,
    header: false,
  };
  for (const line of lines) {
    if (PING_TIMEOUT.test(line)) p.timeouts++;
    if (PING_GENERAL.test(line)) p.general++;
    const h = PING_HEADER.exec(line);
    if (h) {
      p.header = true;
      p.target ??= h[1];
      p.address ??= h[2] ?? h[1];
    }
    p.noHost ??= PING_NO_HOST.exec(line)?.[1];
    const u = PING_UNREACHABLE.exec(line);
    if (u) p.unreachable ??= { from: u[1]!, what: u[2]!.toLowerCase() };
    p.ttlExpired ??= PING_TTL_EXPIRED.exec(line)?.[1];
    p.portUnreachable ??= PING_PORT_UNREACHABLE.exec(line)?.[1];
    if (PING_TTL_SWITCH.test(line)) p.ttlSwitch = true;
    const reply = PING_REPLY.exec(line);
    if (reply) {
      p.replies++;
      p.replyFrom ??= reply[1];
    }
  }
  return p;
}

/** A router's "TTL expired in transit" or a device's "Destination port unreachable" instead of the host's replies. */
function icmpAnswer(
  p: ReturnType<typeof pingLines>,
  address: string | undefined,
  common: Pick<Reading, 'command' | 'what' | 'source'>,
): Reading | undefined {
  if (p.ttlExpired && p.ttlSwitch)
    return {
      ...common,
      summary: `TTL expired at ${p.ttlExpired}: ping's -i switch set how many hops its packets may take, and the router at the last of them answered; that is the answer asked for, not a fault`,
      shows: [
        `"Reply from ${p.ttlExpired}: TTL expired in transit" after \`ping -i\`: the router at that hop, not the host.`,
      ],
      todo: [],
      causes: [],
    };
  if (p.ttlExpired)
    return {
      ...common,
      summary: `TTL expired in transit at ${p.ttlExpired}: the packets to ${address ?? 'the host'} never reached it: a routing loop on the path (or more hops than the TTL allows), so no connection can reach it that way`,
      shows: [
        `"Reply from ${p.ttlExpired}: TTL expired in transit": the router ${p.ttlExpired} dropped the packet when its hop count ran out (ICMP time exceeded) and answered instead of the host; the statistics count those answers as received.`,
      ],
      todo: [
        `\`tracert ${address ?? '<address>'}\`: addresses that repeat in its hops are the loop; check the routes on those routers (\`route print\` on Windows).`,
      ],
      causes: [networkUnreachable.id],
    };
  if (p.portUnreachable)
    return {
      ...common,
      summary: `${p.portUnreachable} answered "Destination port unreachable" instead of an echo reply: a device on the path or the host refused the request; ping is no verdict on TCP 3389`,
      shows: [
        `"Reply from ${p.portUnreachable}: Destination port unreachable": an ICMP error, not the host's echo reply.`,
      ],
      todo: [`Test the RDP port itself: \`Test-NetConnection ${address ?? '<host>'} -Port 3389\`.`],
      causes: [],
    };
  return undefined;
}

function readPing(lines: readonly string[]): Reading | undefined {
  const p = pingLines(lines);
  const { address, noHost, unreachable, replies, timeouts, general, header } = p;
  // Replies pasted without ping's header: the host that answered is the one pinged.
  const target = p.target ?? p.replyFrom;
  const common = { command: 'ping', what: 'ping output', source: SRC.ping } as const;
  const icmp = replies === 0 && !unreachable ? icmpAnswer(p, address, common) : undefined;
  if (icmp) return icmp;
  if (noHost)
    return {
      ...common,
      summary: `The name ${noHost} does not resolve: ping found no address for it, so no connection can be tried by that name`,
      shows: [
        `"Ping request could not find host ${noHost}": name resolution failed (DNS, the hosts file, the DNS suffix).`,
      ],
      todo: [
        `Check the name (\`Resolve-DnsName ${noHost}\` or \`nslookup ${noHost}\`), the DNS suffix search list, or connect by address; a VPN may be needed for internal names.`,
      ],
      causes: [networkUnreachable.id],
    };
  if (unreachable && replies === 0) {
    const self = address !== undefined && unreachable.from === address;
    return {
      ...common,
      summary: `Destination ${unreachable.what} unreachable: ${self ? 'this computer has no route to' : `the router ${unreachable.from} has no route to`} ${address ?? 'the address'}: no connection can reach it`,
      shows: [
        `"Reply from ${unreachable.from}: Destination ${unreachable.what} unreachable": ${self ? 'the host is not on the local network or is off (no ARP answer)' : `${unreachable.from} answered that it cannot forward to that address`}. The reply is not from the server itself.`,
      ],
      todo: [
        'Check the address, the route (`route print`, `tracert`), the VPN, and that the server is on; a name that resolves to an old address also gives this.',
      ],
      causes: [networkUnreachable.id],
    };
  }
  if (header && general > 0 && replies === 0 && !unreachable)
    return {
      ...common,
      summary: `ping could not send (General failure): this computer has no usable route or network for ${address ?? 'that address'}`,
      shows: [
        '"General failure": the request never left this computer (no network connection, no route for that address, the adapter down, or a local filter such as IPsec or a VPN client dropping it).',
      ],
      todo: [
        'Check `ipconfig` (an address and gateway), `route print` for the destination, and the VPN; then ping again.',
      ],
      causes: [],
    };
  // Every request timed out without the statistics (the sentence `ping-all-lost` reads them): the same reading.
  if (header && timeouts > 0 && replies === 0 && !unreachable && !lines.some((l) => /\(100% loss\)/i.test(l)))
    return {
      ...common,
      summary: `No echo reply from ${target ?? 'the host'} (Request timed out): ping is no verdict on RDP, since Windows Firewall drops ping by default`,
      shows: [`${timeouts} request(s) timed out: no ICMP echo reply came back.`],
      todo: [`Test the RDP port itself: \`Test-NetConnection ${target ?? '<host>'} -Port 3389\`.`],
      causes: [],
    };
  if (replies > 0 && target)
    return {
      ...common,
      summary: `${target} answers ping: the address is reachable over the network; ping says nothing about TCP 3389`,
      shows: [
        `${replies} echo repl${replies === 1 ? 'y' : 'ies'} from it; the times, bytes and TTL are measurements, not codes.`,
      ],
      todo: [
        `Test the RDP port itself: \`Test-NetConnection ${target} -Port 3389\`. If that fails while ping answers, a firewall or the listener is at fault.`,
      ],
      causes: [],
    };
  return undefined;
}

// ---- tracert ----

const TRACERT_HEADER =
  /^\s{0,40}Tracing route to (\S{1,255})(?: \[(\S{1,60})\])?(?:\s{1,4}over a maximum of \d{1,3} hops:?)?\s{0,40}$/i;
const TRACERT_NO_NAME = /^\s{0,40}Unable to resolve target system name (\S{1,255})\.\s{0,40}$/i;
/** A hop: its number, three times (or stars), then the router's name and address, or "Request timed out.". */
const TRACERT_HOP = /^\s{0,40}(\d{1,3})\s{1,10}(?:(?:<?\d{1,6} ms|\*)\s{1,10}){3}(\S.{0,300})$/i;
const TRACERT_REPORTS = /^\s{0,40}\d{1,3}\s{1,10}(\S{1,60})\s{1,4}reports: Destination (host|net) unreachable\./i;
const TRACE_COMPLETE = /^\s{0,40}Trace complete\.\s{0,40}$/i;

/** What tracert's lines show: its target, the hops that answered and those that timed out, its end. */
function tracertLines(lines: readonly string[]) {
  const t = {
    target: undefined as string | undefined,
    address: undefined as string | undefined,
    noName: undefined as string | undefined,
    reports: undefined as { from: string; what: string } | undefined,
    hops: [] as { n: number; at: string; timeout: boolean }[],
    complete: false,
  };
  for (const line of lines) {
    const h = TRACERT_HEADER.exec(line);
    if (h) [t.target, t.address] = [t.target ?? h[1], t.address ?? h[2] ?? h[1]];
    t.noName ??= TRACERT_NO_NAME.exec(line)?.[1];
    const r = TRACERT_REPORTS.exec(line);
    if (r) t.reports ??= { from: r[1]!, what: r[2]!.toLowerCase() };
    const hop = TRACERT_HOP.exec(line);
    if (hop)
      t.hops.push({ n: Number(hop[1]), at: hop[2]!.trim(), timeout: /^Request timed out\.?$/i.test(hop[2]!.trim()) });
    if (TRACE_COMPLETE.test(line)) t.complete = true;
  }
  return t;
}

function readTracert(lines: readonly string[]): Reading | undefined {
  const t = tracertLines(lines);
  const common = { command: 'tracert', what: 'tracert output', source: SRC.tracert } as const;
  if (t.noName)
    return {
      ...common,
      summary: `The name ${t.noName} does not resolve: tracert found no address for it, so no connection can be tried by that name`,
      shows: [
        `"Unable to resolve target system name ${t.noName}": name resolution failed (DNS, the hosts file, the DNS suffix).`,
      ],
      todo: [`Check the name (\`Resolve-DnsName ${t.noName}\`), the DNS suffix search list, or connect by address.`],
      causes: [networkUnreachable.id],
    };
  if (!t.target) return undefined;
  if (t.reports)
    return {
      ...common,
      summary: `The router ${t.reports.from} reports destination ${t.reports.what} unreachable: it has no route to ${t.address}: no connection can reach it`,
      shows: [`"${t.reports.from} reports: Destination ${t.reports.what} unreachable": the route ends at that router.`],
      todo: ['Check the address, the route beyond that router, the VPN, and that the server is on.'],
      causes: [networkUnreachable.id],
    };
  const last = t.hops.at(-1);
  const reached = last && !last.timeout && t.address !== undefined && last.at.includes(t.address);
  if (t.complete && reached)
    return {
      ...common,
      summary: `${t.target} is reached in ${last.n} hop${last.n === 1 ? '' : 's'}: the route is fine; tracert says nothing about TCP 3389`,
      shows: ['The times are measurements, not codes.'],
      todo: [`Test the RDP port itself: \`Test-NetConnection ${t.target} -Port 3389\`.`],
      causes: [],
    };
  const silentFrom = t.hops.find((h, i) => h.timeout && t.hops.slice(i).every((x) => x.timeout));
  if (silentFrom && !t.complete)
    return {
      ...common,
      summary: `The hops from ${silentFrom.n} on do not answer tracert (Request timed out): many routers and Windows Firewall do not answer it, so this is no verdict on the path or on TCP 3389`,
      shows: [`${t.hops.filter((h) => h.timeout).length} hop(s) timed out; tracert uses ICMP, which is often dropped.`],
      todo: [`Test the RDP port itself: \`Test-NetConnection ${t.target} -Port 3389\`.`],
      causes: [],
    };
  return undefined;
}

// ---- nslookup and Resolve-DnsName ----

const NSLOOKUP_SERVER = /^\s{0,40}Server:\s{1,40}(\S{1,255})\s{0,40}$/i;
const NSLOOKUP_NAME = /^\s{0,40}Name:\s{1,40}(\S{1,255})\s{0,40}$/i;
const NSLOOKUP_ADDRESS = /^\s{0,40}Address(?:es)?:\s{1,40}(\S{1,60})/i;
const RDN_NX = /^\s{0,40}Resolve-DnsName\s?:\s?(\S{1,255})\s?:\s?DNS name does not exist\b/i;
const RDN_NX_ID = /FullyQualifiedErrorId\s?:\s?DNS_ERROR_RCODE_NAME_ERROR,Microsoft\.DnsClient/i;
const RDN_HEADER = /^\s{0,40}Name\s{1,80}Type\s{1,80}TTL\s{1,80}Section\s{1,80}(?:IPAddress|NameHost)\b/i;
const RDN_ROW = /^\s{0,40}(\S{1,255})\s{1,80}(A|AAAA|CNAME)\s{1,80}\d{1,10}\s{1,80}Answer\s{1,80}(\S{1,255})\s{0,40}$/i;

function readDns(lines: readonly string[]): Reading | undefined {
  const nx = lines.map((l) => RDN_NX.exec(l)).find((m) => m);
  if (nx || lines.some((l) => RDN_NX_ID.test(l))) {
    const name = nx?.[1] ?? 'the name';
    return {
      command: 'resolve-dnsname',
      what: 'Resolve-DnsName output',
      summary: `The name ${name} does not resolve (DNS name does not exist): no address, so no connection can be tried by that name`,
      shows: [
        `Resolve-DnsName: "DNS name does not exist" (DNS_ERROR_RCODE_NAME_ERROR, NXDOMAIN) for ${name}.`,
        'Its "line" and "char" numbers are the position in the command typed, not codes.',
      ],
      todo: [
        "Check the name, the DNS suffix (a short name needs the domain), and that the DNS server asked serves that zone (a VPN's split DNS); or connect by address.",
      ],
      causes: [networkUnreachable.id],
      source: SRC.resolve,
    };
  }
  let table = false;
  const answers: string[] = [];
  for (const line of lines) {
    if (RDN_HEADER.test(line)) table = true;
    const m = table ? RDN_ROW.exec(line) : null;
    if (m) answers.push(`${m[1]} ${m[2]!.toUpperCase()} ${m[3]}`);
  }
  if (answers.length)
    return {
      command: 'resolve-dnsname',
      what: 'Resolve-DnsName output',
      summary: `The name resolves (${answers[0]}): DNS is not what stops the connection`,
      shows: answers.map((a) => `Answer: ${a}.`),
      todo: [
        "Check that the address is the server's current one, then test the port: `Test-NetConnection <name> -Port 3389`.",
      ],
      causes: [],
      source: SRC.resolve,
    };
  // nslookup's answer: the server block, then Name: and Address(es): of the name asked.
  let server = false;
  let name: string | undefined;
  let address: string | undefined;
  for (const line of lines) {
    if (NSLOOKUP_SERVER.test(line)) server = true;
    const n = server ? NSLOOKUP_NAME.exec(line) : null;
    if (n) name = n[1];
    const a = name ? NSLOOKUP_ADDRESS.exec(line) : null;
    if (a) address ??= a[1];
  }
  if (!name || !address) {
    if (!lines.some((l) => /^\s{0,40}DNS request timed out\.|^\s{0,40}\*\*\* Request to \S{1,255} timed-out/i.test(l)))
      return undefined;
    return {
      command: 'nslookup',
      what: 'nslookup output',
      summary: 'The DNS server asked did not answer (DNS request timed out): names cannot be checked through it',
      shows: [
        'nslookup got no answer from the DNS server in time ("DNS request timed out"); the "Server:"/"Address:" lines are that server, "UnKnown" when its own reverse lookup failed.',
      ],
      todo: [
        "Check that the DNS server is reachable from this computer (the VPN, the adapter's DNS servers in `ipconfig /all`), or ask another one: `nslookup <name> <other DNS server>`.",
      ],
      causes: [],
      source: SRC.nslookup,
    };
  }
  return {
    command: 'nslookup',
    what: 'nslookup output',
    summary: `The name ${name} resolves to ${address}: DNS is not what stops the connection`,
    shows: [`${name} → ${address}. The "Server:"/"Address:" above it are the DNS server asked.`],
    todo: [
      `Check that ${address} is the server's current address, then test the port: \`Test-NetConnection ${name} -Port 3389\`.`,
    ],
    causes: [],
    source: SRC.nslookup,
  };
}

// ---- services ----

export interface ServiceRole {
  readonly name: string;
  readonly display: string;
  /** What it does for Remote Desktop, and what its being stopped means. */
  readonly role: string;
  /** The cause a stopped or disabled service is (none when a connection still works without it). */
  readonly cause?: string;
  readonly source: string;
}

/** The services Remote Desktop needs, each with the Microsoft page that names its role. */
const SERVICES: readonly ServiceRole[] = [
  {
    name: 'TermService',
    display: 'Remote Desktop Services',
    role: 'the Remote Desktop Services service: it runs the RDP listener; while it is not running nothing accepts Remote Desktop connections',
    cause: networkUnreachable.id,
    source:
      'Microsoft Learn "General Remote Desktop connection troubleshooting" (check the status of the RDP services)',
  },
  {
    name: 'UmRdpService',
    display: 'Remote Desktop Services UserMode Port Redirector',
    role: 'the redirection of printers, drives and ports into sessions: when it is not running, sessions still connect but redirection fails',
    source:
      'Microsoft Learn "General Remote Desktop connection troubleshooting" (Remote Desktop Services UserMode Port Redirector among the RDP services to check)',
  },
  {
    name: 'SessionEnv',
    display: 'Remote Desktop Configuration',
    role: 'the Remote Desktop configuration and session maintenance that need the SYSTEM account (per-session temporary folders, themes, Remote Desktop certificates)',
    source:
      'The service\'s own description (services.msc; Win32_Service Description); Microsoft Learn "General Remote Desktop connection troubleshooting" (check the status of the RDP services)',
  },
  {
    name: 'TermServLicensing',
    display: 'Remote Desktop Licensing',
    role: 'the RD license server: when it is not running on the license server, session hosts get no client access licenses',
    cause: licensingServerUnavailable.id,
    source:
      'Microsoft Learn "Troubleshoot Remote Desktop licensing" (the Remote Desktop Licensing service on the license server)',
  },
  {
    name: 'TSGateway',
    display: 'Remote Desktop Gateway',
    role: 'the RD Gateway: while it is not running, clients that connect through this gateway are told it is temporarily unavailable; connections that do not use it are not affected',
    source:
      'Microsoft Learn "Remote Desktop Gateway" role (the TSGateway service) and the client\'s dialog "…because the Remote Desktop Gateway server is temporarily unavailable"',
  },
  {
    name: 'Tssdis',
    display: 'Remote Desktop Connection Broker',
    role: 'the RD Connection Broker: while it is not running, users who connect to a collection through the broker are not placed on a session host',
    source: 'Microsoft Learn "Remote Desktop Services roles" (RD Connection Broker, the Tssdis service)',
  },
  {
    name: 'RDMS',
    display: 'Remote Desktop Management',
    role: "the deployment's management service (Server Manager's Remote Desktop Services pages): when it is not running the deployment cannot be managed; connections to the session hosts do not go through it",
    source: 'Microsoft Learn troubleshooting "Remote Desktop Management service (RDMS) doesn\'t start"',
  },
  {
    name: 'RDAgentBootLoader',
    display: 'Remote Desktop Agent Loader',
    role: 'the Azure Virtual Desktop agent loader: when it is stopped the agent does not run, the host sends no heartbeat and the service routes no connection to it (status Unavailable)',
    source:
      'Microsoft Learn Azure Virtual Desktop "Troubleshoot common Azure Virtual Desktop Agent issues" (the RDAgentBootLoader service)',
  },
  {
    name: 'RDAgent',
    display: 'Remote Desktop Services Infrastructure Agent',
    role: 'the Azure Virtual Desktop agent: when it is stopped the host is not registered with the service and gets no connection',
    source: 'Microsoft Learn Azure Virtual Desktop "Troubleshoot common Azure Virtual Desktop Agent issues"',
  },
];

const SERVICE_BY_NAME = new Map(
  SERVICES.flatMap((s) => [[s.name.toLowerCase(), s] as const, [s.display.toLowerCase(), s] as const]),
);

/** A service Remote Desktop needs, by its name or its display name (any case); undefined for any other service. */
export function serviceRoleOf(name: string): ServiceRole | undefined {
  return SERVICE_BY_NAME.get(name.trim().toLowerCase());
}

/** sc's and CIM's words, and PowerShell's, as one set of start types and statuses. */
const START_WORDS: Readonly<Record<string, string>> = {
  boot_start: 'Boot',
  system_start: 'System',
  auto_start: 'Automatic',
  demand_start: 'Manual',
  disabled: 'Disabled',
  auto: 'Automatic',
  automatic: 'Automatic',
  manual: 'Manual',
  boot: 'Boot',
  system: 'System',
  automaticdelayedstart: 'Automatic',
};
const STATUS_WORDS: Readonly<Record<string, string>> = {
  stopped: 'Stopped',
  running: 'Running',
  start_pending: 'StartPending',
  stop_pending: 'StopPending',
  paused: 'Paused',
  startpending: 'StartPending',
  stoppending: 'StopPending',
  'start pending': 'StartPending',
  'stop pending': 'StopPending',
};

const SC_NAME = /^\s{0,40}SERVICE_NAME\s?:\s?(\S{1,80})\s{0,40}$/i;
const SC_START = /^\s{0,40}START_TYPE\s{0,40}:\s{0,40}\d{1,2}\s{1,40}([A-Z_]{4,20})\b/i;
const SC_STATE = /^\s{0,40}STATE\s{0,40}:\s{0,40}\d{1,2}\s{1,40}([A-Z_]{4,20})\b/i;
const GS_HEADER = /^\s{0,40}Status\s{1,80}Name\s{1,80}DisplayName\b/i;
const GS_ROW = /^\s{0,40}(Running|Stopped|StartPending|StopPending|Paused)\s{1,80}(\S{1,80})(?:\s{1,80}(.{1,200}))?$/i;
/** A property-list line (`Name : value`), PowerShell's Format-List. */
const LIST_LINE = /^\s{0,40}([A-Za-z_][\w]{0,60}(?: \([A-Z]{1,8}\))?)\s{0,60}:\s?(.{0,400})$/;

interface Service {
  name: string;
  /** sc's block (sc query, sc qc) or one of PowerShell's forms. */
  form: 'sc' | 'powershell';
  status?: string;
  start?: string;
}

/**
 * The command line a paste often keeps above its output (a prompt, a pipeline): it names the columns it selects
 * ("PS C:\\> Get-Service TermService | Select-Object Name, Status, StartType") but is no header of the table.
 */
const COMMAND_LINE =
  /^\s{0,40}(?:PS [^>\r\n]{0,200}>|[A-Z]:\\[^>\r\n]{0,200}>)|\|\s{0,10}(?:Select|Format|Where|ft|fl)\b/i;

/** Windows PowerShell's column table under a header of names: each row split where the header's columns start. */
function columnRows(lines: readonly string[], header: RegExp): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let names: string[] | undefined;
  for (const line of lines) {
    if (!names) {
      if (header.test(line) && !COMMAND_LINE.test(line)) names = line.trim().split(/\s+/);
      continue;
    }
    if (/^\s*-{2,}/.test(line) || !line.trim()) continue;
    const cells = line.trim().split(/\s+/);
    // A row with as many cells as the header, or the Win32_Service table's ProcessId left out when 0 is not.
    if (cells.length !== names.length) continue;
    out.push(Object.fromEntries(names.map((n, i) => [n.toLowerCase(), cells[i]!])));
  }
  return out;
}

function services(lines: readonly string[]): Service[] {
  const out: Service[] = [];
  let current: Service | undefined;
  let gsTable = false;
  for (const line of lines) {
    const n = SC_NAME.exec(line);
    if (n) {
      current = { name: n[1]!, form: 'sc' };
      out.push(current);
      continue;
    }
    const start = SC_START.exec(line);
    if (start && current) current.start = START_WORDS[start[1]!.toLowerCase()] ?? start[1];
    const state = SC_STATE.exec(line);
    if (state && current) current.status = STATUS_WORDS[state[1]!.toLowerCase()] ?? state[1];
    if (GS_HEADER.test(line)) gsTable = true;
    const row = gsTable ? GS_ROW.exec(line) : null;
    if (row) out.push({ name: row[2]!, form: 'powershell', status: STATUS_WORDS[row[1]!.toLowerCase()] ?? row[1] });
  }
  if (out.length) return out.filter((s) => s.status || s.start);
  // Win32_Service's table (Get-CimInstance / Get-WmiObject … | Select Name, StartMode, State …). Its header is one
  // short line: each lookahead looks no further than a header can be long, so a long line costs no more than a short one.
  for (const r of columnRows(
    lines,
    /^\s{0,40}(?=.{0,200}?\bName\b)(?=.{0,200}?\b(?:StartMode|StartType)\b)(?=.{0,200}?\b(?:State|Status)\b)/i,
  )) {
    const status = STATUS_WORDS[(r.state ?? r.status ?? '').toLowerCase()];
    const start = START_WORDS[(r.startmode ?? r.starttype ?? '').toLowerCase()];
    if (r.name && (status || start)) out.push({ name: r.name, form: 'powershell', status, start });
  }
  if (out.length) return out;
  // The list form (Format-List): Name, then Status or State, StartType or StartMode, one block per service.
  let block: Service | undefined;
  for (const line of lines) {
    const m = LIST_LINE.exec(line);
    if (!m) continue;
    const [key, value] = [m[1]!.toLowerCase(), m[2]!.trim()];
    if (key === 'name' || key === 'servicename') {
      if (!block || block.name) {
        block = { name: value, form: 'powershell' };
        out.push(block);
      } else block.name = value;
    } else if (key === 'status' || key === 'state' || key === 'starttype' || key === 'startmode') {
      if (!block) {
        block = { name: '', form: 'powershell' };
        out.push(block);
      }
      if (key === 'status' || key === 'state') block.status = STATUS_WORDS[value.toLowerCase()] ?? block.status;
      else block.start = START_WORDS[value.toLowerCase()] ?? block.start;
    }
  }
  return out.filter((s) => s.name && SERVICE_BY_NAME.has(s.name.toLowerCase()) && (s.status || s.start));
}

/** The services output's one line: what is down and means something, else that nothing Remote Desktop needs is. */
function servicesSummary(list: readonly Service[], bad: readonly string[]): string {
  const named = list.map((s) => s.name).join(', ');
  return bad.length
    ? bad.join('; ')
    : list.every((s) => s.status === 'Running')
      ? `${named}: running; the services are not what stops the connection`
      : list.some((s) => s.status === 'Stopped' || s.start === 'Disabled')
        ? `${list.map((s) => `${s.name}${s.start ? ` start type ${s.start}` : ''}${s.status ? ` ${s.status}` : ''}`).join(', ')}: no service Remote Desktop depends on is stopped or disabled here (${list
            .filter((s) => !SERVICE_BY_NAME.has(s.name.toLowerCase()))
            .map((s) => s.name)
            .join(', ')}: not a Remote Desktop service)`
        : `${list.map((s) => `${s.name}${s.start ? ` start type ${s.start}` : ''}${s.status ? ` ${s.status}` : ''}`).join(', ')}: none stopped or disabled`;
}

function readServices(lines: readonly string[], now: Date): Reading | undefined {
  const list = services(lines);
  // One service's state alone, as sc query prints it or as TermService's, is read by the sentences of sentences.ts
  // (`termservice-stopped`, `termservice-running`, `service-query-output`): one rule each, there.
  const one = list.length === 1 ? list[0]! : undefined;
  // An sc block of a service whose stop is a cause (TermServLicensing) is read here, by its role.
  if (
    !list.length ||
    (one &&
      !one.start &&
      ((one.form === 'sc' && !SERVICE_BY_NAME.get(one.name.toLowerCase())?.cause) || /^termservice$/i.test(one.name)))
  )
    return undefined;
  const shows: string[] = [];
  const todo: string[] = [];
  const causes: string[] = [];
  /** What each stopped or disabled service means, said in the summary. */
  const bad: string[] = [];
  for (const s of list) {
    const role = SERVICE_BY_NAME.get(s.name.toLowerCase());
    const state = [s.status, s.start && `start type ${s.start}`].filter(Boolean).join(', ');
    const down = s.status === 'Stopped' || s.start === 'Disabled';
    if (role?.name === 'TermService') {
      // TermService's rule is the state check's.
      const item: StateItem = {
        kind: 'service',
        key: 'TermService',
        name: 'TermService',
        value: s.status ?? (s.start === 'Disabled' ? 'Stopped' : 'unknown'),
        fields: s.start ? { StartType: s.start } : {},
      };
      if (!s.status && s.start !== 'Disabled') {
        shows.push(
          `TermService (Remote Desktop Services): start type ${s.start}; its state is not in this output (sc query shows it).`,
        );
        continue;
      }
      const outcome = stateCheck('termservice-running').evaluate(pastedView('ps-services', [item], now.toISOString()));
      if (outcome.verdict === 'failed') {
        shows.push(
          s.status
            ? (outcome.explanation ?? outcome.value)
            : `TermService (Remote Desktop Services) is Disabled: it cannot start, so nothing accepts Remote Desktop connections.`,
        );
        todo.push(...(outcome.remediation ?? []));
        causes.push(networkUnreachable.id);
        bad.push(
          `TermService (Remote Desktop Services) is ${s.start === 'Disabled' ? 'Disabled' : s.status}: nothing accepts Remote Desktop connections`,
        );
      } else
        shows.push(`TermService (Remote Desktop Services): ${state}: the service is not what stops the connection.`);
      continue;
    }
    if (role) {
      shows.push(`${role.name} (${role.display}): ${state}. It is ${role.role}.`);
      if (down) {
        bad.push(
          `${role.name} (${role.display}) is ${s.start === 'Disabled' ? 'Disabled' : s.status}: ${role.role.replace(/^the /, 'it is the ')}`,
        );
        if (role.cause && !causes.includes(role.cause)) causes.push(role.cause);
        todo.push(
          `${s.start === 'Disabled' ? `Set ${role.name} to its usual start type (\`Set-Service ${role.name} -StartupType Automatic\`; Manual for SessionEnv and UmRdpService) and start it` : `Start it (\`Start-Service ${role.name}\`)`}; if it stops again, its System-log events (7031, 7034, 7023) say why.`,
        );
      }
    } else shows.push(`${s.name}: ${state} (a service Remote Desktop does not depend on directly).`);
  }
  shows.push(
    "The numbers in this output (sc's TYPE, START_TYPE and STATE numbers, exit codes 0, PIDs) are its fields, not error codes.",
  );
  return {
    command: 'services',
    what: 'service status output (sc qc / sc query / Get-Service / Win32_Service)',
    summary: servicesSummary(list, bad),
    shows,
    todo,
    causes,
    source: SRC.services,
  };
}

// ---- certificates (Format-List) ----

/**
 * en-US's general date, as Windows PowerShell prints it there: M/d/yyyy h:mm:ss AM/PM. The AM/PM is required: en-GB
 * and others print d/M/yyyy with a 24-hour time, so a slash date without it could be either order and is not read.
 */
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s{1,4}(\d{1,2}):(\d{2})(?::(\d{2}))?\s{0,4}(AM|PM)\s{0,40}$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;

/** A date as PowerShell prints it in en-US (M/d/yyyy h:mm:ss tt) or ISO; undefined for another (never guessed). */
function listDate(text: string): string | undefined {
  const iso = ISO_DATE.exec(text);
  const us = iso ? undefined : US_DATE.exec(text);
  const m = iso ?? us;
  if (!m) return undefined;
  const [y, mo, d] = iso ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number(m[3]), Number(m[1]), Number(m[2])];
  let h = m[4] ? Number(m[4]) : 0;
  if (us && m[7]) h = (h % 12) + (m[7].toUpperCase() === 'PM' ? 12 : 0);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const s = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${m[5] ?? '00'}:${m[6] ?? '00'}.000Z`;
  return Number.isNaN(Date.parse(s)) ? undefined : s;
}

/**
 * Format-Table's rows cut where the header's columns start (a cell may hold spaces: a date, a subject), under a
 * header holding `must`; each row a record of the header's names (lower case). A blank line after rows ends it.
 */
function tableByColumns(lines: readonly string[], must: RegExp): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let cols: { name: string; at: number }[] | undefined;
  for (const line of lines) {
    if (!cols) {
      if (must.test(line))
        cols = [...line.matchAll(/\S{1,80}/g)].map((m) => ({ name: m[0].toLowerCase(), at: m.index ?? 0 }));
      continue;
    }
    if (/^\s{0,40}-{2,}/.test(line)) continue;
    if (!line.trim()) {
      if (out.length) break;
      continue;
    }
    const c = cols;
    out.push(
      Object.fromEntries(
        c.map((col, i) => [col.name, line.slice(col.at, i + 1 < c.length ? c[i + 1]!.at : undefined).trim()]),
      ),
    );
  }
  return out;
}

const CERT_TABLE_HEADER = /^\s{0,40}Thumbprint\s{1,80}Subject\b/i;
const THUMB_ROW = /^\s{0,40}([0-9A-F]{40})\s{1,80}(.{1,300})$/i;

/** The table form that names the certificates only (Thumbprint, Subject): no verdict on them. */
function certificateNames(lines: readonly string[]): Reading | undefined {
  let table = false;
  const rows: string[] = [];
  for (const line of lines) {
    if (CERT_TABLE_HEADER.test(line)) table = true;
    const r = table ? THUMB_ROW.exec(line) : null;
    if (r) rows.push(`${r[1]!.toUpperCase()} (${r[2]!.trim()})`);
  }
  if (!rows.length) return undefined;
  return {
    command: 'certificates',
    what: 'certificate store listing (Get-ChildItem Cert:\\…)',
    summary: `${rows.length} certificate(s) listed by thumbprint and subject: the table shows no dates or key, so no verdict on them`,
    shows: rows.map((r) => `Certificate ${r}.`),
    todo: [
      'List the dates and the key: `Get-ChildItem "Cert:\\LocalMachine\\Remote Desktop" | Format-List Subject,Issuer,Thumbprint,NotBefore,NotAfter,HasPrivateKey`, and compare the thumbprint with the listener\'s (Win32_TSGeneralSetting SSLCertificateSHA1Hash).',
    ],
    causes: [],
    source: SRC.certificates,
  };
}

/** The certificates of a Format-List, else of a Format-Table whose columns hold their dates or key. */
function listedCertificates(lines: readonly string[]): StateItem[] {
  const certs: StateItem[] = [];
  let cur: StateItem | undefined;
  const fields = () => cur!.fields!;
  for (const line of lines) {
    const m = LIST_LINE.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    const known = ['subject', 'issuer', 'thumbprint', 'notbefore', 'notafter', 'hasprivatekey', 'friendlyname'];
    if (!known.includes(key)) continue;
    // A block starts at Subject or Thumbprint when the one before already has it.
    if (!cur || (key === 'subject' && fields().Subject !== undefined) || (key === 'thumbprint' && cur.name !== '')) {
      cur = { kind: 'certificate', key: 'LocalMachine\\Remote Desktop', name: '', value: '', fields: {} };
      certs.push(cur);
    }
    if (key === 'subject') fields().Subject = value;
    else if (key === 'issuer') fields().Issuer = value;
    else if (key === 'thumbprint' && /^[0-9a-f]{40}$/i.test(value)) cur.name = cur.value = value.toUpperCase();
    else if (key === 'notafter' || key === 'notbefore') {
      const d = listDate(value);
      if (d) fields()[key === 'notafter' ? 'NotAfter' : 'NotBefore'] = d;
      else fields()[key === 'notafter' ? 'NotAfterUnread' : 'NotBeforeUnread'] = value;
    } else if (key === 'hasprivatekey' && /^(true|false)$/i.test(value)) fields().HasPrivateKey = /^true$/i.test(value);
  }
  // Format-Table with the dates or the key among its columns: the same items, cut at the header's columns.
  if (!certs.length)
    for (const r of tableByColumns(
      lines,
      /^\s{0,40}(?=.{0,300}\bThumbprint\b)(?=.{0,300}\b(?:NotAfter|HasPrivateKey)\b)/i,
    )) {
      if (!/^[0-9a-f]{40}$/i.test(r.thumbprint ?? '')) continue;
      const fields: Record<string, StateValue> = {};
      if (r.subject) fields.Subject = r.subject;
      if (r.issuer) fields.Issuer = r.issuer;
      for (const [k, f] of [
        ['notafter', 'NotAfter'],
        ['notbefore', 'NotBefore'],
      ] as const) {
        const d = r[k] ? listDate(r[k]) : undefined;
        if (d) fields[f] = d;
        else if (r[k]) fields[`${f}Unread`] = r[k];
      }
      if (/^(true|false)$/i.test(r.hasprivatekey ?? '')) fields.HasPrivateKey = /^true$/i.test(r.hasprivatekey!);
      const thumb = r.thumbprint!.toUpperCase();
      certs.push({ kind: 'certificate', key: 'LocalMachine\\Remote Desktop', name: thumb, value: thumb, fields });
    }
  return certs;
}

/**
 * A Format-List block without its Thumbprint line (`Format-List NotBefore,NotAfter,HasPrivateKey`, often pasted under
 * the Thumbprint/Subject table of the same store) is still a certificate: it takes the table's name when the table
 * names exactly one, else it is named by its place.
 */
function nameUnnamed(certs: StateItem[], lines: readonly string[]): void {
  const unnamed = certs.filter((c) => !c.name);
  const table: { thumb: string; subject: string }[] = [];
  let header = false;
  for (const line of lines) {
    if (CERT_TABLE_HEADER.test(line)) header = true;
    const r = header ? THUMB_ROW.exec(line) : null;
    if (r) table.push({ thumb: r[1]!.toUpperCase(), subject: r[2]!.trim() });
  }
  unnamed.forEach((c, i) => {
    if (unnamed.length === 1 && table.length === 1) {
      c.name = c.value = table[0]!.thumb;
      c.fields!.Subject ??= table[0]!.subject;
    } else c.name = `certificate ${i + 1} (no thumbprint listed)`;
  });
}

function readCertificates(lines: readonly string[], now: Date): Reading | undefined {
  const certs = listedCertificates(lines);
  nameUnnamed(certs, lines);
  const read = certs.filter(
    (c) => c.fields?.NotAfter || c.fields?.NotAfterUnread || c.fields?.HasPrivateKey !== undefined,
  );
  if (!read.length) return certificateNames(lines);
  const taken = now.toISOString();
  const shows: string[] = [];
  const todo: string[] = [];
  const causes: string[] = [];
  const failures: string[] = [];
  for (const c of read) {
    const f = c.fields!;
    const selfSigned = f.Subject !== undefined && f.Subject === f.Issuer;
    shows.push(
      `${c.name}${f.Subject ? ` (${f.Subject})` : ''}: ${f.NotAfter ? `valid to ${String(f.NotAfter).slice(0, 10)}` : f.NotAfterUnread ? `NotAfter "${f.NotAfterUnread}" (a date format not read: day and month order unknown)` : 'no NotAfter listed'}${f.HasPrivateKey === false ? '; no private key (HasPrivateKey False)' : f.HasPrivateKey === true ? '; private key present' : ''}${selfSigned ? '; self-signed (Subject = Issuer: clients warn unless they trust it)' : ''}.`,
    );
    const outcome = stateCheck('certificate').evaluate(pastedView('ps-certificates', [c], taken));
    if (outcome.verdict === 'failed') {
      shows.push(outcome.explanation ?? outcome.value);
      todo.push(...(outcome.remediation ?? []));
      if ((outcome.confidence ?? 0) >= 0.5 && !causes.includes(tlsCertificate.id)) causes.push(tlsCertificate.id);
      failures.push(outcome.value);
    }
  }
  // The dates are compared with the day of the answer: the listing itself carries no date it was made.
  shows.push(
    `Validity compared with today (${taken.slice(0, 10)}, when rdpdiag read the paste): the listing holds no date of its own.`,
  );
  return {
    command: 'certificates',
    what: 'certificate listing (Get-ChildItem Cert:\\… | Format-List)',
    summary: causes.length
      ? `The certificate cannot serve Remote Desktop, TLS fails with it: ${failures.join('; ')} (dates compared with today, ${taken.slice(0, 10)})`
      : failures.length
        ? `The certificate can still serve TLS, but ${failures.join('; ')}`
        : `The certificate${read.length > 1 ? 's' : ''} listed can serve TLS (within ${read.length > 1 ? 'their' : 'its'} dates, key not reported missing)`,
    shows,
    todo,
    causes,
    source: SRC.certificates,
  };
}

// ---- Win32_TerminalServiceSetting / GetGracePeriodDays ----

const LICENSING_TYPES: Readonly<Record<number, string>> = { 2: 'Per Device', 4: 'Per User', 5: 'not configured' };

/** Get-RDLicenseConfiguration's Mode, as Win32_TerminalServiceSetting's LicensingType says it. */
const RD_LICENSE_MODES: Readonly<Record<string, string>> = { perdevice: '2', peruser: '4', notconfigured: '5' };

/**
 * The properties of Win32_TerminalServiceSetting (its list form, or a table: `Select LicensingType,LicensingName`
 * prints one), or Get-RDLicenseConfiguration's (list or table; Mode and LicenseServer, said as LicensingType and
 * DirectConnectLicenseServers, so that one check judges both), names lower-cased.
 */
function tsSettingFields(lines: readonly string[]): { f: Record<string, string>; rdLicense: boolean } {
  const f: Record<string, string> = {};
  for (const line of lines) {
    const m = LIST_LINE.exec(line);
    if (m) f[m[1]!.toLowerCase()] ??= m[2]!.trim();
  }
  if (f.licensingtype === undefined && f.daysleft === undefined) {
    const row = readFormatTable(lines, 1)[0];
    // Get-RDLicenseConfiguration's own table (Mode, LicenseServer) is read as its list.
    if (row && (row.licensingtype !== undefined || row.daysleft !== undefined || row.mode !== undefined))
      Object.assign(f, row);
  }
  const mode = RD_LICENSE_MODES[(f.mode ?? '').toLowerCase()];
  const rdLicense = mode !== undefined && f.licensingtype === undefined && 'licenseserver' in f;
  if (rdLicense) {
    f.licensingtype = mode;
    f.directconnectlicenseservers = f.licenseserver ?? '';
  }
  return { f, rdLicense };
}

function readTsSetting(lines: readonly string[], now: Date): Reading | undefined {
  const { f, rdLicense } = tsSettingFields(lines);
  const type = /^\d{1,2}$/.test(f.licensingtype ?? '') ? Number(f.licensingtype) : undefined;
  const days = /^\d{1,4}$/.test(f.daysleft ?? '') ? Number(f.daysleft) : undefined;
  if (type === undefined && days === undefined) return undefined;
  const common = rdLicense
    ? ({ command: 'ts-setting', what: 'Get-RDLicenseConfiguration output', source: SRC.rdLicense } as const)
    : ({ command: 'ts-setting', what: 'Win32_TerminalServiceSetting output', source: SRC.tsSetting } as const);
  if (type !== undefined) {
    const items: StateItem[] = [
      { kind: 'licensing', key: 'Win32_TerminalServiceSetting', name: 'LicensingType', value: type },
    ];
    if (days !== undefined)
      items.push({ kind: 'licensing', key: 'Win32_TerminalServiceSetting', name: 'DaysLeft', value: days });
    const server = f.directconnectlicenseservers;
    if (server && !/^\{?\}?$/.test(server))
      items.push({
        kind: 'licensing',
        key: 'Win32_TerminalServiceSetting',
        name: 'DirectConnectLicenseServers',
        value: server,
      });
    const mode = /^\d$/.test(f.terminalservermode ?? '') ? Number(f.terminalservermode) : undefined;
    if (mode !== undefined)
      items.push({ kind: 'licensing', key: 'Win32_TerminalServiceSetting', name: 'TerminalServerMode', value: mode });
    const outcome = stateCheck('licensing').evaluate(pastedView('ps-ts-setting', items, now.toISOString()));
    const said = rdLicense
      ? `Mode ${f.mode} (${LICENSING_TYPES[type]})${server && !/^\{?\}?$/.test(server) ? `; license server ${server}` : '; no license server'}`
      : `LicensingType ${type}: ${LICENSING_TYPES[type] ?? 'a value Microsoft does not document'}`;
    const failed = outcome.verdict === 'failed';
    return {
      ...common,
      summary:
        type === 5
          ? `The Remote Desktop licensing mode is not configured (${rdLicense ? 'Mode NotConfigured' : 'LicensingType 5'})`
          : `${said}`,
      shows: [
        `${said}${days !== undefined ? `; grace period: ${days} day(s) left` : ''}.`,
        ...(failed ? [outcome.explanation ?? outcome.value] : [outcome.value]),
      ],
      todo: failed ? [...(outcome.remediation ?? [])] : [],
      causes: failed && days === 0 ? [licensingGraceExpired.id] : [],
    };
  }
  // GetGracePeriodDays alone: the days, and nothing about the mode or the server (not in this output).
  return {
    ...common,
    what: 'Win32_TerminalServiceSetting GetGracePeriodDays output',
    summary:
      days === 0
        ? 'The RD licensing grace period is over (DaysLeft 0): without a licensing mode and a reachable license server set, new connections are refused at licensing'
        : `The RD licensing grace period has ${days} day(s) left`,
    shows: [
      `GetGracePeriodDays: DaysLeft ${days}${f.returnvalue !== undefined ? ` (ReturnValue ${f.returnvalue}: the call's own result, 0 is success)` : ''}.`,
    ],
    todo: [
      'Set the licensing mode and the license server (policies "Set the Remote Desktop licensing mode" and "Use the specified Remote Desktop license servers"), then check with the Licensing Diagnoser (lsdiag.msc).',
    ],
    causes: days === 0 ? [licensingGraceExpired.id] : [],
  };
}

// ---- Get-AzWvdSessionHost ----

/** One session host's properties (lower-case names) said in words: its problems, facts and steps. */
function sessionHostWords(f: Readonly<Record<string, string>>) {
  const status = f.status ? lookupAvdError(f.status) : undefined;
  if (!status) return undefined;
  const name = f.name ?? f.sessionhostname ?? '';
  const shows = [`${name ? `${name}: ` : ''}Status ${status.name}: ${status.meaning}`];
  const todo: string[] = [];
  const problems: string[] = [];
  if (status.name !== 'Available') problems.push(`status ${status.name}`);
  if (status.note) todo.push(status.note);
  if (/^failed$/i.test(f.updatestate ?? '')) {
    problems.push('the last agent update failed');
    shows.push(
      `UpdateState Failed: the agent or side-by-side stack update failed${f.updateerrormessage ? ` ("${f.updateerrormessage}")` : ''}.`,
    );
    todo.push(
      "Read the agent's events (Application log, RDAgent and RDAgentBootLoader) on the host and reinstall the agent if the update keeps failing.",
    );
  }
  if (/^false$/i.test(f.allownewsession ?? '')) {
    problems.push('AllowNewSession False (drain mode)');
    shows.push(
      'AllowNewSession False: the host is in drain mode; the service sends it no new session (existing ones stay).',
    );
    todo.push('If this is not a planned maintenance: `Update-AzWvdSessionHost … -AllowNewSession:$true`.');
  }
  return { name, status, shows, todo, problems };
}

const AVD_PROPERTIES = [
  'allownewsession',
  'updatestate',
  'lastheartbeat',
  'agentversion',
  'sxsstackversion',
  'statustimestamp',
];

function readAvdSessionHost(lines: readonly string[]): Reading | undefined {
  const f: Record<string, string> = {};
  for (const line of lines) {
    const m = LIST_LINE.exec(line);
    if (m) f[m[1]!.toLowerCase()] ??= m[2]!.trim();
  }
  // The list form (one host), else Format-Table's rows (one host a row), cut at the header's columns.
  const hosts =
    f.status && AVD_PROPERTIES.some((k) => k in f)
      ? [f]
      : tableByColumns(lines, /^\s{0,40}(?=.{0,300}\bStatus\b)(?=.{0,300}\b(?:AllowNewSession|UpdateState)\b)/i);
  const read = hosts.map(sessionHostWords).filter((h) => h !== undefined);
  if (!read.length) return undefined;
  const bad = read.filter((h) => h.problems.length);
  const one = read.length === 1 ? read[0]! : undefined;
  const summary = one
    ? one.problems.length
      ? `Azure Virtual Desktop session host ${one.name}: ${one.problems.join('; ')}`
      : `Azure Virtual Desktop session host ${one.name}: Available and taking new sessions`
    : bad.length
      ? `${bad.length} of ${read.length} Azure Virtual Desktop session hosts need attention: ${bad.map((h) => `${h.name} (${h.problems.join('; ')})`).join(', ')}`
      : `All ${read.length} Azure Virtual Desktop session hosts are Available and taking new sessions`;
  return {
    command: 'avd-session-host',
    what: 'Get-AzWvdSessionHost output',
    summary: summary.replace(/ host : /, ' host: '),
    shows: [
      ...read.flatMap((h) => h.shows),
      'Its numbers (sessions, versions, times) are counts and dates, not codes.',
    ],
    todo: [...new Set(read.flatMap((h) => h.todo))],
    causes: [],
    source: `${SRC.avd}; ${read[0]!.status.source}`,
  };
}

// ---- reg query's "not found" ----

const REG_NOT_FOUND = /^\s{0,40}ERROR: The system was unable to find the specified registry key or value\.\s{0,40}$/i;

function readRegError(lines: readonly string[]): Reading | undefined {
  if (!lines.some((l) => REG_NOT_FOUND.test(l))) return undefined;
  return {
    command: 'registry',
    what: 'reg query output',
    summary:
      'The registry key or value asked for does not exist: the setting is not set there, so its default (or a policy elsewhere) applies',
    shows: [
      'reg query found no such key or value (its "unable to find" error). For a Remote Desktop setting, a value not set means its default; under the policy key, that the policy is not configured.',
    ],
    todo: [
      'Query the other place the setting can live (the policy key HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services, or the key itself) before concluding.',
    ],
    causes: [],
    source: 'Microsoft Learn: "reg query" (Windows commands)',
  };
}

/** The output a paste is, among these commands, read for what it shows; undefined when it is none of them. */
export function readHostOutput(lines: readonly string[], now: Date): Reading | undefined {
  return (
    readConnections(lines, now) ??
    readPing(lines) ??
    readTracert(lines) ??
    readDns(lines) ??
    readServices(lines, now) ??
    readCertificates(lines, now) ??
    readAvdSessionHost(lines) ??
    readTsSetting(lines, now) ??
    readRegError(lines)
  );
}
