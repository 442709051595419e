/**
 * Zips that amplify (issue #26): one stream listed under many names, a nested fan-out, an entry that says
 * it expands more than deflate can, an empty archive, and a large .evtx entry read as it is inflated (never
 * whole in memory). Every archive is built here; each refusal is a warning and the rest is still read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_LIMITS, newArchiveBudget, openZip } from '../../src/ingest/archive.js';
import { readInputs } from '../../src/ingest/read.js';
import { readEvtx } from '../../parsers/evtx/index.js';
import type { InputSummary, NormalizedEvent } from '../../src/model/event.js';
import { type InputSource, memoryBytes, memoryInput, streamInput } from '../../src/model/source.js';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { corpusPath, HAVE_CORPUS } from '../helpers/corpus.js';
import { evtxOf, failedLogon, filetimeOf } from '../helpers/evtx-events.js';
import { buildZip, smallLog } from '../helpers/zip-bombs.js';

const open = (zip: Uint8Array) => openZip('case.zip', memoryBytes(zip), newArchiveBudget());

async function readAll(source: InputSource, limits = DEFAULT_ARCHIVE_LIMITS) {
  let events = 0;
  const summaries: InputSummary[] = await readInputs(
    [{ name: source.name, open: async () => source }],
    (batch) => {
      events += batch.length;
    },
    { archiveLimits: limits },
  );
  return { events, summaries };
}

describe('zip amplification', () => {
  it('entries sharing one stream: the first read, the others refused as overlapping', async () => {
    const aliases = Array.from({ length: 199 }, (_, i) => ({ name: `copy${i}.xml`, of: 0 }));
    const zip = buildZip(
      [
        { name: 'big.xml', data: smallLog(1) },
        { name: 'other.xml', data: smallLog(2) },
      ],
      aliases,
    );
    const { inputs, warnings } = await open(zip);
    expect(inputs.map((i) => i.name)).toEqual(['case.zip/big.xml', 'case.zip/other.xml']);
    expect(warnings).toHaveLength(199);
    expect(warnings[0].message).toMatch(/^archive entry "copy0\.xml" skipped: its data overlaps that of "big\.xml"/);
  });

  it('a nested fan-out stops at the budget of inputs the whole tree shares, said once per archive', async () => {
    const inner = buildZip(Array.from({ length: 30 }, (_, i) => ({ name: `l${i}.xml`, data: smallLog(i) })));
    const outer = buildZip(Array.from({ length: 30 }, (_, i) => ({ name: `n${i}.zip`, data: inner, store: true })));
    const { events, summaries } = await readAll(memoryInput('case.zip', outer), {
      ...DEFAULT_ARCHIVE_LIMITS,
      maxInputs: 100,
    });
    // 100 inputs in all, nested archives counted: 4 archives of 30 logs and their 4 entries… never 900.
    expect(events).toBeLessThanOrEqual(100);
    expect(events).toBeGreaterThan(50);
    const said = summaries.flatMap((s) => s.warnings).filter((w) => /more than 100 logs/.test(w.message));
    expect(said.length).toBeGreaterThan(0);
    expect(said.length).toBeLessThanOrEqual(30);
  });

  it('an entry that says it expands more than deflate can is refused', async () => {
    const zip = Buffer.from(buildZip([{ name: 'a.xml', data: Buffer.alloc(4 * 1024 * 1024, 0x20) }]));
    // The central directory's size made 10x larger than the data: no deflate stream expands that much.
    const at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(zip.readUInt32LE(at + 24) * 10, at + 24);
    const { inputs, warnings } = await open(zip);
    expect(inputs).toEqual([]);
    expect(warnings[0].message).toMatch(/more than deflate can/);
  });

  it('an empty zip is an error that says so (exit 2, one line)', async () => {
    const dir = tempDir();
    const path = writeTemp(dir, 'empty.zip', buildZip([]));
    const r = await rdpdiag(['analyze', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/empty\.zip: the archive holds no log \(\.evtx \.xml \.zip .*\.tgz\)/);
  });

  it('an .evtx entry is parsed as it is inflated: the same events as the file, no random access asked', async () => {
    const logs: [string, Buffer][] = [
      [
        'built.evtx',
        evtxOf(Array.from({ length: 40 }, (_, i) => failedLogon(BigInt(i + 1), filetimeOf('2024-05-02T09:00:00Z')))),
      ],
    ];
    // A real multi-chunk log when the corpus is there.
    if (HAVE_CORPUS) logs.push(['corpus.evtx', readFileSync(corpusPath(CORPUS_EVTX))]);
    for (const [name, evtx] of logs) {
      const direct = await eventsOf(memoryInput(name, evtx));
      const zip = buildZip([{ name, data: evtx }]);
      const { inputs } = await open(zip);
      expect(inputs[0].random).toBeUndefined();
      const streamed = await eventsOf(inputs[0]);
      expect(streamed.length).toBe(direct.length);
      expect(streamed.map(({ source, ...e }) => e)).toEqual(direct.map(({ source, ...e }) => e));
      expect(streamed.length).toBeGreaterThan(0);
    }
  });
});

describe('an .evtx read in order (an archive entry, a pipe)', () => {
  it('gives its first events before the rest is read: never held whole in memory', async () => {
    const file = evtxOf(
      Array.from({ length: 20 }, (_, i) => failedLogon(BigInt(i + 1), filetimeOf('2024-05-02T09:00:00Z'))),
    );
    const chunk = file.subarray(4096, 4096 + 65536);
    const evtx = Buffer.concat([file, chunk, chunk, chunk]);
    let pulled = 0;
    const pieces = Math.ceil(evtx.length / 4096);
    async function* stream() {
      for (let at = 0; at < evtx.length; at += 4096) {
        pulled++;
        yield evtx.subarray(at, at + 4096);
      }
    }
    let pulledAtFirst = -1;
    for await (const batch of readEvtx(streamInput('piped.evtx', stream()), { warn: () => {} })) {
      if (pulledAtFirst < 0 && batch.length) pulledAtFirst = pulled;
    }
    expect(pulledAtFirst).toBeGreaterThan(0);
    expect(pulledAtFirst).toBeLessThan(pieces / 2);
  });
});

const CORPUS_EVTX = 'omerbenamram__evtx/samples/Security_short_selected.evtx';

async function eventsOf(source: InputSource): Promise<NormalizedEvent[]> {
  const out: NormalizedEvent[] = [];
  for await (const batch of readEvtx(source, { warn: () => {} })) out.push(...batch);
  return out;
}

describe('a forged size beside good entries (issue #51, round 2 left over)', () => {
  it('the entry whose data would run past the end is skipped with its offset; the good entry after it is read', async () => {
    const zip = buildZip([
      { name: 'a-forged.xml', data: smallLog(1), store: true },
      { name: 'b-good.xml', data: smallLog(2) },
    ]);
    // The first central-directory record's packed size: 4 GiB less a little, as a hostile zip64 size would say.
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(0xfffffff0, central + 20);
    const { inputs, warnings } = await openZip('f.zip', memoryBytes(zip), newArchiveBudget());
    expect(inputs.map((i) => i.name)).toEqual(['f.zip/b-good.xml']);
    expect(warnings.map((w) => [w.code, w.offset])).toEqual([['zip-entry-skipped', 0]]);
    expect(warnings[0]!.message).toMatch(/a-forged\.xml.*run past the end of the archive/);
  });
});

/**
 * `zip`'s central record `index` with its sizes and offset moved to a zip64 extra field (0x0001), as a zip64 writer
 * puts them: `values` the (size, packed size, offset) it says there.
 */
function withZip64Extra(zip: Buffer, index: number, values: [bigint, bigint, bigint]): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const dirStart = zip.readUInt32LE(eocd + 16);
  let at = dirStart;
  for (let i = 0; i < index; i++)
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  const nameEnd = at + 46 + zip.readUInt16LE(at + 28);
  const extra = Buffer.alloc(4 + 24);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(24, 2);
  for (const [i, v] of values.entries()) extra.writeBigUInt64LE(v, 4 + 8 * i);
  const out = Buffer.concat([zip.subarray(0, nameEnd), extra, zip.subarray(nameEnd)]);
  out.writeUInt32LE(0xffffffff, at + 20);
  out.writeUInt32LE(0xffffffff, at + 24);
  out.writeUInt32LE(0xffffffff, at + 42);
  out.writeUInt16LE(extra.length, at + 30);
  out.writeUInt32LE(out.readUInt32LE(eocd + extra.length + 12) + extra.length, eocd + extra.length + 12);
  return out;
}

describe('hostile zip64 sizes beside a good entry (issue #51, round 2 left over)', () => {
  for (const [what, values] of [
    ['a packed size past the end', [100n, 2n ** 40n, 0n]],
    ['a size past 2^53', [2n ** 60n + 1n, 400n, 0n]],
    ['an offset past the end', [100n, 100n, 2n ** 45n]],
    ['every field at its largest', [2n ** 64n - 1n, 2n ** 64n - 1n, 2n ** 64n - 1n]],
  ] as const)
    it(`${what}: that entry skipped with a warning, the good entry read`, async () => {
      const zip = buildZip([
        { name: 'a-hostile.xml', data: smallLog(1), store: true },
        { name: 'b-good.xml', data: smallLog(2) },
      ]);
      const { inputs, warnings } = await open(withZip64Extra(zip, 0, [...values]));
      expect(inputs.map((i) => i.name)).toEqual(['case.zip/b-good.xml']);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.message).toMatch(/a-hostile\.xml/);
    });

  it('a zip64 entry that tells the truth is read', async () => {
    const zip = buildZip([{ name: 'a.xml', data: smallLog(1), store: true }]);
    const size = BigInt(smallLog(1).length);
    const { inputs, warnings } = await open(withZip64Extra(zip, 0, [size, size, 0n]));
    expect(warnings).toEqual([]);
    expect(inputs.map((i) => i.name)).toEqual(['case.zip/a.xml']);
  });
});
