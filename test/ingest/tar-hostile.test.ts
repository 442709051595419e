/**
 * Hostile input, round 4 (issue #51): tar archives as real tools write them and as an attacker writes them. A
 * non-ASCII name in a pax header, an archive concatenated after another, a damaged header with valid ones after
 * it, a 2 MiB long name, size fields that are negative, not numbers or base-256, sparse and unknown members,
 * hundreds of refused 1 MiB names: every log member that can be read is read, and every one left out is a
 * warning naming its byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newArchiveBudget } from '../../src/ingest/archive.js';
import { readInputs } from '../../src/ingest/read.js';
import { isTarHeader, readTar } from '../../src/ingest/untar.js';
import { detectFormat } from '../../src/ingest/input-formats.js';
import type { InputWarning } from '../../src/model/event.js';
import { pathInput } from '../../src/platform/node/file-source.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';

function checksum(h: Buffer): Buffer {
  h.write('        ', 148);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return h;
}

/** One header; `size` is written as given (a string is put in the field as is, for hostile sizes). */
function header(name: string, size: number | string | Buffer, type = '0'): Buffer {
  const h = Buffer.alloc(512);
  Buffer.from(name).subarray(0, 100).copy(h, 0);
  h.write('0000644\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  if (Buffer.isBuffer(size)) size.copy(h, 124);
  else h.write(typeof size === 'number' ? `${size.toString(8).padStart(11, '0')}\0` : size, 124);
  h.write('14712345670\0', 136);
  h.write(type, 156);
  h.write('ustar\0', 257);
  h.write('00', 263);
  return checksum(h);
}

const pad = (data: Buffer) => Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
const member = (name: string, data: Buffer, type = '0') => Buffer.concat([header(name, data.length, type), pad(data)]);
const END = Buffer.alloc(1024);
const LSM = readFileSync(join(ROOT, 'samples', 'healthy-day', 'LocalSessionManager-Operational.xml'));
const LOG = (n: number) => Buffer.from(`{"n":${n}}\n`.repeat(20));

function paxRecord(key: string, value: string): Buffer {
  const body = Buffer.from(` ${key}=${value}\n`);
  let length = body.length + 1;
  while (String(length).length + body.length !== length) length = String(length).length + body.length;
  return Buffer.concat([Buffer.from(String(length)), body]);
}

async function list(archive: Buffer, budget = newArchiveBudget()) {
  const members: { name: string; bytes: number }[] = [];
  const warnings: InputWarning[] = [];
  await readTar(
    't.tar',
    (async function* () {
      for (let at = 0; at < archive.length; at += 64 * 1024) yield archive.subarray(at, at + 64 * 1024);
    })(),
    budget,
    async (m) => {
      let bytes = 0;
      for await (const c of m.chunks()) bytes += c.length;
      members.push({ name: m.name.slice('t.tar/'.length), bytes });
    },
    (w) => warnings.push(w),
  );
  return { members, warnings };
}

describe('tar archives as real tools write them', () => {
  it('a non-ASCII name in a pax header (tar --format=posix, bsdtar, tarfile, tar.exe) is read, alone', async () => {
    const dir = tempDir('rdpdiag-tar4-');
    const path = join(dir, 'posix.tar');
    const records = Buffer.concat([paxRecord('path', 'Journaux/Sécurité.xml'), paxRecord('mtime', '1700000000.25')]);
    writeFileSync(
      path,
      Buffer.concat([member('PaxHeaders/x', records, 'x'), member('Journaux/S_curit_.xml', LSM), END]),
    );
    const events: unknown[] = [];
    const summaries = await readInputs([pathInput(path)], (b) => void events.push(...b));
    expect(summaries.map((s) => s.path)).toEqual([join(path, 'Journaux', 'Sécurité.xml')]);
    expect(summaries[0]!.error).toBeUndefined();
    expect(summaries[0]!.records).toBeGreaterThan(0);
    expect(events.length).toBeGreaterThan(0);
  });

  it('a v7 tar (no ustar magic: tar --format=v7) is detected and read, a folder member in it too', async () => {
    const v7 = (name: string, data: Buffer, type = '0') => {
      const h = header(name, data.length, type);
      h.fill(0, 257, 265);
      return Buffer.concat([checksum(h), pad(data)]);
    };
    const archive = Buffer.concat([v7('./', Buffer.alloc(0), '5'), v7('./lsm.xml', LSM), END]);
    expect(isTarHeader(archive)).toBe(true);
    expect(detectFormat(archive)).toBe('tar');
    const dir = tempDir('rdpdiag-tar4-');
    const path = join(dir, 'v7.tar');
    writeFileSync(path, archive);
    const summaries = await readInputs([pathInput(path)], () => {});
    expect(summaries.map((s) => [s.path, s.error])).toEqual([[join(path, 'lsm.xml'), undefined]]);
    expect(summaries[0]!.records).toBeGreaterThan(0);
  });

  it('text or a header with a wrong checksum is not taken for a v7 tar', () => {
    const h = header('lsm.xml', 10);
    h.fill(0, 257, 265);
    h[148] ^= 1;
    expect(isTarHeader(Buffer.concat([h, END]))).toBe(false);
    expect(isTarHeader(Buffer.from('x'.repeat(2048)))).toBe(false);
  });

  it('a pax record whose length is wrong is said with its byte; the member after it is read', async () => {
    const records = Buffer.concat([paxRecord('mtime', '1700000000.25'), Buffer.from('99 path=a.xml\n')]);
    const { members, warnings } = await list(
      Buffer.concat([member('PaxHeaders/x', records, 'x'), member('b.xml', LOG(1)), END]),
    );
    expect(members.map((m) => m.name)).toEqual(['b.xml']);
    const bad = 512 + paxRecord('mtime', '1700000000.25').length;
    expect(warnings.map((w) => [w.code, w.offset])).toEqual([['tar-damaged', bad]]);
    expect(warnings[0]!.message).toContain(`byte ${bad}`);
  });

  it('a non-ASCII pax name beside ASCII-named logs is not dropped', async () => {
    const { members, warnings } = await list(
      Buffer.concat([
        member('a.json', LOG(1)),
        member('PaxHeaders/x', paxRecord('path', 'Журнал.evtx'), 'x'),
        member('_____.evtx', LOG(2)),
        member('b.json', LOG(3)),
        END,
      ]),
    );
    expect(members.map((m) => m.name)).toEqual(['a.json', 'Журнал.evtx', 'b.json']);
    expect(warnings).toEqual([]);
  });

  it('a second archive concatenated after the first is read on', async () => {
    const { members, warnings } = await list(
      Buffer.concat([member('a.json', LOG(1)), END, member('b.json', LOG(2)), END]),
    );
    expect(members.map((m) => m.name)).toEqual(['a.json', 'b.json']);
    expect(warnings).toEqual([]);
  });

  it('data after the end blocks that holds no header is named with its byte, not read silently', async () => {
    const archive = Buffer.concat([member('a.json', LOG(1)), END, Buffer.alloc(2048, 0x41)]);
    const { members, warnings } = await list(archive);
    expect(members.map((m) => m.name)).toEqual(['a.json']);
    expect(warnings.map((w) => [w.code, w.offset])).toEqual([['tar-damaged', 2048]]);
    expect(warnings[0]!.message).toMatch(/2,048 bytes after the archive's end blocks/);
  });

  it('a damaged header is skipped to the next valid one, as GNU tar does, the loss named with its byte', async () => {
    const bad = member('b.json', LOG(2));
    bad[3]! ^= 0xff;
    const { members, warnings } = await list(
      Buffer.concat([member('a.json', LOG(1)), bad, member('c.json', LOG(3)), END]),
    );
    expect(members.map((m) => m.name)).toEqual(['a.json', 'c.json']);
    expect(warnings.map((w) => [w.code, w.offset, w.kind])).toEqual([['tar-damaged', 1024, 'skipped-record']]);
    expect(warnings[0]!.message).toMatch(/skipped 1,024 bytes to the next valid header at byte 2048/);
  });

  it('a 2 MiB GNU long name or pax header is passed over; the members after it are read', async () => {
    const huge = Buffer.alloc(2 * 1024 * 1024, 0x61);
    const { members, warnings } = await list(
      Buffer.concat([
        member('././@LongLink', huge, 'L'),
        member('short.json', LOG(1)),
        member('PaxHeaders/x', Buffer.concat([paxRecord('path', 'x'.repeat(2 * 1024 * 1024))]), 'x'),
        member('short2.json', LOG(2)),
        member('c.json', LOG(3)),
        END,
      ]),
    );
    expect(members.map((m) => m.name)).toEqual(['short.json', 'short2.json', 'c.json']);
    expect(warnings.map((w) => [w.code, w.offset])).toEqual([
      ['tar-damaged', 0],
      ['tar-damaged', 512 * 2 + 2 * 1024 * 1024 + 512],
    ]);
  });

  it('a negative (base-256) size is refused and cannot disable the archive budget', async () => {
    const negative = Buffer.alloc(12, 0xff);
    const archive = Buffer.concat([header('evil.json', negative), pad(LOG(1)), member('ok.json', LOG(2)), END]);
    const budget = newArchiveBudget();
    const { members, warnings } = await list(archive, budget);
    expect(members.map((m) => m.name)).toEqual(['ok.json']);
    expect(warnings.map((w) => [w.code, w.offset])).toEqual([['tar-damaged', 0]]);
    expect(budget.remainingBytes).toBe(budget.limits.maxTotalBytes - LOG(2).length);
  });

  it('a size that is no octal number is refused, not read as unbounded', async () => {
    const archive = Buffer.concat([header('evil.json', '9999999999\0'), pad(LOG(1)), member('ok.json', LOG(2)), END]);
    const budget = newArchiveBudget();
    const { members, warnings } = await list(archive, budget);
    expect(members.map((m) => m.name)).toEqual(['ok.json']);
    expect(warnings.map((w) => w.code)).toEqual(['tar-damaged']);
    expect(Number.isFinite(budget.remainingBytes)).toBe(true);
  });

  it('a pax size that is no number is refused; a base-256 size (GNU, over 8 GiB) is read', async () => {
    const log = LOG(5);
    const b256 = Buffer.alloc(12);
    b256[0] = 0x80;
    b256.writeUInt32BE(log.length, 8);
    const { members, warnings } = await list(
      Buffer.concat([
        member('PaxHeaders/x', paxRecord('size', '-5'), 'x'),
        member('evil.json', LOG(1)),
        header('big.json', b256),
        pad(log),
        END,
      ]),
    );
    expect(members).toEqual([{ name: 'big.json', bytes: log.length }]);
    expect(warnings.map((w) => [w.code, w.offset])).toEqual([['tar-damaged', 1024]]);
  });

  it('a member over the budget is skipped with its byte; those after it are read', async () => {
    const budget = newArchiveBudget({ ...newArchiveBudget().limits, maxTotalBytes: 300 });
    const { members, warnings } = await list(
      Buffer.concat([member('big.json', Buffer.alloc(400, 0x20)), member('ok.json', LOG(1)), END]),
      budget,
    );
    expect(members.map((m) => m.name)).toEqual(['ok.json']);
    expect(warnings.map((w) => [w.code, w.offset, w.kind])).toEqual([['tar-member-skipped', 0, 'skipped-record']]);
  });

  it('sparse and unknown members named like logs are named in a warning with their byte', async () => {
    const { members, warnings } = await list(
      Buffer.concat([
        member('sparse.evtx', LOG(1), 'S'),
        member('odd.evtx', LOG(2), 'Q'),
        member('ok.json', LOG(3)),
        END,
      ]),
    );
    expect(members.map((m) => m.name)).toEqual(['ok.json']);
    expect(warnings.map((w) => [w.code, w.offset])).toEqual([
      ['tar-member-skipped', 0],
      ['tar-member-skipped', 1024],
    ]);
    expect(warnings[0]!.message).toMatch(/sparse/);
    expect(warnings[1]!.message).toMatch(/"Q"/);
  });

  it('600 refused long names (64 KiB each): counted and sampled, each message short, never all kept', async () => {
    const parts: Buffer[] = [];
    const name = `../${'n'.repeat(64 * 1024)}.json`;
    const long = Buffer.concat([Buffer.from(name), Buffer.alloc(1)]);
    const longHeader = Buffer.concat([header('././@LongLink', long.length, 'L'), pad(long)]);
    const body = member('x.json', LOG(1));
    for (let i = 0; i < 600; i++) parts.push(longHeader, body);
    parts.push(member('ok.json', LOG(2)), END);
    const { members, warnings } = await list(Buffer.concat(parts));
    expect(members.map((m) => m.name)).toEqual(['ok.json']);
    expect(warnings.length).toBe(21);
    expect(Math.max(...warnings.map((w) => w.message.length))).toBeLessThan(400);
    expect(warnings.at(-1)!.message).toMatch(/580 more archive members skipped for their names \(600 in all/);
  });
});
