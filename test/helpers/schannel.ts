import type { NormalizedEvent } from '../../src/model/event.js';
import { instantFromIso } from '../../src/model/time.js';

/** A Schannel event as a reader gives it (with the fields the store does not keep). */
export function schannel(
  recordId: NormalizedEvent['recordId'],
  iso: string,
  extra: Partial<NormalizedEvent> = {},
): NormalizedEvent {
  const t = instantFromIso(iso);
  if (!t) throw new Error(iso);
  return {
    timestamp: t.iso,
    timeMs: t.ms,
    channel: 'System',
    provider: { name: 'Schannel', guid: '{1F678132-5938-4686-9FDC-C8FF68F15C85}' },
    eventId: 36888,
    computer: 'RDSH01.corp.example.test',
    data: { AlertDesc: '40', ErrorState: '1205' },
    source: { file: 'System.evtx', format: 'evtx', offset: 4096 },
    recordId,
    processId: 640,
    threadId: 700,
    keywords: '0x8000000000000000',
    userSid: 'S-1-5-18',
    ...extra,
  };
}
