/**
 * A private temporary file in a folder of its own under os.tmpdir() (0600 in 0700), for the spill (./temp-spill.ts)
 * and the scratch copies of archives (./temp-scratch.ts). Where an open file can be unlinked (not on Windows) it is
 * unlinked at once, so not even a kill leaves it behind; otherwise its folder goes on `remove()`, when the process
 * exits, and on Ctrl-C or SIGTERM (then the signal does what it would have).
 */
import { closeSync, mkdtempSync, openSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PrivateTempFile {
  readonly fd: number;
  /** Closes the file and removes its folder (again: nothing). */
  remove(): void;
}

/** Creates the file; an error (the folder unusable) leaves nothing behind and is thrown as it came. */
export function openPrivateTempFile(prefix: string, name: string): PrivateTempFile {
  let fd: number | undefined;
  let dir: string | undefined;
  const remove = () => {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {}
      fd = undefined;
    }
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
    process.off('exit', remove);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  try {
    dir = mkdtempSync(join(tmpdir(), prefix));
    process.on('exit', remove);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const path = join(dir, name);
    fd = openSync(path, 'wx+', 0o600);
    if (process.platform !== 'win32') {
      try {
        unlinkSync(path);
        rmSync(dir, { recursive: true, force: true });
        dir = undefined;
      } catch {}
    }
    return { fd, remove };
  } catch (err) {
    remove();
    throw err;
  }
}
