/**
 * The offline pipeline (correlation + diagnosis) run over a bounded window of recent events, so that
 * each attempt is explained once, the moment it ends, while logs keep growing.
 *
 * Time: every computer has a virtual clock, `vnow = its newest event's time + wall time since an event of
 * it last arrived`. Offline, an attempt with no ending is in progress while its computer's log ends
 * within `settle` of its last event; live, the correlator is told that the log reaches vnow (its
 * `logEnd` input), so an attempt that hears nothing for `settle` seconds of real time is decided exactly
 * as the offline report would decide it, and a backlog read at start-up (all events arriving at once) is
 * decided by event time alone. Nothing is added to the events, so every other rule sees what offline sees.
 *
 * Memory: only events that can take part in an attempt (the correlator's channels) or that some pattern
 * or host finding asks for are kept. Events of emitted attempts are dropped once older than `horizonMs`,
 * pattern context once older than the longest look-back of any pattern (capped in number), so the window
 * stays flat however long the follow runs.
 */
import { FINDINGS, PATTERNS } from '../../patterns/index.js';
import type { FindingPattern, Pattern } from '../../patterns/types.js';
import {
  activityIdNamesConnection,
  firstLabel,
  hostKey,
  loggedOn,
  mayBeProbe,
  mayBeRedirectLeg,
  mayBelongToAttempt,
  PROBE_LEAD_MS,
  REDIRECT_LEAD_MS,
} from '../correlate/index.js';
import { analyzeEvents, type DiagnosedAttempt } from '../diagnose/analyze.js';
import { foldedHopEvents, liveRetention, type SievedReads } from '../diagnose/scope.js';
import { type Finding, type RdpEnabledFinding, type SessionHijackFinding, serverLogged } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { compareRecordIds } from '../model/record-id.js';
import type { ValueMarks } from '../model/value-marks.js';

export interface LiveAnalyzerOptions {
  /** An attempt with no ending is decided (failed) after this long without news. Default 30 s. */
  settleMs?: number;
  /**
   * An attempt whose outcome is known but that has not visibly ended (a session id assigned, a failure
   * logged before the connection closed) is reported after this long without news, so that the events
   * that follow (the user name, the closing reason) make it into the explanation. Default min(5 s, settle).
   */
  lingerMs?: number;
  /**
   * An attempt that visibly ended (closed after a failure, or the user's logon completed) is reported once
   * this much time has passed after its last event, so that what other logs wrote at the same instant
   * (Schannel in System, the 4624 in Security) is part of its explanation. Default 300 ms.
   */
  gatherMs?: number;
  /** Events are kept this long (event time) for the correlation of their neighbours. Default 5 min. */
  horizonMs?: number;
  /** At most this long is pattern context kept (history look-backs, host findings). Default: the longest look-back of any pattern. */
  contextMs?: number;
  /** At most this many context events (older than the horizon) are kept, oldest dropped first. Default 10,000. */
  maxContextEvents?: number;
  /** Record keys (see `eventKey`) of events already reported, e.g. from a `--state` file: attempts containing one are not reported again. */
  alreadyReported?: Iterable<string>;
  patterns?: readonly Pattern[];
  findings?: readonly FindingPattern[];
  /** How values from the logs go into rdpdiag's sentences (`MARKED` when the output is redacted). */
  marks?: ValueMarks;
}

export interface LiveUpdate {
  /** Attempts that ended, in start order, each reported once; `id` is the live sequence number (A001…). */
  attempts: DiagnosedAttempt[];
  /** Host findings that appeared since the last update. */
  findings: Finding[];
}

export interface LiveStats {
  eventsAdded: number;
  eventsKept: number;
  reported: number;
  succeeded: number;
  failed: number;
  open: number;
}

const DEFAULT_SETTLE_MS = 30_000;
const DEFAULT_HORIZON_MS = 5 * 60_000;
const MAX_TOMBSTONES = 20_000;
const MAX_NAMES = 10_000;

/** The identity of a record across reads: same computer, channel, record id and time. */
export function eventKey(e: NormalizedEvent): string {
  return `${hostKey(e.computer)}|${e.channel.toLowerCase()}|${e.recordId ?? '-'}|${e.timestamp}`;
}

/** An attempt's events, with those of the legs and the RD Gateway attempt folded into it. */
function allEvents(a: DiagnosedAttempt): NormalizedEvent[] {
  return [...a.events, ...a.clientEvents, ...a.probeEvents, ...(a.redirectedFrom?.events ?? []), ...foldedHopEvents(a)];
}

/** What makes a finding news again in `--follow`: the same key is told once. */
function findingKey(f: Finding): string {
  // A computer's sessions taken over are each one finding: by the victim and the connection it came onto (the
  // session id may come later, with LSM 25).
  const hijack = 'hijack' in f ? (f as SessionHijackFinding).hijack : undefined;
  // Remote Desktop switched on: each day's changes are one finding, told again once a new source signs in.
  const opened = 'rdpEnabled' in f ? (f as RdpEnabledFinding).rdpEnabled : undefined;
  // A program opening Remote Desktop elsewhere: one finding per program, told again for each new connection;
  // explicit credentials: told again as uses are added, or once an attacker's session was open then.
  const outbound = f.outbound ? `|${f.outbound.image}|${f.outbound.connections.length}` : '';
  const explicit = f.explicitCredentials
    ? `|${f.explicitCredentials.uses.length}|${f.explicitCredentials.duringAttack !== undefined}`
    : '';
  return `${hostKey(f.computer)}|${f.id}${hijack ? `|${hijack.victim.user?.toLowerCase() ?? ''}|${hijack.session.connection?.toLowerCase() ?? ''}` : ''}${opened ? `|${opened.changes[0]?.time ?? ''}|${opened.followedBy.length > 0}` : ''}${outbound}${explicit}`;
}

interface HostClock {
  computer: string;
  /** Newest event time seen for this computer. */
  lastEventMs: number;
  /** Wall time at which an event of this computer last arrived. */
  lastArrival: number;
}

export class LiveAnalyzer {
  readonly settleMs: number;
  readonly lingerMs: number;
  readonly gatherMs: number;
  private readonly horizonMs: number;
  private readonly maxContext: number;
  private readonly patterns: readonly Pattern[];
  private readonly findingPatterns: readonly FindingPattern[];
  private readonly marks: ValueMarks | undefined;
  /** Event ids some pattern or finding reads (the HostIndex's ids). */
  private readonly wanted: ReadonlySet<number>;
  /** Of the ids only the attack findings read, the events kept (scope.ts `sievedReads`). */
  private readonly sieve: SievedReads;
  /** How long (event time) an event with this id is kept as context for the clauses and findings that read it (scope.ts). */
  private readonly retention: ReadonlyMap<number, number>;

  private window: NormalizedEvent[] = [];
  private sorted = true;
  private dirty = false;
  private readonly hosts = new Map<string, HostClock>();
  /** Keys of events that belong to reported attempts (dropped with the event). */
  private readonly reported = new Set<string>();
  /**
   * The report (sequence number) each reported event was part of: an attempt's events are released
   * together, so that a client's half kept longer (its computer's clock runs on its own) cannot be joined
   * to the next connection once the server's half is gone.
   */
  private readonly reportedWith = new WeakMap<NormalizedEvent, number>();
  /**
   * Wall time of each report (by sequence number) whose events may still be released: a report's events stay
   * at least `settleMs` of wall time after it, however far its computer's clock ran meanwhile (a backlog or an
   * hour read in one poll), so that a channel read a few polls late (Security's 4624) joins the attempt it
   * belongs to instead of making a second report of it.
   */
  private readonly reportedAt = new Map<number, number>();
  /** ActivityIDs (RdpCoreTS, RDPClient) of reported attempts: late events of those connections are not news. */
  private readonly tombstones = new Map<string, number>();
  private readonly activeFindings = new Set<string>();
  /** The name each computer was first seen under (a host logs its short name and its FQDN), as offline. */
  private readonly names = new Map<string, string>();
  private open: DiagnosedAttempt[] = [];
  private deadline: number | undefined;
  private seq = 0;
  readonly stats: LiveStats = { eventsAdded: 0, eventsKept: 0, reported: 0, succeeded: 0, failed: 0, open: 0 };

  constructor(options: LiveAnalyzerOptions = {}) {
    this.settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
    this.lingerMs = options.lingerMs ?? Math.min(5_000, this.settleMs);
    this.gatherMs = Math.min(options.gatherMs ?? 300, this.lingerMs);
    this.horizonMs = options.horizonMs ?? DEFAULT_HORIZON_MS;
    this.patterns = options.patterns ?? PATTERNS;
    this.findingPatterns = options.findings ?? FINDINGS;
    this.marks = options.marks;
    const retention = liveRetention(this.patterns, this.findingPatterns, this.horizonMs, options.contextMs);
    this.wanted = retention.wanted;
    this.sieve = retention.sieve;
    this.retention = retention.keepMs;
    this.maxContext = options.maxContextEvents ?? 10_000;
    for (const k of options.alreadyReported ?? []) this.reported.add(k);
  }

  /**
   * Hands new events over (any order); `now` is the wall clock. Returns how many were kept. With
   * `clock: false` they take part in correlation but do not move their computer's clock yet (`clock()`
   * does, once every source has been read again after them).
   */
  add(events: readonly NormalizedEvent[], now: number, { clock = true }: { clock?: boolean } = {}): number {
    let kept = 0;
    for (const e of events) {
      this.stats.eventsAdded++;
      const connection = mayBelongToAttempt(e);
      if (!connection && (!this.wanted.has(e.eventId) || (this.sieve.fields.has(e.eventId) && !this.sieve.takes(e))))
        continue;
      if (e.activityId && this.tombstones.has(e.activityId) && activityIdNamesConnection(e)) continue;
      // One clock per machine: a machine may log its short name and its FQDN.
      const key = firstLabel(e.computer);
      if (!this.names.has(key)) {
        if (this.names.size >= MAX_NAMES) this.names.delete(this.names.keys().next().value as string);
        this.names.set(key, e.computer);
      }
      if (clock) this.tick(key, e, now);
      const last = this.window[this.window.length - 1];
      if (last && last.timestamp > e.timestamp) this.sorted = false;
      this.window.push(e);
      kept++;
    }
    if (kept) this.dirty = true;
    this.stats.eventsKept = this.window.length;
    return kept;
  }

  /** Moves the clocks of the computers of events handed over with `clock: false`. */
  clock(events: readonly NormalizedEvent[], now: number): void {
    for (const e of events) this.tick(firstLabel(e.computer), e, now);
    if (events.length) this.dirty = true;
  }

  private tick(key: string, e: NormalizedEvent, now: number): void {
    let h = this.hosts.get(key);
    if (!h) this.hosts.set(key, (h = { computer: e.computer, lastEventMs: e.timeMs, lastArrival: now }));
    h.lastEventMs = Math.max(h.lastEventMs, e.timeMs);
    h.lastArrival = now;
  }

  /** The computer's virtual clock (event time). */
  vnow(computer: string, now: number): number {
    const h = this.hosts.get(firstLabel(computer));
    if (!h) return -Infinity;
    return h.lastEventMs + Math.max(0, now - h.lastArrival);
  }

  /** Wall time at which a computer's virtual clock reaches `vt`. */
  private wallAt(computer: string, vt: number, now: number): number {
    const h = this.hosts.get(firstLabel(computer));
    if (!h) return now;
    return Math.max(now, h.lastArrival + (vt - h.lastEventMs));
  }

  /** Is there anything to do at `now` (new events, or a waiting attempt's time has come)? */
  due(now: number): boolean {
    return this.dirty || (this.deadline !== undefined && now >= this.deadline);
  }

  /** Wall time of the next moment an open attempt may be decided without new events. */
  nextDeadline(): number | undefined {
    return this.deadline;
  }

  /** Attempts seen but not reported yet (still in progress or waiting for their last events). */
  openAttempts(): readonly DiagnosedAttempt[] {
    return this.open;
  }

  /** Keys of events that belong to reported attempts (for a state file). */
  reportedKeys(): IterableIterator<string> {
    return this.reported.values();
  }

  /** Re-runs correlation and diagnosis on the window when due; returns what ended since the last run. */
  run(now: number): LiveUpdate {
    if (!this.due(now)) return { attempts: [], findings: [] };
    this.dirty = false;
    this.sortWindow();
    // Each computer's log reaches its virtual clock: an attempt quiet for --settle is decided as offline.
    const analysis = analyzeEvents(this.window, {
      settleMs: this.settleMs,
      logEnd: (computer) => this.vnow(computer, now),
      patterns: this.patterns,
      findings: this.findingPatterns,
      ...(this.marks ? { marks: this.marks } : {}),
    });

    const { ready, open, deadline } = this.decide(analysis.attempts, now);
    for (const a of ready) this.markReported(a, now);
    this.open = open;
    this.stats.open = open.length;
    this.deadline = Number.isFinite(deadline) ? deadline : undefined;

    const findings = this.newFindings(analysis.findings);
    this.trim(now);
    return { attempts: ready, findings };
  }

  private sortWindow(): void {
    if (this.sorted) return;
    this.window.sort((a, b) =>
      a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : compareRecordIds(a.recordId, b.recordId),
    );
    this.sorted = true;
  }

  /** The attempts ready to report, those still open, and the wall-clock time the first open one may be decided. */
  private decide(
    attempts: DiagnosedAttempt[],
    now: number,
  ): { ready: DiagnosedAttempt[]; open: DiagnosedAttempt[]; deadline: number } {
    const ready: DiagnosedAttempt[] = [];
    const open: DiagnosedAttempt[] = [];
    let deadline = Infinity;
    for (const a of attempts) {
      if (this.joinReported(a)) continue;
      const { isReady, waitUntil } = this.readiness(a, attempts, now);
      if (isReady) ready.push(a);
      else {
        open.push(a);
        deadline = Math.min(deadline, this.wallAt(a.computer, waitUntil, now));
      }
    }
    return { ready, open, deadline };
  }

  /** An attempt already reported (one of its events was): true, its late events taken as reported with it. */
  private joinReported(a: DiagnosedAttempt): boolean {
    const events = allEvents(a);
    // Probes are left out of the test: a probe reported on its own must not hide the connection it precedes.
    if (
      !a.events.some((e) => this.reported.has(eventKey(e))) &&
      !a.clientEvents.some((e) => this.reported.has(eventKey(e)))
    )
      return false;
    // Already reported: its late events are not news either, and go with the report's events.
    const group = events.map((e) => this.reportedWith.get(e)).find((g) => g !== undefined);
    for (const e of events) {
      this.reported.add(eventKey(e));
      if (group !== undefined && !this.reportedWith.has(e)) this.reportedWith.set(e, group);
    }
    this.tombstone(a);
    return true;
  }

  /** Whether an attempt is decided (quiet long enough for its kind), and until when (its computer's clock) it waits. */
  private readiness(
    a: DiagnosedAttempt,
    attempts: readonly DiagnosedAttempt[],
    now: number,
  ): { isReady: boolean; waitUntil: number } {
    const quiet = this.vnow(a.computer, now) - a.endMs;
    if (a.outcome === 'in-progress') return { isReady: false, waitUntil: a.endMs + this.settleMs + 1 };
    if (!serverLogged(a)) {
      // The client's (or an RD Gateway's) view alone: give the server's log a moment to arrive, so that the two are joined.
      return { isReady: quiet >= this.lingerMs, waitUntil: a.endMs + this.lingerMs };
    }
    if (mayBeProbe(a) && a.progress.ended) {
      // Perhaps mstsc's probe before the real connection: the next connection from the same client that
      // is not itself a probe decides (the correlator folds the probes into it when it succeeds).
      const decider = attempts.find(
        (b) =>
          b.startMs > a.startMs &&
          b.client.address === a.client.address &&
          firstLabel(b.computer) === firstLabel(a.computer) &&
          !mayBeProbe(b),
      );
      return {
        isReady: quiet > PROBE_LEAD_MS || (decider !== undefined && decider.outcome !== 'in-progress'),
        waitUntil: a.endMs + PROBE_LEAD_MS + 1,
      };
    }
    if (mayBeRedirectLeg(a)) {
      // Perhaps a Connection Broker's leg: if the client shows up on another computer within seconds, the
      // correlator folds this leg into that connection.
      return { isReady: quiet > REDIRECT_LEAD_MS, waitUntil: a.endMs + REDIRECT_LEAD_MS + 1 };
    }
    if ((a.outcome === 'failed' && a.progress.ended) || (a.outcome === 'succeeded' && loggedOn(a))) {
      // Ended: a moment more for the events logged at the same instant in other logs (Schannel in System…).
      return { isReady: quiet >= this.gatherMs, waitUntil: a.endMs + this.gatherMs };
    }
    if (a.progress.session && !a.progress.ended) {
      // A session given (RdpCoreTS 66) and not yet closed: the user may still be at the logon screen, and the record
      // that proves a logon (LogonNotify, LSM 21, 4624) comes when they sign in: awaited as an attempt in progress is.
      return { isReady: quiet >= this.settleMs, waitUntil: a.endMs + this.settleMs + 1 };
    }
    return { isReady: quiet >= this.lingerMs, waitUntil: a.endMs + this.lingerMs };
  }

  /** A decided attempt gets its number, its events are marked reported, its computer its full name. */
  private markReported(a: DiagnosedAttempt, now: number): void {
    a.id = `A${String(++this.seq).padStart(3, '0')}`;
    this.reportedAt.set(this.seq, now);
    for (const e of allEvents(a)) {
      this.reported.add(eventKey(e));
      this.reportedWith.set(e, this.seq);
    }
    this.tombstone(a);
    const name = this.names.get(firstLabel(a.computer));
    if (name && name !== a.computer) {
      if (a.server.name === a.computer) a.server.name = name;
      a.computer = name;
    }
    this.stats.reported++;
    if (a.outcome === 'succeeded') this.stats.succeeded++;
    else if (a.outcome === 'failed') this.stats.failed++;
  }

  /** The findings not told before (by `findingKey`); what is told now is remembered, what ended forgotten. */
  private newFindings(found: readonly Finding[]): Finding[] {
    const findings: Finding[] = [];
    const active = new Set<string>();
    for (const f of found) {
      const key = findingKey(f);
      active.add(key);
      if (!this.activeFindings.has(key)) findings.push(f);
    }
    this.activeFindings.clear();
    for (const k of active) this.activeFindings.add(k);
    return findings;
  }

  private tombstone(a: DiagnosedAttempt): void {
    const ids = new Set(a.activityIds);
    for (const e of [...(a.redirectedFrom?.events ?? []), ...a.clientEvents])
      if (e.activityId && activityIdNamesConnection(e)) ids.add(e.activityId);
    for (const id of ids) {
      this.tombstones.delete(id);
      this.tombstones.set(id, a.endMs);
    }
    while (this.tombstones.size > MAX_TOMBSTONES) this.tombstones.delete(this.tombstones.keys().next().value as string);
  }

  /** Releases events nobody needs any more: reported attempts' once past the horizon, context past its look-back. */
  private trim(now: number): void {
    const protect = new Set<NormalizedEvent>();
    for (const a of this.open) for (const e of allEvents(a)) protect.add(e);
    // Reports younger than the settle time (wall) keep their events (see `reportedAt`).
    const fresh = new Set<number>();
    for (const [seq, at] of this.reportedAt) {
      if (now - at < this.settleMs) fresh.add(seq);
      else this.reportedAt.delete(seq);
    }
    const cut = new Map<string, { connection: number; vnow: number }>();
    for (const [key, h] of this.hosts) {
      const v = h.lastEventMs + Math.max(0, now - h.lastArrival);
      cut.set(key, { connection: v - this.horizonMs, vnow: v });
    }
    let contextCount = 0;
    const kept: NormalizedEvent[] = [];
    const released = new Set<number>();
    for (const e of this.window) {
      const c = cut.get(firstLabel(e.computer));
      const retention = this.retention.get(e.eventId);
      const group = this.reportedWith.get(e);
      const keep =
        protect.has(e) ||
        !c ||
        e.timeMs >= c.connection ||
        (retention !== undefined && e.timeMs >= c.vnow - retention) ||
        (group !== undefined && fresh.has(group));
      if (keep) {
        kept.push(e);
        if (c && e.timeMs < c.connection && !protect.has(e)) contextCount++;
      } else {
        if (group !== undefined) released.add(group);
        this.reported.delete(eventKey(e));
      }
    }
    let result = released.size
      ? kept.filter((e) => {
          const group = this.reportedWith.get(e);
          if (group === undefined || !released.has(group) || protect.has(e)) return true;
          this.reported.delete(eventKey(e));
          return false;
        })
      : kept;
    if (contextCount > this.maxContext) {
      // Too much old context (a password-guessing flood in Security): drop the oldest first.
      let drop = contextCount - this.maxContext;
      const before = result;
      result = [];
      for (const e of before) {
        const c = cut.get(firstLabel(e.computer));
        if (drop > 0 && !protect.has(e) && c && e.timeMs < c.connection) {
          drop--;
          this.reported.delete(eventKey(e));
          continue;
        }
        result.push(e);
      }
    }
    this.window = result;
    this.stats.eventsKept = result.length;
    const present = new Set(result.map((e) => firstLabel(e.computer)));
    for (const key of [...this.hosts.keys()]) if (!present.has(key)) this.hosts.delete(key);
    // Keys seeded from a state file that match nothing kept are dropped once the backlog has been read.
    if (this.reported.size > result.length * 4 + 10_000) {
      const live = new Set(result.map(eventKey));
      for (const k of this.reported) if (!live.has(k)) this.reported.delete(k);
    }
  }
}
