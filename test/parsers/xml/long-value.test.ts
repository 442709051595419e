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

/** The one warning of a value of record 7 (line 2 of Security.xml) cut: `what`, its length said. */
const cutInRecord7 = (what: string) => ({
  code: 'value-cut',
  file: 'Security.xml',
  line: 2,
  kind: 'other',
  message: `record 7: ${what} cut to 262,144: Windows never writes a value that long (the rest of the event read)`,
});

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
      expect(warnings).toEqual([cutInRecord7('data.TargetUserName (5,003 characters)')]);
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

/**
 * The same inside an attribute (a Provider Name, a TimeCreated SystemTime, a Data Name): before, its start tag was a
 * construct too long and the whole event was lost as malformed XML. Now the tag is read a piece at a time, the value
 * cut and named as a text is; a time cut cannot be read, so that event alone is skipped, said.
 */
describe('an XML attribute value longer than a construct may be', () => {
  const long = 'p'.repeat(4 * LIMIT + 11);
  const cut = cutText(long.slice(0, LIMIT), LIMIT, long.length);
  const next = withUser('bob', 8);
  for (const piece of [7, 333, 1_000_000]) {
    it(`a Provider Name is cut, the event and the next read, one warning (pieces of ${piece})`, () => {
      const text = eventXml({ ...base, provider: long });
      const { events, warnings } = read(`<Events>\n${text}\n${next}\n</Events>\n`, piece);
      expect(events.map((e) => e.recordId)).toEqual([7, 8]);
      expect(events[0].provider.name).toBe(cut);
      expect(events[0].provider.guid).toBe('{1139C61B-B549-4251-8ED3-27250A1EDEC8}');
      expect(events[0].data).toEqual(base.eventData);
      expect(events[1].provider.name).toBe(base.provider);
      expect(warnings).toEqual([cutInRecord7('provider.name (4,011 characters)')]);
    });

    it(`a Data Name is cut and keeps its value (pieces of ${piece})`, () => {
      const text = eventXml({ ...base, eventData: { [long]: 'v1', IpAddress: '192.0.2.10' } });
      const { events, warnings } = read(`${text}\n${next}`, piece);
      expect(events.map((e) => e.recordId)).toEqual([7, 8]);
      expect(events[0].data).toEqual({ [cut]: 'v1', IpAddress: '192.0.2.10' });
      expect(warnings.map((w) => [w.code, w.line, w.message])).toEqual([
        [
          'value-cut',
          1,
          expect.stringMatching(/^record 7: the name of data\.p{60}… \(4,011 characters\) cut to 262,144/),
        ],
      ]);
    });

    it(`a TimeCreated cut cannot be read: that event alone skipped, said (pieces of ${piece})`, () => {
      const text = eventXml({ ...base, time: `2024-05-02T09:14:01.1234567Z${long}` });
      const { events, warnings } = read(`<Events>\n${next}\n${text}\n${withUser('carol', 9)}\n</Events>\n`, piece);
      expect(events.map((e) => e.recordId)).toEqual([8, 9]);
      expect(warnings).toEqual([
        {
          code: 'xml-event-unreadable',
          file: 'Security.xml',
          line: 3,
          column: 1,
          kind: 'skipped-record',
          message: expect.stringMatching(
            /^event has no valid TimeCreated \("2024-05-02T09:14:01\.1234567Zp{52}"…: 4,039 characters\); event skipped$/,
          ),
        },
      ]);
    });
  }

  it('its entity references decoded across pieces, in either quote', () => {
    const raw = 'a&amp;b&#x263A;&quot;'.repeat(300); // 5 characters each once decoded: 1,500
    const decoded = 'a&b☺"'.repeat(300);
    for (const quote of ["'", '"'] as const) {
      const text = eventXml({ ...base, provider: raw }, quote);
      const { events, warnings } = read(text, 5);
      expect(events[0].provider.name).toBe(cutText(decoded.slice(0, LIMIT), LIMIT, decoded.length));
      expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining('provider.name (1,500 characters)')]);
    }
  });

  it('a "<" in it is malformed: that event lost, the next read', () => {
    const text = eventXml({ ...base, provider: `${long}<${long}` });
    const warnings: InputWarning[] = [];
    const reader = new XmlEventReader('Security.xml', { warn: (w) => warnings.push(w) }, { maxConstruct: LIMIT });
    const events = [...reader.feed(`<Events>\n${text}\n${next}\n</Events>\n`), ...reader.end()];
    expect(events.map((e) => e.recordId)).toEqual([8]);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^malformed XML: .*reading again at the <Event> on line 3$/),
    ]);
  });

  it('keeps only the limit in memory, however long the value; a name that long is still refused', () => {
    const tokenizer = new EventXmlTokenizer({ maxConstruct: LIMIT });
    const out = [...tokenizer.feed(`<Event><Data Name="`)];
    for (let i = 0; i < 2000; i++) out.push(...tokenizer.feed('n'.repeat(997)));
    out.push(...tokenizer.feed("\" Other='x'>v</Data></Event>"), ...tokenizer.end());
    expect(tokenizer.problems).toEqual([]);
    const data = out[0].element.children[0];
    expect(data.attrs).toEqual({ Name: 'n'.repeat(LIMIT), Other: 'x' });
    expect(data.attrLengths).toEqual({ Name: 2000 * 997 });
    expect(data.text).toBe('v');

    const names = new EventXmlTokenizer({ maxConstruct: LIMIT });
    names.feed(`<Event><Data ${'n'.repeat(3 * LIMIT)}`);
    expect(names.problems.map((p) => p.message)).toEqual([expect.stringMatching(/longer than 1000 characters/)]);
  });
});
