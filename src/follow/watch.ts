/**
 * When to look again: fs.watch on the folders of the followed files (a folder watch also sees a file
 * replaced or rotated, which a watch on the file itself loses), plus a poll every `pollMs` as the safety
 * net where the platform delivers no events (network shares, some containers). `--poll <ms>` turns
 * fs.watch off and polls only.
 */
import { watch, type FSWatcher } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface WakerOptions {
  pollMs: number;
  useFsWatch: boolean;
  /** Injectable for tests. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
}

export class Waker {
  private readonly watchers = new Map<string, FSWatcher | null>();
  private waiting: (() => void) | undefined;
  private pending = false;
  private closed = false;
  /** fs.watch could not be set up for at least one folder (polling covers it). */
  fsWatchFailed = false;

  constructor(private readonly o: WakerOptions) {}

  /** Watches the folder of `file` (once per folder). */
  watchFile(file: string): void {
    if (!this.o.useFsWatch || this.closed) return;
    const dir = dirname(resolve(file));
    if (this.watchers.has(dir)) return;
    try {
      const w = watch(dir, { persistent: false }, () => this.wake());
      w.on('error', () => {
        this.fsWatchFailed = true;
        w.close();
        this.watchers.set(dir, null);
      });
      this.watchers.set(dir, w);
    } catch {
      this.fsWatchFailed = true;
      this.watchers.set(dir, null);
    }
  }

  /** Something changed: the current or next wait ends now. */
  wake(): void {
    this.pending = true;
    const w = this.waiting;
    this.waiting = undefined;
    w?.();
  }

  /**
   * Resolves at the next fs event, after `pollMs`, at `deadlineMs` (wall clock) if sooner, or when
   * `signal` aborts, whichever comes first.
   */
  wait(now: number, deadlineMs: number | undefined, signal: AbortSignal): Promise<void> {
    if (this.pending || signal.aborted || this.closed) {
      this.pending = false;
      return Promise.resolve();
    }
    const setTimer = this.o.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
    const clearTimer = this.o.clearTimer ?? ((t: unknown) => clearTimeout(t as NodeJS.Timeout));
    const ms = Math.max(0, Math.min(this.o.pollMs, deadlineMs === undefined ? Infinity : deadlineMs - now));
    return new Promise<void>((resolveWait) => {
      const done = () => {
        clearTimer(timer);
        signal.removeEventListener('abort', done);
        this.waiting = undefined;
        this.pending = false;
        resolveWait();
      };
      const timer = setTimer(done, ms);
      signal.addEventListener('abort', done, { once: true });
      this.waiting = done;
    });
  }

  close(): void {
    this.closed = true;
    for (const w of this.watchers.values()) w?.close();
    this.watchers.clear();
    this.wake();
  }
}
