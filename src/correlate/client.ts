/**
 * Client side: one computer's RDPClient/Operational events → attempts. All events of one mstsc
 * connection share an ActivityID; 1024 opens an attempt and names the server as typed.
 */
import type { Attempt } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { newAttempt } from './attempt-builder.js';
import { logKind, normalizeAddress, numberField } from './keys.js';

export function correlateClient(computer: string, events: NormalizedEvent[], nextId: () => string): Attempt[] {
  const attempts: Attempt[] = [];
  const byActivity = new Map<string, Attempt>();
  let current: Attempt | undefined;
  for (const e of events) {
    if (logKind(e) !== 'rdpclient') continue;
    let a = e.activityId ? byActivity.get(e.activityId) : undefined;
    if (!a && e.eventId !== 1024 && !e.activityId && current && !current.progress.ended) a = current;
    if (!a) {
      a = newAttempt(nextId(), computer, 'client', e);
      a.clientComputer = computer;
      a.client.name = computer;
      attempts.push(a);
      if (e.activityId) byActivity.set(e.activityId, a);
    }
    current = a;
    a.clientEvents.push(e);
    if (e.timeMs >= a.endMs) {
      a.end = e.timestamp;
      a.endMs = e.timeMs;
    }
    if (e.eventId === 1024 && e.data.Value) {
      const target = e.data.Value.trim();
      const address = normalizeAddress(target);
      if (address) a.server.address = address;
      else a.server.name = target.replace(/:\d+$/, '');
    }
    if (e.eventId === 1102 && e.data.Value) a.server.address ??= normalizeAddress(e.data.Value);
    if (e.eventId === 1026) {
      a.clientDisconnectReason = numberField(e.data.Value);
      a.progress.ended = true;
    }
  }
  return attempts;
}
