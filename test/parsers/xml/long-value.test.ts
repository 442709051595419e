/**
 * A value longer than a construct may be (4 MiB; here a small limit) in an XML export costs nothing but its end
 * (issue #61): the tokenizer keeps its start and its length, the reader cuts it as every reader cuts a value
 * (src/model/value-length.ts: the same marker, its length in the input) with one warning naming the file, the
 * line and the record, and its event and the next are read. Before, the whole event was lost as malformed XML.
 */
import { describe, expect, it } from 'vitest';
import { XmlEventReader } from '../../../parsers/xml/index.js';
import { EventXmlTokenizer } from '../../../parsers/xml/tokenizer.js';
import type { InputWarning, NormalizedEvent } from '../../../src/model/event.js';
import { cutText } from '../../../src/model/value-length.js';
import { eventXml, type TestEvent } from '../../helpers/xml-events.js';

const LIMIT = 1000;
const base: TestEvent = {
  id: 4625,
  time: '2024-05-02T09:14:01.1234567Z',
  record: 7,
  channel: 'Security',
  provider: 'Microsoft-Windows-Security-Auditing',
  eventData: { TargetUserName: 'alice', IpAddress: '192.0.2.10' },
};

/** `text` read by an XML reader whose constructs may be LIMIT characters, fed `piece` characters at a time. */
function read(text: string, piece: number): { events: NormalizedEvent[]; warnings: InputWarning[] } {
  const warnings: InputWarning[] = [];
  const reader = new XmlEventReader('Security.xml', { warn: (w) => warnings.push(w) }, { maxConstruct: LIMIT });
  const events: NormalizedEvent[] = [];
  for (let at = 0; at < text.length; at += piece) events.push(...reader.feed(text.slice(at, at + piece)));
  events.push(...reader.end());
  return { events, warnings };
}

const withUser = (user: string, record = 7) =>
  eventXml({ ...base, record, eventData: { ...base.eventData, TargetUserName: user } });

describe('an XML value longer than a construct may be', () => {
  for (const piece of [7, 333, 1_000_000])
    it(`is cut, its event and the next read, one warning naming file, line and record (pieces of ${piece})`, () => {
      const long = 'u'.repeat(5 * LIMIT + 3);
      const { events, warnings } = read(`<Events>\n${withUser(long)}\n${withUser('bob', 8)}\n</Events>\n`, piece);
      expect(events.map((e) => e.recordId)).toEqual([7, 8]);
      expect(events[0].data.TargetUserName).toBe(cutText(long.slice(0, LIMIT), LIMIT, long.length));
      expect(events[0].data.TargetUserName).toMatch(/… \[cut by rdpdiag: 5003 characters\]$/);
      expect(events[0].data.IpAddress).toBe('192.0.2.10');
      expect(events[1].data.TargetUserName).toBe('bob');
      expect(warnings).toEqual([
        {
          code: 'value-cut',
          file: 'Security.xml',
          line: 2,
          kind: 'other',
          message:
            'record 7: data.TargetUserName (5,003 characters) cut to 262,144: Windows never writes a value that long (the rest of the event read)',
        },
      ]);
    });

  it('its entity references decoded across pieces, its length counted in characters read', () => {
    const long = 'a&amp;b&#x263A;'.repeat(400); // 4 characters each once decoded: 1,600
    const { events, warnings } = read(withUser(long), 5);
    const decoded = 'a&b☺'.repeat(400);
    expect(events[0].data.TargetUserName).toBe(cutText(decoded.slice(0, LIMIT), LIMIT, decoded.length));
    expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining('data.TargetUserName (1,600 characters)')]);
  });

  it('in the computer, a UserData leaf and the message: each cut and named, in one warning', () => {
    const long = 'c'.repeat(3 * LIMIT);
    const text = eventXml({
      ...base,
      computer: long,
      userData: { Param1: long },
      message: long,
    });
    const { events, warnings } = read(text, 100);
    const cut = cutText(long.slice(0, LIMIT), LIMIT, long.length);
    expect(events[0].computer).toBe(cut);
    expect(events[0].data.Param1).toBe(cut);
    expect(events[0].message).toBe(cut);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(
      /^record 7: data\.Param1 \(3,000 characters\), computer \(3,000 characters\), message \(3,000 characters\) cut/,
    );
  });

  it('a value as long as the limit is whole, and text outside any event past it is still an error', () => {
    const exact = 'x'.repeat(LIMIT);
    const whole = read(withUser(exact), 50);
    expect(whole.events[0].data.TargetUserName).toBe(exact);
    expect(whole.warnings).toEqual([]);
    const tokenizer = new EventXmlTokenizer({ maxConstruct: LIMIT });
    tokenizer.feed(`<Events>\n${'t'.repeat(2 * LIMIT)}`);
    expect(tokenizer.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^a run of text longer than 1000 characters/),
    ]);
  });

  it('keeps only the limit in memory, however long the value', () => {
    const tokenizer = new EventXmlTokenizer({ maxConstruct: LIMIT });
    const out = [...tokenizer.feed(`<Event><Data>`)];
    for (let i = 0; i < 2000; i++) out.push(...tokenizer.feed('v'.repeat(997)));
    out.push(...tokenizer.feed('</Data></Event>'), ...tokenizer.end());
    expect(tokenizer.problems).toEqual([]);
    const data = out[0].element.children[0];
    expect(data.text).toBe('v'.repeat(LIMIT));
    expect(data.length).toBe(2000 * 997);
  });
});
