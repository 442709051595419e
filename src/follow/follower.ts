/**
 * `analyze --follow`: the loop. Sources (followed files, live channels) → record de-duplication →
 * filters → the live analyzer → the sink (the CLI's printer), until the signal aborts.
 *
 * What is there at start is read whole first (like the offline report, so that events of one attempt
 * spread over several files meet), then every wake-up (fs event, poll tick, or the moment a waiting
 * attempt may be decided) reads only what was added.
 */
import { resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import type { DiagnosedAttempt } from '../diagnose/analyze.js';
import { matchesFilter, type EventFilter } from '../ingest/filter.js';
import { expandInputs } from '../platform/node/inputs.js';
import { compareEvents } from '../ingest/timeline.js';
import type { Finding } from '../model/attempt.js';
import type { InputWarning, NormalizedEvent } from '../model/event.js';
import { cutEventValues } from '../model/value-length.js';
import type { ValueMarks } from '../model/value-marks.js';
import { RecordDeduper } from './dedupe.js';
import { FileSource } from './file-source.js';
import { LiveAnalyzer } from './live-analyzer.js';
import { Waker } from './watch.js';
import type { Exec } from '../platform/node/exec.js';
import { type ChannelReport, ChannelPoller, loadState, saveState, type LiveState } from './wevtutil.js';

export interface FollowSink {
  attempt(a: DiagnosedAttempt): void | Promise<void>;
  finding(f: Finding): void | Promise<void>;
  warning(w: InputWarning): void;
  note(message: string): void;
  error(message: string): void;
  /** Called once the start-up backlog has been read (what follows is live). */
  live?(info: { files: number; channels: number; events: number }): void;
  /**
   * Called when the follower has caught up: its last read found nothing new and no attempt is open, so
   * nothing more is reported until new events arrive. Called again only after new events.
   */
  caughtUp?(): void;
}

export interface FollowOptions {
  paths: string[];
  /** Live channels (full names), read with wevtutil. */
  channels: string[];
  filter: EventFilter;
  settleMs: number;
  pollMs: number;
  useFsWatch: boolean;
  signal: AbortSignal;
  statePath?: string;
  /** First read of a live channel without bookmark: events since then (default: one hour before start). */
  liveSinceMs?: number;
  exec?: Exec;
  wevtutil?: string;
  now?: () => number;
  /** How often folders and globs are looked at again for new files. */
  rescanMs?: number;
  /** Passed to the analyzer (tests). */
  lingerMs?: number;
  /** Every event accepted (after de-duplication and filters), e.g. for --redact. */
  onEvents?: (events: readonly NormalizedEvent[]) => void;
  /** How values from the logs go into rdpdiag's sentences (`MARKED` for --redact). */
  marks?: ValueMarks;
}

export interface FollowResult {
  analyzer: LiveAnalyzer;
  events: number;
  duplicates: number;
  /** A path named nothing, a file could not be read, or a channel could not be followed. */
  inputErrors: boolean;
  sources: number;
}

/** Backlog reads stop after this many rounds of "more" (each round reads up to 16 MB per file). */
const MAX_BACKLOG_ROUNDS = 100_000;
/** Incremental reads in a row before output and timers get a turn. */
const MAX_ROUNDS_PER_WAKE = 64;

export async function follow(o: FollowOptions, sink: FollowSink): Promise<FollowResult> {
  const now = o.now ?? Date.now;
  let state: LiveState | undefined;
  if (o.statePath && o.channels.length) state = await loadState(o.statePath);
  const run = new Following(o, sink, now, state);
  if (!(await run.openInputs())) {
    // Nothing at all to follow (like `tail -f` with no file left): stop at once.
    return { analyzer: run.analyzer, events: 0, duplicates: 0, inputErrors: true, sources: 0 };
  }
  await run.readBacklog();
  await run.followLive();
  await run.poller?.recheckFailing();
  return run.finish();
}

/** One `follow` run: its followed files, its live channels, the analyzer, and what it has read and told. */
class Following {
  inputErrors = false;
  /** Events accepted (after de-duplication and filters). */
  total = 0;
  readonly report: ChannelReport;
  readonly analyzer: LiveAnalyzer;
  readonly deduper = new RecordDeduper();
  readonly waker: Waker;
  readonly sources = new Map<string, FileSource>();
  readonly poller: ChannelPoller | undefined;
  /** Paths that are folders or globs, looked at again for new files. */
  readonly rescanned: string[] = [];
  /** The state file's text as last written. */
  private lastState = '';

  constructor(
    private readonly o: FollowOptions,
    private readonly sink: FollowSink,
    private readonly now: () => number,
    state: LiveState | undefined,
  ) {
    this.report = {
      warning: (w: InputWarning) => sink.warning(w),
      note: (m: string) => sink.note(m),
      error: (m: string) => {
        this.inputErrors = true;
        sink.error(m);
      },
    };
    this.analyzer = new LiveAnalyzer({
      settleMs: o.settleMs,
      lingerMs: o.lingerMs,
      alreadyReported: state?.reported,
      ...(o.marks ? { marks: o.marks } : {}),
    });
    this.waker = new Waker({ pollMs: o.pollMs, useFsWatch: o.useFsWatch });
    this.poller = o.channels.length
      ? new ChannelPoller({
          channels: o.channels,
          report: this.report,
          exec: o.exec,
          program: o.wevtutil,
          sinceMs: o.liveSinceMs ?? now() - 3600_000,
          state,
          now,
        })
      : undefined;
  }

  addSource(file: string, missing = false): void {
    const key = resolve(file);
    if (this.sources.has(key)) return;
    const report = this.report;
    const onReport = (kind: 'warning' | 'note' | 'error', x: InputWarning | string) => {
      if (kind === 'warning') report.warning(x as InputWarning);
      else if (kind === 'note') report.note(x as string);
      else report.error(x as string);
    };
    this.sources.set(key, new FileSource(file, onReport, missing));
    this.waker.watchFile(file);
  }

  /** Opens what the paths name; false when there is nothing at all to follow. */
  async openInputs(): Promise<boolean> {
    // Paths that name files (or nothing yet) are followed as given; folders and globs are looked at again.
    const { files, missing, skipped } = await expandInputs(this.o.paths, { archives: false });
    for (const s of skipped) for (const w of s.warnings) this.report.warning(w);
    for (const f of files) this.addSource(f);
    for (const p of this.o.paths) {
      const info = await stat(p).catch(() => undefined);
      if (info?.isDirectory() || /[*?]/.test(p)) this.rescanned.push(p);
    }
    for (const m of missing) this.report.error(`${m}: no such file or folder (nothing matched)`);
    if (this.sources.size === 0 && this.rescanned.length === 0 && !this.poller) return false;
    // The others are waited for (`tail -F`), and followed from their start when they appear.
    for (const m of missing) if (!/[*?]/.test(m)) this.addSource(m, true);
    return true;
  }

  async read(): Promise<{ events: NormalizedEvent[]; more: boolean }> {
    const batch: NormalizedEvent[] = [];
    let more = false;
    for (const s of this.sources.values()) {
      const r = await s.poll();
      for (const e of r.events) batch.push(e);
      more ||= r.more;
    }
    if (this.poller) {
      const r = await this.poller.poll();
      for (const e of r.events) batch.push(e);
      more ||= r.more;
    }
    // Texts longer than a log writes cut as they enter, as a run's are (src/model/value-length.ts).
    for (const e of batch) {
      const cut = cutEventValues(e);
      if (cut) this.report.warning(cut);
    }
    return { events: batch, more };
  }

  accept(batch: NormalizedEvent[]): NormalizedEvent[] {
    batch.sort(compareEvents);
    const fresh = this.deduper.filter(batch).filter((e) => matchesFilter(e, this.o.filter));
    this.total += fresh.length;
    if (fresh.length) this.o.onEvents?.(fresh);
    return fresh;
  }

  async emit(): Promise<void> {
    const update = this.analyzer.run(this.now());
    for (const f of update.findings) await this.sink.finding(f);
    for (const a of update.attempts) await this.sink.attempt(a);
    if (this.poller && this.o.statePath) await this.saveState(this.poller, this.o.statePath);
  }

  /** The live channels' bookmarks and the attempts still open, written when they changed. */
  private async saveState(poller: ChannelPoller, statePath: string): Promise<void> {
    const open = this.analyzer.openAttempts().flatMap((a) => [...a.events, ...a.clientEvents, ...a.probeEvents]);
    const s = poller.state(open, this.analyzer.reportedKeys());
    const text = JSON.stringify(s);
    if (text !== this.lastState) {
      try {
        await saveState(statePath, s);
        this.lastState = text;
      } catch (err) {
        this.report.error(`cannot write the state file ${statePath}: ${(err as Error).message}`);
      }
    }
  }

  /** The backlog: everything there now, read whole so that the files of one attempt meet. */
  async readBacklog(): Promise<void> {
    const backlog: NormalizedEvent[] = [];
    for (let round = 0; round < MAX_BACKLOG_ROUNDS && !this.o.signal.aborted; round++) {
      const r = await this.read();
      for (const e of r.events) backlog.push(e);
      if (!r.more) break;
    }
    this.analyzer.add(this.accept(backlog), this.now());
    backlog.length = 0;
    await this.emit();
    this.sink.live?.({ files: this.sources.size, channels: this.poller?.names.length ?? 0, events: this.total });
  }

  /** Every wake-up reads only what was added, until the signal aborts or nothing is left to follow. */
  async followLive(): Promise<void> {
    const { o, analyzer, now } = this;
    let unclocked: NormalizedEvent[] = [];
    let lastRescan = now();
    const rescanMs = o.rescanMs ?? 2000;
    let caughtUp = false;
    while (!o.signal.aborted) {
      await this.waker.wait(now(), analyzer.nextDeadline(), o.signal);
      if (o.signal.aborted) break;
      if (this.rescanned.length && now() - lastRescan >= rescanMs) {
        lastRescan = now();
        const again = await expandInputs(this.rescanned, { archives: false });
        for (const f of again.files) this.addSource(f);
      }
      let news = false;
      for (let round = 0; round < MAX_ROUNDS_PER_WAKE && !o.signal.aborted; round++) {
        const r = await this.read();
        // The previous round's events go on the clock only now: a source read early in that round (each live
        // channel is a wevtutil process) may have logged more of their attempts before the round ended, which
        // this round has read. Until then they are correlated but cannot make an attempt look quiet.
        if (unclocked.length) analyzer.clock(unclocked, now());
        unclocked = [];
        if (r.events.length) {
          news = true;
          unclocked = this.accept(r.events);
          analyzer.add(unclocked, now(), { clock: false });
        }
        if (analyzer.due(now())) await this.emit();
        if (!r.more) break;
      }
      if (news) caughtUp = false;
      else if (!caughtUp && analyzer.openAttempts().length === 0) {
        caughtUp = true;
        this.sink.caughtUp?.();
      }
      if (this.poller?.exhausted && this.sources.size === 0 && this.rescanned.length === 0) {
        this.report.error('no live channel left to follow');
        break;
      }
    }
  }

  finish(): FollowResult {
    this.waker.close();
    // A live channel that failed and answered again lost nothing (its bookmark was kept); one still failing did.
    for (const f of this.poller?.failing ?? []) this.report.error(`${f}; it was still failing when rdpdiag stopped`);
    const { analyzer, total, deduper, inputErrors, sources } = this;
    return { analyzer, events: total, duplicates: deduper.duplicates, inputErrors, sources: sources.size };
  }
}
