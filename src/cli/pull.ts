/**
 * `rdpdiag pull elastic|splunk`: the events rdpdiag reads, fetched from the SIEM that already has them,
 * written as NDJSON that `rdpdiag analyze` reads. The only command that opens a network connection,
 * and only to the server named.
 */
import { realpath, stat } from 'node:fs/promises';
import { parseTimeArg } from '../ingest/filter.js';
import { DEFAULT_ELASTIC_INDEXES, pullElastic } from '../platform/node/pull-elastic.js';
import { pullSplunk } from '../platform/node/pull-splunk.js';
import {
  DEFAULT_RETRY,
  type Engine,
  formatDuration,
  PullError,
  PullInterrupted,
  readAccess,
  shownUrl,
} from '../platform/node/siem-access.js';
import type { HttpLimits } from '../platform/node/siem-http.js';
import { parseShardSpec, ShardError, type ShardSpec } from '../pipeline/shard-spec.js';
import { echoed, UsageError } from './exit.js';
import { cliIo, openOutput, printNote } from './io.js';
import { formatCount } from '../model/numbers.js';

export interface PullOptions {
  url?: string;
  index?: string[];
  since?: string;
  until?: string;
  computer?: string[];
  pageSize?: string;
  keepAlive?: string;
  ca?: string;
  credentials?: string;
  output?: string;
  quiet?: boolean;
  readTimeout?: string;
  timeout?: string;
  maxWait?: string;
  maxResponse?: string;
  /** Elasticsearch: slice K of N of a sliced point-in-time search. */
  slice?: string;
  /** Splunk: only the computers of part K of N, as `analyze --shard K/N` parts them. */
  shard?: string;
}

/** `--slice` (Elasticsearch) or `--shard` (Splunk), each for its engine only. */
function partOf(engine: string, o: PullOptions): ShardSpec | undefined {
  const [given, other, wanted] = engine === 'elastic' ? [o.slice, o.shard, '--slice'] : [o.shard, o.slice, '--shard'];
  if (other !== undefined)
    throw new UsageError(
      engine === 'elastic'
        ? '--shard is for pull splunk: Elasticsearch pulls in parts with --slice K/N (then analyze every slice with --shard K/N)'
        : '--slice is for pull elastic: Splunk pulls the computers of a part with --shard K/N',
    );
  if (given === undefined) return undefined;
  try {
    return parseShardSpec(given, wanted);
  } catch (err) {
    if (err instanceof ShardError) throw new UsageError(err.message);
    throw err;
  }
}

/** The exit code of a pull stopped by Ctrl-C (128 + SIGINT), as a shell gives it. */
const EXIT_INTERRUPTED = 130;

/** The defaults of the limits, each an option. */
const DEFAULTS = { readTimeout: '2m', timeout: '2h', maxWait: '60s', maxResponse: '128MiB' };

/** A duration option: `90` or `90s`, `500ms`, `5m`, `2h`. */
export function parseDuration(text: string, option: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|min|h)?$/i.exec(text.trim());
  const unit = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 }[(m?.[2] ?? 's').toLowerCase() as 's'];
  const ms = m ? Number(m[1]) * unit : Number.NaN;
  if (!Number.isFinite(ms) || ms <= 0 || ms > 30 * 86_400_000)
    throw new UsageError(`${option} must be a duration such as 500ms, 30s, 5m or 2h (at most 30 days)`);
  return Math.round(ms);
}

/** A size option: `1048576`, `64KiB`, `128MiB`, `1GiB` (at most 512 MiB: the answer is one string). */
export function parseSize(text: string, option: string): number {
  const m = /^(\d+)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(text.trim());
  const unit = m?.[2]?.[0]?.toLowerCase();
  const n = m
    ? Number(m[1]) * (unit === 'k' ? 1 << 10 : unit === 'm' ? 1 << 20 : unit === 'g' ? 1 << 30 : 1)
    : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > 512 << 20)
    throw new UsageError(`${option} must be a size such as 64KiB or 128MiB (at most 512MiB)`);
  return n;
}

/**
 * Refuses an output that is the credentials file or the CA file (however named: links, `..`, hard links):
 * writing it would destroy them, and the credentials' file would then hold events.
 */
async function refuseOutputOverAccessFiles(output: string | undefined, o: PullOptions): Promise<void> {
  if (!output) return;
  const target = await stat(output).catch(() => undefined);
  if (!target) return;
  const real = await realpath(output).catch(() => output);
  for (const [option, path] of [
    ['--credentials', o.credentials],
    ['--ca', o.ca],
  ] as const) {
    if (!path) continue;
    const info = await stat(path).catch(() => undefined);
    const same =
      (info && info.dev === target.dev && info.ino === target.ino && info.ino !== 0) ||
      (await realpath(path).catch(() => path)) === real;
    if (same)
      throw new UsageError(
        `the output ${output} is the file given with ${option} (${path}): writing it would destroy it; choose another output file`,
      );
  }
}

const ENGINES: readonly Engine[] = ['elastic', 'splunk'];

function time(text: string | undefined, option: string, now: Date): number | undefined {
  if (text === undefined) return undefined;
  try {
    return parseTimeArg(text, now);
  } catch (err) {
    throw new UsageError(`${option}: ${(err as Error).message}`);
  }
}

function pageSize(text: string | undefined): number {
  if (text === undefined) return 5000;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 10_000)
    throw new UsageError('--page-size must be a whole number from 1 to 10000');
  return n;
}

/** The pull's choices read from its options (a usage error for any that is off), in the order they are checked. */
function pullChoices(engine: string, o: PullOptions) {
  const now = new Date();
  return {
    sinceMs: time(o.since, '--since', now),
    untilMs: time(o.until, '--until', now),
    indexes: (o.index ?? [])
      .flatMap((i) => i.split(','))
      .map((i) => i.trim())
      .filter(Boolean),
    size: pageSize(o.pageSize),
    part: partOf(engine, o),
    idleMs: parseDuration(o.readTimeout ?? DEFAULTS.readTimeout, '--read-timeout'),
    timeoutMs: parseDuration(o.timeout ?? DEFAULTS.timeout, '--timeout'),
    maxWaitMs: parseDuration(o.maxWait ?? DEFAULTS.maxWait, '--max-wait'),
    maxBytes: parseSize(o.maxResponse ?? DEFAULTS.maxResponse, '--max-response'),
  };
}

/** A wait of `ms` that ends at once when `signal` aborts. */
function abortableSleep(signal: AbortSignal): (ms: number) => Promise<void> {
  return (ms) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done);
    });
}

/** A long pull says every 30 s that it goes on, and how long it may still take. */
function progressTicker(where: string, started: number, timeoutMs: number, written: () => number) {
  const ticker = setInterval(
    () =>
      printNote(
        `pulling from ${where}: ${formatCount(written())} events so far, ${formatDuration(Date.now() - started)} in (--timeout ${formatDuration(timeoutMs)})`,
      ),
    30_000,
  );
  ticker.unref();
  return ticker;
}

export async function runPull(engine: string, o: PullOptions): Promise<number> {
  if (!(ENGINES as readonly string[]).includes(engine))
    throw new UsageError(`unknown engine "${echoed(engine)}" (use ${ENGINES.join(' or ')})`);
  const { sinceMs, untilMs, indexes, size, part, idleMs, timeoutMs, maxWaitMs, maxBytes } = pullChoices(engine, o);
  await refuseOutputOverAccessFiles(o.output, o);
  const { env } = cliIo();
  const started = Date.now();
  const deadline = started + timeoutMs;
  // Ctrl-C (or a TERM) ends the request in progress; the temporary file beside -o is then removed.
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  // Held until the pull ends (not `once`): the -o file's own handler re-raises a signal nobody else listens to.
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let written = 0;
  let where = '';
  let ticker: ReturnType<typeof setInterval> | undefined;
  let out: Awaited<ReturnType<typeof openOutput>> | undefined;
  try {
    const access = await readAccess(engine as Engine, o, env, (m) => printNote(`warning: ${m}`));
    where = shownUrl(access.url);
    out = await openOutput(o.output, { kind: 'json' });
    const write = async (text: string) => {
      await out?.write(text);
    };
    if (!o.quiet) ticker = progressTicker(where, started, timeoutMs, () => written);
    const http: HttpLimits = { idleMs, deadline, maxBytes, signal: stop.signal };
    const retry = {
      ...DEFAULT_RETRY,
      maxMs: maxWaitMs,
      deadline,
      sleep: abortableSleep(stop.signal),
    };
    // What both engines take: the span and computers asked for, the access, retries and limits, where to write.
    const common = { sinceMs, untilMs, computers: o.computer, access, retry, http, write };
    const progress = (n: number) => {
      written = n;
    };
    if (engine === 'elastic') {
      const r = await pullElastic({
        ...common,
        indexes: indexes.length ? indexes : DEFAULT_ELASTIC_INDEXES,
        pageSize: size,
        keepAlive: o.keepAlive ?? '5m',
        ...(part ? { slice: part } : {}),
        onPage: progress,
      });
      written = r.hits;
      if (!o.quiet) printNote(`pulled ${formatCount(r.hits)} events in ${r.pages} page(s)`);
    } else {
      const r = await pullSplunk({
        ...common,
        indexes,
        ...(part ? { shard: part } : {}),
        onProgress: progress,
      });
      written = r.results;
      if (!o.quiet) printNote(`pulled ${formatCount(r.results)} events`);
    }
    await out.close();
  } catch (err) {
    // A file named with -o is left as it was: a half pull is no export.
    await out?.abandon();
    const lost = o.output && written ? ` (the ${written} events pulled before were not written to ${o.output})` : '';
    if (err instanceof PullInterrupted) {
      printNote(`pull ${engine}: interrupted${o.output ? `; ${o.output} left as it was` : ''}`);
      return EXIT_INTERRUPTED;
    }
    if (err instanceof PullError) throw new UsageError(`pull ${engine}: ${err.message}${lost}`);
    throw err;
  } finally {
    clearInterval(ticker);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return 0;
}
