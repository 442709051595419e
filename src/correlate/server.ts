/**
 * Server side: one computer's RDP events → connection attempts.
 *
 * Anchors: RdpCoreTS 131 (TCP) opens an attempt for its Correlation ActivityID. Where RdpCoreTS is not
 * in the inputs, an attempt opens on the first event that names a client and belongs to an RDP
 * connection: RCM 1149/1151, LSM 21/25 with an address, Security 4624/4625 logon type 10, 4778.
 * Other events join by ActivityID, then ConnectionName (RDP-Tcp#N), then session id, then client
 * address within a time window. Security logon type 3 never opens an attempt (file shares log it too).
 * Exports of whole seconds without ActivityIDs (Splunk classic) keep each connection by the order Windows logs it
 * in: a 261 with the accept of its second, a 65 with its accept, an authentication result with the connection of
 * its client still in its handshake, a refused connection's teardown with it.
 */
import type { Attempt } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import {
  clientAddress,
  connectionName,
  type LogKind,
  logKind,
  portOf,
  rawClientAddress,
  sessionIdOf,
  userOf,
} from './keys.js';
import { newAttempt } from './attempt-builder.js';
import {
  acceptWithoutObject,
  accountOf,
  ACTIVITYLESS_JOIN_MS,
  attemptOpenAt,
  closedBefore,
  completesItsSession,
  connectionTypedThrough,
  deniedBefore,
  distance,
  endedBefore,
  firstAtLogonScreen,
  JOIN_BY_ADDRESS_MS,
  JOIN_HANDSHAKE_MS,
  joinsAcceptOfItsSecond,
  logsOnAnotherConnection,
  namingItsUser,
  nlaRefusedBefore,
  noteMarks,
  ofAnotherConnection,
  openAtLeastTwo,
  outlivedItsConnection,
  refusedOpenAt,
  resultOfItsSecond,
  reusesActivity,
  soleHandshakeAt,
  soleLogonScreenAt,
  underAnotherActivity,
  wentOnAfterRefusal,
  type RdpCoreMarks,
} from './attempt-state.js';
import {
  isAnchorWithoutRdpCore,
  isConnectionEvent,
  isLogonFailure,
  isNetworkLogon,
  isRemoteLogonResult,
  isSessionLogon,
  LSM_CONNECTION_EVENTS,
  loggedOn,
  reachedSession,
  securityTraces,
} from './server-events.js';

/** An event naming the attempt's client may come this long before the attempt's first event (clock jitter between logs). */
const JOIN_BEFORE_START_MS = 5_000;
/** RCM 261 (listener got a connection) precedes the RdpCoreTS 131 of the same connection by about this. */
const LISTENER_LEAD_MS = 3_000;

/** RdpCoreTS silent this long around a listener's 261 was not recording connections then. */
const RDPCORE_SILENT_MS = 10 * 60_000;

/** How far the nearest of the sorted times is from `t`. */
function nearestDistance(sorted: readonly number[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  const after = lo < sorted.length ? sorted[lo] - t : Number.POSITIVE_INFINITY;
  const before = lo > 0 ? t - sorted[lo - 1] : Number.POSITIVE_INFINITY;
  return Math.min(after, before);
}

/** RdpCoreTS events that show a connection even when its 131 is older than the log. */
const RDPCORE_HEADLESS_ANCHORS = new Set([65, 66, 98, 139, 140, 141]);
/** Logs whose ActivityID names one connection (the same GUID as its RdpCoreTS events). */
const CONNECTION_ACTIVITY_KINDS = new Set(['rdpcore', 'rcm', 'lsm']);
/** An event that opens an attempt where no connection holds it: the channels' anchors, and Security's other traces. */
function isAnchor(join: ServerJoin, e: NormalizedEvent): boolean {
  return isAnchorWithoutRdpCore(e) || join.securityAnchors.has(e);
}

/** One server's attempts as they are built, with the keys that join an event to one of them. */
interface ServerJoin {
  attempts: Attempt[];
  byActivity: Map<string, Attempt>;
  byConnection: Map<string, Attempt>;
  bySession: Map<string, Attempt>;
  byAddress: Map<string, Attempt>;
  pendingListener: NormalizedEvent[];
  /** Events that name a client but no connection key, joined after the main pass. */
  deferred: NormalizedEvent[];
  /** A deferred network logon's closed connection, which takes it when no other can. */
  lastResort: Map<NormalizedEvent, Attempt>;
  /** Every attempt of each client address, for the deferred joins. */
  withAddress: Map<string, Attempt[]>;
  hasRdpCore: boolean;
  /** What the joins ask of an attempt's RdpCoreTS events, kept as they are added. */
  closes: Map<Attempt, RdpCoreMarks>;
  rdpCoreTimes: number[];
  sessionActivities: Set<string>;
  /** RCM 1149 (NLA passed) by the ActivityID of its connection: its time and account, to place an NLA record. */
  passedByActivity: Map<string, { ms: number; account?: string }[]>;
  /** Security's traces of connections beyond the type-10 logon (`securityTraces`): anchors where nothing else holds them. */
  securityAnchors: ReadonlySet<NormalizedEvent>;
  computer: string;
  nextId: () => string;
}

export function correlateServer(
  computer: string,
  events: NormalizedEvent[],
  nextId: () => string,
  lockouts: readonly NormalizedEvent[] = [],
): Attempt[] {
  const join = startServerJoin(computer, events, nextId, lockouts);
  for (const e of events) {
    const kind = logKind(e);
    if (!isConnectionEvent(e)) continue;
    if (kind === 'rcm' && e.eventId === 261) joinListenerAccept(join, e);
    else if (!joinByKey(join, e, kind) && !joinByAddressOrTime(join, e, kind) && isAnchor(join, e))
      addEvent(join, openAttempt(join, e), e);
  }
  for (const e of join.pendingListener) listenerOnlyAttempt(join, e);
  join.pendingListener.length = 0;
  joinDeferred(join);
  return join.attempts;
}

function startServerJoin(
  computer: string,
  events: NormalizedEvent[],
  nextId: () => string,
  lockouts: readonly NormalizedEvent[],
): ServerJoin {
  const attempts: Attempt[] = [];
  const byActivity = new Map<string, Attempt>();
  const byConnection = new Map<string, Attempt>();
  const bySession = new Map<string, Attempt>();
  const byAddress = new Map<string, Attempt>();
  const pendingListener: NormalizedEvent[] = [];
  const deferred: NormalizedEvent[] = [];
  const withAddress = new Map<string, Attempt[]>();
  const hasRdpCore = events.some((e) => logKind(e) === 'rdpcore');
  // What the joins ask of an attempt's RdpCoreTS events, kept as they are added (a burst from one address
  // would otherwise have every event walk the events of every attempt still near).
  const closes = new Map<Attempt, RdpCoreMarks>();

  const rdpCoreTimes = events.filter((e) => logKind(e) === 'rdpcore').map((e) => e.timeMs);
  /**
   * ActivityIDs that LSM gave a session or its arbitration: a listener's 261 under one of them was a connection that
   * reached the session manager, whether or not RdpCoreTS logged it.
   */
  const sessionActivities = new Set(
    events
      .filter((e) => e.activityId && logKind(e) === 'lsm' && LSM_CONNECTION_EVENTS.has(e.eventId))
      .map((e) => e.activityId!),
  );
  const passedByActivity = new Map<string, { ms: number; account?: string }[]>();
  for (const e of events)
    if (e.activityId && logKind(e) === 'rcm' && e.eventId === 1149) {
      const list = passedByActivity.get(e.activityId) ?? [];
      const account = accountOf(userOf(e));
      list.push({ ms: e.timeMs, ...(account ? { account } : {}) });
      passedByActivity.set(e.activityId, list);
    }
  return {
    passedByActivity,
    attempts,
    byActivity,
    byConnection,
    bySession,
    byAddress,
    pendingListener,
    deferred,
    lastResort: new Map(),
    withAddress,
    hasRdpCore,
    closes,
    rdpCoreTimes,
    sessionActivities,
    securityAnchors: securityTraces(events, lockouts, computer),
    computer,
    nextId,
  };
}

/** A listener's 261: the attempt of its ActivityID, an attempt of its own, or pending until its 131 comes. */
function joinListenerAccept(join: ServerJoin, e: NormalizedEvent): void {
  const { byActivity, hasRdpCore, rdpCoreTimes, sessionActivities, pendingListener } = join;
  // One 261 per connection the listener accepted: a second one under the same ActivityID is another connection, and
  // so is one under an ActivityID its connection no longer names.
  let a = e.activityId ? byActivity.get(e.activityId) : undefined;
  if (a && reusesActivity(e, a, join.closes)) {
    byActivity.delete(e.activityId!);
    a = undefined;
  }
  if (a && !a.events.some((x) => x.eventId === 261 && logKind(x) === 'rcm')) addEvent(join, a, e);
  // Where RdpCoreTS was silent no 131 will claim it: its own attempt now, so that the LSM and logon events of
  // its ActivityID join it.
  else if (
    hasRdpCore &&
    (nearestDistance(rdpCoreTimes, e.timeMs) > RDPCORE_SILENT_MS ||
      (e.activityId !== undefined && sessionActivities.has(e.activityId)))
  )
    listenerOnlyAttempt(join, e);
  else if (hasRdpCore && !joinsAcceptOfItsSecond(join.attempts, e)) pendingListener.push(e);
  else if (!hasRdpCore) addEvent(join, openAttempt(join, e), e);
}

/**
 * An event joined by what names its connection: its ActivityID, a UDP side transport's client, an RdpCoreTS
 * anchor, its ConnectionName, its session; false when none placed it.
 */
function joinByKey(join: ServerJoin, e: NormalizedEvent, kind: LogKind): boolean {
  const { byActivity, byAddress, byConnection, bySession, closes } = join;
  let byAct = e.activityId ? byActivity.get(e.activityId) : undefined;
  // An ActivityID its connection no longer names (a crafted log, a GUID source that repeats): free for the
  // connection reusing it, not days folded into one attempt.
  if (byAct && reusesActivity(e, byAct, closes)) {
    byActivity.delete(e.activityId!);
    byAct = undefined;
  }
  if (byAct) {
    addEvent(join, byAct, e);
    return true;
  }
  if (kind === 'rdpcore' && e.eventId === 131) {
    const type = (e.data.ConnType ?? 'TCP').toUpperCase();
    const addr = clientAddress(e);
    if (type === 'UDP' && addr) {
      // The UDP side transport has its own ActivityID: hand it to the TCP connection of the same client, one still
      // open (a connection already closed has no transport to add) when the address has several.
      const tcp = openTcpOf(join, addr, e) ?? byAddress.get(addr);
      if (tcp && e.timeMs - tcp.endMs < JOIN_BY_ADDRESS_MS) {
        addEvent(join, tcp, e);
        if (e.activityId) {
          byActivity.set(e.activityId, tcp);
          // addEvent claimed it already when no attempt held it.
          if (!tcp.activityIds.includes(e.activityId)) tcp.activityIds.push(e.activityId);
        }
        return true;
      }
    }
    addEvent(join, openAttempt(join, e), e);
    return true;
  }
  if (kind === 'rdpcore' && e.activityId && RDPCORE_HEADLESS_ANCHORS.has(e.eventId)) {
    // A connection whose 131 is older than the log: still an attempt.
    addEvent(join, openAttempt(join, e), e);
    return true;
  }
  if (kind === 'rdpcore' && e.eventId === 65) {
    // A connection object created without an ActivityID (Splunk classic): its accept's, or a connection whose
    // accept RdpCoreTS did not log (a Hyper-V enhanced session has none).
    addEvent(join, acceptWithoutObject(join.attempts, e) ?? openAttempt(join, e), e);
    return true;
  }
  const conn = connectionName(e);
  const byConn = conn ? byConnection.get(conn) : undefined;
  if (byConn && e.timeMs - byConn.endMs < 12 * 3600_000) {
    addEvent(join, byConn, e);
    return true;
  }
  const sid = sessionIdOf(e);
  const addr = clientAddress(e);
  const bySess = sid && kind === 'lsm' ? bySession.get(sid) : undefined;
  if (
    bySess &&
    (!addr || addr === bySess.client.address) &&
    !logsOnAnotherConnection(e, bySess) &&
    !outlivedItsConnection(e, bySess, closes)
  ) {
    // A session's event under another ActivityID than its connection's was caused by another connection
    // (LSM 40 reason 5: replaced by a reconnect, logged in the new connection's activity): it is about
    // this session, but its ActivityID names the new connection, which must stay free to open its own
    // attempt (without RdpCoreTS, and with times of 1 s, that connection's RCM 261 can sort after it).
    addEvent(join, bySess, e, bySess.activityIds.length === 0);
    return true;
  }
  return false;
}

/**
 * An event joined by its client's address (deferred while several connections from it are open), or, naming none,
 * by the attempt open at its time; false when none placed it.
 */
function joinByAddressOrTime(join: ServerJoin, e: NormalizedEvent, kind: LogKind): boolean {
  const { attempts, withAddress, deferred, hasRdpCore, closes } = join;
  const addr = clientAddress(e);
  const decided = resultOfItsSecond(addr ? withAddress.get(addr) : attempts, e, closes);
  if (decided) {
    addEvent(join, decided, e);
    return true;
  }
  if (addr && hasRdpCore && openAtLeastTwo(withAddress.get(addr), e, closes)) {
    // Several connections from one address are open at once (NAT): which one this event belongs to is
    // decided once all their events are known, by time.
    deferred.push(e);
    return true;
  }
  return addr ? joinByAddress(join, e, addr) : joinByTime(join, e, kind);
}

/** An event naming a client address joined to that client's connection (or deferred while it cannot be told). */
function joinByAddress(join: ServerJoin, e: NormalizedEvent, addr: string): boolean {
  const { byAddress, withAddress, deferred, closes } = join;
  const a = byAddress.get(addr);
  // Without RdpCoreTS, an attempt opened by the listener's 261 learns its client from the next event that names one.
  const listenerOnly = firstListenerOnly(join, e);
  // A failed logon ends its connection: after it, the client's next events belong to the connection the
  // listener accepted since, not to the failed one; and a network-level authentication after a new accept is the
  // new connection's (a connection authenticates once, at its start).
  const reconnected =
    listenerOnly && a && listenerOnly.startMs > a.endMs && (a.events.some(isLogonFailure) || isNetworkLogon(e));
  if (
    a &&
    !listenerOnly &&
    isNetworkLogon(e) &&
    e.timeMs - a.endMs <= JOIN_BY_ADDRESS_MS &&
    closedBefore(a, e, closes)
  ) {
    // Which connection's NLA it was is known once the connections that follow are (deferred below); the closed
    // one takes it only when none other can.
    deferred.push(e);
    join.lastResort.set(e, a);
    return true;
  }
  const typedThrough =
    a && isRemoteLogonResult(e)
      ? (connectionTypedThrough(withAddress.get(addr), e, closes) ?? anotherWaitingForItsLogon(join, a, addr, e))
      : undefined;
  if (typedThrough) {
    addEvent(join, typedThrough, e);
    return true;
  }
  if (
    a &&
    !reconnected &&
    e.timeMs - a.endMs <= JOIN_BY_ADDRESS_MS &&
    !startsAnother(join, a, e) &&
    !ofAnotherConnection(e, a) &&
    !(isNetworkLogon(e) && e.eventId === 4624 && nlaRefusedBefore(a, e))
  ) {
    addEvent(join, a, e);
    return true;
  }
  if (listenerOnly) {
    addEvent(join, listenerOnly, e);
    return true;
  }
  return false;
}

/** An event naming no client joined to the attempt open at its time, unless it is another session's or connection's. */
function joinByTime(join: ServerJoin, e: NormalizedEvent, kind: LogKind): boolean {
  const { attempts, closes } = join;
  const sid = sessionIdOf(e);
  const found =
    refusedOpenAt(attempts, e, closes) ??
    attemptOpenAt(attempts, e.timeMs) ??
    soleHandshakeAt(attempts, e.timeMs, closes) ??
    (isRemoteLogonResult(e) ? soleLogonScreenAt(attempts, e.timeMs, closes) : undefined);
  // Joined by time alone: not an event about another session, and its ActivityID (another connection's, or
  // the console's) is not adopted by a connection that has its own. RdpCoreTS logs every record of a connection
  // under that connection's ActivityID, so one of its records under another is never this connection's.
  const a =
    found &&
    !(sid && kind === 'lsm' && found.sessionId && found.sessionId !== sid) &&
    !logsOnAnotherConnection(e, found) &&
    !(kind === 'rdpcore' && underAnotherActivity(e, found))
      ? found
      : undefined;
  if (a) {
    addEvent(join, a, e, a.activityIds.length === 0);
    return true;
  }
  return false;
}

/**
 * Without RdpCoreTS, the connection the listener accepted that an event naming a client (its NLA, its 1149) is the
 * first to name: the latest attempt the listener alone opened (RCM 261, no address yet), as long as it is recent; but
 * an NLA record, when several such connections wait within the handshake's wait, is that of the one whose RCM 1149
 * (under its own ActivityID) follows it: a pass, the first such 1149 naming its account; a refusal, the latest
 * connection no 1149 follows then.
 */
function firstListenerOnly(join: ServerJoin, e: NormalizedEvent): Attempt | undefined {
  const { attempts } = join;
  const listenerOnly = (a: Attempt) =>
    !a.client.address && a.events.every((x) => logKind(x) === 'rcm' && x.eventId === 261);
  const last = attempts[attempts.length - 1];
  if (!last || !listenerOnly(last) || e.timeMs - last.endMs > JOIN_BY_ADDRESS_MS) return undefined;
  if (!isNetworkLogon(e)) return last;
  const open: Attempt[] = [last];
  for (let i = attempts.length - 2; i >= 0; i--) {
    const a = attempts[i]!;
    if (!listenerOnly(a) || e.timeMs - a.startMs > JOIN_HANDSHAKE_MS || a.startMs > e.timeMs) break;
    open.unshift(a);
  }
  if (open.length === 1) return last;
  const account = accountOf(userOf(e));
  /** How soon after `e` the attempt's 1149 comes (Infinity: none right after it). */
  const passAfter = (a: Attempt) => {
    let best = Infinity;
    for (const id of a.activityIds)
      for (const p of join.passedByActivity.get(id) ?? [])
        if (
          p.ms >= e.timeMs - ACTIVITYLESS_JOIN_MS &&
          p.ms - e.timeMs <= NLA_PASS_TO_1149_MS &&
          (e.eventId !== 4624 || !p.account || !account || p.account === account)
        )
          best = Math.min(best, Math.abs(p.ms - e.timeMs));
    return best;
  };
  if (e.eventId === 4624) {
    const passed = open.filter((a) => passAfter(a) < Infinity);
    return passed.length ? passed.reduce((x, y) => (passAfter(y) < passAfter(x) ? y : x)) : last;
  }
  const refused = open.filter((a) => passAfter(a) === Infinity);
  return refused[refused.length - 1] ?? last;
}

/** RCM's 1149 is logged this soon after the NLA logon (4624 type 3) of its connection. */
const NLA_PASS_TO_1149_MS = 2_000;

/** The events put off for NAT: each joins the nearest of its client's attempts open then, or opens one. */
function joinDeferred(join: ServerJoin): void {
  const { deferred, withAddress, closes, lastResort } = join;
  for (const e of deferred) {
    const addr = clientAddress(e)!;
    const nla = isNetworkLogon(e);
    const near = (withAddress.get(addr) ?? []).filter(
      (a) =>
        e.timeMs >= a.startMs - (nla ? 1000 : JOIN_BEFORE_START_MS) &&
        e.timeMs - a.endMs <= JOIN_BY_ADDRESS_MS &&
        !startsAnother(join, a, e) &&
        !ofAnotherConnection(e, a),
    );
    // A network logon is that of a connection already accepted (not one accepted after it) and not yet closed.
    // Nor one whose NLA was refused already: CredSSP ends a connection that fails it (the client connects anew).
    const alive = nla
      ? near.filter((a) => !closedBefore(a, e, closes) && !(e.eventId === 4624 && nlaRefusedBefore(a, e)))
      : near;
    const candidates = alive.length ? alive : near.length ? near : [lastResort.get(e)].filter((a) => a !== undefined);
    // A refusal of the credentials ends its connection: not the one of them that went on into its session.
    const refusable = candidates.length > 1 ? candidates.filter((a) => !wentOnAfterRefusal(a, e)) : candidates;
    const unrefused = refusable.length ? refusable : candidates;
    const sameUser = isRemoteLogonResult(e) ? namingItsUser(unrefused, e) : [];
    const named = sameUser.length ? sameUser : unrefused;
    // A connection's session logs on once: a remote-interactive logon is not a second one's of a connection that
    // holds one already, while another connection of that client waits at its logon screen.
    const waiting = isSessionLogon(e) ? named.filter((a) => !a.events.some(isSessionLogon)) : [];
    const pool = waiting.length ? waiting : named;
    const nearest =
      pool.length > 1
        ? (firstAtLogonScreen(pool, e) ?? pool.reduce((best, a) => (distance(a, e) < distance(best, e) ? a : best)))
        : pool[0];
    if (nearest) addEvent(join, nearest, e);
    else if (isAnchor(join, e)) addEvent(join, openAttempt(join, e), e);
  }
}

/**
 * A listener's 261 that no RdpCoreTS connection claims is still one connection the listener accepted, and so one
 * attempt, of which only the acceptance is known: at a time RdpCoreTS logged nothing near (a gap in its record
 * ids, before it rolled over, after it ends) RdpCoreTS does not hold it; where RdpCoreTS was logging, the
 * connection never reached the RDP protocol (a dropped or refused handshake).
 */
function listenerOnlyAttempt(join: ServerJoin, e: NormalizedEvent, claimsActivity = true): void {
  const { attempts, computer, nextId } = join;
  const a = newAttempt(nextId(), computer, 'server', e);
  attempts.push(a);
  addEvent(join, a, e, claimsActivity);
}

/**
 * A new attempt on `e`, taking the listener's 261 of its connection; every other pending 261 is an attempt of its own.
 */
function openAttempt(join: ServerJoin, e: NormalizedEvent): Attempt {
  const { attempts, computer, nextId, pendingListener } = join;
  // Only RdpCoreTS, RCM and LSM log under the connection's ActivityID; Security's names no connection.
  const activity = e.activityId && CONNECTION_ACTIVITY_KINDS.has(logKind(e)) ? e.activityId : undefined;
  // One 261 per connection the listener accepted: the one of this connection's ActivityID, else the latest just
  // before it; every other is a connection of its own.
  let mine = pendingListener.findIndex((x) => !!activity && x.activityId === activity);
  if (mine < 0 && pendingListener.length) {
    const last = pendingListener.length - 1;
    // Only a 261 that carries no other ActivityID: RCM logs under its connection's (the 131's) ActivityID, so one
    // under another is another connection's, however close in time.
    const other = !!activity && !!pendingListener[last].activityId;
    if (!other && e.timeMs - pendingListener[last].timeMs <= listenerLead(e)) mine = last;
  }
  // Another connection's 261 under this one's ActivityID does not take it.
  for (let i = 0; i < pendingListener.length; i++)
    if (i !== mine)
      listenerOnlyAttempt(join, pendingListener[i], !activity || pendingListener[i].activityId !== activity);
  const a = newAttempt(nextId(), computer, 'server', e);
  attempts.push(a);
  if (mine >= 0) a.events.push(pendingListener[mine]);
  pendingListener.length = 0;
  if (a.events.length) {
    a.start = a.events[0].timestamp;
    a.startMs = a.events[0].timeMs;
  }
  return a;
}

/**
 * How long before `e` the listener's 261 of its connection may come. A remote-interactive logon (4624/4625 type 10)
 * is typed at the logon screen of a connection the listener accepted: where no connection RdpCoreTS logged takes it
 * (a Hyper-V enhanced session, RdpCoreTS not logging then), the latest 261 still unclaimed within the handshake's
 * wait is that connection; any other anchor follows its 261 by about LISTENER_LEAD_MS.
 */
function listenerLead(e: NormalizedEvent): number {
  return isRemoteLogonResult(e) ? JOIN_HANDSHAKE_MS : LISTENER_LEAD_MS;
}

/** `e` added to attempt `a`, which it names by the keys it carries (ActivityID, address, connection, session). */
function addEvent(join: ServerJoin, a: Attempt, e: NormalizedEvent, claimsActivity = true): void {
  const { closes, byActivity, withAddress, byAddress, byConnection, bySession } = join;
  a.events.push(e);
  noteMarks(closes, a, e);
  if (e.timeMs >= a.endMs) {
    a.end = e.timestamp;
    a.endMs = e.timeMs;
  }
  // RCM and LSM events carry the connection's RdpCoreTS-style ActivityID too; Security's is not per connection.
  if (claimsActivity && e.activityId && CONNECTION_ACTIVITY_KINDS.has(logKind(e)) && !byActivity.has(e.activityId)) {
    byActivity.set(e.activityId, a);
    a.activityIds.push(e.activityId);
  }
  const addr = clientAddress(e);
  if (addr && !a.client.address) {
    a.client.address = addr;
    const list = withAddress.get(addr);
    if (list) list.push(a);
    else withAddress.set(addr, [a]);
  }
  if (addr === a.client.address && addr) byAddress.set(addr, a);
  const port = portOf(rawClientAddress(e));
  if (port && !a.client.port) a.client.port = port;
  const conn = connectionName(e);
  if (conn) {
    a.connectionName ??= conn;
    byConnection.set(conn, a);
  }
  const sid = sessionIdOf(e);
  if (sid && (logKind(e) === 'rdpcore' ? e.eventId === 66 : ['21', '22', '25'].includes(String(e.eventId)))) {
    a.sessionId = sid;
    bySession.set(sid, a);
  }
  // A logoff ends the session: its id is free for the next logon, which is not this connection's.
  if (sid && logKind(e) === 'lsm' && e.eventId === 23 && bySession.get(sid) === a) bySession.delete(sid);
  const user = userOf(e);
  if (user && !a.user) a.user = user;
}

/**
 * The TCP connection a UDP side transport from `addr` belongs to: of the client's connections still open then, the
 * one (undefined when none, or several of which none is the latest to name the address).
 */
function openTcpOf(join: ServerJoin, addr: string, e: NormalizedEvent): Attempt | undefined {
  const list = join.withAddress.get(addr) ?? [];
  const open: Attempt[] = [];
  for (let i = list.length - 1; i >= 0; i--) {
    const a = list[i]!;
    if (e.timeMs - a.endMs > JOIN_BY_ADDRESS_MS) break;
    if ((join.closes.get(a)?.firstEndMs ?? Infinity) > e.timeMs) open.push(a);
  }
  if (open.length <= 1) return open[0];
  const latest = join.byAddress.get(addr);
  return latest && open.includes(latest) ? latest : undefined;
}

/**
 * A session logon (4624 type 10) the client's latest connection cannot take, holding one already: the other of its
 * connections still open that reached its session first and has none (one client with two connections at once, or
 * two behind one address); undefined when there is none.
 */
function anotherWaitingForItsLogon(
  join: ServerJoin,
  latest: Attempt,
  addr: string,
  e: NormalizedEvent,
): Attempt | undefined {
  if (!isSessionLogon(e) || !latest.events.some(isSessionLogon)) return undefined;
  const waiting = (join.withAddress.get(addr) ?? []).filter(
    (a) =>
      a !== latest &&
      e.timeMs - a.endMs <= JOIN_BY_ADDRESS_MS &&
      !closedBefore(a, e, join.closes) &&
      !a.events.some(isSessionLogon) &&
      a.events.some(reachedSession),
  );
  return waiting.length === 1 ? waiting[0] : firstAtLogonScreen(waiting, e);
}

/**
 * Does an event naming the attempt's client open an attempt of its own: an anchor logged after the
 * attempt's connection closed (a new logon is a new connection), unless it is the logon of the session
 * the attempt was given, completing after the client left (RdpCoreTS 66, then 102 and LSM 40, then
 * 4624 type 10 for that session: no new connection from the client in between, or it would be the
 * latest attempt of the address).
 */
function startsAnother(join: ServerJoin, a: Attempt, e: NormalizedEvent): boolean {
  return (
    isAnchor(join, e) &&
    (endedBefore(a, e, join.closes) ||
      deniedBefore(a, e) ||
      nlaRefusedBefore(a, e) ||
      securityLogonBefore(join, a, e)) &&
    !completesItsSession(a, e)
  );
}

/**
 * Is `e` one of Security's own traces of a connection (`securityTraces`) after `a` completed its logon (4624 type 10
 * or 7)? A connection signs in once: its client's next NLA, reconnection or logon is another connection, which the
 * Security log alone shows by nothing else.
 */
function securityLogonBefore(join: ServerJoin, a: Attempt, e: NormalizedEvent): boolean {
  return (
    join.securityAnchors.has(e) &&
    a.events.some((x) => x.timeMs < e.timeMs && logKind(x) === 'security' && x.eventId === 4624 && loggedOn(x))
  );
}
