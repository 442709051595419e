/**
 * The timeline → connection attempts: server side per computer, client side per computer, then the
 * probe connections mstsc opens before a real one are folded into it, and a client's view of an attempt
 * is joined to the server's when both logs were given.
 */
import { connectionKindOf, inheritVmbus } from './connection-kind.js';
import { type Attempt, serverLogged } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { connectionLogKinds, type LogKind } from '../model/channels.js';
import {
  logonProofs,
  decideOutcome,
  computeProgress,
  logonScreenFailure,
  hasFailureEvent,
  isHostRefusal,
  type HostCoverage,
  type RecordHole,
  ENDING_LOGS,
} from './attempt-builder.js';
import { correlateClient } from './client.js';
import { correlateGateway } from './gateway.js';
import { firstLabel, HostNames } from './host-names.js';

export { firstLabel, hostKey, HostNames } from './host-names.js';
export { hasFailureEvent, isHostRefusal, logonProofs } from './attempt-builder.js';
export { describeGatewayProgress, targetOf } from './gateway.js';
export {
  baseName,
  inboundEnds,
  numberIn,
  portOf,
  portProxyCommand,
  portProxyOf,
  valueAfter,
} from './rdp-ports.js';
import { clientAddress, isMachineAccountLogon, logKind, logonType } from './keys.js';
import { correlateServer } from './server.js';
import { classOfAddress } from '../model/address-class.js';
import { compareText, sortByTime } from '../model/order.js';
import { pushAll } from '../model/arrays.js';
import { sysmonInboundAttempts } from './sysmon-inbound.js';
import { hostConnectionAttempts, isHostConnection } from './host-connections.js';

export interface CorrelateOptions {
  /** An attempt with no ending whose last event is this close to the end of its computer's logs is in progress. */
  settleMs?: number;
  /**
   * How far each computer's logs are known to reach (event time), when that is later than its last event:
   * following live logs, a computer's log "ends" now, not at its last event. Default: its last event.
   */
  logEnd?: (computer: string) => number | undefined;
  /**
   * How far each of a computer's logs reaches (its last record's time, by log kind), when the caller knows more
   * than the events handed in (the timeline's log reach): "the log ends" is judged per log.
   */
  logEndByKind?: (computer: string) => Partial<Record<LogKind, number>> | undefined;
  /** Which logged names are one computer (default: from the events' names). */
  hosts?: HostNames;
}

/** mstsc's short probe connections come at most this long before the real connection. */
export const PROBE_LEAD_MS = 60_000;
/** A client redirected by a Connection Broker appears on the session host within this long after the broker leg ends. */
export const REDIRECT_LEAD_MS = 15_000;
/** A server's logons this close to a client attempt (which left no connection log) belong to it. */
const ADOPT_WINDOW_MS = 5_000;
/** Clocks of client and server may disagree by this much. */
const CLIENT_SERVER_SKEW_MS = 120_000;

export function correlate(events: readonly NormalizedEvent[], options: CorrelateOptions = {}): Attempt[] {
  const settleMs = options.settleMs ?? 30_000;
  const hosts = options.hosts ?? HostNames.fromEvents(events);
  const byComputer = new Map<string, NormalizedEvent[]>();
  const refusals = new Map<string, number[]>();
  /** Each computer's account lockouts (4740): a client's failed NLA sign-ins that end in one are its attempts. */
  const lockouts = new Map<string, NormalizedEvent[]>();
  const logEnds = new Map<string, Partial<Record<LogKind, number>>>();
  for (const e of events) {
    const key = hosts.key(e.computer);
    let ends = logEnds.get(key);
    if (!ends) logEnds.set(key, (ends = {}));
    const kind = logKind(e);
    if (!(e.timeMs <= (ends[kind] ?? -Infinity))) ends[kind] = e.timeMs;
    if (isHostRefusal(e)) {
      const list = refusals.get(key);
      if (list) list.push(e.timeMs);
      else refusals.set(key, [e.timeMs]);
    }
    if (isLockout(e)) {
      const list = lockouts.get(key);
      if (list) list.push(e);
      else lockouts.set(key, [e]);
    }
    if (!mayBelongToAttempt(e)) continue;
    let list = byComputer.get(key);
    if (!list) byComputer.set(key, (list = []));
    list.push(e);
  }
  let counter = 0;
  const nextId = () => `a${++counter}`;
  const server: Attempt[] = [];
  const client: Attempt[] = [];
  const gateway: Attempt[] = [];
  const coverage = new Map<string, HostCoverage>();
  for (const [key, list] of byComputer) {
    const host = hostCoverage(list, refusals.get(key) ?? [], options.logEnd !== undefined);
    host.logEndMs = Math.max(host.logEndMs, options.logEnd?.(list[0].computer) ?? -Infinity);
    const ends = { ...logEnds.get(key) };
    for (const [kind, ms] of Object.entries(options.logEndByKind?.(list[0].computer) ?? {}) as [LogKind, number][])
      if (!(ms <= (ends[kind] ?? -Infinity))) ends[kind] = ms;
    host.logEndByKind = ends;
    coverage.set(key, host);
  }
  for (const [key, list] of byComputer) {
    const computer = hosts.display(list[0].computer);
    const s = correlateServer(computer, list, nextId, lockouts.get(key));
    const c = correlateClient(computer, list, nextId);
    // The kind first: progress reads it (a VMBus session has no network-level authentication).
    for (const a of [...s, ...c]) a.connection = connectionKindOf(a);
    inheritVmbus(s);
    for (const a of [...s, ...c]) finish(a, coverage.get(key)!, settleMs);
    pushAll(server, mergeProbes(s));
    pushAll(client, c);
    pushAll(gateway, correlateGateway(computer, list, nextId, options.logEnd !== undefined));
  }
  const connections = foldRedirects(server, hosts);
  const joined = joinClientToServer(client, connections, coverage, settleMs, byComputer, hosts);
  const all = [...connections, ...joined];
  // Connections a log of the host itself records, by their rows (host-connections.ts).
  pushAll(all, hostConnectionAttempts(events, all, hosts, nextId));
  // Inbound connections only Sysmon recorded (sysmon-inbound.ts).
  pushAll(all, sysmonInboundAttempts(events, all, hosts, nextId));
  all.sort(inTimeOrder);
  for (const a of all) a.connection = connectionKindOf(a);
  inheritVmbus(all);
  return numberAttempts([...all, ...gateway].sort(inTimeOrder));
}

/** Attempts by start, then computer (attempts of one computer that start together keep their order). */
export function inTimeOrder(a: Attempt, b: Attempt): number {
  return a.startMs - b.startMs || compareText(a.computer, b.computer);
}

/**
 * Names attempts in the order given (their start, `inTimeOrder`): A001, A002… An RD Gateway's attempts that turn
 * out to be a host's or a client's (src/diagnose/scope.ts `foldGatewayAttempts`) leave the others to be named
 * again, and so do computers correlated one at a time (`judgeFleet`).
 */
export function numberAttempts<T extends Attempt>(attempts: T[]): T[] {
  attempts.forEach((a, i) => {
    a.id = `A${String(i + 1).padStart(3, '0')}`;
  });
  return attempts;
}

/** The Security events that can be part of a connection (logons of an RDP type, reconnects and disconnects). */
export const SECURITY_CONNECTION_EVENTS: ReadonlySet<number> = new Set([4624, 4625, 4778, 4779, 4825]);
const RDP_LOGON_TYPES = new Set([3, 7, 10]);

/** An account lockout (Security 4740). */
function isLockout(e: NormalizedEvent): boolean {
  return e.eventId === 4740 && logKind(e) === 'security';
}

/** Only these logs take part in correlation; the rest (System, Schannel…) is context for the patterns. */
export function mayBelongToAttempt(e: NormalizedEvent): boolean {
  const kind = logKind(e);
  if (kind === 'security') {
    if (!SECURITY_CONNECTION_EVENTS.has(e.eventId) || isMachineAccountLogon(e)) return false;
    // Of logons, only network (NLA), unlock/reconnect and remote-interactive ones can be RDP's.
    if (e.eventId === 4624 || e.eventId === 4625) return RDP_LOGON_TYPES.has(logonType(e) ?? -1);
    return true;
  }
  return ATTEMPT_LOGS.has(kind) || isHostConnection(e);
}

/** The logs whose every event can be part of a connection (of Security, `SECURITY_CONNECTION_EVENTS`). */
export const ATTEMPT_LOGS: ReadonlySet<LogKind> = connectionLogKinds('all');

function hostCoverage(list: NormalizedEvent[], refusals: number[], live: boolean): HostCoverage {
  let rdpCore = false;
  let sessionLogsFromMs = Infinity;
  let securityFromMs = Infinity;
  for (const e of list) {
    const kind = logKind(e);
    if (kind === 'rdpcore') rdpCore = true;
    else if ((kind === 'lsm' || kind === 'security') && e.timeMs < sessionLogsFromMs) sessionLogsFromMs = e.timeMs;
    if (kind === 'security' && e.timeMs < securityFromMs) securityFromMs = e.timeMs;
  }
  return {
    rdpCore,
    sessionLogsFromMs,
    securityFromMs,
    logEndMs: list[list.length - 1].timeMs,
    live,
    ...(list.some(logonScreenFailure) ? { withoutNla: true } : {}),
    refusals: refusals.sort((a, b) => a - b),
    rdpCoreHoles: rdpCore ? recordHoles(list.filter((e) => logKind(e) === 'rdpcore')) : [],
    // Not Security's: only its connection events are here, and the host's other audits fill the ids between them.
    holes: Object.fromEntries(
      ENDING_LOGS.filter((k) => k !== 'security').map((k) => [k, recordHoles(list.filter((e) => logKind(e) === k))]),
    ),
  };
}

/**
 * Where a log's records are missing: two records next in time whose ids are not. None when most records are
 * followed by a hole (an export filtered by event id has holes everywhere, and its silence is the filter's).
 */
function recordHoles(events: NormalizedEvent[]): RecordHole[] {
  const withId = events
    .filter((e): e is NormalizedEvent & { recordId: number } => typeof e.recordId === 'number')
    .sort((x, y) => x.timeMs - y.timeMs || x.recordId - y.recordId);
  const holes: RecordHole[] = [];
  for (let i = 1; i < withId.length; i++) {
    const [prev, next] = [withId[i - 1], withId[i]];
    if (next.recordId > prev.recordId + 1)
      holes.push({ fromMs: prev.timeMs, toMs: next.timeMs, afterId: prev.recordId, beforeId: next.recordId });
  }
  return holes.length * 2 > withId.length ? [] : holes;
}

function finish(a: Attempt, host: HostCoverage, settleMs: number): void {
  sortByTime(a.events);
  sortByTime(a.clientEvents);
  // The server's clock dates an attempt it logged (a client's clock may be off by minutes); a probe
  // folded in starts it earlier.
  const own = a.events.length ? [...a.probeEvents, ...a.events] : a.clientEvents;
  const ends = [own[0], own[own.length - 1]].filter(Boolean).sort((x, y) => x.timeMs - y.timeMs);
  if (ends.length) {
    a.start = ends[0].timestamp;
    a.startMs = ends[0].timeMs;
    a.end = ends[ends.length - 1].timestamp;
    a.endMs = ends[ends.length - 1].timeMs;
  }
  for (const e of a.events) {
    if (!a.client.name) {
      // 4778/4779 name the client; a network logon's WorkstationName is the client, an interactive one's the server.
      // A console or Fast User Switching 4778 names it `Unknown`.
      const name =
        e.data.ClientName ?? (logKind(e) === 'security' && logonType(e) === 3 ? e.data.WorkstationName : undefined);
      if (
        name &&
        name !== '-' &&
        name.trim() !== '' &&
        name.trim().toLowerCase() !== 'unknown' &&
        name.trim().toLowerCase() !== a.computer.split('.')[0].toLowerCase()
      )
        a.client.name = name.trim();
    }
  }
  a.progress = computeProgress(a, host.refusals, host.withoutNla);
  const decided = decideOutcome(a, host, settleMs);
  a.outcome = decided.outcome;
  a.outcomeRule = decided.rule;
  if (decided.reason) a.outcomeReason = decided.reason;
  else delete a.outcomeReason;
}

// What `analyze --follow` needs to decide, event by event, when an attempt is over (with `hostKey`,
// `mayBelongToAttempt` and `PROBE_LEAD_MS`): the same rules the offline correlation applies.

/**
 * A failed server attempt that stopped before authentication, named its client's address and logged
 * no failure: if a successful connection from that address follows within `PROBE_LEAD_MS`, it was one
 * of mstsc's probe connections and is folded into it. So may mstsc's pre-connection as RCM alone logs it (a
 * listener's 261 naming no address) seem, and `follow` waits for what comes next; but it is not folded (`mergeProbes`).
 */
export function mayBeProbe(a: Attempt): boolean {
  return (
    serverLogged(a) &&
    (a.outcome === 'failed' || a.outcome === 'unknown') &&
    !a.progress.authenticated &&
    !a.progress.session &&
    (!!a.client.address || listenerOnly(a)) &&
    !hasFailureEvent(a)
  );
}

/** Nothing but the listener's acceptance (RCM 261, which names no client) is logged of the connection. */
function listenerOnly(a: Attempt): boolean {
  return a.events.length > 0 && a.events.every((e) => logKind(e) === 'rcm' && e.eventId === 261);
}

/** The user's logon completed: a session that no later refusal can undo. */
export function loggedOn(a: Attempt): boolean {
  return logonProofs(a).size > 0;
}

/** RdpCoreTS and RDPClient ActivityIDs name one connection each (other logs reuse them for other things). */
export function activityIdNamesConnection(e: NormalizedEvent): boolean {
  const kind = logKind(e);
  return kind === 'rdpcore' || kind === 'rdpclient';
}

/**
 * mstsc opens one or two such short connections before the one that works (the samples show 1–2); a longer
 * run of silent handshakes from one address before a success is a scanner's, and stays failures.
 */
const MAX_PROBES = 3;

/** A silent short connection followed soon by a successful one from the same client is part of it. */
function mergeProbes(attempts: Attempt[]): Attempt[] {
  const sorted = [...attempts].sort((a, b) => a.startMs - b.startMs);
  // Latest first, so a chain of probes leads to the connection that finally worked; each probe must come
  // within PROBE_LEAD_MS of the next one in the chain.
  const chains = new Map<Attempt, { probes: Attempt[]; startMs: number }>();
  const inChain = new Set<Attempt>();
  for (let i = sorted.length - 2; i >= 0; i--) {
    const p = sorted[i];
    // Only by its client's address: a connection only the listener logged (RCM 261, naming no client) may have been
    // mstsc's pre-connection or a try of its own, and time alone cannot tell (one connection, one attempt).
    if (!mayBeProbe(p) || !p.client.address) continue;
    const s = sorted.slice(i + 1).find((x) => !inChain.has(x) && x.client.address === p.client.address);
    // The connection it led to went through (a session given, nothing refused): a logon on record or not, the probe
    // was part of it.
    const through = s?.outcome === 'succeeded' || (s?.progress.session && s.outcome !== 'failed');
    if (!s || !through) continue;
    const chain = chains.get(s) ?? { probes: [], startMs: s.startMs };
    if (chain.startMs - p.endMs > PROBE_LEAD_MS) continue;
    chain.probes.push(p);
    chain.startMs = p.startMs;
    chains.set(s, chain);
    inChain.add(p);
  }
  const merged = new Set<Attempt>();
  for (const [s, { probes }] of chains) {
    if (probes.length + probes.reduce((n, p) => n + p.mergedProbes, 0) > MAX_PROBES) continue;
    for (const p of probes) {
      s.probeEvents = [...p.probeEvents, ...p.events, ...s.probeEvents];
      s.activityIds = [...p.activityIds, ...s.activityIds];
      s.start = p.start;
      s.startMs = p.startMs;
      s.mergedProbes += 1 + p.mergedProbes;
      merged.add(p);
    }
  }
  return sorted.filter((a) => !merged.has(a));
}

/**
 * A connection that may be a Connection Broker's leg: the client authenticated (NLA, RCM 1149) and left
 * without a session, with nothing refused and no failure logged (the broker sends a redirection and the
 * client disconnects within a second). Whether it was one depends on what follows (`foldRedirects`).
 */
export function mayBeRedirectLeg(a: Attempt): boolean {
  return (
    a.side === 'server' &&
    a.outcome !== 'succeeded' &&
    // Known to have left (closed, or failed): NLA passed alone (RCM 1149 of an RCM-only export) says no more.
    (a.progress.ended || a.outcome === 'failed') &&
    a.progress.authenticated &&
    !a.progress.session &&
    !a.progress.protocolComplete &&
    !!a.client.address &&
    !hasFailureEvent(a)
  );
}

/**
 * RD Connection Broker farms (TechNet wiki 37841, RDS logon connectivity): a leg that authenticated on one computer and is
 * followed within seconds by the same client on another computer of the inputs led the client there. It
 * is folded into the connection it led to (`redirectedFrom`), which alone says whether the user got in.
 */
function foldRedirects(attempts: Attempt[], hosts: HostNames): Attempt[] {
  const sorted = [...attempts].sort((a, b) => a.startMs - b.startMs);
  const folded = new Set<Attempt>();
  for (let i = 0; i < sorted.length; i++) {
    const leg = sorted[i];
    if (!mayBeRedirectLeg(leg)) continue;
    const next = sorted.find((x, j) => j > i && !folded.has(x) && !x.redirectedFrom && mayHaveLedTo(leg, x, hosts));
    if (!next) continue;
    next.redirectedFrom = {
      computer: leg.computer,
      start: leg.start,
      end: leg.end,
      startMs: leg.startMs,
      endMs: leg.endMs,
      events: [...leg.probeEvents, ...leg.events],
    };
    folded.add(leg);
  }
  return sorted.filter((a) => !folded.has(a));
}

/** The same client on another computer soon after a broker's leg: where the leg may have led it. */
function mayHaveLedTo(leg: Attempt, x: Attempt, hosts: HostNames): boolean {
  return (
    x.client.address === leg.client.address &&
    hosts.key(x.computer) !== hosts.key(leg.computer) &&
    x.startMs >= leg.startMs &&
    x.startMs - leg.endMs <= REDIRECT_LEAD_MS
  );
}

/**
 * Could `correlate` over all these computers' events fold a Connection Broker's leg into another computer's
 * attempt (each computer's attempts correlated apart)? When not, the computers' attempts are what it gives.
 */
export function mayFoldAcrossComputers(attempts: readonly Attempt[], hosts: HostNames): boolean {
  const byAddress = new Map<string, Attempt[]>();
  for (const a of attempts) {
    if (!a.client.address) continue;
    const list = byAddress.get(a.client.address);
    if (list) list.push(a);
    else byAddress.set(a.client.address, [a]);
  }
  return attempts.some(
    (leg) =>
      mayBeRedirectLeg(leg) && (byAddress.get(leg.client.address!) ?? []).some((x) => mayHaveLedTo(leg, x, hosts)),
  );
}

/**
 * Is the server a client named (`target`: as the client typed it) this computer? The same name, or a
 * short name on one side with the same first label (the client may type `rdsh01` for the FQDN).
 */
function namesComputer(target: string, computer: string, hosts: HostNames): boolean {
  if (hosts.key(target) === hosts.key(computer)) return true;
  const t = target.trim();
  return (!t.includes('.') || !computer.includes('.')) && firstLabel(t) === firstLabel(computer);
}

/**
 * A client attempt whose server left no connection log but a Security log: the network logons (NLA)
 * or remote-interactive logons the server recorded at that moment, all from one address, are its
 * server side. Returns whether the attempt took them.
 */
function adoptServerLogons(
  c: Attempt,
  serverEvents: NormalizedEvent[],
  host: HostCoverage | undefined,
  settleMs: number,
  hosts: HostNames,
): boolean {
  if (!host) return false;
  const from = c.startMs - ADOPT_WINDOW_MS;
  const to = c.endMs + ADOPT_WINDOW_MS;
  const logons = serverEvents.filter(
    (e) =>
      logKind(e) === 'security' &&
      (e.eventId === 4624 || e.eventId === 4625) &&
      e.timeMs >= from &&
      e.timeMs <= to &&
      clientAddress(e),
  );
  const addresses = new Set(logons.map((e) => clientAddress(e)));
  if (logons.length === 0 || addresses.size !== 1) return false;
  c.side = 'both';
  c.computer = hosts.display(logons[0].computer);
  c.server = { name: c.computer, ...(c.server.address ? { address: c.server.address } : {}) };
  c.client.address = [...addresses][0];
  c.events = logons;
  finish(c, host, settleMs);
  return true;
}

/** 127.0.0.0/8 and ::1: the computer itself. */
function isLoopback(address: string | undefined): boolean {
  const kind = classOfAddress(address);
  return kind === 'loopback-v4' || kind === 'loopback-v6';
}

/** How far a client's clock may be off the server's and still be found from the attempts' spacing. */
const MAX_CLOCK_OFFSET_MS = 30 * 60_000;
/** Attempts whose start differences agree this closely share one clock offset. */
const OFFSET_AGREEMENT_MS = 5_000;
/** With a known offset, a client attempt joins the server attempt that starts this close to its corrected time. */
const SKEWED_MATCH_MS = 30_000;

/** A server attempt made to the computer the client named (or to the broker that redirected it there). */
function madeTo(target: string, s: Attempt, hosts: HostNames): boolean {
  return (
    namesComputer(target, s.computer, hosts) ||
    (s.redirectedFrom !== undefined && namesComputer(target, s.redirectedFrom.computer, hosts))
  );
}

/**
 * A client whose clock is minutes off the server's: its attempts and the server's keep their spacing, so the
 * offset is the start difference most of its attempts share (at least two of them). Only offsets beyond
 * what the plain join tolerates are returned, for every attempt of that client and target.
 */
function clockOffsets(client: Attempt[], server: Attempt[], hosts: HostNames): Map<Attempt, number> {
  const groups = new Map<string, Attempt[]>();
  for (const c of client) {
    if (!c.server.name) continue;
    const key = `${(c.clientComputer ?? c.computer).toLowerCase()}|${c.server.name.toLowerCase()}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const offsets = new Map<Attempt, number>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const target = group[0].server.name!;
    const onTarget = server.filter((s) => madeTo(target, s, hosts));
    const deltas: { c: Attempt; d: number }[] = [];
    for (const c of group)
      for (const s of onTarget) {
        const d = s.startMs - c.startMs;
        if (Math.abs(d) <= MAX_CLOCK_OFFSET_MS) deltas.push({ c, d });
      }
    deltas.sort((x, y) => x.d - y.d);
    // A window of OFFSET_AGREEMENT_MS slides over the sorted differences, counting the client attempts in it.
    let best: number | undefined;
    let bestSupport = 0;
    const inWindow = new Map<Attempt, number>();
    let lo = 0;
    for (let hi = 0; hi < deltas.length; hi++) {
      inWindow.set(deltas[hi].c, (inWindow.get(deltas[hi].c) ?? 0) + 1);
      while (deltas[hi].d - deltas[lo].d > OFFSET_AGREEMENT_MS) {
        const n = inWindow.get(deltas[lo].c)! - 1;
        if (n) inWindow.set(deltas[lo].c, n);
        else inWindow.delete(deltas[lo].c);
        lo++;
      }
      const mid = (deltas[hi].d + deltas[lo].d) / 2;
      if (inWindow.size > bestSupport || (inWindow.size === bestSupport && Math.abs(mid) < Math.abs(best!))) {
        best = mid;
        bestSupport = inWindow.size;
      }
    }
    if (best === undefined || bestSupport < 2 || Math.abs(best) <= CLIENT_SERVER_SKEW_MS / 4) continue;
    for (const c of group) offsets.set(c, best);
  }
  return offsets;
}

function joinClientToServer(
  client: Attempt[],
  server: Attempt[],
  coverage: Map<string, HostCoverage>,
  settleMs: number,
  byComputer: Map<string, NormalizedEvent[]>,
  hosts: HostNames,
): Attempt[] {
  const standalone: Attempt[] = [];
  const taken = new Set<Attempt>();
  const offsets = clockOffsets(client, server, hosts);
  for (const c of client) {
    const target = c.server.name;
    const offset = offsets.get(c) ?? 0;
    const window = offsets.has(c) ? SKEWED_MATCH_MS : CLIENT_SERVER_SKEW_MS;
    const apart = (s: Attempt) => Math.abs(s.startMs - c.startMs - offset);
    const candidates = server.filter((s) => {
      if (taken.has(s)) return false;
      if (apart(s) > window) return false;
      // The client names the computer it asked for: for a redirected connection, the broker.
      if (target) return madeTo(target, s, hosts);
      // Typed as an address: the server's logon names the client computer (NLA's WorkstationName, 4778's ClientName),
      // or the address is a loopback one, which only the client's own computer answers. Never by time alone (one
      // server given is no key: an unrelated server's session would become this client's, and a second server undo
      // it): an address typed names no server in the server's own logs.
      if (isLoopback(c.server.address) && c.clientComputer)
        return hosts.key(s.computer) === hosts.key(c.clientComputer);
      return !!c.clientComputer && !!s.client.name && namesComputer(s.client.name, c.clientComputer, hosts);
    });
    candidates.sort((x, y) => apart(x) - apart(y));
    const s = candidates[0];
    if (!s) {
      const targetKey = target ? [...byComputer.keys()].find((k) => namesComputer(target, k, hosts)) : undefined;
      if (
        targetKey &&
        adoptServerLogons(c, byComputer.get(targetKey) ?? [], coverage.get(targetKey), settleMs, hosts)
      ) {
        server.push(c);
        taken.add(c);
      } else {
        standalone.push(c);
      }
      continue;
    }
    taken.add(s);
    s.side = 'both';
    s.clientEvents = c.clientEvents;
    s.clientComputer = c.clientComputer;
    s.client.name ??= c.clientComputer;
    s.clientDisconnectReason = c.clientDisconnectReason;
    if (c.server.address) s.server.address = c.server.address;
    finish(
      s,
      coverage.get(hosts.key(s.computer)) ?? {
        rdpCore: true,
        sessionLogsFromMs: -Infinity,
        securityFromMs: -Infinity,
        logEndMs: s.endMs,
        live: false,
        refusals: [],
      },
      settleMs,
    );
  }
  return standalone;
}

export {
  clientAddress,
  connectionName,
  isSysmon,
  logKind,
  logonType,
  normalizeAddress,
  numberField,
  sessionIdOf,
  userOf,
} from './keys.js';
