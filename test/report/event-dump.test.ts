import { describe, expect, it } from 'vitest';
import type { NormalizedEvent } from '../../src/model/event.js';
import { toDumpJsonLine, toDumpRecord } from '../../src/report/event-dump.js';
import { escapeJsonText } from '../../src/report/sanitize.js';

function event(over: Partial<NormalizedEvent>): NormalizedEvent {
  return {
    timestamp: '2024-05-02T09:14:07.5310000Z',
    timeMs: 0,
    channel: 'System',
    provider: { name: 'Service Control Manager' },
    eventId: 7036,
    computer: 'host.example.test',
    data: {},
    source: { file: 'x.evtx', format: 'evtx', offset: 0 },
    ...over,
  };
}

describe('toDumpJsonLine', () => {
  const cases: [string, NormalizedEvent][] = [
    ['plain', event({ recordId: 12, level: 4, data: { param1: 'Remote Desktop Services', param2: 'running' } })],
    ['no optional fields', event({})],
    ['record id above 2^53', event({ recordId: '18446744073709551615', activityId: '{0A1B-…}' })],
    [
      'escapes',
      event({
        channel: 'a"b\\c',
        computer: 'tab\there\u0001',
        provider: { name: 'line\nend' },
        data: { 'q"k': 'v\u001f', 'Data[0]': '\u2028\u2029 </script>', lone: '\ud800x', pair: '\ud83d\ude00' },
      }),
    ],
    ['integer-like keys first, as JSON.stringify orders them', event({ data: { b: '1', 10: 'x', 2: 'y', a: 'z' } })],
    ['raw time', event({ timestamp: 'FILETIME 0x7FFFFFFFFFFFFFFF', eventId: Number.NaN })],
    ['empty strings', event({ channel: '', computer: '', provider: { name: '' }, data: { '': '' } })],
  ];
  for (const [name, e] of cases) {
    it(`writes what JSON.stringify writes, C1 and format characters escaped: ${name}`, () => {
      // Twice: the second time through the memos of repeated values.
      expect(toDumpJsonLine(e)).toBe(`${escapeJsonText(JSON.stringify(toDumpRecord(e)))}\n`);
      expect(toDumpJsonLine(e)).toBe(`${escapeJsonText(JSON.stringify(toDumpRecord(e)))}\n`);
    });
  }
});
