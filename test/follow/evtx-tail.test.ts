import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEvtx } from '../../src/platform/node/files.js';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { EvtxTail } from '../../src/follow/evtx-tail.js';
import { compareEvents } from '../../src/ingest/timeline.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { collect, tempDir } from '../helpers/collect.js';
import { corpusPath, HAVE_CORPUS, NO_CORPUS_REASON } from '../helpers/corpus.js';
import {
  CHUNK,
  chunkOf,
  chunkRecords,
  fileHeader,
  HEADER,
  lateProofAsUnknown,
  ManualFollow,
  partialChunk,
  verdict,
  writeAt,
} from './helpers.js';

const RDPCORE =
  'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win10/BelkasoftCTF_InsiderThreat/BelkasoftCTF_InsiderThreat/Microsoft-Windows-RemoteDesktopServices-RdpCoreTS%4Operational.evtx';

if (!HAVE_CORPUS) console.warn(NO_CORPUS_REASON);

/**
 * The corpus log has wrapped already: slots 3–15 hold records 317–1669 (oldest first), slots 0–2 the
 * newest (1670–1906). Replayed as the service wrote it: the old chunks fill the file from slot 0, then
 * the log wraps and the newest chunks overwrite slots 0 and 1.
 */
function stages(original: Buffer): { name: string; write: (path: string) => void }[] {
  const old = (i: number) => chunkOf(original, i + 3); // i-th oldest chunk
  const header = (chunks: number, last: number, next: number) => fileHeader(original, chunks, last, next);
  const nRecords = (c: Buffer) => chunkRecords(c).length;
  return [
    {
      name: 'a first chunk, partly written',
      write: (p) => writeFileSync(p, Buffer.concat([header(1, 0, 0), partialChunk(old(0), 20)])),
    },
    {
      name: 'more records in the current chunk',
      write: (p) => writeAt(p, HEADER, partialChunk(old(0), nRecords(old(0)) - 10)),
    },
    { name: 'the chunk completed', write: (p) => writeAt(p, HEADER, old(0)) },
    {
      name: 'new chunks',
      write: (p) => {
        for (let i = 1; i <= 6; i++) writeAt(p, HEADER + i * CHUNK, old(i));
        writeAt(p, 0, header(7, 6, 0));
      },
    },
    {
      name: 'the file full',
      write: (p) => {
        for (let i = 7; i <= 12; i++) writeAt(p, HEADER + i * CHUNK, old(i));
        writeAt(p, 0, header(13, 12, 0));
      },
    },
    {
      name: 'wrap: slot 0 reused, partly written',
      write: (p) => writeAt(p, HEADER, partialChunk(chunkOf(original, 0), 30)),
    },
    {
      name: 'wrap: slot 0 rewritten',
      write: (p) => {
        writeAt(p, HEADER, chunkOf(original, 0));
        writeAt(p, 0, header(13, 0, 0));
      },
    },
    {
      name: 'wrap: slot 1 reused',
      write: (p) => {
        writeAt(p, HEADER + CHUNK, chunkOf(original, 1));
        writeAt(p, 0, header(13, 1, 0));
      },
    },
  ];
}

async function recordsOf(chunks: Buffer[]): Promise<NormalizedEvent[]> {
  const dir = tempDir();
  const path = join(dir, 'whole.evtx');
  writeFileSync(path, Buffer.concat([Buffer.alloc(HEADER), ...chunks]));
  const b = readFileSync(path);
  Buffer.from('ElfFile\0', 'latin1').copy(b, 0);
  writeFileSync(path, b);
  return (await collect(readEvtx, path)).events;
}

describe.skipIf(!HAVE_CORPUS)('following a growing .evtx (corpus RdpCoreTS log written in stages)', () => {
  it('hands on every record once, in record order: new records, new chunks, and the wrap that reuses the first chunk', async () => {
    const original = readFileSync(corpusPath(RDPCORE));
    const path = join(tempDir(), 'RdpCoreTS.evtx');
    const tail = new EvtxTail(path, () => {});
    const seen: number[] = [];
    for (const s of stages(original)) {
      s.write(path);
      const r = await tail.poll();
      expect(r.events.length, s.name).toBeGreaterThan(0);
      seen.push(...r.events.map((e) => Number(e.recordId)));
      expect((await tail.poll()).events, `${s.name}: nothing twice`).toEqual([]);
    }
    const expected = (
      await recordsOf([
        ...Array.from({ length: 13 }, (_, i) => chunkOf(original, i + 3)),
        chunkOf(original, 0),
        chunkOf(original, 1),
      ])
    ).map((e) => Number(e.recordId));
    expect(seen).toEqual([...expected].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen[0]).toBe(317);
    expect(seen[seen.length - 1]).toBe(1850);
  });

  it('reports each attempt once, in order, with the offline outcome and cause', async () => {
    const original = readFileSync(corpusPath(RDPCORE));
    const path = join(tempDir(), 'RdpCoreTS.evtx');
    const f = new ManualFollow([path]);
    const perStage: number[] = [];
    for (const s of stages(original)) {
      s.write(path);
      perStage.push((await f.step(200)).length);
    }
    f.advance(120_000);
    const events = [...f.read].sort(compareEvents);
    const offline = analyzeEvents(events).attempts.map(verdict);
    const live = f.reported.map(verdict);
    expect(live.length).toBeGreaterThan(5);
    expect(new Set(live).size).toBe(live.length);
    // The two logons RdpCoreTS proves (72 LogonNotify) come 0.2–0.3 s after the connection's first DisconnectNotify and
    // channel closes (148), then a session (66): following tells the attempt once, when those closes go quiet, before
    // its LogonNotify; offline proves it. A known gap of the live analyzer (LIVE_LATE_PROOF), told `unknown` live.
    const late = lateProofAsUnknown(offline, ['2020-08-01T21:17:21.5764242Z', '2020-08-01T22:55:27.3602967Z']);
    const liveLate = lateProofAsUnknown(live, ['2020-08-01T21:17:21.5764242Z', '2020-08-01T22:55:27.3602967Z']);
    expect(liveLate).toEqual(late.filter((v) => liveLate.includes(v) || !v.includes(' in-progress ')));
    // Attempts were reported as the stages arrived, not all at the end.
    expect(perStage.filter((n) => n > 0).length).toBeGreaterThan(2);
    expect(f.notes.filter((n) => n.startsWith('error'))).toEqual([]);
  });

  it('reads a replaced or truncated file again from its start without reporting anything twice', async () => {
    const original = readFileSync(corpusPath(RDPCORE));
    const dir = tempDir();
    const path = join(dir, 'RdpCoreTS.evtx');
    const f = new ManualFollow([path]);
    const all = stages(original);
    for (const s of all.slice(0, 4)) {
      s.write(path);
      await f.step(200);
    }
    const before = f.read.length;
    // Replaced by a fresh export holding the same records plus more (a new file, renamed over the old one).
    const next = join(dir, 'new.evtx');
    for (const s of all.slice(0, 5)) s.write(next);
    const { renameSync } = await import('node:fs');
    renameSync(next, path);
    await f.step(200);
    expect(f.notes.some((n) => /replaced|truncated/.test(n))).toBe(true);
    const ids = f.read.map((e) => e.recordId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(f.read.length).toBeGreaterThan(before);
    // Truncated to its first stage: nothing new, nothing repeated.
    all[0].write(path);
    const r = await f.step(200);
    expect(r).toEqual([]);
    expect(new Set(f.read.map((e) => e.recordId)).size).toBe(f.read.length);
  });
});
