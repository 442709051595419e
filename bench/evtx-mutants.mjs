// `node bench/evtx-mutants.mjs [count] [seed]`: damages corpus .evtx files the way disks, copies and attackers
// do (chunk free-space offsets, template data sizes, name strings, record sizes, random bit flips) and
// compares the records rdpdiag reads with the records libevtx's `evtxexport` reads from the same mutant.
// Prints every mutant where rdpdiag reads fewer. Needs a build (`npm run build`) and, for the comparison,
// libevtx-utils; without evtxexport it only checks that every mutant is read without a crash.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mulberry32 as rng } from '../test/helpers/prng.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '..', '..', 'shared', 'corpus');
// The path-taking reader of the CLI (the parser's own takes an opened input).
const { readEvtx } = await import(pathToFileURL(join(here, '..', 'dist', 'src', 'platform', 'node', 'files.js')).href);

const SAMPLES = [
  'omerbenamram__evtx/samples/Security_short_selected.evtx',
  'omerbenamram__evtx/samples/security_bad_string_cache.evtx',
  'omerbenamram__evtx/samples/2-vss_7-System.evtx',
  'omerbenamram__evtx/samples/system.evtx',
].filter((f) => existsSync(join(corpus, f)));

const hasLibevtx = spawnSync('evtxexport', ['-V']).status === 0;

const CHUNK = 0x10000;
const chunkOffsets = (b) => {
  const out = [];
  for (let o = 0x1000; o + 512 <= b.length; o += CHUNK) if (b.toString('latin1', o, o + 7) === 'ElfChnk') out.push(o);
  return out;
};

/**
 * A random chunk's random non-zero entry of its table of `count` 32-bit offsets `at` bytes in (names at 128,
 * templates at 384), as an offset in the file; undefined when the table is empty.
 */
const pickFromTable = (b, r, at, count) => {
  const c = pick(chunkOffsets(b), r);
  const ptrs = [];
  for (let i = 0; i < count; i++) {
    const p = b.readUInt32LE(c + at + i * 4);
    if (p) ptrs.push(p);
  }
  return ptrs.length ? c + pick(ptrs, r) : undefined;
};

/** Mutations: each returns a damaged copy and says what it did. */
const MUTATIONS = {
  freeSpace(b, r) {
    const c = pick(chunkOffsets(b), r);
    const free = b.readUInt32LE(c + 48);
    const v = 512 + Math.floor(r() * Math.max(1, free - 512));
    b.writeUInt32LE(v, c + 48);
    return `chunk 0x${c.toString(16)} free-space 0x${free.toString(16)} → 0x${v.toString(16)}`;
  },
  templateSize(b, r) {
    const def = pickFromTable(b, r, 384, 32);
    if (def === undefined) return undefined;
    const size = b.readUInt32LE(def + 20);
    const v = r() < 0.5 ? size ^ (1 << Math.floor(r() * 16)) : Math.floor(r() * 0xffffffff);
    b.writeUInt32LE(v >>> 0, def + 20);
    return `template at 0x${def.toString(16)} data size ${size} → ${v >>> 0}`;
  },
  nameFlip(b, r) {
    const name = pickFromTable(b, r, 128, 64);
    if (name === undefined) return undefined;
    const len = b.readUInt16LE(name + 6);
    const at = name + 6 + Math.floor(r() * (2 + len * 2));
    const bit = 1 << Math.floor(r() * 8);
    b[at] ^= bit;
    return `name at 0x${name.toString(16)} byte 0x${at.toString(16)} ^ ${bit}`;
  },
  recordSize(b, r) {
    const c = pick(chunkOffsets(b), r);
    let p = c + 512;
    const recs = [];
    while (p + 8 < c + CHUNK && b.readUInt32LE(p) === 0x2a2a) {
      recs.push(p);
      const s = b.readUInt32LE(p + 4);
      if (s < 24) break;
      p += s;
    }
    if (!recs.length) return undefined;
    const rec = pick(recs, r);
    const v = Math.floor(r() * 0x20000);
    b.writeUInt32LE(v, rec + 4);
    return `record at 0x${rec.toString(16)} size → ${v}`;
  },
  bitFlips(b, r) {
    const n = 1 + Math.floor(r() * 8);
    for (let i = 0; i < n; i++) b[0x1000 + Math.floor(r() * (b.length - 0x1000))] ^= 1 << Math.floor(r() * 8);
    return `${n} random bit flips`;
  },
};

function pick(list, r) {
  return list[Math.floor(r() * list.length)];
}

async function ours(file) {
  let n = 0;
  const warnings = [];
  for await (const batch of readEvtx(file, { warn: (w) => warnings.push(w) })) n += batch.length;
  return { n, warnings };
}

function libevtx(file) {
  const r = spawnSync('evtxexport', [file], { encoding: 'latin1', maxBuffer: 1 << 30 });
  return (r.stdout.match(/^Event number\t/gm) ?? []).length;
}

export async function benchEvtxMutants(count = 40, seed = 1) {
  const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-mutants-'));
  const random = rng(seed);
  let fewer = 0;
  let total = 0;
  let oursSum = 0;
  let libSum = 0;
  try {
    for (const rel of SAMPLES) {
      const original = readFileSync(join(corpus, rel));
      for (const [kind, mutate] of Object.entries(MUTATIONS)) {
        for (let i = 0; i < count; i++) {
          const b = Buffer.from(original);
          const what = mutate(b, random);
          if (!what) continue;
          const f = join(dir, 'm.evtx');
          writeFileSync(f, b);
          total++;
          let o;
          try {
            o = await ours(f);
          } catch (err) {
            o = { n: 0, warnings: [], error: err.message };
          }
          const lib = hasLibevtx ? libevtx(f) : 0;
          oursSum += o.n;
          libSum += lib;
          if (o.n < lib) {
            fewer++;
            console.log(
              `FEWER ${rel} [${kind}] ${what}: rdpdiag ${o.n} < libevtx ${lib}${o.error ? ` (${o.error})` : ''}`,
            );
            if (process.env.VERBOSE) {
              for (const w of o.warnings)
                if (w.kind !== 'checksum') console.log(`  ${w.kind} @${w.offset}: ${w.message}`);
              writeFileSync(join(tmpdir(), `mutant-${fewer}.evtx`), b);
            }
          }
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `evtx mutants: ${total} mutants of ${SAMPLES.length} files, rdpdiag read ${oursSum} records, libevtx ${hasLibevtx ? libSum : 'n/a'}; rdpdiag read fewer on ${fewer}`,
  );
  return { total, fewer };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchEvtxMutants(Number(process.argv[2] ?? 40), Number(process.argv[3] ?? 1));
}
