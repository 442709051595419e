/**
 * The CLI's scratch files (`Scratch`, src/model/source.ts): an archive read as a stream (a .zip in a .zip, in a .tar
 * or a .gz, or piped) written to a private file (0600, in a folder of its own, 0700) in the temporary folder the spill
 * uses (./temp-spill.ts), then read from there at any position. As with the spill, the file is unlinked at once where
 * an open file can be (not on Windows), and its folder goes when the archive is read, when the process exits, and on
 * Ctrl-C or SIGTERM; a folder that cannot be used is the spill's clear error (`SpillError`, exit 2).
 */
import type { RandomAccessBytes, Scratch } from '../../model/source.js';
import { LazyTempFile } from './temp-spill.js';

export function tempScratch(): Scratch {
  const file = new LazyTempFile('rdpdiag-archive-', 'archive', 'unpacks the archives within archives there');
  return {
    write(bytes) {
      file.append(bytes);
    },
    finish(): RandomAccessBytes {
      const size = file.size;
      return {
        size,
        async read(into, position, length) {
          const want = Math.max(0, Math.min(length, size - position));
          return want === 0 ? 0 : file.read(into, position, want);
        },
        async close() {
          file.remove();
        },
      };
    },
    discard: () => file.remove(),
  };
}
