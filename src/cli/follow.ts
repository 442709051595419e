/**
 * `rdpdiag analyze --follow`: prints each attempt once, when it ends (the same explanation as the table
 * report's failure section, or one JSON object per attempt with `--format jsonl`), host findings when they
 * appear, and on Ctrl-C a summary line on stderr; the exit code follows `analyze`'s convention.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolveLiveChannels, StateFileError } from '../follow/wevtutil.js';
import type { Exec } from '../platform/node/exec.js';
import { systemProgram } from '../platform/node/windows-programs.js';
import { follow } from '../follow/follower.js';
import type { Finding } from '../model/attempt.js';
import type { DiagnosedAttempt } from '../diagnose/analyze.js';
import { addWarning, type InputSummary, type InputWarning, MAX_WARNING_SAMPLES, warningTotal } from '../model/event.js';
import { detectFormat, newSummary } from '../ingest/read.js';
import { toJsonReport } from '../report/json.js';
import { valueMarks } from '../model/value-marks.js';
import { specialFileKind } from '../model/source.js';
import { Redactor } from '../report/redact.js';
import { attemptBlock } from '../report/table.js';
import { findingBlock } from '../report/table-text.js';
import type { TimeZoneChoice } from '../report/time-format.js';
import { echoed, EXIT_CLEAN, EXIT_FAILURES_FOUND, EXIT_USAGE_OR_INPUT, UsageError } from './exit.js';
import { escapeControls, escapeControlsDeep } from '../report/sanitize.js';
import { cliIo, formatWarning, openOutput, printError, printNote, writeErr } from './io.js';
import { filterFromOptions, timeZoneFromOptions, type FilterOptions } from './options.js';

export interface FollowCliOptions extends FilterOptions {
  follow?: boolean;
  format?: string;
  output?: string;
  failedOnly?: boolean;
  quiet?: boolean;
  exitZero?: boolean;
  redact?: boolean;
  redactKeep?: string[];
  settle?: string;
  poll?: string;
  liveChannel?: string[];
  /** The same as --live-channel (one name or `rdp`). */
  channels?: string;
  state?: string;
  /** `analyze --shard`: parts a run over files already written, refused here. */
  shard?: unknown;
}

/** What tests inject: the platform, the wevtutil runner, the clock, and a stop signal. */
export interface FollowDeps {
  platform?: string;
  exec?: Exec;
  signal?: AbortSignal;
  now?: () => number;
}

const NO_COVERAGE = { channels: {}, missing: [], advice: [] };
/** A host finding as the table report shows it, marked as such in the live stream. */
function liveFindingBlock(f: Finding, o: { tz: TimeZoneChoice; color: boolean; width: number }): string {
  return findingBlock(f, o).replace(/^- /, 'Host finding: ');
}

function parseNumber(value: string | undefined, name: string, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min)
    throw new UsageError(`${name} takes a number of at least ${min} (got "${echoed(value)}")`);
  return n;
}

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`;
  return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
}

/** What `--follow`'s options mean once checked: a usage error names the first that cannot be used. */
interface FollowPlan {
  format: 'table' | 'jsonl';
  liveNames: string[];
  settleMs: number;
  pollMs: number;
}

/** What an archive given to `--follow` is (by its first bytes, not its name); undefined for anything else. */
function archiveKind(path: string): string | undefined {
  let head: Uint8Array;
  try {
    // A FIFO would block the open: only a regular file is looked at.
    if (!statSync(path).isFile()) return undefined;
    const fd = openSync(path, 'r');
    try {
      const buf = new Uint8Array(512);
      head = buf.subarray(0, readSync(fd, buf, 0, 512, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined; // A missing or unreadable path: the follower says so as it does.
  }
  const format = detectFormat(head);
  return format === 'zip'
    ? 'a .zip archive'
    : format === 'gzip'
      ? 'a gzip file'
      : format === 'tar'
        ? 'a tar archive'
        : format === '7z'
          ? 'a .7z archive'
          : undefined;
}

/** What a path given to `--follow` is when it is neither a file nor a folder (a FIFO, a device, a socket). */
function specialKind(path: string): string | undefined {
  try {
    const st = statSync(path);
    return st.isFile() || st.isDirectory() ? undefined : specialFileKind(st);
  } catch {
    return undefined; // A missing path: the follower waits for it.
  }
}

function followPlan(paths: string[], o: FollowCliOptions, platform: string): FollowPlan {
  const format = o.format === undefined || o.format === 'table' || o.format === 'text' ? 'table' : o.format;
  if (format !== 'table' && format !== 'jsonl') {
    throw new UsageError(
      `--follow prints attempts as they end: use --format table or jsonl (not "${echoed(o.format ?? '')}")`,
    );
  }
  if (o.output)
    throw new UsageError(
      '--output is not available with --follow: redirect standard output instead (`> file`, or `| tee file`)',
    );
  if (!o.follow) {
    const used = o.liveChannel
      ? '--live-channel'
      : o.channels !== undefined
        ? '--channels'
        : o.settle !== undefined
          ? '--settle'
          : o.poll !== undefined
            ? '--poll'
            : '--state';
    throw new UsageError(`${used} works with --follow (rdpdiag analyze --follow …)`);
  }
  // Live channels come from --live-channel (or its spelling --channels): --channel is a filter on the
  // events read, here as everywhere, never a data source.
  const liveNames = [...(o.liveChannel ?? []), ...(o.channels !== undefined ? [o.channels] : [])];
  if (o.shard !== undefined)
    throw new UsageError(
      '--shard parts a run over logs already written: not with --follow (follow each computer with one rdpdiag instead)',
    );
  for (const path of paths) {
    const special = path === '-' ? undefined : specialKind(path);
    if (special)
      throw new UsageError(
        `${path}: ${special}, not a regular file: it cannot be followed (it could block or never end); follow the file it is fed from`,
      );
    const archive = archiveKind(path);
    if (archive)
      throw new UsageError(
        `${path}: ${archive} does not grow as a log does and cannot be followed: read it with rdpdiag analyze ${path}`,
      );
  }
  if (paths.includes('-')) {
    throw new UsageError(
      '--follow cannot follow standard input: follow a file that grows, or read the pipe with `analyze -`',
    );
  }
  if (paths.length === 0 && liveNames.length === 0 && o.channel?.length) {
    throw new UsageError(
      `--channel filters the events of the files given; to follow a live channel on Windows use --live-channel ${o.channel[0]}`,
    );
  }
  if (paths.length === 0 && liveNames.length === 0) {
    throw new UsageError(
      '--follow needs files or folders to follow (or, on Windows, live channels: --live-channel <name>, --live-channel rdp)',
    );
  }
  if (liveNames.length && platform !== 'win32') {
    throw new UsageError(
      'following live channels reads the Windows event logs with wevtutil and works only on Windows; here, follow exported files instead (rdpdiag analyze --follow <files…>), or run rdpdiag collect on the Windows computer',
    );
  }
  if (o.state && !liveNames.length)
    throw new UsageError('--state keeps the bookmarks of live channels: it needs --live-channel');
  const settleMs = parseNumber(o.settle, '--settle', 0, 30) * 1000;
  const pollMs = parseNumber(o.poll, '--poll', 10, 500);
  return { format, liveNames, settleMs, pollMs };
}

const WINDOWS_STOPS: NodeJS.Signals[] = ['SIGBREAK', 'SIGHUP'];

/**
 * Input warnings as offline: counted by code per file, the first MAX_WARNING_SAMPLES of each code shown (and
 * kept), the rest counted and totalled when rdpdiag stops (`printTotals`). Memory stays bounded however long it runs.
 */
function followWarnings(quiet: boolean) {
  const warned = new Map<string, InputSummary>();
  return {
    warning: (w: InputWarning) => {
      let summary = warned.get(w.file);
      if (!summary) warned.set(w.file, (summary = newSummary(w.file)));
      const text = formatWarning(w);
      // The same warning again (a chunk read again): said once.
      if (summary.warnings.some((x) => x.code === w.code && formatWarning(x) === text)) return;
      const before = summary.warningCounts[w.code]?.count ?? 0;
      addWarning(summary, w);
      if (quiet) return;
      if (before < MAX_WARNING_SAMPLES) writeErr(`rdpdiag: warning: ${escapeControls(text)}\n`);
      else if (before === MAX_WARNING_SAMPLES)
        writeErr(
          `rdpdiag: warning: ${escapeControls(w.file)}: more ${w.code} warnings: counted, not shown (totals when rdpdiag stops)\n`,
        );
    },
    printTotals: () => {
      for (const summary of warned.values()) {
        const total = warningTotal(summary);
        if (total <= summary.warnings.length) continue;
        const byCode = Object.entries(summary.warningCounts)
          .map(([code, c]) => `${code} ×${c?.count ?? 0}`)
          .join(', ');
        writeErr(
          `rdpdiag: ${escapeControls(summary.path)}: ${total} warning(s) in all (${byCode}); the first ${MAX_WARNING_SAMPLES} of each were shown\n`,
        );
      }
    },
  };
}

/** Each attempt and finding as it ends: a JSON line, or a block of the terminal report. */
function blockWriter(
  format: 'jsonl' | 'table',
  writeOut: (text: string) => Promise<void>,
  table: { tz: TimeZoneChoice; color: boolean; width: number },
) {
  let wroteBlock = false;
  const block = async (text: string) => {
    await writeOut((wroteBlock ? '\n' : '') + text);
    wroteBlock = true;
  };
  return {
    attempt: async (a: DiagnosedAttempt) => {
      if (format === 'jsonl') {
        await writeOut(
          JSON.stringify(
            toJsonReport({ attempts: [a], findings: [], incidents: [], coverage: NO_COVERAGE }, []).attempts[0],
          ) + '\n',
        );
      } else await block(attemptBlock(escapeControlsDeep(a), table));
    },
    finding: async (f: Finding) => {
      if (format === 'jsonl') {
        await writeOut(
          JSON.stringify(
            toJsonReport({ attempts: [], findings: [f], incidents: [], coverage: NO_COVERAGE }, []).findings[0],
          ) + '\n',
        );
      } else await block(liveFindingBlock(escapeControlsDeep(f), table));
    },
  };
}

/** What is followed, said when it starts (`pollMs` undefined: fs.watch). */
function liveNote(
  info: { files: number; channels: number },
  paths: readonly string[],
  pollMs: number | undefined,
): string {
  const what = [info.files ? `${info.files} file(s)` : '', info.channels ? `${info.channels} live channel(s)` : '']
    .filter(Boolean)
    .join(' and ');
  if (!what)
    return `nothing to follow yet: ${paths.join(', ')} hold(s) no .evtx or .xml file; waiting for one to appear (Ctrl-C to stop)`;
  return `following ${what} (${pollMs === undefined ? 'fs.watch, and a check every 500 ms' : `a check every ${pollMs} ms`}); attempts are printed as they end; Ctrl-C to stop`;
}

/** The totals said when following stops. */
function stoppedLine(result: Awaited<ReturnType<typeof follow>>, channels: number, elapsed: number): string {
  const s = result.analyzer.stats;
  const open = result.analyzer.openAttempts().length;
  const sourcesText = [result.sources ? `${result.sources} file(s)` : '', channels ? `${channels} live channel(s)` : '']
    .filter(Boolean)
    .join(' and ');
  return (
    `rdpdiag: stopped after ${duration(elapsed)}: ${s.reported} attempt(s) reported: ${s.succeeded} succeeded, ${s.failed} failed` +
    `${open ? `; ${open} still in progress (not reported)` : ''}; ${result.events} event(s) read from ${sourcesText || 'no input'}` +
    `${result.duplicates ? ` (${result.duplicates} already seen, skipped)` : ''}.\n`
  );
}

/** `analyze --follow`. Resolves when stopped (SIGINT/SIGTERM, or `deps.signal`). */
export async function runFollow(paths: string[], o: FollowCliOptions, deps: FollowDeps = {}): Promise<number> {
  const platform = deps.platform ?? cliIo().env.RDPDIAG_PLATFORM ?? process.platform;
  const { format, liveNames, settleMs, pollMs } = followPlan(paths, o, platform);
  const filter = filterFromOptions(o);
  const tz = timeZoneFromOptions(o);
  const channels = resolveLiveChannels(liveNames);
  const { stdout, env } = cliIo();
  const color = stdout.isTTY === true && !env.NO_COLOR;
  const width = Math.max(60, Math.min(stdout.columns ?? 100, 120));
  const redactor = o.redact ? new Redactor(o.redactKeep ?? []) : undefined;
  const quiet = o.quiet === true;
  const out = await openOutput(undefined, format === 'jsonl' ? { kind: 'json' } : { kind: 'text', colour: color });
  const writeOut = (text: string) => out.write(text);

  const stopping = cleanStop(deps.signal);
  const started = (deps.now ?? Date.now)();
  let anyFailed = false;
  const blocks = blockWriter(format, writeOut, { tz, color, width });
  const warnings = followWarnings(quiet);
  try {
    const result = await follow(
      {
        paths,
        channels,
        filter,
        settleMs,
        pollMs,
        useFsWatch: o.poll === undefined,
        signal: stopping.signal,
        statePath: o.state,
        liveSinceMs: filter.sinceMs,
        exec: deps.exec,
        wevtutil: systemProgram('wevtutil', env),
        now: deps.now,
        // Redacted: the values rdpdiag puts into its own sentences are marked, for the redactor to find.
        marks: valueMarks(redactor !== undefined),
        onEvents: redactor
          ? (events) => {
              for (const e of events) redactor.collectEvent(e);
            }
          : undefined,
      },
      {
        attempt: async (attempt) => {
          if (attempt.outcome === 'failed') anyFailed = true;
          if (o.failedOnly && attempt.outcome !== 'failed') return;
          await blocks.attempt(redactor ? redactor.deep(attempt) : attempt);
        },
        finding: (finding) => blocks.finding(redactor ? redactor.deep(finding) : finding),
        warning: warnings.warning,
        note: (m) => {
          if (!quiet) printNote(m);
        },
        error: (m) => printError(m),
        caughtUp: () => {
          if (!quiet) printNote('caught up: every attempt read so far is reported; waiting for new events');
        },
        live: (info) => {
          if (!quiet) printNote(liveNote(info, paths, o.poll === undefined ? undefined : pollMs));
        },
      },
    );
    if (!quiet) warnings.printTotals();
    if (result.sources === 0 && channels.length === 0) return EXIT_USAGE_OR_INPUT;
    writeErr(stoppedLine(result, channels.length, (deps.now ?? Date.now)() - started));
    // Failures found outrank a channel or file that kept failing (exit.ts `exitCodeOf`): something was read.
    if (anyFailed && !o.exitZero) return EXIT_FAILURES_FOUND;
    return result.inputErrors ? EXIT_USAGE_OR_INPUT : EXIT_CLEAN;
  } catch (err) {
    if (err instanceof StateFileError) throw new UsageError(err.message);
    throw err;
  } finally {
    stopping.release();
  }
}

/**
 * A clean stop (the totals and the state saved) on SIGINT and SIGTERM, or when `signal` aborts; on Windows also on
 * Ctrl-Break (SIGBREAK) and on closing the console window (SIGHUP, a few seconds before it is ended). `release`
 * takes the listeners off.
 */
function cleanStop(signal: AbortSignal | undefined): { signal: AbortSignal; release(): void } {
  const ac = new AbortController();
  const stop = () => ac.abort();
  signal?.addEventListener('abort', stop, { once: true });
  const stopSignals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', ...(process.platform === 'win32' ? WINDOWS_STOPS : [])];
  for (const s of stopSignals) process.once(s, stop);
  return {
    signal: ac.signal,
    release: () => {
      for (const s of stopSignals) process.off(s, stop);
      signal?.removeEventListener('abort', stop);
    },
  };
}
