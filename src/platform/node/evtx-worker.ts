/**
 * Worker thread of the parallel .evtx reader (`parallel-evtx.ts`): parses the byte ranges it is sent
 * (whole 64 KiB blocks) and answers with each range's records already formatted, its warnings and counts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import './native.js';
import { ChunkParser, CHUNK_SIZE } from '../../../parsers/evtx/index.js';
import { parseBlock } from '../../../parsers/evtx/index.js';
import type { InputWarning } from '../../model/event.js';
import { openFileInput } from './file-source.js';
import { describeFsError, InputFileError } from '../../model/reader.js';
import type { RandomAccessBytes } from '../../model/source.js';
import { RECORD_FORMATTERS, type RangeRequest, type RangeResult, type WorkerSetup } from './parallel-evtx.js';

const { path, format } = workerData as WorkerSetup;
const formatRecord = RECORD_FORMATTERS[format];
let warnings: InputWarning[] = [];
const parser = new ChunkParser(new Uint8Array(0), { file: path, warn: (w) => warnings.push(w) });
let bytes: RandomAccessBytes | undefined;
let buf = new Uint8Array(0);
const encoder = new TextEncoder();
const NO_BYTES = new Uint8Array(0);
/** A range's output buffer to start with (a range of System records writes about 0.8 of its size as JSON). */
const OUT_START = 2 * 1024 * 1024;

async function parseRange({ id, from, to }: RangeRequest): Promise<RangeResult> {
  warnings = [];
  try {
    if (!bytes) {
      try {
        bytes = (await openFileInput(path)).random;
      } catch (err) {
        throw new InputFileError(path, `cannot open ${path}: ${describeFsError(err)}`, { offset: 0 });
      }
      if (!bytes) throw new InputFileError(path, `cannot read ${path} at positions`, { offset: 0 });
    }
    if (buf.length < to - from) buf = new Uint8Array(to - from);
    const length = await bytes.read(buf, from, to - from).catch((err: unknown) => {
      throw new InputFileError(path, `cannot read ${path} at offset ${from}: ${describeFsError(err)}`, {
        offset: from,
      });
    });
    // Each chunk's records are encoded as they are formatted, into one buffer per range (handed over
    // whole): no string of the whole range is ever built.
    let out = new Uint8Array(OUT_START);
    let used = 0;
    let records = 0;
    for (let rel = 0; rel < length; rel += CHUNK_SIZE) {
      const block = buf.subarray(rel, Math.min(rel + CHUNK_SIZE, length));
      const events = parseBlock(parser, block, from + rel, path, (w) => warnings.push(w));
      records += events.length;
      let text = '';
      for (const e of events) text += formatRecord(e);
      // UTF-8 takes at most 3 bytes per UTF-16 code unit.
      if (used + text.length * 3 > out.length) {
        const grown = new Uint8Array(Math.max(out.length * 2, used + text.length * 3));
        grown.set(out.subarray(0, used));
        out = grown;
      }
      used += encoder.encodeInto(text, out.subarray(used)).written;
    }
    return { id, bytes: out.subarray(0, used), records, warnings };
  } catch (err) {
    if (err instanceof InputFileError)
      return { id, bytes: NO_BYTES, records: 0, warnings, error: err.message, position: err.position };
    return { id, bytes: NO_BYTES, records: 0, warnings, fatal: (err as Error)?.stack ?? String(err) };
  }
}

parentPort!.on('message', (request: RangeRequest | 'close') => {
  if (request === 'close') {
    void Promise.resolve(bytes?.close?.()).finally(() => parentPort!.close());
    return;
  }
  // The bytes' buffer is handed over, not copied (a fresh one per range; the empty one is not moved).
  void parseRange(request).then((result) =>
    parentPort!.postMessage(result, result.bytes.length ? [result.bytes.buffer as ArrayBuffer] : []),
  );
});
