/**
 * The CLI's spill (src/model/spill.ts): a temporary file in its own folder under os.tmpdir(), created at the first
 * text put aside. Texts are gathered in a 1 MiB buffer and written in one call when it is full, and read back with
 * one read each. The folder goes when the run closes the spill, when the process exits, and on Ctrl-C or SIGTERM
 * (then the signal does what it would have); where a file open can be unlinked (not on Windows) the file is
 * unlinked at once, so not even a kill leaves it behind.
 */
import { statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { type Spill, SpillError } from '../../model/spill.js';
import { readFully } from './file-source.js';
import { openPrivateTempFile, type PrivateTempFile } from './temp-file.js';

const BUFFER_BYTES = 1 << 20;

export interface TempSpill extends Spill {
  /** Closes and removes the file and its folder (again: nothing). */
  close(): void;
}

/**
 * A private temporary file (./temp-file.ts) made at its first write, appended to and read at any position in full:
 * the spill's and the scratch copies' (./temp-scratch.ts). Any system error is the folder's (`unusable`, for `use`);
 * a failed write removes the file.
 */
export class LazyTempFile {
  private file: PrivateTempFile | undefined;
  /** Bytes written. */
  size = 0;

  constructor(
    private readonly prefix: string,
    private readonly name: string,
    private readonly use?: string,
  ) {}

  /** Appends the first `length` bytes of `bytes`, in as many writes as it takes. */
  append(bytes: Uint8Array, length = bytes.length): void {
    try {
      this.file ??= openPrivateTempFile(this.prefix, this.name);
      for (let at = 0; at < length; ) at += writeSync(this.file.fd, bytes, at, length - at, this.size + at);
    } catch (err) {
      this.remove();
      throw unusable(err, this.use);
    }
    this.size += length;
  }

  /** `length` bytes from `position` into the start of `into`: how many, fewer only where the file ends. */
  read(into: Uint8Array, position: number, length: number): number {
    if (!this.file) throw new Error(`the temporary file of ${this.name} was read after it was removed`);
    try {
      return readFully(this.file.fd, into, position, length);
    } catch (err) {
      throw unusable(err, this.use);
    }
  }

  /** Closes and removes the file and its folder (again: nothing). */
  remove(): void {
    this.file?.remove();
    this.file = undefined;
  }
}

export function tempSpill(): TempSpill {
  const file = new LazyTempFile('rdpdiag-spill-', 'attempts');
  let buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  let scratch = Buffer.allocUnsafe(64 * 1024);
  let offsets = new Float64Array(4096);
  let lengths = new Uint32Array(4096);
  let count = 0;
  const flush = () => {
    if (used === 0) return;
    file.append(buffer, used);
    used = 0;
  };
  return {
    put(text) {
      const bytes = Buffer.byteLength(text);
      if (count === offsets.length) {
        const o = new Float64Array(count * 2);
        o.set(offsets);
        offsets = o;
        const l = new Uint32Array(count * 2);
        l.set(lengths);
        lengths = l;
      }
      if (used + bytes > buffer.length) flush();
      if (bytes > buffer.length) buffer = Buffer.allocUnsafe(bytes);
      offsets[count] = file.size + used;
      lengths[count] = bytes;
      used += buffer.write(text, used);
      return count++;
    },
    get(handle) {
      const at = offsets[handle]!;
      const bytes = lengths[handle]!;
      const written = file.size;
      if (at >= written) return buffer.toString('utf8', at - written, at - written + bytes);
      if (bytes > scratch.length) scratch = Buffer.allocUnsafe(bytes);
      if (file.read(scratch, at, bytes) < bytes) throw new Error('the temporary file of attempts ends early');
      return scratch.toString('utf8', 0, bytes);
    },
    close: () => file.remove(),
  };
}

/**
 * Why the temporary folder cannot hold the spill (or what else rdpdiag puts there: `use`), naming it: what the user
 * can fix (TMPDIR), not a crash, and never taken for the input being read when it happened (a shard, an archive).
 * Any system error from making, writing or reading back rdpdiag's own file there is the folder's: the common ones
 * said in words, the others by their code. An error without a code (a bug) is passed on as it came.
 */
export function unusable(err: unknown, use = 'puts attempts aside there'): Error {
  let code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return err as Error;
  // Windows says a path through a file does not exist: the folder itself tells which.
  if (code === 'ENOENT' && statSync(tmpdir(), { throwIfNoEntry: false })?.isFile()) code = 'ENOTDIR';
  const why =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'it is full'
      : code === 'EROFS'
        ? 'it is read-only'
        : code === 'EACCES' || code === 'EPERM'
          ? 'not allowed to write in it'
          : code === 'ENOENT'
            ? 'it does not exist (or is a link to nothing)'
            : code === 'ENOTDIR'
              ? 'it is a file, not a folder'
              : code === 'ELOOP'
                ? 'it is a loop of links'
                : code === 'EFBIG'
                  ? "a file there cannot grow that large: ulimit -f, or the disk's own limit as FAT32's 4 GiB"
                  : code === 'ENAMETOOLONG'
                    ? 'its path is too long'
                    : `the system said ${code}`;
  return new SpillError(
    `the temporary folder ${tmpdir()} cannot be used (${why}): rdpdiag ${use}; set TMPDIR to a folder it can write`,
  );
}
