/**
 * Damaged .evtx structures that libevtx reads past, and so must we: a chunk free-space offset that hides
 * records, a template definition whose data size is wrong (shared by every later record of the chunk),
 * bit-flipped element names in the Event and System elements. Inputs are built by the test.
 */
import { describe, expect, it } from 'vitest';
import { ChunkParser } from '../../../parsers/evtx/chunk.js';
import type { InputWarning, NormalizedEvent } from '../../../src/model/event.js';
import {
  type BinXml,
  buildChunk,
  FT_2024,
  type RecordSpec,
  standardTemplate,
  systemValues,
  T,
  templateInstance,
  writeChunkHeaderCrc,
} from './builder.js';

function parseChunk(chunk: Buffer): { events: NormalizedEvent[]; warnings: InputWarning[] } {
  const warnings: InputWarning[] = [];
  const parser = new ChunkParser(Buffer.alloc(0), { file: 'x.evtx', warn: (w) => warnings.push(w) });
  const { events } = parser.parse(chunk, chunk.length, 0x1000);
  return { events, warnings };
}

/** Template body with System names as given (to flip them) and no EventData. */
function systemTemplate(b: BinXml, names: { event?: string; system?: string } = {}): void {
  standardTemplate(b, undefined, names);
}

/** Five records: the first defines the template inline, the others refer to it. */
function fiveRecords(template: (b: BinXml) => void): RecordSpec[] {
  let def = 0;
  return [1, 2, 3, 4, 5].map((id) => ({
    id,
    body: (b: BinXml) => {
      const at = templateInstance(b, id === 1 ? template : def, systemValues(id));
      if (id === 1) def = at;
    },
  }));
}

describe('evtx recovery past damaged structures', () => {
  it('a free-space offset inside the first record does not hide the records after it', () => {
    const chunk = buildChunk(fiveRecords((b) => systemTemplate(b)));
    chunk.writeUInt32LE(512 + 30, 48);
    writeChunkHeaderCrc(chunk); // as a careful attacker would
    const { events, warnings } = parseChunk(chunk);
    expect(events.map((e) => e.recordId)).toEqual([1, 2, 3, 4, 5]);
    const note = warnings.find((w) => /free-space/.test(w.message));
    expect(note).toMatchObject({ kind: 'format', offset: 0x1000 + 48 });
    expect(note?.message).toMatch(
      /free-space offset 0x21e ends before its records: 4 more record\(s\) found after it and read/,
    );
  });

  it('records past the free-space offset whose ids are outside the chunk header range (stale slack) are not read', () => {
    const chunk = buildChunk(fiveRecords((b) => systemTemplate(b)));
    // The header says the chunk holds records 1..3: 4 and 5 are leftovers of an earlier use.
    chunk.writeBigUInt64LE(3n, 16);
    const end = chunk.readUInt32LE(48);
    let pos = 512;
    for (let i = 0; i < 3; i++) pos += chunk.readUInt32LE(pos + 4);
    chunk.writeUInt32LE(pos, 48);
    writeChunkHeaderCrc(chunk); // as a careful attacker would
    expect(end).toBeGreaterThan(pos);
    const { events } = parseChunk(chunk);
    expect(events.map((e) => e.recordId)).toEqual([1, 2, 3]);
  });

  it('a template whose data size is damaged still serves every record that shares it', () => {
    const chunk = buildChunk(fiveRecords((b) => systemTemplate(b)));
    // The first record's inline definition: its data size field sits 20 bytes after the definition.
    const def = 512 + 24 + 4 + 10;
    const size = chunk.readUInt32LE(def + 20);
    for (const wrong of [size * 1000, 7]) {
      const copy = Buffer.from(chunk);
      copy.writeUInt32LE(wrong, def + 20);
      const { events, warnings } = parseChunk(copy);
      expect(events.map((e) => e.recordId)).toEqual([1, 2, 3, 4, 5]);
      expect(events[4]).toMatchObject({ eventId: 4624, channel: 'Security', computer: 'HOST' });
      const notes = warnings.filter((w) => w.kind !== 'checksum');
      expect(notes).toHaveLength(1);
      expect(notes[0].message).toMatch(
        new RegExp(
          `event record 1: template at 0x${def.toString(16)} has a wrong data size \\(${wrong}; its body is ${size} bytes\\)`,
        ),
      );
    }
  });

  for (const names of [{ event: 'Evdnt' }, { system: 'Sy\u0173tem' }, { event: 'E', system: 'X' }]) {
    it(`bit-flipped element names ${JSON.stringify(names)} do not drop the records`, () => {
      const { events, warnings } = parseChunk(buildChunk(fiveRecords((b) => systemTemplate(b, names))));
      expect(warnings).toEqual([]);
      expect(events).toHaveLength(5);
      expect(events[0]).toMatchObject({ eventId: 4624, recordId: 1, channel: 'Security', computer: 'HOST', level: 4 });
    });
  }

  it('a bit-flipped System child name is read by its place in the fixed order of System', () => {
    const template = (b: BinXml) => {
      b.fragmentHeader();
      b.open('Event').closeStart().open('System').closeStart();
      b.open('Provider', { attrs: true }).attr('Name').subst(0, T.STRING).closeEmpty();
      b.leaf('EventJD', 1, T.UINT16); // EventID with a flipped bit
      b.leaf('Version', 2, T.UINT8);
      b.open('TimeCreated', { attrs: true }).attr('SystemTime').subst(3, T.FILETIME).closeEmpty();
      b.end().end().eof();
    };
    const { events } = parseChunk(buildChunk(fiveRecords(template)));
    expect(events.map((e) => e.eventId)).toEqual([4624, 4624, 4624, 4624, 4624]);
    expect(events[0].timestamp).toBe('2024-05-02T09:14:07.5310000Z');
    expect(FT_2024).toBeGreaterThan(0n);
  });
});
