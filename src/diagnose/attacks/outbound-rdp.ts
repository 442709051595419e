/**
 * `outbound-rdp` (its home as data: patterns/findings/outbound-rdp.ts): per computer, the connections to Remote
 * Desktop (TCP 3389) on another computer that a program other than a Remote Desktop client opened, from Sysmon 3
 * (`Initiated` true) and Security 5156 (outbound). The loopback's are a tunnel's (rdp-tunnel), mstsc's and the known
 * clients' a person's Remote Desktop (RDPClient logs them), an RD Gateway's service its work. One finding per computer
 * and program, with each destination, when, as whom, and the connection the destination's own logs hold when the
 * run has them (its client address and port, within seconds).
 *
 * From a domain controller (a computer whose own events tell it: Kerberos 4768/4771, `LogReach` roles) any Remote
 * Desktop connection to another computer is told, the Remote Desktop clients' too: the RDPClient log's connections
 * (mstsc and the programs hosting its control, 1024) and Sysmon 3 / 5156 of mstsc and the known clients, one finding
 * per domain controller. A connection already told as an attacker's lateral movement is not told again here: that
 * finding says it came from a domain controller.
 */
import {
  DOMAIN_CONTROLLER_REMEDIATION,
  outboundRdp as definition,
  RDP_CLIENTS,
  RDP_SERVICES,
} from '../../../patterns/findings/outbound-rdp.js';
import type { HostNames } from '../../correlate/index.js';
import {
  type Attempt,
  clientComputerOf,
  type Finding,
  type OutboundRdp,
  type OutboundRdpConnection,
  serverLogged,
} from '../../model/attempt.js';
import type { NormalizedEvent } from '../../model/event.js';
import type { ValueMarks } from '../../model/value-marks.js';
import { evidenceRef } from '../evidence-refs.js';
import { formatShortTime } from '../../model/time.js';
import { type Connection, connectionOf, isLoopback } from './tunnel-tools.js';
import { pushAll } from '../../model/arrays.js';

const NOT_TOLD: ReadonlySet<string> = new Set<string>([...RDP_CLIENTS, ...RDP_SERVICES]);
const CLIENTS: ReadonlySet<string> = new Set<string>(RDP_CLIENTS);

/** One connection of a program to another computer's 3389, with the events that show it (Sysmon 3 and 5156 of one). */
interface Found {
  image: string;
  path: string;
  pid?: string;
  user?: string;
  from?: string;
  fromPort?: string;
  to: string;
  toName?: string;
  timeMs: number;
  time: string;
  events: NormalizedEvent[];
}

/** The programs of one computer that opened Remote Desktop elsewhere (a finding once the attempts are numbered). */
export interface FoundOutboundRdp {
  computer: string;
  connections: Found[];
  /**
   * The Remote Desktop clients' connections (mstsc…), told only from a domain controller, which is known once the
   * run is read (`LogReach` roles): the first `MAX_CLIENT_CONNECTIONS` of each computer, an event of each log.
   */
  clients: Found[];
}

/** A workstation's day of mstsc: enough for a domain controller's finding, little to hold per computer of a fleet. */
const MAX_CLIENT_CONNECTIONS = 50;

/** Sysmon 3 and 5156 of one connection are logged this close together. */
const SAME_CONNECTION_MS = 2_000;
/** The destination accepts the connection (RCM 261, RdpCoreTS 131) this soon after it was opened. */
const REACHED_MS = 10_000;

/** A connection to another computer's Remote Desktop: by a program that is no client (`tool`), by a client, or none. */
function told(c: Connection): 'tool' | 'client' | undefined {
  if (!c.outbound || c.toPort.trim() !== '3389') return undefined;
  // A UDP reply whose ephemeral port happens to be 3389 (a DNS server answering) is no Remote Desktop.
  if (c.protocol === 'udp') return undefined;
  if (isLoopback(c.to) || isLoopback(c.from)) return undefined;
  const image = c.image.trim();
  if (image === '' || image === '<unknown process>') return undefined;
  return CLIENTS.has(image) ? 'client' : NOT_TOLD.has(image) ? undefined : 'tool';
}

/** The log a connection's event is, as the finding names it. */
function logOf(e: NormalizedEvent): string {
  return e.eventId === 3 ? 'Sysmon 3' : `Security ${e.eventId}`;
}

export function findOutboundRdp(events: readonly NormalizedEvent[], names: HostNames): FoundOutboundRdp[] {
  const out = new Map<string, FoundOutboundRdp>();
  for (const e of events) {
    if (e.eventId !== 3 && e.eventId !== 5156) continue;
    const c = connectionOf(e);
    const kind = c && told(c);
    if (!c || !kind) continue;
    const key = names.key(e.computer);
    let host = out.get(key);
    if (!host) out.set(key, (host = { computer: e.computer, connections: [], clients: [] }));
    const fromPort = e.data.SourcePort?.trim();
    if (kind === 'client') {
      // Sysmon 3 and 5156 of one connection: one, with an event of each.
      const same = host.clients.find(
        (x) => x.image === c.image && x.to === c.to && Math.abs(x.timeMs - e.timeMs) <= SAME_CONNECTION_MS,
      );
      if (same) {
        if (same.events.every((y) => y.eventId !== e.eventId)) same.events.push(e);
        same.user ??= c.user;
      } else if (host.clients.length < MAX_CLIENT_CONNECTIONS)
        host.clients.push({
          image: c.image,
          path: c.path,
          ...(c.user ? { user: c.user } : {}),
          ...(c.from ? { from: c.from } : {}),
          to: c.to,
          ...(c.toName ? { toName: c.toName } : {}),
          timeMs: e.timeMs,
          time: e.timestamp,
          events: [e],
        });
      continue;
    }
    // The same connection in the other log (Sysmon 3 and 5156 both on): one, Sysmon's user kept.
    const same = host.connections.find(
      (x) =>
        x.image === c.image &&
        x.to === c.to &&
        Math.abs(x.timeMs - e.timeMs) <= SAME_CONNECTION_MS &&
        (!x.fromPort || !fromPort || x.fromPort === fromPort) &&
        x.events.every((y) => y.eventId !== e.eventId),
    );
    if (same) {
      same.events.push(e);
      same.user ??= c.user;
      same.toName ??= c.toName;
      if (c.e.eventId === 3 && c.path) same.path = c.path;
      continue;
    }
    host.connections.push({
      image: c.image,
      path: c.path,
      ...(c.pid ? { pid: c.pid } : {}),
      ...(c.user ? { user: c.user } : {}),
      ...(c.from ? { from: c.from } : {}),
      ...(fromPort ? { fromPort } : {}),
      to: c.to,
      ...(c.toName ? { toName: c.toName } : {}),
      timeMs: e.timeMs,
      time: e.timestamp,
      events: [e],
    });
  }
  return [...out.values()];
}

/** The connection the destination's logs hold: from this source address (and port, when both say), within seconds. */
/** A connection as the finding tells it: when, from and to where, the logs that show it, the attempt it reached. */
function toldConnection(c: Found, attempts: readonly Attempt[]): OutboundRdpConnection {
  const a = reachedBy(c, attempts);
  return {
    time: c.time,
    ...(c.from ? { from: c.from } : {}),
    to: c.to,
    ...(c.toName ? { toName: c.toName } : {}),
    log: [...new Set(c.events.map(logOf))].join(', '),
    ...(a
      ? { reached: { attempt: a.id, computer: a.computer, ...(a.user ? { user: a.user } : {}), outcome: a.outcome } }
      : {}),
  };
}

function reachedBy(c: Found, attempts: readonly Attempt[]): Attempt | undefined {
  if (!c.from) return undefined;
  const from = c.from.toLowerCase();
  let best: Attempt | undefined;
  for (const a of attempts) {
    if (!serverLogged(a) || a.client.address?.toLowerCase() !== from) continue;
    if (a.startMs < c.timeMs - SAME_CONNECTION_MS || a.startMs > c.timeMs + REACHED_MS) continue;
    if (c.fromPort && a.client.port !== undefined && String(a.client.port) !== c.fromPort) continue;
    if (!best || Math.abs(a.startMs - c.timeMs) < Math.abs(best.startMs - c.timeMs)) best = a;
  }
  return best;
}

/** What tells the connections from a domain controller: the roles read from each computer's events, and the attacks' story. */
export interface Roles {
  /** Is this computer a domain controller, as its own events tell (Kerberos 4768/4771: `LogReach` roles)? */
  isDomainController(computer: string): boolean;
  /** The attempts already told as an attacker's lateral movement (`burst.lateralMovement`). */
  lateral: ReadonlySet<string>;
  /** Two names of one computer (`HostNames.key`). */
  sameComputer(x: string, y: string): boolean;
  /**
   * The logs of a computer's inbound Remote Desktop connections (`INBOUND_LOGS`) not among the inputs for it at a
   * moment: whether a connection out of it came through an intruder's session there (`lateral`) rests on them.
   */
  inboundLogsMissing?(computer: string, ms: number): string[];
}

/** The logs that hold a computer's inbound Remote Desktop connections, an attacker's among them. */
export const INBOUND_LOGS: readonly string[] = [
  'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational',
  'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
  'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
  'Security',
];

const DC_SENTENCE = (dc: string) =>
  `${dc} is a domain controller (its Security log holds Kerberos ticket requests, 4768/4771, which only a domain controller logs): who runs a program there holds an account trusted with the whole domain.`;

/**
 * One finding per computer and program (by file name): its connections to other computers' Remote Desktop; and one
 * per domain controller for the Remote Desktop clients' connections from it.
 */
export function outboundRdpFindings(
  found: readonly FoundOutboundRdp[],
  attempts: readonly Attempt[],
  marks: ValueMarks,
  roles?: Roles,
): Finding[] {
  const { markValue, markValues } = marks;
  const out: Finding[] = [];
  for (const host of found) {
    const dc = roles?.isDomainController(host.computer) ?? false;
    const byProgram = new Map<string, Found[]>();
    for (const c of host.connections) {
      // By file name: 5156 writes a device path (\\device\\harddiskvolume3\\…), Sysmon a drive letter's.
      const key = c.image;
      const list = byProgram.get(key);
      if (list) list.push(c);
      else byProgram.set(key, [c]);
    }
    for (const list of byProgram.values()) {
      list.sort((x, y) => x.timeMs - y.timeMs);
      const first = list.find((c) => !/^\\device\\/i.test(c.path)) ?? list[0]!;
      const users = [...new Set(list.flatMap((c) => (c.user ? [c.user] : [])))];
      const pids = [...new Set(list.flatMap((c) => (c.pid ? [c.pid] : [])))];
      const outbound: OutboundRdp = {
        image: first.image,
        ...(first.path && first.path.toLowerCase() !== first.image ? { path: first.path } : {}),
        ...(users.length === 1 ? { user: users[0] } : {}),
        ...(pids.length ? { pids } : {}),
        connections: list.map((c) => toldConnection(c, attempts)),
      };
      const program = `${markValue(first.image)}${outbound.path ? ` (${markValue(outbound.path)})` : ''}`;
      const destinations = outbound.connections.map(
        (c) =>
          `${markValue(c.to)}${c.toName ? ` (${markValue(c.toName)})` : ''} at ${formatShortTime(c.time)}${
            c.reached
              ? `: ${markValue(c.reached.computer)}'s logs hold it (${c.reached.attempt}${c.reached.user ? `, ${markValue(c.reached.user)}` : ''}, ${c.reached.outcome})`
              : ''
          }`,
      );
      const reached = outbound.connections.flatMap((c) => (c.reached ? [c.reached] : []));
      const sentences = [
        `${program}${users.length ? `, running as ${markValues(users)},` : ''} opened Remote Desktop (TCP 3389) from ${markValue(host.computer)} to ${destinations.join('; ')}.`,
        `It is no Remote Desktop client: mstsc and the known clients leave an RDPClient log of each connection, a tool that speaks RDP itself (SharpRDP, a Python or Go RDP library) leaves only this connection. Lateral movement until shown otherwise.`,
        ...(dc ? [DC_SENTENCE(markValue(host.computer))] : []),
        reached.length
          ? `Examine ${markValues([...new Set(reached.map((r) => r.computer))])}: the sessions opened from here${reached.some((r) => r.user) ? ` as ${markValues([...new Set(reached.flatMap((r) => (r.user ? [r.user] : [])))])}` : ''} are the tool's.`
          : `The destinations' own logs are not in the run: collect them (rdpdiag collect) to see who signed in from ${markValue(host.computer)} then.`,
      ];
      out.push({
        id: definition.id,
        computer: host.computer,
        confidence: 0.8,
        title: `Remote Desktop opened from ${markValue(host.computer)} by ${markValue(first.image)}, no Remote Desktop client`,
        explanation: sentences.join(' '),
        evidence: list
          .flatMap((c) => c.events.slice(0, 2))
          .slice(0, 8)
          .map((e) => evidenceRef(e, marks)),
        remediation: [...definition.remediation],
        ...(reached.length ? { attempts: reached.map((r) => r.attempt) } : {}),
        outbound,
      });
    }
  }
  if (roles) out.push(...fromDomainControllers(found, attempts, roles, marks));
  return out;
}

/** A destination that is this computer itself: the loopback, or its own name. */
function toItself(to: string | undefined, computer: string, roles: Roles): boolean {
  if (!to) return false;
  return isLoopback(to) || /^localhost$/i.test(to) || roles.sameComputer(to, computer);
}

/** The client's first event of an attempt (RDPClient 1024), else its first. */
function clientStart(a: Attempt): { timeMs: number; time: string; event?: NormalizedEvent } {
  const e = a.clientEvents[0];
  return e ? { timeMs: e.timeMs, time: e.timestamp, event: e } : { timeMs: a.startMs, time: a.start };
}

/** The same connection as an attempt the client logged: within seconds, to the destination the attempt names. */
function sameAsAttempt(c: Found, a: Attempt, roles: Roles): boolean {
  if (Math.abs(clientStart(a).timeMs - c.timeMs) > REACHED_MS) return false;
  const names = [a.server.name, a.server.address, serverLogged(a) ? a.computer : undefined].filter(
    (n): n is string => !!n,
  );
  if (names.length === 0) return true;
  return names.some(
    (n) => n.toLowerCase() === c.to.toLowerCase() || (c.toName !== undefined && roles.sameComputer(n, c.toName)),
  );
}

/** A domain controller's outbound Remote Desktop: the attempts its client logged and the connections seen. */
interface DcOutbound {
  computer: string;
  made: Attempt[];
  seen: Found[];
}

type DcConnection = OutboundRdpConnection & { timeMs: number; events: NormalizedEvent[]; image?: string };

/**
 * Remote Desktop opened from a domain controller by a Remote Desktop client (its RDPClient log's attempts, Sysmon 3
 * and 5156 of mstsc and the known clients): one finding per domain controller, the attacker's lateral moves left to
 * `lateral-movement`. A program that is no client is told by the finding above, with the same sentence.
 */
function fromDomainControllers(
  found: readonly FoundOutboundRdp[],
  attempts: readonly Attempt[],
  roles: Roles,
  marks: ValueMarks,
): Finding[] {
  const byDc = new Map<string, DcOutbound>();
  const dcOf = (computer: string) => {
    for (const [k, v] of byDc) if (roles.sameComputer(k, computer)) return v;
    const v = { computer, made: [] as Attempt[], seen: [] as Found[] };
    byDc.set(computer, v);
    return v;
  };
  for (const a of attempts) {
    const from = clientComputerOf(a);
    if (!from || !roles.isDomainController(from)) continue;
    const to = a.server.name ?? a.server.address ?? (serverLogged(a) ? a.computer : undefined);
    if (toItself(to, from, roles) || (serverLogged(a) && roles.sameComputer(a.computer, from))) continue;
    dcOf(from).made.push(a);
  }
  for (const host of found)
    if (host.clients.length && roles.isDomainController(host.computer)) pushAll(dcOf(host.computer).seen, host.clients);
  return [...byDc.values()].flatMap((dc) => dcFinding(dc, attempts, roles, marks) ?? []);
}

/** One domain controller's finding; none when all it made were an attacker's lateral moves. */
function dcFinding(dc: DcOutbound, attempts: readonly Attempt[], roles: Roles, marks: ValueMarks): Finding | undefined {
  const { markValue } = marks;
  const { computer, made, seen } = dc;
  // A client's connection that is one of the attempts (both logged) is that attempt; then the lateral moves go.
  const alone = seen.filter((c) => !made.some((a) => sameAsAttempt(c, a, roles)));
  const attemptsTold = made.filter((a) => !roles.lateral.has(a.id));
  if (attemptsTold.length === 0 && alone.length === 0) return undefined;
  const users = new Set(alone.flatMap((c) => (c.user ? [c.user] : [])));
  const connections: DcConnection[] = [
    ...attemptsTold.map((a) => attemptConnection(a, seen, roles, users)),
    ...alone.map((c) => ({ ...toldConnection(c, attempts), timeMs: c.timeMs, events: c.events, image: c.image })),
  ].sort((x, y) => x.timeMs - y.timeMs);
  const images = [...new Set(connections.flatMap((c) => (c.image ? [c.image] : [])))];
  const outbound: OutboundRdp = {
    image: images[0] ?? 'mstsc.exe',
    fromDomainController: true,
    ...(users.size === 1 ? { user: [...users][0] } : {}),
    connections: connections.map(({ timeMs: _t, events: _e, image: _i, ...c }) => c),
  };
  const reached = outbound.connections.flatMap((c) => (c.reached ? [c.reached] : []));
  // Not told as an attacker's lateral movement: that rests on the domain controller's inbound logs at the moment.
  const unknown = [...new Set(connections.flatMap((c) => roles.inboundLogsMissing?.(computer, c.timeMs) ?? []))].sort();
  return {
    id: definition.id,
    computer,
    confidence: 0.7,
    ...(unknown.length ? { unknown } : {}),
    title: `Remote Desktop opened from the domain controller ${markValue(computer)} to ${markValue(outbound.connections[0]!.toName ?? outbound.connections[0]!.to)}${outbound.connections.length > 1 ? ` and ${outbound.connections.length - 1} more` : ''}`,
    explanation: dcSentences(computer, outbound, images, users, unknown, marks).join(' '),
    evidence: connections
      .flatMap((c) => c.events.slice(0, 2))
      .slice(0, 8)
      .map((e) => evidenceRef(e, marks)),
    remediation: [...DOMAIN_CONTROLLER_REMEDIATION],
    ...(reached.length || attemptsTold.length
      ? { attempts: [...new Set([...attemptsTold.map((a) => a.id), ...reached.map((r) => r.attempt)])] }
      : {}),
    outbound,
  };
}

/** An attempt the domain controller's client logged, with the same connection's Sysmon 3 / 5156 (program, account). */
function attemptConnection(a: Attempt, seen: readonly Found[], roles: Roles, users: Set<string>): DcConnection {
  const start = clientStart(a);
  const to = a.server.address ?? a.server.name ?? a.computer;
  const toName = a.server.address && a.server.name ? a.server.name : undefined;
  const also = seen.find((c) => sameAsAttempt(c, a, roles));
  if (also?.user) users.add(also.user);
  return {
    time: start.time,
    timeMs: start.timeMs,
    to,
    ...(toName ? { toName } : {}),
    log: ['RDPClient 1024', ...new Set(also?.events.map(logOf) ?? [])].join(', '),
    ...(serverLogged(a)
      ? { reached: { attempt: a.id, computer: a.computer, ...(a.user ? { user: a.user } : {}), outcome: a.outcome } }
      : {}),
    events: [...(start.event ? [start.event] : []), ...(also?.events ?? [])],
    ...(also ? { image: also.image } : {}),
  };
}

/** Who opened what from the domain controller, why that matters, where to look next, and what cannot be told. */
function dcSentences(
  computer: string,
  outbound: OutboundRdp,
  images: readonly string[],
  users: ReadonlySet<string>,
  unknown: readonly string[],
  { markValue, markValues }: ValueMarks,
): string[] {
  const reached = outbound.connections.flatMap((c) => (c.reached ? [c.reached] : []));
  const destinations = outbound.connections.map(
    (c) =>
      `${markValue(c.to)}${c.toName ? ` (${markValue(c.toName)})` : ''} at ${formatShortTime(c.time)} (${c.log}${
        c.reached
          ? `; ${markValue(c.reached.computer)}'s logs hold it: ${c.reached.attempt}${c.reached.user ? `, ${markValue(c.reached.user)}` : ''}, ${c.reached.outcome}`
          : ''
      })`,
  );
  const programs = images.length
    ? markValues(images)
    : 'the Remote Desktop client (RDPClient log: mstsc or a program hosting its control)';
  return [
    `${programs}${users.size ? `, running as ${markValues([...users])},` : ''} opened Remote Desktop from the domain controller ${markValue(computer)} to ${destinations.join('; ')}.`,
    DC_SENTENCE(markValue(computer)),
    'Administrators connect to a domain controller, not out of it (it is no jump host); an intruder holding a domain administrator’s account does both: find who was signed in there then, and whether they meant to.',
    reached.length
      ? `Examine ${markValues([...new Set(reached.map((r) => r.computer))])}: the sessions opened from the domain controller${reached.some((r) => r.user) ? ` as ${markValues([...new Set(reached.flatMap((r) => (r.user ? [r.user] : [])))])}` : ''}.`
      : `The destinations' own logs are not in the run: collect them (rdpdiag collect) to see who signed in from ${markValue(computer)} then.`,
    ...(unknown.length
      ? [
          `Whether it came from an intruder's session on ${markValue(computer)} (lateral movement) is unknown: the log${unknown.length > 1 ? 's' : ''} of its inbound Remote Desktop connections ${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not among the inputs for it then.`,
        ]
      : []),
  ];
}
