/**
 * `rdpdiag pull elastic`: pages through Elasticsearch with the official client, a point in time and
 * `search_after` (sorted by computer, then time, then `_shard_doc`), and writes each hit as one NDJSON
 * line `{"_index","_id","_source"}`: the shape the ECS reader takes, as an export would give it. The
 * client is loaded only here, when the command runs.
 */
import type { Client, estypes } from '@elastic/elasticsearch';
import { type ExportLimits, elasticQuery, exportSelection } from '../../diagnose/export-selection.js';
import {
  isRetryableStatus,
  PullError,
  type RetryPolicy,
  retryAfterMs,
  type SiemAccess,
  scrub,
  shownUrl,
  withRetries,
} from './siem-access.js';

/** Where Winlogbeat, Elastic Agent (custom Windows logs, forwarded events, System integration) write. */
export const DEFAULT_ELASTIC_INDEXES = [
  'winlogbeat-*',
  'logs-winlog.winlog-*',
  'logs-windows.forwarded-*',
  'logs-system.security-*',
  'logs-system.system-*',
];

/** What a hit keeps of its document: everything the ECS reader maps, not the rest of the shipper's fields. */
export const SOURCE_FIELDS = [
  '@timestamp',
  'event.original',
  'event.code',
  'winlog',
  'host.name',
  'message',
  'log.level',
];

export interface ElasticPullOptions extends ExportLimits {
  access: SiemAccess;
  indexes: string[];
  pageSize: number;
  keepAlive: string;
  retry: RetryPolicy;
  /** Takes each page's lines (NDJSON, each ending in a newline). */
  write: (text: string) => Promise<void>;
  onPage?: (hits: number) => void;
}

interface ClientError {
  name?: string;
  meta?: { statusCode?: number; headers?: Record<string, string | string[] | undefined>; body?: unknown };
  message?: string;
}

function status(err: unknown): number | undefined {
  // A connection error carries statusCode 0: no answer, not an HTTP status.
  return (err as ClientError)?.meta?.statusCode || undefined;
}

/** The reason Elasticsearch gives in an error body (`error.type: error.reason`), when it gives one. */
function reasonOf(err: unknown): string {
  const body = (err as ClientError)?.meta?.body as { error?: { type?: string; reason?: string } | string } | undefined;
  const e = body?.error;
  if (typeof e === 'string') return e;
  if (e?.type || e?.reason) return [e.type, e.reason].filter(Boolean).join(': ');
  return '';
}

/** One line that says what went wrong and names no credential. */
function describe(err: unknown, access: SiemAccess, what: string): PullError {
  const code = status(err);
  const where = shownUrl(access.url);
  if (code === 401)
    return new PullError(
      `${where} refused the credentials (HTTP 401): check RDPDIAG_ELASTIC_API_KEY or RDPDIAG_ELASTIC_USERNAME/PASSWORD`,
    );
  if (code === 403)
    return new PullError(
      `${where}: the credentials may not ${what} (HTTP 403): they need the read and view_index_metadata privileges on the indices`,
    );
  if (code !== undefined) {
    const reason = reasonOf(err);
    return new PullError(
      scrub(
        `${where}: ${what} failed (HTTP ${code}${isRetryableStatus(code) ? ', still busy after retries' : ''})${reason ? `: ${reason}` : ''}`,
        access,
      ),
    );
  }
  const name = (err as ClientError)?.name ?? 'error';
  if (name === 'ProductNotSupportedError') return new PullError(`${where} does not answer as Elasticsearch does`);
  const cause = scrub(String((err as ClientError)?.message ?? err), access).split('\n')[0];
  return new PullError(`cannot reach ${where} (${name}: ${cause})`);
}

async function client(access: SiemAccess): Promise<Client> {
  const { Client } = await import('@elastic/elasticsearch');
  return new Client({
    node: access.url.href,
    auth: access.apiKey
      ? { apiKey: access.apiKey }
      : { username: access.username ?? '', password: access.password ?? '' },
    tls: { rejectUnauthorized: true, ...(access.ca ? { ca: access.ca } : {}) },
    // Retries are ours (Retry-After, backoff, 429 included); the client's would hide them.
    maxRetries: 0,
    requestTimeout: 120_000,
    name: 'rdpdiag',
  });
}

/** The hits of a search answer, after checking it is one (a proxy's HTML page, a null, a wrong type is not). */
function hitsOf(page: unknown, access: SiemAccess): estypes.SearchHit[] {
  const hits = (page as { hits?: { hits?: unknown } } | null)?.hits?.hits;
  if (
    !Array.isArray(hits) ||
    hits.some((h) => typeof h !== 'object' || h === null || typeof (h as { _source?: unknown })._source !== 'object')
  )
    throw new PullError(`${shownUrl(access.url)} did not answer the search as Elasticsearch does (no list of hits)`);
  return hits as estypes.SearchHit[];
}

/** Orders two sort-value lists as Elasticsearch sorted them: value by value, numbers as numbers. */
function compareSort(a: estypes.SortResults, b: estypes.SortResults): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined || x === null) return -1;
    if (y === undefined || y === null) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/** Pulls every matching event; returns how many hits and pages. */
export async function pullElastic(o: ElasticPullOptions): Promise<{ hits: number; pages: number }> {
  const es = await client(o.access);
  const retried = <T>(what: string, call: () => Promise<T>) =>
    withRetries(
      call,
      (err) => {
        const code = status(err);
        if (code === undefined || !isRetryableStatus(code)) return undefined;
        return retryAfterMs((err as ClientError).meta?.headers?.['retry-after']) ?? null;
      },
      o.retry,
    ).catch((err) => {
      throw err instanceof PullError ? err : describe(err, o.access, what);
    });
  let pitId = '';
  let hits = 0;
  let pages = 0;
  try {
    const pit = await retried('open a point in time', () =>
      es.openPointInTime({ index: o.indexes, keep_alive: o.keepAlive, ignore_unavailable: true }),
    );
    pitId = pit.id;
    const query = elasticQuery(exportSelection(), o) as estypes.QueryDslQueryContainer;
    let after: estypes.SortResults | undefined;
    for (;;) {
      const page = await retried('search', () =>
        es.search({
          size: o.pageSize,
          pit: { id: pitId, keep_alive: o.keepAlive },
          sort: [
            { 'winlog.computer_name': { order: 'asc', unmapped_type: 'keyword' } },
            { '@timestamp': { order: 'asc' } },
            { _shard_doc: 'asc' },
          ] as estypes.Sort,
          _source: SOURCE_FIELDS,
          query,
          track_total_hits: false,
          ...(after ? { search_after: after } : {}),
        }),
      );
      const list = hitsOf(page, o.access);
      if (typeof page.pit_id === 'string' && page.pit_id) pitId = page.pit_id;
      if (list.length === 0) break;
      // Each page must go on from the last: a page repeated or going back would pull the same events forever.
      for (const h of list) {
        if (!Array.isArray(h.sort))
          throw new PullError(`${shownUrl(o.access.url)} returned hits without sort values: cannot page on`);
        if (after && compareSort(h.sort, after) <= 0)
          throw new PullError(
            `${shownUrl(o.access.url)} returned a page that does not go on from the last one (its sort values repeat or go back): stopped after ${hits.toLocaleString('en-US')} events`,
          );
        after = h.sort;
      }
      let text = '';
      for (const h of list) text += `${JSON.stringify({ _index: h._index, _id: h._id, _source: h._source })}\n`;
      await o.write(text);
      hits += list.length;
      pages++;
      o.onPage?.(hits);
    }
  } finally {
    if (pitId) await es.closePointInTime({ id: pitId }).catch(() => undefined);
    await es.close().catch(() => undefined);
  }
  return { hits, pages };
}
