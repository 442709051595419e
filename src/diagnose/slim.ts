/**
 * Slim copies of the events analysis keeps only as context (System, Schannel… events that belong to no
 * connection): just the fields the patterns, findings and reports read, with repeated values shared. A
 * log of millions of such events (a Schannel flood) then costs a fraction of the memory of full events.
 */
import { mayBelongToAttempt } from '../correlate/index.js';
import type { EventSource, NormalizedEvent, Provider } from '../model/event.js';

/** Shared values are remembered up to this many of each kind (a log of unique values must not grow them). */
const MAX_SHARED = 50_000;
/** Field maps with more entries are not shared (building their key would cost more than it saves). */
const MAX_SHARED_FIELDS = 8;

class Interner<T> {
  private readonly map = new Map<string, T>();
  get(key: string, value: T): T {
    const known = this.map.get(key);
    if (known !== undefined) return known;
    if (this.map.size < MAX_SHARED) this.map.set(key, value);
    return value;
  }
}

/**
 * Returns a function giving the event analysis should keep: events that may belong to a connection
 * whole (correlation reads their every field), others slimmed: time, channel, provider, event id,
 * computer, record id, user SID, fields, message and source file (no byte offset).
 */
export function slimForAnalysis(): (e: NormalizedEvent) => NormalizedEvent {
  const providers = new Interner<Provider>();
  const fields = new Interner<Record<string, string>>();
  const sources = new Interner<EventSource>();
  const sids = new Interner<string>();
  // Floods log many events in the same 100 ns tick: the previous event's timestamp string is reused.
  let timestamp = '';
  return (e) => {
    if (mayBelongToAttempt(e)) return e;
    const p = e.provider;
    const provider = providers.get(
      `${p.name}\u0000${p.eventSourceName ?? ''}`,
      p.eventSourceName === undefined ? { name: p.name } : { name: p.name, eventSourceName: p.eventSourceName },
    );
    let data = e.data;
    let n = 0;
    let key = '';
    for (const k in data) {
      if (++n > MAX_SHARED_FIELDS) break;
      key += `${k}\u0000${data[k]}\u0000`;
    }
    if (n <= MAX_SHARED_FIELDS) data = fields.get(key, data);
    const source = sources.get(`${e.source.format}\u0000${e.source.file}`, {
      file: e.source.file,
      format: e.source.format,
    });
    if (e.timestamp !== timestamp) timestamp = e.timestamp;
    const slim: NormalizedEvent = {
      timestamp,
      timeMs: e.timeMs,
      channel: e.channel,
      provider,
      eventId: e.eventId,
      computer: e.computer,
      data,
      source,
      recordId: e.recordId,
    };
    // Absent fields stay absent (a property holding undefined would still take its slot).
    if (e.userSid !== undefined) slim.userSid = sids.get(e.userSid, e.userSid);
    if (e.message !== undefined) slim.message = e.message;
    return slim;
  };
}
