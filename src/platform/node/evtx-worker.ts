/**
 * Worker thread of the parallel .evtx reader (`parallel-evtx.ts`): formats the ranges it is sent (whole
 * 64 KiB blocks), one after the other, and answers with each range's records as UTF-8, its warnings and counts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type RangeRequest, RangeFormatter, type WorkerSetup } from './parallel-evtx.js';

const { path, at, format } = workerData as WorkerSetup;
const formatter = new RangeFormatter(path, format, at);
parentPort!.on('message', (request: RangeRequest) => {
  const result = formatter.format(request);
  // The bytes' buffer is handed over, not copied (the shared empty one is not moved).
  parentPort!.postMessage(result, result.bytes.buffer.byteLength ? [result.bytes.buffer as ArrayBuffer] : []);
});
