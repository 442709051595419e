/**
 * Resynchronisation: an unterminated comment, processing instruction, DOCTYPE, CDATA section or attribute
 * quote, or a stray unclosed `<Event>`, must not swallow the events after it. Reading resumes at the next
 * `<Event` that starts a line, and the problem says where it was and how much was skipped.
 */
import { describe, expect, it } from 'vitest';
import { XmlEventReader } from '../../../parsers/xml/index.js';
import { readXml } from '../../../src/platform/node/files.js';
import type { InputWarning } from '../../../src/model/event.js';
import { InputFileError } from '../../../src/model/reader.js';
import { collect, tempDir, writeTemp } from '../../helpers/collect.js';
import { eventXml, type TestEvent } from '../../helpers/xml-events.js';

const dir = tempDir();
const ev = (record: number): TestEvent => ({
  id: 131,
  time: '2024-05-02T09:14:01.1234567Z',
  record,
  eventData: { ClientIP: '192.0.2.10:51234' },
});
/**
 * `COUNT` events, one per line, records 1..COUNT: several of the 64 KiB reads of a file (checked below), so reading
 * resumes and goes on across them (1,000 events before: eight reads).
 */
const COUNT = 300;
const manyEvents = Array.from({ length: COUNT }, (_, i) => eventXml(ev(i + 1))).join('\n');

const CASES: { what: string; before: string }[] = [
  { what: 'unterminated comment', before: '<!-- exported by a script that crashed' },
  { what: 'unterminated processing instruction', before: '<?xml-stylesheet href="x.xsl"' },
  { what: 'unterminated DOCTYPE declaration', before: '<!DOCTYPE Events [ <!ENTITY a "b">' },
  { what: 'unterminated start tag or attribute quote', before: "<Events xmlns='http://schemas.microsoft.com/win" },
];

describe('XML resynchronisation at the next line-start <Event', () => {
  it('reads events over several 64 KiB reads of the file', () => {
    expect(manyEvents.length).toBeGreaterThan(2 * 64 * 1024);
  });

  for (const c of CASES) {
    it(`an ${c.what} before the events loses none of them`, async () => {
      const text = `<?xml version="1.0" encoding="UTF-8"?>\n${c.before}\n${manyEvents}\n`;
      const { events, warnings, error } = await collect(readXml, writeTemp(dir, 'resync.xml', text));
      expect(events).toHaveLength(COUNT);
      expect(events[COUNT - 1].recordId).toBe(COUNT);
      // Reported once: as the file's error (exit 2), not also as a warning.
      expect(warnings).toEqual([]);
      expect(error).toBeInstanceOf(InputFileError);
      expect(error?.message).toContain(`line 2, column 1: ${c.what}; skipped ${c.before.length + 1} characters`);
      expect(error?.message).toContain('reading again at the <Event> on line 3');
    });
  }

  it('a stray unclosed <Event> loses only itself, with a warning saying how much was skipped', async () => {
    const text = `<Events>\n<Event><System><EventID>1</EventID>\n${manyEvents}\n</Events>\n`;
    const { events, warnings, error } = await collect(readXml, writeTemp(dir, 'stray.xml', text));
    expect(error).toBeUndefined();
    expect(events).toHaveLength(COUNT);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ kind: 'skipped-record', line: 2, column: 1 });
    expect(warnings[0].message).toMatch(
      /<Event> at line 2 is not closed before the next <Event>; skipped 36 characters/,
    );
  });

  it('an unterminated CDATA section inside an event loses that event only', async () => {
    const broken = eventXml(ev(5000)).replace('192.0.2.10:51234', '<![CDATA[192.0.2.10');
    const text = `${eventXml(ev(1))}\n${broken}\n${eventXml(ev(2))}\n`;
    const { events, error } = await collect(readXml, writeTemp(dir, 'cdata.xml', text));
    expect(events.map((e) => e.recordId)).toEqual([1, 2]);
    expect(error?.message).toMatch(
      /unterminated CDATA section \(in the <Event> at line 2, which is lost\); skipped \d+ characters, reading again at the <Event> on line 3/,
    );
  });

  it('a construct never closed at the end of the input is reported with the size of what was skipped', async () => {
    const text = `${eventXml(ev(1))}\n<!-- trailing`;
    const { events, error } = await collect(readXml, writeTemp(dir, 'tail.xml', text));
    expect(events).toHaveLength(1);
    expect(error?.message).toContain('a comment that is never closed; skipped the rest of the input (13 characters)');
  });

  it('a malformed event in the middle reports how far reading skipped, whatever the feed boundaries', () => {
    const bad = eventXml(ev(2)).replace('</EventID>', '</Oops>');
    const text = `${eventXml(ev(1))}\n${bad}\n${eventXml(ev(3))}\n`;
    for (const step of [7, 100, text.length]) {
      const warnings: InputWarning[] = [];
      const reader = new XmlEventReader('x.xml', { warn: (w) => warnings.push(w) });
      const got = [];
      for (let i = 0; i < text.length; i += step) got.push(...reader.feed(text.slice(i, i + step)));
      got.push(...reader.end());
      expect(got.map((e) => e.recordId)).toEqual([1, 3]);
      expect(warnings).toHaveLength(1);
      expect(warnings[0].line).toBe(2);
      expect(warnings[0].message).toMatch(
        /end tag <\/Oops> does not match <EventID> \(in the <Event> at line 2, which is lost\); skipped \d+ characters, reading again at the <Event> on line 3/,
      );
    }
  });
});
