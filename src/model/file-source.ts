import { open } from 'node:fs/promises';
import { type InputSource, randomAccessInput, streamInput } from './source.js';

/**
 * A file as an input: a regular file is read at any position; anything else (a pipe, `/dev/stdin`, a
 * FIFO, a character device) is read once, in order, never sought. Throws the file-system error.
 */
export async function openFileInput(path: string): Promise<InputSource> {
  const handle = await open(path, 'r');
  const info = await handle.stat().catch(async (err) => {
    await handle.close();
    throw err;
  });
  if (!info.isFile()) {
    const stream = handle.createReadStream({ highWaterMark: 64 * 1024 });
    return { ...streamInput(path, stream), close: async () => void stream.destroy() };
  }
  let closed = false;
  return randomAccessInput(path, {
    size: info.size,
    async read(into, position, length) {
      let done = 0;
      while (done < length) {
        const { bytesRead } = await handle.read(into, done, length - done, position + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return done;
    },
    async close() {
      if (closed) return;
      closed = true;
      await handle.close();
    },
  });
}

/** What standard input is called in messages and reports. */
export const STDIN_NAME = '(stdin)';

/** Standard input as one input (read once, in order). */
export function stdinInput(): InputSource {
  return streamInput(STDIN_NAME, process.stdin);
}
