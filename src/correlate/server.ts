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
  logonType,
  portOf,
  rawClientAddress,
  sessionIdOf,
  userOf,
} from './keys.js';
import { newAttempt } from './attempt-builder.js';
import {
  isAnchorWithoutRdpCore,
  isConnectionEvent,
  isLogonFailure,
  isNetworkLogon,
  isRefusal,
  isRemoteLogonResult,
  isSessionLogon,
  isTcpAccept,
  LSM_CONNECTION_EVENTS,
  loggedOn,
  nlaResult,
  reachedSession,
  securityTraces,
} from './server-events.js';

/** An event naming the attempt's client joins it up to this long after its last event. */
const JOIN_BY_ADDRESS_MS = 60_000;
/** An event naming the attempt's client may come this long before the attempt's first event (clock jitter between logs). */
const JOIN_BEFORE_START_MS = 5_000;
/** An event without client address joins the attempt open at that moment, if it ended at most this long ago. */
const JOIN_BY_TIME_MS = 3_000;
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

const RDPCORE_ENDS = new Set([102, 103]);
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
 * A listener's 261 logged in the same second as a TCP accept (131) that has no 261 yet, in an export of whole seconds
 * (Splunk classic, NXLog): the two are one connection, the 261 first (by about a millisecond), though the export's
 * order cannot say so. Joined, instead of waiting for the next accept. So too in an export that keeps no ActivityID
 * (EvtxECmd, Velociraptor's EvtxHunter): a 261 without one, after an accept without one (RdpCoreTS always logs under
 * its connection's), within that second; an accept that names its ActivityID is never such an export's.
 */
/** How long after an accept without ActivityID a 261 without one is taken as its connection's. */
const ACTIVITYLESS_JOIN_MS = 1000;

function joinsAcceptOfItsSecond(attempts: Attempt[], e: NormalizedEvent): boolean {
  const wholeSeconds = (e.timePrecisionMs ?? 0) >= 1000;
  const precision = wholeSeconds ? e.timePrecisionMs! : e.activityId === undefined ? ACTIVITYLESS_JOIN_MS : 0;
  if (precision === 0) return false;
  // The accepts of that second in their order, and the 261s in theirs: the earliest accept still without its 261.
  let mine: Attempt | undefined;
  for (let i = attempts.length - 1; i >= 0 && i >= attempts.length - 50; i--) {
    const a = attempts[i];
    if (e.timeMs - a.startMs >= precision) break;
    if (a.startMs > e.timeMs || !a.events.some(isTcpAccept)) continue;
    if (!wholeSeconds && a.activityIds.length > 0) continue;
    if (!a.events.some((x) => x.eventId === 261 && logKind(x) === 'rcm')) mine = a;
  }
  if (!mine) return false;
  // Of whole seconds the 261 comes first; else where its time puts it.
  const at = wholeSeconds ? 0 : mine.events.findIndex((x) => x.timestamp > e.timestamp);
  mine.events.splice(at < 0 ? mine.events.length : at, 0, e);
  return true;
}

/**
 * The connection an authentication result of whole seconds (Splunk classic, NXLog) belongs to, among its client's
 * (all, when it names none) still in their handshake (accepted within JOIN_HANDSHAKE_MS, not past the security
 * exchange in an earlier second: no 98, no 66; not closed before the result's second), without a result of the
 * same log yet: a refusal the earliest of those not passed, a pass the latest of those not refused. Windows decides
 * a connection's credentials before it goes on or closes it, and a burst's refusals come in the order of their
 * connections, while the one that passes goes on; within one second the export cannot order a result and the close
 * of its connection, so "closed before" is only known a second later.
 */
function resultOfItsSecond(
  list: Attempt[] | undefined,
  e: NormalizedEvent,
  closes: Map<Attempt, RdpCoreMarks>,
): Attempt | undefined {
  const precision = e.timePrecisionMs ?? 0;
  const result = nlaResult(e);
  if (!list || precision < 1000 || e.activityId || !result) return undefined;
  let found: Attempt | undefined;
  for (let i = list.length - 1; i >= 0 && i >= list.length - 200; i--) {
    const a = list[i];
    if (a.startMs < e.timeMs - JOIN_HANDSHAKE_MS) break;
    if (a.startMs > e.timeMs || (closes.get(a)?.firstEndMs ?? Infinity) < e.timeMs) continue;
    const taken = a.events.some((x) => {
      if (logKind(x) === 'rdpcore' && (x.eventId === 98 || x.eventId === 66)) return x.timeMs < e.timeMs;
      const r = nlaResult(x);
      return !!r && (r.log === result.log || r.refused !== result.refused);
    });
    if (taken) continue;
    found = a;
    if (!result.refused) break;
  }
  return found;
}

/**
 * Is `e` a refusal of the credentials (RdpCoreTS 140, an NLA 4625) and did `a` go on past the security exchange after
 * it (RdpCoreTS 98 or 66)? Windows closes a connection whose credentials it refused, so that refusal was another's.
 */
function wentOnAfterRefusal(a: Attempt, e: NormalizedEvent): boolean {
  return (
    isRefusal(e) &&
    a.events.some((x) => logKind(x) === 'rdpcore' && (x.eventId === 98 || x.eventId === 66) && x.timeMs > e.timeMs)
  );
}

/**
 * RCM logs under its connection's ActivityID (the GUID RdpCoreTS gives that connection): an RCM event (1149, 1151…)
 * under another ActivityID than the attempt's own is another connection's, whatever its address and time say.
 */
function ofAnotherConnection(e: NormalizedEvent, a: Attempt): boolean {
  return logKind(e) === 'rcm' && underAnotherActivity(e, a);
}

/** Does `e` carry an ActivityID, and the attempt ActivityIDs of its own, none of them that one? */
function underAnotherActivity(e: NormalizedEvent, a: Attempt): boolean {
  return !!e.activityId && a.activityIds.length > 0 && !a.activityIds.includes(e.activityId);
}

/**
 * With NLA the session signs in with the credentials CredSSP passed on: of several connections, those whose NLA
 * passed the user of this logon at the logon screen (none when it names no user, or only one connection is left).
 */
function namingItsUser(list: readonly Attempt[], e: NormalizedEvent): Attempt[] {
  const account = list.length > 1 ? accountOf(userOf(e)) : undefined;
  return account ? list.filter((a) => nlaAccountOf(a) === account) : [];
}

/**
 * A logon typed at the session's logon screen (4624/4625 type 10) goes through a connection still open: when its
 * client's latest connection closed before it, the one of its client's connections that was still open then (of
 * several, the one whose NLA named its user, else the nearest); undefined when the latest is open or none is.
 */
function connectionTypedThrough(
  list: readonly Attempt[] | undefined,
  e: NormalizedEvent,
  closes: Map<Attempt, RdpCoreMarks>,
): Attempt | undefined {
  if (!list?.length) return undefined;
  const slack = e.timePrecisionMs ?? 0;
  const closed = (a: Attempt) => (closes.get(a)?.firstEndMs ?? Infinity) < e.timeMs - slack;
  if (!closed(list[list.length - 1]!)) return undefined;
  const open: Attempt[] = [];
  for (let i = list.length - 1; i >= 0; i--) {
    const a = list[i]!;
    if (e.timeMs - a.endMs > JOIN_BY_ADDRESS_MS) break;
    if (a.startMs <= e.timeMs && !closed(a)) open.push(a);
  }
  const named = namingItsUser(open, e);
  const pool = named.length ? named : open;
  return pool.length > 1 ? pool.reduce((best, a) => (distance(a, e) < distance(best, e) ? a : best)) : pool[0];
}

/** An account's name without its domain, lower case (`CORP\\ana`, `ana@corp.example.test` → `ana`). */
function accountOf(user: string | undefined): string | undefined {
  const name = user?.split('\\').pop()?.split('@')[0]?.trim().toLowerCase();
  return name ? name : undefined;
}

/**
 * The account the connection's network-level authentication passed (its 4624 type 3, or RCM 1149); a refusal (4625)
 * closes the connection, so no logon at its logon screen follows one.
 */
function nlaAccountOf(a: Attempt): string | undefined {
  for (let i = a.events.length - 1; i >= 0; i--) {
    const x = a.events[i]!;
    if ((isNetworkLogon(x) && x.eventId === 4624) || (logKind(x) === 'rcm' && x.eventId === 1149)) {
      const account = accountOf(userOf(x));
      if (account) return account;
    }
  }
  return undefined;
}

function closedBefore(a: Attempt, e: NormalizedEvent, closes: Map<Attempt, RdpCoreMarks>): boolean {
  return (closes.get(a)?.closedMs ?? Infinity) < e.timeMs - 1000;
}

/** Of an attempt's events, what the joins ask: when it closed, and whether it reached a session or a logon. */
interface RdpCoreMarks {
  /** The earliest RdpCoreTS 102/103 (connection closed), or Infinity. */
  firstEndMs: number;
  /** A 102/103, 66 or 98 was logged (closed, or in a session). */
  closedOrInSession: boolean;
  /** RdpCoreTS 66 gave it a session (the logon screen, at least). */
  session: boolean;
  /** The earliest event that closed it or its session (RdpCoreTS 102/103, LSM 23/24/39/40), or Infinity. */
  closedMs: number;
  /** A logon completed in it (LSM 21/22/25, Security 4624 type 10). */
  loggedOn: boolean;
}

function noteMarks(closes: Map<Attempt, RdpCoreMarks>, a: Attempt, e: NormalizedEvent): void {
  const kind = logKind(e);
  const ends = kind === 'rdpcore' && RDPCORE_ENDS.has(e.eventId);
  const session = kind === 'rdpcore' && (e.eventId === 66 || e.eventId === 98);
  const sessionEnds = kind === 'lsm' && LSM_SESSION_ENDS.has(e.eventId);
  const logon = loggedOn(e) && !(kind === 'security' && logonType(e) === 7);
  if (!ends && !session && !sessionEnds && !logon) return;
  let marks = closes.get(a);
  if (!marks)
    closes.set(
      a,
      (marks = { firstEndMs: Infinity, closedOrInSession: false, session: false, closedMs: Infinity, loggedOn: false }),
    );
  if (ends || session) marks.closedOrInSession = true;
  if (ends && e.timeMs < marks.firstEndMs) marks.firstEndMs = e.timeMs;
  if (e.eventId === 66) marks.session = true;
  if ((ends || sessionEnds) && e.timeMs < marks.closedMs) marks.closedMs = e.timeMs;
  if (logon) marks.loggedOn = true;
}

/** LSM events that end a connection's hold on its session: logoff (23), disconnect (24, 39, 40). */
const LSM_SESSION_ENDS = new Set([23, 24, 39, 40]);

/**
 * A logon, logoff or arbitration (LSM 21/22/23/41/42) under another connection's ActivityID is that connection's, not
 * this session's: LSM logs them under the ActivityID of the connection that caused them (a console logon and its
 * logoff under the console's own), so a logoff under the console's is no step of a remote connection open then.
 */
function logsOnAnotherConnection(e: NormalizedEvent, a: Attempt): boolean {
  if (!(e.eventId === 21 || e.eventId === 22 || e.eventId === 23 || e.eventId === 41 || e.eventId === 42)) return false;
  return !!e.activityId && a.activityIds.length > 0 && !a.activityIds.includes(e.activityId);
}

/**
 * A session left at the logon screen after its connection closed lingers, and LSM goes on logging it (39/40 when
 * it is reset, days later): housekeeping of a session nobody signed in to, not more of that connection.
 */
function outlivedItsConnection(e: NormalizedEvent, a: Attempt, closes: Map<Attempt, RdpCoreMarks>): boolean {
  const marks = closes.get(a);
  return !!marks && !marks.loggedOn && marks.closedMs < e.timeMs - 1000;
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
 * Of several connections of one client waiting for their session's logon, the one whose session was given first
 * (RdpCoreTS 66 or LSM's arbitration, before the logon): logons complete in the order their logon screens came, as far as records without
 * a key (a Security logon names no connection, its source port is 0) can tell; undefined when none or not one shows it.
 */
function firstAtLogonScreen(pool: readonly Attempt[], e: NormalizedEvent): Attempt | undefined {
  if (!isSessionLogon(e)) return undefined;
  let first: { a: Attempt; ms: number } | undefined;
  let tie = false;
  for (const a of pool) {
    const given = a.events.find((x) => reachedSession(x) && x.timeMs <= e.timeMs);
    if (!given) continue;
    if (first && given.timeMs === first.ms) tie = true;
    else if (!first || given.timeMs < first.ms) {
      first = { a, ms: given.timeMs };
      tie = false;
    }
  }
  return tie ? undefined : first?.a;
}

/**
 * How long a connection may sit at the session's logon screen between two events: the user types, fails, types
 * again (Windows disconnects an idle logon screen after a few minutes).
 */
const LOGON_SCREEN_MS = 10 * 60_000;

/**
 * The one connection at its session's logon screen at `ms`: given a session (RdpCoreTS 66), not closed, no logon
 * completed, heard of within LOGON_SCREEN_MS. A Hyper-V enhanced session or a host without NLA asks for the
 * password there, so each try's 4625 (and the final 4624) of logon type 10 names no client: they are steps of
 * that connection, not connections of their own. When several are at a logon screen, time alone cannot tell.
 */
function soleLogonScreenAt(attempts: Attempt[], ms: number, closes: Map<Attempt, RdpCoreMarks>): Attempt | undefined {
  let found: Attempt | undefined;
  for (let i = attempts.length - 1; i >= 0 && i >= attempts.length - 50; i--) {
    const a = attempts[i];
    if (a.startMs > ms || ms - a.endMs > LOGON_SCREEN_MS) continue;
    const marks = closes.get(a);
    if (!marks?.session || marks.loggedOn || marks.closedMs <= ms) continue;
    if (found) return undefined;
    found = a;
  }
  return found;
}

/** Are at least two of these attempts still open (not closed) and recent at the event's time? */
function openAtLeastTwo(list: Attempt[] | undefined, e: NormalizedEvent, closes: Map<Attempt, RdpCoreMarks>): boolean {
  if (!list) return false;
  let n = 0;
  for (let i = list.length - 1; i >= 0; i--) {
    const a = list[i];
    if (e.timeMs - a.endMs > JOIN_BY_ADDRESS_MS) break;
    if ((closes.get(a)?.firstEndMs ?? Infinity) === Infinity && ++n > 1) return true;
  }
  return false;
}

/** How close in time an event is to the nearest event an attempt already has. */
function distance(a: Attempt, e: NormalizedEvent): number {
  let best = Infinity;
  for (const x of a.events) {
    const d = Math.abs(x.timeMs - e.timeMs);
    if (d < best) best = d;
  }
  return best;
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

/**
 * Did `a`'s network-level authentication fail (a 4625 type 3) before `e`? Windows closes a connection whose CredSSP
 * credentials it refused (mstsc asks again on a new connection), so a later logon from that client is another's.
 */
function nlaRefusedBefore(a: Attempt, e: NormalizedEvent): boolean {
  return a.events.some((x) => isLogonFailure(x) && logonType(x) === 3 && x.timeMs < e.timeMs);
}

/** A 4825 ends its connection (Windows denied the session and disconnected the client): a later logon is a retry. */
function deniedBefore(a: Attempt, e: NormalizedEvent): boolean {
  return a.events.some((x) => x.eventId === 4825 && logKind(x) === 'security' && x.timeMs < e.timeMs);
}

/** Is `e` a remote-interactive logon for the session `a` was given (RdpCoreTS 66) before any logon completed in it? */
function completesItsSession(a: Attempt, e: NormalizedEvent): boolean {
  if (!(logKind(e) === 'security' && e.eventId === 4624 && logonType(e) === 10)) return false;
  if (a.sessionId === undefined || !a.events.some((x) => logKind(x) === 'rdpcore' && x.eventId === 66)) return false;
  return !a.events.some(loggedOn);
}

/** The attempt already ended (its connection closed) before this event: a new logon is a new attempt. */
function endedBefore(a: Attempt, e: NormalizedEvent, closes: Map<Attempt, RdpCoreMarks>): boolean {
  return (closes.get(a)?.firstEndMs ?? Infinity) < e.timeMs - 1000;
}

/** An address-less event (an NLA 4625 whose IpAddress is `-`) joins a handshake this long after its last event. */
const JOIN_HANDSHAKE_MS = 30_000;

/**
 * The one connection still in its handshake at `ms` (accepted, not closed, no session yet, heard of within
 * JOIN_HANDSHAKE_MS): NLA can take seconds (a password prompt), so its logon result may come after a pause.
 * When several are open, time alone cannot tell, and none is returned.
 */
function soleHandshakeAt(attempts: Attempt[], ms: number, closes: Map<Attempt, RdpCoreMarks>): Attempt | undefined {
  let found: Attempt | undefined;
  for (let i = attempts.length - 1; i >= 0 && i >= attempts.length - 50; i--) {
    const a = attempts[i];
    if (a.startMs > ms || ms - a.endMs > JOIN_HANDSHAKE_MS) continue;
    if (closes.get(a)?.closedOrInSession) continue;
    if (found) return undefined;
    found = a;
  }
  return found;
}

/** The attempt that was in progress at `ms` (or ended just before), preferring the latest one. */
function attemptOpenAt(attempts: Attempt[], ms: number): Attempt | undefined {
  for (let i = attempts.length - 1; i >= 0 && i >= attempts.length - 50; i--) {
    const a = attempts[i];
    if (a.startMs <= ms && ms - a.endMs <= JOIN_BY_TIME_MS) return a;
  }
  return undefined;
}

/** RdpCoreTS's records of a connection's teardown that name no connection (socket errors, close, reason, idle, channels). */
const RDPCORE_TEARDOWN = new Set([102, 103, 142, 143, 145, 148, 226]);

/**
 * The connection whose credentials were refused (RdpCoreTS 140, 4625) and that has not closed, for a teardown record
 * of whole seconds that names no connection: Windows closes a refused connection next, so without ActivityIDs
 * (Splunk classic) the teardown is that connection's, not the latest one's of the same seconds.
 */
function refusedOpenAt(
  attempts: Attempt[],
  e: NormalizedEvent,
  closes: Map<Attempt, RdpCoreMarks>,
): Attempt | undefined {
  if ((e.timePrecisionMs ?? 0) < 1000 || logKind(e) !== 'rdpcore' || !RDPCORE_TEARDOWN.has(e.eventId)) return undefined;
  for (let i = attempts.length - 1; i >= 0 && i >= attempts.length - 50; i--) {
    const a = attempts[i];
    if (a.startMs > e.timeMs || e.timeMs - a.endMs > JOIN_BY_TIME_MS) continue;
    if ((closes.get(a)?.firstEndMs ?? Infinity) < e.timeMs) continue;
    if (a.events.some(isRefusal) && !a.events.some((x) => x.eventId === 66 && logKind(x) === 'rdpcore')) return a;
  }
  return undefined;
}

/** The latest TCP accept (131) of the last seconds still without its connection object (65): one each. */
function acceptWithoutObject(attempts: Attempt[], e: NormalizedEvent): Attempt | undefined {
  for (let i = attempts.length - 1; i >= 0 && i >= attempts.length - 50; i--) {
    const a = attempts[i];
    if (e.timeMs - a.startMs > JOIN_BY_TIME_MS) break;
    if (!a.events.some(isTcpAccept)) continue;
    return a.events.some((x) => x.eventId === 65 && logKind(x) === 'rdpcore') ? undefined : a;
  }
  return undefined;
}

/**
 * What a connection logs after its close (RdpCoreTS 102/103) comes within this: the rest of its teardown, the session
 * manager's disconnect (LSM 24/40). In every sample and corpus log, within a second.
 */
const TEARDOWN_MS = 60_000;

/**
 * Records RdpCoreTS logs once a connection, under its ActivityID: the accept of its UDP side transport (under that
 * one's own), the connection object (65), the security exchange (98), its session (66), its performance counters
 * (141). Seen twice under one ActivityID in real logs only seconds apart (a 66 again within 5 s).
 */
const RDPCORE_ONCE_A_CONNECTION = new Set([65, 66, 98, 131, 141]);

/**
 * An ActivityID names one connection only while it lives: is `e`, under an ActivityID attempt `a` holds, another
 * connection's (a crafted log, a GUID source that repeats)? When it comes over TEARDOWN_MS after `a`'s connection
 * closed; or, whenever it comes, when it is a record a connection logs once: a TCP accept when `a` had its own, any
 * other (`RDPCORE_ONCE_A_CONNECTION`) when `a` had one under that ActivityID over a minute before. A connection open for
 * days, its close logged days later, keeps every record of its ActivityID: only a close or a second opening frees it.
 */
function reusesActivity(e: NormalizedEvent, a: Attempt, closes: Map<Attempt, RdpCoreMarks>): boolean {
  if (e.timeMs - (closes.get(a)?.firstEndMs ?? Infinity) > TEARDOWN_MS) return true;
  if (logKind(e) !== 'rdpcore' || !RDPCORE_ONCE_A_CONNECTION.has(e.eventId)) return false;
  if (isTcpAccept(e)) return a.events.some(isTcpAccept);
  return a.events.some(
    (x) =>
      x.eventId === e.eventId &&
      x.activityId === e.activityId &&
      logKind(x) === 'rdpcore' &&
      !isTcpAccept(x) &&
      e.timeMs - x.timeMs > JOIN_BY_ADDRESS_MS,
  );
}
