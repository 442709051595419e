/**
 * The shape of a pattern: one cause of a failed RDP connection, declared as data. The engine
 * (src/diagnose/engine.ts) knows nothing about any particular cause; everything it needs to find,
 * weigh, explain and fix one is here.
 */
import type { AttemptProgress, Outcome } from '../src/model/attempt.js';
import type { Confidence, ProtocolPhase } from './codes/types.js';

/**
 * The cause ids a finding may name, filled in by patterns/index.ts (`declare module './types.js'`), where they are
 * derived from the list of patterns: this file, which every pattern imports, needs no import back up from that list.
 * Left unfilled, no id would pass.
 */
// biome-ignore lint/suspicious/noEmptyInterface: patterns/index.ts adds its member
export interface CauseIdRegistry {}

/** A cause id other than `unexplained` (`findings[].cause`, `upstreamFor`). */
export type ExplainedCauseId = CauseIdRegistry extends { readonly explained: infer C extends string } ? C : never;

/** A test on one field value. Numbers compare numerically whatever the rendering (`0x7`, `7`, `0x00000007`). */
export type FieldTest =
  | string
  | number
  | { readonly in: readonly (string | number)[] }
  | { readonly notIn: readonly (string | number)[] }
  | { readonly regex: string }
  | { readonly present: boolean };

export interface EventMatcher {
  /**
   * Channel: the full name, `System`, `Security`, or a suffix such as `RdpCoreTS/Operational`,
   * `LocalSessionManager/Operational`, `RemoteConnectionManager/Admin`, `RDPClient/Operational`.
   */
  readonly channel?: string | readonly string[];
  /** Provider name or classic event source name (case-insensitive), e.g. `Schannel`, `TermService`, `LsaSrv`. */
  readonly provider?: string | readonly string[];
  /** Event ids. Licensing events that carry severity bits on newer builds list both forms (1128 and 50280). */
  readonly eventId: number | readonly number[];
  /** Every listed field must pass its test. */
  readonly fields?: Readonly<Record<string, FieldTest>>;
}

/**
 * Where the engine looks for a clause's events, relative to one attempt:
 * - `attempt`: the attempt's own server-side events (joined by ActivityID, connection, session, address);
 * - `client`: the attempt's client-side events (RDPClient, the client's System log);
 * - `window`: any event of the same computer from `before` seconds before the attempt starts to `after`
 *   seconds after it ends (System, Schannel and Security events are not tied to a connection);
 * - `history`: any event of the same computer in the `before` seconds up to the attempt's end (host
 *   conditions logged at service start or on a timer, such as certificate or licensing state);
 * - `path`: an event of any computer on the connection's path (an RD Gateway, a Connection Broker, NPS, a
 *   domain controller, or the server itself when it holds that role) from `before` seconds before the
 *   attempt starts to `after` seconds after it ends, that names the attempt by the keys `join` gives.
 * Defaults and the computers each scope looks at: src/diagnose/scope.ts.
 */
export type ClauseScope = 'attempt' | 'client' | 'window' | 'history' | 'path';

/**
 * How a path-scope event names the attempt: the event's field that holds each key. At least one key must
 * be known on both sides, and every key known on both sides must agree (time alone never joins).
 */
export interface PathJoin {
  /** The field naming the computer the client wanted (the session host): the attempt's server. */
  readonly target?: string;
  /** The field naming the client's own address (behind the gateway, the one the server never sees). */
  readonly client?: string;
  /** The field naming the user (`DOMAIN\user`, `user@domain` or `user`). */
  readonly user?: string;
}

export interface EvidenceClause {
  /** Name used in explanation templates: `{name.Field}`, `{name.Field|decoder}`. */
  readonly name: string;
  readonly match: EventMatcher;
  readonly scope: ClauseScope;
  /** Seconds before the attempt start (window, path, client: 5; history: a day). */
  readonly before?: number;
  /** Seconds after the attempt end (window, path, client: 5). */
  readonly after?: number;
  /** Path scope: how its events name the attempt (required there, ignored elsewhere). */
  readonly join?: PathJoin;
  /**
   * For window scope: when the event names a client address (IpAddress, ClientIP, IPString, Address,
   * Param3…), it must be the attempt's client. Events that name no address still count.
   */
  readonly sameClient?: boolean;
  /** How much this evidence alone says for the cause, 0–1. Matched weights combine as 1 − Π(1 − w). */
  readonly weight: number;
  /** The pattern cannot fire without this clause. */
  readonly required?: boolean;
  /** The pattern must not fire when this clause matches (evidence of another explanation). */
  readonly excludes?: boolean;
  /**
   * History scope: what ends the condition its events tell (a new certificate made, 1056, ends the failures to
   * make one): of its events, only those after the last such event up to the attempt's end count.
   */
  readonly clearedBy?: EventMatcher;
}

/** Conditions on the attempt itself. */
export interface AttemptCondition {
  readonly outcome?: readonly Outcome[];
  /** Every listed progress flag must have this value. */
  readonly progress?: Partial<Readonly<Record<keyof AttemptProgress, boolean>>>;
  /** The attempt must (true) or must not (false) have server-side events. */
  readonly serverEvents?: boolean;
  /** The client's 1026 disconnect reason (decimal) must be one of these, when set. */
  readonly clientReason?: readonly number[];
}

export interface PatternSample {
  /** What the sample shows, in one line. */
  readonly description: string;
  /**
   * The export (`wevtutil qe /f:xml`, fictional names, documentation addresses) of the events it
   * recognises, relative to the repository root: `samples/patterns/<id>/sample.xml` (findings:
   * `samples/findings/<id>/sample.xml`). Server and client events may be mixed; the tests run it through
   * the whole pipeline, and `rdpdiag analyze` reads it like any export.
   */
  readonly file: string;
}

/** A code of one of the code tables (patterns/codes/) that points to this cause. */
export interface ExplainedCode {
  /** The code as the table keys it (a FailureReason by its message id: 2313 for `%%2313`). */
  readonly code: number;
  /** Confidence of the link from the code to this cause: MS, WR, SP as in patterns/codes/types.ts. */
  readonly confidence: Confidence;
  /**
   * Where this cause stands among the causes the same code points to, 1 = check first (explain-code lists them
   * in this order). Required when more than one pattern explains the code; unique among them.
   */
  readonly rank?: number;
  /**
   * The protocol phase in which this cause produces this code, when it is not the pattern's own `phase` (an
   * account check that fails in NLA with NLA on and at the logon screen without it).
   */
  readonly phase?: ProtocolPhase;
}

/** An error known by its name (an Azure Virtual Desktop error) that points to this cause. */
export interface ExplainedName extends Omit<ExplainedCode, 'code'> {
  /** The name as its table spells it (`ConnectionBroken`, `SxSStackListenerCheck`). */
  readonly name: string;
}

/** A primary + extended pair of the mstsc dialog (src/explain/tables/codes/mstsc-combinations.ts) that points to this cause. */
export interface ExplainedPair extends ExplainedCode {
  /** The primary code is `code`; this is the extended code. */
  readonly extended: number;
  /** Why this cause fits the pair, and which log confirms it. */
  readonly why: string;
}

/**
 * The codes a pattern explains, by table. The tables say what a code means; which causes a code points to is
 * derived from these declarations (patterns/code-causes.ts), so no table names a cause.
 */
export interface ExplainedCodes {
  /** mstsc "Error code" / RDPClient 1026 `Value` (DISCONNECT_REASONS, decimal). */
  readonly mstsc?: readonly ExplainedCode[];
  /** mstsc "Extended error code" (EXTENDED_REASONS). */
  readonly mstscExtended?: readonly ExplainedCode[];
  /** Primary + extended pairs (CODE_COMBINATIONS). */
  readonly mstscPair?: readonly ExplainedPair[];
  /** LocalSessionManager 40 `Reason` (LSM_40_REASONS). */
  readonly lsm40?: readonly ExplainedCode[];
  /** Security 4625 `Status` / `SubStatus` (NTSTATUS_CODES). */
  readonly ntstatus?: readonly ExplainedCode[];
  /** Security 4625 `FailureReason` message ids (FAILURE_REASONS). */
  readonly failureReason?: readonly ExplainedCode[];
  /** SSPI status and HRESULTs (SSPI_STATUS_CODES). */
  readonly sspi?: readonly ExplainedCode[];
  /** Win32 error codes (WIN32_ERRORS). */
  readonly win32?: readonly ExplainedCode[];
  /** RD Gateway E_PROXY_* statuses by their HRESULT (GATEWAY_CODES, MS-TSGU). */
  readonly gateway?: readonly ExplainedCode[];
  /** TLS alert descriptions (TLS_ALERTS). */
  readonly tlsAlert?: readonly ExplainedCode[];
  /** Error codes of the Windows App / Remote Desktop clients on macOS, iOS, Android, the web (CLIENT_APP_CODES). */
  readonly clientApp?: readonly ExplainedCode[];
  /** Schannel internal error states, with the event they are documented with (SCHANNEL_ERROR_STATES). */
  readonly schannel?: readonly (ExplainedCode & { readonly eventId: number })[];
}

export type CodeTableName = keyof ExplainedCodes;

export type PatternStatus = 'stable' | 'test' | 'experimental';

export interface Pattern {
  /** The cause id (stable: reports and scripts key on it; a new cause gets a new id). */
  readonly id: string;
  /** Headline shown to the user: what is wrong, in admin words. */
  readonly title: string;
  /** What the cause is, in one line (`explain-code` lists it among the likely causes of a code). */
  readonly summary: string;
  /**
   * How far the pattern is proven: `stable` (checked against real logs of the failure), `test` (written
   * from documentation and samples, not yet seen in a real log), `experimental` (rests on speculative facts).
   */
  readonly status: PatternStatus;
  /** Public sources for the events and codes the pattern relies on (Microsoft documentation first). */
  readonly references: readonly string[];
  /**
   * Where in the connection sequence the cause acts (patterns/codes/types.ts `ProtocolPhase`): explain-code ranks
   * first the causes that act in a phase the user's code can come from.
   */
  readonly phase: ProtocolPhase;
  /** When the pattern can fire although the cause is something else, in admin words. */
  readonly falsePositives: readonly string[];
  readonly when: AttemptCondition;
  readonly clauses: readonly EvidenceClause[];
  /** The pattern fires when the combined weight of matched clauses reaches this (default 0.3). */
  readonly threshold?: number;
  /** The codes of the code tables that point to this cause (explain-code's likely causes derive from them). */
  readonly codes?: ExplainedCodes;
  /**
   * The Azure Virtual Desktop / Windows 365 errors, health checks and statuses (src/explain/tables/codes/avd-errors.ts, read
   * by name: several share one number) that point to this cause.
   */
  readonly avdErrors?: readonly ExplainedName[];
  /**
   * Explanation sentences. Placeholders: `{clause.Field}`, `{clause.Field|decoder}`, `{clause.eventId}`,
   * `{clause.time}`, `{attempt.client}`, `{attempt.user}`, `{attempt.computer}`, `{attempt.clientReason|mstsc}`.
   * A sentence whose placeholders cannot all be filled is left out, so sentences may name optional evidence.
   * Decoders: ntstatus, lsm40, mstsc, mstsc-extended, tls-alert, hresult, failure-reason.
   */
  readonly explanation: readonly string[];
  /** Concrete steps, registry and policy paths, commands; warnings where folklore is harmful. */
  readonly remediation: readonly string[];
  /** A realistic sample of the events it recognises; a test proves the pattern fires on it. */
  readonly sample: PatternSample;
  /**
   * What the cause tells the password-guessing and scanning detector (src/diagnose/attacks/security.ts):
   * `credentials`, a credential was offered (a burst of such failures guessed passwords rather than only
   * knocked); `spreads`, an attacker produces it by itself, so it may come from many sources at once.
   */
  readonly attackSignals?: { readonly credentials?: boolean; readonly spreads?: boolean };
}

/** A host-level problem that no single attempt shows (grace period ending, certificate renewal failing). */
export interface FindingPattern {
  readonly id: string;
  /**
   * The cause id whose failures this host condition explains or foretells (`findings[].cause` of the JSON
   * contract), or null for a condition that is no cause of failed connections.
   */
  readonly cause: ExplainedCauseId | null;
  /**
   * For a condition of a computer that others depend on (the license server): the causes of the failures it explains
   * on the computers it serves. Their attempts point to the finding (`upstream`, src/diagnose/upstream.ts).
   */
  readonly upstreamFor?: readonly ExplainedCauseId[];
  readonly title: string;
  /** Public sources for the events it relies on (Microsoft documentation first). */
  readonly references: readonly string[];
  /** The events that reveal it, anywhere in the computer's logs. */
  readonly match: EventMatcher;
  /** Confidence when found. */
  readonly confidence: number;
  /** Same placeholder rules as Pattern.explanation, with the matched event as `{event.Field}`. */
  readonly explanation: readonly string[];
  readonly remediation: readonly string[];
  /** When a later event clears the condition (e.g. 1056 new certificate after 1058). */
  readonly clearedBy?: EventMatcher;
  /**
   * A later event of another log that shows the condition over as well (a Remote Desktop session logged on after the
   * service failed to start): read like `clearedBy`, so a log that holds it clears the finding on its own.
   */
  readonly recoveredBy?: EventMatcher;
  /**
   * The sentences that rest on `clearedBy` not being logged ("no listener started afterwards"): said only where that
   * log is among the inputs for the computer and reaches past the event; elsewhere the finding says that whether it
   * ended is unknown, and which log would tell (causes.md "Any subset of logs").
   */
  readonly absence?: readonly string[];
  /** A later event that tells what happened next without clearing it, as `{followed.Field}` (e.g. 1056 after 1053). */
  readonly followedBy?: EventMatcher;
  /**
   * When one matching event is not enough (one is an attempt's cause): the finding needs, within
   * `withinMinutes`, at least `events` matching events, or matching events naming at least `distinct.count`
   * different values of `distinct.field` (said in its explanation as `distinct.label`).
   */
  readonly threshold?: FindingThreshold;
  /** When the finding fires but the host has no problem (as `Pattern.falsePositives`). */
  readonly falsePositives?: readonly string[];
  readonly sample: PatternSample & {
    /** An export that looks like it and must not make the finding, and why (`test/patterns/finding-thresholds.test.ts`). */
    readonly nearMiss?: { readonly file: string; readonly why: string };
  };
}

export interface FindingThreshold {
  readonly withinMinutes: number;
  readonly events: number;
  readonly distinct?: { readonly field: string; readonly count: number; readonly label: string };
}

/** A MITRE ATT&CK technique (attack.mitre.org): the tactic it serves, the technique and its sub-technique. */
export interface AttackTechniqueRef {
  readonly tactic: { readonly id: string; readonly name: string };
  readonly technique: { readonly id: string; readonly name: string };
  readonly subtechnique?: { readonly id: string; readonly name: string };
}

/**
 * An attacker's act that the security lens tells (src/diagnose: the detector is code, this its one home as data):
 * what it is, its ATT&CK technique, its sources, when it fires and is still no attack, what to do, the events it
 * reads beyond a connection's own, and its samples (each must fire) with their near misses (each must not).
 */
export interface AttackFindingDefinition {
  readonly id: string;
  readonly title: string;
  /** What it is, in one line (the SIEM rule's description). */
  readonly summary: string;
  readonly status: PatternStatus;
  readonly techniques: readonly AttackTechniqueRef[];
  /** Public sources: ATT&CK, Microsoft's documentation of the events, the peers' detection rules. */
  readonly references: readonly string[];
  /**
   * The events it reads that no connection holds (process creation, service installation): analysis keeps an
   * event of these ids only when one of these matchers takes it (a busy Security log's other 4688s are dropped
   * as they are read), and `pull` selects them.
   */
  readonly reads: readonly EventMatcher[];
  /**
   * For an account's condition logged where the account lives (a lockout on a domain controller): the causes of the
   * account's failures elsewhere it explains. Their attempts point to the finding (src/diagnose/upstream.ts).
   */
  readonly upstreamFor?: readonly ExplainedCauseId[];
  /** When it fires but nobody attacked, in a responder's words. */
  readonly falsePositives: readonly string[];
  readonly remediation: readonly string[];
  /** Exports (`samples/findings/<id>/…`) it must fire on, each a way the act shows in the logs. */
  readonly samples: readonly PatternSample[];
  /** Exports that look like it and must not make it, and why. */
  readonly nearMisses: readonly { readonly file: string; readonly why: string }[];
}
