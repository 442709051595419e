/**
 * An event of rdpdiag's .evtx reader in the shape of a reference dump's record (libevtx's, pyevtx's): what
 * bench/evtx-dump-jsonl.mjs writes a line of for compare-dump.py, and what the corpus tests compare
 * (test/parsers/evtx/helpers.ts).
 */
export function dumpShape(e) {
  return {
    recordId: e.recordId === undefined ? undefined : Number(e.recordId),
    timestamp: e.timestamp,
    eventId: e.eventId,
    provider: e.provider.name,
    channel: e.channel,
    computer: e.computer,
    level: e.level,
    activityId: e.activityId,
    data: e.data,
  };
}
