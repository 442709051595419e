/**
 * Following a wrapped .evtx of more than 256 chunks (more than one call's worth): every record is handed
 * on once, keyed on what was really handed on, not "every id below the highest seen dropped" (40,597 of
 * 68,763 records were read before). The file is made here: 300 chunks, the newest 40 at its start.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvtxTail } from '../../src/follow/evtx-tail.js';
import { RecordDeduper } from '../../src/follow/dedupe.js';
import { EmittedRecords } from '../../src/model/record-id.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { tempDir } from '../helpers/collect.js';
import { buildChunk, buildFile, plainRecord } from '../parsers/evtx/builder.js';
import { CHUNK, HEADER, ManualFollow, writeAt } from './helpers.js';

const PER_CHUNK = 3;
const CHUNKS = 300;
const WRAPPED_AT = 40;

const record = plainRecord;
/** The `seq`-th chunk the log ever wrote: records seq·3+1 … seq·3+3. */
const chunk = (seq: number) =>
  buildChunk(
    Array.from({ length: PER_CHUNK }, (_, i) => record(seq * PER_CHUNK + i + 1)),
    seq * PER_CHUNK + 1,
  );

/** Slot i holds chunk (i - WRAPPED_AT) mod CHUNKS: the log has gone round once, 40 chunks into its second turn. */
function wrappedLog(): string {
  const slots = Array.from({ length: CHUNKS }, (_, i) => chunk((i - WRAPPED_AT + CHUNKS) % CHUNKS));
  const path = join(tempDir(), 'Security.evtx');
  writeFileSync(path, buildFile(slots));
  return path;
}

const ids = (events: NormalizedEvent[]) => events.map((e) => Number(e.recordId));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Polls until nothing more is pending; each poll's events through the follower's de-duplication apart. */
async function drain(
  tail: EvtxTail,
  deduper: RecordDeduper,
): Promise<{ polls: NormalizedEvent[][]; passed: number[] }> {
  const polls: NormalizedEvent[][] = [];
  const passed: number[] = [];
  for (let i = 0; i < 100; i++) {
    const r = await tail.poll();
    polls.push(r.events);
    passed.push(...ids(deduper.filter(r.events)));
    if (!r.more) break;
  }
  return { polls, passed };
}

describe('following a wrapped .evtx of more than 256 chunks', () => {
  it('hands on every record once, oldest chunks first, over as many polls as it takes', async () => {
    const path = wrappedLog();
    const tail = new EvtxTail(path, () => {});
    const deduper = new RecordDeduper();
    const { polls, passed } = await drain(tail, deduper);
    expect(polls.length).toBe(2); // 256 chunks, then the 44 left
    expect(ids(polls[0])).toEqual(range(1, 256 * PER_CHUNK)); // the oldest first, although they sit after the newest
    const all = ids(polls.flat());
    expect(all).toEqual(range(1, CHUNKS * PER_CHUNK));
    expect(passed).toEqual(all); // nothing taken for a record already handed on
    expect(deduper.duplicates).toBe(0);
    expect((await tail.poll()).events).toEqual([]);

    // The log goes on round: slots 40–49 rewritten with chunks 300–309; only those records come.
    for (let seq = CHUNKS; seq < CHUNKS + 10; seq++)
      writeAt(path, HEADER + (seq - CHUNKS + WRAPPED_AT) * CHUNK, chunk(seq));
    const next = await drain(tail, deduper);
    expect(next.passed).toEqual(range(CHUNKS * PER_CHUNK + 1, (CHUNKS + 10) * PER_CHUNK));
    expect(deduper.duplicates).toBe(0);
  });

  it('through the follower (format told from the content, every poll of the backlog): every record', async () => {
    const follow = new ManualFollow([wrappedLog()]);
    await follow.step();
    expect(ids(follow.read).sort((a, b) => a - b)).toEqual(range(1, CHUNKS * PER_CHUNK));
    expect(follow.deduper.duplicates).toBe(0);
  });

  it('the de-duplication drops what it handed on, whatever the order, and lets late records through', () => {
    const e = new EmittedRecords();
    expect([5, 6, 7].map((id) => e.take(id, 100))).toEqual([true, true, true]);
    expect(e.take(1, 50)).toBe(true); // older, late: never handed on
    expect(e.take(6, 100)).toBe(false); // handed on already
    expect(e.take(6, 200)).toBe(true); // the same id, later: a cleared log's new record
    expect(e.take(6, 200)).toBe(false);
    for (let id = 2; id <= 4; id++) e.take(id, 60);
    expect(e.ranges).toBe(1); // 1–7 in one range
    expect(e.take('18446744073709551615', 1)).toBe(true);
    expect(e.take('18446744073709551615', 1)).toBe(false);
  });

  it('memory stays a few ranges for consecutive ids, and bounded for scattered ones', () => {
    const e = new EmittedRecords();
    for (let id = 1; id <= 100_000; id++) e.take(id, id);
    expect(e.ranges).toBe(1);
    const scattered = new EmittedRecords();
    for (let id = 0; id < 20_000; id++) scattered.take(id * 2, id);
    expect(scattered.ranges).toBeLessThanOrEqual(4096);
  });
});
