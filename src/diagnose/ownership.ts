/**
 * Evidence that belongs to its attempt. Events logged once per connection (Security logons, Schannel
 * handshake errors, the RDP logs) are evidence for one attempt only: the one the correlator put them in,
 * or, for events it left out (Schannel, address-less logons), the one connection they fall inside, one
 * to one (a burst of 300 handshakes at the same millisecond gives each its own Schannel pair). Host
 * conditions (certificate, licensing, policy events) stay shared by every attempt they explain.
 */
import { clientAddress, connectionName, mayBelongToAttempt, sessionIdOf } from '../correlate/index.js';
import type { Attempt } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';

/** An unclaimed per-connection event goes to an attempt at most this far from it. */
export const OWNERSHIP_SLACK_MS = 30_000;
const SLACK_MS = OWNERSHIP_SLACK_MS;
/** An attempt that already has an event of this id counts as this much farther away (bursts of handshakes). */
const ALREADY_HAS_ONE_MS = 2_000;
/** How many attempts before the event's time are looked at (long sessions stay open for hours). */
const LOOK_BACK = 400;

/** Logged once per connection attempt, so evidence for one attempt only. */
export function isPerConnection(e: NormalizedEvent): boolean {
  if (mayBelongToAttempt(e)) return true;
  const p = e.provider.name.toLowerCase();
  return p === 'schannel' || p.endsWith('-schannel') || e.provider.eventSourceName?.toLowerCase() === 'schannel';
}

/** Ties an event to its attempt by content (client address, ActivityID, connection, session), not by time alone. */
function namesItsConnection(e: NormalizedEvent, a: Attempt): boolean {
  if (clientAddress(e)) return true;
  // RdpCoreTS and RDPClient events join their attempt by ActivityID.
  if (e.activityId && (a.activityIds.includes(e.activityId) || a.clientEvents.includes(e))) return true;
  return connectionName(e) !== undefined || sessionIdOf(e) !== undefined;
}

export class EvidenceOwners {
  private readonly owner = new Map<NormalizedEvent, string>();
  /** Per attempt id, the events given to it here (beyond its own), in time order. */
  private readonly assigned = new Map<string, NormalizedEvent[]>();

  /**
   * `attempts`: every attempt (their own events are theirs); `unclaimed`: the per-connection events of
   * each computer that no attempt holds, keyed as `key` keys attempts' computers.
   */
  constructor(
    attempts: readonly Attempt[],
    unclaimed: Map<string, NormalizedEvent[]>,
    key: (computer: string) => string,
  ) {
    for (const a of attempts)
      for (const e of [...a.events, ...a.clientEvents, ...a.probeEvents, ...(a.redirectedFrom?.events ?? [])])
        this.owner.set(e, a.id);
    const byHost = new Map<string, Attempt[]>();
    for (const a of attempts) {
      if (a.side === 'client') continue;
      const k = key(a.computer);
      const list = byHost.get(k);
      if (list) list.push(a);
      else byHost.set(k, [a]);
    }
    for (const [host, events] of unclaimed) {
      const list = byHost.get(host);
      if (!list) continue;
      list.sort((x, y) => x.startMs - y.startMs);
      this.assign(
        list,
        events.filter((e) => !this.owner.has(e)),
      );
    }
  }

  /** Events in time order to the attempts of one computer (sorted by start), one to one where possible. */
  private assign(attempts: Attempt[], events: NormalizedEvent[]): void {
    /** Per attempt, the event ids it already took, so a second event of the same id prefers a neighbour. */
    const taken = new Map<Attempt, Set<number>>();
    for (const e of events) {
      const addr = clientAddress(e);
      const hi = upperBound(attempts, e.timeMs + SLACK_MS);
      let best: Attempt | undefined;
      let bestScore = Infinity;
      for (let i = hi - 1; i >= 0 && i >= hi - LOOK_BACK; i--) {
        const a = attempts[i];
        if (addr && a.client.address && a.client.address !== addr) continue;
        const gap = e.timeMs < a.startMs ? a.startMs - e.timeMs : e.timeMs > a.endMs ? e.timeMs - a.endMs : 0;
        if (gap > SLACK_MS) continue;
        // Inside beats near; an attempt without this kind of event yet beats one that has it.
        const score =
          gap + (taken.get(a)?.has(e.eventId) ? ALREADY_HAS_ONE_MS : 0) + (a.outcome === 'succeeded' ? 1 : 0);
        if (score < bestScore) {
          best = a;
          bestScore = score;
          if (score === 0) break; // inside, nothing of this kind yet: as good as it gets
        }
      }
      if (!best) continue;
      this.owner.set(e, best.id);
      const list = this.assigned.get(best.id);
      if (list) list.push(e);
      else this.assigned.set(best.id, [e]);
      let ids = taken.get(best);
      if (!ids) taken.set(best, (ids = new Set()));
      ids.add(e.eventId);
    }
  }

  /** Does some attempt own this event (so it is evidence for that one only)? */
  owns(e: NormalizedEvent): boolean {
    return this.owner.has(e);
  }

  private readonly merged = new Map<string, NormalizedEvent[]>();

  /** The attempt's server-side events, its own and those given to it here, in time order (built once). */
  serverEventsOf(a: Attempt): NormalizedEvent[] {
    const extra = this.assigned.get(a.id);
    if (!extra) return a.events;
    let list = this.merged.get(a.id);
    if (!list) this.merged.set(a.id, (list = [...a.events, ...extra].sort((x, y) => x.timeMs - y.timeMs)));
    return list;
  }

  /** The event is this attempt's by the moment it was logged only: it names no client or connection. */
  linkedByTimeOnly(e: NormalizedEvent, a: Attempt): boolean {
    return this.owner.get(e) === a.id && !namesItsConnection(e, a);
  }
}

function upperBound(attempts: readonly Attempt[], ms: number): number {
  let lo = 0;
  let hi = attempts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (attempts[mid].startMs <= ms) lo = mid + 1;
    else hi = mid;
  }
  return hi;
}
