import { describe, expect, it } from 'vitest';
import { slimForAnalysis } from '../../src/diagnose/slim.js';
import type { NormalizedEvent } from '../../src/model/event.js';

const schannel = (recordId: number, timestamp: string): NormalizedEvent => ({
  timestamp,
  timeMs: Date.parse(timestamp),
  channel: 'System',
  provider: { name: 'Schannel', guid: '{1F678132-5938-4686-9FDC-C8FF68F15C85}' },
  eventId: 36888,
  computer: 'RDSH01.corp.example.test',
  data: { AlertDesc: '40', ErrorState: '1205' },
  source: { file: 'System.evtx', format: 'evtx', offset: 4096 + recordId * 200 },
  recordId,
  processId: 640,
  threadId: 700,
  keywords: '0x8000000000000000',
  userSid: 'S-1-5-18',
});

describe('slimForAnalysis', () => {
  it('keeps what patterns and reports read, shares repeated values, drops the rest', () => {
    const hold = slimForAnalysis();
    const a = hold(schannel(1, '2024-05-02T09:00:00.0000000Z'));
    const b = hold(schannel(2, '2024-05-02T09:00:00.0000000Z'));
    expect(a).toEqual({
      timestamp: '2024-05-02T09:00:00.0000000Z',
      timeMs: Date.parse('2024-05-02T09:00:00Z'),
      channel: 'System',
      provider: { name: 'Schannel' },
      eventId: 36888,
      computer: 'RDSH01.corp.example.test',
      data: { AlertDesc: '40', ErrorState: '1205' },
      source: { file: 'System.evtx', format: 'evtx' },
      recordId: 1,
      userSid: 'S-1-5-18',
    });
    expect(b.recordId).toBe(2);
    expect(b.data).toBe(a.data);
    expect(b.provider).toBe(a.provider);
    expect(b.source).toBe(a.source);
  });

  it('keeps events that may belong to a connection whole', () => {
    const hold = slimForAnalysis();
    const lsm: NormalizedEvent = {
      ...schannel(3, '2024-05-02T09:00:01.0000000Z'),
      channel: 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
      provider: { name: 'Microsoft-Windows-TerminalServices-LocalSessionManager' },
      eventId: 21,
      activityId: '{00000000-0000-0000-0000-000000000001}',
    };
    expect(hold(lsm)).toBe(lsm);
  });
});
