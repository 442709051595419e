import {
  closeSync,
  constants,
  createReadStream,
  fstatSync,
  openSync,
  type ReadStream,
  readSync,
  type Stats,
} from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import {
  type InputSource,
  type InputToOpen,
  memoryInput,
  randomAccessInput,
  specialFileKind,
  streamInput,
} from '../../model/source.js';
import { splitJsonOnWorker } from './json-split.js';
import { fsPath } from './raw-paths.js';

/** How an input is opened. */
export interface OpenChoices {
  /**
   * A JSON export of at least this many bytes is cut into records on a worker thread (`InputSource.splitJson`,
   * ./json-split.ts); absent, never.
   */
  splitJsonFrom?: number;
}

/** Opening never waits: a named pipe without a writer would block `open` forever without it. */
const OPEN_FLAGS = process.platform === 'win32' ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NONBLOCK;

/** A file that is not a regular file (a named pipe, a device, a socket): refused at once, never read. */
export class NotAFileError extends Error {
  readonly code = 'ENOTREGULAR';
  constructor(path: string, info: Stats) {
    const pipe = info.isFIFO() ? `; to read a pipe, redirect it to standard input: rdpdiag analyze - < ${path}` : '';
    super(`is ${specialFileKind(info)}, not a regular file: not read (it could block or never end)${pipe}`);
  }
}

/**
 * `/dev/stdin`, `/dev/fd/N`, `/proc/self/fd/N`: a descriptor the program already holds (a shell's pipe,
 * `<(…)`), read as it is instead of opened again (opening a pipe again could wait for a writer forever).
 */
function inheritedDescriptor(path: string): number | undefined {
  if (process.platform === 'win32') return undefined;
  if (path === '/dev/stdin') return 0;
  const m = /^\/(?:dev\/fd|proc\/self\/fd)\/(\d{1,9})$/.exec(path);
  return m ? Number(m[1]) : undefined;
}

/** `path` opened, and its handle's stat (the handle closed when that fails). */
async function openStat(path: string): Promise<{ handle: FileHandle; info: Stats }> {
  const handle = await open(fsPath(path), OPEN_FLAGS);
  const info = await handle.stat().catch(async (err) => {
    await handle.close();
    throw err;
  });
  return { handle, info };
}

/**
 * Opens a regular file for reading without ever waiting (a file swapped for a named pipe after it was
 * looked at must not block `open`, nor Ctrl-C with it): opened non-blocking, then refused with a
 * NotAFileError unless the opened descriptor is a regular file.
 */
export async function openRegularFile(path: string): Promise<FileHandle> {
  const { handle, info } = await openStat(path);
  if (!info.isFile()) {
    await handle.close();
    throw new NotAFileError(path, info);
  }
  return handle;
}

/**
 * Files up to this size are read whole with synchronous calls: a folder of 100,000 small exports would
 * otherwise spend most of its time waiting for the thread pool's round trips (stat, open, fstat, read,
 * close) rather than reading.
 */
const SMALL_FILE = 1 << 20;

/**
 * A regular file of at most SMALL_FILE bytes, read whole (opened without waiting, as every input is);
 * undefined for a larger file, anything that is not a regular file or a path that cannot be opened, which
 * the caller opens its own way (and refuses with its own error).
 */
function readSmallFile(path: string): { data: Uint8Array; modified: number } | undefined {
  let fd: number;
  try {
    fd = openSync(fsPath(path), OPEN_FLAGS);
  } catch {
    return undefined; // opened again by the caller, whose errors say what the path is
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > SMALL_FILE) return undefined;
    const data = new Uint8Array(info.size);
    let done = 0;
    while (done < data.length) {
      const n = readSync(fd, data, done, data.length - done, done);
      if (n === 0) break;
      done += n;
    }
    return { data: done === data.length ? data : data.subarray(0, done), modified: info.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/**
 * A file as an input, read at any position. Anything that is not a regular file (a named pipe, a device,
 * a socket) is refused at once with a NotAFileError, before it is opened and again after (opened without
 * waiting). An inherited descriptor (`/dev/stdin`, `/dev/fd/N`) is read once, in order, never sought.
 * Throws the file-system error.
 */
export async function openFileInput(path: string, choices: OpenChoices = {}): Promise<InputSource> {
  const fd = inheritedDescriptor(path);
  if (fd !== undefined) return descriptorInput(path, fd);
  const splitFrom = choices.splitJsonFrom;
  const small = splitFrom !== undefined && splitFrom <= SMALL_FILE ? undefined : readSmallFile(path);
  if (small) return { ...memoryInput(path, small.data), pathSeparator: sep, modified: small.modified };
  const before = await stat(fsPath(path));
  if (!before.isFile() && !before.isDirectory()) throw new NotAFileError(path, before);
  const { handle, info } = await openStat(path);
  if (!info.isFile()) {
    await handle.close();
    if (info.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
    throw new NotAFileError(path, info);
  }
  let closed = false;
  const input = randomAccessInput(path, {
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
  if (splitFrom !== undefined && info.size >= splitFrom)
    return {
      ...input,
      pathSeparator: sep,
      modified: info.mtimeMs,
      splitJson: (setup) => splitJsonOnWorker(handle.fd, info.size, setup),
    };
  return { ...input, pathSeparator: sep, modified: info.mtimeMs };
}

/**
 * A regular file opened for reading at positions on the calling thread (for a worker thread that reads
 * its own ranges: no libuv pool in between), opened without waiting as `openFileInput` opens; anything
 * else throws NotAFileError (a folder too), the file system's errors as they are. `at`: what node:fs is
 * given (the name's bytes when it is not UTF-8: a worker thread is handed them, as it has no `fsPath`).
 */
export function openPositionalSync(
  path: string,
  at: string | Uint8Array = fsPath(path),
): {
  read(into: Uint8Array, position: number, length: number): number;
  close(): void;
} {
  const fd = openSync(typeof at === 'string' ? at : Buffer.from(at), OPEN_FLAGS);
  const info = fstatSync(fd);
  if (!info.isFile()) {
    closeSync(fd);
    throw new NotAFileError(path, info);
  }
  return {
    read: (into, position, length) => readFully(fd, into, position, length),
    close: () => closeSync(fd),
  };
}

/**
 * Reads `length` bytes of the open file `fd` at `position` into the start of `into`, in as many reads as it takes;
 * returns how many it read, fewer only where the file ends.
 */
export function readFully(fd: number, into: Uint8Array, position: number, length: number): number {
  let done = 0;
  while (done < length) {
    const n = readSync(fd, into, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

/**
 * An inherited descriptor as an input: a stream, read in order. The stream is made on the first read, so
 * that opening and closing the input unread (to look at what it is) leaves the descriptor open.
 */
function descriptorInput(path: string, fd: number): InputSource {
  fstatSync(fd); // a descriptor that is not open fails here (EBADF), as a missing file would
  // Descriptor 0 is read through process.stdin: once that stream exists, the pipe is non-blocking and a
  // file stream on it fails with EAGAIN.
  if (fd === 0) return streamInput(path, process.stdin);
  let stream: ReadStream | undefined;
  let it: AsyncIterator<Uint8Array> | undefined;
  const lazy: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: () => ({
      next() {
        stream ??= createReadStream('', { fd, autoClose: false, highWaterMark: 64 * 1024 });
        it ??= stream[Symbol.asyncIterator]();
        return it.next();
      },
    }),
  };
  return { ...streamInput(path, lazy), close: async () => void stream?.destroy() };
}

/** What standard input is called in messages and reports. */
export const STDIN_NAME = '(stdin)';

/** Standard input as one input (read once, in order). */
export function stdinInput(): InputSource {
  return streamInput(STDIN_NAME, process.stdin);
}

/** The name that stands for standard input on the command line. */
export const STDIN = '-';

/** Opens what a user named: a file, a pipe or device, or `-` for standard input. */
export function openInput(path: string, choices: OpenChoices = {}): Promise<InputSource> {
  return path === STDIN ? Promise.resolve(stdinInput()) : openFileInput(path, choices);
}

/** A path named on the command line as an input of the core, opened when its turn comes. */
export function pathInput(path: string, choices: OpenChoices = {}): InputToOpen {
  return { name: path, open: () => openInput(path, choices) };
}
