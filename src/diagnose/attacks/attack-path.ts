/**
 * The attacker's path and the connections that say it plainly (causes.md, additions for real logs):
 * `lateral-movement` (an outbound RDP from a computer while an attacker's session is open on it), `rdp-tunnel`
 * (logons from the loopback or a link-local address: RDP carried through SSH, plink, ngrok), `ms-t120-probe`
 * (a connection that opened the MS_T120 channel: the BlueKeep probe, CVE-2019-0708).
 */
import { rdpTunnel } from '../../../patterns/findings/rdp-tunnel.js';
import type { HostNames } from '../../correlate/index.js';
import { classOfAddress } from '../../model/address-class.js';
import {
  type Attempt,
  type EvidenceRef,
  type Finding,
  type LateralMove,
  type RdpEnabledFinding,
  type TunnelTool,
  type SecurityFinding,
  serverLogged,
  clientComputerOf,
} from '../../model/attempt.js';
import type { NormalizedEvent } from '../../model/event.js';
import type { ValueMarks } from '../../model/value-marks.js';
import { evidenceRef } from '../evidence-refs.js';
import { formatShortTime } from '../../model/time.js';
import { connectionOf, type FoundTunnelTools, isLoopback, sourcePort, toolText } from './tunnel-tools.js';
import { lateralChainFindings } from './lateral-chains.js';
import { maxOf, minOf } from '../../model/arrays.js';

interface Tracked extends Attempt {
  causes: { id: string }[];
}

/** Loopback (127.0.0.0/8, ::1) or link-local (169.254.0.0/16, fe80::/10): never a remote client's own address. */
export function isTunnelAddress(address: string | undefined): boolean {
  // An IPv6 link-local address is an ordinary LAN peer (LLMNR and mDNS hand them out on any flat office LAN);
  // an IPv4 link-local one as a client is a forwarder's.
  const cls = classOfAddress(address);
  return cls === 'loopback-v4' || cls === 'loopback-v6' || cls === 'link-local-v4';
}

function isLogon(e: NormalizedEvent): boolean {
  return (
    e.eventId === 1149 ||
    ((e.eventId === 21 || e.eventId === 25) && e.channel.includes('LocalSessionManager')) ||
    (e.eventId === 4624 && e.data.LogonType === '10')
  );
}

function logonEvents(a: Attempt) {
  return a.events.filter(isLogon);
}

function opensMsT120(e: NormalizedEvent): boolean {
  return e.eventId === 148 && (e.data.ChannelName ?? '').toLowerCase() === 'ms_t120';
}

/** An event attack paths read of an attempt beyond its first: a logon, its client port, or RdpCoreTS opening MS_T120. */
export function attackPathReads(e: NormalizedEvent): boolean {
  return isLogon(e) || namesClientPort(e) || opensMsT120(e);
}

/** Security 4624 and 4625 name the client's source port (`IpPort`): the key of the TCP connection they came over. */
function namesClientPort(e: NormalizedEvent): boolean {
  return (e.eventId === 4624 || e.eventId === 4625) && sourcePort(e.data.IpPort) !== undefined;
}

/**
 * The client ports an attempt's server records name: RdpCoreTS 131's `ClientIP` port and Security 4624/4625
 * `IpPort` (`0` on a type 10 logon is none).
 */
function clientPorts(a: Attempt): Set<number> {
  const out = new Set<number>();
  if (a.client.port) out.add(a.client.port);
  for (const e of a.events) {
    if (!namesClientPort(e) || e.channel !== 'Security') continue;
    const p = sourcePort(e.data.IpPort);
    if (p) out.add(p);
  }
  return out;
}

function byComputer<T extends Attempt>(list: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const a of list) {
    const key = a.computer.toLowerCase();
    const l = out.get(key);
    if (l) l.push(a);
    else out.set(key, [a]);
  }
  return out;
}

/** A computer's own account (`NAME$`): Windows signing in to itself, never a person through a tunnel. */
function isMachineAccount(user: string | undefined): boolean {
  return !!user && /\$$/.test(user.trim());
}

/** How long before a loopback logon the computer's own mstsc (RDPClient 1024) may have asked for it. */
const LOCAL_CLIENT_MS = 120_000;

/**
 * What the computer's own Remote Desktop client typed as a loopback server (`127.0.0.2`, `localhost`, `[::1]`,
 * its listener's port or none): mstsc on the computer itself, no tunnel. A loopback with another port
 * (`127.0.0.1:13389`) is a forwarded port, a tunnel's, and does not count.
 */
function isLocalServerName(typed: string | undefined): boolean {
  if (!typed) return false;
  const t = typed.trim().toLowerCase();
  const m = /^(\[[^\]]+\]|[^:]+|::1)(?::(\d+))?$/.exec(t);
  if (!m) return false;
  if (m[2] && m[2] !== '3389') return false;
  const host = m[1]!.replace(/^\[|\]$/g, '');
  return host === 'localhost' || isLoopback(host);
}

/** Per computer, when its own client (RDPClient 1024) opened a connection to a loopback address. */
function localClientStarts(attempts: readonly Attempt[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const a of attempts) {
    const from = clientComputerOf(a);
    if (!from) continue;
    const typed = a.clientEvents.find((e) => e.eventId === 1024)?.data.Value;
    if (!isLocalServerName(typed ?? a.server.address)) continue;
    const key = from.toLowerCase().split('.')[0]!;
    const list = out.get(key) ?? [];
    list.push(minOf([a.startMs, ...a.clientEvents.map((e) => e.timeMs)]));
    out.set(key, list);
  }
  return out;
}

/** A loopback logon the computer's own mstsc opened (RDPClient 1024 to a loopback address just before it). */
function openedByLocalClient(a: Attempt, local: Map<string, number[]>): boolean {
  const starts = local.get(a.computer.toLowerCase().split('.')[0]!);
  return !!starts?.some((t) => t <= a.startMs + 1_000 && a.startMs - t <= LOCAL_CLIENT_MS);
}

/** A tool found before or during the tunnelled logons, or up to a day before the first. */
const TOOL_LEAD_MS = 24 * 3600_000;

/**
 * `rdp-tunnel` (its home as data: patterns/findings/rdp-tunnel.ts): per computer, the Remote Desktop logons from
 * the loopback or an IPv4 link-local address, the failed sign-ins through the same tunnel (part of it, not a user's
 * mistyping), and the tool that carried them (tunnel-tools.ts) with who started it, when and its far end. A tool
 * that forwards 3389 with no logon through it in the logs is told too, less sure.
 */
function tunnelFindings(
  attempts: readonly Tracked[],
  tools: readonly FoundTunnelTools[],
  names: HostNames,
  marks: ValueMarks,
): Finding[] {
  const { markValue, markValues } = marks;
  const local = localClientStarts(attempts);
  const through = attempts.filter(
    (a) =>
      serverLogged(a) &&
      isTunnelAddress(a.client.address) &&
      (a.outcome === 'succeeded' || a.outcome === 'failed' || passedNla(a)) &&
      !isMachineAccount(a.user) &&
      !openedByLocalClient(a, local),
  );
  const byHost = new Map<string, { computer: string; logons: Tracked[]; failed: Tracked[] }>();
  for (const a of through) {
    const key = names.key(a.computer);
    let h = byHost.get(key);
    if (!h) byHost.set(key, (h = { computer: a.computer, logons: [], failed: [] }));
    if ((a.outcome === 'succeeded' || passedNla(a)) && logonEvents(a).length) h.logons.push(a);
    else if (a.outcome === 'failed') h.failed.push(a);
  }
  const out: Finding[] = [];
  const toolsOf = (key: string) => tools.filter((t) => names.key(t.computer) === key).flatMap((t) => t.tools);
  for (const [key, h] of byHost) {
    if (!h.logons.length) continue;
    const firstMs = minOf([...h.logons, ...h.failed].map((a) => a.startMs));
    const lastMs = maxOf(h.logons.map((a) => a.startMs));
    const found = toolsOf(key).filter((t) => t.startMs <= lastMs && t.startMs >= firstMs - TOOL_LEAD_MS);
    // A known tool that shows no forwarding is named only when nothing better is.
    const named = found.some((t) => t.forwards) ? found.filter((t) => t.forwards) : found;
    const addresses = [...new Set(h.logons.map((a) => a.client.address!))];
    const users = [...new Set(h.logons.map((a) => a.user).filter((u): u is string => !!u))];
    const sentences = [
      `${h.logons.length} Remote Desktop ${h.logons.length === 1 ? 'logon' : 'logons'} (${h.logons.map((a) => a.id).join(', ')}) came from ${markValues(addresses)}${users.length ? ` as ${markValues(users)}` : ''}, between ${formatShortTime(h.logons[0]!.start)} and ${formatShortTime(h.logons[h.logons.length - 1]!.start)}.`,
      'A remote client never connects from the loopback or a link-local address: the connection was carried through a tunnel on the computer itself, which hides the real client and bypasses firewall rules on TCP 3389.',
    ];
    if (h.failed.length)
      sentences.push(
        `${h.failed.length} failed ${h.failed.length === 1 ? 'sign-in' : 'sign-ins'} came through it too (${h.failed.map((a) => a.id).join(', ')}): the tunnel's user, not a colleague mistyping.`,
      );
    for (const t of named) reachedThrough(t, attempts);
    if (named.length)
      sentences.push(
        `The tunnel: ${named.map((t) => toolText(t, markValue, formatShortTime)).join('; ')}.${blockNext(named, marks)}`,
      );
    else
      sentences.push(
        'The logs given do not show the tool: process creation (Security 4688 with command lines, Sysmon 1) and connection events (Security 5156, Sysmon 3) of that time would name it and its far end.',
      );
    const evidence: EvidenceRef[] = [
      ...named.flatMap((t) => t.events.slice(0, TOOL_EVIDENCE)).map((e) => evidenceRef(e, marks)),
      ...h.logons.slice(0, 5).map((a) => evidenceRef(logonEvents(a)[0]!, marks)),
    ];
    out.push({
      id: 'rdp-tunnel',
      computer: h.computer,
      confidence: named.some((t) => t.forwards) ? 0.9 : 0.8,
      title: `Remote Desktop logons through a tunnel on ${markValue(h.computer)}${named[0] ? ` (${markValue(named[0].image)})` : ''}`,
      explanation: sentences.join(' '),
      evidence,
      remediation: [...rdpTunnel.remediation],
      attempts: [...h.logons, ...h.failed].sort((x, y) => x.startMs - y.startMs).map((a) => a.id),
      ...(named.length ? { tunnel: { tools: named.map(publicTool) } } : {}),
    });
  }
  // A tool forwarding Remote Desktop with no logon through it in the logs given.
  for (const t of tools) {
    const key = names.key(t.computer);
    if (byHost.get(key)?.logons.length) continue;
    const forwarding = t.tools.filter((x) => x.forwards);
    if (!forwarding.length) continue;
    out.push(forwardingWithoutLogon(t.computer, forwarding, attempts, names, marks));
  }
  return out;
}

/**
 * A tool on `computer` forwarding Remote Desktop with no logon through it in the logs given: who used it and what it
 * reached, as far as its flows and the reached computers' logs say.
 */
function forwardingWithoutLogon(
  computer: string,
  forwarding: readonly FoundTunnelTools['tools'][number][],
  attempts: readonly Tracked[],
  names: HostNames,
  marks: ValueMarks,
): Finding {
  const { markValue } = marks;
  const key = names.key(computer);
  for (const x of forwarding) reachedThrough(x, attempts);
  const reached = forwarding.flatMap((x) => x.reached ?? []);
  // The connections its users made, as attempts of this computer (Sysmon's inbound flows into its port).
  // and the connections it carried into this computer's Remote Desktop, from the loopback, at its own flows' moments.
  const users = attempts.filter(
    (a) =>
      names.key(a.computer) === key && forwarding.some((x) => x.usedBy?.some((u) => usedFrom(u, a)) || carried(x, a)),
  );
  const used = forwarding.some((x) => x.usedBy?.length || x.reached?.length);
  return {
    id: 'rdp-tunnel',
    computer,
    confidence: used ? 0.85 : 0.7,
    title: `A tunnel to Remote Desktop on ${markValue(computer)} (${markValue(forwarding[0]!.image)})`,
    explanation: `${forwarding.map((x) => toolText(x, markValue, formatShortTime)).join('; ')}. It carries Remote Desktop through a tunnel, hiding the client and bypassing firewall rules on TCP 3389; ${
      reached.length
        ? 'what it forwarded is named above as the computer it reached logged it.'
        : `${users.length ? `${users.length === 1 ? 'a connection' : `${users.length} connections`} through it reached Remote Desktop (${users.map((a) => a.id).join(', ')}), but ` : ''}no Remote Desktop logon through it is in the logs given (export Security and TerminalServices-LocalSessionManager/Operational ${forwarding.some((x) => x.hops?.length) ? 'of the computer it forwards to,' : 'of that time'} to see ${used ? 'which account signed in' : 'who used it'}).`
    }${blockNext(forwarding, marks)}`,
    evidence: [
      ...forwarding.flatMap((x) => x.events.slice(0, TOOL_EVIDENCE)).map((e) => evidenceRef(e, marks)),
      ...reached
        .map((r) => attempts.find((a) => a.id === r.attempt)!)
        .flatMap((a) => {
          const e = logonEvents(a)[0] ?? a.events[0];
          return e ? [evidenceRef(e, marks)] : [];
        }),
    ],
    remediation: [...rdpTunnel.remediation],
    ...(reached.length || users.length
      ? { attempts: [...new Set([...users.map((a) => a.id), ...reached.map((r) => r.attempt)])] }
      : {}),
    tunnel: { tools: forwarding.map(publicTool) },
  };
}

function publicTool(t: FoundTunnelTools['tools'][number]): TunnelTool {
  const { startMs: _s, events: _e, forwards: _f, pid: _p, hops: _h, ...tool } = t;
  return tool;
}

/** A tool's records cited as evidence: every forwarded connection and every client into it, up to this many. */
const TOOL_EVIDENCE = 50;
/**
 * A logon on the computer a forwarded connection reached, this close to it, from the forwarder's address, is its. Where
 * both sides name the client port (the forwarder's 5156 or Sysmon 3 `SourcePort`; the target's 4624/4625 `IpPort`,
 * RdpCoreTS 131) they must agree: that is one TCP connection. Where either lacks it the join is by time alone (the
 * latest forwarded connection before it), and a connection the forwarder's computer made itself in that time would
 * be taken for it too: the finding says which joins are by time.
 */
const REACHED_BEFORE_MS = 2_000;
const REACHED_AFTER_MS = 120_000;

/** The logons a tool's forwarded connections made on the computer they reached (its logs given too). */
function reachedThrough(t: FoundTunnelTools['tools'][number], attempts: readonly Tracked[]): void {
  if (!t.hops?.length || t.reached) return;
  const reached: NonNullable<TunnelTool['reached']> = [];
  for (const a of attempts) {
    if (!serverLogged(a)) continue;
    const ports = clientPorts(a);
    const near = t.hops.filter(
      (h) =>
        a.client.address?.toLowerCase() === h.from.toLowerCase() &&
        a.startMs >= h.timeMs - REACHED_BEFORE_MS &&
        a.startMs - h.timeMs <= REACHED_AFTER_MS,
    );
    // The forwarded connection with the attempt's own client port; else, where either side names no port, the latest
    // before the attempt began (its clock a little off). A port on both sides that differs is another connection.
    const byPort = near.find((h) => h.fromPort !== undefined && ports.has(h.fromPort));
    const hop = byPort ?? near.filter((h) => h.fromPort === undefined || ports.size === 0).pop();
    if (hop)
      reached.push({
        attempt: a.id,
        computer: a.computer,
        time: a.start,
        ...(a.user ? { user: a.user } : {}),
        outcome: a.outcome,
        ...(hop.client ? { client: hop.client } : {}),
        joinedBy: byPort ? 'client-port' : 'time',
      });
  }
  if (reached.length) t.reached = reached;
}

/** An attempt of the connections a port proxy's user made into it (their first and last, a moment's slack). */
function usedFrom(u: NonNullable<TunnelTool['usedBy']>[number], a: Attempt): boolean {
  const slack = REACHED_BEFORE_MS;
  return (
    a.client.address?.toLowerCase() === u.address.toLowerCase() &&
    a.startMs >= Date.parse(u.first) - slack &&
    a.startMs <= Date.parse(u.last) + slack
  );
}

/** The listener logs a forwarded connection this close to the forwarder's own record of it. */
const CARRIED_MS = 5_000;

/**
 * A loopback connection to this computer's Remote Desktop at the moment of one of the tool's connection records. Where
 * the tool's records to Remote Desktop then and the attempt both name the client port, one of them must be it (one TCP
 * connection); else the moment decides.
 */
function carried(t: FoundTunnelTools['tools'][number], a: Attempt): boolean {
  if (!isTunnelAddress(a.client.address)) return false;
  const near = t.events.filter(
    (e) => (e.eventId === 3 || e.eventId === 5156) && Math.abs(e.timeMs - a.startMs) <= CARRIED_MS,
  );
  if (!near.length) return false;
  const rdpPort = t.toRdp ? t.toRdp.slice(t.toRdp.lastIndexOf(':') + 1) : '3389';
  const toolPorts = near.flatMap((e) => {
    const c = connectionOf(e);
    return c?.outbound && c.fromPort && (c.toPort === rdpPort || c.toPort === '3389') ? [c.fromPort] : [];
  });
  const ports = clientPorts(a);
  return !toolPorts.length || !ports.size || toolPorts.some((p) => ports.has(p));
}

/** "Block X next": the far ends tools connect to and the clients that used them. */
function blockNext(tools: readonly FoundTunnelTools['tools'][number][], { markValues }: ValueMarks): string {
  const ends = [
    ...new Set(tools.flatMap((t) => [...(t.farEnd ? [t.farEnd] : []), ...(t.usedBy ?? []).map((u) => u.address)])),
  ];
  return ends.length ? ` Block ${markValues(ends)} next.` : '';
}

function probeFindings(attempts: readonly Tracked[], marks: ValueMarks): Finding[] {
  const { markValue, markValues } = marks;
  const probes = attempts.filter((a) => a.events.some(opensMsT120));
  return [...byComputer(probes).values()].map((list) => {
    const sources = [...new Set(list.map((a) => a.client.address ?? a.client.name).filter((s): s is string => !!s))];
    const evidence = list.slice(0, 5).map((a) => evidenceRef(a.events.find(opensMsT120)!, marks));
    return {
      id: 'ms-t120-probe',
      computer: list[0].computer,
      confidence: 0.9,
      title: `BlueKeep (CVE-2019-0708) probe against ${markValue(list[0].computer)}`,
      explanation: `${list.length} ${list.length === 1 ? 'connection' : 'connections'} (${list.map((a) => a.id).join(', ')})${sources.length ? ` from ${markValues(sources)}` : ''} opened the MS_T120 virtual channel (RdpCoreTS 148), first at ${formatShortTime(list[0].start)}. A client never asks for that channel: it is the signature of the BlueKeep scanner and exploit (CVE-2019-0708).`,
      evidence,
      remediation: [
        'Make sure the May 2019 (or later) security update is installed: CVE-2019-0708 lets the probe run code without signing in on Windows 7, 2008 and 2008 R2 hosts.',
        'Keep Network Level Authentication on, and do not expose TCP 3389 to the internet: allow it only from known addresses, or publish Remote Desktop through an RD Gateway or VPN.',
        ...(sources.length ? [`Block ${markValues(sources)} at the firewall or perimeter.`] : []),
      ],
      attempts: list.map((a) => a.id),
    };
  });
}

/** The same computer, by full name or, when one of the two names is short, by its first label. */
function sameComputer(x: string | undefined, y: string | undefined): boolean {
  if (!x || !y) return false;
  const a = x.toLowerCase();
  const b = y.toLowerCase();
  if (a === b) return true;
  return (!a.includes('.') || !b.includes('.')) && a.split('.')[0] === b.split('.')[0];
}

/** An attacker's session on a computer: a sign-in of the burst, or a hop that reached a session on the next one. */
interface AttackerSession {
  a: Tracked;
  hop: number;
  via?: LateralMove;
}

/**
 * Outbound RDP (RDPClient) from a computer while an attacker's session from a guessing source is open on it: each
 * one a `lateral-movement` finding, and a step of the attack's own story (`burst.lateralMovement`). A connection
 * whose destination's logs were given too is one attempt holding both ends (the correlator's client join).
 */
function lateralFindings(
  attempts: readonly Tracked[],
  attacks: readonly SecurityFinding[],
  marks: ValueMarks,
  isDomainController: (computer: string) => boolean,
): Finding[] {
  const byId = new Map(attempts.map((a) => [a.id, a]));
  const out: Finding[] = [];
  for (const f of attacks) {
    // The attacker's sessions: their sign-ins, then each hop that reached a session on the next computer (its
    // logs hold the connection): from there the chain goes on (A → B → C).
    // A first-seen address the records do not tie to the burst (`likelySource` unset) is no attacker's session.
    const sessions: AttackerSession[] = f.burst.successes
      .filter((s) => !s.firstSeenAddress || s.likelySource)
      .map((s) => byId.get(s.attempt))
      .filter((a): a is Tracked => !!a && serverLogged(a))
      .map((a) => ({ a, hop: 0 }));
    const moved = new Set<string>();
    for (let i = 0; i < sessions.length; i++) {
      const current = sessions[i]!;
      for (const a of attempts) {
        if (moved.has(a.id) || !openedFrom(a, current, sessions)) continue;
        moved.add(a.id);
        const move = lateralMove(a, current);
        (f.burst.lateralMovement ??= []).push(move);
        // A hop that reached a session on the next computer: the chain may go on from there.
        if (serverLogged(a) && a.outcome === 'succeeded') sessions.push({ a, hop: move.hop, via: move });
        out.push(lateralFinding(f, current, a, move, marks, isDomainController));
      }
    }
    if (f.burst.lateralMovement) {
      f.explanation += ` Then the attacker moved on over Remote Desktop: ${f.burst.lateralMovement.map((m) => moveText(m, marks)).join('; ')}.`;
    }
  }
  return out;
}

/** Opened from this session: on its computer, while it was open; a later session there takes its own. */
function openedFrom(a: Tracked, current: AttackerSession, sessions: readonly AttackerSession[]): boolean {
  const session = current.a;
  const from = clientComputerOf(a);
  if (!from || a === session) return false;
  if (!sameComputer(session.computer, from) || a.startMs < session.startMs || a.startMs > session.endMs) return false;
  return !sessions.some(
    (o) =>
      o.a !== session &&
      sameComputer(o.a.computer, from) &&
      o.a.startMs > session.startMs &&
      a.startMs >= o.a.startMs &&
      a.startMs <= o.a.endMs,
  );
}

function lateralMove(a: Tracked, { a: session, hop, via }: AttackerSession): LateralMove {
  const destination = serverLogged(a) ? a.computer : (a.server.name ?? a.server.address ?? 'an unnamed computer');
  const toAddress = a.server.address && a.server.address !== destination ? a.server.address : undefined;
  const user = serverLogged(a) && a.user ? a.user : session.user;
  return {
    attempt: a.id,
    session: session.id,
    from: session.computer,
    to: destination,
    ...(toAddress ? { toAddress } : {}),
    ...(user ? { user } : {}),
    start: a.start,
    end: a.end,
    outcome: a.outcome,
    bothEnds: a.side === 'both',
    hop: hop + 1,
    ...(via ? { after: via.attempt } : {}),
  };
}

/** One hop told: from which session, to where, as whom; a domain controller, the credentials logged, both ends. */
function lateralFinding(
  f: SecurityFinding,
  { a: session, hop, via }: AttackerSession,
  a: Tracked,
  move: LateralMove,
  marks: ValueMarks,
  isDomainController: (computer: string) => boolean,
): Finding {
  const { markValue } = marks;
  const destination = move.to;
  const { toAddress, user } = move;
  const address = toAddress ? ` (${markValue(toAddress)})` : '';
  const ends = move.bothEnds
    ? ` Both ends are in the logs: ${markValue(session.computer)}'s RDPClient log and ${markValue(destination)}'s own logs hold this connection (${a.id}).`
    : '';
  const chain = chainOf(move, f.burst.lateralMovement ?? [move]);
  const creds = a.explicitCredentials?.length
    ? ` ${markValue(session.computer)} logged the credentials it used (Security 4648): ${a.explicitCredentials.map((c) => `${c.by ? `${markValue(c.by)} gave ` : ''}${markValue(c.account)} for ${markValue(c.target)} at ${formatShortTime(c.time)}`).join('; ')}.`
    : '';
  const first = a.clientEvents[0] ?? a.events[0];
  // From a domain controller (its own Kerberos 4768/4771 tell it): told here once, not again by outbound-rdp.
  const dc = isDomainController(session.computer)
    ? ` ${markValue(session.computer)} is a domain controller (its Security log holds Kerberos ticket requests, 4768/4771): the attacker held an account trusted with the whole domain, and Remote Desktop from a domain controller is told here, not again as outbound-rdp.`
    : '';
  const whose = via
    ? `the session the attacker reached ${markValue(session.computer)} with (${session.id}, hop ${hop} of the chain from ${markValue(f.burst.source)})`
    : `the attacker's session from ${markValue(f.burst.source)}`;
  return {
    id: 'lateral-movement',
    computer: session.computer,
    confidence: 0.85,
    title: `Lateral movement from ${markValue(session.computer)} to ${markValue(destination)}${move.hop > 1 ? ` (hop ${move.hop})` : ''}`,
    explanation: `While ${whose} was open on ${markValue(session.computer)}${session.user ? ` as ${markValue(session.user)}` : ''} (${session.id}, ${formatShortTime(session.start)} to ${formatShortTime(session.end)}), that computer opened Remote Desktop to ${markValue(destination)}${address}${user ? ` as ${markValue(user)}` : ''} (${a.id}, ${formatShortTime(a.start)} to ${formatShortTime(a.end)}, outcome ${a.outcome}). The attacker moved on from the computer they had ${via ? 'reached' : 'signed in to'}.${dc}${creds}${ends}${move.hop > 1 ? ` The chain so far: ${markValue(f.burst.source)} → ${chain.map((m) => `${markValue(m.to)} (${m.attempt})`).join(' → ')}.` : ''}`,
    evidence: first ? [evidenceRef(first, marks)] : [],
    remediation: [
      `Treat ${markValue(destination)} as compromised too: ${move.bothEnds ? 'review' : 'collect its logs (rdpdiag collect) and review'} its sessions at that time${serverLogged(a) ? ', and any Remote Desktop connection it opened from then on' : ''}.`,
      'Reset the passwords of every account used on both computers, and review what the sessions did (Security 4624/4688, new services and scheduled tasks).',
    ],
    attempts: [session.id, a.id],
  };
}

/** The hops that led to `move`, first to last, `move` included. */
function chainOf(move: LateralMove, all: readonly LateralMove[]): LateralMove[] {
  const out = [move];
  for (let m = move; m.after; ) {
    const prev = all.find((x) => x.attempt === m.after);
    if (!prev || out.includes(prev)) break;
    out.unshift(prev);
    m = prev;
  }
  return [{ ...out[0]!, to: out[0]!.from, attempt: out[0]!.session }, ...out];
}

/** "A346 from CITADEL-DC01 to DESKTOP-SDN1RPT (10.42.85.115) as Administrator, 03:35:54Z to 03:52:13Z". */
function moveText(m: LateralMove, { markValue }: ValueMarks): string {
  return `${m.attempt} from ${markValue(m.from)} to ${markValue(m.to)}${m.toAddress ? ` (${markValue(m.toAddress)})` : ''}${m.user ? ` as ${markValue(m.user)}` : ''}, ${formatShortTime(m.start)} to ${formatShortTime(m.end)}`;
}

/**
 * Logons from an attack's source on other computers of the run, once the attack had begun: the same address
 * that guessed or scanned on one computer signing in on another (its own attack there, if any, names them).
 */
function signedInElsewhere(
  attempts: readonly Tracked[],
  attacks: readonly SecurityFinding[],
  { markValue }: ValueMarks,
): void {
  const byId = new Map(attempts.map((a) => [a.id, a]));
  const told = new Set(attacks.flatMap((f) => f.burst.successes.map((s) => s.attempt)));
  for (const f of attacks) {
    const burst = f.burst.attempts.map((id) => byId.get(id)).filter((a): a is Tracked => !!a);
    const sources = new Set(burst.map((a) => a.client.address?.toLowerCase()).filter((s): s is string => !!s));
    if (sources.size === 0) continue;
    const startMs = minOf(burst.map((a) => a.startMs));
    const logons = attempts.filter(
      (a) =>
        serverLogged(a) &&
        a.outcome === 'succeeded' &&
        !told.has(a.id) &&
        !sameComputer(a.computer, f.computer) &&
        sources.has(a.client.address?.toLowerCase() ?? '') &&
        a.endMs >= startMs,
    );
    if (logons.length === 0) continue;
    f.burst.signedInElsewhere = logons.map((a) => ({
      attempt: a.id,
      computer: a.computer,
      time: a.start,
      ...(a.user ? { user: a.user } : {}),
    }));
    f.explanation += ` The same source signed in on other computers too: ${logons
      .map(
        (a) =>
          `${a.id} on ${markValue(a.computer)} at ${formatShortTime(a.start)}${a.user ? ` as ${markValue(a.user)}` : ''}`,
      )
      .join('; ')}. Treat those accounts and computers as compromised.`;
  }
}

/** Attack-path findings: not a host's fault but an attacker's step. */
const ATTACK_PATH_IDS: ReadonlySet<string> = new Set([
  'lateral-movement',
  'rdp-tunnel',
  'ms-t120-probe',
  'session-hijack',
  'outbound-rdp',
  'termsrv-tampering',
  'rdp-client-abuse',
  'rdp-typed-commands',
  'accessibility-backdoor',
]);

/**
 * Findings the reports file under host findings unless what followed makes them security alerts: when (as
 * `rdpdiag patterns` says it) and the rule.
 */
export const ALERT_WHEN: Readonly<Record<string, { when: string; alert(f: Finding): boolean }>> = {
  // Remote Desktop switched on is an alert once a sign-in from a new source followed it; information before.
  'rdp-enabled': {
    when: 'a security alert once a sign-in from a new source follows',
    alert: (f) => {
      const r = (f as Partial<RdpEnabledFinding>).rdpEnabled;
      return !!r && ((r.followedBy.length > 0 && !r.routine) || (r.shadowed ?? []).some((x) => !x.consent));
    },
  },
  // Explicit credentials are who went where from a jump host; an alert when an attacker's session was open there.
  'explicit-credentials': {
    when: "a security alert while an attacker's session is open there",
    alert: (f) => f.explicitCredentials?.duringAttack !== undefined,
  },
};

/** Findings that are always security alerts: an attack's burst (`SecurityFinding`) and the attacker's path. */
const ALERT_IDS: ReadonlySet<string> = new Set<string>([
  ...(['password-guessing', 'scanning'] satisfies SecurityFinding['id'][]),
  ...ATTACK_PATH_IDS,
]);

/** A finding that is a security alert (an attack, a scan, a step of the attacker's path), not a host's fault. */
export function isSecurityAlert(f: Finding): boolean {
  const conditional = ALERT_WHEN[f.id];
  return conditional ? conditional.alert(f) : ALERT_IDS.has(f.id);
}

/**
 * Where the reports file a finding of this id (`isSecurityAlert`'s rule by id): among the security alerts, or among
 * the host findings, with when it is an alert instead (`ALERT_WHEN`). What `rdpdiag patterns` lists it under.
 */
export function reportSectionOf(id: string): { alert: true } | { alert: false; alertWhen?: string } {
  if (ALERT_IDS.has(id)) return { alert: true };
  const when = ALERT_WHEN[id]?.when;
  return when ? { alert: false, alertWhen: when } : { alert: false };
}

/** The attempts a finding is about: an attack's burst, its logons and its path; or the finding's own list. */
export function findingAttempts(f: Finding): string[] {
  if (!('burst' in f)) return f.attempts ?? [];
  const b = (f as SecurityFinding).burst;
  return [
    ...b.attempts,
    ...b.successes.map((s) => s.attempt),
    ...(b.lateralMovement ?? []).map((m) => m.attempt),
    ...(b.signedInElsewhere ?? []).map((s) => s.attempt),
  ];
}

/**
 * The attacker's path: lateral movement, tunnels and BlueKeep probes as findings; and, told in the attacks' own
 * findings (`burst.lateralMovement`, `burst.signedInElsewhere` and their explanation), where each attack led.
 */
export function findAttackPath(
  attempts: readonly Tracked[],
  attacks: readonly SecurityFinding[],
  marks: ValueMarks,
  tools: readonly FoundTunnelTools[],
  names: HostNames,
  isDomainController: (computer: string) => boolean = () => false,
): Finding[] {
  signedInElsewhere(attempts, attacks, marks);
  return [
    ...lateralFindings(attempts, attacks, marks, isDomainController),
    ...lateralChainFindings(attempts, attacks, marks, isDomainController),
    ...tunnelFindings(attempts, tools, names, marks),
    ...probeFindings(attempts, marks),
  ];
}

/**
 * Credentials that passed network-level authentication (RCM 1149) with nothing refused, where no log given records
 * the logon (outcome `unknown`): a loopback one is still a connection through a tunnel (causes.md `rdp-tunnel`).
 */
function passedNla(a: Attempt): boolean {
  return a.outcome === 'unknown' && a.progress.authenticated && !a.progress.refused;
}
