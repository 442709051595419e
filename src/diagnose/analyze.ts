/** The offline pipeline after ingestion: timeline → attempts → causes, findings and coverage advice. */
import { formatHex, lookupNtStatus, parseCodeValue } from '../../patterns/codes/index.js';
import { causesOfCode } from '../../patterns/code-causes.js';
import { FINDINGS, PATTERNS, UNEXPLAINED } from '../../patterns/index.js';
import type { MachineState } from '../model/state.js';
import type { FindingPattern, Pattern } from '../../patterns/types.js';
import {
  clientAddress,
  type CorrelateOptions,
  logonProofs,
  correlate,
  describeGatewayProgress,
  hasFailureEvent,
  HostNames,
  logKind,
  logonType,
  inTimeOrder,
  numberAttempts,
  userOf,
} from '../correlate/index.js';
import { kindOfChannel, type LogKind } from '../model/channels.js';
import type { ContextStore } from '../ingest/context-store.js';
import { LogReach } from '../ingest/log-reach.js';
import { compareEvents } from '../ingest/timeline.js';
import {
  type Attempt,
  type CauseResult,
  EVIDENCE_EVENT,
  type Finding,
  type Incident,
  type LogonTry,
  type PatternTrace,
  type RecordRef,
  type DiagnosedAttempt,
} from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { mergeTwo } from '../model/order.js';
import { UNMARKED, type ValueMarks } from '../model/value-marks.js';
import { countChannels, computeCoverage, type Coverage, presenceByMachine } from './coverage.js';
import { CONFIDENT, diagnoseAttempt } from './engine.js';
import { evidenceRef } from './evidence-refs.js';
import { HostIndex } from './host-index.js';
import { AccountNames } from './account-names.js';
import { foldGatewayAttempts, lookupSpans, viaOf, wantedIds } from './scope.js';
import { attackPathReads, findAttackPath } from './attacks/attack-path.js';
import { internetLogonFindings } from './attacks/internet-logons.js';
import { findLockouts, lockoutFinding } from './lockouts.js';
import { logClearedFindings } from './log-cleared.js';
import { findHostFindings } from './findings.js';
import { connectionLogsCoverBefore, credentialsUnknown, logCovers, logGivenAt } from './log-given.js';
import { pointUpstream } from './upstream.js';
import { groupIncidents } from './incidents.js';
import { addLowerBounds } from './lower-bound.js';
import { findSecurityBursts, showsLogon } from './attacks/security.js';
import { findHealthProbes } from './health-probes.js';
import { type FoundHijack, findSessionTakeovers, hijackFinding } from './attacks/session-hijack.js';
import { type FoundRdpChanges, findRdpChanges, rdpEnabledFinding } from './attacks/rdp-enabled.js';
import { backdoorFinding, type FoundBackdoor, findBackdoors } from './attacks/accessibility-backdoor.js';
import { type FoundTunnelTools, findTunnelTools } from './attacks/tunnel-tools.js';
import { findTermsrvTampering, termsrvTamperingFindings } from './attacks/termsrv-tampering.js';
import { clientAbuseFindings, findClientAbuse } from './attacks/rdp-client-abuse.js';
import { findTypedCommands, typedCommandFindings } from './attacks/rdp-typed-commands.js';
import { type FoundOutboundRdp, findOutboundRdp, INBOUND_LOGS, outboundRdpFindings } from './attacks/outbound-rdp.js';
import { fillSteps, knownOfAttempt } from './fill-steps.js';
import { tellTryReasons } from './try-reasons.js';
import {
  explicitCredentialFindings,
  type FoundExplicitCredentials,
  findExplicitCredentials,
} from './attacks/explicit-credentials.js';

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

const LADDER: [keyof Attempt['progress'], string][] = [
  ['accepted', 'the TCP connection was accepted'],
  ['authenticated', 'network-level authentication succeeded'],
  ['licensing', 'licensing started'],
  ['protocolComplete', 'the RDP protocol exchange completed'],
  ['session', 'a session was reached'],
];

/** How far the attempt got, in words. */
export function describeProgress(a: Attempt): string {
  switch (a.side) {
    case 'gateway':
      return describeGatewayProgress(a);
    case 'server':
    case 'both':
    case 'client':
      break;
    default:
      a.side satisfies never;
  }
  const reached = LADDER.filter(([k]) => a.progress[k]).map(([k, t]) =>
    k === 'accepted' && a.connection === 'vmbus' ? 'the Hyper-V enhanced session (VMBus) was opened' : t,
  );
  if (reached.length === 0)
    return a.events.length
      ? 'the server logged the connection but no step of the connection sequence'
      : 'no server-side event was logged for this attempt';
  return reached.join(', then ');
}

// The fields a diagnosed attempt adds come first in its copy (`{ causes, ...a }`, not `{ ...a, causes }`): V8
// gives every copy spread and then added to a hidden class of its own, some 600 bytes an attempt that a fleet's
// per-computer passes keep (key order is read nowhere: every report names the fields it writes).

/** The User column filled from the evidence when the attempt's own events name nobody. */
function withUser(a: DiagnosedAttempt): DiagnosedAttempt {
  if (a.user) return a;
  const user = a.causes.find((c) => c.user)?.user;
  return user ? { user, ...a } : a;
}

/** A failed logon's status that no table here knows (Status, or a Sub Status that says more): said, never guessed. */
function unknownLogonStatus(a: Attempt): { event: NormalizedEvent; status: string } | undefined {
  for (const e of a.events) {
    if (logKind(e) !== 'security' || e.eventId !== 4625) continue;
    for (const field of ['SubStatus', 'Status']) {
      const value = parseCodeValue(e.data[field] ?? '');
      if (value && !lookupNtStatus(value)) return { event: e, status: formatHex(value) };
    }
  }
  return undefined;
}

/** Passed NLA, then closed before a session, with no refusal or failure event and no client view. */
function closedAfterNla(a: Attempt): boolean {
  return (
    a.progress.authenticated &&
    !droppedInLicensing(a) &&
    !a.progress.session &&
    a.progress.ended &&
    a.clientEvents.length === 0 &&
    !hasFailureEvent(a) &&
    !a.events.some((e) => logKind(e) === 'security' && e.eventId === 4625)
  );
}

/**
 * Dropped at the licensing stage: licensing started (RdpCoreTS 72 OnStartLicensing), the protocol exchange never
 * completed (no RdpCoreTS 98), RdpCoreTS itself logged the connection's end (102/103) and no session came (no 66,
 * no logon). The server closed it there: a failure whose cause the logs given may not name, never "no failure on
 * record" (the machine's licensing state, when read, names it).
 */
function droppedInLicensing(a: Attempt): boolean {
  return (
    a.progress.licensing &&
    !a.progress.protocolComplete &&
    !a.progress.session &&
    a.events.some((e) => logKind(e) === 'rdpcore' && (e.eventId === 102 || e.eventId === 103))
  );
}

/** A failed try's cause is this sure: Windows' own status for the logon it refused, not the connection's last word. */
const TRIES_CONFIDENCE = 0.7;

/**
 * The cause of a failed attempt that no pattern explains, from its own tries: the logons Windows refused in it
 * (Security 4625, at the session's logon screen after NLA: "Always prompt for password", a host without NLA) and
 * the status each names. The last refused try with a known status says why the connection ended without a logon.
 */
function causeOfTries(a: Attempt, patterns: readonly Pattern[], marks: ValueMarks): CauseResult | undefined {
  // A status no table knows is said as such (`unexplained`), never read as the status beside it.
  if (unknownLogonStatus(a)) return undefined;
  const refused = a.events.filter((e) => logKind(e) === 'security' && e.eventId === 4625);
  for (let i = refused.length - 1; i >= 0; i--) {
    const e = refused[i];
    const subStatus = e.data.SubStatus && !/^0x0+$/i.test(e.data.SubStatus) ? e.data.SubStatus : undefined;
    const id = causeOfStatus(subStatus) ?? causeOfStatus(e.data.Status);
    const pattern = id ? patterns.find((p) => p.id === id) : undefined;
    if (!pattern) continue;
    const type = logonType(e);
    const where = type === 10 ? " at the session's logon screen" : type === 3 ? ' at network-level authentication' : '';
    const status = [e.data.Status, subStatus].filter(Boolean).join(', sub-status ');
    return {
      id: pattern.id,
      confidence: TRIES_CONFIDENCE,
      title: pattern.title,
      explanation: `Windows refused ${refused.length === 1 ? 'its logon' : `${refused.length} logons in it`}${where} (Security 4625, status ${status}), and no logon followed: ${pattern.summary}`,
      evidence: refused.slice(-8).map((x) => evidenceRef(x, marks)),
      remediation: fillSteps(pattern.remediation, knownOfAttempt(a), marks),
    };
  }
  return undefined;
}

function unexplained(a: Attempt, marks: ValueMarks): CauseResult {
  const unknown = unknownLogonStatus(a);
  const events = [...a.events, ...a.clientEvents];
  const evidence = (unknown ? [unknown.event, ...events.filter((e) => e !== unknown.event)] : events)
    .slice(0, 8)
    .map((e) => evidenceRef(e, marks));
  const status = unknown
    ? ` Windows refused its logon with status ${unknown.status} (Security 4625), which is not in our tables: look it up in Microsoft's NTSTATUS list (MS-ERREF 2.3.1) before anything else; it does not say the password was wrong.`
    : '';
  return {
    id: UNEXPLAINED,
    confidence: 0,
    title: 'The attempt failed and no known cause matched its events',
    explanation: `How far it got: ${describeProgress(a)}.${status} None of the known failure signatures appear in the logs given; the coverage advice says which logs would tell more.`,
    evidence,
    remediation: [
      'Export the channels listed under coverage advice from the server (and RDPClient/Operational from the client) covering the time of the attempt, and run rdpdiag again.',
    ],
  };
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

/** The records an attempt rests on, in time order, its logons marked. */
function recordsOf(a: Attempt, shared: Map<NormalizedEvent, RecordRef>): RecordRef[] {
  const events = [...a.probeEvents, ...a.events, ...a.clientEvents].sort(compareEvents);
  const proofs = logonProofs(a);
  return events.map((e) => {
    const how = proofs.get(e);
    const r = recordOf(e, how !== undefined);
    if (how === 'inferred') r.inferred = true;
    // A try's record equals the attempt's when that one is no logon's: one object for both.
    if (!how) shared.set(e, r);
    return r;
  });
}

/** Linked-token logons (an administrator's two 4624) come microseconds apart: one try. */
const LINKED_LOGON_MS = 1_000;

/** The logon tries of an attempt: each 4625, and each 4624 of an interactive, reconnect or NLA logon. */
function triesOf(a: Attempt, shared: ReadonlyMap<NormalizedEvent, RecordRef>): LogonTry[] {
  const tries: LogonTry[] = [];
  for (const e of a.events) {
    if (logKind(e) !== 'security' || (e.eventId !== 4624 && e.eventId !== 4625)) continue;
    const type = logonType(e);
    const outcome = e.eventId === 4624 ? 'succeeded' : 'failed';
    if (outcome === 'succeeded' && type !== 10 && type !== 7 && type !== 3) continue;
    const user = userOf(e);
    const record = shared.get(e) ?? recordOf(e);
    const last = tries[tries.length - 1];
    if (
      outcome === 'succeeded' &&
      last?.outcome === 'succeeded' &&
      last.user === user &&
      e.timeMs - Date.parse(last.time) <= LINKED_LOGON_MS
    ) {
      last.records.push(record);
      continue;
    }
    const status = e.data.Status;
    const subStatus = e.data.SubStatus && !/^0x0+$/i.test(e.data.SubStatus) ? e.data.SubStatus : undefined;
    const cause = outcome === 'failed' ? (causeOfStatus(subStatus) ?? causeOfStatus(status)) : undefined;
    tries.push({
      time: e.timestamp,
      outcome,
      ...(user ? { user } : {}),
      ...(cause ? { cause } : {}),
      ...(outcome === 'failed' && status ? { status } : {}),
      ...(outcome === 'failed' && subStatus ? { subStatus } : {}),
      ...(type !== undefined ? { logonType: type } : {}),
      records: [record],
    });
  }
  return tries;
}

/** The cause a failed logon's status points to (the code tables' first), if any. */
function causeOfStatus(text: string | undefined): string | undefined {
  const value = parseCodeValue(text ?? '');
  return value ? causesOfCode('ntstatus', value)[0]?.causeId : undefined;
}

/**
 * Each shape written as one literal: a spread copy with a field added gets a hidden class of its own, some 400
 * bytes a record that a fleet's per-computer passes keep (tens of thousands of them).
 */
function recordOf(e: NormalizedEvent, logon = false): RecordRef {
  const { computer, channel, eventId, recordId, timestamp: time } = e;
  if (recordId === undefined || recordId === null)
    return logon ? { computer, channel, eventId, time, logon: true } : { computer, channel, eventId, time };
  return logon
    ? { computer, channel, eventId, recordId, time, logon: true }
    : { computer, channel, eventId, recordId, time };
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
 * Does a cause's evidence name this connection (one of its own records, its ActivityID, its client's address)? A
 * host-wide record that names no client (Schannel's 36874/36888 alerts, a host's licensing error) is about the
 * host: at a moment several connections were open, time alone cannot give it to one, so it decides no connection
 * whose own records leave its outcome open (issue 48: no verdict from less; the host's finding says it).
 */
function namesTheConnection(cause: CauseResult, a: Attempt): boolean {
  const own = new Set([...a.events, ...a.clientEvents, ...a.probeEvents]);
  return cause.evidence.some((ref) => {
    const e = ref[EVIDENCE_EVENT];
    if (!e) return false;
    if (own.has(e)) return true;
    if (e.activityId && a.activityIds.includes(e.activityId)) return true;
    const address = clientAddress(e);
    return address !== undefined && address === a.client.address;
  });
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

/** A diagnosed attempt given the RD Gateway it came through, its records, its tries and each try's reason. */
function completeAttempt(a: DiagnosedAttempt, hosts: HostIndex, marks: ValueMarks): void {
  // The RD Gateway a connection came through, from the gateway's log (the server saw the gateway's address).
  const via = viaOf(a, hosts);
  if (via) a.via = via;
  // Through an RD Gateway the host sees the gateway's address; the client is the outside one the gateway's log
  // names (302/303 ClientIP, 200 IpAddress), once that log joins the attempt.
  if (a.via?.clientAddress && a.client.address !== a.via.clientAddress) {
    a.client.address = a.via.clientAddress;
    delete a.client.port;
  }
  const shared = new Map<NormalizedEvent, RecordRef>();
  a.records = recordsOf(a, shared);
  const tries = triesOf(a, shared);
  if (tries.length) a.tries = tries;
  if (a.outcome === 'failed') tellTryReasons(a.causes, a.tries, marks);
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
 * One attempt's causes, and its outcome where they settle it: an unfinished attempt whose evidence already shows a
 * failure failed; a failure with no cause found takes the cause of its tries, else is unknown when it passed NLA and
 * nothing refused it, else unexplained.
 */
function diagnoseOne(
  a: Attempt,
  patterns: readonly Pattern[],
  hosts: HostIndex,
  marks: ValueMarks,
  wantsTrace: AnalyzeOptions['trace'],
): DiagnosedAttempt {
  const trace: PatternTrace[] | undefined = wantsTrace?.(a.id) ? [] : undefined;
  const traced = (d: DiagnosedAttempt, rule = a.outcomeRule ?? ''): DiagnosedAttempt =>
    trace ? { trace: { outcome: rule, patterns: trace }, ...d } : d;
  if (a.outcome === 'in-progress' || a.outcome === 'unknown') {
    // The log stops mid-attempt, or holds too little of it; but when its evidence already shows a failure
    // (a fatal Schannel error, a refused logon in another log), it did fail.
    const asFailed = diagnoseAttempt(patterns, { ...a, outcome: 'failed' }, hosts, trace, marks);
    // Not one whose session was given with nothing refused: what broke after that (a network drop that ended a
    // session that ran) is no failed logon, and whether the logon happened is what the logs given cannot say.
    if (
      !a.progress.session &&
      asFailed[0] &&
      asFailed[0].confidence >= CONFIDENT &&
      namesTheConnection(asFailed[0], a)
    ) {
      const { outcomeReason: _known, ...failed } = a;
      return traced(
        withUser({ causes: asFailed, ...failed, outcome: 'failed' as const }),
        `${a.outcomeRule ?? 'the log ends mid-attempt'}; but a cause is at least ${CONFIDENT * 100}% sure already, so it failed`,
      );
    }
    trace?.splice(0);
    return traced({ causes: [], ...a });
  }
  const causes = diagnoseAttempt(patterns, a, hosts, trace, marks);
  if (a.outcome === 'failed' && causes.length === 0) {
    const tried = causeOfTries(a, patterns, marks);
    if (tried) causes.push(tried);
    else if (closedAfterNla(a)) {
      // Credentials that passed NLA, then the connection closed with nothing refused and no failure on record, and
      // no cause found: no logon, and nothing says it failed (mstsc closes a connection once its credentials check
      // out; a broker redirects it). Neither succeeded nor failed, as far as the records go.
      const rule = `${a.outcomeRule ?? 'no session was reached'}; but it passed network-level authentication and nothing refused it or failed in it, so no failure is on record`;
      return traced(
        {
          causes: [],
          ...a,
          outcome: 'unknown' as const,
          outcomeRule: rule,
          outcomeReason:
            'its credentials passed network-level authentication, then the connection closed before any session with no refusal or failure on record: no logon, and nothing says it failed',
        },
        rule,
      );
    } else causes.push(unexplained(a, marks));
  }
  return traced(withUser({ causes, ...a }));
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

/**
 * Lets go of the events of a diagnosed attempt that the fleet pass (`judgeFleet`) never reads, for a report that
 * names no event of an attempt beyond its first `leading` ones: kept are those first ones (the fleet pass reads
 * the first: a silent attempt's evidence, a health probe's, lateral movement's), the logons (the security lens,
 * attack paths) and MS_T120 opens (BlueKeep probes), in their order; the probe connections' go. Evidence keeps
 * its own events. Its lists are made to fit.
 */
export function keepWhatFleetReads(a: Attempt, leading: number): void {
  a.events = eventsFleetReads(a, leading);
  a.activityIds = a.activityIds.slice();
  a.probeEvents = [];
}

/**
 * The events of an attempt `keepWhatFleetReads` keeps (and those `also` says), in their order, in an array made to
 * fit (copied by slice: one grown by push has room for 17).
 */
export function eventsFleetReads(
  a: Attempt,
  leading: number,
  also: (e: NormalizedEvent) => boolean = () => false,
): NormalizedEvent[] {
  return a.events.filter((e, i) => i < Math.max(1, leading) || showsLogon(e) || attackPathReads(e) || also(e)).slice();
}

/** Host findings computer by computer, in the order the whole timeline indexes them (see HostIndex). */
function inIndexOrder(parts: readonly ComputersDiagnosed[]): ComputersDiagnosed[] {
  return [...parts].sort((x, y) =>
    x.firstIndexed && y.firstIndexed
      ? compareEvents(x.firstIndexed, y.firstIndexed)
      : x.firstIndexed
        ? -1
        : y.firstIndexed
          ? 1
          : 0,
  );
}

/**
 * The fleet-wide pass over what `diagnoseComputers` gave, one part or one per computer: attempts numbered
 * in time order over all of them (as `correlate` numbers them), health probes, attacks across computers,
 * incidents, lateral movement, lower bounds and coverage.
 */
export function judgeFleet(
  parts: readonly ComputersDiagnosed[],
  options: Pick<AnalyzeOptions, 'patterns' | 'marks'> & {
    reach: LogReach;
    channelCounts: Record<string, number>;
    names: HostNames;
  },
): Analysis {
  const patterns = options.patterns ?? PATTERNS;
  const marks = options.marks ?? UNMARKED;
  const attempts = numberAttempts(parts.flatMap((p) => p.attempts).sort(inTimeOrder));
  // Health probes are one benign finding: neither incidents nor an attack.
  const health = findHealthProbes(attempts, marks);
  for (const a of attempts) if (health.probes.has(a.id)) a.healthProbe = true;
  const counted = health.probes.size ? attempts.filter((a) => !a.healthProbe) : attempts;
  const names = options.names;
  const security = findSecurityBursts(counted, marks, connectionLogsCoverBefore(options.reach, names));
  for (const f of security.findings) credentialsUnknown(f, options.reach, names, marks);
  const incidents = groupIncidents(
    counted,
    security.attackOf,
    marks,
    (id) => patterns.find((p) => p.id === id)?.remediation,
  );
  addLowerBounds(options.reach, attempts, security.findings, incidents, (x, y) => names.key(x) === names.key(y));
  const indexed = inIndexOrder(parts);
  // Each computer's roles as its own events tell them (marked while reading: `LogReach`).
  const computers = options.reach.computers();
  const dcs = new Set(computers.filter((c) => c.roles.includes('domain-controller')).map((c) => names.key(c.computer)));
  const isDomainController = (c: string) => dcs.has(names.key(c));
  const path = findAttackPath(
    attempts,
    security.findings,
    marks,
    parts.flatMap((p) => p.tunnelTools),
    names,
    isDomainController,
  );
  const given = logGivenAt(options.reach, names);
  // The attacker's moves, told as lateral movement: not told again as Remote Desktop from a domain controller.
  const lateral = new Set(security.findings.flatMap((f) => (f.burst.lateralMovement ?? []).map((m) => m.attempt)));
  const findings = [
    ...security.findings,
    ...path,
    ...internetLogonFindings(counted, security.findings, marks),
    ...parts.flatMap((p) => p.hijacks).map((h) => hijackFinding(h, marks)),
    ...parts.flatMap((p) => p.rdpChanges).map((c) => rdpEnabledFinding(c, attempts, names, marks)),
    ...parts.flatMap((p) => p.backdoors ?? []).map((b) => backdoorFinding(b, attempts, names, marks)),
    ...outboundRdpFindings(
      parts.flatMap((p) => p.outboundRdp),
      attempts,
      marks,
      {
        isDomainController,
        lateral,
        sameComputer: (x, y) => names.key(x) === names.key(y),
        // A session that led out of the computer began before: a log that begins before the moment would hold it.
        inboundLogsMissing: (computer, ms) => INBOUND_LOGS.filter((channel) => !given(computer, channel, ms, false)),
      },
    ),
    ...explicitCredentialFindings(
      parts.flatMap((p) => p.explicitCredentials),
      attempts,
      security.findings,
      names,
      marks,
      (computer, ms) => given(computer, 'Microsoft-Windows-TerminalServices-RDPClient/Operational', ms),
    ),
    ...indexed.flatMap((p) => p.hostFindings),
    ...health.findings,
  ];
  pointUpstream(attempts, incidents, findings, names, marks);
  const coverage = computeCoverage(
    options.channelCounts,
    attempts,
    patterns,
    presenceByMachine(computers, attempts, (c) => names.key(c)),
  );
  coverage.logs = options.reach.spans();
  return { attempts, findings, incidents, coverage };
}

/** Two lists in timeline order (`compareEvents`) as one. */
function mergeEvents(x: readonly NormalizedEvent[], y: readonly NormalizedEvent[]): readonly NormalizedEvent[] {
  return y.length === 0 ? x : mergeTwo(x, y, compareEvents);
}
