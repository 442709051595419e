/**
 * The CLI's scratch files (`Scratch`, src/model/source.ts): an archive read as a stream (a .zip in a .zip, in a .tar
 * or a .gz, or piped) written to a private file (0600, in a folder of its own, 0700) in the temporary folder the spill
 * uses (./temp-spill.ts), then read from there at any position. As with the spill, the file is unlinked at once where
 * an open file can be (not on Windows), and its folder goes when the archive is read, when the process exits, and on
 * Ctrl-C or SIGTERM; a folder that cannot be used is the spill's clear error (`SpillError`, exit 2).
 */
import { writeSync } from 'node:fs';
import type { RandomAccessBytes, Scratch } from '../../model/source.js';
import { readFully } from './file-source.js';
import { openPrivateTempFile, type PrivateTempFile } from './temp-file.js';
import { unusable } from './temp-spill.js';

const USE = 'unpacks the archives within archives there';

export function tempScratch(): Scratch {
  let fd: number | undefined;
  let written = 0;
  let file: PrivateTempFile | undefined;
  const remove = () => {
    file?.remove();
    file = undefined;
    fd = undefined;
  };
  const create = (): number => {
    file = openPrivateTempFile('rdpdiag-archive-', 'archive');
    return file.fd;
  };
  const failed = (err: unknown): never => {
    remove();
    throw unusable(err, USE);
  };
  return {
    write(bytes) {
      try {
        fd ??= create();
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at, written + at);
      } catch (err) {
        failed(err);
      }
      written += bytes.length;
    },
    finish(): RandomAccessBytes {
      const size = written;
      return {
        size,
        async read(into, position, length) {
          const want = Math.max(0, Math.min(length, size - position));
          if (want === 0) return 0;
          if (fd === undefined) throw new Error('the temporary copy of an archive was read after it was removed');
          return readFully(fd, into, position, want);
        },
        async close() {
          remove();
        },
      };
    },
    discard: remove,
  };
}
