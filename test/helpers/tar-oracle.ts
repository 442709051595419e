/**
 * The tar reader against tar-stream as the oracle (test/ingest/tar-oracle.test.ts says the claim; the fast tier
 * checks the first seeds, tar-oracle-rest.test.ts, slow tier, the others): archives built as real tools write them,
 * read by our reader and by tar-stream.
 */
import { Readable } from 'node:stream';
import * as tarStream from 'tar-stream';
import { expect } from 'vitest';
import { newArchiveBudget } from '../../src/ingest/archive.js';
import { readTar } from '../../src/ingest/untar.js';
import type { InputWarning } from '../../src/model/event.js';
import { xorshift32 as rng } from './random.js';
import { tarPad as pad, tarHeader as header } from './tar.js';

/** A pax record, its length counting bytes (its own digits included), as POSIX says. */
function paxRecord(key: string, value: string): Buffer {
  const body = Buffer.from(` ${key}=${value}\n`);
  let length = body.length + 1;
  while (String(length).length + body.length !== length) length = String(length).length + body.length;
  return Buffer.concat([Buffer.from(String(length)), body]);
}

type Style = 'ustar' | 'pax' | 'gnu';

/** A member as one tool writes it. */
function member(name: string, data: Buffer, style: Style): Buffer {
  const bytes = Buffer.from(name);
  const body = pad(data);
  if (style === 'ustar' && bytes.length <= 100) return Buffer.concat([header(bytes, data.length, '0'), body]);
  if (style === 'ustar') {
    // Split at a slash so the prefix holds ≤ 155 bytes and the name ≤ 100 (names are built to allow it).
    const cut = name.lastIndexOf('/');
    return Buffer.concat([
      header(Buffer.from(name.slice(cut + 1)), data.length, '0', Buffer.from(name.slice(0, cut))),
      body,
    ]);
  }
  // A short stand-in in the ustar field, as tools write (ASCII, cut to 100 bytes).
  const standIn = Buffer.from(name.replace(/[^\x20-\x7e]/g, '_').slice(-99));
  if (style === 'pax') {
    const records = Buffer.concat([paxRecord('path', name), paxRecord('mtime', '1700000000.5')]);
    return Buffer.concat([
      header(Buffer.from('PaxHeaders/x'), records.length, 'x'),
      pad(records),
      header(standIn, data.length, '0'),
      body,
    ]);
  }
  const long = Buffer.concat([bytes, Buffer.alloc(1)]);
  return Buffer.concat([
    header(Buffer.from('././@LongLink'), long.length, 'L'),
    pad(long),
    header(standIn, data.length, '0'),
    body,
  ]);
}

const END = Buffer.alloc(1024);
const PARTS = [
  'Sécurité',
  'Журнал',
  'ログ',
  'x',
  'RemoteConnectionManager',
  '事件日志',
  'Ünïcödé',
  '🙂',
  'a'.repeat(60),
];
const ENDINGS = ['.evtx', '.xml', '.json', '.csv', '.txt'];

function randomName(r: () => number, style: Style): string {
  const folders = Math.floor(r() * 4);
  const pick = () => PARTS[Math.floor(r() * PARTS.length)]!;
  const parts: string[] = [];
  for (let i = 0; i < folders; i++) parts.push(pick());
  let file = pick();
  if (r() < 0.3) file += pick() + pick();
  const ending = ENDINGS[Math.floor(r() * ENDINGS.length)]!;
  const name = [...parts, `${file}${ending}`].join('/');
  if (style !== 'ustar') return name;
  // ustar: fit it in name (100 bytes) and prefix (155 bytes).
  const last = `${file.slice(0, 20)}${ending}`;
  const prefix = parts.join('/').slice(0, 40);
  return prefix ? `${prefix}/${last}` : last;
}

async function ours(archive: Buffer): Promise<{ members: [string, string][]; warnings: InputWarning[] }> {
  const members: [string, string][] = [];
  const warnings: InputWarning[] = [];
  await readTar(
    't.tar',
    (async function* () {
      for (let at = 0; at < archive.length; at += 700) yield archive.subarray(at, at + 700);
    })(),
    newArchiveBudget(),
    async (m) => {
      const parts: Buffer[] = [];
      for await (const c of m.chunks()) parts.push(Buffer.from(c));
      members.push([m.name.slice('t.tar/'.length), Buffer.concat(parts).toString('hex')]);
    },
    (w) => warnings.push(w),
  );
  return { members, warnings };
}

/** tar-stream's regular files, those ending as a log does. */
async function oracle(archive: Buffer): Promise<[string, string][]> {
  const extract = tarStream.extract();
  const out: [string, string][] = [];
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (h, stream, next) => {
      const parts: Buffer[] = [];
      stream.on('data', (c) => void parts.push(c as Buffer));
      stream.on('end', () => {
        if (h.type === 'file' && !/\.txt$/i.test(h.name)) out.push([h.name, Buffer.concat(parts).toString('hex')]);
        next();
      });
      stream.resume();
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  Readable.from([archive]).pipe(extract);
  await done;
  return out;
}

/** The seeds of each check: the fast tier takes the first `fast` of each, the slow tier the rest. */
export const TAR_ORACLE_SEEDS = {
  tools: { all: Array.from({ length: 60 }, (_, i) => i + 1), fast: 15 },
  packs: { all: Array.from({ length: 20 }, (_, i) => i + 1), fast: 5 },
} as const;

/**
 * Archives written as tar, bsdtar, Python and tar.exe write them, one per seed: the same members as tar-stream's.
 * Gives the styles of member the seeds made, and `concatenated` when one seed joined two archives.
 */
export async function checkToolArchives(seeds: readonly number[]): Promise<Set<string>> {
  const kinds = new Set<string>();
  for (const seed of seeds) {
    const r = rng(seed);
    const archives: Buffer[] = [];
    // Every other seed, two archives one after the other (`cat a.tar b.tar`); a draw of r() made it almost never.
    const count = seed % 2 === 0 ? 2 : 1;
    if (count > 1) kinds.add('concatenated');
    for (let a = 0; a < count; a++) {
      const parts: Buffer[] = [];
      const n = 1 + Math.floor(r() * 6);
      for (let i = 0; i < n; i++) {
        const style = (['ustar', 'pax', 'gnu'] as const)[Math.floor(r() * 3)]!;
        kinds.add(style);
        const data = Buffer.alloc(Math.floor(r() * 1500), seed * 31 + i);
        parts.push(member(randomName(r, style), data, style));
      }
      archives.push(Buffer.concat([...parts, END]));
    }
    const archive = Buffer.concat(archives);
    const expected = await oracle(archive);
    const got = await ours(archive);
    expect(got.members, `seed ${seed}`).toEqual(expected);
    expect(got.warnings, `seed ${seed}`).toEqual([]);
  }
  return kinds;
}

/** What tar-stream packs, one archive per seed: we list the same names and bytes. */
export async function checkTarStreamPacks(seeds: readonly number[]): Promise<void> {
  for (const seed of seeds) {
    const r = rng(seed + 1000);
    const pack = tarStream.pack();
    const chunks: Buffer[] = [];
    pack.on('data', (c) => void chunks.push(c as Buffer));
    const finished = new Promise<void>((resolve) => pack.on('end', () => resolve()));
    const n = 1 + Math.floor(r() * 6);
    for (let i = 0; i < n; i++) {
      const name = randomName(r, 'pax');
      pack.entry({ name, size: i * 37 }, Buffer.alloc(i * 37, i + 1));
    }
    pack.finalize();
    await finished;
    const archive = Buffer.concat(chunks);
    const got = await ours(archive);
    expect(got.members, `seed ${seed}`).toEqual(await oracle(archive));
    expect(got.warnings).toEqual([]);
  }
}
