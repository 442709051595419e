/**
 * Worker thread of the parallel .evtx reader (`parallel-evtx.ts`): formats the ranges it is sent (whole
 * 64 KiB blocks), one after the other, and answers with each range's records as UTF-8, its warnings and counts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type RangeRequest, RangeFormatter, type WorkerSetup } from './parallel-evtx.js';

const { path, at, format } = workerData as WorkerSetup;
const formatter = new RangeFormatter(path, format, at, true);
parentPort!.on('message', (request: RangeRequest) => {
  // No transfer list: the bytes are in shared memory (a transfer would detach a buffer and slow this
  // thread's parsing for good: see OUT_START in parallel-evtx.ts).
  parentPort!.postMessage(formatter.format(request));
});
