/**
 * `rdpdiag pull splunk`: one search through Splunk's REST export endpoint (`search/jobs/export`,
 * `output_mode=json`), which streams its results as they are found, one JSON object a line
 * (`{"preview":false,"offset":N,"result":{"_raw":…}}`). Each result line is written as it came: the
 * shape the Splunk reader takes, as a UI or `curl` export would give it.
 */
import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { type ExportLimits, exportSelection, splunkSearch } from '../../diagnose/export-selection.js';
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

export interface SplunkPullOptions extends ExportLimits {
  access: SiemAccess;
  /** Splunk indexes to search (none: every index the role searches by default). */
  indexes: string[];
  retry: RetryPolicy;
  write: (text: string) => Promise<void>;
  onProgress?: (results: number) => void;
  /** A result line longer than this (in UTF-16 units) stops the pull (default 64 Mi). */
  maxLine?: number;
  /** No new result line for this long stops the pull, however slowly bytes still trickle in (default 5 min). */
  stallMs?: number;
}

const MAX_LINE = 64 * 1024 * 1024;

/** A busy answer, retried: the wait the server asked for, if any. */
class Busy extends Error {
  constructor(
    readonly status: number,
    readonly waitMs: number | undefined,
  ) {
    super(`HTTP ${status}`);
  }
}

const IDLE_TIMEOUT_MS = 300_000;

function authorization(a: SiemAccess): string {
  if (a.token) return `Bearer ${a.token}`;
  return `Basic ${Buffer.from(`${a.username ?? ''}:${a.password ?? ''}`).toString('base64')}`;
}

function post(access: SiemAccess, path: string, body: string): Promise<IncomingMessage> {
  const url = new URL(path, access.url.href.endsWith('/') ? access.url.href : `${access.url.href}/`);
  const https = url.protocol === 'https:';
  const send = https ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: 'POST',
        headers: {
          authorization: authorization(access),
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          accept: 'application/json',
          'user-agent': 'rdpdiag',
        },
        ...(https ? { rejectUnauthorized: true, ...(access.ca ? { ca: access.ca } : {}) } : {}),
      },
      resolve,
    );
    req.setTimeout(IDLE_TIMEOUT_MS, () =>
      req.destroy(Object.assign(new Error('no answer for 5 minutes'), { code: 'ETIMEDOUT' })),
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function readText(res: IncomingMessage, limit = 4096): Promise<string> {
  let text = '';
  res.setEncoding('utf8');
  for await (const chunk of res) if (text.length < limit) text += chunk;
  return text.slice(0, limit);
}

/** The message of a Splunk error body (`{"messages":[{"type":"ERROR","text":…}]}`), when it has one. */
function splunkMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { messages?: { type?: string; text?: string }[] };
    return (body.messages ?? [])
      .map((m) => m.text)
      .filter(Boolean)
      .join('; ');
  } catch {
    return '';
  }
}

/** Opens the export, retrying busy answers; returns the streaming response. */
async function openExport(o: SplunkPullOptions, body: string): Promise<IncomingMessage> {
  const where = shownUrl(o.access.url);
  const res = await withRetries(
    async () => {
      let r: IncomingMessage;
      try {
        r = await post(o.access, 'services/search/jobs/export', body);
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        throw new PullError(`cannot reach ${where} (${e.code ?? 'error'}: ${scrub(e.message ?? '', o.access)})`);
      }
      const code = r.statusCode ?? 0;
      if (isRetryableStatus(code)) {
        r.resume();
        throw new Busy(code, retryAfterMs(r.headers['retry-after']));
      }
      return r;
    },
    (err) => (err instanceof Busy ? (err.waitMs ?? null) : undefined),
    o.retry,
  ).catch((err) => {
    if (err instanceof Busy)
      throw new PullError(`${where}: the export failed (HTTP ${err.status}, still busy after retries)`);
    throw err;
  });
  const code = res.statusCode ?? 0;
  if (code === 401) {
    res.resume();
    throw new PullError(
      `${where} refused the credentials (HTTP 401): check RDPDIAG_SPLUNK_TOKEN or RDPDIAG_SPLUNK_USERNAME/PASSWORD`,
    );
  }
  if (code === 403) {
    res.resume();
    throw new PullError(
      `${where}: the credentials may not run searches (HTTP 403): the role needs the search capability`,
    );
  }
  if (code !== 200) {
    const message = splunkMessage(await readText(res));
    throw new PullError(scrub(`${where}: the export failed (HTTP ${code})${message ? `: ${message}` : ''}`, o.access));
  }
  return res;
}

/** Pulls every matching event; returns how many results. */
export async function pullSplunk(o: SplunkPullOptions): Promise<{ results: number }> {
  const params = new URLSearchParams({
    search: splunkSearch(exportSelection(), o.indexes, o.computers),
    output_mode: 'json',
  });
  if (o.sinceMs !== undefined) params.set('earliest_time', String(o.sinceMs / 1000));
  if (o.untilMs !== undefined) params.set('latest_time', String(o.untilMs / 1000));
  const res = await openExport(o, params.toString());
  res.setEncoding('utf8');
  let results = 0;
  let rest = '';
  const take = (line: string): string => {
    if (line.trim() === '') return '';
    let row: { preview?: boolean; result?: unknown; messages?: { type?: string; text?: string }[] };
    try {
      row = JSON.parse(line);
    } catch {
      throw new PullError(`${shownUrl(o.access.url)} sent a line that is not JSON after ${results} results`);
    }
    const fatal = row.messages?.filter((m) => m.type === 'FATAL' || m.type === 'ERROR').map((m) => m.text);
    if (fatal?.length) throw new PullError(scrub(`Splunk: ${fatal.join('; ')}`, o.access));
    if (row.preview === true || !row.result) return '';
    results++;
    return `${line}\n`;
  };
  const maxLine = o.maxLine ?? MAX_LINE;
  const stallMs = o.stallMs ?? IDLE_TIMEOUT_MS;
  // A server that trickles bytes keeps the socket from idling: what must keep coming is whole lines.
  let stall: NodeJS.Timeout | undefined;
  const watch = () => {
    clearTimeout(stall);
    stall = setTimeout(
      () => res.destroy(Object.assign(new Error('no result line for a long time'), { code: 'ETIMEDOUT' })),
      stallMs,
    );
  };
  watch();
  try {
    for await (const chunk of res as AsyncIterable<string>) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      if (lines.length) watch();
      let text = '';
      for (const line of lines) text += take(line.endsWith('\r') ? line.slice(0, -1) : line);
      await o.write(text);
      o.onProgress?.(results);
      if (rest.length > maxLine)
        throw new PullError(
          `${shownUrl(o.access.url)} sent a line longer than ${maxLine.toLocaleString('en-US')} characters: stopped after ${results} results`,
        );
    }
  } catch (err) {
    res.destroy();
    if (err instanceof PullError) throw err;
    throw new PullError(
      `the export from ${shownUrl(o.access.url)} stopped after ${results} results (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  } finally {
    clearTimeout(stall);
  }
  await o.write(take(rest));
  return { results };
}
