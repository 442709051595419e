/**
 * Events put aside as rows (src/model/event-codec.ts) read back as JSON's round trip reads them: every part, every
 * value, whatever a reader or a hostile log put there; and in much less room.
 */
import { describe, expect, it } from 'vitest';
import type { NormalizedEvent } from '../../src/model/event.js';
import type { RecordRef } from '../../src/model/attempt.js';
import { decodeEvents, decodeRecordRefs, encodeEvents, encodeRecordRefs } from '../../src/model/event-codec.js';

const viaJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
const roundTrip = (list: (number | NormalizedEvent)[]) => decodeEvents(viaJson(encodeEvents(list)) as never);

function event(over: Partial<NormalizedEvent> = {}): NormalizedEvent {
  return {
    timestamp: '2024-05-10T06:00:01.0070000Z',
    timeMs: 1715320801007,
    channel: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
    provider: {
      name: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
      guid: '{C76BAA63-AE81-421C-B425-340B4B24157F}',
    },
    eventId: 1149,
    computer: 'RDSH001.corp.example.test',
    data: { Param1: 'alice', Param2: 'CORP', Param3: '192.0.2.10' },
    source: { file: 'fleet.ndjson', format: 'ecs', line: 12 },
    ...over,
  };
}

describe('encodeEvents / decodeEvents', () => {
  it('give back every part of every event as JSON would, numbers in the list as they are', () => {
    const full = event({
      qualifiers: 16384,
      version: 2,
      level: 4,
      task: 1,
      opcode: 0,
      keywords: '0x8000000000000000',
      recordId: '18446744073709551615',
      processId: 1288,
      threadId: 4201,
      userSid: 'S-1-5-20',
      activityId: '{F4200001-0001-4000-8000-000000000001}',
      relatedActivityId: '{F4200001-0001-4000-8000-000000000002}',
      userDataElement: 'EventXML',
      message: `Remote Desktop Services: User authentication succeeded: ${'x'.repeat(400)}`,
      timePrecisionMs: 1000,
      dataFromMessage: true,
      source: { file: 'a.evtx', format: 'evtx', offset: 4096, ref: 'idx/1' },
      provider: {
        name: 'Service Control Manager',
        guid: '{555908D1-A6D7-4695-8E1E-26931D2012F4}',
        eventSourceName: 'SCM',
      },
    });
    const list: (number | NormalizedEvent)[] = [
      event(),
      3,
      full,
      event({ recordId: 7, data: {} }),
      event({ timeMs: Number.NaN, data: { '0': 'zero', b: 'x'.repeat(300), a: '' } }),
      // Parts the rows do not carry, or values of another type: kept as JSON keeps them.
      { ...event(), extra: 'kept' } as NormalizedEvent,
      event({ data: JSON.parse('{"__proto__": "own field", "x": "y"}') as Record<string, string> }),
      event({ data: { n: 5 as unknown as string } }),
      event({ userSid: 42 as unknown as string }),
      event({ timeMs: Number.POSITIVE_INFINITY, level: Number.NaN, eventId: Number.NaN }),
      event({ source: { file: 'a.evtx', format: 'evtx', ref: 7 as unknown as string } }),
      event({ message: ['not', 'text'] as unknown as string, keywords: undefined }),
    ];
    const back = roundTrip(list);
    const expected = (viaJson(list) as unknown[]).map((e, i) => {
      const t = (list[i] as NormalizedEvent).timeMs;
      return typeof e === 'object' && e !== null && !Number.isFinite(t) ? { ...e, timeMs: t } : e;
    });
    expect(back).toEqual(expected);
    for (let i = 0; i < list.length; i++)
      expect(Object.keys((back[i] as NormalizedEvent).data ?? {})).toEqual(
        Object.keys((list[i] as NormalizedEvent).data ?? {}),
      );
    expect(Object.hasOwn((back[6] as NormalizedEvent).data, '__proto__')).toBe(true);
  });

  it('write a connection’s events in less than half the room of JSON', () => {
    const list = Array.from({ length: 30 }, (_, i) =>
      event({
        timestamp: `2024-05-10T06:00:${String(i).padStart(2, '0')}.0070000Z`,
        timeMs: 1715320801007 + i,
        recordId: 2001 + i,
      }),
    );
    expect(JSON.stringify(encodeEvents(list)).length).toBeLessThan(JSON.stringify(list).length / 2);
  });

  it('give back an attempt’s records as JSON would, key order included; odd ones as they are', () => {
    const base = { computer: 'RDSH001.corp.example.test', channel: 'Security', eventId: 4624 };
    const lists: RecordRef[][] = [
      [
        { ...base, recordId: 500001, time: '2024-05-10T06:00:01.8570003Z' },
        { ...base, recordId: '18446744073709551615', time: '2024-05-10T06:00:02.0000000Z', logon: true },
        { ...base, time: '2024-05-10T06:00:03.0000000Z' },
        { ...base, recordId: undefined, time: '2024-05-10T06:00:04.0000000Z', logon: undefined },
      ],
      [{ time: 'first', ...base }],
      [{ ...base, time: 't', extra: 1 } as RecordRef],
      [{ ...base, eventId: '4624' as unknown as number, time: 't' }],
    ];
    for (const list of lists) {
      const back = decodeRecordRefs(viaJson(encodeRecordRefs(list)) as never);
      expect(JSON.stringify(back)).toBe(JSON.stringify(list));
    }
    expect(Array.isArray(encodeRecordRefs(lists[0]!))).toBe(false);
    expect(encodeRecordRefs(lists[1]!)).toBe(lists[1]);
  });
});
