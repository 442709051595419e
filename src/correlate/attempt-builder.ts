import type { Attempt, AttemptProgress, Outcome } from '../model/attempt.js';
import { findChannel, type LogKind } from '../model/channels.js';
import type { NormalizedEvent } from '../model/event.js';
import { EVENTS, type LogonProof } from '../model/events.js';
import { clientAddress, logKind, logonType, numberField, sessionIdOf, userOf } from './keys.js';

export function newAttempt(id: string, computer: string, side: Attempt['side'], first: NormalizedEvent): Attempt {
  return {
    id,
    computer,
    side,
    start: first.timestamp,
    end: first.timestamp,
    startMs: first.timeMs,
    endMs: first.timeMs,
    client: {},
    server: side === 'server' ? { name: computer } : {},
    connection: 'unknown',
    activityIds: [],
    events: [],
    clientEvents: [],
    progress: emptyProgress(),
    outcome: 'in-progress',
    mergedProbes: 0,
    probeEvents: [],
  };
}

export function emptyProgress(): AttemptProgress {
  return {
    accepted: false,
    authenticated: false,
    licensing: false,
    protocolComplete: false,
    session: false,
    refused: false,
    clientClosed: false,
    ended: false,
  };
}

/**
 * Error-info codes (RdpCoreTS 72 `SetErrorInfo(0xN)`, 228 `err`, LSM 40 `Reason`: one numbering,
 * MS-RDPBCGR 2.2.5.1.1 Set Error Info PDU; LSM 40 reasons) by which the server refuses a connection or its logon: 6 out of memory, 7 denied,
 * 8 denied (FIPS), 9 insufficient privileges, 10 fresh credentials required, 0x100–0x10B licensing.
 * The others end a session that was running (logoff, idle or time limits, replaced, admin disconnect).
 */
export function isRefusalCode(code: number | undefined): boolean {
  return code !== undefined && ((code >= 6 && code <= 10) || (code >= 0x100 && code <= 0x10b));
}

function errorInfoOf(e: NormalizedEvent): number | undefined {
  const m = /^SetErrorInfo\((0x[0-9a-f]+|\d+)\)/i.exec(e.data.MethodName ?? '');
  return m ? numberField(m[1]) : undefined;
}

/**
 * An event of the attempt that records the server refusing it (so a session id alone is not success):
 * the error-info it sends (72, 228), LSM 40 with a refusal reason, RCM 1151 (declined by the signed-in
 * user), the licensing refusals RCM 1003/1004/1011, Security 4625 logon type 10 (the interactive logon) and
 * 4825 (denied Remote Desktop: not in Remote Desktop Users or Administrators).
 */
export function recordsRefusal(e: NormalizedEvent): boolean {
  switch (logKind(e)) {
    case 'rdpcore':
      if (e.eventId === 72) return isRefusalCode(errorInfoOf(e));
      return e.eventId === 228 && isRefusalCode(numberField(e.data.ErrorCode));
    case 'lsm':
      return e.eventId === 40 && isRefusalCode(numberField(e.data.Reason));
    case 'rcm':
      return e.eventId === 1151 || e.eventId === 1003 || e.eventId === 1004 || e.eventId === 1011;
    case 'security':
      return (e.eventId === 4625 && logonType(e) === 10) || e.eventId === 4825;
    default:
      return false;
  }
}

const RCM_PROVIDERS = new Set(['microsoft-windows-terminalservices-remoteconnectionmanager', 'termservice']);

/**
 * A host-level event that refuses whatever connection the server is setting up at that moment without
 * naming it: 1070 (drain mode), 1071 (connections disabled), logged in System (classic TermService) or
 * in the RCM channels.
 */
export function isHostRefusal(e: NormalizedEvent): boolean {
  if (e.eventId !== 1070 && e.eventId !== 1071) return false;
  const kind = logKind(e);
  if (kind !== 'system' && kind !== 'rcm' && kind !== 'rcm-admin') return false;
  return (
    RCM_PROVIDERS.has(e.provider.name.toLowerCase()) ||
    RCM_PROVIDERS.has((e.provider.eventSourceName ?? '').toLowerCase())
  );
}

/** A host refusal belongs to an attempt that was under way then and ended (or went quiet) soon after it. */
const HOST_REFUSAL_BEFORE_START_MS = 2_000;
const HOST_REFUSAL_AFTER_END_MS = 5_000;
const HOST_REFUSAL_TO_END_MS = 30_000;

function refusedByHost(a: Attempt, hostRefusals: readonly number[]): boolean {
  return hostRefusals.some(
    (t) =>
      t >= a.startMs - HOST_REFUSAL_BEFORE_START_MS &&
      t <= a.endMs + HOST_REFUSAL_AFTER_END_MS &&
      a.endMs - t <= HOST_REFUSAL_TO_END_MS,
  );
}

function remoteClient(e: NormalizedEvent): boolean {
  const address = clientAddress(e);
  return address !== undefined && address !== '127.0.0.1' && address !== '::1';
}

/** The event table's logon proofs (`EventRow.logonProof`) by log kind and event id. */
const LOGON_PROOFS = new Map<string, LogonProof>(
  EVENTS.flatMap((r) => {
    const kind = findChannel(r.channel)?.kind;
    return r.logonProof && kind ? [[`${kind}:${r.id}`, r.logonProof] as const] : [];
  }),
);

/** How a record proves its connection's logon: written by Windows (`logon`), or inferred from the client's own close. */
type LogonProofKind = 'logon' | 'inferred';

/** What a record's proof may ask of its connection: the sessions RdpCoreTS 66 gave it, the events before it. */
interface ProofContext {
  sessions?: ReadonlySet<string>;
  /** The sessions the connection's LSM records name, by event id (its arbitration, 41/42, begins one). */
  began?: ReadonlyMap<number, ReadonlySet<string>>;
  before?: readonly NormalizedEvent[];
}

/**
 * Does this record prove a logon of its connection's session, by its row's `logonProof` (src/model/events.ts)?
 * Without a context, the conditions that need one (RdpCoreTS 72's session, the client's 1025 before 1026) fail.
 */
function provesLogon(e: NormalizedEvent, context: ProofContext = {}): LogonProofKind | undefined {
  const kind = logKind(e);
  const p = LOGON_PROOFS.get(`${kind}:${e.eventId}`);
  if (!p) return undefined;
  if (p.logonTypes || p.remoteLogonTypes) {
    const t = logonType(e);
    if (t === undefined) return undefined;
    if (!p.logonTypes?.includes(t) && !(p.remoteLogonTypes?.includes(t) && remoteClient(e))) return undefined;
  }
  if (p.match) {
    const m = p.match.re.exec(e.data[p.match.field] ?? '');
    if (!m || (p.match.session && !context.sessions?.has(m[1]))) return undefined;
  }
  if (p.namesUser && !userOf(e)) return undefined;
  if (p.unlessSessionBegan) {
    const sid = sessionIdOf(e);
    if (sid !== undefined && p.unlessSessionBegan.some((id) => context.began?.get(id)?.has(sid))) return undefined;
  }
  if (p.inferred) {
    const { after, field, values } = p.inferred;
    if (!context.before?.some((x) => x.eventId === after && logKind(x) === kind)) return undefined;
    const value = numberField(e.data[field]);
    return value !== undefined && values.includes(value) ? 'inferred' : undefined;
  }
  return 'logon';
}

/**
 * The user's logon completed, as the record alone shows (the event table's `logonProof`; proofs that need their
 * connection, RdpCoreTS 72 and the client's inferred close, are read with it by `logonProofs`).
 */
export function completesLogon(e: NormalizedEvent): boolean {
  return provesLogon(e) === 'logon';
}

/**
 * The records that prove the attempt's logon, each with how: the written ones (4624 type 10 or 7 on a reconnect,
 * 4778, LSM 21/22/25, RdpCoreTS 72 `LogonNotify` for the session its 66 gave, RDPClient 1027); only when none is
 * written, a client's 1026 of the user's own disconnect after its 1025 with no failure on record (`inferred`).
 */
export function logonProofs(a: Pick<Attempt, 'events' | 'clientEvents'>): Map<NormalizedEvent, LogonProofKind> {
  const proofs = new Map<NormalizedEvent, LogonProofKind>();
  const sessions = new Set<string>();
  const began = new Map<number, Set<string>>();
  for (const e of a.events) {
    const kind = logKind(e);
    if (kind !== 'rdpcore' && kind !== 'lsm') continue;
    const sid = sessionIdOf(e);
    if (sid === undefined) continue;
    if (kind === 'rdpcore' && e.eventId === 66) sessions.add(sid);
    else if (kind === 'lsm') {
      let set = began.get(e.eventId);
      if (!set) began.set(e.eventId, (set = new Set()));
      set.add(sid);
    }
  }
  const inferred: NormalizedEvent[] = [];
  for (const list of [a.events, a.clientEvents])
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      const how = provesLogon(e, { sessions, began, before: list.slice(0, i) });
      if (how === 'logon') proofs.set(e, how);
      else if (how === 'inferred') inferred.push(e);
    }
  if (proofs.size === 0 && !a.events.some(failureEvent)) for (const e of inferred) proofs.set(e, 'inferred');
  return proofs;
}

/**
 * How far the attempt got on the connection ladder, from its own events (docs/ARCHITECTURE.md). A session
 * counts as reached when the user's logon completed (LSM 21/22/25, 4624 type 10/7, 4778, client 1027),
 * or when RdpCoreTS 66 assigned one and nothing refused the connection or the logon: no refusal in the
 * attempt (see `recordsRefusal`), none on its host at that moment (`hostRefusals`: times of 1070/1071),
 * and no session arbitration (LSM 41/42) that ended without a logon (the signed-in user declined or did
 * not answer, or arbitration found no session to give). Wherever the refusal comes, before or after
 * the session was assigned, the attempt did not reach a session.
 */
export function computeProgress(
  a: Attempt,
  hostRefusals: readonly number[] = [],
  hostWithoutNla = false,
): AttemptProgress {
  const p = emptyProgress();
  let loggedOn = false;
  let sessionAssignedMs: number | undefined;
  let refusal = false;
  let arbitrated = false;
  const proofs = logonProofs(a);
  if (proofs.size) loggedOn = true;
  for (const e of a.events) {
    const kind = logKind(e);
    const id = e.eventId;
    if (recordsRefusal(e)) refusal = true;
    if (kind === 'rdpcore') {
      if (id === 131 || id === 65) p.accepted = true;
      else if (id === 98) p.protocolComplete = true;
      // 66 assigns the session; 68 (first graphics) and 168 (monitor layout) come after it.
      else if (id === 66 || id === 68 || id === 168) sessionAssignedMs ??= e.timeMs;
      else if (id === 107) p.clientClosed = true;
      else if (id === 102 || id === 103) p.ended = true;
      else if (id === 72 && /^OnStartLicensing/.test(e.data.MethodName ?? '')) p.licensing = true;
    } else if (kind === 'rcm') {
      if (id === 261) p.accepted = true;
      else if (id === 1149) p.authenticated = true;
    } else if (kind === 'lsm') {
      if (id === 41 || id === 42) arbitrated = true;
    } else if (kind === 'security') {
      if (id === 4624 && logonType(e) === 3 && clientAddress(e) === a.client.address) p.authenticated = true;
    }
  }
  for (const e of a.clientEvents) {
    if (logKind(e) !== 'rdpclient') continue;
    if (e.eventId === 1026) {
      p.ended = true;
      const reason = numberField(e.data.Value);
      if (reason === 1 || reason === 2) p.clientClosed = true;
    }
  }
  // Arbitration (LSM 41/42) decides whether the user gets a session; until a logon follows, none was reached. A
  // session its user logged off (LSM 40 reason 12) was not refused, whatever log of the logon is missing.
  const awaitingLogon = arbitrated && !loggedOn;
  p.refused =
    !loggedOn &&
    (refusal || refusedByHost(a, hostRefusals) || (awaitingLogon && p.ended && !a.events.some(userLoggedOff)));
  p.session = loggedOn || (sessionAssignedMs !== undefined && !p.refused && !awaitingLogon);
  // A session assigned implies the network-level authentication before it, except where the user signs in at
  // the logon screen: a Hyper-V enhanced session, or a host without NLA, whose password check fails as a 4625
  // of logon type 10 for the password or the account (with NLA those fail as type 3, before any session).
  // A host whose other connections show no NLA (their passwords checked at the logon screen) gives no such inference.
  if (
    (p.session || sessionAssignedMs !== undefined) &&
    a.connection !== 'vmbus' &&
    !hostWithoutNla &&
    !a.events.some(logonScreenFailure)
  )
    p.authenticated ||= a.events.some((e) => logKind(e) === 'rcm' || logKind(e) === 'security');
  return p;
}

/** LSM 40 `Reason` 12: the user logged off, which disconnected the session (MS-RDPBCGR Set Error Info numbering). */
const REASON_LOGOFF = 12;

/**
 * LSM 40 with reason 12: the session's user logged off. A logoff implies a logon, but it is not in the list of logon
 * proofs (rdp-events.md): where no proof is logged, the attempt is of unknown outcome, never a refusal.
 */
function userLoggedOff(e: NormalizedEvent): boolean {
  return logKind(e) === 'lsm' && e.eventId === 40 && numberField(e.data.Reason) === REASON_LOGOFF;
}

/** STATUS_LOGON_TYPE_NOT_GRANTED: refused after the credentials were checked (also after NLA). */
const LOGON_TYPE_NOT_GRANTED = 0xc000015b;

/** A remote-interactive logon that failed on the password or the account: typed at the session's logon screen. */
export function logonScreenFailure(e: NormalizedEvent): boolean {
  if (logKind(e) !== 'security' || e.eventId !== 4625 || logonType(e) !== 10) return false;
  return (
    numberField(e.data.Status) !== LOGON_TYPE_NOT_GRANTED && numberField(e.data.SubStatus) !== LOGON_TYPE_NOT_GRANTED
  );
}

/** The attempt was refused, or events by themselves say it broke. */
export function hasFailureEvent(a: Attempt): boolean {
  return a.progress.refused || a.events.some(failureEvent);
}

/** An event that by itself says its connection broke or was refused. */
function failureEvent(e: NormalizedEvent): boolean {
  const kind = logKind(e);
  if (kind === 'rdpcore')
    return (
      [139, 140, 97, 99, 67].includes(e.eventId) ||
      (e.eventId === 72 && /^SetErrorInfo\(0x[1-9a-f]/i.test(e.data.MethodName ?? ''))
    );
  if (kind === 'security') return e.eventId === 4625 || e.eventId === 4825;
  if (kind === 'rcm') return e.eventId === 1151 || e.eventId === 1003 || e.eventId === 1004 || e.eventId === 1011;
  return false;
}

/** What the inputs hold for a computer: whether they could show a session at all. */
export interface HostCoverage {
  /** RdpCoreTS events of this computer are in the inputs (it logs every connection it sees). */
  rdpCore: boolean;
  /**
   * The oldest LSM or Security connection event of this computer in the inputs (Infinity when none): those
   * logs could show a session from then on, not before (they had rolled over or been cleared).
   */
  sessionLogsFromMs: number;
  /**
   * The oldest Security event of this computer in the inputs (Infinity when none): from then on a failed
   * network-level authentication (4625) would be on record.
   */
  securityFromMs: number;
  /** How far the computer's logs reach: its last event, or later when the caller knows (live logs). */
  logEndMs: number;
  /**
   * How far each of its logs reaches (its last event), so that "the log ends" is judged by the logs that
   * would have recorded how a connection ended, not by an unrelated log that goes on.
   */
  logEndByKind?: Partial<Record<LogKind, number>>;
  /** The logs are being followed live: an attempt at their end is still under way, not of unknown outcome. */
  live: boolean;
  /**
   * The host checks passwords at the logon screen (a 4625 of logon type 10 for the password or the account): it runs
   * without network-level authentication, so a session given is no sign that NLA passed.
   */
  withoutNla?: boolean;
  /** Times of the host's refusals that name no connection (1070, 1071), in order. */
  refusals: readonly number[];
  /**
   * Where RdpCoreTS records are missing (a jump in its record ids between two records next in time), in order:
   * its silence there says nothing. Left out for an export filtered by event id (holes everywhere).
   */
  rdpCoreHoles?: readonly RecordHole[];
  /** Where each log that records a connection's end has records missing (as `rdpCoreHoles`), by log kind. */
  holes?: Partial<Record<LogKind, readonly RecordHole[]>>;
}

/** Records missing from a log between two records next in time. */
export interface RecordHole {
  fromMs: number;
  toMs: number;
  afterId: number;
  beforeId: number;
}

function holeAt(holes: readonly RecordHole[] | undefined, ms: number): RecordHole | undefined {
  return holes?.find((h) => h.fromMs < ms && ms < h.toMs);
}

/**
 * The outcome and, in words, the rule that decided it (for `analyze --explain`). succeeded: a record proves the
 * logon (`logonProofs`, from the event table's `logonProof` column), and nothing refused it; failed: ended, or
 * refused, without one; in-progress: the logs stop within `settleMs` of its last event with nothing saying it ended,
 * when the logs are followed live; unknown, with its reason, where nothing decides: a connection only the listener
 * logged (RCM 261), network authentication passed (RCM 1149) with no log that records the logon, the logs ending.
 */
/** The logs that record how a connection ended or what its logon did: RCM's listener and others do not. */
export const ENDING_LOGS: readonly LogKind[] = ['rdpcore', 'lsm', 'security', 'rdpclient'];

/** The kinds of log that would have recorded how this attempt ended: those its events are from, and Security when it covers it. */
function decidingLogs(a: Attempt, host: HostCoverage): LogKind[] {
  const kinds = new Set<LogKind>();
  for (const e of a.events) kinds.add(logKind(e));
  if (a.clientEvents.length) kinds.add('rdpclient');
  if (a.startMs >= host.securityFromMs) kinds.add('security');
  return ENDING_LOGS.filter((k) => kinds.has(k) && host.logEndByKind?.[k] !== undefined);
}

/** Where the logs that would have recorded this attempt's end stop (the host's last event when none is known). */
function endOfDecidingLogs(a: Attempt, host: HostCoverage): number {
  const kinds = decidingLogs(a, host);
  if (!host.logEndByKind || kinds.length === 0) return host.logEndMs;
  return Math.max(a.endMs, ...kinds.map((k) => host.logEndByKind![k]!));
}

/** The logs that record a connection's end, by name. */
const ENDING_LOG_NAMES: Partial<Record<LogKind, string>> = {
  rdpcore: 'RdpCoreTS',
  lsm: 'LSM',
  security: 'Security',
  rdpclient: 'RDPClient',
};

function decidingLogNames(a: Attempt, host: HostCoverage): string {
  const kinds = decidingLogs(a, host);
  return kinds.length ? kinds.map((k) => ENDING_LOG_NAMES[k]).join(', ') : 'the logs given';
}

type Decision = { outcome: Outcome; rule: string; reason?: string };

export function decideOutcome(a: Attempt, host: HostCoverage, settleMs: number): Decision {
  const proofs = logonProofs(a);
  if (a.progress.session && proofs.size) return loggedOn(proofs);
  if (!hasFailureEvent(a) && a.events.some(userLoggedOff))
    return {
      outcome: 'unknown',
      rule: 'its session was logged off by its user (LSM 40 reason 12) with nothing refused, but no log given records the logon',
      reason:
        'LSM records its user logging off its session (LSM 40 reason 12) and nothing refused it, but no log given records the logon itself (LSM 21/22/25, Security 4624 type 10, RdpCoreTS LogonNotify), so whether it succeeded cannot be told',
    };
  if (a.progress.session) return atLogonScreen(a, host, settleMs);
  if (hasFailureEvent(a)) return { outcome: 'failed', rule: 'a failure or refusal event is on record for the attempt' };
  return (
    onlyListenerLogged(a, host) ??
    (a.progress.ended
      ? {
          outcome: 'failed',
          rule: 'the connection ended (RdpCoreTS 102/103 or client 1026) before any session was reached',
        }
      : undefined) ??
    authenticatedUnseen(a, host) ??
    logsEndTooSoon(a, host, settleMs) ??
    endUnseen(a, host, settleMs) ?? {
      outcome: 'failed',
      rule: 'nothing more was heard of the attempt for longer than the settle time before the log ends, and no session was reached',
    }
  );
}

/** A logon completed in it: logged, or inferred from the client's own disconnect after the connection was up. */
function loggedOn(proofs: ReturnType<typeof logonProofs>): Decision {
  const inferred = [...proofs.values()].every((how) => how === 'inferred');
  return inferred
    ? {
        outcome: 'succeeded',
        rule: "the client logged the connection as up (RDPClient 1025) and then the user's own disconnect or logoff (1026 reason 1 or 2), with no failure on record: a logon inferred, as this client writes no 1027",
      }
    : {
        outcome: 'succeeded',
        rule: 'a Remote Desktop logon completed in it (LSM 21/22/25, Security 4624 type 10/7, 4778, RdpCoreTS 72 LogonNotify for its session or client 1027) and nothing refused it',
      };
}

/** A session given with no logon on record: failed at the logon screen, unless no log given could show the logon. */
function atLogonScreen(a: Attempt, host: HostCoverage, settleMs: number): Decision {
  // RdpCoreTS 66 gives a session to every connection, also one that only reached the logon screen: without a
  // logon on record it is no success, and whether there was one can only be told by a log that records it.
  // Network-level authentication (RCM 1149) is no logon either: the credentials were checked, nothing more.
  if (a.startMs < host.sessionLogsFromMs && a.progress.authenticated && a.connection !== 'vmbus')
    return {
      outcome: 'unknown',
      rule: 'network-level authentication succeeded and a session was given (RdpCoreTS 66) with nothing refused, but no log given records a logon to it',
      reason:
        'its credentials passed network-level authentication and RdpCoreTS gave it a session, but no log given records a logon to that session (LSM 21/22/25, Security 4624 type 10, RdpCoreTS LogonNotify)',
    };
  if (a.startMs < host.sessionLogsFromMs)
    return {
      outcome: 'unknown',
      rule: 'a session was given (RdpCoreTS 66) but no log given could show whether anyone signed in to it',
      reason:
        host.sessionLogsFromMs === Infinity
          ? 'RdpCoreTS gave it a session, but no LSM or Security log was given to show whether anyone signed in to it'
          : 'RdpCoreTS gave it a session, but the LSM and Security logs given begin after it, so whether anyone signed in cannot be told',
    };
  // The logs that would record the logon: LSM and Security (where known, how far each reaches).
  const logonLogEnds = (['lsm', 'security'] as const).flatMap((k) => host.logEndByKind?.[k] ?? []);
  const logEndMs = host.live
    ? host.logEndMs
    : logonLogEnds.length
      ? Math.max(...logonLogEnds)
      : endOfDecidingLogs(a, host);
  if (logEndMs - a.endMs <= settleMs)
    return host.live
      ? { outcome: 'in-progress', rule: 'at the logon screen of its session (RdpCoreTS 66), no logon yet' }
      : {
          outcome: 'unknown',
          rule: "the logs end within the settle time of the attempt's last event, at its session's logon screen",
          reason: `it reached its session's logon screen (RdpCoreTS 66), and the logs that would record a logon (${logonLogEnds.length ? 'LSM, Security' : decidingLogNames(a, host)}) end ${seconds(Math.max(0, logEndMs - a.endMs))} after its last event`,
        };
  return {
    outcome: 'failed',
    rule: "it reached its session's logon screen (RdpCoreTS 66) but no logon followed (no LSM 21/22/25, Security 4624 type 10/7, 4778 or client 1027)",
  };
}

/**
 * Only the listener's acceptance logged (RCM 261, naming no client): nothing decides how it ended, whatever other
 * log is given, so it stays one attempt of unknown outcome, with the reason.
 */
function onlyListenerLogged(a: Attempt, host: HostCoverage): Decision | undefined {
  if (!(a.events.length > 0 && a.clientEvents.length === 0 && a.events.every(isListenerAcceptance))) return undefined;
  const rdpCoreHole = holeAt(host.rdpCoreHoles, a.startMs);
  return {
    outcome: 'unknown',
    rule: 'only its acceptance by the listener (RCM 261) is logged: nothing decides how it ended',
    reason: rdpCoreHole
      ? `only the listener accepting it (RCM 261) is logged: RdpCoreTS records ${rdpCoreHole.afterId + 1}–${rdpCoreHole.beforeId - 1} are missing from the log given (between its records at ${isoSeconds(rdpCoreHole.fromMs)} and ${isoSeconds(rdpCoreHole.toMs)}), so how it ended cannot be told`
      : host.rdpCore
        ? 'only the listener accepting it (RCM 261) is logged: RdpCoreTS holds nothing of it (it ended before the RDP protocol began, a dropped or refused handshake, or RdpCoreTS rolled over or was damaged there), so how it ended cannot be told'
        : "only the listener accepting it (RCM 261) is logged: without RdpCoreTS, which logs every connection's end, how it ended cannot be told",
  };
}

/** Authenticated, and no log given could show its session: NLA passed is no logon. */
function authenticatedUnseen(a: Attempt, host: HostCoverage): Decision | undefined {
  // RdpCoreTS logs every connection it sees: one it holds nothing of happened where the log does not reach
  // (rolled over, cleared or damaged there), so its silence says nothing about that connection's session.
  // Nor does that of LSM and Security before their oldest event.
  const canShowSession =
    a.startMs >= host.sessionLogsFromMs || (host.rdpCore && a.events.some((e) => logKind(e) === 'rdpcore'));
  if (!a.progress.authenticated || canShowSession || a.clientEvents.length > 0) return undefined;
  return {
    outcome: 'unknown',
    rule:
      host.rdpCore || host.sessionLogsFromMs < Infinity
        ? 'network-level authentication succeeded, and none of the logs given could show its session (RdpCoreTS holds nothing of this connection; LSM and Security logon events, if any, begin after it)'
        : 'network-level authentication succeeded, and none of the logs given could show a session (no RdpCoreTS, LSM or logon events)',
    reason:
      'its credentials passed network-level authentication (RCM 1149) and nothing refused it, but NLA passed is no logon, and no log given records one for it (LSM 21/22/25, Security 4624 type 10, RdpCoreTS LogonNotify)',
  };
}

/** The logs end within the settle time of its last event: in progress (live), else unknown. */
function logsEndTooSoon(a: Attempt, host: HostCoverage, settleMs: number): Decision | undefined {
  const logEndMs = host.live ? host.logEndMs : endOfDecidingLogs(a, host);
  if (logEndMs - a.endMs > settleMs) return undefined;
  return host.live
    ? {
        outcome: 'in-progress',
        rule: "the log ends within the settle time of the attempt's last event, with no failure in sight",
      }
    : {
        outcome: 'unknown',
        rule: "the logs end within the settle time of the attempt's last event, before any outcome was logged",
        reason: `the logs that would record its end (${decidingLogNames(a, host)}) end ${seconds(Math.max(0, logEndMs - a.endMs))} after its last event, before any outcome was logged`,
      };
}

/** Its end unseen: records missing where it ended, or no log given that could show how it ended. */
function endUnseen(a: Attempt, host: HostCoverage, settleMs: number): Decision | undefined {
  // RdpCoreTS logs every connection's end: where its records are missing, a connection it holds nothing of
  // ended unseen, whatever the Security log's silence (a scanner's dropped handshake leaves nothing there).
  const hole = a.events.some((e) => logKind(e) === 'rdpcore') ? undefined : holeAt(host.rdpCoreHoles, a.startMs);
  if (hole && !a.progress.authenticated && !a.clientEvents.length)
    return {
      outcome: 'unknown',
      rule: 'only its acceptance is logged, at a time RdpCoreTS records are missing, so how it ended cannot be told',
      reason: `only the listener accepting it (RCM 261) is logged: RdpCoreTS records ${hole.afterId + 1}–${hole.beforeId - 1} are missing from the log given (between its records at ${isoSeconds(hole.fromMs)} and ${isoSeconds(hole.toMs)}), so how it ended cannot be told`,
    };
  // A connection only accepted (RCM 261, RdpCoreTS 131) says nothing of how it ended when no log given could:
  // RdpCoreTS logs its end (102/103) and Security a failed network-level authentication (4625).
  const canShowEnd =
    a.events.some((e) => logKind(e) === 'rdpcore') || a.clientEvents.length > 0 || a.startMs >= host.securityFromMs;
  if (!a.progress.authenticated && !canShowEnd)
    return {
      outcome: 'unknown',
      rule: 'only its acceptance is logged, and no log given (RdpCoreTS, Security) could show how it ended',
      reason: host.rdpCore
        ? 'only the listener accepting it (RCM 261) is logged: RdpCoreTS holds nothing of it (rolled over or damaged there) and no Security log covers it, so how it ended cannot be told'
        : 'only the listener accepting it (RCM 261) is logged: without RdpCoreTS or the Security log of that time, how it ended cannot be told',
    };
  // Silence decides only where the log was kept: records missing (a jump in the record ids) right after the
  // attempt's last record, in a log that would have recorded its end, may have been that end.
  const cut = holeAfter(a, host, settleMs);
  if (cut)
    return {
      outcome: 'unknown',
      rule: "records are missing from a log that would have recorded its end, right after the attempt's last record, so its silence says nothing",
      reason: `${cut.name} records ${cut.hole.afterId + 1}–${cut.hole.beforeId - 1} are missing from the log given (between its records at ${isoSeconds(cut.hole.fromMs)} and ${isoSeconds(cut.hole.toMs)}), right after this attempt's last record, so how it ended cannot be told`,
    };
  return undefined;
}

/** A hole in a log that would have recorded the attempt's end, open in the settle time after its last record. */
function holeAfter(a: Attempt, host: HostCoverage, settleMs: number): { name: string; hole: RecordHole } | undefined {
  for (const kind of decidingLogs(a, host)) {
    const hole = host.holes?.[kind]?.find((h) => h.fromMs <= a.endMs + settleMs && h.toMs > a.endMs);
    if (hole) return { name: ENDING_LOG_NAMES[kind] ?? kind, hole };
  }
  return undefined;
}

/** RCM 261: a listener accepted a connection (it names no client). */
function isListenerAcceptance(e: NormalizedEvent): boolean {
  return logKind(e) === 'rcm' && e.eventId === 261;
}

function isoSeconds(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

function seconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 120 ? `${s} s` : `${Math.round(s / 60)} min`;
}
