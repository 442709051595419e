import type { StateEvidence } from './state.js';
import type { NormalizedEvent } from './event.js';
import type { RecordId } from './record-id.js';

/**
 * unknown: the logs given end, or begin, or hold too little of the connection to say how it ended (`outcomeReason`
 * says which); in-progress: a live log has not yet shown how it ends.
 */
export type Outcome = 'succeeded' | 'failed' | 'in-progress' | 'unknown';

/**
 * What carried the connection: `tcp` (a client address, RdpCoreTS 131, the `RDP-Tcp` listener), `vmbus` (a Hyper-V
 * enhanced session: no client address, no TCP phase), or `unknown` when its events do not tell.
 */
export type ConnectionKind = 'tcp' | 'vmbus' | 'unknown';

/** How reports name the client of a Hyper-V enhanced session, which has no address. */
export const VMBUS_CLIENT = 'Hyper-V enhanced session (VMBus)';

/**
 * How far an attempt got on the server's connection ladder (docs/ARCHITECTURE.md, The model). Each flag is set by the
 * correlator from the attempt's own events; patterns use them to say where a cause can apply.
 */
export interface AttemptProgress {
  /** A server-side event saw the TCP connection (RCM 261, RdpCoreTS 131/65). */
  accepted: boolean;
  /** Network-level authentication succeeded: RCM 1149 or Security 4624 logon type 3 from the client. */
  authenticated: boolean;
  /** Licensing started (RdpCoreTS 72 OnStartLicensing). */
  licensing: boolean;
  /** The RDP protocol exchange completed (RdpCoreTS 98). */
  protocolComplete: boolean;
  /** A session was reached: RdpCoreTS 66, LSM 21/22/25, Security 4624 type 10/7, 4778, client 1027. */
  session: boolean;
  /**
   * The server refused the connection or its logon and no logon completed: error-info 6–10 or licensing
   * (72, 228, LSM 40), RCM 1151/1003/1004/1011, 4625 logon type 10, drain mode or logons disabled
   * (1070/1071) at that moment, or session arbitration (LSM 41/42) that ended without a logon.
   */
  refused: boolean;
  /** The client closed the connection cleanly (RdpCoreTS 107, or client 1026 reason 1/2). */
  clientClosed: boolean;
  /** The connection's end was logged (RdpCoreTS 102/103, client 1026). */
  ended: boolean;
}

/**
 * Whose logs hold the attempt: the session host's (`server`), the client's (`client`), both joined, or only an
 * RD Gateway's (`gateway`: the connection as the gateway logged it, no log of either end joined).
 *
 * What depends on the side is decided in a `switch` that names every side and ends in `satisfies never` (here:
 * `sideRole`, `serverLogged`, `hopLogged`, `clientComputerOf`; `describeProgress` in src/diagnose/progress.ts), not
 * in an if-chain or a default that would take a new side silently: `tsc` then names each place to decide it in (the
 * `default` is only for a value from outside the types).
 */
export type AttemptSide = 'server' | 'client' | 'both' | 'gateway';

/**
 * The role on the connection of the computer whose logs hold the attempt (its `computer`): the session host for
 * `server` and `both`, else the side's own. Coverage marks the computer so; the fleet view groups by it.
 */
export function sideRole(side: AttemptSide): Exclude<AttemptSide, 'both'> {
  switch (side) {
    case 'server':
    case 'both':
      return 'server';
    case 'client':
    case 'gateway':
      return side;
    default:
      side satisfies never;
      return 'server';
  }
}

/** The session host's own logs hold the attempt (its `computer` is the server, its `events` the server's). */
export function serverLogged(a: Pick<Attempt, 'side'>): boolean {
  switch (a.side) {
    case 'server':
    case 'both':
      return true;
    case 'client':
    case 'gateway':
      return false;
    default:
      a.side satisfies never;
      return false;
  }
}

/**
 * Logged only by a computer on the connection's path (an RD Gateway): its events are that computer's, it folds into
 * the host's or client's attempt for the same connection (src/diagnose/scope.ts).
 */
export function hopLogged(a: Pick<Attempt, 'side'>): boolean {
  switch (a.side) {
    case 'gateway':
      return true;
    case 'server':
    case 'both':
    case 'client':
      return false;
    default:
      a.side satisfies never;
      return false;
  }
}

/**
 * The computer the attempt was made from, when the logs name it: a client's attempt's own, else the computer of the
 * client logs joined to it (`clientComputer`).
 */
export function clientComputerOf(a: Pick<Attempt, 'side' | 'computer' | 'clientComputer'>): string | undefined {
  switch (a.side) {
    case 'client':
      return a.computer;
    case 'server':
    case 'both':
    case 'gateway':
      return a.clientComputer;
    default:
      a.side satisfies never;
      return a.clientComputer;
  }
}

/** One record an attempt's verdict rests on, as a responder finds it in the raw log. */
export interface RecordRef {
  computer: string;
  channel: string;
  eventId: number;
  recordId?: RecordId;
  time: string;
  /**
   * The record proves the connection's logon (the event table's `logonProof`: LSM 21/22/25, 4624 type 10/7, 4778,
   * RdpCoreTS 72 LogonNotify, client 1027): a success's proof.
   */
  logon?: true;
  /** The proof is inferred, not written: the client's 1026 of the user's own disconnect after 1025 (no 1027). */
  inferred?: true;
}

/**
 * One logon try inside a connection: credentials checked (at NLA or at the session's logon screen) and what Windows
 * answered. A password typed wrong twice, then right, is one connection with three tries.
 */
export interface LogonTry {
  time: string;
  outcome: 'succeeded' | 'failed';
  user?: string;
  /** A failed try's cause, from its status (`auth-bad-credentials`, `auth-account-state`, …), when a table knows it. */
  cause?: string;
  /** A failure's NTSTATUS (4625 Status) and the sub-status that says more. */
  status?: string;
  subStatus?: string;
  /** The logon type (10 at the logon screen, 3 at NLA, 7 a reconnect). */
  logonType?: number;
  /** The records the try rests on. */
  records: RecordRef[];
}

export interface Attempt {
  id: string;
  /** The logon tries inside the connection (Security 4624/4625), in time order. */
  tries?: LogonTry[];
  /**
   * Every record the attempt rests on (its probes', its own and the client's), in time order; kept when a fleet
   * pass lets its events go, so every verdict can be checked against the raw logs.
   */
  records?: RecordRef[];
  /** The server's computer name (server side), the client's (client-only attempts), or the RD Gateway's (gateway-only). */
  computer: string;
  side: AttemptSide;
  start: NormalizedEvent['timestamp'];
  end: NormalizedEvent['timestamp'];
  startMs: number;
  endMs: number;
  client: { address?: string; name?: string; port?: number };
  /** The session host; `port` when it was asked for on another port than 3389 (an RD Gateway's resource `host:port`). */
  server: { name?: string; address?: string; port?: number };
  user?: string;
  sessionId?: string;
  connectionName?: string;
  /** What carried the connection (`src/correlate/connection-kind.ts`). */
  connection: ConnectionKind;
  /** RdpCoreTS correlation ActivityIDs that belong to this attempt (TCP and UDP side transports). */
  activityIds: string[];
  /** Server-side events of the attempt (of a gateway-only attempt, the RD Gateway's), in time order. */
  events: NormalizedEvent[];
  /** Client-side (RDPClient, client System) events of the attempt, in time order. */
  clientEvents: NormalizedEvent[];
  /** The client computer's name, when client-side logs were joined. */
  clientComputer?: string;
  progress: AttemptProgress;
  /** RDPClient 1026 primary disconnect reason (decimal), when the client logged one. */
  clientDisconnectReason?: number;
  outcome: Outcome;
  /** The outcome rule that decided it, in words. */
  outcomeRule?: string;
  /** Why the outcome is `unknown`: what the logs lack (JSON `reason`). */
  outcomeReason?: string;
  /** Short probe connections that mstsc opened before this one, folded into it. */
  mergedProbes: number;
  /** Their events: kept apart so that patterns judge only the connection that counted. */
  probeEvents: NormalizedEvent[];
  /**
   * The leg that led here: the client authenticated on another computer (an RD Connection Broker), was
   * redirected and appeared on this one seconds later. Part of this connection, never a failure of its own.
   */
  redirectedFrom?: RedirectLeg;
  /**
   * The RD Gateway the connection came through, from the gateway's own log, and the client's real address
   * there (the server sees the gateway's).
   */
  via?: { gateway: string; clientAddress?: string };
  /** One of a load balancer's periodic health probes (`src/diagnose/health-probes.ts`): not a failure to fix. */
  healthProbe?: boolean;
  /**
   * The connection took over another account's session (`session-hijack`): its `user` is then the actor (when the
   * logs name one), never the victim whose session it took.
   */
  takeover?: Takeover;
  /**
   * The explicit credentials its client computer logged for it (Security 4648 to `TERMSRV/<host>`, `explicit-credentials`):
   * who was signed in there and whose account they used.
   */
  explicitCredentials?: ExplicitCredentials[];
}

/** What an attempt that took over someone else's session took, and how (`session-hijack`). */
export interface Takeover {
  /** The account whose session it was. */
  victim: string;
  sessionId?: string;
  how: SessionHijack['how'];
  /** The actor, when the logs name one (the attempt's `user`). */
  actor?: string;
}

/**
 * A session taken over (`session-hijack`, T1563.002): who took whose session, over which connection, how and when.
 */
export interface SessionHijack {
  /**
   * `tscon`: a process event shows tscon run for it; `service`: through a service made to run tscon; `shape`: no
   * process or service event, the reconnect's shape alone (a session still connected elsewhere, or the connection
   * it came onto just left by another account's session, and no sign-in by its owner from that client).
   */
  how: 'tscon' | 'service' | 'shape';
  /** When the session was taken: its reconnect (4778, LSM 25), else the tscon. */
  time: string;
  /** The session's owner, when the logs name it. */
  victim: { user?: string; logonId?: string };
  /** The session taken (`id`, tscon's or LSM's) and the connection it came onto (`RDP-Tcp#N`). */
  session: { id?: string; connection?: string };
  actor: {
    /** The person: who made or started the service, ran tscon, or whose session was on that connection. */
    user?: string;
    /** How the logs name them (`created the service rdphijack2 (Security 4697)`). */
    knownBy?: string;
    /** The account tscon ran as (`SYSTEM`). */
    ranAs?: string;
    /** The client computer that got the session. */
    client: { name?: string; address?: string };
  };
  /** tscon's command line. */
  command?: string;
  service?: { name?: string; command?: string };
  /** What the shape rests on, when no process event shows it. */
  shape?: ('connection-left-by-another-session' | 'session-connected-elsewhere')[];
  /** The connection that took it, when the logs hold its reconnect. */
  attempt?: string;
  /**
   * Only prepared: a service made to run tscon as SYSTEM onto a remote connection was installed (4697, 7045), and
   * the logs given show neither its run nor a reconnect of the session.
   */
  prepared?: true;
}

/** The program that carried Remote Desktop through a tunnel (`rdp-tunnel`), as its process and connections show it. */
export interface TunnelTool {
  /** The image's file name (`plink.exe`), or `portproxy` for Windows' own forwarder. */
  image: string;
  path?: string;
  command?: string;
  /** Who started it (`DOMAIN\\user`, `SYSTEM`). */
  by?: string;
  /** When it started (its process event), else its first connection. */
  started?: string;
  /** Where it connects out (`203.0.113.50:22`, `user@host`): the next thing to block. */
  farEnd?: string;
  /** Where it listens, for a forwarder that waits for connections (portproxy's `listenaddress:listenport`). */
  listens?: string;
  /** Its connection to Remote Desktop on this computer (`127.0.0.1 → 127.0.0.2:3389`), when the logs show it. */
  toRdp?: string;
  /** How many connections it forwarded to Remote Desktop, as the connection records (5156, Sysmon 3) count them. */
  forwarded?: number;
  /**
   * Who used a forwarder that waits for connections (a port proxy): each client address that connected into its
   * listen port (5156 inbound, Sysmon 3 `Initiated` false), its first and last connection and how many.
   */
  usedBy?: { address: string; first: string; last: string; connections: number }[];
  /**
   * The connections it forwarded as the computer they reached logged them (its logs given too): the attempt, its
   * account and outcome, and the client that came into the forwarder for it (`client`, a port proxy's user).
   */
  reached?: {
    attempt: string;
    computer: string;
    time: string;
    user?: string;
    outcome: string;
    client?: string;
    /**
     * `client-port`: the forwarder's record and the target's logon name the same client port (one TCP connection);
     * `time`: one side names none, joined as the latest forwarded connection just before the logon.
     */
    joinedBy: 'client-port' | 'time';
  }[];
}

/**
 * A logon with explicit credentials to Remote Desktop on another computer (Security 4648, `TargetInfo` or
 * `TargetServerName` `TERMSRV/<host>`), logged by the computer the connection was made from (`explicit-credentials`).
 */
export interface ExplicitCredentials {
  time: string;
  /** The account signed in on the computer that used them (`CORP\\m.weber`), when the event names one. */
  by?: string;
  /** The account whose credentials were used (`CORP.EXAMPLE.TEST\\adm.weber`). */
  account: string;
  /** The computer asked for, as `TERMSRV/<host>` names it. */
  target: string;
  /** The process that used them (mstsc.exe; lsass.exe when CredSSP sent them). */
  process?: string;
  /** The Remote Desktop attempt they opened, when the run holds it. */
  attempt?: string;
}

/** A connection to Remote Desktop on another computer by a program that is no Remote Desktop client (`outbound-rdp`). */
export interface OutboundRdpConnection {
  time: string;
  /** The address it connected from (this computer's) and to. */
  from?: string;
  to: string;
  /** The destination's name, when the log resolved it (Sysmon 3 `DestinationHostname`). */
  toName?: string;
  /** The log that shows it: `Sysmon 3`, `Security 5156`, `RDPClient 1024`. */
  log: string;
  /** The connection the destination's own logs hold (its attempt, the computer, the account signed in, the outcome). */
  reached?: { attempt: string; computer: string; user?: string; outcome: Outcome };
}

/** A program that opened Remote Desktop to other computers, and those connections (`outbound-rdp`). */
export interface OutboundRdp {
  /** Its file name (`sharprdp.exe`) and its path as the log gives it. */
  image: string;
  path?: string;
  /** The account it ran as, when the logs name it (Sysmon 3 `User`). */
  user?: string;
  /** Its process id(s) as the logs give them. */
  pids?: string[];
  /**
   * Opened from a domain controller (its own events tell it: Kerberos 4768/4771): any Remote Desktop client's
   * connections are told, mstsc's too (`image` then the client's, `mstsc.exe` when only its RDPClient log shows it).
   */
  fromDomainController?: true;
  connections: OutboundRdpConnection[];
}

/** One change that switched Remote Desktop on or opened it up (`rdp-enabled`). */
export interface RdpSettingChange {
  /**
   * `allowed`: fDenyTSConnections 0 (or WMI SetAllowTSConnections 1); `firewall`: a rule opened for it; `port`: the
   * listener's port changed; `restricted-admin`: DisableRestrictedAdmin 0 (RDP with a hash); `member`: an account
   * added to Remote Desktop Users; `nla-off`: UserAuthentication 0 (the logon screen before any credentials);
   * `security-layer`: SecurityLayer 0 (RDP security, no TLS); `shadow`: Shadow 2 or 4 (sessions shadowed without the
   * user's consent).
   */
  kind: 'allowed' | 'firewall' | 'port' | 'restricted-admin' | 'member' | 'nla-off' | 'security-layer' | 'shadow';
  time: string;
  /** Who did it (`DOMAIN\user`, or `SYSTEM`), when the logs say. */
  by?: string;
  /** The program or the log that shows it (`reg.exe`, `powershell.exe`, `registry (Sysmon 13)`, `Security 4732`). */
  how: string;
  /** The command line, when a process event shows it. */
  command?: string;
  /** The new port (`port`), or the account added (`member`): by name where a record of the computer names its SID. */
  value?: string;
  /** The account's SID, when the record named it by SID only and `value` is the name another record gives it. */
  sid?: string;
}

/** Remote Desktop switched on or opened up on a computer, and the sign-ins from new sources that followed. */
export interface RdpEnabled {
  changes: RdpSettingChange[];
  /** Remote Desktop logons from a source that had not signed in on the computer before the first change, within a day of it. */
  followedBy: { attempt: string; time: string; user?: string; address: string }[];
  /**
   * Only accounts added to Remote Desktop Users, by a named administrator whose own session was no new source's: the
   * access granted, then used; information, not an intrusion.
   */
  routine?: true;
  /** Sessions shadowed after the change (RCM 20503/20506), each with whether its user consented (20508/20510). */
  shadowed?: ShadowedSession[];
}

/** One shadowing of a session (RCM 20503 view, 20506 control), with or without its user's consent. */
export interface ShadowedSession {
  time: string;
  /** Who shadowed, as RCM names them. */
  by?: string;
  /** The session shadowed, and its user when a connection of the run holds that session then. */
  session?: string;
  user?: string;
  control: boolean;
  /** The user granted it (20508 view, 20510 control, for that session just before). */
  consent: boolean;
}

export interface RdpEnabledFinding extends Finding {
  id: 'rdp-enabled';
  rdpEnabled: RdpEnabled;
}

export interface SessionHijackFinding extends Finding {
  id: 'session-hijack';
  hijack: SessionHijack;
}

export interface RedirectLeg {
  computer: string;
  start: NormalizedEvent['timestamp'];
  end: NormalizedEvent['timestamp'];
  startMs: number;
  endMs: number;
  /** The leg's server-side events (kept apart, like probes: patterns judge the connection that counted). */
  events: NormalizedEvent[];
}

/**
 * Where an evidence reference keeps the event it was made from, for the report of the same run (its
 * appendix shows the events). A symbol key, set non-enumerable: JSON, structured clone and copies leave it out.
 */
export const EVIDENCE_EVENT: unique symbol = Symbol('evidence event');

export interface EvidenceRef {
  readonly [EVIDENCE_EVENT]?: NormalizedEvent;
  channel: string;
  eventId: number;
  recordId: RecordId | null;
  time: string;
  source: string;
  /** The computer that logged it. */
  computer: string;
  /** One-line summary of the fields that made it evidence: its salient fields first and whole, the rest cut. */
  summary: string;
  /** Its salient fields alone (the event table's `salient`), whole; unset when its row names none or none is set. */
  details?: string;
  /** A machine-state item as evidence (parsers/state): the file, key or line, value and when it was taken. */
  state?: StateEvidence;
}

/** A diagnosis: what is wrong, how sure, why (from the evidence) and what to do. */
export interface Explanation {
  /** 0–1. */
  confidence: number;
  title: string;
  explanation: string;
  evidence: EvidenceRef[];
  remediation: string[];
}

export interface CauseResult extends Explanation {
  /** A cause id: one per pattern (patterns/index.ts `CAUSE_IDS`), or `unexplained`. */
  id: string;
  /** The user its evidence names, when the attempt's own events named none. */
  user?: string;
  /**
   * The status of the refused tries that names this cause's own case (`0xC0000071` password expired, `0xC0000072`
   * disabled), when the attempt's tries say it: incidents group by it.
   */
  reason?: string;
  /** Host findings of other computers that explain this cause (diagnose/upstream.ts). */
  upstream?: Upstream[];
}

/** A host finding on another computer where a failure's cause sits: the license server, the domain controller. */
export interface Upstream {
  finding: string;
  computer: string;
}

/** A host-level problem that no single attempt shows. */
export interface Finding extends Explanation {
  id: string;
  computer: string;
  /** When its first record was logged, where its evidence shows only the last ones: reports start it there. */
  first?: string;
  /** The cause id (patterns/index.ts `CAUSE_IDS`) whose failures this host problem explains or foretells. */
  cause?: string;
  /** The attempts it is about (the attacker's session and the outbound connection, the tunnelled logons…). */
  attempts?: string[];
  /** `rdp-tunnel`: the tools that carried it, when the logs show them. */
  tunnel?: { tools: TunnelTool[] };
  /** `outbound-rdp`: the program and the connections it opened. */
  outbound?: OutboundRdp;
  /**
   * `explicit-credentials`: the uses of explicit credentials to Remote Desktop whose connection the run does not
   * hold; `duringAttack`: made while an attacker's session was open on the computer (a step of the attack's path).
   */
  explicitCredentials?: { uses: ExplicitCredentials[]; duringAttack?: { attack: string; session: string } };
  /**
   * The logs (channels) whose silence the finding would rest on but which are not among the inputs for its computer,
   * or end before it: whether the condition ended is unknown (causes.md "Any subset of logs").
   */
  unknown?: string[];
  /** `account-lockout`: the account, its source, the failures that did it, what they look like, its unlock. */
  lockout?: AccountLockout;
}

/** An account locked out (Security 4740) and what the logs say of it (`account-lockout`). */
export interface AccountLockout {
  account: string;
  time: string;
  /** The lockout's Caller Computer Name: the computer whose sign-ins did it. */
  callerComputer?: string;
  /** Where the failed sign-ins came from, each with how many. */
  sources: { address?: string; workstation?: string; failures: number }[];
  /** The failed sign-ins (4625) of the account on that computer that did it. */
  failures: number;
  /** One source, one account, spread over time; several accounts or sources; tries close together; none logged. */
  kind: 'stale-credential' | 'guessing' | 'repeated-tries' | 'unknown-source';
  unlock?: { time: string; by: string };
}

/** A successful logon from the source of an attack, during or after its burst. */
export interface SourceSuccess {
  attempt: string;
  time: string;
  user?: string;
  /**
   * The logs name no source for the burst: this logon came right after it from an address not seen on the
   * computer before the burst began (set to that address), the likeliest source, not a proven one.
   */
  firstSeenAddress?: string;
  /** Only network-level authentication passed (RCM 1149), nothing refused; no log given records the logon itself. */
  authenticatedOnly?: true;
  /** With `authenticatedOnly`: an RD Gateway let the user through to the host (302); it does not see the logon there. */
  throughGateway?: true;
  /**
   * The address is most likely the burst's source: the logon came after the burst, and the computer's connection
   * logs reach back before the burst without record-id holes (so "never seen before" rests on the records).
   */
  likelySource?: true;
}

/** A successful logon from the source of an attack on another computer than the one it attacked. */
export interface SourceSuccessElsewhere extends SourceSuccess {
  computer: string;
}
/**
 * An outbound Remote Desktop connection from a computer while the attacker's session was open on it: the
 * attacker moving on (`lateral-movement`).
 */
export interface LateralMove {
  /** The outbound attempt: its client side, and its server side too when the destination's logs were given. */
  attempt: string;
  /** The attacker's session on `from` it was opened in. */
  session: string;
  from: string;
  /** The destination as the client named it (or the computer whose logs hold the connection). */
  to: string;
  toAddress?: string;
  /** The account at the destination when its logs name it, else the session's (RDPClient names no user). */
  user?: string;
  start: string;
  end: string;
  outcome: Outcome;
  /** The destination's own logs hold this connection: client and server attempt joined (one attempt). */
  bothEnds: boolean;
  /** Its place in the chain: 1 from the computer the attacker signed in to, 2 from the one reached by hop 1… */
  hop: number;
  /** The hop whose session on `from` this one was opened from (hop 2 on). */
  after?: string;
}
/** What a security finding (password-guessing, scanning) found: who, how much, and whether they got in. */
export interface SecurityBurst {
  /** The client address (or name, when the logs give no address). */
  source: string;
  /** Every client address of an attack spread over several (absent when it came from one). */
  sources?: string[];
  /** Failed attempts in the burst. */
  count: number;
  first: string;
  last: string;
  /** Accounts the source tried, as the logs name them. */
  accounts: string[];
  /** Failed attempts per top cause. */
  causes: { id: string; count: number }[];
  successes: SourceSuccess[];
  attempts: string[];
  /** The burst's connections are ones the logs hold only the start of (outcome unknown): judged by their rate. */
  unknownOutcome?: boolean;
  /** The logs that would show the whole burst begin during it (see `LowerBound`). */
  lowerBound?: LowerBound;
  /** Outbound RDP from a computer the source signed in to, while its session was open there. */
  lateralMovement?: LateralMove[];
  /** Logons from the source on other computers of the same run, once the attack had begun. */
  signedInElsewhere?: SourceSuccessElsewhere[];
}

export interface SecurityFinding extends Finding {
  id: 'password-guessing' | 'scanning';
  burst: SecurityBurst;
}

/** Failed attempts that share a computer and a top cause, close in time: said once. */
export interface Incident extends Explanation {
  id: string;
  computer: string;
  cause: string;
  kind: 'fault' | 'attack';
  count: number;
  first: string;
  last: string;
  firstMs: number;
  lastMs: number;
  /** `connection` is set for a Hyper-V enhanced session's attempts (no address). */
  clients: { address?: string; name?: string; connection?: 'vmbus'; count: number }[];
  users: string[];
  attempts: string[];
  /** For attacks: the security finding (its source) the incident belongs to. */
  source?: string;
  /** The logs that would show the whole burst rolled over during it: connections other logs hold beyond it. */
  lowerBound?: LowerBound;
  /** Host findings of other computers that explain its cause (diagnose/upstream.ts). */
  upstream?: Upstream[];
}

/**
 * What logs that rolled over (or were cleared) during an attack no longer show, counted in the others: at
 * least `count` more connections than the attempts found (one per RCM 261, RdpCoreTS 131, Schannel
 * alert or 4625 beyond them), never invented attempts.
 */
export interface LowerBound {
  count: number;
  /** The channels that hold them (full names), the largest count first. */
  from: string[];
  /** What each of those channels holds beyond the attempts. */
  byChannel: { channel: string; count: number }[];
  /** The connection logs that begin during the attack (rolled over or cleared), and their oldest record. */
  logsBegin: { channels: string[]; first: string; how: 'rolled over' | 'cleared' };
  /** The attack's earliest evidence in any log (ISO 8601 UTC): it began then at the latest. */
  first: string;
  /** The log that holds that earliest evidence (full name). */
  firstIn: string;
  /**
   * The attack's extent as each log sees it, the most first: the connections of its run in that log (not only those
   * beyond the attempts), when they came, what they are, and whether the log names the client.
   */
  extent?: { channel: string; count: number; what: string; first: string; last: string; namesClient: boolean }[];
}

/** One evidence clause as the engine weighed it for one attempt. */
export interface ClauseTrace {
  name: string;
  scope: string;
  weight: number;
  required?: boolean;
  excludes?: boolean;
  events: EvidenceRef[];
}

/** One pattern's verdict on one attempt, and why. */
export interface PatternTrace {
  id: string;
  result: 'fired' | 'not applicable' | 'excluded' | 'missing required evidence' | 'below threshold' | 'no evidence';
  reason?: string;
  confidence?: number;
  threshold: number;
  clauses: ClauseTrace[];
}

/** Why an attempt got its verdict: the outcome rule, then every pattern's result with its clauses. */
/** An attempt with its causes, as the analysis gives it. */
export interface DiagnosedAttempt extends Attempt {
  causes: CauseResult[];
  /** How the verdict was reached, for the attempts `AnalyzeOptions.trace` (diagnose/analyze.ts) asks for. */
  trace?: VerdictTrace;
}

export interface VerdictTrace {
  outcome: string;
  patterns: PatternTrace[];
}
