/**
 * What an open attempt's events say of it when a server's next event comes (server.ts asks before it joins the event
 * to one): closed, at its session's logon screen, in its handshake, its credentials refused or passed, another
 * connection's by ActivityID, one of several a whole-second export cannot order. Each looks at the attempts and the
 * event, never at the join's indexes.
 */
import type { Attempt } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { logKind, logonType, userOf } from './keys.js';
import {
  isLogonFailure,
  isNetworkLogon,
  isRefusal,
  isSessionLogon,
  isTcpAccept,
  loggedOn,
  nlaResult,
  reachedSession,
} from './server-events.js';

/** An event naming the attempt's client joins it up to this long after its last event. */
export const JOIN_BY_ADDRESS_MS = 60_000;

/** An event without client address joins the attempt open at that moment, if it ended at most this long ago. */
export const JOIN_BY_TIME_MS = 3_000;

const RDPCORE_ENDS = new Set([102, 103]);

/**
 * A listener's 261 logged in the same second as a TCP accept (131) that has no 261 yet, in an export of whole seconds
 * (Splunk classic, NXLog): the two are one connection, the 261 first (by about a millisecond), though the export's
 * order cannot say so. Joined, instead of waiting for the next accept. So too in an export that keeps no ActivityID
 * (EvtxECmd, Velociraptor's EvtxHunter): a 261 without one, after an accept without one (RdpCoreTS always logs under
 * its connection's), within that second; an accept that names its ActivityID is never such an export's.
 */
/** How long after an accept without ActivityID a 261 without one is taken as its connection's. */
export const ACTIVITYLESS_JOIN_MS = 1000;

export function joinsAcceptOfItsSecond(attempts: Attempt[], e: NormalizedEvent): boolean {
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
export function resultOfItsSecond(
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
export function wentOnAfterRefusal(a: Attempt, e: NormalizedEvent): boolean {
  return (
    isRefusal(e) &&
    a.events.some((x) => logKind(x) === 'rdpcore' && (x.eventId === 98 || x.eventId === 66) && x.timeMs > e.timeMs)
  );
}

/**
 * RCM logs under its connection's ActivityID (the GUID RdpCoreTS gives that connection): an RCM event (1149, 1151…)
 * under another ActivityID than the attempt's own is another connection's, whatever its address and time say.
 */
export function ofAnotherConnection(e: NormalizedEvent, a: Attempt): boolean {
  return logKind(e) === 'rcm' && underAnotherActivity(e, a);
}

/** Does `e` carry an ActivityID, and the attempt ActivityIDs of its own, none of them that one? */
export function underAnotherActivity(e: NormalizedEvent, a: Attempt): boolean {
  return !!e.activityId && a.activityIds.length > 0 && !a.activityIds.includes(e.activityId);
}

/**
 * With NLA the session signs in with the credentials CredSSP passed on: of several connections, those whose NLA
 * passed the user of this logon at the logon screen (none when it names no user, or only one connection is left).
 */
export function namingItsUser(list: readonly Attempt[], e: NormalizedEvent): Attempt[] {
  const account = list.length > 1 ? accountOf(userOf(e)) : undefined;
  return account ? list.filter((a) => nlaAccountOf(a) === account) : [];
}

/**
 * A logon typed at the session's logon screen (4624/4625 type 10) goes through a connection still open: when its
 * client's latest connection closed before it, the one of its client's connections that was still open then (of
 * several, the one whose NLA named its user, else the nearest); undefined when the latest is open or none is.
 */
export function connectionTypedThrough(
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
export function accountOf(user: string | undefined): string | undefined {
  const name = user?.split('\\').pop()?.split('@')[0]?.trim().toLowerCase();
  return name ? name : undefined;
}

/**
 * The account the connection's network-level authentication passed (its 4624 type 3, or RCM 1149); a refusal (4625)
 * closes the connection, so no logon at its logon screen follows one.
 */
export function nlaAccountOf(a: Attempt): string | undefined {
  for (let i = a.events.length - 1; i >= 0; i--) {
    const x = a.events[i]!;
    if ((isNetworkLogon(x) && x.eventId === 4624) || (logKind(x) === 'rcm' && x.eventId === 1149)) {
      const account = accountOf(userOf(x));
      if (account) return account;
    }
  }
  return undefined;
}

export function closedBefore(a: Attempt, e: NormalizedEvent, closes: Map<Attempt, RdpCoreMarks>): boolean {
  return (closes.get(a)?.closedMs ?? Infinity) < e.timeMs - 1000;
}

/** Of an attempt's events, what the joins ask: when it closed, and whether it reached a session or a logon. */
export interface RdpCoreMarks {
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

export function noteMarks(closes: Map<Attempt, RdpCoreMarks>, a: Attempt, e: NormalizedEvent): void {
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
export function logsOnAnotherConnection(e: NormalizedEvent, a: Attempt): boolean {
  if (!(e.eventId === 21 || e.eventId === 22 || e.eventId === 23 || e.eventId === 41 || e.eventId === 42)) return false;
  return !!e.activityId && a.activityIds.length > 0 && !a.activityIds.includes(e.activityId);
}

/**
 * A session left at the logon screen after its connection closed lingers, and LSM goes on logging it (39/40 when
 * it is reset, days later): housekeeping of a session nobody signed in to, not more of that connection.
 */
export function outlivedItsConnection(e: NormalizedEvent, a: Attempt, closes: Map<Attempt, RdpCoreMarks>): boolean {
  const marks = closes.get(a);
  return !!marks && !marks.loggedOn && marks.closedMs < e.timeMs - 1000;
}

/**
 * Of several connections of one client waiting for their session's logon, the one whose session was given first
 * (RdpCoreTS 66 or LSM's arbitration, before the logon): logons complete in the order their logon screens came, as far as records without
 * a key (a Security logon names no connection, its source port is 0) can tell; undefined when none or not one shows it.
 */
export function firstAtLogonScreen(pool: readonly Attempt[], e: NormalizedEvent): Attempt | undefined {
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
export function soleLogonScreenAt(
  attempts: Attempt[],
  ms: number,
  closes: Map<Attempt, RdpCoreMarks>,
): Attempt | undefined {
  return soleAt(attempts, ms, LOGON_SCREEN_MS, (a) => {
    const marks = closes.get(a);
    return !!marks?.session && !marks.loggedOn && marks.closedMs > ms;
  });
}

/**
 * Of the latest 50 attempts open at `ms` and heard of within `withinMs`, the one in the state `holds` tells; undefined
 * when none is, or several are (time alone cannot tell them apart).
 */
function soleAt(
  attempts: Attempt[],
  ms: number,
  withinMs: number,
  holds: (a: Attempt) => boolean,
): Attempt | undefined {
  let found: Attempt | undefined;
  for (let i = attempts.length - 1; i >= 0 && i >= attempts.length - 50; i--) {
    const a = attempts[i];
    if (a.startMs > ms || ms - a.endMs > withinMs || !holds(a)) continue;
    if (found) return undefined;
    found = a;
  }
  return found;
}

/** Are at least two of these attempts still open (not closed) and recent at the event's time? */
export function openAtLeastTwo(
  list: Attempt[] | undefined,
  e: NormalizedEvent,
  closes: Map<Attempt, RdpCoreMarks>,
): boolean {
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
export function distance(a: Attempt, e: NormalizedEvent): number {
  let best = Infinity;
  for (const x of a.events) {
    const d = Math.abs(x.timeMs - e.timeMs);
    if (d < best) best = d;
  }
  return best;
}

/**
 * Did `a`'s network-level authentication fail (a 4625 type 3) before `e`? Windows closes a connection whose CredSSP
 * credentials it refused (mstsc asks again on a new connection), so a later logon from that client is another's.
 */
export function nlaRefusedBefore(a: Attempt, e: NormalizedEvent): boolean {
  return a.events.some((x) => isLogonFailure(x) && logonType(x) === 3 && x.timeMs < e.timeMs);
}

/** A 4825 ends its connection (Windows denied the session and disconnected the client): a later logon is a retry. */
export function deniedBefore(a: Attempt, e: NormalizedEvent): boolean {
  return a.events.some((x) => x.eventId === 4825 && logKind(x) === 'security' && x.timeMs < e.timeMs);
}

/** Is `e` a remote-interactive logon for the session `a` was given (RdpCoreTS 66) before any logon completed in it? */
export function completesItsSession(a: Attempt, e: NormalizedEvent): boolean {
  if (!(logKind(e) === 'security' && e.eventId === 4624 && logonType(e) === 10)) return false;
  if (a.sessionId === undefined || !a.events.some((x) => logKind(x) === 'rdpcore' && x.eventId === 66)) return false;
  return !a.events.some(loggedOn);
}

/** The attempt already ended (its connection closed) before this event: a new logon is a new attempt. */
export function endedBefore(a: Attempt, e: NormalizedEvent, closes: Map<Attempt, RdpCoreMarks>): boolean {
  return (closes.get(a)?.firstEndMs ?? Infinity) < e.timeMs - 1000;
}

/** An address-less event (an NLA 4625 whose IpAddress is `-`) joins a handshake this long after its last event. */
export const JOIN_HANDSHAKE_MS = 30_000;

/**
 * The one connection still in its handshake at `ms` (accepted, not closed, no session yet, heard of within
 * JOIN_HANDSHAKE_MS): NLA can take seconds (a password prompt), so its logon result may come after a pause.
 * When several are open, time alone cannot tell, and none is returned.
 */
export function soleHandshakeAt(
  attempts: Attempt[],
  ms: number,
  closes: Map<Attempt, RdpCoreMarks>,
): Attempt | undefined {
  return soleAt(attempts, ms, JOIN_HANDSHAKE_MS, (a) => !closes.get(a)?.closedOrInSession);
}

/** The attempt that was in progress at `ms` (or ended just before), preferring the latest one. */
export function attemptOpenAt(attempts: Attempt[], ms: number): Attempt | undefined {
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
export function refusedOpenAt(
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
export function acceptWithoutObject(attempts: Attempt[], e: NormalizedEvent): Attempt | undefined {
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
export function reusesActivity(e: NormalizedEvent, a: Attempt, closes: Map<Attempt, RdpCoreMarks>): boolean {
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
