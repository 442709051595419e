import type { NormalizedEvent } from '../../src/model/event.js';

/** An event of the .evtx reader in the shape of a reference dump's record. */
export function dumpShape(e: NormalizedEvent): {
  recordId?: number;
  timestamp?: string;
  eventId: number;
  provider: string;
  channel: string;
  computer: string;
  level?: number;
  activityId?: string;
  data: NormalizedEvent['data'];
};
