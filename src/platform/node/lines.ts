/**
 * A text file's lines, read as a stream (a shard file for `merge`): never held whole, and no line held past
 * `maxLineBytes` (a file of no line breaks, `/dev/zero`, is refused at that length, not read into memory). Only a
 * regular file is read: a FIFO or a device would block or never end.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/** A line over the limit, or a path that is no regular file: `line` is the 1-based line, 0 for the latter. */
export class LineReadError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export async function* readLines(path: string, maxLineBytes: number): AsyncIterable<string> {
  const s = await stat(path);
  if (s.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
  if (!s.isFile()) throw new LineReadError('not a regular file (a pipe or a device): give the file itself', 0);
  const decoder = new TextDecoder();
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  let line = 1;
  const take = (last: Uint8Array): string => {
    const text =
      held.length === 0
        ? decoder.decode(last)
        : held.length === 1 && last.length === 0
          ? decoder.decode(held[0])
          : decoder.decode(Buffer.concat([...held, last]));
    held = [];
    heldBytes = 0;
    return text;
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let at = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, at);
      if (nl < 0) break;
      if (heldBytes + nl - at > maxLineBytes) throw tooLong(line, maxLineBytes);
      yield take(chunk.subarray(at, nl));
      line++;
      at = nl + 1;
    }
    if (at < chunk.length) {
      heldBytes += chunk.length - at;
      if (heldBytes > maxLineBytes) throw tooLong(line, maxLineBytes);
      held.push(chunk.subarray(at));
    }
  }
  if (heldBytes) yield take(new Uint8Array(0));
}

function tooLong(line: number, max: number): LineReadError {
  return new LineReadError(`line ${line} is longer than ${Math.round(max / 1024 ** 2)} MiB`, line);
}
