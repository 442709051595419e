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
import { shortChannelName } from '../ingest/filter.js';
import { summarizeEvent } from './event-summary.js';
import { DECODERS } from './decoders.js';
import { compileMatcher, type CompiledMatcher } from './match.js';
import { EvidenceOwners, isPerConnection, OWNERSHIP_SLACK_MS } from './ownership.js';

/** A cause at least this sure is taken as the explanation: no more logs asked for, a cut-off attempt counted failed. */
export const CONFIDENT = 0.6;

interface HostEvents {
  /** The computer's name as its first indexed event spells it. */
  computer: string;
  byId: Map<number, NormalizedEvent[]>;
}

/** Timelines arrive sorted: check before paying for a sort. */
function sortByTime(list: NormalizedEvent[]): void {
  for (let i = 1; i < list.length; i++) {
    if (list[i - 1].timeMs > list[i].timeMs) {
      list.sort((a, b) => a.timeMs - b.timeMs);
      return;
    }
  }
}

/** Merges lists that are each in time order into one, in time order (linear, no sort). */
function mergeByTime(lists: NormalizedEvent[][]): NormalizedEvent[] {
  let merged: NormalizedEvent[] = [];
  for (const list of lists) {
    if (merged.length === 0) {
      merged = list;
      continue;
    }
    const out: NormalizedEvent[] = new Array(merged.length + list.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < merged.length && j < list.length)
      out[k++] = merged[i].timeMs <= list[j].timeMs ? merged[i++] : list[j++];
    while (i < merged.length) out[k++] = merged[i++];
    while (j < list.length) out[k++] = list[j++];
    merged = out;
  }
  return merged;
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

/** Every event of one computer, in time order, also by event id, for window and history look-ups. */
export class HostIndex {
  private readonly hosts = new Map<string, HostEvents>();
  readonly names: HostNames;

  /** `ids`: index only events with these ids (those some pattern can ask for). */
  constructor(events: readonly NormalizedEvent[], ids?: ReadonlySet<number>, names?: HostNames) {
    this.names = names ?? HostNames.fromEvents(events);
    for (const e of events) {
      if (ids && !ids.has(e.eventId)) continue;
      const key = this.names.key(e.computer);
      let h = this.hosts.get(key);
      if (!h) this.hosts.set(key, (h = { computer: this.names.display(e.computer), byId: new Map() }));
      let sameId = h.byId.get(e.eventId);
      if (!sameId) h.byId.set(e.eventId, (sameId = []));
      sameId.push(e);
    }
    for (const h of this.hosts.values()) {
      for (const list of h.byId.values()) sortByTime(list);
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
    const unclaimed = new Map<string, NormalizedEvent[]>();
    for (const [key, list] of spans) {
      const h = this.hosts.get(key);
      if (!h) continue;
      list.sort((x, y) => x[0] - y[0]);
      const merged: [number, number][] = [];
      for (const [from, to] of list) {
        const last = merged[merged.length - 1];
        if (last && from <= last[1]) last[1] = Math.max(last[1], to);
        else merged.push([from, to]);
      }
      const lists: NormalizedEvent[][] = [];
      for (const events of h.byId.values()) {
        const near: NormalizedEvent[] = [];
        for (const [from, to] of merged) slice(events, from, to, near);
        const kept = near.filter(isPerConnection);
        if (kept.length) lists.push(kept);
      }
      if (lists.length) unclaimed.set(key, mergeByTime(lists));
    }
    this.owners = new EvidenceOwners(attempts, unclaimed, (c) => this.names.key(c));
  }

  has(computer: string): boolean {
    return this.hosts.has(this.names.key(computer));
  }

  computers(): string[] {
    return [...this.hosts.values()].map((h) => h.computer);
  }

  /** Per computer, the events each compiled matcher takes, found once and kept in time order. */
  private readonly matching = new Map<string, Map<CompiledMatcher, NormalizedEvent[]>>();

  private matchingEvents(computer: string, m: CompiledMatcher, ids: readonly number[]): NormalizedEvent[] {
    const key = this.names.key(computer);
    let perHost = this.matching.get(key);
    if (!perHost) this.matching.set(key, (perHost = new Map()));
    let list = perHost.get(m);
    if (!list) {
      const h = this.hosts.get(key);
      const owners = this.owners;
      // Events an attempt owns are found through that attempt (clauseMatches), never here.
      const test = owners ? (e: NormalizedEvent) => m.test(e) && !owners.owns(e) : (e: NormalizedEvent) => m.test(e);
      // A list the matcher takes whole (no field test, as for Schannel floods) is shared, not copied.
      const perId = h
        ? ids
            .map((id) => h.byId.get(id) ?? [])
            .map((l) => (l.every(test) ? l : l.filter(test)))
            .filter((l) => l.length)
        : [];
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
function serverHost(a: Attempt, hosts: HostIndex): string | undefined {
  if (a.side !== 'client') return a.computer;
  const target = a.server.name;
  return target && hosts.has(target) ? target : undefined;
}

/**
 * The clause's matching events, at most MAX_EVIDENCE_PER_CLAUSE (all a cause shows); for history the
 * ones nearest the attempt, which are the most telling.
 */
function clauseMatches(clause: EvidenceClause, a: Attempt, hosts: HostIndex): NormalizedEvent[] {
  const m = compileMatcher(clause.match);
  const owners = hosts.owners;
  const sameClient = (e: NormalizedEvent): boolean => {
    if (!clause.sameClient || !a.client.address) return true;
    const addr = clientAddress(e);
    return !addr || addr === a.client.address;
  };
  const ids = idsOf(clause.match);
  const limit = MAX_EVIDENCE_PER_CLAUSE;
  switch (clause.scope) {
    case 'attempt':
      return a.events.filter((e) => m.test(e) && sameClient(e)).slice(0, limit);
    case 'client': {
      const own = a.clientEvents.filter((e) => m.test(e));
      if (!a.clientComputer || own.length >= limit) return own.slice(0, limit);
      // The index holds only events no attempt owns: another attempt's events are never this one's evidence.
      const around = hosts.scan(
        a.clientComputer,
        a.startMs - (clause.before ?? 5) * 1000,
        a.endMs + (clause.after ?? 5) * 1000,
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
      const from = a.startMs - (clause.before ?? (window ? 5 : 86400)) * 1000;
      const to = window ? a.endMs + (clause.after ?? 5) * 1000 : a.endMs;
      // Host conditions and events no attempt owns come from the index; per-connection events only from
      // the attempt's own (see ownership.ts).
      const free = hosts.scan(server, from, to, m, ids, limit, !window, sameClient);
      if (!owners) return free;
      const inRange: NormalizedEvent[] = [];
      slice(owners.serverEventsOf(a), from, to, inRange);
      const own = inRange.filter((e) => m.test(e) && sameClient(e));
      if (own.length === 0) return free;
      return [...own, ...free].sort((x, y) => (window ? x.timeMs - y.timeMs : y.timeMs - x.timeMs)).slice(0, limit);
    }
  }
}

export interface Matched {
  clause: EvidenceClause;
  events: NormalizedEvent[];
}

/** Why the attempt does not meet a pattern's `when` (outcome, progress, server events, client reason), or undefined. */
export function conditionUnmet(w: AttemptCondition, a: Attempt): string | undefined {
  if (w.outcome && !w.outcome.includes(a.outcome))
    return `applies to ${w.outcome.join('/')} attempts, this one is ${a.outcome}`;
  if (w.progress)
    for (const [k, v] of Object.entries(w.progress))
      if (a.progress[k as keyof typeof a.progress] !== v) return `needs ${k} ${v ? 'reached' : 'not reached'}`;
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
export function evaluatePattern(
  p: Pattern,
  a: Attempt,
  hosts: HostIndex,
  trace?: PatternTrace[],
): CauseResult | undefined {
  const threshold = p.threshold ?? DEFAULT_THRESHOLD;
  const clauses: ClauseTrace[] = [];
  const record = (result: PatternTrace['result'], extra: Partial<PatternTrace> = {}) =>
    trace?.push({ id: p.id, result, threshold, clauses, ...extra });
  const unmet = conditionUnmet(p.when, a);
  if (unmet) {
    record('not applicable', { reason: unmet });
    return undefined;
  }

  const matched: Matched[] = [];
  let missingFactor = 1;
  for (const clause of p.clauses) {
    const events = clauseMatches(clause, a, hosts);
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
        record('excluded', { reason: `${clause.name} matched: evidence of another explanation` });
        return undefined;
      }
      continue;
    }
    if (events.length === 0) {
      if (clause.required) {
        record('missing required evidence', { reason: `${clause.name} found no event` });
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
    record('no evidence');
    return undefined;
  }
  const shown = Math.round(Math.min(confidence, 0.99) * 100) / 100;
  if (confidence + 1e-9 < threshold) {
    record('below threshold', { confidence: shown });
    return undefined;
  }
  record('fired', { confidence: shown });

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
    return `${shortChannelName(e.channel)} ${e.eventId} at ${formatShortTime(e.timestamp)}${who ? ` for ${who}` : ''}${summary ? ` (${summary})` : ''}`;
  });
  return said.length ? `The logs show ${said.join('; ')}.` : '';
}

/** Says which evidence is this attempt's by the moment it was logged only (it names no client or connection). */
function timeOnlyNote(matched: Matched[], a: Attempt, owners: EvidenceOwners | undefined): string {
  if (!owners) return '';
  const kinds = new Set<string>();
  for (const m of matched)
    for (const e of m.events)
      if (owners.linkedByTimeOnly(e, a)) kinds.add(`${shortChannelName(e.channel)} ${e.eventId}`);
  if (kinds.size === 0) return '';
  return `(${[...kinds].join(', ')}: no client or connection named, linked to this attempt by time only.)`;
}

/** The same event is evidence for many attempts (a Schannel flood): summarize it once. */
const summaries = new WeakMap<NormalizedEvent, string>();
function evidenceSummary(e: NormalizedEvent): string {
  let s = summaries.get(e);
  if (s === undefined) summaries.set(e, (s = summarizeEvent(e, 160)));
  return s;
}

export function evidenceRef(e: NormalizedEvent): EvidenceRef {
  return {
    channel: e.channel,
    eventId: e.eventId,
    recordId: e.recordId ?? null,
    time: e.timestamp,
    source: e.source.file,
    computer: e.computer,
    summary: evidenceSummary(e),
  };
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
  for (const sentence of sentences) {
    let ok = true;
    const text = sentence.replace(PLACEHOLDER, (_all, name: string, field: string, decoder?: string) => {
      const raw = name === 'attempt' ? a && attemptValue(a, field) : eventValue(byName.get(name), field);
      if (raw === undefined || raw.trim() === '') {
        ok = false;
        return '';
      }
      if (!decoder) return raw.trim();
      const decode = DECODERS[decoder];
      return decode ? (decode(raw.trim()) ?? raw.trim()) : raw.trim();
    });
    if (ok) out.push(text);
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
  for (const p of patterns) {
    const c = evaluatePattern(p, a, hosts, trace);
    if (c) causes.push(c);
  }
  return causes.sort((x, y) => y.confidence - x.confidence || x.id.localeCompare(y.id));
}
