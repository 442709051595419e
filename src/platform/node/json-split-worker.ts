/**
 * Worker thread of `json-split.ts`: reads the file in the pieces `readSiem` reads, cuts each into records
 * with parsers/siem's cutter and posts them, waiting while `ahead` pieces are not yet taken.
 */
import { readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { JsonPieceSplitter } from '../../../parsers/siem/index.js';
import type { SplitJsonPiece } from '../../model/source.js';
import { STOP, type SplitMessage, type SplitWorkerSetup, TAKEN } from './json-split-protocol.js';

function run(setup: SplitWorkerSetup): void {
  const state = new Int32Array(setup.state);
  const splitter = new JsonPieceSplitter(setup);
  let posted = 0;
  const post = (m: SplitMessage) => parentPort!.postMessage(m);
  /** Posts a piece once fewer than `ahead` wait; false when the main thread said stop. */
  const postPiece = (piece: SplitJsonPiece): boolean => {
    for (;;) {
      if (Atomics.load(state, STOP)) return false;
      const taken = Atomics.load(state, TAKEN);
      if (posted - taken < setup.ahead) break;
      Atomics.wait(state, TAKEN, taken);
    }
    post({ piece });
    posted++;
    return true;
  };
  try {
    const { fd, size, start } = setup;
    const buffer = new Uint8Array(Math.min(setup.pieceBytes, Math.max(1, size - start)));
    for (let at = start; at < size; ) {
      let n = 0;
      while (n < buffer.length) {
        const read = readSync(fd, buffer, n, buffer.length - n, at + n);
        if (read === 0) break;
        n += read;
      }
      if (n === 0) break;
      if (!postPiece(splitter.piece(buffer.subarray(0, n)))) return;
      at += n;
    }
    if (!postPiece(splitter.end())) return;
    post({ done: true });
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string') post({ error: { code, message: (err as Error).message } });
    else post({ fatal: (err as Error)?.stack ?? String(err) });
  }
}

run(workerData as SplitWorkerSetup);
