/** An attempt's records (its logons marked) and logon tries, and the RD Gateway it came through (`completeAttempt`). */
import { causesOfCode } from '../../patterns/code-causes.js';
import { parseCodeValue } from '../../patterns/codes/index.js';
import { logKind, logonProofs, logonType, userOf } from '../correlate/index.js';
import { compareEvents } from '../ingest/timeline.js';
import type { Attempt, DiagnosedAttempt, LogonTry, RecordRef } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import type { ValueMarks } from '../model/value-marks.js';
import type { HostIndex } from './host-index.js';
import { viaOf } from './scope.js';
import { tellTryReasons } from './try-reasons.js';

/** A diagnosed attempt given the RD Gateway it came through, its records, its tries and each try's reason. */
export function completeAttempt(a: DiagnosedAttempt, hosts: HostIndex, marks: ValueMarks): void {
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
export function causeOfStatus(text: string | undefined): string | undefined {
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
