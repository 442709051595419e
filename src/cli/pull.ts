/**
 * `rdpdiag pull elastic|splunk`: the events rdpdiag reads, fetched from the SIEM that already has them,
 * written as NDJSON that `rdpdiag analyze` reads. The only command that opens a network connection,
 * and only to the server named.
 */
import { parseTimeArg } from '../ingest/filter.js';
import { DEFAULT_ELASTIC_INDEXES, pullElastic } from '../platform/node/pull-elastic.js';
import { pullSplunk } from '../platform/node/pull-splunk.js';
import { DEFAULT_RETRY, type Engine, PullError, readAccess } from '../platform/node/siem-access.js';
import { UsageError } from './exit.js';
import { cliIo, openOutput, printNote, refuseOutputOverInput } from './io.js';

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

export async function runPull(engine: string, o: PullOptions): Promise<number> {
  if (!(ENGINES as readonly string[]).includes(engine))
    throw new UsageError(`unknown engine "${engine}" (use ${ENGINES.join(' or ')})`);
  const now = new Date();
  const sinceMs = time(o.since, '--since', now);
  const untilMs = time(o.until, '--until', now);
  const indexes = (o.index ?? [])
    .flatMap((i) => i.split(','))
    .map((i) => i.trim())
    .filter(Boolean);
  const size = pageSize(o.pageSize);
  // Before anything is asked of the server: the export must not replace what the pull needs to run again.
  await refuseOutputOverInput(
    o.output,
    o.credentials ? [o.credentials] : [],
    'the credentials file',
    'the credentials',
  );
  await refuseOutputOverInput(o.output, o.ca ? [o.ca] : [], 'the CA file', 'the CA certificates');
  const { env } = cliIo();
  let written = 0;
  let out: Awaited<ReturnType<typeof openOutput>> | undefined;
  try {
    const access = await readAccess(engine as Engine, o, env, (m) => printNote(`warning: ${m}`));
    out = await openOutput(o.output, { kind: 'json' });
    const write = async (text: string) => {
      await out?.write(text);
    };
    const limits = { sinceMs, untilMs, computers: o.computer };
    if (engine === 'elastic') {
      const r = await pullElastic({
        ...limits,
        access,
        indexes: indexes.length ? indexes : DEFAULT_ELASTIC_INDEXES,
        pageSize: size,
        keepAlive: o.keepAlive ?? '5m',
        retry: DEFAULT_RETRY,
        write,
        onPage: (n) => {
          written = n;
        },
      });
      written = r.hits;
      if (!o.quiet) printNote(`pulled ${r.hits.toLocaleString('en-US')} events in ${r.pages} page(s)`);
    } else {
      const r = await pullSplunk({
        ...limits,
        access,
        indexes,
        retry: DEFAULT_RETRY,
        write,
        onProgress: (n) => {
          written = n;
        },
      });
      written = r.results;
      if (!o.quiet) printNote(`pulled ${r.results.toLocaleString('en-US')} events`);
    }
  } catch (err) {
    // A file named with -o is left as it was: a half pull is no export.
    await out?.abandon();
    if (err instanceof PullError) {
      const lost = o.output && written ? ` (the ${written} events pulled before were not written to ${o.output})` : '';
      throw new UsageError(`pull ${engine}: ${err.message}${lost}`);
    }
    throw err;
  }
  await out.close();
  return 0;
}
