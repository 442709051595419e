/**
 * `outbound-rdp` (its home as data: patterns/findings/outbound-rdp.ts): per computer, the connections to Remote
 * Desktop (TCP 3389) on another computer that a program other than a Remote Desktop client opened, from Sysmon 3
 * (`Initiated` true) and Security 5156 (outbound). The loopback's are a tunnel's (rdp-tunnel), mstsc's and the known
 * clients' a person's Remote Desktop (RDPClient logs them), an RD Gateway's service its work. One finding per computer
 * and program, with each destination, when, as whom, and the connection the destination's own logs hold when the
 * run has them (its client address and port, within seconds).
 */
import { outboundRdp as definition, RDP_CLIENTS, RDP_SERVICES } from '../../patterns/findings/outbound-rdp.js';
import type { HostNames } from '../correlate/index.js';
import { type Attempt, type Finding, type OutboundRdp, serverLogged } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import type { ValueMarks } from '../model/value-marks.js';
import { evidenceRef } from './evidence-refs.js';
import { formatShortTime } from './sentences.js';
import { type Connection, connectionOf, isLoopback } from './tunnel-tools.js';

const NOT_TOLD: ReadonlySet<string> = new Set<string>([...RDP_CLIENTS, ...RDP_SERVICES]);

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
}

/** Sysmon 3 and 5156 of one connection are logged this close together. */
const SAME_CONNECTION_MS = 2_000;
/** The destination accepts the connection (RCM 261, RdpCoreTS 131) this soon after it was opened. */
const REACHED_MS = 10_000;

function told(c: Connection): boolean {
  if (!c.outbound || c.toPort.trim() !== '3389') return false;
  // A UDP reply whose ephemeral port happens to be 3389 (a DNS server answering) is no Remote Desktop.
  if (c.protocol === 'udp') return false;
  if (isLoopback(c.to) || isLoopback(c.from)) return false;
  const image = c.image.trim();
  return image !== '' && image !== '<unknown process>' && !NOT_TOLD.has(image);
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
    if (!c || !told(c)) continue;
    const key = names.key(e.computer);
    let host = out.get(key);
    if (!host) out.set(key, (host = { computer: e.computer, connections: [] }));
    const fromPort = e.data.SourcePort?.trim();
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

/** One finding per computer and program (by file name): its connections to other computers' Remote Desktop. */
export function outboundRdpFindings(
  found: readonly FoundOutboundRdp[],
  attempts: readonly Attempt[],
  marks: ValueMarks,
): Finding[] {
  const { markValue, markValues } = marks;
  const out: Finding[] = [];
  for (const host of found) {
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
        connections: list.map((c) => {
          const a = reachedBy(c, attempts);
          return {
            time: c.time,
            ...(c.from ? { from: c.from } : {}),
            to: c.to,
            ...(c.toName ? { toName: c.toName } : {}),
            log: [...new Set(c.events.map(logOf))].join(', '),
            ...(a
              ? {
                  reached: {
                    attempt: a.id,
                    computer: a.computer,
                    ...(a.user ? { user: a.user } : {}),
                    outcome: a.outcome,
                  },
                }
              : {}),
          };
        }),
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
  return out;
}
