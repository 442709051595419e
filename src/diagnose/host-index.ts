/**
 * The index analysis looks events up in: per computer and event id, in time order, the events some pattern
 * or finding reads (the timeline's and the context events kept near attempts); which per-connection events
 * evidence ownership gave to which attempt; and the look-ups clause scopes make (see scope.ts).
 */
import { HostNames } from '../correlate/index.js';
import { compareEvents } from '../ingest/timeline.js';
import { type Attempt, serverLogged } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { mergeByTime, mergeSpans, mergeTwo, sortByTime } from '../model/order.js';
import type { CompiledMatcher } from './match.js';
import { type Candidates, EvidenceOwners, isPerConnection, OWNERSHIP_SLACK_MS } from './ownership.js';

interface HostEvents {
  /** The computer's name as its first indexed event spells it. */
  computer: string;
  byId: Map<number, NormalizedEvent[]>;
  /** Per event id, which events of `byId`'s list (by position) were given to an attempt (see ownership.ts). */
  given?: Map<number, Uint8Array>;
}

/**
 * Do `x` and `y` share id, channel, provider and fields: whatever a matcher, `isPerConnection` or
 * `clientAddress` says of one, it says of the other? Events of a flood share these objects.
 */
export function sameKind(x: NormalizedEvent, y: NormalizedEvent): boolean {
  return x.data === y.data && x.eventId === y.eventId && x.channel === y.channel && x.provider === y.provider;
}

/**
 * Positions of the per-connection events of `events` (one id's, in time order) inside `spans` that no
 * attempt holds.
 */
function unclaimedWithin(events: NormalizedEvent[], spans: [number, number][], owners: EvidenceOwners): number[] {
  const at: number[] = [];
  const mayBeOwned = events.length > 0 && owners.ownsSomeOf(events[0].eventId);
  let last: NormalizedEvent | undefined;
  let perConnection = false;
  for (const [from, to] of spans)
    for (let i = lowerBound(events, from); i < events.length && events[i].timeMs <= to; i++) {
      const e = events[i];
      if (!last || !sameKind(e, last)) perConnection = isPerConnection(e);
      last = e;
      if (perConnection && !(mayBeOwned && owners.isOwn(e))) at.push(i);
    }
  return at;
}

/** The events of `list` (of one event id) that `m` takes; the list itself when it takes them all. */
function matchedBy(list: NormalizedEvent[], m: CompiledMatcher): NormalizedEvent[] {
  let last: NormalizedEvent | undefined;
  let taken = false;
  return keepAll(list, (e) => {
    if (!last || !sameKind(e, last)) taken = m.test(e);
    last = e;
    return taken;
  });
}

/**
 * Runs each in timeline order as one list in timeline order; on a tie the earlier run's event first (as a
 * stable sort of them one after another gives). Pairwise, in rounds.
 */
function mergeInOrder(runs: NormalizedEvent[][]): NormalizedEvent[] {
  let round = runs;
  while (round.length > 1) {
    const next: NormalizedEvent[][] = [];
    for (let l = 0; l + 1 < round.length; l += 2) next.push(mergeTwo(round[l], round[l + 1], compareEvents));
    if (round.length % 2) next.push(round[round.length - 1]);
    round = next;
  }
  return round[0] ?? [];
}

function lowerBound(list: readonly NormalizedEvent[], ms: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].timeMs < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function slice(list: readonly NormalizedEvent[], fromMs: number, toMs: number, out: NormalizedEvent[]): void {
  for (let i = lowerBound(list, fromMs); i < list.length && list[i].timeMs <= toMs; i++) out.push(list[i]);
}

/** The events `test` takes; the list itself when it takes them all (a list taken whole is shared, not copied). */
function keepAll(list: NormalizedEvent[], test: (e: NormalizedEvent, i: number) => boolean): NormalizedEvent[] {
  const kept = list.filter(test);
  return kept.length === list.length ? list : kept;
}

/** Do the events (of one id) all have the same channel and provider? */
function sameSource(list: readonly NormalizedEvent[]): boolean {
  if (list.length === 0) return true;
  const { channel, provider } = list[0];
  for (const e of list)
    if (
      e.channel !== channel ||
      (e.provider !== provider &&
        (e.provider.name !== provider.name || e.provider.eventSourceName !== provider.eventSourceName))
    )
      return false;
  return true;
}

/** Every event of one computer, in time order, also by event id, for window and history look-ups. */
export class HostIndex {
  private readonly hosts = new Map<string, HostEvents>();
  readonly names: HostNames;

  /**
   * `ids`: index only events with these ids (those some pattern can ask for). `order`: when `events` are
   * only part of the timeline (context events far from every attempt left out, see analyze.ts), events
   * where each computer first appears in the whole of it, in timeline order: every computer is known, in
   * the order the whole timeline gives. `context`: the context events kept (runs, see `addContext`; their
   * arrays become the index's), indexed as if they were in `events` in timeline order.
   */
  constructor(
    events: readonly NormalizedEvent[],
    ids?: ReadonlySet<number>,
    names?: HostNames,
    order?: readonly NormalizedEvent[],
    context?: readonly NormalizedEvent[][],
  ) {
    this.names = names ?? HostNames.fromEvents(events);
    // Consecutive events mostly come from the same computer: its entry is looked up once per run of them.
    let lastComputer: string | undefined;
    let h: HostEvents | undefined;
    for (const e of order ?? []) {
      if ((ids && !ids.has(e.eventId)) || e.computer === lastComputer) continue;
      lastComputer = e.computer;
      const key = this.names.key(e.computer);
      if (!this.hosts.has(key)) this.hosts.set(key, { computer: this.names.display(e.computer), byId: new Map() });
    }
    lastComputer = undefined;
    // Index loops over events, here and below: a one-shot run executes them before they are optimized,
    // when an iterator would still allocate a result for every event.
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      if (ids && !ids.has(e.eventId)) continue;
      if (e.computer !== lastComputer || !h) {
        lastComputer = e.computer;
        const key = this.names.key(e.computer);
        h = this.hosts.get(key);
        if (!h) this.hosts.set(key, (h = { computer: this.names.display(e.computer), byId: new Map() }));
      }
      let sameId = h.byId.get(e.eventId);
      if (!sameId) h.byId.set(e.eventId, (sameId = []));
      sameId.push(e);
    }
    if (context) this.addContext(context, ids);
    for (const h of this.hosts.values()) {
      for (const [id, list] of h.byId) {
        sortByTime(list);
        this.heldIds.add(id);
      }
    }
  }

  /** The ids some computer holds events of: a look-up across every computer asks this first. */
  private readonly heldIds = new Set<number>();

  /**
   * Context events (a flood of tens of thousands), in runs each in timeline order and of one computer and
   * id (`ContextStore.selectRuns`): per computer and id, the runs merged into timeline order and with the
   * timeline's events of that computer and id, as the whole timeline in order would have given them.
   */
  private addContext(runs: readonly NormalizedEvent[][], ids: ReadonlySet<number> | undefined): void {
    const lists = new Map<HostEvents, Map<number, NormalizedEvent[][]>>();
    let lastComputer: string | undefined;
    let h: HostEvents | undefined;
    let perId: Map<number, NormalizedEvent[][]> | undefined;
    for (const run of runs) {
      const e = run[0];
      if (!e || (ids && !ids.has(e.eventId))) continue;
      if (e.computer !== lastComputer || !h || !perId) {
        lastComputer = e.computer;
        const key = this.names.key(e.computer);
        h = this.hosts.get(key);
        if (!h) this.hosts.set(key, (h = { computer: this.names.display(e.computer), byId: new Map() }));
        perId = lists.get(h);
        if (!perId) lists.set(h, (perId = new Map()));
      }
      const list = perId.get(e.eventId);
      if (list) list.push(run);
      else perId.set(e.eventId, [run]);
    }
    for (const [host, perId] of lists)
      for (const [id, runsOfId] of perId) {
        const list = mergeInOrder(runsOfId);
        const own = host.byId.get(id);
        host.byId.set(id, own ? mergeTwo(own, list, compareEvents) : list);
      }
  }

  /** Who each per-connection event is evidence for (see ownership.ts); set once the attempts are known. */
  owners?: EvidenceOwners;

  /** Assigns the per-connection events no attempt holds to the attempts they fall inside, one to one. */
  assignEvidence(attempts: readonly Attempt[]): void {
    // Only events near some attempt can be given to one: per computer, the spans attempts cover (with
    // the slack ownership allows), merged; per event id, the events inside them.
    const spans = new Map<string, [number, number][]>();
    for (const a of attempts) {
      if (!serverLogged(a)) continue;
      const key = this.names.key(a.computer);
      const list = spans.get(key);
      const span: [number, number] = [a.startMs - OWNERSHIP_SLACK_MS, a.endMs + OWNERSHIP_SLACK_MS];
      if (list) list.push(span);
      else spans.set(key, [span]);
    }
    const owners = new EvidenceOwners(attempts, (c) => this.names.key(c));
    for (const [key, list] of spans) {
      const h = this.hosts.get(key);
      if (!h) continue;
      const merged = mergeSpans(list);
      // Per event id, the positions of the per-connection events inside the spans that no attempt holds.
      const candidates: Candidates[] = [];
      for (const [id, events] of h.byId) {
        const at = unclaimedWithin(events, merged, owners);
        if (at.length) candidates.push({ id, events, at });
      }
      if (candidates.length === 0) continue;
      const given = owners.assignHost(key, candidates);
      const marks = (h.given ??= new Map());
      for (let l = 0; l < candidates.length; l++) {
        const { id, events, at } = candidates[l];
        const to = given[l];
        let mark: Uint8Array | undefined;
        for (let k = 0; k < at.length; k++) {
          if (to[k] < 0) continue;
          if (!mark) marks.set(id, (mark = new Uint8Array(events.length)));
          mark[at[k]] = 1;
        }
      }
    }
    this.owners = owners;
  }

  /** Does the index hold an event of `computer` with one of `ids`? */
  hostHoldsAny(computer: string, ids: readonly number[]): boolean {
    const h = this.hosts.get(this.names.key(computer));
    if (!h) return false;
    for (const id of ids) if (h.byId.has(id)) return true;
    return false;
  }

  /** Does the index hold an event of `computer` with one of `ids` logged fromMs ≤ time ≤ toMs? */
  holdsAnyWithin(computer: string, ids: readonly number[], fromMs: number, toMs: number): boolean {
    const h = this.hosts.get(this.names.key(computer));
    if (!h) return false;
    for (const id of ids) {
      const list = h.byId.get(id);
      if (!list) continue;
      const i = lowerBound(list, fromMs);
      if (i < list.length && list[i].timeMs <= toMs) return true;
    }
    return false;
  }

  has(computer: string): boolean {
    return this.hosts.has(this.names.key(computer));
  }

  computers(): string[] {
    return [...this.hosts.values()].map((h) => h.computer);
  }

  /** Per computer, the events each compiled matcher takes, found once and kept in time order. */
  private readonly matching = new Map<string, Map<CompiledMatcher, NormalizedEvent[]>>();
  /** Per computer and event id, the events no attempt owns (shared by every matcher of that id). */
  private readonly free = new Map<string, Map<number, NormalizedEvent[]>>();

  /** The computer's events of one id that no attempt owns, in time order. */
  private freeEvents(key: string, h: HostEvents, id: number): NormalizedEvent[] {
    let perHost = this.free.get(key);
    if (!perHost) this.free.set(key, (perHost = new Map()));
    let list = perHost.get(id);
    if (!list) {
      const all = h.byId.get(id) ?? [];
      const owners = this.owners;
      const given = h.given?.get(id);
      // Events an attempt owns are found through that attempt (clauseMatches), never here.
      const mayBeOwned = owners?.ownsSomeOf(id);
      list = owners ? keepAll(all, (e, i) => !given?.[i] && !(mayBeOwned && owners.isOwn(e))) : all;
      perHost.set(id, list);
      if (sameSource(list)) this.uniform.add(list);
    }
    return list;
  }

  /** Free lists whose events all have one channel and provider (a fieldless matcher takes all or none). */
  private readonly uniform = new WeakSet<NormalizedEvent[]>();

  private matchingEvents(computer: string, m: CompiledMatcher, ids: readonly number[]): NormalizedEvent[] {
    const key = this.names.key(computer);
    let perHost = this.matching.get(key);
    if (!perHost) this.matching.set(key, (perHost = new Map()));
    let list = perHost.get(m);
    if (!list) {
      const h = this.hosts.get(key);
      const perId: NormalizedEvent[][] = [];
      if (h)
        for (const id of ids) {
          const free = this.freeEvents(key, h, id);
          const l =
            m.fieldless && this.uniform.has(free) ? (free.length && m.test(free[0]) ? free : []) : matchedBy(free, m);
          if (l.length) perId.push(l);
        }
      list = perId.length === 1 ? perId[0] : mergeByTime(perId);
      perHost.set(m, list);
    }
    return list;
  }

  /**
   * Up to `limit` events of `computer` that matcher `m` takes, fromMs ≤ time ≤ toMs, that `accept` also
   * takes: the earliest ones, or the latest with `latestFirst`.
   */
  scan(
    computer: string,
    fromMs: number,
    toMs: number,
    m: CompiledMatcher,
    ids: readonly number[],
    limit: number,
    latestFirst: boolean,
    accept: (e: NormalizedEvent) => boolean,
  ): NormalizedEvent[] {
    const list = this.matchingEvents(computer, m, ids);
    const out: NormalizedEvent[] = [];
    const lo = lowerBound(list, fromMs);
    if (latestFirst) {
      for (let i = lowerBound(list, toMs + 1) - 1; i >= lo && out.length < limit; i--)
        if (accept(list[i])) out.push(list[i]);
    } else {
      for (let i = lo; i < list.length && list[i].timeMs <= toMs && out.length < limit; i++)
        if (accept(list[i])) out.push(list[i]);
    }
    return out;
  }

  /**
   * Up to `limit` events of any computer that matcher `m` takes, fromMs ≤ time ≤ toMs, that `accept` also
   * takes, earliest first (path scope: the computer on the path is whichever logged it).
   */
  scanEveryHost(
    fromMs: number,
    toMs: number,
    m: CompiledMatcher,
    ids: readonly number[],
    limit: number,
    accept: (e: NormalizedEvent) => boolean,
  ): NormalizedEvent[] {
    const found: NormalizedEvent[][] = [];
    for (const h of this.hosts.values())
      if (ids.some((id) => h.byId.has(id)))
        found.push(this.scan(h.computer, fromMs, toMs, m, ids, limit, false, accept));
    return mergeByTime(found).slice(0, limit);
  }

  /** Does any computer's log hold an event with one of `ids` logged fromMs ≤ time ≤ toMs? */
  anyHostHoldsWithin(ids: readonly number[], fromMs: number, toMs: number): boolean {
    // Once per attempt: a fleet's hundreds of computers are asked only for ids one of them holds.
    if (!ids.some((id) => this.heldIds.has(id))) return false;
    for (const h of this.hosts.values()) if (this.holdsAnyWithin(h.computer, ids, fromMs, toMs)) return true;
    return false;
  }

  /** Events of `computer` with one of `ids` and fromMs ≤ time ≤ toMs, in time order. */
  between(computer: string, fromMs: number, toMs: number, ids: Iterable<number>): NormalizedEvent[] {
    const h = this.hosts.get(this.names.key(computer));
    const out: NormalizedEvent[] = [];
    if (!h) return out;
    let lists = 0;
    for (const id of ids) {
      const list = h.byId.get(id);
      if (list) {
        slice(list, fromMs, toMs, out);
        lists++;
      }
    }
    return lists > 1 ? out.sort((a, b) => a.timeMs - b.timeMs) : out;
  }
}
