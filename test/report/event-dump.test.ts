import { describe, expect, it } from 'vitest';
import type { NormalizedEvent } from '../../src/model/event.js';
import { toDumpJsonLine, toEventsXml, toEventXml } from '../../src/report/event-dump.js';
import { expectedJsonl, expectedXml, jsonLine, written } from './event-dump-bytes.js';
import { referenceEventXml } from './event-xml-reference.js';

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

const cases: [string, NormalizedEvent][] = [
  ['plain', event({ recordId: 12, level: 4, data: { param1: 'Remote Desktop Services', param2: 'running' } })],
  ['no optional fields', event({})],
  ['record id above 2^53', event({ recordId: '18446744073709551615', activityId: '{0A1B-…}' })],
  ['numbers of every size', event({ recordId: 2 ** 53 - 1, level: 0, eventId: 4294967295, processId: 2 ** 31 })],
  [
    'escapes',
    event({
      channel: 'a"b\\c',
      computer: 'tab\there\u0001',
      provider: { name: 'line\nend', guid: "{'&<>}", eventSourceName: '\u0085\u202e' },
      data: {
        'q"k': 'v\u001f\b\f\r\u007f',
        'Data[0]': '\u2028\u2029 </script>',
        lone: '\ud800x',
        'lone low': '\udc00',
        'lone at end': 'a\ud83d',
        pair: '\ud83d\ude00',
        'Binary[1]': 'é€😀<&>\'"',
        unsafe: 'a\u00ad\u061c\u200b\u200e\u2066\ufeff\u{e0041}\u{1d173}b\u{1f600}',
      },
    }),
  ],
  ['integer-like keys first, as JSON.stringify orders them', event({ data: { b: '1', 10: 'x', 2: 'y', a: 'z' } })],
  ['raw time', event({ timestamp: 'FILETIME 0x7FFFFFFFFFFFFFFF', eventId: Number.NaN })],
  ['empty strings', event({ channel: '', computer: '', provider: { name: '' }, data: { '': '' } })],
  [
    'user data',
    event({
      userDataElement: 'EventXML',
      data: { User: 'x', 'Chain/Element/Cert': 'y', 'Chain/Element[2]/Cert': 'z', '9 bad name': '<' },
    }),
  ],
  [
    'every System field',
    event({
      qualifiers: 16384,
      version: 2,
      level: 4,
      task: 0,
      opcode: 1,
      keywords: '0x8080000000000000',
      recordId: 7,
      activityId: '{A}',
      relatedActivityId: '{B}',
      processId: 4,
      threadId: 8,
      userSid: 'S-1-5-18',
    }),
  ],
];

describe('dump records', () => {
  for (const [name, e] of cases) {
    it(`JSONL: the bytes of JSON.stringify's text, unsafe characters escaped: ${name}`, () => {
      // Twice: the second time through the memos of repeated values.
      expect(written('jsonl', [e, e])).toEqual(Buffer.concat([expectedJsonl(e), expectedJsonl(e)]));
      expect(toDumpJsonLine(e)).toBe(jsonLine(e));
    });
    it(`XML: the bytes of wevtutil's text: ${name}`, () => {
      expect(written('xml', [e, e])).toEqual(Buffer.concat([expectedXml(e), expectedXml(e)]));
      expect(toEventXml(e)).toBe(new TextDecoder().decode(Buffer.from(referenceEventXml(e))));
    });
  }

  it('XML of many events: each event as toEventXml writes it alone, one a line, with no last newline', () => {
    const all = cases.flatMap(([, e]) => [e, e]);
    expect(toEventsXml(all)).toBe(all.map(toEventXml).join('\n'));
    expect(toEventsXml([])).toBe('');
  });

  it('a value of another type than a string is written as JSON.stringify writes it', () => {
    const e = event({ data: { a: 'x', n: 5 as unknown as string } });
    expect(written('jsonl', [e])).toEqual(expectedJsonl(e));
  });
});
