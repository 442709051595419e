/** The offline pipeline after ingestion: timeline → attempts → causes, findings and coverage advice. */
import { FINDINGS, PATTERNS } from '../../patterns/index.js';
import type { MachineState } from '../model/state.js';
import type { FindingPattern, Pattern } from '../../patterns/types.js';
import { type CorrelateOptions, correlate, HostNames, numberAttempts } from '../correlate/index.js';
import { kindOfChannel, type LogKind } from '../model/channels.js';
import type { ContextStore } from '../ingest/context-store.js';
import { LogReach } from '../ingest/log-reach.js';
import { compareEvents } from '../ingest/timeline.js';
import type { Attempt, DiagnosedAttempt, Finding, Incident } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { mergeTwo } from '../model/order.js';
import { UNMARKED, type ValueMarks } from '../model/value-marks.js';
import { countChannels, type Coverage } from './coverage.js';
import { HostIndex } from './host-index.js';
import { AccountNames } from './account-names.js';
import { foldGatewayAttempts, lookupSpans, wantedIds } from './scope.js';
import { findLockouts, lockoutFinding } from './lockouts.js';
import { logClearedFindings } from './log-cleared.js';
import { findHostFindings } from './findings.js';
import { logCovers } from './log-given.js';
import { type FoundHijack, findSessionTakeovers } from './attacks/session-hijack.js';
import { type FoundRdpChanges, findRdpChanges } from './attacks/rdp-enabled.js';
import { type FoundBackdoor, findBackdoors } from './attacks/accessibility-backdoor.js';
import { type FoundTunnelTools, findTunnelTools } from './attacks/tunnel-tools.js';
import { findTermsrvTampering, termsrvTamperingFindings } from './attacks/termsrv-tampering.js';
import { clientAbuseFindings, findClientAbuse } from './attacks/rdp-client-abuse.js';
import { findTypedCommands, typedCommandFindings } from './attacks/rdp-typed-commands.js';
import { type FoundOutboundRdp, findOutboundRdp } from './attacks/outbound-rdp.js';
import { type FoundExplicitCredentials, findExplicitCredentials } from './attacks/explicit-credentials.js';
import { diagnoseOne } from './attempt-outcome.js';
import { completeAttempt } from './attempt-records.js';
import { judgeFleet } from './fleet.js';

/** Declared with the attempt (model/attempt.ts), named here for the modules that read an analysis. */
export type { DiagnosedAttempt } from '../model/attempt.js';

export interface Analysis {
  attempts: DiagnosedAttempt[];
  /** Security findings (password guessing, scanning) first, then host findings. */
  findings: Finding[];
  /** Failed attempts grouped by computer, top cause and time (see incidents.ts). */
  incidents: Incident[];
  coverage: Coverage;
  /** The machines' state read beside the logs (state-checks.ts): each check's verdict; absent without state files. */
  machineState?: MachineState;
}

export interface AnalyzeOptions {
  patterns?: readonly Pattern[];
  findings?: readonly FindingPattern[];
  settleMs?: number;
  /** How far each computer's logs reach, when later than its last event (see `CorrelateOptions.logEnd`). */
  logEnd?: CorrelateOptions['logEnd'];
  /** Record a trace (`analyze --explain`) for the attempts with these ids. */
  trace?: (attemptId: string) => boolean;
  /** Events read per channel, when the caller kept only the events analysis needs (see `neededForAnalysis`). */
  channelCounts?: Record<string, number>;
  /**
   * The context events read apart from `events` (`contextForAnalysis`, context-store.ts): only those near
   * some attempt are made events and analyzed; the result is the same as with all of them in `events`.
   */
  context?: ContextStore;
  /** How far each log reaches (read by the timeline, `Timeline.reach`); from `events` when absent. */
  reach?: LogReach;
  /** How values from the logs go into rdpdiag's sentences: marked for the redactor (`MARKED`) or not (default). */
  marks?: ValueMarks;
}

/** What analysis read: `events`, the context events it made, and where each computer first appears. */
export interface AnalyzedEvents {
  analysis: Analysis;
  /** The events analyzed: the timeline's, then the context events near attempts (in runs, see `ContextStore.selectRuns`). */
  events: readonly (readonly NormalizedEvent[])[];
  /** The timeline's events with the first event of each context shape: every computer and value, in timeline order. */
  firsts: readonly NormalizedEvent[];
}

export function analyzeEvents(events: readonly NormalizedEvent[], options: AnalyzeOptions = {}): Analysis {
  return analyzeWithContext(events, options).analysis;
}

/** `analyzeEvents`, also saying which events it read (for the report model and the redactor). */
export function analyzeWithContext(events: readonly NormalizedEvent[], options: AnalyzeOptions = {}): AnalyzedEvents {
  const diagnosed = diagnoseComputers(events, options);
  let reach = options.reach;
  if (!reach) {
    reach = new LogReach();
    for (const e of events) reach.add(e);
  }
  const analysis = judgeFleet([diagnosed.result], {
    ...options,
    reach,
    channelCounts: options.channelCounts ?? countChannels(diagnosed.events.flat()),
    names: diagnosed.names,
  });
  return { analysis, events: diagnosed.events, firsts: diagnosed.firsts };
}

/**
 * What the fleet-wide pass needs of a pass over some computers' events (all of a run's, or one computer's
 * when the input comes grouped by computer): their attempts diagnosed (ids given by `judgeFleet`), their
 * host findings, and where their first indexed event stands in the timeline (host findings come in that order).
 */
export interface ComputersDiagnosed {
  attempts: DiagnosedAttempt[];
  hostFindings: Finding[];
  /** Sessions taken over (`session-hijack`), told once the attempts are numbered; their attempts already marked. */
  hijacks: FoundHijack[];
  /** Remote Desktop switched on or opened up (`rdp-enabled`), told once the attempts are numbered. */
  rdpChanges: FoundRdpChanges[];
  /** Accessibility programs made to open a shell at the logon screen (`accessibility-backdoor`), told once numbered. */
  backdoors?: FoundBackdoor[];
  /** The tools that carried Remote Desktop through a tunnel, for `rdp-tunnel` to name. */
  tunnelTools: FoundTunnelTools[];
  /** Programs other than Remote Desktop clients that opened Remote Desktop elsewhere (`outbound-rdp`). */
  outboundRdp: FoundOutboundRdp[];
  /** Explicit credentials to `TERMSRV/…` whose connection the run does not hold (`explicit-credentials`). */
  explicitCredentials: FoundExplicitCredentials[];
  /** The first event (timeline order) with an id some pattern or finding reads. */
  firstIndexed?: NormalizedEvent;
}

/** Each computer's logs' last record time by log kind, from the timeline's log reach. */
function logEndsOf(
  reach: LogReach,
  names: HostNames,
): (computer: string) => Partial<Record<LogKind, number>> | undefined {
  const byHost = new Map<string, Partial<Record<LogKind, number>>>();
  for (const s of reach.spans()) {
    const key = names.key(s.computer);
    let ends = byHost.get(key);
    if (!ends) byHost.set(key, (ends = {}));
    const kind = kindOfChannel(s.channel);
    if (!(s.lastMs <= (ends[kind] ?? -Infinity))) ends[kind] = s.lastMs;
  }
  return (computer) => byHost.get(names.key(computer));
}

/**
 * The part of analysis that reads the events: correlation into attempts, their causes, the gateway they came
 * through, host findings. Nothing here looks beyond the computers of `events` but the client↔server join,
 * Connection Broker folding and path scopes (an RD Gateway's log), which is why a run can be analyzed one
 * computer at a time only when none of those reaches across computers (src/pipeline/by-computer.ts).
 */
export function diagnoseComputers(
  events: readonly NormalizedEvent[],
  options: AnalyzeOptions = {},
): {
  result: ComputersDiagnosed;
  events: readonly (readonly NormalizedEvent[])[];
  firsts: readonly NormalizedEvent[];
  names: HostNames;
} {
  const patterns = options.patterns ?? PATTERNS;
  const findingPatterns = options.findings ?? FINDINGS;
  const context = options.context;
  const marks = options.marks ?? UNMARKED;
  const ids = wantedIds(patterns, findingPatterns);
  // With a context store, computers are named and ordered as the whole timeline would give them.
  const firsts = context ? mergeEvents(events, context.firsts().sort(compareEvents)) : events;
  const names = HostNames.fromEvents(firsts);
  const correlated = correlateAttempts(events, names, options);
  let near: NormalizedEvent[][] = [];
  if (context) {
    const known = new Set<string>();
    let last: string | undefined;
    for (const e of firsts) if (e.computer !== last && ids.has(e.eventId)) known.add(names.key((last = e.computer)));
    const spans = lookupSpans(correlated, patterns, names, { has: (c) => known.has(names.key(c)) });
    near = context.selectRuns((c) => spans.get(names.key(c)));
  }
  const hosts = new HostIndex(events, ids, names, context ? firsts : undefined, near);
  hosts.assignEvidence(correlated);
  const attempts = correlated.map((a) => diagnoseOne(a, patterns, hosts, marks, options.trace));
  for (const a of attempts) completeAttempt(a, hosts, marks);
  // Accounts by name where a record names one by SID only, one map for every finding that prints an account.
  const accounts = AccountNames.fromEvents(events, names);
  const hijacks = findSessionTakeovers(events, attempts, names, accounts, options.logEnd);
  // A connection that took several sessions in turn is marked with the first; each has its own finding.
  for (const h of hijacks) if (h.attempt && !h.attempt.takeover) markTakeover(h.attempt, h);
  const firstIndexed = firsts.find((e) => ids.has(e.eventId));
  return {
    result: {
      attempts,
      hostFindings: byComputerIndexed(
        [
          ...findHostFindings(findingPatterns, hosts, marks, logCovers(options.reach, events, names)),
          ...termsrvTamperingFindings(findTermsrvTampering(events, names), marks),
          ...clientAbuseFindings(findClientAbuse(events, names), marks),
          ...typedCommandFindings(findTypedCommands(events, attempts, names), marks),
          ...findLockouts(events, names).map((l) => lockoutFinding(l, marks)),
          ...logClearedFindings(events, marks),
        ],
        firsts,
        ids,
        names,
      ),
      hijacks,
      rdpChanges: findRdpChanges(events, names, accounts),
      backdoors: findBackdoors(events, names, accounts),
      tunnelTools: findTunnelTools(events, names),
      outboundRdp: findOutboundRdp(events, names),
      explicitCredentials: findExplicitCredentials(events, attempts, names),
      ...(firstIndexed ? { firstIndexed } : {}),
    },
    events: [events, ...near],
    firsts,
    names,
  };
}

/** The computers' attempts, numbered; an RD Gateway's attempt a host or a client logged too is that one's (`via`). */
function correlateAttempts(events: readonly NormalizedEvent[], names: HostNames, options: AnalyzeOptions): Attempt[] {
  return numberAttempts(
    foldGatewayAttempts(
      correlate(events, {
        settleMs: options.settleMs,
        logEnd: options.logEnd,
        hosts: names,
        ...(options.reach ? { logEndByKind: logEndsOf(options.reach, names) } : {}),
      }),
      names,
      // Followed live, the window is bounded: the gateway's events stay with the attempt they were folded into.
      options.logEnd !== undefined,
    ),
  );
}

/**
 * Host findings computer by computer, in the order their computers' first indexed events come (each computer's own
 * in the order found): the order `judgeFleet` gives when each computer is diagnosed apart, so one run and one
 * computer at a time tell them alike.
 */
function byComputerIndexed(
  findings: Finding[],
  firsts: readonly NormalizedEvent[],
  ids: ReadonlySet<number>,
  names: HostNames,
): Finding[] {
  if (findings.length < 2) return findings;
  const rank = new Map<string, number>();
  for (const e of firsts) {
    if (!ids.has(e.eventId)) continue;
    const key = names.key(e.computer);
    if (!rank.has(key)) rank.set(key, rank.size);
  }
  const rankOf = (f: Finding) => rank.get(names.key(f.computer)) ?? Number.MAX_SAFE_INTEGER;
  return findings
    .map((f, i) => ({ f, i }))
    .sort((x, y) => rankOf(x.f) - rankOf(y.f) || x.i - y.i)
    .map((x) => x.f);
}

/**
 * A connection that took over another account's session is the actor's act: its user is the actor (none when the
 * logs name none), never the victim whose session it reached; what it took is said beside it (`takeover`).
 */
function markTakeover(a: Attempt, found: FoundHijack): void {
  const h = found.hijack;
  const victim = h.victim.user ?? 'another user';
  a.takeover = {
    victim,
    ...(h.session.id ? { sessionId: h.session.id } : {}),
    how: h.how,
    ...(h.actor.user ? { actor: h.actor.user } : {}),
  };
  if (h.actor.user) a.user = h.actor.user;
  else delete a.user;
  a.outcomeRule = `${a.outcomeRule ?? 'a logon completed in it'}; but the session it reached was ${victim}'s, taken over${h.actor.user ? ` by ${h.actor.user}` : ''} (session-hijack): the connection's user is the actor, not ${victim}`;
}

/** Two lists in timeline order (`compareEvents`) as one. */
function mergeEvents(x: readonly NormalizedEvent[], y: readonly NormalizedEvent[]): readonly NormalizedEvent[] {
  return y.length === 0 ? x : mergeTwo(x, y, compareEvents);
}
