/**
 * Evidence that belongs to its attempt. Events logged once per connection (Security logons, Schannel
 * handshake errors, the RDP logs) are evidence for one attempt only: the one the correlator put them in,
 * or, for events it left out (Schannel, address-less logons), the one connection they fall inside, one
 * to one (a burst of 300 handshakes at the same millisecond gives each its own Schannel pair). Host
 * conditions (certificate, licensing, policy events) stay shared by every attempt they explain.
 */
import { mergeByTime, mergeTwoByTime } from '../model/order.js';
import { clientAddress, connectionName, mayBelongToAttempt, sessionIdOf } from '../correlate/index.js';
import { type Attempt, serverLogged } from '../model/attempt.js';
import type { NormalizedEvent, Provider } from '../model/event.js';

/** An unclaimed per-connection event goes to an attempt at most this far from it. */
export const OWNERSHIP_SLACK_MS = 30_000;
const SLACK_MS = OWNERSHIP_SLACK_MS;
/** An attempt that already has an event of this id counts as this much farther away (bursts of handshakes). */
const ALREADY_HAS_ONE_MS = 2_000;
/** How many attempts before the event's time are looked at (long sessions stay open for hours). */
const LOOK_BACK = 400;

/**
 * The attempt's first event is its acceptance (the listener's RCM 261, RdpCoreTS 131): what the connection logs
 * (its handshake, its logon) comes after it, so an event long before it is another connection's.
 */
function opensWithAcceptance(a: Attempt): boolean {
  const first = a.probeEvents[0] ?? a.events[0];
  if (!first || a.startMs !== first.timeMs) return false;
  return (
    (first.eventId === 261 && /remoteconnectionmanager/i.test(first.channel)) ||
    (first.eventId === 131 && /rdpcorets/i.test(first.channel))
  );
}
/** Nothing but the listener's acceptance (RCM 261) is logged of the attempt. */
function onlyAccepted(a: Attempt): boolean {
  return (
    a.clientEvents.length === 0 &&
    a.probeEvents.length === 0 &&
    a.events.length > 0 &&
    a.events.every((e) => e.eventId === 261 && /remoteconnectionmanager/i.test(e.channel))
  );
}

function isRdpCore(e: NormalizedEvent): boolean {
  return /rdpcorets/i.test(e.channel);
}

/** How far the nearest of the sorted times is from `t`. */
function nearest(sorted: readonly number[], t: number): number {
  const i = upperBound(sorted, t);
  return Math.min(i < sorted.length ? sorted[i] - t : Infinity, i > 0 ? t - sorted[i - 1] : Infinity);
}

/** RdpCoreTS logging connections this close to a listener-only one was logging at its time. */
const RDPCORE_NEAR_MS = 10 * 60_000;

/** An event this long before an accepted connection's start may still be its (times of two logs). */
const ACCEPTED_LEAD_MS = 2_000;

/** Logged once per connection attempt, so evidence for one attempt only. */
export function isPerConnection(e: NormalizedEvent): boolean {
  return mayBelongToAttempt(e) || isSchannel(e.provider);
}

/**
 * Providers are shared by the events of a log: each is looked at once.
 * @cache a pure function of the provider.
 */
const schannel = new WeakMap<Provider, boolean>();

function isSchannel(provider: Provider): boolean {
  let known = schannel.get(provider);
  if (known === undefined) {
    const p = provider.name.toLowerCase();
    known = p === 'schannel' || p.endsWith('-schannel') || provider.eventSourceName?.toLowerCase() === 'schannel';
    schannel.set(provider, known);
  }
  return known;
}

/** One event id's events of a computer (in time order) and the positions of those that may be given to an attempt. */
export interface Candidates {
  id: number;
  events: NormalizedEvent[];
  at: number[];
}

/** Ties an event to its attempt by content (client address, ActivityID, connection, session), not by time alone. */
function namesItsConnection(e: NormalizedEvent, a: Attempt): boolean {
  if (clientAddress(e)) return true;
  // RdpCoreTS and RDPClient events join their attempt by ActivityID.
  if (e.activityId && (a.activityIds.includes(e.activityId) || a.clientEvents.includes(e))) return true;
  return connectionName(e) !== undefined || sessionIdOf(e) !== undefined;
}

export class EvidenceOwners {
  /** The attempt holding each event in its own lists. */
  private readonly owner = new Map<NormalizedEvent, string>();
  /** The event ids of those events. */
  private readonly ownedIds = new Set<number>();
  /** Per attempt id, the events given to it here (beyond its own), in time order. */
  private readonly assigned = new Map<string, NormalizedEvent[]>();
  /** Per computer (keyed as `key` keys them), its server-side attempts by start. */
  private readonly byHost = new Map<string, Attempt[]>();

  /** `attempts`: every attempt (their own events are theirs); `key`: which computer an attempt is on. */
  constructor(attempts: readonly Attempt[], key: (computer: string) => string) {
    for (const a of attempts)
      for (const list of [a.events, a.clientEvents, a.probeEvents, a.redirectedFrom?.events ?? []])
        for (const e of list) {
          this.owner.set(e, a.id);
          this.ownedIds.add(e.eventId);
        }
    for (const a of attempts) {
      if (!serverLogged(a)) continue;
      const k = key(a.computer);
      const list = this.byHost.get(k);
      if (list) list.push(a);
      else this.byHost.set(k, [a]);
    }
    for (const list of this.byHost.values()) {
      list.sort((x, y) => x.startMs - y.startMs);
      // A connection only the listener logged (RCM 261 alone) while RdpCoreTS logged the connections around it
      // never reached the stage where RdpCoreTS (and Schannel after it) log: what those logged is another's.
      const rdpCore = list.filter((a) => a.events.some(isRdpCore)).map((a) => a.startMs);
      for (const a of list)
        if (onlyAccepted(a) && nearest(rdpCore, a.startMs) <= RDPCORE_NEAR_MS) this.unreached.add(a.id);
    }
  }

  /** Attempts that take no per-connection event by time (see the constructor). */
  private readonly unreached = new Set<string>();

  /** Does the attempt take no per-connection event by time alone: a listener-only one RdpCoreTS, logging, never saw? */
  takesNothingByTime(a: Attempt): boolean {
    return this.unreached.has(a.id);
  }

  /** May an event of this id be in some attempt's own lists? */
  ownsSomeOf(eventId: number): boolean {
    return this.ownedIds.has(eventId);
  }

  /** Is the event in some attempt's own lists? */
  isOwn(e: NormalizedEvent): boolean {
    return this.owner.has(e);
  }

  /**
   * Gives the per-connection events of one computer that no attempt holds to its attempts, one to one
   * where possible: per list (one event id, `Candidates`), the events at its positions `at`. An attempt
   * that already took an event of a list is a worse home for the next; lists do not affect each other.
   * Returns per list, per position, the index of the attempt it went to, or -1.
   */
  assignHost(host: string, lists: readonly Candidates[]): Int32Array[] {
    const attempts = this.byHost.get(host);
    if (!attempts) return lists.map((c) => new Int32Array(c.at.length).fill(-1));
    const index = new HostAttempts(attempts, this.unreached);
    // Per attempt, the events it got, a run per list (each in time order).
    const runs: (NormalizedEvent[][] | undefined)[] = new Array(attempts.length);
    const runOf = new Int32Array(attempts.length).fill(-1);
    const given = lists.map((c, l) => {
      const to = index.assign(c.events, c.at);
      for (let k = 0; k < to.length; k++) {
        const i = to[k];
        if (i < 0) continue;
        const mine = (runs[i] ??= []);
        if (runOf[i] !== l) {
          runOf[i] = l;
          mine.push([]);
        }
        mine[mine.length - 1].push(c.events[c.at[k]]);
      }
      return to;
    });
    for (let i = 0; i < attempts.length; i++) {
      const mine = runs[i];
      if (!mine) continue;
      // On equal times the earlier list's events first, as in the host's index.
      const extra = mergeByTime(mine);
      const a = attempts[i];
      this.assigned.set(a.id, extra);
      this.merged.set(a.id, mergeTwoByTime(a.events, extra));
    }
    return given;
  }

  /** Per attempt given events here, its own and those, in time order (built once its computer is done). */
  private readonly merged = new Map<string, NormalizedEvent[]>();

  /** The attempt's server-side events, its own and those given to it here, in time order. */
  serverEventsOf(a: Attempt): NormalizedEvent[] {
    return this.merged.get(a.id) ?? a.events;
  }

  /** The event is this attempt's by the moment it was logged only: it names no client or connection. */
  linkedByTimeOnly(e: NormalizedEvent, a: Attempt): boolean {
    return this.isOwnedBy(e, a) && !namesItsConnection(e, a);
  }

  /** Is the event evidence for this attempt only: in its own lists, or given to it here? */
  private isOwnedBy(e: NormalizedEvent, a: Attempt): boolean {
    const holder = this.owner.get(e);
    if (holder !== undefined) return holder === a.id;
    const list = this.assigned.get(a.id);
    if (!list) return false;
    // Given events are in time order: look among those of the same moment.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid].timeMs < e.timeMs) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length && list[i].timeMs === e.timeMs; i++) if (list[i] === e) return true;
    return false;
  }
}

/**
 * One computer's attempts (sorted by start), indexed to find the attempt an event goes to: the one with
 * the lowest score (gap, plus a penalty for one that already has an event of this id, plus one for a
 * succeeded attempt), ties to the later-starting one, among the LOOK_BACK attempts starting before the
 * event's time plus the slack. Only candidates that can win are looked at: those starting before the
 * event through a max-tree of end times (an attempt ending long before cannot be near), those starting
 * after it by the growing gap, skipping those that already took this id once the penalty rules them out.
 */
class HostAttempts {
  private readonly start: Float64Array;
  private readonly end: Float64Array;
  private readonly bonus: Float64Array;
  /** How long before its start an event may be the attempt's: little when its first event is the acceptance. */
  private readonly lead: Float64Array;
  /** Attempts that take no event by time: listener-only connections RdpCoreTS, logging then, never saw. */
  private readonly unreached: Uint8Array;
  private readonly addresses: (string | undefined)[];
  private readonly ends: MaxTree;
  constructor(attempts: readonly Attempt[], unreached: ReadonlySet<string>) {
    const n = attempts.length;
    this.start = new Float64Array(n);
    this.end = new Float64Array(n);
    this.bonus = new Float64Array(n);
    this.lead = new Float64Array(n);
    this.unreached = new Uint8Array(n);
    this.addresses = new Array(n);
    for (let i = 0; i < n; i++) {
      this.start[i] = attempts[i].startMs;
      this.end[i] = attempts[i].endMs;
      this.bonus[i] = attempts[i].outcome === 'succeeded' ? 1 : 0;
      this.lead[i] = opensWithAcceptance(attempts[i]) ? ACCEPTED_LEAD_MS : SLACK_MS;
      this.unreached[i] = unreached.has(attempts[i].id) ? 1 : 0;
      this.addresses[i] = attempts[i].client.address;
    }
    this.ends = new MaxTree(this.end);
  }

  /**
   * Per position of `at` (events of one kind, in time order), the index of the attempt that event goes
   * to, or -1 (none near enough, or all from another client).
   */
  assign(events: readonly NormalizedEvent[], at: readonly number[]): Int32Array {
    const to = new Int32Array(at.length);
    const start = this.start;
    const n = start.length;
    // Which attempts already took an event of this kind, so the next one prefers a neighbour; and for
    // skipping those: an index at or after each that has not (or n).
    const taken = new Uint8Array(n);
    const untaken = new Int32Array(n + 1);
    for (let i = 0; i <= n; i++) untaken[i] = i;
    // Events come in time order: where they fall among the attempts' starts only moves forward.
    let hi = 0;
    let after = 0;
    let lastT = Number.NEGATIVE_INFINITY;
    // Events of one source share their fields: the client address is read once per run of them.
    let lastData: NormalizedEvent['data'] | undefined;
    let lastChannel = '';
    let addr: string | undefined;
    // The last pick, when it changed nothing (no attempt, or one that had this kind already): the next
    // event of the same moment and client gets the same answer (a flood logs hundreds of those).
    let repeatT = Number.NaN;
    let repeatAddr: string | undefined;
    let repeat = -1;
    for (let k = 0; k < at.length; k++) {
      const e = events[at[k]];
      const t = e.timeMs;
      if (e.data !== lastData || e.channel !== lastChannel) {
        lastData = e.data;
        lastChannel = e.channel;
        addr = clientAddress(e);
      }
      if (t === repeatT && addr === repeatAddr) {
        to[k] = repeat;
        continue;
      }
      if (t >= lastT) {
        while (hi < n && start[hi] <= t + SLACK_MS) hi++;
        while (after < n && start[after] <= t) after++;
        lastT = t;
      } else {
        hi = upperBound(start, t + SLACK_MS);
        after = upperBound(start, t);
        lastT = Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
      }
      const i = this.pick(t, hi, after, taken, untaken, addr);
      to[k] = i;
      repeatT = Number.NaN;
      if (i < 0 || taken[i]) {
        repeatT = t;
        repeatAddr = addr;
        repeat = i;
      } else {
        taken[i] = 1;
        untaken[i] = i + 1;
      }
    }
    return to;
  }

  /** The attempt `i`'s score for an event at `t` (Infinity when it cannot take it). */
  private score(i: number, t: number, taken: Uint8Array, addr: string | undefined): number {
    if (this.unreached[i] || (addr && this.addresses[i] && this.addresses[i] !== addr)) return Infinity;
    const gap = t < this.start[i] ? this.start[i] - t : t > this.end[i] ? t - this.end[i] : 0;
    if (gap > SLACK_MS || (t < this.start[i] && gap > this.lead[i])) return Infinity;
    // Inside beats near; an attempt without this kind of event yet beats one that has it.
    return gap + (taken[i] ? ALREADY_HAS_ONE_MS : 0) + this.bonus[i];
  }

  /**
   * The index of the attempt an event at `t` (from client `addr`) goes to, or -1. `hi`: the first
   * attempt starting after t + slack; `firstAfter`: the first starting after t.
   */
  private pick(
    t: number,
    hi: number,
    firstAfter: number,
    taken: Uint8Array,
    untaken: Int32Array,
    addr: string | undefined,
  ): number {
    const start = this.start;
    const lo = Math.max(0, hi - LOOK_BACK);
    const after = Math.max(lo, firstAfter);
    let best = -1;
    let bestScore = Infinity;
    // Attempts starting before the event, latest first (a tie never wins): one ending before
    // t - bestScore is that far away at least.
    for (
      let i = this.ends.lastAtLeast(lo, after, t - SLACK_MS);
      i >= 0;
      i = this.ends.lastAtLeast(lo, i, Math.max(t - SLACK_MS, t - bestScore))
    ) {
      const score = this.score(i, t, taken, addr);
      if (score < bestScore) {
        best = i;
        bestScore = score;
      }
    }
    // Attempts starting after the event (a tie wins: a later start): the gap grows with the index. One
    // that already took an event of this kind is worth a look only while gap plus penalty can beat the best.
    let i = after;
    for (; i < hi && start[i] - t <= bestScore - ALREADY_HAS_ONE_MS; i++) {
      const score = this.score(i, t, taken, addr);
      if (score <= bestScore && score < Infinity) {
        best = i;
        bestScore = score;
      }
    }
    for (i = nextUntaken(untaken, i); i < hi && start[i] - t <= bestScore; i = nextUntaken(untaken, i + 1)) {
      const score = this.score(i, t, taken, addr);
      if (score <= bestScore && score < Infinity) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }
}

/** The first index at or after `i` not skipped (`next[i] === i`), halving the paths it walks. */
function nextUntaken(next: Int32Array, i: number): number {
  while (next[i] !== i) {
    next[i] = next[next[i]];
    i = next[i];
  }
  return i;
}

/** The first index whose value is above `ms` (values in ascending order). */
function upperBound(values: ArrayLike<number>, ms: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= ms) lo = mid + 1;
    else hi = mid;
  }
  return hi;
}

/** Maximum over index ranges of a fixed array, for finding the indices whose value can matter. */
class MaxTree {
  private readonly size: number;
  private readonly max: Float64Array;
  /** Left-side nodes of a query, checked after the right-side ones. */
  private readonly pending = new Int32Array(64);

  constructor(values: Float64Array) {
    let size = 1;
    while (size < values.length) size *= 2;
    this.size = size;
    this.max = new Float64Array(2 * size).fill(-Infinity);
    this.max.set(values, size);
    for (let i = size - 1; i >= 1; i--) this.max[i] = Math.max(this.max[2 * i], this.max[2 * i + 1]);
  }

  /** The highest index in [lo, hi) whose value is at least `min`, or -1. */
  lastAtLeast(lo: number, hi: number, min: number): number {
    let l = lo + this.size;
    let r = hi + this.size;
    let pending = 0;
    // Nodes covering the range: right-side ones come right to left, left-side ones left to right.
    while (l < r) {
      if (l & 1) this.pending[pending++] = l++;
      if (r & 1 && this.max[--r] >= min) return this.lastLeafAtLeast(r, min);
      l >>= 1;
      r >>= 1;
    }
    for (let k = pending - 1; k >= 0; k--)
      if (this.max[this.pending[k]] >= min) return this.lastLeafAtLeast(this.pending[k], min);
    return -1;
  }

  private lastLeafAtLeast(node: number, min: number): number {
    while (node < this.size) node = this.max[2 * node + 1] >= min ? 2 * node + 1 : 2 * node;
    return node - this.size;
  }
}
