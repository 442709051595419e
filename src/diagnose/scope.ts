/**
 * Clause scopes (patterns/types.ts `ClauseScope`): for one attempt, which computer's events a clause looks
 * at and over which time, with the defaults; what that means for what analysis keeps (the event ids any
 * pattern reads, the context ids only window clauses read, the spans context events are needed in) and
 * for how long `--follow` keeps an event. The offline engine (engine.ts, analyze.ts) and the live one
 * (src/follow/live-analyzer.ts) both read scopes only through this module.
 */
import { clauseMatchers, idsOf } from '../../patterns/evidence.js';
import { ATTACK_READS } from '../../patterns/index.js';
import { PATH_HOPS } from '../../patterns/paths.js';
import type {
  ClauseScope,
  EventMatcher,
  EvidenceClause,
  FindingPattern,
  PathJoin,
  Pattern,
} from '../../patterns/types.js';
import { type HostNames, normalizeAddress, targetOf } from '../correlate/index.js';
import { type Attempt, hopLogged, serverLogged } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { mergeSpans } from '../model/order.js';
import type { HostIndex } from './host-index.js';
import { compileMatcher } from './match.js';
import { OWNERSHIP_SLACK_MS } from './ownership.js';

/** Seconds a window or path clause looks before the attempt starts and after it ends, unless it says. */
const DEFAULT_AROUND_S = 5;
/** Seconds a history clause looks back from the attempt's end, unless it says: a day. */
const DEFAULT_HISTORY_S = 86_400;

/** How far around an attempt a clause looks, in milliseconds, its defaults applied. */
export interface Reach {
  readonly beforeMs: number;
  /** After the attempt's end: 0 for history (it looks back only) and for the attempt's own events. */
  readonly afterMs: number;
}

export function reachOf(c: Pick<EvidenceClause, 'scope' | 'before' | 'after'>): Reach {
  switch (c.scope) {
    case 'history':
      return { beforeMs: (c.before ?? DEFAULT_HISTORY_S) * 1000, afterMs: 0 };
    case 'attempt':
      return { beforeMs: 0, afterMs: 0 };
    default:
      return { beforeMs: (c.before ?? DEFAULT_AROUND_S) * 1000, afterMs: (c.after ?? DEFAULT_AROUND_S) * 1000 };
  }
}

/** The time (ms) a clause of this reach looks at for the attempt. */
export function lookedAt(reach: Reach, a: Pick<Attempt, 'startMs' | 'endMs'>): [number, number] {
  return [a.startMs - reach.beforeMs, a.endMs + reach.afterMs];
}

/**
 * The computer whose logs window and history clauses look in: the attempt's server, or for a
 * client-only attempt its target when the index knows that computer (`hosts.has`).
 */
export function serverHost(a: Attempt, hosts: { has(computer: string): boolean }): string | undefined {
  if (serverLogged(a)) return a.computer;
  const target = a.server.name;
  return target && hosts.has(target) ? target : undefined;
}

/**
 * Path scope: does an event logged on a computer on the connection's path (an RD Gateway, a Connection
 * Broker, NPS, a domain controller) name this attempt? Time alone never joins: at least one key the
 * clause names (`join`: which of the event's fields holds the target computer, the client's address,
 * the user) must be known on both sides, and every key known on both sides must agree.
 */
export function joinsAttempt(e: NormalizedEvent, join: PathJoin, a: Attempt, names: HostNames): boolean {
  let compared = 0;
  if (join.target) {
    const named = targetOf(e.data[join.target])?.host;
    const target = serverLogged(a) ? a.computer : (a.server.name ?? a.server.address);
    if (named && target) {
      if (names.key(named) !== names.key(target)) return false;
      compared++;
    }
  }
  if (join.client) {
    const named = normalizeAddress(e.data[join.client]);
    if (named && a.client.address) {
      if (named !== a.client.address) return false;
      compared++;
    }
  }
  if (join.user) {
    const named = e.data[join.user]?.trim();
    if (named && a.user) {
      if (!sameUser(named, a.user)) return false;
      compared++;
    }
  }
  return compared > 0;
}

/**
 * The computer on the path a server-side connection came through (an RD Gateway's 302 naming this host and
 * user within seconds of its start), with the client's address there; undefined when no hop's log names it.
 */
export function viaOf(a: Attempt, hosts: HostIndex): Attempt['via'] {
  if (!serverLogged(a)) return undefined;
  for (const hop of PATH_HOPS) {
    const ids = idsOf(hop.match);
    const [from, to] = lookedAt(reachOf({ scope: 'path' }), { startMs: a.startMs, endMs: a.startMs });
    if (!hosts.anyHostHoldsWithin(ids, from, to)) continue;
    const [e] = hosts.scanEveryHost(from, to, compileMatcher(hop.match), ids, 1, (x) =>
      joinsAttempt(x, hop.join, a, hosts.names),
    );
    if (e) {
      const clientAddress = normalizeAddress(e.data[hop.clientAddress]);
      return { gateway: hosts.names.display(e.computer), ...(clientAddress ? { clientAddress } : {}) };
    }
  }
  return undefined;
}

/**
 * An RD Gateway's own attempts (`side: 'gateway'`, src/correlate/gateway.ts) that are the same connection as an
 * attempt the session host or the client logged, joined by the path scope: for a connection the host logged, the
 * hop's event (302) of the gateway attempt within the path reach of the host attempt's start, by the hop's keys
 * (the host sees the gateway's address, not the client's); for one only the client logged, any event of the
 * gateway attempt within the path reach of it. Each gateway attempt joins one attempt, the nearest in time, which
 * takes its `via`; the attempts returned are the others (the joined gateway attempts left out).
 */
export function foldGatewayAttempts(attempts: readonly Attempt[], names: HostNames, keepHop = false): Attempt[] {
  const gateway = attempts.filter(hopLogged);
  if (gateway.length === 0) return [...attempts];
  const reach = reachOf({ scope: 'path' });
  const hops = PATH_HOPS.map((hop) => ({ hop, matcher: compileMatcher(hop.match) }));
  const taken = new Set<Attempt>();
  for (const a of attempts) {
    if (hopLogged(a)) continue;
    const byHost = serverLogged(a);
    const [from, to] = lookedAt(reach, byHost ? { startMs: a.startMs, endMs: a.startMs } : a);
    let best: { g: Attempt; apart: number } | undefined;
    for (const g of gateway) {
      if (taken.has(g) || g.endMs < from || g.startMs > to) continue;
      for (const { hop, matcher } of hops) {
        const e = g.events.find(
          (x) =>
            x.timeMs >= from && x.timeMs <= to && (!byHost || matcher.test(x)) && joinsAttempt(x, hop.join, a, names),
        );
        if (!e) continue;
        const apart = Math.abs(e.timeMs - a.startMs);
        if (!best || apart < best.apart) best = { g, apart };
      }
    }
    if (!best) continue;
    taken.add(best.g);
    a.via = best.g.via;
    if (keepHop) (a as Folded)[FOLDED_HOP] = best.g.events;
  }
  return attempts.filter((a) => !taken.has(a));
}

/** Where an attempt keeps the events of the RD Gateway attempt folded into it (a symbol key: reports leave it out). */
const FOLDED_HOP: unique symbol = Symbol('folded gateway attempt');
type Folded = Attempt & { [FOLDED_HOP]?: readonly NormalizedEvent[] };

/**
 * The events of the RD Gateway attempt folded into this one (`foldGatewayAttempts` with `keepHop`): a reader of a
 * bounded window (`--follow`) keeps them while the attempt is open and reports them with it, so that the gateway's
 * log still names the attempt's `via` and outside client when it is decided, as it does offline.
 */
export function foldedHopEvents(a: Attempt): readonly NormalizedEvent[] {
  return (a as Folded)[FOLDED_HOP] ?? [];
}

/** `DOMAIN\user`, `user@domain` and `user` name one account when the user parts agree (any case). */
function sameUser(x: string, y: string): boolean {
  const bare = (u: string) => u.replace(/^.*\\/, '').replace(/@.*$/, '').toLowerCase();
  return bare(x) === bare(y);
}

/**
 * The event ids the patterns' and findings' matchers read, and the attack findings' (`reads`): what analysis keeps
 * and indexes (of the ids only the attack findings read, only the events their matchers take: `sievedReads`).
 */
export function wantedIds(
  patterns: readonly Pattern[],
  findings: readonly FindingPattern[],
  reads: readonly EventMatcher[] = ATTACK_READS,
): ReadonlySet<number> {
  let byFindings = wantedOf.get(patterns);
  if (!byFindings) wantedOf.set(patterns, (byFindings = new WeakMap()));
  let byReads = byFindings.get(findings);
  if (!byReads) byFindings.set(findings, (byReads = new WeakMap()));
  let wanted = byReads.get(reads);
  if (!wanted) byReads.set(reads, (wanted = idsWanted(patterns, findings, reads)));
  return wanted;
}

/**
 * The ids of each list of patterns, findings and reads (the same few lists, made once, analyzed again and again: the
 * id set was made anew at each analysis, thrice).
 * @cache derived once per list of patterns, findings and reads (constant data; read, never changed, by callers).
 */
const wantedOf = new WeakMap<
  readonly Pattern[],
  WeakMap<readonly FindingPattern[], WeakMap<readonly EventMatcher[], ReadonlySet<number>>>
>();

function idsWanted(
  patterns: readonly Pattern[],
  findings: readonly FindingPattern[],
  reads: readonly EventMatcher[],
): ReadonlySet<number> {
  const wanted = new Set<number>();
  for (const p of patterns)
    for (const c of p.clauses) for (const m of clauseMatchers(c)) for (const id of idsOf(m)) wanted.add(id);
  for (const f of findings)
    for (const m of [f.match, f.clearedBy, f.recoveredBy]) if (m) for (const id of idsOf(m)) wanted.add(id);
  for (const hop of PATH_HOPS) for (const id of idsOf(hop.match)) wanted.add(id);
  for (const m of reads) for (const id of idsOf(m)) wanted.add(id);
  return wanted;
}

/**
 * Of the ids only the attack findings read (`AttackFindingDefinition.reads`: process creation, service
 * installation), the events to keep are those one of their matchers takes: a busy Security log's thousands of
 * other 4688s are dropped as they are read. Per such id, the fields those matchers test (what a reader must decode
 * to tell), and the test.
 */
export interface SievedReads {
  /** The fields the matchers of each sieved id test. */
  readonly fields: ReadonlyMap<number, ReadonlySet<string>>;
  /** Is `e` (of a sieved id) one a matcher takes? */
  takes(e: NormalizedEvent): boolean;
}

export function sievedReads(
  patterns: readonly Pattern[],
  findings: readonly FindingPattern[],
  reads: readonly EventMatcher[] = ATTACK_READS,
): SievedReads {
  const others = wantedIds(patterns, findings, []);
  const fields = new Map<number, Set<string>>();
  const byId = new Map<number, ((e: NormalizedEvent) => boolean)[]>();
  for (const m of reads) {
    const compiled = compileMatcher(m);
    for (const id of idsOf(m)) {
      if (others.has(id)) continue;
      let names = fields.get(id);
      if (!names) fields.set(id, (names = new Set()));
      for (const name of Object.keys(m.fields ?? {})) names.add(name);
      const tests = byId.get(id);
      if (tests) tests.push(compiled.test);
      else byId.set(id, [compiled.test]);
    }
  }
  return {
    fields,
    takes: (e) => byId.get(e.eventId)?.some((t) => t(e)) ?? false,
  };
}

/**
 * The ids of the events another computer's attempts read: path clauses (an RD Gateway's, a DC's log) and the
 * path hops `via` names. A computer that logs one can change the analysis of others.
 */
export function pathIds(patterns: readonly Pattern[]): Set<number> {
  const ids = new Set<number>();
  for (const p of patterns)
    for (const c of p.clauses) if (c.scope === 'path') for (const id of idsOf(c.match)) ids.add(id);
  for (const hop of PATH_HOPS) for (const id of idsOf(hop.match)) ids.add(id);
  return ids;
}

/**
 * The ids only window clauses read (not findings, not clauses of other scopes): their events are needed
 * only within seconds of an attempt, so analysis may hold them as context (see analyze.ts).
 */
export function contextIds(patterns: readonly Pattern[], findings: readonly FindingPattern[]): Set<number> {
  const ids = new Set<number>();
  for (const p of patterns)
    for (const c of p.clauses) if (isWindow(c.scope)) for (const id of idsOf(c.match)) ids.add(id);
  for (const p of patterns)
    for (const c of p.clauses)
      if (!isWindow(c.scope)) for (const m of clauseMatchers(c)) for (const id of idsOf(m)) ids.delete(id);
  for (const f of findings)
    for (const m of [f.match, f.clearedBy, f.recoveredBy, f.followedBy])
      if (m) for (const id of idsOf(m)) ids.delete(id);
  for (const m of ATTACK_READS) for (const id of idsOf(m)) ids.delete(id);
  return ids;
}

function isWindow(scope: ClauseScope): boolean {
  return scope === 'window';
}

/** The widest reach of the window clauses of `patterns`. */
function widestWindow(patterns: readonly Pattern[]): Reach {
  let beforeMs = 0;
  let afterMs = 0;
  for (const p of patterns)
    for (const c of p.clauses)
      if (isWindow(c.scope)) {
        const r = reachOf(c);
        beforeMs = Math.max(beforeMs, r.beforeMs);
        afterMs = Math.max(afterMs, r.afterMs);
      }
  return { beforeMs, afterMs };
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
  hosts: { has(computer: string): boolean },
): Map<string, [number, number][]> {
  const widest = widestWindow(patterns);
  const spans = new Map<string, [number, number][]>();
  const add = (computer: string, from: number, to: number) => {
    const key = names.key(computer);
    const list = spans.get(key);
    if (list) list.push([from, to]);
    else spans.set(key, [[from, to]]);
  };
  for (const a of attempts) {
    const server = serverHost(a, hosts);
    if (server !== undefined) add(server, ...lookedAt(widest, a));
    if (serverLogged(a)) add(a.computer, a.startMs - OWNERSHIP_SLACK_MS, a.endMs + OWNERSHIP_SLACK_MS);
  }
  for (const [key, list] of spans) spans.set(key, mergeSpans(list));
  return spans;
}

/** What `--follow` keeps of the events it is not sure it is done with, derived from the scopes. */
export interface LiveRetention {
  /** The ids some pattern or finding reads. */
  readonly wanted: ReadonlySet<number>;
  /**
   * Per id, how long (event time) an event is kept for the clauses and findings that read it, at most
   * the context time (`contextMs`, else the longest history clause and at least `horizonMs`).
   */
  readonly keepMs: ReadonlyMap<number, number>;
  /** Of the ids only the attack findings read, the events kept (see `sievedReads`). */
  readonly sieve: SievedReads;
}

export function liveRetention(
  patterns: readonly Pattern[],
  findings: readonly FindingPattern[],
  horizonMs: number,
  contextMs?: number,
): LiveRetention {
  const keepMs = new Map<number, number>();
  const keep = (id: number, ms: number) => keepMs.set(id, Math.max(keepMs.get(id) ?? 0, ms));
  let lookBack = 0;
  for (const p of patterns)
    for (const c of p.clauses) {
      const r = reachOf(c);
      if (c.scope === 'history') lookBack = Math.max(lookBack, r.beforeMs);
      if (c.scope !== 'attempt')
        for (const m of clauseMatchers(c)) for (const id of idsOf(m)) keep(id, r.beforeMs + r.afterMs);
    }
  const context = contextMs ?? Math.max(lookBack, horizonMs);
  for (const f of findings)
    for (const m of [f.match, f.clearedBy, f.recoveredBy]) if (m) for (const id of idsOf(m)) keep(id, context);
  for (const m of ATTACK_READS) for (const id of idsOf(m)) keep(id, context);
  for (const [id, ms] of keepMs) keepMs.set(id, Math.min(ms, context));
  return { wanted: wantedIds(patterns, findings), keepMs, sieve: sievedReads(patterns, findings) };
}
