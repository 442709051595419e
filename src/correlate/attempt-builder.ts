import type { Attempt, AttemptProgress, Outcome } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { clientAddress, logKind, logonType, numberField } from './keys.js';

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
    clientClosed: false,
    ended: false,
  };
}

/** Set Error Info codes (RdpCoreTS 72 `SetErrorInfo(0xN)`) by which the server refuses a connection. */
const DENIAL_ERROR_INFO = new Set([7, 8, 9, 10]);
/** LSM 40 reasons that mean the server refused the session (7 denied, 9 insufficient privileges). */
const DENIAL_LSM_REASONS = new Set([7, 9]);

function errorInfoOf(e: NormalizedEvent): number | undefined {
  const m = /^SetErrorInfo\((0x[0-9a-f]+|\d+)\)/i.exec(e.data.MethodName ?? '');
  return m ? numberField(m[1]) : undefined;
}

/** The server refused the connection or its logon (so a session id alone is not success). */
function refused(e: NormalizedEvent): boolean {
  const kind = logKind(e);
  if (kind === 'rdpcore' && e.eventId === 72) {
    const code = errorInfoOf(e);
    return code !== undefined && (DENIAL_ERROR_INFO.has(code) || (code >= 0x100 && code <= 0x10b));
  }
  if (kind === 'lsm' && e.eventId === 40) return DENIAL_LSM_REASONS.has(numberField(e.data.Reason) ?? -1);
  if (kind === 'security' && e.eventId === 4625) return logonType(e) === 10;
  return false;
}

/** The user's logon completed: LSM 21/22/25, Security 4624 type 10/7 or 4778, client 1027. No later refusal undoes it. */
export function completesLogon(e: NormalizedEvent): boolean {
  switch (logKind(e)) {
    case 'lsm':
      return e.eventId === 21 || e.eventId === 22 || e.eventId === 25;
    case 'security':
      return e.eventId === 4778 || (e.eventId === 4624 && (logonType(e) === 10 || logonType(e) === 7));
    case 'rdpclient':
      return e.eventId === 1027;
    default:
      return false;
  }
}

/**
 * How far the attempt got on the connection ladder, from its own events (rdp-events.md §4). A session
 * counts as reached when the user's logon completed (LSM 21/22/25, 4624 type 10/7, 4778, client 1027),
 * or when RdpCoreTS 66 assigned one and nothing after it refused the connection or the logon.
 */
export function computeProgress(a: Attempt): AttemptProgress {
  const p = emptyProgress();
  let loggedOn = false;
  let sessionAssignedMs: number | undefined;
  let refusedByServer = false;
  for (const e of a.events) {
    const kind = logKind(e);
    const id = e.eventId;
    if (refused(e)) refusedByServer = true;
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
    } else if (kind === 'security') {
      if (id === 4624 && logonType(e) === 3 && clientAddress(e) === a.client.address) p.authenticated = true;
    }
    if (completesLogon(e)) loggedOn = true;
  }
  for (const e of a.clientEvents) {
    if (logKind(e) !== 'rdpclient') continue;
    if (completesLogon(e)) loggedOn = true;
    if (e.eventId === 1026) {
      p.ended = true;
      const reason = numberField(e.data.Value);
      if (reason === 1 || reason === 2) p.clientClosed = true;
    }
  }
  p.session = loggedOn || (sessionAssignedMs !== undefined && !refusedByServer);
  if (p.session || sessionAssignedMs !== undefined)
    p.authenticated ||= a.events.some((e) => logKind(e) === 'rcm' || logKind(e) === 'security');
  return p;
}

/** Events that by themselves say an attempt was refused or broke. */
export function hasFailureEvent(a: Attempt): boolean {
  return a.events.some((e) => {
    const kind = logKind(e);
    if (kind === 'rdpcore')
      return (
        [139, 140, 97, 99, 67].includes(e.eventId) ||
        (e.eventId === 72 && /^SetErrorInfo\(0x[1-9a-f]/i.test(e.data.MethodName ?? ''))
      );
    if (kind === 'security') return e.eventId === 4625;
    if (kind === 'rcm') return e.eventId === 1151 || e.eventId === 1003 || e.eventId === 1004 || e.eventId === 1011;
    return false;
  });
}

/** What the inputs hold for a computer: whether they could show a session at all. */
export interface HostCoverage {
  /** RdpCoreTS, LSM or Security logon events of this computer are in the inputs. */
  canShowSession: boolean;
  /** Time of the computer's last event. */
  logEndMs: number;
}

/**
 * succeeded: reached a session; failed: ended, or refused, without one; in-progress: the logs stop
 * within `settleMs` of its last event with nothing saying it ended. When the inputs cannot show a
 * session at all (an RCM-only export), network authentication that nothing refused counts as success.
 */
export function computeOutcome(a: Attempt, host: HostCoverage, settleMs: number): Outcome {
  if (a.progress.session) return 'succeeded';
  const failure = hasFailureEvent(a);
  const clientConnected = a.clientEvents.some((e) => logKind(e) === 'rdpclient' && e.eventId === 1025);
  if (clientConnected && a.progress.clientClosed && !failure) return 'succeeded';
  if (a.progress.ended || failure) return 'failed';
  if (a.progress.authenticated && !host.canShowSession && a.clientEvents.length === 0) return 'succeeded';
  return host.logEndMs - a.endMs <= settleMs ? 'in-progress' : 'failed';
}
