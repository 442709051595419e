#!/usr/bin/env node
/**
 * Writes a large, valid .evtx for the benchmarks: the chunks of a real log repeated, each copy with fresh
 * record ids (record headers, the EventRecordID value inside each record, the chunk header's id range) and
 * its checksums recomputed, so no reader sees a duplicate or a damaged chunk.
 *
 *   node bench/make-big-evtx.mjs SOURCE.evtx OUT.evtx SIZE_MB
 */
import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';

const CHUNK = 0x10000;
const HEADER = 0x1000;

/**
 * Offset of the EventRecordID value of the record at `pos`: the UInt64 substitution value equal to the
 * header's id in the record's template instance (-1 when the record is not a template instance).
 */
function eventRecordIdValue(chunk, pos, size, id) {
  const end = pos + size;
  let p = pos + 24;
  if (chunk[p] === 0x0f) p += 4;
  if (chunk[p] !== 0x0c) return -1;
  const def = chunk.readUInt32LE(p + 6);
  p += 10;
  if (def === p) p += 24 + chunk.readUInt32LE(p + 20);
  const n = chunk.readUInt32LE(p);
  p += 4;
  let value = p + 4 * n;
  for (let i = 0; i < n && value <= end; i++) {
    const len = chunk.readUInt16LE(p + 4 * i);
    if (chunk[p + 4 * i + 2] === 0x0a && len === 8 && chunk.readBigUInt64LE(value) === id) return value;
    value += len;
  }
  return -1;
}

/** Record ids found in `chunk` (record header id → offsets of the id's 8 bytes inside the record). */
function recordLayout(chunk) {
  const free = Math.min(chunk.readUInt32LE(48), CHUNK);
  const records = [];
  for (let pos = 512; pos + 24 <= free; ) {
    if (chunk.readUInt32LE(pos) !== 0x2a2a) break;
    const size = chunk.readUInt32LE(pos + 4);
    if (size < 28 || pos + size > free) break;
    const id = chunk.readBigUInt64LE(pos + 8);
    records.push({ pos, id, inner: eventRecordIdValue(chunk, pos, size, id) });
    pos += size;
  }
  return { free, records };
}

export function makeBigEvtx(source, out, sizeMB) {
  const data = readFileSync(source);
  const chunks = [];
  for (let off = HEADER; off + CHUNK <= data.length; off += CHUNK) {
    const c = Buffer.from(data.subarray(off, off + CHUNK));
    if (c.toString('latin1', 0, 8) !== 'ElfChnk\0') continue;
    chunks.push({ buf: c, ...recordLayout(c) });
  }
  let maxId = 0n;
  for (const c of chunks) for (const r of c.records) if (r.id > maxId) maxId = r.id;
  const fd = openSync(out, 'w');
  const header = Buffer.from(data.subarray(0, HEADER));
  writeSync(fd, header);
  let size = HEADER;
  const target = sizeMB * 1024 * 1024;
  for (let copy = 0n; size < target; copy++) {
    const shift = copy * maxId;
    for (const c of chunks) {
      if (size >= target) break;
      const b = Buffer.from(c.buf);
      let first = -1n;
      let last = -1n;
      for (const r of c.records) {
        const id = r.id + shift;
        b.writeBigUInt64LE(id, r.pos + 8);
        if (r.inner >= 0) b.writeBigUInt64LE(id, r.inner);
        if (first < 0n) first = id;
        last = id;
      }
      if (first >= 0n) {
        b.writeBigUInt64LE(first, 24);
        b.writeBigUInt64LE(last, 32);
      }
      b.writeUInt32LE(zlib.crc32(b.subarray(512, c.free)), 52);
      b.writeUInt32LE(zlib.crc32(b.subarray(128, 512), zlib.crc32(b.subarray(0, 120))), 124);
      writeSync(fd, b);
      size += CHUNK;
    }
  }
  closeSync(fd);
  return { file: out, size: statSync(out).size, records: chunks.reduce((n, c) => n + c.records.length, 0) };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const [source, out, mb] = process.argv.slice(2);
  if (!source || !out || !mb) {
    console.error('usage: make-big-evtx.mjs SOURCE.evtx OUT.evtx SIZE_MB');
    process.exit(2);
  }
  const r = makeBigEvtx(source, out, Number(mb));
  console.log(`${r.file}: ${(r.size / 1048576).toFixed(0)} MB`);
}
