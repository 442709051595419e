/**
 * Hand-built zips for the archive attacks (written by the tests and by bench/make-hostile-zips.mjs, never
 * committed): entries stored or deflated, and `aliases`, more central-directory entries pointing at another
 * entry's local header (one stream listed many times: the shared-data bomb). Plain JavaScript so the bench
 * runs it without a build; its types are in zip-writer.d.mts.
 */
import * as zlib from 'node:zlib';

/**
 * A zip from entries `{ name, data, store? }`; `aliases` are more central-directory entries (names) that
 * point at the local header of entry `of`: the shared-data bomb.
 */
export function buildZip(entries, aliases = []) {
  const locals = [];
  const central = [];
  let offset = 0;
  const records = [];
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = e.store ? Buffer.from(e.data) : zlib.deflateRawSync(e.data, { level: 9 });
    const crc = zlib.crc32(e.data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x800, 6);
    head.writeUInt16LE(e.store ? 0 : 8, 8);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(e.data.length, 22);
    head.writeUInt16LE(name.length, 26);
    locals.push(head, name, packed);
    records.push({ name, crc, packed: packed.length, size: e.data.length, method: e.store ? 0 : 8, offset });
    offset += 30 + name.length + packed.length;
  }
  for (const a of aliases) records.push({ ...records[a.of], name: Buffer.from(a.name) });
  for (const r of records) {
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x800, 8);
    c.writeUInt16LE(r.method, 10);
    c.writeUInt32LE(r.crc, 16);
    c.writeUInt32LE(r.packed, 20);
    c.writeUInt32LE(r.size, 24);
    c.writeUInt16LE(r.name.length, 28);
    c.writeUInt32LE(r.offset, 42);
    central.push(c, r.name);
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(records.length, 8);
  end.writeUInt16LE(records.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A small XML export of one event, its record id `n` (distinct logs, distinct records). */
export function smallLog(n) {
  return Buffer.from(
    `<Events><Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-LocalSessionManager'/><EventID>21</EventID><TimeCreated SystemTime='2024-05-02T09:00:00.000Z'/><EventRecordID>${n}</EventRecordID><Channel>Microsoft-Windows-TerminalServices-LocalSessionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer></System><UserData><EventXML xmlns='Event_NS'><User>CORP\\user${n}</User><SessionID>2</SessionID><Address>192.0.2.10</Address></EventXML></UserData></Event></Events>\n`,
  );
}
