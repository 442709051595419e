/**
 * Logs of the session host itself as sources of attempts, declared by their events' rows (`hostConnection` in
 * src/model/events.ts: RCM/Admin 1158 "accepted a connection from IP address …"). Each record is one connection of
 * that host, and the join key is the computer, the client's address and the time:
 * 1. a record inside an attempt of that client (from `JOIN_BEFORE_MS` before its start to `JOIN_AFTER_MS` after its
 *    end) is that connection's (a second one inside it, mstsc's probe connection, too);
 * 2. an attempt of that client holding none takes the latest record up to `LOGON_SCREEN_MS` before its start (logs
 *    that begin at the logon start the connection up to the logon screen's wait later);
 * 3. a connection the listener logged with no client named (RCM 261 alone) of the same moment (`SAME_MOMENT_MS`)
 *    takes the record, and with it the client's address;
 * 4. any other record is a connection no other log holds: an attempt of its own, `unknown`, with its reason.
 * A new log of the host is its events' rows; this module needs no change.
 */
import type { Attempt } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { eventName, hostConnectionRow } from '../model/events.js';
import { sortByTime } from '../model/order.js';
import { newAttempt } from './attempt-builder.js';
import type { HostNames } from './host-names.js';
import { clientAddress, portOf, rawClientAddress } from './keys.js';

/** A record this long before an attempt's start (clock jitter between the host's logs) is still inside it. */
const JOIN_BEFORE_MS = 5_000;
/** A record this long after an attempt's last event is still inside it. */
const JOIN_AFTER_MS = 5_000;
/** An attempt that begins at its logon (Security, LSM) began up to this long before, at the logon screen. */
const LOGON_SCREEN_MS = 120_000;
/** A listener's connection with no client named this close to a record is the record's. */
const SAME_MOMENT_MS = 3_000;

/** Does the event record a connection on its host (its row says `hostConnection`)? */
export function isHostConnection(e: NormalizedEvent): boolean {
  return hostConnectionRow(e.provider.name, e.eventId) !== undefined;
}

/**
 * Joins the host connection records among `events` to the attempts the connection logs made (`known`, changed in
 * place), and returns the attempts of the records no other log holds.
 */
export function hostConnectionAttempts(
  events: readonly NormalizedEvent[],
  known: readonly Attempt[],
  hosts: HostNames,
  nextId: () => string,
): Attempt[] {
  const records = events.filter(isHostConnection).sort((x, y) => x.timeMs - y.timeMs);
  if (records.length === 0) return [];
  const keyOf = (computer: string, address: string | undefined) =>
    `${hosts.key(computer)}\u0000${address?.toLowerCase() ?? ''}`;
  const candidates = new Map<string, Attempt[]>();
  for (const a of known) {
    if (a.side !== 'server' && a.side !== 'both') continue;
    const key = keyOf(a.computer, a.client.address);
    const list = candidates.get(key);
    if (list) list.push(a);
    else candidates.set(key, [a]);
  }
  const lists = new Map<string, Candidates>();
  for (const [key, list] of candidates) lists.set(key, new Candidates(list));
  const holding = new Set<Attempt>();
  const left: NormalizedEvent[] = [];
  // 1. Inside an attempt of the same client.
  for (const e of records) {
    const inside = lists.get(keyOf(e.computer, clientAddress(e)))?.containing(e.timeMs);
    if (inside) join(inside, e, holding);
    else left.push(e);
  }
  // 2. The latest record before the logon of an attempt of that client holding none (records in time order).
  const leftBy = new Map<string, NormalizedEvent[]>();
  for (const e of left) {
    const key = keyOf(e.computer, clientAddress(e));
    const list = leftBy.get(key);
    if (list) list.push(e);
    else leftBy.set(key, [e]);
  }
  const taken = new Set<NormalizedEvent>();
  for (const a of known) {
    if (holding.has(a) || !a.client.address || (a.side !== 'server' && a.side !== 'both')) continue;
    const list = leftBy.get(keyOf(a.computer, a.client.address));
    if (!list) continue;
    for (let i = lowerBound(list, a.startMs) - 1; i >= 0 && a.startMs - list[i]!.timeMs <= LOGON_SCREEN_MS; i--) {
      if (taken.has(list[i]!)) continue;
      taken.add(list[i]!);
      join(a, list[i]!, holding);
      break;
    }
  }
  const out: Attempt[] = [];
  for (const e of left) {
    if (taken.has(e)) continue;
    // 3. A listener's connection of the same moment that names no client.
    const unnamed = lists.get(keyOf(e.computer, undefined))?.startingNear(e.timeMs, SAME_MOMENT_MS, holding);
    if (unnamed) {
      join(unnamed, e, holding);
      nameClient(unnamed, e);
      continue;
    }
    // 4. A connection no other log holds.
    const row = hostConnectionRow(e.provider.name, e.eventId)!;
    const a = newAttempt(nextId(), hosts.display(e.computer), 'server', e);
    nameClient(a, e);
    a.events.push(e);
    a.progress.accepted = true;
    a.connection = 'tcp';
    a.outcome = 'unknown';
    a.outcomeRule = `a connection that only ${eventName(row)} recorded`;
    a.outcomeReason = `Only ${eventName(row)} shows this connection (${row.meaning.replace(/\.$/, '')}): no other connection log of that time holds it, so how it ended is unknown.`;
    out.push(a);
  }
  return out;
}

/** The index of the first event at or after `t` in a list in time order. */
function lowerBound(list: readonly NormalizedEvent[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.timeMs < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One computer's attempts of one client, by start: which holds a time (the nearest start of those whose span, with
 * the joins' margins, holds it), which starts near it. A burst of records stays a few steps per record.
 */
class Candidates {
  private readonly attempts: Attempt[];
  private readonly starts: number[];
  /** The latest end of the attempts up to each index: no earlier attempt can hold a time after it. */
  private readonly endsUpTo: number[];

  constructor(list: readonly Attempt[]) {
    this.attempts = [...list].sort((x, y) => x.startMs - y.startMs);
    this.starts = this.attempts.map((a) => a.startMs);
    let end = -Infinity;
    this.endsUpTo = this.attempts.map((a) => (end = Math.max(end, a.endMs)));
  }

  /** The index of the first attempt starting after `t`. */
  private upperBound(t: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  containing(t: number): Attempt | undefined {
    let best: Attempt | undefined;
    // Later starts come first: on a tie the earlier attempt wins.
    const closer = (a: Attempt) => !best || Math.abs(a.startMs - t) <= Math.abs(best.startMs - t);
    for (let i = this.upperBound(t + JOIN_BEFORE_MS) - 1; i >= 0; i--) {
      if (this.endsUpTo[i]! + JOIN_AFTER_MS < t) break;
      const a = this.attempts[i]!;
      if (t >= a.startMs - JOIN_BEFORE_MS && t <= a.endMs + JOIN_AFTER_MS && closer(a)) best = a;
    }
    return best;
  }

  startingNear(t: number, ms: number, holding: ReadonlySet<Attempt>): Attempt | undefined {
    let best: Attempt | undefined;
    for (let i = this.upperBound(t + ms) - 1; i >= 0 && this.starts[i]! >= t - ms; i--) {
      const a = this.attempts[i]!;
      if (!holding.has(a) && (!best || Math.abs(a.startMs - t) <= Math.abs(best.startMs - t))) best = a;
    }
    return best;
  }
}

function join(a: Attempt, e: NormalizedEvent, holding: Set<Attempt>): void {
  a.events.push(e);
  sortByTime(a.events);
  holding.add(a);
  if (e.timeMs < a.startMs) {
    a.start = e.timestamp;
    a.startMs = e.timeMs;
  }
  if (e.timeMs > a.endMs) {
    a.end = e.timestamp;
    a.endMs = e.timeMs;
  }
  a.progress.accepted = true;
}

function nameClient(a: Attempt, e: NormalizedEvent): void {
  const address = clientAddress(e);
  if (!address) return;
  const port = portOf(rawClientAddress(e));
  a.client = { ...a.client, address, ...(port !== undefined ? { port } : {}) };
  if (a.connection === 'unknown') a.connection = 'tcp';
}
