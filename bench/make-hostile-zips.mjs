#!/usr/bin/env node
/**
 * Writes the hostile archives of issue #26 into a folder, for measuring time and peak RSS of the CLI on
 * them (`/usr/bin/time -v node bin/rdpdiag analyze OUT/shared.zip`); never committed, they are generated:
 *
 *   shared.zip      200 central-directory entries pointing at one 31 MiB deflated XML entry (about 4 GiB)
 *   fanout.zip      2,000 entries pointing at one zip of 2,000 small XML logs (4 M inputs)
 *   fanout-distinct.zip  20 copies of that zip (40,000 inputs)
 *   big-evtx.zip    one large .evtx, deflated (give its size in MiB, and a source .evtx to repeat)
 *   many-small.zip  10,000 small XML logs
 *
 *   node bench/make-hostile-zips.mjs OUT [EVTX_SOURCE EVTX_MB]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';

const HERE = path.dirname(fileURLToPath(import.meta.url));

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
    const packed = e.store ? e.data : zlib.deflateRawSync(e.data, { level: 9 });
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
function smallLog(n) {
  return Buffer.from(
    `<Events><Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-LocalSessionManager'/><EventID>21</EventID><TimeCreated SystemTime='2024-05-02T09:00:00.000Z'/><EventRecordID>${n}</EventRecordID><Channel>Microsoft-Windows-TerminalServices-LocalSessionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer></System><UserData><EventXML xmlns='Event_NS'><User>CORP\\user${n}</User><SessionID>2</SessionID><Address>192.0.2.10</Address></EventXML></UserData></Event></Events>\n`,
  );
}

function main() {
  const [out, evtxSource, evtxMb] = process.argv.slice(2);
  if (!out) throw new Error('usage: node bench/make-hostile-zips.mjs OUT [EVTX_SOURCE EVTX_MB]');
  mkdirSync(out, { recursive: true });
  // Many copies of one small event: 31 MiB of XML, deflated to a few hundred KiB.
  const one = smallLog(1);
  const xml = Buffer.alloc(31 * 1024 * 1024, one.subarray(8, one.length - 10));
  xml.write('<Events>', 0);
  xml.write('</Events>\n', xml.length - 10);
  const aliases = Array.from({ length: 199 }, (_, i) => ({ name: `copy${String(i).padStart(3, '0')}.xml`, of: 0 }));
  writeFileSync(path.join(out, 'shared.zip'), buildZip([{ name: 'big.xml', data: xml }], aliases));

  const inner = buildZip(Array.from({ length: 2000 }, (_, i) => ({ name: `l${i}.xml`, data: smallLog(i) })));
  const nested = Array.from({ length: 1999 }, (_, i) => ({ name: `n${i + 1}.zip`, of: 0 }));
  writeFileSync(path.join(out, 'fanout.zip'), buildZip([{ name: 'n0.zip', data: inner, store: true }], nested));
  writeFileSync(
    path.join(out, 'fanout-distinct.zip'),
    buildZip(Array.from({ length: 20 }, (_, i) => ({ name: `n${i}.zip`, data: inner, store: true }))),
  );

  writeFileSync(
    path.join(out, 'many-small.zip'),
    buildZip(
      Array.from({ length: 10_000 }, (_, i) => ({
        name: `logs/l${String(i).padStart(5, '0')}.xml`,
        data: smallLog(i),
      })),
    ),
  );

  if (evtxSource && evtxMb) {
    const big = path.join(out, 'big.evtx');
    execFileSync(process.execPath, [path.join(HERE, 'make-big-evtx.mjs'), evtxSource, big, evtxMb], {
      stdio: 'inherit',
    });
    writeFileSync(path.join(out, 'big-evtx.zip'), buildZip([{ name: 'Security.evtx', data: readFileSync(big) }]));
    rmSync(big);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
