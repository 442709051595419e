/**
 * `dump`'s .evtx path (RangeFormatter: records written from their template's plan where it can, from their
 * event otherwise) against the event writer over the reader's events: the same bytes are expected.
 */
import { statSync } from 'node:fs';
import { expect } from 'vitest';
import type { NormalizedEvent } from '../../src/model/event.js';
import { readEvtx } from '../../src/platform/node/files.js';
import { RangeFormatter } from '../../src/platform/node/parallel-evtx.js';
import { dumpRecordWriter } from '../../src/report/event-dump.js';
import { Utf8Out } from '../../src/report/utf8-out.js';

type Format = 'jsonl' | 'xml';

/** What the event writer gives for every record of the file, and the events' count. */
async function viaEvents(file: string, format: Format): Promise<{ bytes: Uint8Array; records: number }> {
  const write = dumpRecordWriter(format);
  const out = new Utf8Out(1 << 16);
  let records = 0;
  for await (const batch of readEvtx(file, { warn() {} })) {
    for (const e of batch as NormalizedEvent[]) write(out, e);
    records += batch.length;
  }
  return { bytes: out.take(), records };
}

/**
 * What the range formatter gives for the whole file in ranges of 1 MiB, and how many records came from plans.
 * `refuse`: the formatter takes no record from its plan, so every one is run as an event by its template's
 * op (compiled lazily for a sink: see ChunkParser.template).
 */
function viaRanges(
  file: string,
  format: Format,
  refuse = false,
): { bytes: Uint8Array; records: number; planned: number } {
  const f = new RangeFormatter(file, format);
  const record = f.record.bind(f);
  let planned = 0;
  f.record = (system, plan, values) => {
    const written = !refuse && record(system, plan, values);
    if (written) planned++;
    return written;
  };
  const rawRecord = f.rawRecord.bind(f);
  f.rawRecord = (system, plan, values) => {
    const written = !refuse && rawRecord(system, plan, values);
    if (written) planned++;
    return written;
  };
  const size = statSync(file).size;
  const out = new Utf8Out(1 << 16);
  let records = 0;
  try {
    for (let from = 4096, id = 0; from < size; from += 1 << 20, id++) {
      const r = f.format({ id, from, to: Math.min(size, from + (1 << 20)) });
      expect(r.fatal).toBeUndefined();
      out.raw(r.bytes);
      records += r.records;
    }
  } finally {
    f.close();
  }
  return { bytes: out.take(), records, planned };
}

/**
 * Both ways give the same bytes in both formats; returns how many records came from plans. `refuse`: every
 * record is refused by the formatter's plan path (see viaRanges).
 */
export async function expectSameDump(file: string, refuse = false): Promise<{ records: number; planned: number }> {
  let result = { records: 0, planned: 0 };
  for (const format of ['jsonl', 'xml'] as const) {
    const want = await viaEvents(file, format);
    const got = viaRanges(file, format, refuse);
    expect(got.records).toBe(want.records);
    if (!Buffer.from(got.bytes).equals(Buffer.from(want.bytes))) {
      let at = 0;
      while (at < got.bytes.length && got.bytes[at] === want.bytes[at]) at++;
      const show = (b: Uint8Array) => Buffer.from(b.subarray(Math.max(0, at - 80), at + 80)).toString();
      expect(`${format} at byte ${at}: ${show(got.bytes)}`).toBe(`${format} at byte ${at}: ${show(want.bytes)}`);
    }
    result = { records: got.records, planned: got.planned };
  }
  return result;
}
