/**
 * A text file's lines, read as a stream (a shard file for `merge`): never held whole, and no line held past
 * `maxLineBytes` (a file of no line breaks, `/dev/zero`, is refused at that length, not read into memory). Only a
 * regular file is read: a FIFO or a device would block or never end. With `long`, a line past `long.over` bytes is
 * what `long.kind` says of its first bytes: one to be read from the file again, piece by piece (`LongLine`, never
 * held), one to hold up to `maxLineBytes` as any, or one refused at once.
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

export interface LongLine {
  /** Its 1-based line. */
  line: number;
  /** Its bytes, from the file again on each call. */
  read(): AsyncIterable<Uint8Array>;
}

export interface LongLines {
  over: number;
  /** `refuse`: what the line is not, for the error. */
  kind(head: Uint8Array): 'read again' | 'hold' | { refuse: string };
}

export async function* readLines(
  path: string,
  maxLineBytes: number,
  long?: LongLines,
): AsyncIterable<string | LongLine> {
  const s = await stat(path);
  if (s.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
  if (!s.isFile()) throw new LineReadError('not a regular file (a pipe or a device): give the file itself', 0);
  const decoder = new TextDecoder();
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  let line = 1;
  // Where the file's chunk and the line begin; a long line to read again is no longer held, only measured.
  let offset = 0;
  let lineStart = 0;
  let readAgain = false;
  let limit = long ? Math.min(long.over, maxLineBytes) : maxLineBytes;
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
  /** The line past `limit`: read again, held on, or refused. */
  const tooLongFor = (more: Uint8Array): void => {
    if (long && !readAgain && limit < maxLineBytes) {
      const kind = long.kind(Buffer.concat([...held, more]).subarray(0, 64));
      if (kind === 'read again') {
        readAgain = true;
        held = [];
        return;
      }
      if (kind === 'hold') {
        limit = maxLineBytes;
        if (heldBytes + more.length <= limit) return;
      }
      if (typeof kind === 'object') throw tooLong(line, long.over, kind.refuse);
    }
    throw tooLong(line, maxLineBytes);
  };
  const lineEnd = (end: number): LongLine => {
    const start = lineStart;
    readAgain = false;
    held = [];
    heldBytes = 0;
    limit = long ? Math.min(long.over, maxLineBytes) : maxLineBytes;
    return { line, read: () => createReadStream(path, { start, end: end - 1 }) };
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let at = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, at);
      if (nl < 0) break;
      if (!readAgain && heldBytes + nl - at > limit) tooLongFor(chunk.subarray(at, nl));
      if (readAgain) yield lineEnd(offset + nl);
      else yield take(chunk.subarray(at, nl));
      line++;
      at = nl + 1;
      lineStart = offset + at;
    }
    if (at < chunk.length) {
      if (!readAgain && heldBytes + chunk.length - at > limit) tooLongFor(chunk.subarray(at));
      heldBytes += chunk.length - at;
      if (!readAgain) held.push(chunk.subarray(at));
    }
    offset += chunk.length;
  }
  if (readAgain) yield lineEnd(offset);
  else if (heldBytes) yield take(new Uint8Array(0));
}

function tooLong(line: number, max: number, what?: string): LineReadError {
  const text = `line ${line} is longer than ${max >= 1024 ** 2 ? `${Math.round(max / 1024 ** 2)} MiB` : `${max} bytes`}`;
  return new LineReadError(what ? `${text} and ${what}` : text, line);
}
