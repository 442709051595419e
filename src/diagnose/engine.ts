/**
 * Runs the declarative patterns of patterns/ over attempts: finds each clause's events in its scope,
 * combines the matched weights into a confidence, fills the explanation from the evidence, and ranks.
 * Knows nothing about any particular cause.
 */
import { idsOf } from '../../patterns/evidence.js';
import type { AttemptCondition, EvidenceClause, Pattern } from '../../patterns/types.js';
import { clientAddress, HostNames, userOf } from '../correlate/index.js';
import type { Attempt, CauseResult, ClauseTrace, EvidenceRef, PatternTrace } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { isRawTime } from '../model/time.js';
import { markValue, valuesMarked } from '../model/value-marks.js';
import { channelLabel } from '../model/channels.js';
import { summarizeEvent } from './event-summary.js';
import { DECODERS } from './decoders.js';
import { compileMatcher, type CompiledMatcher } from './match.js';
import { type Candidates, EvidenceOwners, isPerConnection, OWNERSHIP_SLACK_MS } from './ownership.js';
import { compareText, mergeByTime, mergeTwo, sortByTime } from '../model/order.js';
import { compareEvents } from '../ingest/timeline.js';

/** A cause at least this sure is taken as the explanation: no more logs asked for, a cut-off attempt counted failed. */
export const CONFIDENT = 0.6;

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
function sameKind(x: NormalizedEvent, y: NormalizedEvent): boolean {
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
      for (const list of h.byId.values()) sortByTime(list);
    }
  }

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
      if (a.side === 'client') continue;
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

const DEFAULT_THRESHOLD = 0.3;
const MAX_EVIDENCE_PER_CLAUSE = 5;

/** The server's logs for window and history look-ups: its own, or for a client-only attempt the target's, when given. */
function serverHost(a: Attempt, hosts: Pick<HostIndex, 'has'>): string | undefined {
  if (a.side !== 'client') return a.computer;
  const target = a.server.name;
  return target && hosts.has(target) ? target : undefined;
}

/**
 * Per computer (keyed by `names`), the time spans, merged and sorted, outside which no window-scope
 * clause of `patterns` and no evidence ownership (ownership.ts) looks for an event of that computer:
 * each attempt's span widened by the widest window clause, on the computer whose logs it looks in
 * (`serverHost`; `hosts.has` says which computers the index will know), and by the ownership slack on
 * a server-side attempt's own computer.
 */
export function lookupSpans(
  attempts: readonly Attempt[],
  patterns: readonly Pattern[],
  names: HostNames,
  hosts: Pick<HostIndex, 'has'>,
): Map<string, [number, number][]> {
  let before = 0;
  let after = 0;
  for (const p of compiledPatternList(patterns))
    for (const c of p.clauses)
      if (c.scope === 'window') {
        before = Math.max(before, c.before * 1000);
        after = Math.max(after, c.after * 1000);
      }
  const spans = new Map<string, [number, number][]>();
  const add = (computer: string, from: number, to: number) => {
    const key = names.key(computer);
    const list = spans.get(key);
    if (list) list.push([from, to]);
    else spans.set(key, [[from, to]]);
  };
  for (const a of attempts) {
    const server = serverHost(a, hosts);
    if (server !== undefined) add(server, a.startMs - before, a.endMs + after);
    if (a.side !== 'client') add(a.computer, a.startMs - OWNERSHIP_SLACK_MS, a.endMs + OWNERSHIP_SLACK_MS);
  }
  for (const [key, list] of spans) spans.set(key, mergeSpans(list));
  return spans;
}

function mergeSpans(list: [number, number][]): [number, number][] {
  list.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of list) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** An attempt with at most this many server-side events is searched by walking them. */
const FEW_EVENTS = 32;

function idsIn(list: readonly NormalizedEvent[]): Set<number> {
  const ids = new Set<number>();
  for (let i = 0; i < list.length; i++) ids.add(list[i].eventId);
  return ids;
}

function holdsAny(set: ReadonlySet<number>, ids: readonly number[]): boolean {
  for (const id of ids) if (set.has(id)) return true;
  return false;
}

/**
 * What clause matching reads of one attempt, gathered once for all patterns: its server-side events
 * (its own and those given to it, see ownership.ts), which event ids each of its lists holds (a clause
 * asking for none of them cannot match there), and for an attempt given many events, where each id's are.
 */
class AttemptView {
  readonly serverEvents: NormalizedEvent[];
  readonly ids: Set<number>;
  readonly clientIds: Set<number>;
  private server?: Set<number>;
  /** Per event id, its events' positions in `serverEvents` (for long lists only; made when first asked for). */
  private positions?: Map<number, number[]>;

  constructor(
    readonly a: Attempt,
    readonly owners: EvidenceOwners | undefined,
  ) {
    this.serverEvents = owners ? owners.serverEventsOf(a) : a.events;
    this.ids = idsIn(a.events);
    this.clientIds = idsIn(a.clientEvents);
  }

  /** The event ids of `serverEvents`. */
  get serverIds(): Set<number> {
    if (!this.server) this.server = this.serverEvents === this.a.events ? this.ids : idsIn(this.serverEvents);
    return this.server;
  }

  private positionsOf(): Map<number, number[]> | undefined {
    if (this.positions || this.serverEvents.length <= FEW_EVENTS) return this.positions;
    const positions = new Map<number, number[]>();
    for (let i = 0; i < this.serverEvents.length; i++) {
      const at = positions.get(this.serverEvents[i].eventId);
      if (at) at.push(i);
      else positions.set(this.serverEvents[i].eventId, [i]);
    }
    this.positions = positions;
    return positions;
  }

  /**
   * Up to `limit` server-side events of one of `ids` with fromMs ≤ time ≤ toMs that `accept` takes, in
   * `serverEvents` (time) order: the first ones, or with `latestFirst` the last ones and any more logged
   * at the same moment as the earliest of those (a stable sort by time may still rank them ahead).
   */
  serverEventsMatching(
    fromMs: number,
    toMs: number,
    ids: readonly number[],
    accept: (e: NormalizedEvent) => boolean,
    limit: number,
    latestFirst: boolean,
  ): NormalizedEvent[] {
    const list = this.serverEvents;
    const out: NormalizedEvent[] = [];
    const positions = this.positionsOf();
    if (!positions) {
      for (const e of list) if (e.timeMs >= fromMs && e.timeMs <= toMs && accept(e)) out.push(e);
      return latestFirst ? out : out.slice(0, limit);
    }
    // Per id, the range of its positions inside the window; walked merged, in list order.
    const runs: { at: number[]; next: number; end: number }[] = [];
    for (const id of new Set(ids)) {
      const at = positions.get(id);
      if (!at) continue;
      const first = firstPosition(at, list, fromMs);
      const end = firstPosition(at, list, toMs + 1);
      if (first < end) runs.push(latestFirst ? { at, next: end - 1, end: first - 1 } : { at, next: first, end });
    }
    let boundaryMs = Number.NaN;
    for (;;) {
      let best: (typeof runs)[number] | undefined;
      for (const r of runs)
        if (
          r.next !== r.end &&
          (!best || (latestFirst ? r.at[r.next] > best.at[best.next] : r.at[r.next] < best.at[best.next]))
        )
          best = r;
      if (!best) break;
      const e = list[best.at[best.next]];
      if (latestFirst) {
        if (out.length >= limit && e.timeMs < boundaryMs) break;
        best.next--;
      } else best.next++;
      if (!accept(e)) continue;
      out.push(e);
      if (out.length === limit) {
        if (!latestFirst) break;
        boundaryMs = e.timeMs;
      }
    }
    return latestFirst ? out.reverse() : out;
  }
}

/** The first of `at` (positions in `list`, in time order) whose event is logged at `ms` or later. */
function firstPosition(at: readonly number[], list: readonly NormalizedEvent[], ms: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[at[mid]].timeMs < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A clause as the engine reads it. Patterns are object literals of several shapes (optional fields
 * present or not); read through one class, every clause and pattern has the same shape, and a one-shot
 * run, which reads them mostly before any code is optimized, looks each field up the same way each time.
 */
class Clause {
  readonly name: string;
  readonly scope: EvidenceClause['scope'];
  readonly weight: number;
  readonly required: boolean;
  readonly excludes: boolean;
  readonly sameClient: boolean;
  /** Seconds looked at before the attempt's start and after its end (`after`: window scope). */
  readonly before: number;
  readonly after: number;
  readonly ids: readonly number[];
  readonly matcher: CompiledMatcher;

  constructor(c: EvidenceClause) {
    this.name = c.name;
    this.scope = c.scope;
    this.weight = c.weight;
    this.required = c.required === true;
    this.excludes = c.excludes === true;
    this.sameClient = c.sameClient === true;
    this.before = c.before ?? (c.scope === 'history' ? 86400 : 5);
    this.after = c.after ?? 5;
    this.ids = idsOf(c.match);
    this.matcher = compileMatcher(c.match);
  }
}

/** A pattern as the engine reads it (see `Clause`). */
class CompiledPattern {
  readonly id: string;
  readonly title: string;
  readonly threshold: number;
  readonly when: AttemptCondition;
  readonly clauses: readonly Clause[];
  /** The clauses that support the pattern (not those that exclude it). */
  readonly supporting: readonly Clause[];
  readonly explanation: readonly string[];
  readonly remediation: readonly string[];

  constructor(p: Pattern) {
    this.id = p.id;
    this.title = p.title;
    this.threshold = p.threshold ?? DEFAULT_THRESHOLD;
    this.when = p.when;
    this.clauses = p.clauses.map((c) => new Clause(c));
    this.supporting = this.clauses.filter((c) => !c.excludes);
    this.explanation = p.explanation;
    this.remediation = p.remediation;
  }
}

const compiledPatterns = new WeakMap<Pattern, CompiledPattern>();

function compiledPattern(p: Pattern): CompiledPattern {
  let c = compiledPatterns.get(p);
  if (!c) compiledPatterns.set(p, (c = new CompiledPattern(p)));
  return c;
}

const compiledLists = new WeakMap<readonly Pattern[], CompiledPattern[]>();

function compiledPatternList(patterns: readonly Pattern[]): CompiledPattern[] {
  let list = compiledLists.get(patterns);
  if (!list) compiledLists.set(patterns, (list = patterns.map(compiledPattern)));
  return list;
}

/**
 * Can the clause find any event for this attempt? Not when none of its ids is logged where it looks: in
 * the attempt's own events, or in the index within the time the clause looks at (most clauses of most
 * attempts, found out by a binary search instead of a scan).
 */
function mayMatch(clause: Clause, view: AttemptView, hosts: HostIndex): boolean {
  const ids = clause.ids;
  const a = view.a;
  switch (clause.scope) {
    case 'attempt':
      return holdsAny(view.ids, ids);
    case 'client':
      return (
        holdsAny(view.clientIds, ids) ||
        (!!a.clientComputer &&
          hosts.holdsAnyWithin(a.clientComputer, ids, a.startMs - clause.before * 1000, a.endMs + clause.after * 1000))
      );
    case 'window':
    case 'history': {
      const server = serverHost(a, hosts);
      if (!server) return false;
      const to = clause.scope === 'window' ? a.endMs + clause.after * 1000 : a.endMs;
      return (
        hosts.holdsAnyWithin(server, ids, a.startMs - clause.before * 1000, to) ||
        (view.owners !== undefined && holdsAny(view.serverIds, ids))
      );
    }
  }
}

/**
 * The clause's matching events, at most MAX_EVIDENCE_PER_CLAUSE (all a cause shows); for history the
 * ones nearest the attempt, which are the most telling.
 */
function clauseMatches(clause: Clause, view: AttemptView, hosts: HostIndex): NormalizedEvent[] {
  if (!mayMatch(clause, view, hosts)) return [];
  const m = clause.matcher;
  const a = view.a;
  const sameClient = (e: NormalizedEvent): boolean => {
    if (!clause.sameClient || !a.client.address) return true;
    const addr = clientAddress(e);
    return !addr || addr === a.client.address;
  };
  const ids = clause.ids;
  const limit = MAX_EVIDENCE_PER_CLAUSE;
  switch (clause.scope) {
    case 'attempt':
      if (!holdsAny(view.ids, ids)) return [];
      return a.events.filter((e) => m.test(e) && sameClient(e)).slice(0, limit);
    case 'client': {
      const own = holdsAny(view.clientIds, ids) ? a.clientEvents.filter((e) => m.test(e)) : [];
      if (!a.clientComputer || own.length >= limit) return own.slice(0, limit);
      if (own.length === 0 && !hosts.hostHoldsAny(a.clientComputer, ids)) return [];
      // The index holds only events no attempt owns: another attempt's events are never this one's evidence.
      const around = hosts.scan(
        a.clientComputer,
        a.startMs - clause.before * 1000,
        a.endMs + clause.after * 1000,
        m,
        ids,
        limit,
        false,
        () => true,
      );
      return [...new Set([...own, ...around])].slice(0, limit);
    }
    case 'window':
    case 'history': {
      const server = serverHost(a, hosts);
      if (!server) return [];
      const window = clause.scope === 'window';
      const from = a.startMs - clause.before * 1000;
      const to = window ? a.endMs + clause.after * 1000 : a.endMs;
      // Host conditions and events no attempt owns come from the index; per-connection events only from
      // the attempt's own (see ownership.ts).
      const free = hosts.hostHoldsAny(server, ids)
        ? hosts.scan(server, from, to, m, ids, limit, !window, sameClient)
        : [];
      if (!view.owners || !holdsAny(view.serverIds, ids)) return free;
      // The attempt's events given it from a flood come in runs of one kind: judged once a run.
      let last: NormalizedEvent | undefined;
      let taken = false;
      const accept = (e: NormalizedEvent): boolean => {
        if (!last || !sameKind(e, last)) taken = m.test(e) && sameClient(e);
        last = e;
        return taken;
      };
      const own = view.serverEventsMatching(from, to, ids, accept, limit, !window);
      if (own.length === 0) return free;
      return [...own, ...free].sort((x, y) => (window ? x.timeMs - y.timeMs : y.timeMs - x.timeMs)).slice(0, limit);
    }
  }
}

export interface Matched {
  clause: Clause;
  events: NormalizedEvent[];
}

/** A condition's progress flags as a list (read once per condition, not once per attempt). */
const progressLists = new WeakMap<object, [string, boolean | undefined][]>();

/** Why the attempt does not meet a pattern's `when` (outcome, progress, server events, client reason), or undefined. */
export function conditionUnmet(w: AttemptCondition, a: Attempt): string | undefined {
  if (w.outcome && !w.outcome.includes(a.outcome))
    return `applies to ${w.outcome.join('/')} attempts, this one is ${a.outcome}`;
  if (w.progress) {
    let progress = progressLists.get(w.progress);
    if (!progress) progressLists.set(w.progress, (progress = Object.entries(w.progress)));
    for (const [k, v] of progress)
      if (a.progress[k as keyof typeof a.progress] !== v) return `needs ${k} ${v ? 'reached' : 'not reached'}`;
  }
  if (w.serverEvents !== undefined && a.events.length > 0 !== w.serverEvents)
    return w.serverEvents ? 'needs server-side events' : 'applies only when the server logged nothing';
  if (w.clientReason && (a.clientDisconnectReason === undefined || !w.clientReason.includes(a.clientDisconnectReason)))
    return `needs client disconnect reason ${w.clientReason.join('/')}`;
  return undefined;
}

/** Does the attempt meet a pattern's `when` (outcome, progress, server events, client reason)? */
export function meetsCondition(w: AttemptCondition, a: Attempt): boolean {
  return conditionUnmet(w, a) === undefined;
}

/** Evaluates one pattern on one attempt: a cause, or undefined when it does not fire; `trace` records why. */
function evaluatePattern(
  p: CompiledPattern,
  a: Attempt,
  hosts: HostIndex,
  trace: PatternTrace[] | undefined,
  view: AttemptView,
): CauseResult | undefined {
  const threshold = p.threshold;
  const clauses: ClauseTrace[] = [];
  // Made only when tracing: `record?.(…)` then skips its arguments too.
  const record = trace
    ? (result: PatternTrace['result'], extra: Partial<PatternTrace> = {}) =>
        trace.push({ id: p.id, result, threshold, clauses, ...extra })
    : undefined;
  const unmet = conditionUnmet(p.when, a);
  if (unmet) {
    record?.('not applicable', { reason: unmet });
    return undefined;
  }

  // Without a trace to record, a pattern none of whose supporting clauses can find an event is not
  // evaluated clause by clause: it finds no evidence.
  if (!trace && !someClauseMayMatch(p, view, hosts)) return undefined;
  const matched: Matched[] = [];
  let missingFactor = 1;
  for (const clause of p.clauses) {
    const events = clauseMatches(clause, view, hosts);
    if (trace)
      clauses.push({
        name: clause.name,
        scope: clause.scope,
        weight: clause.weight,
        ...(clause.required ? { required: true } : {}),
        ...(clause.excludes ? { excludes: true } : {}),
        events: events.map(evidenceRef),
      });
    if (clause.excludes) {
      if (events.length) {
        record?.('excluded', { reason: `${clause.name} matched: evidence of another explanation` });
        return undefined;
      }
      continue;
    }
    if (events.length === 0) {
      if (clause.required) {
        record?.('missing required evidence', { reason: `${clause.name} found no event` });
        return undefined;
      }
      continue;
    }
    matched.push({ clause, events });
    missingFactor *= 1 - Math.min(Math.max(clause.weight, 0), 1);
  }
  const confidence = 1 - missingFactor;
  // The epsilon keeps a single clause whose weight equals the threshold from missing it by rounding.
  if (matched.length === 0) {
    record?.('no evidence');
    return undefined;
  }
  const shown = Math.round(Math.min(confidence, 0.99) * 100) / 100;
  if (confidence + 1e-9 < threshold) {
    record?.('below threshold', { confidence: shown });
    return undefined;
  }
  record?.('fired', { confidence: shown });

  return {
    id: p.id,
    confidence: shown,
    title: p.title,
    explanation: joinSentences(
      fillSentences(p.explanation, matched, a) || fromEvidence(matched),
      timeOnlyNote(matched, a, hosts.owners),
    ),
    evidence: evidenceOf(matched),
    remediation: [...p.remediation],
    ...userNamed(matched),
  };
}

/** Can some clause that supports the pattern (not one that excludes it) find an event for this attempt? */
function someClauseMayMatch(p: CompiledPattern, view: AttemptView, hosts: HostIndex): boolean {
  for (const c of p.supporting) if (mayMatch(c, view, hosts)) return true;
  return false;
}

/** The first user the evidence names (a 4625's account, an LSM user), for attempts that name none themselves. */
function userNamed(matched: Matched[]): { user?: string } {
  for (const m of matched)
    for (const e of m.events) {
      const user = userOf(e);
      if (user) return { user };
    }
  return {};
}

function joinSentences(...parts: string[]): string {
  return parts.filter(Boolean).join(' ');
}

/** What the evidence says, when no template sentence could be filled (fields a log left empty). */
function fromEvidence(matched: Matched[]): string {
  const said = matched.map((m) => {
    const e = m.events[0];
    // NTSTATUS codes (Security, LsaSrv) are the telling part: said in words.
    const codes = ['Status', 'SubStatus']
      .map((f) => (e.data[f] && e.data[f] !== '0x0' ? `${f} ${DECODERS.ntstatus(e.data[f])}` : ''))
      .filter(Boolean);
    const summary = codes.length ? codes.join(', ') : summarizeEvent(e, 100);
    const who = userOf(e);
    return `${channelLabel(e.channel)} ${e.eventId} at ${formatShortTime(e.timestamp)}${who ? ` for ${markValue(who)}` : ''}${summary ? ` (${summary})` : ''}`;
  });
  return said.length ? `The logs show ${said.join('; ')}.` : '';
}

/** Says which evidence is this attempt's by the moment it was logged only (it names no client or connection). */
function timeOnlyNote(matched: Matched[], a: Attempt, owners: EvidenceOwners | undefined): string {
  if (!owners) return '';
  const kinds = new Set<string>();
  for (const m of matched)
    for (const e of m.events) if (owners.linkedByTimeOnly(e, a)) kinds.add(`${channelLabel(e.channel)} ${e.eventId}`);
  if (kinds.size === 0) return '';
  return `(${[...kinds].join(', ')}: no client or connection named, linked to this attempt by time only.)`;
}

/**
 * The same event is evidence for many attempts (a Schannel flood): summarized once. Summaries with values
 * marked (for a redacted report) and without: never one for the other.
 */
const summaries = new WeakMap<NormalizedEvent, string>();
const markedSummaries = new WeakMap<NormalizedEvent, string>();
/** Per fields object, the summary of events without a message: a flood's events share one. */
const fieldSummaries = new WeakMap<NormalizedEvent['data'], string>();
const markedFieldSummaries = new WeakMap<NormalizedEvent['data'], string>();
function evidenceSummary(e: NormalizedEvent): string {
  const marked = valuesMarked();
  const cache = marked ? markedSummaries : summaries;
  let s = cache.get(e);
  if (s === undefined) {
    // The summary reads the fields, and the message only when there is one.
    const byFields = e.message === undefined ? (marked ? markedFieldSummaries : fieldSummaries) : undefined;
    s = byFields?.get(e.data);
    if (s === undefined) {
      s = summarizeEvent(e, 160);
      byFields?.set(e.data, s);
    }
    cache.set(e, s);
  }
  return s;
}

/** The event each evidence reference was made from (the report's appendix shows them). */
const evidenceEvents = new WeakMap<EvidenceRef, NormalizedEvent>();

export function evidenceRef(e: NormalizedEvent): EvidenceRef {
  const ref: EvidenceRef = {
    channel: e.channel,
    eventId: e.eventId,
    recordId: e.recordId ?? null,
    time: e.timestamp,
    source: e.source.file,
    computer: e.computer,
    summary: evidenceSummary(e),
  };
  evidenceEvents.set(ref, e);
  return ref;
}

/** The event an evidence reference of this analysis was made from. */
export function evidenceEvent(ref: EvidenceRef): NormalizedEvent | undefined {
  return evidenceEvents.get(ref);
}

function evidenceOf(matched: Matched[]): EvidenceRef[] {
  const seen = new Set<NormalizedEvent>();
  const refs: { e: NormalizedEvent; ref: EvidenceRef }[] = [];
  for (const m of matched) {
    for (const e of m.events) {
      if (seen.has(e)) continue;
      seen.add(e);
      refs.push({ e, ref: evidenceRef(e) });
    }
  }
  return refs.sort((x, y) => x.e.timeMs - y.e.timeMs).map((r) => r.ref);
}

export function formatShortTime(timestamp: string): string {
  if (isRawTime(timestamp)) return timestamp;
  return `${timestamp.slice(0, 10)} ${timestamp.slice(11, 19)}Z`;
}

const PLACEHOLDER = /\{([A-Za-z][\w]*)\.([^}|]+)(?:\|([\w-]+))?\}/g;

/** A sentence's text and its `{clause.Field|decoder}` placeholders, in order. */
type SentencePart = string | { name: string; field: string; decoder?: string };

/** Sentences come from patterns: each is split into its parts once. */
const sentenceParts = new Map<string, SentencePart[]>();

function partsOf(sentence: string): SentencePart[] {
  let parts = sentenceParts.get(sentence);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of sentence.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(sentence.slice(last, m.index));
    parts.push(m[3] === undefined ? { name: m[1], field: m[2] } : { name: m[1], field: m[2], decoder: m[3] });
    last = m.index + m[0].length;
  }
  if (last < sentence.length) parts.push(sentence.slice(last));
  if (sentenceParts.size < 10_000) sentenceParts.set(sentence, parts);
  return parts;
}

/**
 * Fills `{clause.Field|decoder}` placeholders; a sentence with any unfillable placeholder is dropped.
 * Host findings have no attempt: their `{attempt.…}` placeholders cannot be filled.
 */
export function fillSentences(
  sentences: readonly string[],
  matched: Matched[],
  a: Attempt | undefined,
  extra: Record<string, NormalizedEvent> = {},
): string {
  const byName = new Map<string, NormalizedEvent>(Object.entries(extra));
  for (const m of matched) byName.set(m.clause.name, m.events[0]);
  const out: string[] = [];
  each: for (const sentence of sentences) {
    let text = '';
    for (const part of partsOf(sentence)) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      const raw =
        part.name === 'attempt' ? a && attemptValue(a, part.field) : eventValue(byName.get(part.name), part.field);
      if (raw === undefined || raw.trim() === '') continue each;
      // A decoded code reads in rdpdiag's words (no personal value): left unmarked.
      const decode = part.decoder ? DECODERS[part.decoder] : undefined;
      const decoded = decode?.(raw.trim());
      text += decoded ?? markValue(raw.trim());
    }
    out.push(text);
  }
  return out.join(' ');
}

function eventValue(e: NormalizedEvent | undefined, field: string): string | undefined {
  if (!e) return undefined;
  if (field === 'eventId') return String(e.eventId);
  if (field === 'time') return formatShortTime(e.timestamp);
  if (field === 'computer') return e.computer;
  if (field === 'recordId') return e.recordId === undefined ? undefined : String(e.recordId);
  return e.data[field];
}

function attemptValue(a: Attempt, field: string): string | undefined {
  switch (field) {
    case 'client':
      return a.client.address ?? a.client.name ?? a.clientComputer;
    case 'user':
      return a.user;
    case 'computer':
      return a.computer;
    case 'server':
      return a.server.name ?? a.server.address ?? a.computer;
    case 'clientReason':
      return a.clientDisconnectReason === undefined ? undefined : String(a.clientDisconnectReason);
    case 'start':
      return formatShortTime(a.start);
    default:
      return undefined;
  }
}

/** All causes of one attempt, best first; `trace` receives every pattern's result. */
export function diagnoseAttempt(
  patterns: readonly Pattern[],
  a: Attempt,
  hosts: HostIndex,
  trace?: PatternTrace[],
): CauseResult[] {
  const causes: CauseResult[] = [];
  const view = new AttemptView(a, hosts.owners);
  for (const p of compiledPatternList(patterns)) {
    const c = evaluatePattern(p, a, hosts, trace, view);
    if (c) causes.push(c);
  }
  return causes.sort((x, y) => y.confidence - x.confidence || compareText(x.id, y.id));
}
