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
  const records = events.filter(isHostConnection);
  if (records.length === 0) return [];
  const candidates = new Map<string, Attempt[]>();
  for (const a of known) {
    if (a.side !== 'server' && a.side !== 'both') continue;
    const key = `${hosts.key(a.computer)}\u0000${a.client.address?.toLowerCase() ?? ''}`;
    const list = candidates.get(key);
    if (list) list.push(a);
    else candidates.set(key, [a]);
  }
  const of = (e: NormalizedEvent, address: string | undefined) =>
    candidates.get(`${hosts.key(e.computer)}\u0000${address?.toLowerCase() ?? ''}`) ?? [];
  const holding = new Set<Attempt>();
  const left: NormalizedEvent[] = [];
  // 1. Inside an attempt of the same client.
  for (const e of records) {
    const inside = nearest(
      of(e, clientAddress(e)).filter(
        (a) => e.timeMs >= a.startMs - JOIN_BEFORE_MS && e.timeMs <= a.endMs + JOIN_AFTER_MS,
      ),
      e.timeMs,
    );
    if (inside) join(inside, e, holding);
    else left.push(e);
  }
  // 2. The latest record before the logon of an attempt of that client holding none.
  const taken = new Set<NormalizedEvent>();
  for (const a of known) {
    if (holding.has(a) || !a.client.address || (a.side !== 'server' && a.side !== 'both')) continue;
    let latest: NormalizedEvent | undefined;
    for (const e of left)
      if (
        !taken.has(e) &&
        e.timeMs < a.startMs &&
        a.startMs - e.timeMs <= LOGON_SCREEN_MS &&
        hosts.key(e.computer) === hosts.key(a.computer) &&
        clientAddress(e)?.toLowerCase() === a.client.address.toLowerCase() &&
        (!latest || e.timeMs > latest.timeMs)
      )
        latest = e;
    if (latest) {
      taken.add(latest);
      join(a, latest, holding);
    }
  }
  const out: Attempt[] = [];
  for (const e of left) {
    if (taken.has(e)) continue;
    // 3. A listener's connection of the same moment that names no client.
    const unnamed = nearest(
      of(e, undefined).filter((a) => !holding.has(a) && Math.abs(a.startMs - e.timeMs) <= SAME_MOMENT_MS),
      e.timeMs,
    );
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

/** The attempt whose start is nearest `t` (the earlier one on a tie). */
function nearest(list: readonly Attempt[], t: number): Attempt | undefined {
  let best: Attempt | undefined;
  for (const a of list) if (!best || Math.abs(a.startMs - t) < Math.abs(best.startMs - t)) best = a;
  return best;
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
