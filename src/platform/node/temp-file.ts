/**
 * A private temporary file in a folder of its own under os.tmpdir() (0600 in 0700), for the spill (./temp-spill.ts)
 * and the scratch copies of archives (./temp-scratch.ts). Where an open file can be unlinked (not on Windows) it is
 * unlinked at once, so not even a kill leaves it behind; otherwise its folder goes on `remove()`, when the process
 * exits, and on every signal that stops a run and can be seen (stop-signals.ts: Ctrl-C, SIGTERM, the terminal
 * closed, Ctrl-Break; then the signal does what it would have); one a kill left is removed by the next run
 * (removeStaleTempFolders).
 */
import { closeSync, lstatSync, mkdtempSync, openSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopSignals } from './stop-signals.js';

export interface PrivateTempFile {
  readonly fd: number;
  /** Closes the file and removes its folder (again: nothing). */
  remove(): void;
}

/** A folder of ours this old is left from a run that was killed (a run removes its own when it ends). */
const STALE_MS = 24 * 60 * 60 * 1000;

/** @cache the prefixes whose stale folders this process already removed (a sweep is needed once per process). */
const swept = new Set<string>();

/**
 * Removes the folders `prefix` names under `under` that a killed run left (older than STALE_MS, ours): a kill
 * (SIGKILL, a crash, a power cut) gives no chance to remove them, so the next run does. Errors are ignored: a
 * folder still in use on Windows cannot be removed, and another user's is not ours to.
 */
export function removeStaleTempFolders(prefix: string, under = tmpdir(), now = Date.now()): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(under);
  } catch {
    return 0;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const path = join(under, name);
    try {
      const info = lstatSync(path);
      if (!info.isDirectory() || now - info.mtimeMs < STALE_MS || (uid !== undefined && info.uid !== uid)) continue;
      rmSync(path, { recursive: true });
      removed++;
    } catch {}
  }
  return removed;
}

/** Creates the file; an error (the folder unusable) leaves nothing behind and is thrown as it came. */
export function openPrivateTempFile(prefix: string, name: string): PrivateTempFile {
  if (!swept.has(prefix)) {
    swept.add(prefix);
    removeStaleTempFolders(prefix);
  }
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
    for (const signal of stopSignals()) process.off(signal, onSignal);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  try {
    dir = mkdtempSync(join(tmpdir(), prefix));
    process.on('exit', remove);
    for (const signal of stopSignals()) process.on(signal, onSignal);
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
