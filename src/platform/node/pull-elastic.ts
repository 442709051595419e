/**
 * `rdpdiag pull elastic`: pages through Elasticsearch with a point in time and `search_after` (sorted by
 * computer, then time, then `_shard_doc`), and writes each hit as one NDJSON line
 * `{"_index","_id","_source"}`: the shape the ECS reader takes, as an export would give it. Every answer
 * is checked before it is used (its shape, and that each page comes after the one before: a repeated page
 * or sort values that go backwards stop the pull rather than write duplicates or page for ever).
 */
import { type ExportLimits, elasticQuery, exportSelection } from '../../diagnose/export-selection.js';
import { PullError, type RetryPolicy, type SiemAccess, scrub, shownUrl } from './siem-access.js';
import { errorBody, type HttpCall, type HttpLimits, SiemHttp, sendRetrying } from './siem-http.js';
import { formatCount } from '../../model/numbers.js';

/**
 * Where Winlogbeat, Elastic Agent (custom Windows logs, forwarded events, System integration, the Windows
 * integration's Sysmon) write.
 */
export const DEFAULT_ELASTIC_INDEXES = [
  'winlogbeat-*',
  'logs-winlog.winlog-*',
  'logs-windows.forwarded-*',
  'logs-system.security-*',
  'logs-system.system-*',
  'logs-windows.sysmon_operational-*',
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
  http: HttpLimits;
  /** Takes each page's lines (NDJSON, each ending in a newline). */
  write: (text: string) => Promise<void>;
  onPage?: (hits: number) => void;
  /**
   * Slice K (1-based) of N of a sliced search (`pull elastic --slice K/N`): Elasticsearch parts the hits by a hash of
   * their `@timestamp` (a field, not the point in time's own document order, so that N workers, each with a point in
   * time of its own, part the same hits alike).
   */
  slice?: { k: number; n: number };
}

/** The `slice` of a search body for part K of N; none for 1 of 1 (Elasticsearch wants `max` above 1). */
export function sliceOf(slice: { k: number; n: number } | undefined): Record<string, unknown> {
  return slice && slice.n > 1 ? { slice: { field: '@timestamp', id: slice.k - 1, max: slice.n } } : {};
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The reason Elasticsearch gives in an error body (`error.type: error.reason`), when it gives one. */
function reasonOf(text: string): string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return '';
  }
  const e = isObject(body) ? body.error : undefined;
  if (typeof e === 'string') return e.slice(0, 500);
  if (!isObject(e)) return '';
  return [e.type, e.reason]
    .filter((v) => typeof v === 'string' && v)
    .join(': ')
    .slice(0, 500);
}

type SortValue = string | number | boolean | null;

function compareStrings(a: string, b: string): number {
  // Elasticsearch orders keywords by their UTF-8 bytes: by code point, not by UTF-16 unit.
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i].codePointAt(0) ?? 0) - (y[i].codePointAt(0) ?? 0);
    if (d) return d;
  }
  return x.length - y.length;
}

/** How two hits' sort values compare (missing values last, as Elasticsearch sorts them); undefined: they cannot. */
function compareSort(a: readonly SortValue[], b: readonly SortValue[]): number | undefined {
  if (a.length !== b.length) return undefined;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    if (typeof x !== typeof y) return undefined;
    if (typeof x === 'string') return compareStrings(x, y as string);
    return x < y ? -1 : 1;
  }
  return 0;
}

interface Hit {
  _index: string;
  _id: string;
  _source: Json;
  sort: SortValue[];
}

/** The hits of a search answer, checked; a message of what is wrong otherwise. */
/**
 * The longest point-in-time id taken: Elasticsearch's are some hundred bytes per shard searched; it is sent back in
 * every search, so a server's 50 MB id would cost that much per page (it cost ~600 MB).
 */
const MAX_PIT_ID = 256 * 1024;

function hitsOf(body: unknown): { hits: Hit[]; pitId?: string } | string {
  if (!isObject(body)) return 'the answer is not a JSON object';
  if (body.timed_out === true) return 'the search timed out on the server (the page would be partial)';
  const shards = body._shards;
  if (isObject(shards) && typeof shards.failed === 'number' && shards.failed > 0)
    return `${shards.failed} shard(s) failed (the page would be partial)`;
  if (body.pit_id !== undefined && (typeof body.pit_id !== 'string' || body.pit_id === ''))
    return 'pit_id is not a string';
  if (typeof body.pit_id === 'string' && body.pit_id.length > MAX_PIT_ID)
    return `a pit_id of ${formatCount(body.pit_id.length)} characters (over ${MAX_PIT_ID / 1024} KiB)`;
  if (!isObject(body.hits)) return `hits is ${kind(body.hits)}`;
  const list = body.hits.hits;
  if (!Array.isArray(list)) return `hits.hits is ${kind(list)}`;
  for (const [i, h] of list.entries()) {
    if (!isObject(h)) return `hits.hits[${i}] is ${kind(h)}`;
    if (typeof h._index !== 'string' || typeof h._id !== 'string') return `hits.hits[${i}] has no _index or _id`;
    if (!isObject(h._source)) return `hits.hits[${i}]._source is ${kind(h._source)}`;
    if (h.sort === undefined) return `hits.hits[${i}] has no sort values: cannot page on`;
    if (
      !Array.isArray(h.sort) ||
      h.sort.length === 0 ||
      !h.sort.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
    )
      return `hits.hits[${i}].sort is not a list of values`;
  }
  return { hits: list as Hit[], ...(typeof body.pit_id === 'string' ? { pitId: body.pit_id } : {}) };
}

function kind(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return `a ${typeof v}`;
}

/** What makes one request, retried while busy, and gives the JSON of its 2xx answer (errors for the user). */
function elasticCaller(
  http: SiemHttp,
  o: ElasticPullOptions,
  where: string,
  fail: (message: string) => PullError,
): (what: string, request: HttpCall) => Promise<unknown> {
  return async (what, request) => {
    const answer = await sendRetrying(http, request, o, what, reasonOf);
    const code = answer.status;
    if (code === 401) {
      answer.discard();
      throw fail(
        `${where} refused the credentials (HTTP 401): check RDPDIAG_ELASTIC_API_KEY or RDPDIAG_ELASTIC_USERNAME/PASSWORD`,
      );
    }
    if (code === 403) {
      answer.discard();
      throw fail(
        `${where}: the credentials may not ${what} (HTTP 403): they need the read and view_index_metadata privileges on the indices`,
      );
    }
    if (code < 200 || code >= 300) {
      const reason = reasonOf(await errorBody(answer));
      throw fail(`${where}: ${what} failed (HTTP ${code})${reason ? `: ${reason}` : ''}`);
    }
    if (answer.headers['x-elastic-product'] !== 'Elasticsearch') {
      answer.discard();
      throw fail(`${where} does not answer as Elasticsearch does (no X-Elastic-Product header)`);
    }
    const text = await answer.text();
    try {
      return JSON.parse(text);
    } catch {
      const type = String(answer.headers['content-type'] ?? 'no content type').split(';')[0];
      throw fail(`${where} answered "${what}" with something that is not JSON (${type}): is --url Elasticsearch?`);
    }
  };
}

/** Pulls every matching event; returns how many hits and pages. */
export async function pullElastic(o: ElasticPullOptions): Promise<{ hits: number; pages: number }> {
  const where = shownUrl(o.access.url);
  const http = new SiemHttp(o.access, o.http);
  const fail = (message: string) => new PullError(scrub(message, o.access));

  const call = elasticCaller(http, o, where, fail);

  let pitId = '';
  let hits = 0;
  let pages = 0;
  try {
    const pit = await call('open a point in time', {
      method: 'POST',
      path: `${o.indexes.map(encodeURIComponent).join(',')}/_pit`,
      query: { keep_alive: o.keepAlive, ignore_unavailable: 'true' },
    });
    if (!isObject(pit) || typeof pit.id !== 'string' || pit.id === '')
      throw fail(`${where} answered "open a point in time" without a point in time (no id)`);
    if (pit.id.length > MAX_PIT_ID)
      throw fail(
        `${where} answered "open a point in time" with an id of ${formatCount(pit.id.length)} characters (over ${MAX_PIT_ID / 1024} KiB): no Elasticsearch point in time is so long`,
      );
    pitId = pit.id;
    const query = elasticQuery(exportSelection(), o);
    let after: SortValue[] | undefined;
    /** The sort values of the last page's first hit: a page that starts there again is that page repeated. */
    let lastFirst: SortValue[] | undefined;
    for (;;) {
      const answer = await call('search', {
        method: 'POST',
        path: '_search',
        body: JSON.stringify({
          size: o.pageSize,
          pit: { id: pitId, keep_alive: o.keepAlive },
          sort: [
            { 'winlog.computer_name': { order: 'asc', unmapped_type: 'keyword' } },
            { '@timestamp': { order: 'asc' } },
            { _shard_doc: 'asc' },
          ],
          _source: SOURCE_FIELDS,
          query,
          ...sliceOf(o.slice),
          track_total_hits: false,
          ...(after ? { search_after: after } : {}),
        }),
      });
      const page = hitsOf(answer);
      if (typeof page === 'string')
        throw fail(`${where} answered search ${pages + 1} with something that is no search result: ${page}`);
      if (page.pitId) pitId = page.pitId;
      if (page.hits.length === 0) break;
      let text = '';
      const first = page.hits[0].sort;
      for (const h of page.hits) {
        // Each hit comes after the one before (and the first after the last page's): a page repeated, or
        // sort values going backwards, would write events twice or page for ever.
        if (after) {
          const order = compareSort(after, h.sort);
          if (order === undefined)
            throw fail(`${where} sent sort values that do not match the page before (search ${pages + 1})`);
          if (order >= 0) {
            const repeated = order === 0 || (lastFirst !== undefined && compareSort(lastFirst, h.sort) === 0);
            throw fail(
              `${where} sent a page whose hits ${repeated ? 'repeat' : 'come before'} those already pulled (search ${pages + 1}, sort values ${repeated ? 'repeated' : 'going backwards'}): stopping rather than writing them twice`,
            );
          }
        }
        after = h.sort;
        text += `${JSON.stringify({ _index: h._index, _id: h._id, _source: h._source })}\n`;
      }
      lastFirst = first;
      await o.write(text);
      hits += page.hits.length;
      pages++;
      o.onPage?.(hits);
    }
  } finally {
    http.close();
    // The point in time is closed (it would expire by itself), in a few seconds at most.
    if (pitId) {
      const closing = new SiemHttp(o.access, {
        ...o.http,
        idleMs: Math.min(o.http.idleMs, 5000),
        deadline: Math.min(o.http.deadline, Date.now() + 5000),
      });
      await closing
        .send({ method: 'DELETE', path: '_pit', body: JSON.stringify({ id: pitId }) })
        .then((a) => a.discard())
        .catch(() => undefined);
      closing.close();
    }
  }
  return { hits, pages };
}
