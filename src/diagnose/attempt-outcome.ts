/**
 * One attempt's causes and its outcome where they settle it (`diagnoseOne`): the patterns' causes, else the cause of
 * its refused logons, else no failure on record (it passed NLA and nothing refused it), else unexplained.
 */
import { formatHex, lookupNtStatus, parseCodeValue } from '../../patterns/codes/index.js';
import { UNEXPLAINED } from '../../patterns/index.js';
import type { Pattern } from '../../patterns/types.js';
import { clientAddress, hasFailureEvent, logKind, logonType } from '../correlate/index.js';
import {
  type Attempt,
  type CauseResult,
  type DiagnosedAttempt,
  EVIDENCE_EVENT,
  type PatternTrace,
} from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import type { ValueMarks } from '../model/value-marks.js';
import type { AnalyzeOptions } from './analyze.js';
import { causeOfStatus } from './attempt-records.js';
import { CONFIDENT, diagnoseAttempt } from './engine.js';
import { evidenceRef } from './evidence-refs.js';
import { fillSteps, knownOfAttempt } from './fill-steps.js';
import type { HostIndex } from './host-index.js';
import { describeProgress } from './progress.js';

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
 * One attempt's causes, and its outcome where they settle it: an unfinished attempt whose evidence already shows a
 * failure failed; a failure with no cause found takes the cause of its tries, else is unknown when it passed NLA and
 * nothing refused it, else unexplained.
 */
export function diagnoseOne(
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
