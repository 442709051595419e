/**
 * BinXML → NormalizedEvent on small hand-built files: templates and their reuse, every substitution
 * kind, EventData/UserData naming, flat (WEF) BinXML, and the guards (warnings, never crashes).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChunkParser } from '../../../parsers/evtx/chunk.js';
import { isEvtxHeader } from '../../../parsers/evtx/index.js';
import { readEvtx } from '../../../src/platform/node/files.js';
import type { InputWarning } from '../../../src/model/event.js';
import { InputFileError } from '../../../src/model/reader.js';
import {
  BinXml,
  buildChunk,
  buildFile,
  plainRecord,
  type RecordSpec,
  standardTemplate,
  systemValues,
  T,
  templateHead,
  templateInstance,
  v,
  type Value,
} from './builder.js';
import { countKinds, readAll } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'rdpdiag-evtx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function write(bytes: Buffer): string {
  const f = path.join(dir, `t${n++}.evtx`);
  writeFileSync(f, bytes);
  return f;
}
const fileOf = (records: RecordSpec[]) => write(buildFile([buildChunk(records)]));

const guid = Buffer.from('1bc6391149b551428ed327250a1edec8', 'hex');
const sid = Buffer.from('010500000000000515000000dad42e9b685664ed147f3a18f4010000', 'hex');
const systemtime = Buffer.alloc(16);
[2020, 9, 6, 19, 3, 35, 54, 123].forEach((x, i) => {
  systemtime.writeUInt16LE(x, i * 2);
});

/** EventData exercising every kind of child. Values from index 7. */
function richEventData(b: BinXml): void {
  b.open('Data', { attrs: true }).attr('Name').text('TargetUserName').closeStart().subst(7, T.STRING).end();
  b.open('Data', { attrs: true }).attr('Name').text('Status').closeStart().subst(8, T.HEX32).end();
  b.open('Data', { attrs: true }).attr('Name').text('LogonGuid').closeStart().subst(9, T.GUID).end();
  b.open('Data', { attrs: true }).attr('Name').text('TargetUserSid').closeStart().subst(10, T.SID).end();
  b.open('Data', { attrs: true }).attr('Name').text('When').closeStart().subst(11, T.SYSTEMTIME).end();
  // optional substitution with a dependency on itself: omitted when null
  b.open('Data', { attrs: true, dep: 12 }).attr('Name').text('Optional').closeStart().subst(12, T.STRING, true).end();
  b.open('Data', { attrs: true }).attr('Name').text('Elevated').closeStart().subst(13, T.BOOL).end();
  b.open('Data', { attrs: true }).attr('Name').text('Literal').closeStart().text('a&b').end();
  // unnamed: a string array expands to one <Data> per item, then a <Binary>
  b.open('Data')
    .closeStart()
    .subst(14, T.ARRAY | T.STRING)
    .end();
  b.open('Binary').closeStart().subst(15, T.BINARY).end();
  b.open('Data', { attrs: true }).attr('Name').text('TargetUserName').closeStart().subst(16, T.STRING).end();
}

function richValues(recordId: number, optional: Value): Value[] {
  return [
    ...systemValues(recordId),
    v.str('alice'),
    v.raw(T.HEX32, [0x6d, 0x00, 0x00, 0xc0]),
    v.raw(T.GUID, guid),
    v.raw(T.SID, sid),
    v.raw(T.SYSTEMTIME, systemtime),
    optional,
    v.raw(T.BOOL, [2, 0, 0, 0]),
    v.raw(T.ARRAY | T.STRING, Buffer.from('x\0\0z\0', 'utf16le')),
    v.raw(T.BINARY, [0xde, 0xad]),
    v.str('again'),
  ];
}

describe('evtx BinXML decoding', () => {
  it('maps System and EventData; reuses the template of an earlier record', async () => {
    let def = 0;
    const f = fileOf([
      {
        id: 1,
        body: (b) =>
          (def = templateInstance(b, (t) => standardTemplate(t, richEventData), richValues(1, v.str('here')))),
      },
      { id: 2, body: (b) => templateInstance(b, def, richValues(2, v.nul())) },
    ]);
    const { events, warnings } = await readAll(f);
    expect(warnings).toEqual([]);
    expect(events).toHaveLength(2);
    const [a, b] = events;
    expect(a).toMatchObject({
      provider: { name: 'Test-Provider' },
      eventId: 4624,
      level: 4,
      channel: 'Security',
      computer: 'HOST',
      recordId: 1,
      timestamp: '2024-05-02T09:14:07.5310000Z',
      timeMs: Date.UTC(2024, 4, 2, 9, 14, 7, 531),
      source: { file: f, format: 'evtx', offset: 4096 + 512 },
    });
    expect(a.data).toEqual({
      TargetUserName: 'alice',
      Status: '0xc000006d',
      LogonGuid: '{1139C61B-B549-4251-8ED3-27250A1EDEC8}',
      TargetUserSid: 'S-1-5-21-2603537626-3982775912-406486804-500',
      When: '2020-09-19T03:35:54.1230000Z',
      Optional: 'here',
      Elevated: 'true',
      Literal: 'a&b',
      'Data[8]': 'x',
      'Data[9]': '',
      'Data[10]': 'z',
      'Binary[11]': 'DEAD',
      'TargetUserName[1]': 'again',
    });
    expect(b.recordId).toBe(2);
    // null optional value: the element is gone, and positions of the later children move up
    expect(b.data.Optional).toBeUndefined();
    expect(b.data['Data[7]']).toBe('x');
    expect(b.data['Binary[10]']).toBe('DEAD');
  });

  it('keys UserData leaves by element name, repeats by their path', async () => {
    const template = (t: BinXml) => {
      t.fragmentHeader().open('Event').closeStart();
      t.open('System').closeStart().leaf('EventID', 0, T.UINT16).leaf('Channel', 1, T.STRING).end();
      t.open('UserData').closeStart().open('EventXML').closeStart();
      t.leaf('Param1', 2, T.STRING);
      t.open('Inner')
        .closeStart()
        .leaf('Param1', 3, T.STRING)
        .open('Empty', { attrs: true })
        .attr('A')
        .text('1')
        .closeEmpty()
        .end();
      t.open('Inner').closeStart().leaf('Param1', 4, T.STRING).end();
      t.end().end().end().eof();
    };
    const f = fileOf([
      {
        id: 7,
        body: (b) =>
          templateInstance(b, template, [v.u16(1149), v.str('X/Operational'), v.str('a'), v.str('b'), v.str('c')]),
      },
    ]);
    const { events, warnings } = await readAll(f);
    expect(warnings).toEqual([]);
    expect(events[0].recordId).toBe(7); // no EventRecordID in the XML: the record header's id
    expect(events[0].timestamp).toBe('2024-05-02T09:14:07.5310000Z'); // no TimeCreated: the header's time
    expect(events[0].data).toEqual({
      Param1: 'a',
      'EventXML/Inner/Param1': 'b',
      'EventXML/Inner[2]/Param1': 'c',
      Empty: '',
    });
  });

  it('reads flat (WEF) BinXML: no template, no dependency ids, attribute values as value text', async () => {
    const body = (b: BinXml) => {
      b.fragmentHeader();
      b.open('Event', { attrs: true, dep: null })
        .attr('xmlns')
        .text('http://schemas.microsoft.com/win/2004/08/events/event')
        .closeStart();
      b.open('System', { dep: null }).closeStart();
      b.open('Provider', { attrs: true, dep: null })
        .attr('Name')
        .text('Microsoft-Windows-TerminalServices-RemoteConnectionManager')
        .attr('Guid')
        .text('{c76baa63-ae81-421c-b425-340b4b24157f}')
        .closeEmpty();
      b.open('EventID', { dep: null }).closeStart().text('1149').end();
      b.open('Level', { dep: null }).closeStart().text('4').end();
      b.open('Keywords', { dep: null }).closeStart().text('0x1000000000000000').end();
      b.open('TimeCreated', { attrs: true, dep: null })
        .attr('SystemTime')
        .text('2021-12-16T10:25:32.3518358Z')
        .closeEmpty();
      b.open('EventRecordID', { dep: null }).closeStart().text('6433').end();
      b.open('Execution', { attrs: true, dep: null })
        .attr('ProcessID')
        .text('952')
        .attr('ThreadID')
        .text('5672')
        .closeEmpty();
      b.open('Channel', { dep: null })
        .closeStart()
        .text('Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational')
        .end();
      b.open('Computer', { dep: null }).closeStart().text('rootdc1.offsec.lan').end();
      b.open('Security', { attrs: true, dep: null }).attr('UserID').text('S-1-5-20').closeEmpty();
      b.end();
      b.open('UserData', { dep: null }).closeStart().open('EventXML', { dep: null }).closeStart();
      b.open('Param1', { dep: null }).closeStart().text('admmig').end();
      b.open('Param3', { dep: null }).closeStart().text('10.23.123.11').end();
      b.end().end();
      b.open('RenderingInfo', { attrs: true, dep: null }).attr('Culture').text('en-US').closeStart();
      b.open('Message', { dep: null })
        .closeStart()
        .text('Remote Desktop Services: User authentication succeeded')
        .end();
      b.end();
      b.end().eof();
    };
    const { events, warnings } = await readAll(fileOf([{ id: 1, body }]));
    expect(warnings).toEqual([]);
    expect(events[0]).toMatchObject({
      eventId: 1149,
      level: 4,
      keywords: '0x1000000000000000',
      recordId: 6433,
      processId: 952,
      threadId: 5672,
      timestamp: '2021-12-16T10:25:32.3518358Z',
      computer: 'rootdc1.offsec.lan',
      userSid: 'S-1-5-20',
      provider: {
        name: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
        guid: '{C76BAA63-AE81-421C-B425-340B4B24157F}',
      },
      message: 'Remote Desktop Services: User authentication succeeded',
      data: { Param1: 'admmig', Param3: '10.23.123.11' },
    });
  });

  it('decodes embedded BinXML values (0x21) holding their own template instance', async () => {
    const outer = (t: BinXml) => {
      t.fragmentHeader().open('Event').closeStart();
      t.open('System').closeStart().leaf('EventID', 0, T.UINT16).end();
      t.open('UserData').closeStart().subst(1, T.BINXML).end();
      t.end().eof();
    };
    const body = (b: BinXml) => {
      templateHead(b, outer);
      // the embedded value: its position is known once the descriptors are written
      const inner = new BinXml(b.pos + 4 + 2 * 4 + 2);
      templateInstance(
        inner,
        (t) => t.fragmentHeader().open('Certificate').closeStart().leaf('Subject', 0, T.STRING).end().eof(),
        [v.str('CN=test')],
      );
      const innerBytes = inner.toBuffer();
      b.u32(2).u16(2).u8(T.UINT16).u8(0).u16(innerBytes.length).u8(T.BINXML).u8(0);
      b.u16(90).bytes(innerBytes).eof();
    };
    const { events, warnings } = await readAll(fileOf([{ id: 3, body }]));
    expect(warnings).toEqual([]);
    expect(events[0].eventId).toBe(90);
    expect(events[0].data).toEqual({ Subject: 'CN=test' });
  });

  it('checks the EVTX signature, and reports unreadable input as InputFileError', async () => {
    expect(isEvtxHeader(Buffer.from('ElfFile\0rest', 'latin1'))).toBe(true);
    expect(isEvtxHeader(Buffer.from('ElfChnk\0', 'latin1'))).toBe(false);
    expect(isEvtxHeader(new Uint8Array(3))).toBe(false);
    const notEvtx = write(Buffer.from('<Events></Events>'));
    await expect(readAll(notEvtx)).rejects.toBeInstanceOf(InputFileError);
    await expect(readAll(notEvtx)).rejects.toMatchObject({ file: notEvtx, position: { offset: 0 } });
    await expect(readAll(path.join(dir, 'missing.evtx'))).rejects.toBeInstanceOf(InputFileError);
    await expect(readAll(dir)).rejects.toBeInstanceOf(InputFileError); // a folder
  });

  it('stops early when the signal is aborted', async () => {
    const chunks = [1, 2, 3].map((c) => buildChunk([plainRecord(c)], c));
    const f = write(buildFile(chunks));
    const ac = new AbortController();
    let batches = 0;
    for await (const batch of readEvtx(f, { warn: () => {}, signal: ac.signal })) {
      batches += batch.length ? 1 : 0;
      ac.abort();
    }
    expect(batches).toBe(1);
  });
});

describe('evtx guards: damaged structures become warnings, never crashes', () => {
  const good = plainRecord;

  async function expectSkipped(bad: RecordSpec, message: RegExp) {
    const f = fileOf([good(1), bad, good(3)]);
    const { events, warnings } = await readAll(f);
    expect(events.map((e) => e.recordId)).toEqual([1, 3]);
    expect(countKinds(warnings)).toEqual({ 'skipped-record': 1 });
    expect(warnings[0]).toMatchObject({ file: f, kind: 'skipped-record' });
    expect(warnings[0].offset).toBeGreaterThan(4096 + 512);
    expect(warnings[0].message).toMatch(message);
  }

  /** A record whose template (no values) is damaged as `template` writes it is skipped, said with `message`. */
  const expectTemplateSkipped = (template: (t: BinXml) => void, message: RegExp) =>
    expectSkipped({ id: 2, body: (b) => templateInstance(b, template, []) }, message);

  it('a template offset that points back at its own instance', async () => {
    await expectSkipped(
      {
        id: 2,
        body: (b) => {
          b.fragmentHeader();
          const self = b.pos;
          b.u8(0x0c).u8(1).u32(0).u32(self).u32(0);
        },
      },
      /template|overrun|token/,
    );
  });

  it('a name offset that points at itself (forward reference)', async () => {
    await expectSkipped(
      {
        id: 2,
        body: (b) =>
          templateInstance(
            b,
            (t) => {
              t.fragmentHeader();
              t.u8(0x01)
                .u16(0xffff)
                .u32(0)
                .u32(t.pos + 8); // neither inline nor an earlier name
              t.closeEmpty().eof();
            },
            [],
          ),
      },
      // Read as <?> (a broken name reference is read past), it leaves an event without an EventID.
      /event without an EventID/,
    );
  });

  it('an element whose name reference is broken (a flipped bit) is read as <?>, the record kept with a warning', async () => {
    const f = fileOf([
      good(1),
      {
        id: 2,
        body: (b) =>
          templateInstance(
            b,
            (t) =>
              standardTemplate(t, (e) => {
                e.u8(0x01).u16(0xffff).u32(0).u32(7); // name offset 7: inside the chunk's magic, no name
                e.closeStart().subst(7, T.STRING).end();
              }),
            [...systemValues(2), v.str('kept')],
          ),
      },
      good(3),
    ]);
    const { events, warnings } = await readAll(f);
    expect(events.map((e) => e.recordId)).toEqual([1, 2, 3]);
    expect(Object.values(events[1].data)).toContain('kept');
    expect(countKinds(warnings)).toEqual({ format: 1 });
    expect(warnings[0].message).toMatch(
      /event record 2: an element name reference at 0x[0-9a-f]+ is broken; read as <\?>; read anyway/,
    );
  });

  it('elements nested deeper than 64', async () => {
    await expectTemplateSkipped((t) => {
      t.fragmentHeader();
      for (let i = 0; i < 70; i++) t.open('E').closeStart();
      for (let i = 0; i < 70; i++) t.end();
      t.eof();
    }, /deeper than 64/);
  });

  it('a text length that overruns the chunk', async () => {
    await expectTemplateSkipped((t) => {
      t.fragmentHeader().open('Event').closeStart().u8(0x05).u8(0x01).u16(0xfff0).utf16('short').end().eof();
    }, /overruns/);
  });

  it('an element name length that overruns the chunk', async () => {
    await expectTemplateSkipped((t) => {
      t.fragmentHeader();
      t.u8(0x01)
        .u16(0xffff)
        .u32(0)
        .u32(t.pos + 4)
        .u32(0)
        .u16(0)
        .u16(0xfff0)
        .utf16('Event');
      t.closeEmpty().eof();
    }, /name|overrun|end of start tag/);
  });

  it('substitution values that overrun their record', async () => {
    const bodyWithHugeValue = (b: BinXml) => {
      templateHead(b, (def) => standardTemplate(def, () => {}));
      b.u32(1).u16(0xff00).u8(T.STRING).u8(0).utf16('x').eof();
    };
    // The overrunning value is left out; without its System values the record has no EventID.
    await expectSkipped({ id: 2, body: bodyWithHugeValue }, /without an EventID/);
  });

  it('a damaged value size in EventData leaves that value empty and reads the record, with a note', async () => {
    const damaged: RecordSpec = {
      id: 2,
      body: (b) => {
        const values = [...systemValues(2), v.str('abc')];
        templateHead(b, (def) =>
          standardTemplate(def, (e) =>
            e.open('Data', { attrs: true }).attr('Name').text('X').closeStart().subst(7, T.STRING).end(),
          ),
        );
        b.u32(values.length);
        for (const [i, val] of values.entries())
          b.u16(i === 7 ? 0xfff0 : val.bytes.length)
            .u8(val.type)
            .u8(0);
        for (const val of values) b.bytes(val.bytes);
        b.eof();
      },
    };
    const f = fileOf([good(1), damaged, good(3)]);
    const { events, warnings } = await readAll(f);
    expect(events.map((e) => e.recordId)).toEqual([1, 2, 3]);
    expect(events[1].data.X).toBe('');
    expect(countKinds(warnings)).toEqual({ format: 1 });
    expect(warnings[0].message).toMatch(/event record 2: substitution value sizes overrun the record.*read anyway/);
  });

  it('a name repeated 25 000 times (array value) is read whole, each repeat numbered', async () => {
    const items = Buffer.alloc(50_000);
    for (let i = 0; i < 25_000; i++) items.writeUInt16LE(i, i * 2);
    const eventData = (b: BinXml) =>
      b
        .open('Data', { attrs: true })
        .attr('Name')
        .text('X')
        .closeStart()
        .subst(7, T.ARRAY | T.UINT16)
        .end();
    const f = fileOf([
      {
        id: 1,
        body: (b) =>
          templateInstance(b, (t) => standardTemplate(t, eventData), [
            ...systemValues(1),
            v.raw(T.ARRAY | T.UINT16, items),
          ]),
      },
    ]);
    const { events, warnings } = await readAll(f);
    expect(warnings).toEqual([]);
    expect(Object.keys(events[0].data)).toHaveLength(25_000);
    expect(events[0].data.X).toBe('0');
    expect(events[0].data['X[24999]']).toBe('24999');
  });

  it('a record size beyond the chunk: skipped, the scan resumes at the next record', async () => {
    const f = fileOf([good(1), { ...good(2), size: 0x20000 }, good(3)]);
    const { events, warnings } = await readAll(f);
    expect(events.map((e) => e.recordId)).toEqual([1, 3]);
    expect(countKinds(warnings)).toEqual({ 'skipped-record': 1 });
    expect(warnings[0].message).toMatch(/invalid size/);
  });

  it('bad checksums are noted but the records are read; zeroed blocks are silent, junk blocks warned', async () => {
    const chunk = buildChunk([good(1), good(2)]);
    const corrupted = Buffer.from(chunk);
    corrupted.writeUInt32LE(0xdeadbeef, 52); // data checksum
    corrupted.writeUInt32LE(0xdeadbeef, 124); // header checksum
    const file = buildFile([corrupted, Buffer.alloc(0x10000), Buffer.alloc(0x10000, 0x41)]);
    file.writeUInt32LE(0, 124); // file header checksum
    const { events, warnings } = await readAll(write(file));
    expect(events).toHaveLength(2);
    expect(countKinds(warnings)).toEqual({ checksum: 3, 'skipped-chunk': 1 });
    expect(warnings.find((w) => w.kind === 'skipped-chunk')?.offset).toBe(4096 + 2 * 0x10000);
  });

  it('a file cut inside a chunk: the records that are whole are read', async () => {
    const full = buildFile([buildChunk([good(1), good(2), good(3)])]);
    const { events, warnings } = await readAll(write(full.subarray(0, 4096 + 1200)));
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(warnings.some((w) => w.kind === 'format')).toBe(true);
  });

  it('keeps byte offsets exact past 4 GiB (chunk at 2^32 + 4 KiB)', () => {
    const chunk = buildChunk([good(42), { ...good(43), size: 0x20000 }]);
    const warnings: InputWarning[] = [];
    const parser = new ChunkParser(Buffer.alloc(0), { file: 'big.evtx', warn: (w) => warnings.push(w) });
    const at = 2 ** 32 + 4096;
    const { events } = parser.parse(chunk, chunk.length, at);
    expect(events[0].source.offset).toBe(at + 512);
    expect(warnings[0].offset).toBe(at + 512 + chunk.readUInt32LE(512 + 4));
  });

  // Reading 4 GiB of holes takes 5–20 s depending on the machine: opt-in (RDPDIAG_SLOW_TESTS=1).
  it.skipIf(!process.env.RDPDIAG_SLOW_TESTS)(
    'reads records past the 4 GiB mark of a sparse file (positions as plain numbers)',
    async () => {
      const { openSync, writeSync, closeSync, ftruncateSync } = await import('node:fs');
      const f = path.join(dir, 'big.evtx');
      const fd = openSync(f, 'w');
      const header = buildFile([]);
      writeSync(fd, header, 0, header.length, 0);
      const at = 4096 + 0x10000 * 65537; // just past 4 GiB
      const chunk = buildChunk([good(42)]);
      writeSync(fd, chunk, 0, chunk.length, at);
      ftruncateSync(fd, at + chunk.length);
      closeSync(fd);
      const { events, warnings } = await readAll(f);
      expect(warnings).toEqual([]);
      expect(events).toHaveLength(1);
      expect(events[0].source.offset).toBe(at + 512);
      expect(events[0].timestamp).toBe('2024-05-02T09:14:07.5310000Z');
      rmSync(f);
    },
  );
});
