import { describe, expect, it } from 'vitest';
import { readXml } from '../../../src/platform/node/files.js';
import { EventXmlTokenizer } from '../../../parsers/xml/tokenizer.js';
import { InputFileError } from '../../../src/model/reader.js';
import { collect, tempDir, writeTemp } from '../../helpers/collect.js';
import { eventViewerExport, eventXml, rdpCore131, type TestEvent, wevtutilStream } from '../../helpers/xml-events.js';

const dir = tempDir();

const lsm40: TestEvent = {
  id: 40,
  time: '2024-05-02T09:14:07.5310000Z',
  record: 812,
  channel: 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
  provider: 'Microsoft-Windows-TerminalServices-LocalSessionManager',
  userData: { Session: '3', Reason: '5' },
};
const classic1057: TestEvent = {
  id: 1057,
  time: '2024-05-02T09:13:00Z',
  record: 77,
  channel: 'System',
  provider: 'TermService',
  qualifiers: 49152,
  unnamed: ['0x8009030d', 'second'],
};

describe('readXml: export shapes', () => {
  it('reads an Event Viewer "Save All Events As XML" export with RenderingInfo', async () => {
    const path = writeTemp(dir, 'ev.xml', eventViewerExport([rdpCore131, lsm40]));
    const { events, warnings, error } = await collect(readXml, path);
    expect(error).toBeUndefined();
    expect(warnings).toEqual([]);
    expect(events.map((e) => e.eventId)).toEqual([131, 40]);
    const e = events[0];
    expect(e.source.format).toBe('xml-events');
    expect(e.timestamp).toBe('2024-05-02T09:14:01.1234567Z');
    expect(e.timeMs).toBe(Date.UTC(2024, 4, 2, 9, 14, 1, 123));
    expect(e.provider).toEqual({
      name: 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS',
      guid: '{1139C61B-B549-4251-8ED3-27250A1EDEC8}',
    });
    expect(e.activityId).toBe('{F4201111-2222-3333-4444-555566660000}');
    expect(e.data).toEqual({ ConnType: 'TCP', ClientIP: '192.0.2.10:51234' });
    expect(e.message).toContain('accepted a new TCP connection');
    expect(e).toMatchObject({
      level: 4,
      task: 4,
      opcode: 15,
      keywords: '0x4000000000000000',
      recordId: 5001,
      processId: 1200,
      threadId: 1300,
      userSid: 'S-1-5-20',
      version: 0,
    });
    expect(e.source.line).toBe(3);
  });

  it('reads a wevtutil qe /f:xml stream (no root, no declaration) with CRLF line ends', async () => {
    const path = writeTemp(dir, 'stream.xml', wevtutilStream([rdpCore131, lsm40, classic1057]));
    const { events, error } = await collect(readXml, path);
    expect(error).toBeUndefined();
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.source.format === 'xml-stream')).toBe(true);
    expect(events.map((e) => e.source.line)).toEqual([1, 2, 3]);
  });

  it('reads a single <Event> document', async () => {
    const path = writeTemp(dir, 'one.xml', `<?xml version="1.0" encoding="utf-8"?>\n${eventXml(lsm40)}\n`);
    const { events, error } = await collect(readXml, path);
    expect(error).toBeUndefined();
    expect(events).toHaveLength(1);
    expect(events[0].source.format).toBe('xml-event');
  });

  it('accepts double-quoted attributes as well as single-quoted ones', async () => {
    const single = await collect(readXml, writeTemp(dir, 'q1.xml', eventViewerExport([rdpCore131], "'")));
    const double = await collect(readXml, writeTemp(dir, 'q2.xml', eventViewerExport([rdpCore131], '"')));
    expect(double.events).toHaveLength(1);
    const strip = (e: (typeof single.events)[0]) => ({ ...e, source: undefined });
    expect(strip(double.events[0])).toEqual(strip(single.events[0]));
  });

  it('reads UTF-16LE with BOM (PowerShell 5.1 redirection) and UTF-8 with BOM', async () => {
    const text = eventViewerExport([
      rdpCore131,
      { ...lsm40, userData: { User: 'CORP\\jürgen', Session: '3' } },
    ]).replace('utf-8', 'UTF-16');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const a = await collect(readXml, writeTemp(dir, 'u16.xml', utf16));
    expect(a.error).toBeUndefined();
    expect(a.events).toHaveLength(2);
    expect(a.events[1].data.User).toBe('CORP\\jürgen');
    const utf8bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(text.replace('UTF-16', 'utf-8'), 'utf8'),
    ]);
    const b = await collect(readXml, writeTemp(dir, 'u8bom.xml', utf8bom));
    expect(b.events[1].data.User).toBe('CORP\\jürgen');
  });
});

describe('readXml: fields', () => {
  it('keeps classic EventID Qualifiers beside the id, and numbers unnamed <Data> by position', async () => {
    const { events } = await collect(readXml, writeTemp(dir, 'classic.xml', wevtutilStream([classic1057])));
    expect(events[0].eventId).toBe(1057);
    expect(events[0].qualifiers).toBe(49152);
    expect(events[0].data).toEqual({ 'Data[0]': '0x8009030d', 'Data[1]': 'second' });
  });

  it('names UserData leaves by element name and EventData by Name attribute', async () => {
    const { events } = await collect(readXml, writeTemp(dir, 'fields.xml', wevtutilStream([lsm40, rdpCore131])));
    expect(events[0].data).toEqual({ Session: '3', Reason: '5' });
    expect(events[0].userDataElement).toBe('EventXML');
    expect(events[1].data.ClientIP).toBe('192.0.2.10:51234');
    expect(events[1].userDataElement).toBeUndefined();
  });

  it('decodes the predefined entities and character references, CDATA included', async () => {
    const ev = {
      ...rdpCore131,
      eventData: { A: '&lt;b&gt; &amp; &quot;x&quot; &#65;&#x42;', B: '<![CDATA[<raw> & stuff]]>' },
    };
    const { events } = await collect(readXml, writeTemp(dir, 'ent.xml', wevtutilStream([ev])));
    expect(events[0].data).toEqual({ A: '<b> & "x" AB', B: '<raw> & stuff' });
  });

  it('converts a time with an offset to UTC and pads the fraction to 7 digits', async () => {
    const { events } = await collect(
      readXml,
      writeTemp(dir, 'tz.xml', wevtutilStream([{ ...lsm40, time: '2024-05-02T11:14:07.53+02:00' }])),
    );
    expect(events[0].timestamp).toBe('2024-05-02T09:14:07.5300000Z');
  });

  it('skips an event without a usable time with a warning naming its line, and keeps the others', async () => {
    const text = wevtutilStream([rdpCore131, { ...lsm40, time: 'yesterday' }, lsm40]);
    const { events, warnings, error } = await collect(readXml, writeTemp(dir, 'notime.xml', text));
    expect(error).toBeUndefined();
    expect(events).toHaveLength(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 2, kind: 'skipped-record' });
  });
});

describe('readXml: malformed and hostile input', () => {
  it('names line and column of malformed XML, and still reads the events before and after it', async () => {
    const good = eventXml(rdpCore131);
    const bad = eventXml(lsm40).replace('</Session>', '</Sesion>');
    const path = writeTemp(
      dir,
      'bad.xml',
      [good, good.replace('5001', '5002'), bad, good.replace('5001', '5003')].join('\n'),
    );
    const { events, error } = await collect(readXml, path);
    expect(events.map((e) => e.recordId)).toEqual([5001, 5002, 5003]);
    expect(error).toBeInstanceOf(InputFileError);
    const e = error as InputFileError;
    expect(e.position.line).toBe(3);
    expect(e.position.column).toBe(bad.indexOf('</Sesion>') + 1);
    expect(e.message).toMatch(/line 3, column \d+/);
    expect(e.message).toContain('</Sesion>');
  });

  it('never expands entities declared in a DOCTYPE (billion laughs stays inert)', async () => {
    const laughs =
      '<?xml version="1.0"?>\n<!DOCTYPE Events [\n<!ENTITY lol "lol">\n' +
      Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join(
        '\n',
      ) +
      '\n]>\n<Events>' +
      eventXml({ ...rdpCore131, eventData: { X: '&lol9;' } }) +
      '</Events>';
    const { events, error } = await collect(readXml, writeTemp(dir, 'laughs.xml', laughs));
    expect(error).toBeUndefined();
    expect(events[0].data.X).toBe('&lol9;');
  });

  it('stops 100,000-deep nesting with a clear error, without a crash', async () => {
    const deep =
      '<Events>' +
      eventXml(rdpCore131) +
      '<Event><System>' +
      '<a>'.repeat(100_000) +
      '</a>'.repeat(100_000) +
      '</System></Event></Events>';
    const { events, error } = await collect(readXml, writeTemp(dir, 'deep.xml', deep));
    expect(events).toHaveLength(1);
    expect(error?.message).toMatch(/nested deeper than 64/);
  });

  it('warns about a file cut off mid-event and keeps the complete events', async () => {
    const text = eventViewerExport([rdpCore131, lsm40]);
    const cut = text.slice(0, text.indexOf('<Session>') + 5);
    const { events, warnings, error } = await collect(readXml, writeTemp(dir, 'cut.xml', cut));
    expect(error).toBeUndefined();
    expect(events).toHaveLength(1);
    expect(warnings.map((w) => w.kind)).toEqual(['skipped-record']);
    expect(warnings[0].message).toMatch(/ends inside the <Event> that starts at line 4/);
  });

  it('rejects non-event XML and PowerShell CLIXML with a message that says what to do', async () => {
    const a = await collect(readXml, writeTemp(dir, 'other.xml', '<?xml version="1.0"?><html><body/></html>'));
    expect(a.error?.message).toMatch(/root element <html> is not an event log export/);
    const b = await collect(
      readXml,
      writeTemp(
        dir,
        'clixml.xml',
        '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><Obj RefId="0"/></Objs>',
      ),
    );
    expect(b.error?.message).toMatch(/Export-Clixml.*wevtutil epl/);
  });
});

describe('EventXmlTokenizer: streaming', () => {
  it('gives the same events whatever the feed boundaries', () => {
    const text = eventViewerExport([rdpCore131, lsm40, classic1057]);
    const whole = new EventXmlTokenizer();
    const expected = [...whole.feed(text), ...whole.end()];
    for (const step of [1, 7, 64, 1000]) {
      const t = new EventXmlTokenizer();
      const got = [];
      for (let i = 0; i < text.length; i += step) got.push(...t.feed(text.slice(i, i + step)));
      got.push(...t.end());
      expect(got).toEqual(expected);
      expect(t.problems).toEqual([]);
    }
  });
});
