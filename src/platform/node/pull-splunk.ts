/**
 * `rdpdiag pull splunk`: one search through Splunk's REST export endpoint (`search/jobs/export`,
 * `output_mode=json`), which streams its results as they are found, one JSON object a line
 * (`{"preview":false,"offset":N,"result":{"_raw":…}}`). Each result line is written as it came: the
 * shape the Splunk reader takes, as a UI or `curl` export would give it. Each line is bounded in bytes
 * and checked before it is written.
 */
import { type ExportLimits, exportSelection, splunkSearch } from '../../diagnose/export-selection.js';
import { PullError, type RetryPolicy, type SiemAccess, scrub, shownUrl } from './siem-access.js';
import { type Answer, errorBody, type HttpLimits, SiemHttp, sendRetrying } from './siem-http.js';

export interface SplunkPullOptions extends ExportLimits {
  access: SiemAccess;
  /** Splunk indexes to search (none: every index the role searches by default). */
  indexes: string[];
  retry: RetryPolicy;
  http: HttpLimits;
  write: (text: string) => Promise<void>;
  onProgress?: (results: number) => void;
  /** Only the computers of part K of N (`pull splunk --shard K/N`, `splunkShardClause`). */
  shard?: { k: number; n: number };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The texts of Splunk's `messages` (all, or of the types given), when there are any. */
function messagesOf(body: unknown, types?: readonly string[]): string[] {
  const list = isObject(body) ? body.messages : undefined;
  if (!Array.isArray(list)) return [];
  return list
    .filter((m) => isObject(m) && typeof m.text === 'string' && m.text && (!types || types.includes(String(m.type))))
    .map((m) => String((m as { text: string }).text).slice(0, 500));
}

/** The message of a Splunk error body (`{"messages":[{"type":"ERROR","text":…}]}`), when it has one. */
function splunkMessage(text: string): string {
  try {
    return messagesOf(JSON.parse(text)).join('; ');
  } catch {
    return '';
  }
}

/** Opens the export, retrying busy answers; returns the streaming answer. */
async function openExport(o: SplunkPullOptions, http: SiemHttp, body: string): Promise<Answer> {
  const where = shownUrl(o.access.url);
  const res = await sendRetrying(
    http,
    { method: 'POST', path: 'services/search/jobs/export', body, contentType: 'application/x-www-form-urlencoded' },
    o,
    'the export',
  );
  const code = res.status;
  if (code === 401) {
    res.discard();
    throw new PullError(
      `${where} refused the credentials (HTTP 401): check RDPDIAG_SPLUNK_TOKEN or RDPDIAG_SPLUNK_USERNAME/PASSWORD`,
    );
  }
  if (code === 403) {
    res.discard();
    throw new PullError(
      `${where}: the credentials may not run searches (HTTP 403): the role needs the search capability`,
    );
  }
  if (code !== 200) {
    const message = splunkMessage(await errorBody(res));
    throw new PullError(scrub(`${where}: the export failed (HTTP ${code})${message ? `: ${message}` : ''}`, o.access));
  }
  return res;
}

/** Pulls every matching event; returns how many results. */
export async function pullSplunk(o: SplunkPullOptions): Promise<{ results: number }> {
  const where = shownUrl(o.access.url);
  const params = new URLSearchParams({
    search: splunkSearch(exportSelection(), o.indexes, o.computers, o.shard),
    output_mode: 'json',
  });
  if (o.sinceMs !== undefined) params.set('earliest_time', String(o.sinceMs / 1000));
  if (o.untilMs !== undefined) params.set('latest_time', String(o.untilMs / 1000));
  const http = new SiemHttp(o.access, o.http);
  let results = 0;
  const take = (line: string): string => {
    if (line.trim() === '') return '';
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new PullError(`${where} sent a line that is not JSON after ${results} results`);
    }
    if (!isObject(row)) throw new PullError(`${where} sent a line that is not a JSON object after ${results} results`);
    const fatal = messagesOf(row, ['FATAL', 'ERROR']);
    if (fatal.length) throw new PullError(scrub(`Splunk: ${fatal.join('; ')}`, o.access));
    if (row.preview === true || row.result === undefined) return '';
    if (!isObject(row.result))
      throw new PullError(`${where} sent a result that is not a JSON object after ${results} results`);
    results++;
    return `${line}\n`;
  };
  try {
    const res = await openExport(o, http, params.toString());
    let text = '';
    for await (const line of res.lines()) {
      text += take(line);
      // Written in pieces of about a MiB: what is held stays bounded whatever the results' count.
      if (text.length >= 1 << 20) {
        await o.write(text);
        text = '';
        o.onProgress?.(results);
      }
    }
    await o.write(text);
    o.onProgress?.(results);
  } finally {
    http.close();
  }
  return { results };
}
