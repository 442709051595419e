/**
 * Runs the declarative patterns of patterns/ over attempts: finds each clause's events in its scope
 * (scope.ts) through the host index (host-index.ts), combines the matched weights into a confidence,
 * fills the explanation (sentences.ts) and cites the evidence (evidence-refs.ts), and ranks. Knows
 * nothing about any particular cause.
 */
import type { AttemptCondition, Pattern } from '../../patterns/types.js';
import { clientAddress, userOf } from '../correlate/index.js';
import {
  type Attempt,
  type CauseResult,
  type ClauseTrace,
  hopLogged,
  type PatternTrace,
  serverLogged,
} from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { compareText } from '../model/order.js';
import { type Clause, type CompiledPattern, compiledPatternList } from './compiled-pattern.js';
import type { ValueMarks } from '../model/value-marks.js';
import { fillSteps, knownOfAttempt } from './fill-steps.js';
import { evidenceOf, evidenceRef } from './evidence-refs.js';
import { type HostIndex, sameKind } from './host-index.js';
import { type EvidenceOwners, isPerConnection } from './ownership.js';
import { joinsAttempt, lookedAt, serverHost } from './scope.js';
import { fillSentences, fromEvidence, joinSentences, type Matched, timeOnlyNote } from './sentences.js';

/** A cause at least this sure is taken as the explanation: no more logs asked for, a cut-off attempt counted failed. */
export const CONFIDENT = 0.6;

const MAX_EVIDENCE_PER_CLAUSE = 5;

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
        (!!a.clientComputer && hosts.holdsAnyWithin(a.clientComputer, ids, ...lookedAt(clause.reach, a)))
      );
    case 'window':
    case 'history': {
      const server = serverHost(a, hosts);
      if (!server) return false;
      return (
        hosts.holdsAnyWithin(server, ids, ...lookedAt(clause.reach, a)) ||
        (view.owners !== undefined && holdsAny(view.serverIds, ids))
      );
    }
    case 'path':
      return clause.join !== undefined && hosts.anyHostHoldsWithin(ids, ...lookedAt(clause.reach, a));
  }
}

/**
 * The clause's matching events, at most MAX_EVIDENCE_PER_CLAUSE (all a cause shows); for history the
 * ones nearest the attempt, which are the most telling.
 */
function clauseMatches(clause: Clause, view: AttemptView, hosts: HostIndex): NormalizedEvent[] {
  if (!mayMatch(clause, view, hosts)) return [];
  const found = clauseEvents(clause, view, hosts);
  if (!clause.cleared || found.length === 0) return found;
  // A history clause's condition ended by a later event (a new certificate made): only what came after counts.
  const server = serverHost(view.a, hosts);
  const [from, to] = lookedAt(clause.reach, view.a);
  const { matcher, ids } = clause.cleared;
  const [last] = server ? hosts.scan(server, from, to, matcher, ids, 1, true, () => true) : [];
  return last ? found.filter((e) => e.timeMs > last.timeMs) : found;
}

function clauseEvents(clause: Clause, view: AttemptView, hosts: HostIndex): NormalizedEvent[] {
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
      const around = hosts.scan(a.clientComputer, ...lookedAt(clause.reach, a), m, ids, limit, false, () => true);
      return [...new Set([...own, ...around])].slice(0, limit);
    }
    case 'window':
    case 'history': {
      const server = serverHost(a, hosts);
      if (!server) return [];
      const window = clause.scope === 'window';
      const [from, to] = lookedAt(clause.reach, a);
      // Host conditions and events no attempt owns come from the index; per-connection events only from
      // the attempt's own (see ownership.ts).
      const byTime = !view.owners?.takesNothingByTime(a);
      const free = hosts.hostHoldsAny(server, ids)
        ? hosts.scan(server, from, to, m, ids, limit, !window, (e) => sameClient(e) && (byTime || !isPerConnection(e)))
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
    case 'path': {
      const join = clause.join;
      if (!join) return [];
      // Another computer's log, joined by time and a key: the events that name this attempt. A gateway-only
      // attempt's own events are the gateway's (the index leaves an attempt's own events to it).
      const joins = (e: NormalizedEvent) => joinsAttempt(e, join, a, hosts.names);
      const own = hopLogged(a) ? a.events.filter((e) => m.test(e) && joins(e)).slice(0, limit) : [];
      const around = hosts.scanEveryHost(...lookedAt(clause.reach, a), m, ids, limit, joins);
      return own.length ? [...own, ...around].sort((x, y) => x.timeMs - y.timeMs).slice(0, limit) : around;
    }
  }
}

/**
 * A condition's progress flags as a list (read once per condition, not once per attempt).
 * @cache derived once per condition (constant data).
 */
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
  // A gateway-only attempt's events are the gateway's: no server logged it.
  if (w.serverEvents !== undefined && (serverLogged(a) && a.events.length > 0) !== w.serverEvents)
    return w.serverEvents ? 'needs server-side events' : 'applies only when the server logged nothing';
  if (w.clientReason && (a.clientDisconnectReason === undefined || !w.clientReason.includes(a.clientDisconnectReason)))
    return `needs client disconnect reason ${w.clientReason.join('/')}`;
  return undefined;
}

/** Does the attempt meet a pattern's `when` (outcome, progress, server events, client reason)? */
export function meetsCondition(w: AttemptCondition, a: Attempt): boolean {
  return conditionUnmet(w, a) === undefined;
}

/** A Hyper-V enhanced session runs over VMBus: no TCP connection, no TLS, so no cause of those phases (or their advice) fits. */
const NO_VMBUS_PHASES: ReadonlySet<string> = new Set(['connection', 'tls']);

function phaseUnmet(p: CompiledPattern, a: Attempt): string | undefined {
  return a.connection === 'vmbus' && NO_VMBUS_PHASES.has(p.phase)
    ? `a Hyper-V enhanced session (VMBus) has no ${p.phase} phase`
    : undefined;
}

/** Evaluates one pattern on one attempt: a cause, or undefined when it does not fire; `trace` records why. */
function evaluatePattern(
  p: CompiledPattern,
  a: Attempt,
  hosts: HostIndex,
  trace: PatternTrace[] | undefined,
  view: AttemptView,
  marks: ValueMarks,
): CauseResult | undefined {
  const threshold = p.threshold;
  const clauses: ClauseTrace[] = [];
  // Made only when tracing: `record?.(…)` then skips its arguments too.
  const record = trace
    ? (result: PatternTrace['result'], extra: Partial<PatternTrace> = {}) =>
        trace.push({ id: p.id, result, threshold, clauses, ...extra })
    : undefined;
  const unmet = conditionUnmet(p.when, a) ?? phaseUnmet(p, a);
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
        events: events.map((e) => evidenceRef(e, marks)),
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
  const named = userNamed(matched);

  return {
    id: p.id,
    confidence: shown,
    title: p.title,
    explanation: joinSentences(
      fillSentences(p.explanation, matched, a, marks) || fromEvidence(matched, marks),
      timeOnlyNote(matched, a, hosts.owners),
    ),
    evidence: evidenceOf(matched, marks),
    remediation: fillSteps(p.remediation, { ...knownOfAttempt(a), user: a.user ?? named.user }, marks),
    ...named,
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

/**
 * All causes of one attempt, best first; `trace` receives every pattern's result; values from the logs
 * in their sentences marked by `marks`.
 */
export function diagnoseAttempt(
  patterns: readonly Pattern[],
  a: Attempt,
  hosts: HostIndex,
  trace: PatternTrace[] | undefined,
  marks: ValueMarks,
): CauseResult[] {
  const causes: CauseResult[] = [];
  const view = new AttemptView(a, hosts.owners);
  for (const p of compiledPatternList(patterns)) {
    const c = evaluatePattern(p, a, hosts, trace, view, marks);
    if (c) causes.push(c);
  }
  return causes.sort((x, y) => y.confidence - x.confidence || compareText(x.id, y.id));
}
