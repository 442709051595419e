/**
 * A firewall's log pasted for what it blocked (issue 60): the Windows Filtering Platform's Security events (5157
 * "has blocked a connection", 5152 "has blocked a packet", 5156 "has permitted a connection"), Windows Firewall's
 * own log (pfirewall.log), simplewall's log and a Linux host's ufw/netfilter lines. Each is read for whose traffic it
 * blocked, on which port, and in which direction:
 * - the Remote Desktop port (3389) blocked: the connection never reached the listener (`network-unreachable`), on the
 *   computer whose log it is (inbound on the server, outbound on the client);
 * - another program's traffic (the RD Connection Broker's tssdis.exe to its SQL Server database on 1433): named, the
 *   program and the port, with what that breaks; no cause of the catalogue covers it;
 * - traffic allowed (5156, ALLOW, [UFW ALLOW]), or another port dropped: said so, no cause (near misses).
 * In the Security events' Network Information, an inbound connection's Source Address and Port are the local ones
 * (Microsoft Learn "5156(S)"): the port of Remote Desktop is looked for on either side.
 *
 * Every line is matched by an anchored expression of bounded parts: linear in the paste.
 */
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import type { CommandReading } from '../command-output/command-reading.js';
import { OTHER_SERVICE_PORTS } from '../command-output/console-output.js';

export type FirewallLogCommand = 'wfp-event' | 'pfirewall-log' | 'simplewall-log' | 'netfilter-log';

const SOURCES: Readonly<Record<FirewallLogCommand, string>> = {
  'wfp-event':
    'Microsoft Learn "5157(F): The Windows Filtering Platform has blocked a connection", "5152(F): … has blocked a packet" and "5156(S): … has permitted a connection" (Application Name, Direction, Source and Destination Address and Port)',
  'pfirewall-log':
    'Microsoft Learn "Configure Windows Firewall logging" (pfirewall.log: #Fields: date time action protocol src-ip dst-ip src-port dst-port … path; action ALLOW or DROP, path SEND or RECEIVE)',
  'simplewall-log':
    'simplewall\'s log lines as its maintainer\'s tracker quotes them (https://github.com/henrypp/simplewall/issues/935: application, local address, "3389 (ms-wbt-server)", remote address and port, protocol, filter, direction, "Blocked")',
  'netfilter-log':
    'Ubuntu manual ufw(8) (logged packets prefixed "[UFW BLOCK]" or "[UFW ALLOW]") and the Linux netfilter LOG target\'s fields (SRC=, DST=, PROTO=, SPT=, DPT=)',
};

const WHAT: Readonly<Record<FirewallLogCommand, string>> = {
  'wfp-event': 'Windows Filtering Platform audit event',
  'pfirewall-log': 'Windows Firewall log (pfirewall.log)',
  'simplewall-log': 'simplewall log',
  'netfilter-log': 'ufw / netfilter log',
};

const RDP_PORT = '3389';

/** Programs of Remote Desktop Services by their executable (Microsoft Learn's RDS pages name them). */
const PROGRAMS: Readonly<Record<string, string>> = {
  'tssdis.exe': 'the RD Connection Broker service (tssdis.exe)',
  'mstsc.exe': 'the Remote Desktop Connection client (mstsc.exe)',
  'msrdc.exe': 'the Remote Desktop client (msrdc.exe)',
};

/** Ports of what Remote Desktop Services reach beside 3389, and what breaks when they are blocked. */
const RDS_PORTS: Readonly<Record<string, string>> = {
  '1433':
    "SQL Server's port: in high availability the RD Connection Broker keeps its database there, and without it the broker cannot place or reconnect users",
  '3391': "the RD Gateway's UDP transport: clients fall back to TCP 443 (slower), the connection itself stays",
};

const PROGRAMS_SOURCE =
  'Microsoft Learn "Remote Desktop Connection Broker" high availability (the broker\'s database in SQL Server, TCP 1433 by default) and "Remote Desktop Services: ports" (RD Gateway UDP 3391)';

interface Blocked {
  readonly command: FirewallLogCommand;
  readonly blocked: boolean;
  /** The ports the line shows (the local first where known). */
  readonly ports: readonly string[];
  readonly direction?: 'inbound' | 'outbound';
  readonly program?: string;
  readonly said: string;
}

const programOf = (path: string | undefined): string | undefined => {
  const exe = path?.split(/[\\/]/).pop()?.toLowerCase();
  return exe && exe !== '-' ? exe : undefined;
};

function firewallReading(b: Blocked): CommandReading<FirewallLogCommand> {
  const base = { command: b.command, what: WHAT[b.command], source: SOURCES[b.command], shows: [b.said] } as const;
  const program = b.program ? (PROGRAMS[b.program] ?? b.program) : undefined;
  const rdp = b.ports.includes(RDP_PORT);
  const where =
    b.direction === 'outbound' ? 'going out of this computer (the client side)' : 'coming in to this computer';
  if (rdp && b.blocked)
    return {
      ...base,
      summary: `The firewall blocked a connection to Remote Desktop's port (TCP 3389) ${where}${program ? `, for ${program}` : ''}: it never reached the listener`,
      todo: [
        b.direction === 'outbound'
          ? "On this client: the outbound rules (or the security product's) that block TCP 3389 to the server."
          : 'On this server: enable the inbound rule "Remote Desktop - User Mode (TCP-In)" for the network profile in use, or remove the rule or filter that blocks 3389 (a block rule wins over an allow rule).',
      ],
      causes: [networkUnreachable.id],
    };
  if (rdp)
    return {
      ...base,
      summary: "The firewall allowed the connection to Remote Desktop's port (TCP 3389): not what stops it",
      todo: ["Read the error the client shows, or the server's RdpCoreTS and Security logs at that time."],
      causes: [],
    };
  const port = b.ports.find((p) => RDS_PORTS[p]) ?? b.ports[b.ports.length - 1] ?? '?';
  const service = RDS_PORTS[port] ?? OTHER_SERVICE_PORTS[Number(port)];
  const dir = b.direction ? `${b.direction} ` : '';
  const whose = `${b.direction ? 'an' : 'a'} ${dir}connection${program ? ` of ${program}` : ''}`;
  return {
    ...base,
    summary: `The firewall ${b.blocked ? 'blocked' : 'allowed'} ${whose} on port ${port}${service ? ` (${service})` : ''}: not Remote Desktop's own port`,
    todo:
      b.blocked && RDS_PORTS[port]
        ? [
            `Allow ${program ?? 'that program'} to reach port ${port} (an outbound rule on this computer, an inbound one on the other), then retry.`,
          ]
        : [],
    causes: [],
    ...(RDS_PORTS[port] ? { source: `${SOURCES[b.command]}; ${PROGRAMS_SOURCE}` } : {}),
  };
}

// ---- the Windows Filtering Platform's Security events ----

const WFP_HEAD = /The Windows Filtering Platform has (blocked|permitted) a (connection|packet)/i;
const WFP_FIELD = /\b(Application Name|Direction|Source Port|Destination Port)\s{0,8}:\s{0,20}(\S{1,400})/gi;

function readWfp(text: string): Blocked | undefined {
  const head = WFP_HEAD.exec(text);
  if (!head) return undefined;
  const f: Record<string, string> = {};
  for (const m of text.matchAll(WFP_FIELD)) f[m[1]!.toLowerCase()] ??= m[2]!;
  const ports = [f['source port'], f['destination port']].filter((p): p is string => !!p && /^\d{1,5}$/.test(p));
  if (ports.length === 0) return undefined;
  const direction = /^in/i.test(f.direction ?? '')
    ? 'inbound'
    : /^out/i.test(f.direction ?? '')
      ? 'outbound'
      : undefined;
  // An inbound event's Source Port is the local one; an outbound's Destination Port the one connected to.
  const ordered = direction === 'outbound' ? [...ports].reverse() : ports;
  return {
    command: 'wfp-event',
    blocked: head[1]!.toLowerCase() === 'blocked',
    ports: direction === 'outbound' ? [ordered[0]!] : ordered,
    direction,
    program: programOf(f['application name']),
    said: `${head[0]}: ${f['application name'] ?? 'no program'}, ${direction ?? 'direction not shown'}, ports ${ports.join(' and ')}.`,
  };
}

// ---- pfirewall.log ----

const PFIREWALL_LINE =
  /^\s{0,4}\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} (ALLOW|DROP) (TCP|UDP) (\S{1,45}) (\S{1,45}) (\d{1,5}) (\d{1,5})\b.{0,300}?\b(SEND|RECEIVE)?\s{0,8}$/i;

function readPfirewall(lines: readonly string[]): Blocked | undefined {
  const rows = lines.map((l) => PFIREWALL_LINE.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  if (rows.length === 0) return undefined;
  const rdp = rows.filter((r) => r[2]!.toUpperCase() === 'TCP' && r[6] === RDP_PORT);
  const m =
    rdp.find((r) => r[1]!.toUpperCase() === 'DROP') ??
    rdp[0] ??
    rows.find((r) => r[1]!.toUpperCase() === 'DROP') ??
    rows[0]!;
  return {
    command: 'pfirewall-log',
    blocked: m[1]!.toUpperCase() === 'DROP',
    ports: [m[6]!],
    direction: m[7] ? (m[7].toUpperCase() === 'SEND' ? 'outbound' : 'inbound') : undefined,
    said: `${m[1]!.toUpperCase()} ${m[2]!.toUpperCase()} from ${m[3]} to ${m[4]} port ${m[6]}${m[7] ? ` (${m[7].toUpperCase()})` : ''}.`,
  };
}

// ---- simplewall ----

const SIMPLEWALL_RDP = /(?:^|[\s,"])3389 \(ms-wbt-server\)/i;
const SIMPLEWALL_NAMED = /\bsimplewall\b/i;
const SIMPLEWALL_PORT = /(?:[\s,":]|\bport )3389\b/i;
const BLOCK_WORD = /\bBlock(?:ed)?\b/i;

function readSimplewall(lines: readonly string[]): Blocked | undefined {
  const line = lines.find(
    (l) => (SIMPLEWALL_RDP.test(l) || (SIMPLEWALL_NAMED.test(l) && SIMPLEWALL_PORT.test(l))) && BLOCK_WORD.test(l),
  );
  if (!line) return undefined;
  const exe = /([\w.-]{1,80}\.exe)\b/i.exec(line)?.[1]?.toLowerCase();
  return {
    command: 'simplewall-log',
    blocked: true,
    ports: [RDP_PORT],
    direction: 'inbound',
    program: exe,
    said: `simplewall blocked TCP 3389${exe ? ` (${exe})` : ''}.`,
  };
}

// ---- ufw / netfilter ----

const NETFILTER_DPT = /\bPROTO=TCP\b.{0,200}?\bDPT=(\d{1,5})\b/i;
const NETFILTER_ACTION =
  /\[UFW (BLOCK|ALLOW|LIMIT BLOCK|AUDIT)\]|\b(DROP|REJECT|DENY|BLOCK|ACCEPT)\w{0,20}\b(?=.{0,400}\bSRC=)/i;

function readNetfilter(lines: readonly string[]): Blocked | undefined {
  const rows = lines
    .map((l) => ({ dpt: NETFILTER_DPT.exec(l)?.[1], action: NETFILTER_ACTION.exec(l) }))
    .filter((r): r is { dpt: string; action: RegExpExecArray } => !!r.dpt && !!r.action);
  const m = rows.find((r) => r.dpt === RDP_PORT) ?? rows[0];
  if (!m) return undefined;
  const action = (m.action[1] ?? m.action[2]!).toUpperCase();
  const blocked = !/^(?:ALLOW|ACCEPT|AUDIT)$/.test(action);
  return {
    command: 'netfilter-log',
    blocked,
    ports: [m.dpt],
    direction: 'inbound',
    said: `${m.action[0]} TCP to port ${m.dpt}.`,
  };
}

/** A firewall's log of the paste's, read for what it blocked; undefined when the paste is none. */
export function readFirewallLog(
  lines: readonly string[],
  text: string,
): CommandReading<FirewallLogCommand> | undefined {
  const b = readWfp(text) ?? readPfirewall(lines) ?? readSimplewall(lines) ?? readNetfilter(lines);
  return b && firewallReading(b);
}
