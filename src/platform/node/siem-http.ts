/**
 * The HTTP of `rdpdiag pull`: requests to the one server named, bounded in every way a broken or hostile
 * server could stretch them. No redirect is followed (credentials would go along); a silence longer than
 * the read timeout, the pull's deadline, an answer (decoded: gzip, deflate, br) or a line larger than the
 * limit, and Ctrl-C each end the request with one line that names no secret.
 */
import { Agent as HttpAgent, type IncomingHttpHeaders, type IncomingMessage, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { pipeline, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import {
  formatDuration,
  isRetryableStatus,
  PullError,
  PullInterrupted,
  type RetryPolicy,
  retryAfterMs,
  type SiemAccess,
  scrub,
  shownUrl,
  withRetries,
} from './siem-access.js';

export interface HttpLimits {
  /** The longest the server may stay silent (no byte) while an answer is awaited. */
  idleMs: number;
  /** When the whole pull must be over (`Date.now()` scale). */
  deadline: number;
  /** The most bytes of one answer (Elasticsearch's page), or of one line of a streamed one (Splunk's), decoded. */
  maxBytes: number;
  /** Ctrl-C: ends the request in progress. */
  signal?: AbortSignal;
}

export interface HttpCall {
  method: 'GET' | 'POST' | 'DELETE';
  /** Relative to the path of `--url`: `_search`, `services/search/jobs/export`. */
  path: string;
  query?: Record<string, string>;
  body?: string;
  contentType?: string;
}

/** An answer whose headers came; its body is read once, through one of the three. */
export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body decoded, in pieces: at most `maxBytes` in all. `cut`: the first `limit` bytes, the rest not read. */
  text(limit?: number, cut?: boolean): Promise<string>;
  /** The body decoded, line by line (without `\n` or `\r\n`), each at most `maxBytes`. */
  lines(): AsyncGenerator<string>;
  /** Closes the answer unread. */
  discard(): void;
}

/** `1 KiB`, `128 MiB`. */
export function formatBytes(n: number): string {
  if (n >= 1 << 30 && n % (1 << 30) === 0) return `${n / (1 << 30)} GiB`;
  if (n >= 1 << 20) return `${Math.round(n / (1 << 20))} MiB`;
  if (n >= 1 << 10) return `${Math.round(n / (1 << 10))} KiB`;
  return `${n} bytes`;
}

function authorization(a: SiemAccess): string {
  if (a.apiKey) return `ApiKey ${a.apiKey}`;
  if (a.token) return `Bearer ${a.token}`;
  return `Basic ${Buffer.from(`${a.username ?? ''}:${a.password ?? ''}`).toString('base64')}`;
}

/**
 * One server's connections: one a request, never kept alive (a socket that asks for TCP keep-alive fails
 * under Wine, and a page's search costs far more than a connection); `close` ends any still open.
 */
export class SiemHttp {
  private readonly agent: HttpAgent;
  private readonly where: string;

  constructor(
    private readonly access: SiemAccess,
    private readonly limits: HttpLimits,
  ) {
    this.where = shownUrl(access.url);
    this.agent =
      access.url.protocol === 'https:'
        ? new HttpsAgent({ keepAlive: false, rejectUnauthorized: true, ...(access.ca ? { ca: access.ca } : {}) })
        : new HttpAgent({ keepAlive: false });
  }

  close(): void {
    this.agent.destroy();
  }

  private urlOf(call: HttpCall): URL {
    const base = new URL(this.access.url.href);
    base.hash = '';
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    const url = new URL(call.path, base);
    url.search = base.search;
    for (const [k, v] of Object.entries(call.query ?? {})) url.searchParams.set(k, v);
    return url;
  }

  /** Sends a request; resolves once the headers came (a redirect refused), with the body still to read. */
  async send(call: HttpCall): Promise<Answer> {
    const { access, limits, where } = this;
    const interrupted = () => new PullInterrupted('interrupted (Ctrl-C)');
    if (limits.signal?.aborted) throw interrupted();
    const deadlineError = () => new PullError(`${where}: the pull took longer than it may (--timeout), giving up`);
    const idleError = () =>
      new PullError(`${where} sent nothing for ${formatDuration(limits.idleMs)} (--read-timeout): giving up`);
    if (Date.now() >= limits.deadline) throw deadlineError();
    const url = this.urlOf(call);
    const body = call.body ?? '';
    const https = url.protocol === 'https:';
    const req = (https ? httpsRequest : httpRequest)(url, {
      method: call.method,
      agent: this.agent,
      headers: requestHeaders(access, call, body),
    });
    let failure: PullError | undefined;
    let res: IncomingMessage | undefined;
    let ended = false;
    const fail = (e: PullError) => {
      failure ??= e;
      req.destroy(failure);
      res?.destroy(failure);
    };
    const deadlineTimer = setTimeout(() => fail(deadlineError()), Math.max(0, limits.deadline - Date.now()));
    const onAbort = () => fail(interrupted());
    limits.signal?.addEventListener('abort', onAbort);
    const finish = () => {
      if (ended) return;
      ended = true;
      clearTimeout(deadlineTimer);
      limits.signal?.removeEventListener('abort', onAbort);
      res?.destroy();
    };
    const idleHeaders = setTimeout(() => fail(idleError()), limits.idleMs);
    try {
      res = await new Promise<IncomingMessage>((resolve, reject) => {
        req.on('response', resolve);
        req.on('error', (err) => reject(failure ?? cannotReach(where, access, err)));
        req.end(body);
      });
    } catch (err) {
      finish();
      throw failure ?? err;
    } finally {
      clearTimeout(idleHeaders);
    }
    const answer = res;
    answer.on('error', () => undefined);
    const status = answer.statusCode ?? 0;
    if (status >= 300 && status < 400) {
      finish();
      throw new PullError(scrub(this.redirect(status, answer.headers.location), access));
    }
    const encoding = String(answer.headers['content-encoding'] ?? '')
      .trim()
      .toLowerCase();
    const decoder = decoderFor(encoding);
    if (!decoder && encoding !== '' && encoding !== 'identity') {
      finish();
      throw new PullError(scrub(`${where} answered in an encoding rdpdiag does not read (${encoding})`, access));
    }
    let stream: Readable = answer;
    if (decoder) {
      pipeline(answer, decoder, () => undefined);
      stream = decoder;
    }
    const pieces = answerPieces(stream, {
      where,
      encoding,
      idle: () => setTimeout(() => fail(idleError()), limits.idleMs),
      failure: () => failure,
      finish,
    });
    const tooLarge = (what: string, limit: number) => {
      const e = new PullError(`${where} sent ${what} larger than ${formatBytes(limit)} (--max-response): giving up`);
      fail(e);
      return e;
    };
    return {
      status,
      headers: answer.headers,
      text: (limit = limits.maxBytes, cut = false) => answerText(pieces(), limit, cut, tooLarge),
      lines: () => answerLines(pieces(), limits.maxBytes, tooLarge),
      discard: () => {
        finish();
        stream.destroy();
      },
    };
  }

  private redirect(status: number, location: string | undefined): string {
    const { where } = this;
    let to = '';
    if (location) {
      try {
        const target = new URL(location, this.access.url);
        to =
          target.origin === this.access.url.origin
            ? ` to ${shownUrl(target)}`
            : ` to another server (${target.protocol}//${target.host})`;
      } catch {
        to = ' to an address that is no URL';
      }
    }
    return `${where} answered HTTP ${status}, a redirect${to}: rdpdiag follows no redirect (the credentials would go along); give --url the address that answers itself`;
  }
}

/** The headers of a request: credentials, what rdpdiag accepts, and the body's type and length. */
function requestHeaders(access: SiemAccess, call: HttpCall, body: string): Record<string, string | number> {
  return {
    authorization: authorization(access),
    accept: 'application/json',
    'accept-encoding': 'gzip, deflate',
    'user-agent': 'rdpdiag',
    ...(call.body !== undefined
      ? { 'content-type': call.contentType ?? 'application/json', 'content-length': Buffer.byteLength(body) }
      : {}),
  };
}

/** The server could not be reached: the system's reason, credentials scrubbed. */
function cannotReach(where: string, access: SiemAccess, err: unknown): PullError {
  const e = err as NodeJS.ErrnoException;
  return new PullError(
    scrub(`cannot reach ${where} (${e.code ?? 'error'}: ${String(e.message ?? err).split('\n')[0]})`, access),
  );
}

/** The decoder of an answer's `Content-Encoding`, none for identity (or one rdpdiag does not read). */
function decoderFor(encoding: string): Transform | undefined {
  if (encoding === 'gzip' || encoding === 'x-gzip') return createGunzip();
  if (encoding === 'deflate') return createInflate();
  if (encoding === 'br') return createBrotliDecompress();
  return undefined;
}

/** An answer's text, up to `limit` bytes: past it cut there (`cut`), or `tooLarge`. */
async function answerText(
  pieces: AsyncIterable<Buffer>,
  limit: number,
  cut: boolean,
  tooLarge: (what: string, limit: number) => PullError,
): Promise<string> {
  const kept: Buffer[] = [];
  let size = 0;
  for await (const piece of pieces) {
    if (size + piece.length > limit) {
      if (!cut) throw tooLarge('an answer', limit);
      kept.push(piece.subarray(0, limit - size));
      break;
    }
    kept.push(piece);
    size += piece.length;
  }
  return Buffer.concat(kept).toString('utf8');
}

/** An answer's lines (a CR before the LF dropped), none longer than `maxBytes`. */
async function* answerLines(
  pieces: AsyncIterable<Buffer>,
  maxBytes: number,
  tooLarge: (what: string, limit: number) => PullError,
): AsyncGenerator<string> {
  let pending: Buffer[] = [];
  let size = 0;
  const line = (tail: Buffer) => {
    const bytes = pending.length ? Buffer.concat([...pending, tail]) : tail;
    pending = [];
    size = 0;
    const text = bytes.toString('utf8');
    return text.endsWith('\r') ? text.slice(0, -1) : text;
  };
  for await (const piece of pieces) {
    let from = 0;
    for (let nl = piece.indexOf(10, from); nl >= 0; nl = piece.indexOf(10, from)) {
      if (size + nl - from > maxBytes) throw tooLarge('a line', maxBytes);
      yield line(piece.subarray(from, nl));
      from = nl + 1;
    }
    if (from < piece.length) {
      size += piece.length - from;
      if (size > maxBytes) throw tooLarge('a line', maxBytes);
      pending.push(piece.subarray(from));
    }
  }
  if (size) yield line(Buffer.alloc(0));
}

/**
 * The decoded pieces of an answer, read once, with the read timeout (`idle`) on while each is awaited; the answer is
 * let go (`finish`) when they end or fail.
 */
function answerPieces(
  stream: Readable,
  o: {
    where: string;
    encoding: string;
    idle: () => ReturnType<typeof setTimeout>;
    failure: () => PullError | undefined;
    finish: () => void;
  },
): () => AsyncGenerator<Buffer> {
  let taken = false;
  return async function* pieces(): AsyncGenerator<Buffer> {
    if (taken) throw new Error('an answer is read once');
    taken = true;
    const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    try {
      for (;;) {
        const idle = o.idle();
        let step: IteratorResult<Buffer>;
        try {
          step = await it.next();
        } catch (err) {
          const failure = o.failure();
          if (failure) throw failure;
          const code = (err as NodeJS.ErrnoException).code ?? '';
          if (code.startsWith('Z_') || code.startsWith('ERR_ZLIB') || code.startsWith('ERR__BROTLI'))
            throw new PullError(`${o.where} sent a damaged ${o.encoding} answer (${code})`);
          throw new PullError(`the answer from ${o.where} was cut off (${code || 'error'})`);
        } finally {
          clearTimeout(idle);
        }
        const failure = o.failure();
        if (failure) throw failure;
        if (step.done) return;
        yield step.value;
      }
    } finally {
      o.finish();
      stream.destroy();
    }
  };
}

/** The most of an error answer read for its message. */
const ERROR_BODY_BYTES = 64 << 10;

/** The start of an error answer's body, read for its message ('' when it cannot be read). */
export function errorBody(answer: Answer): Promise<string> {
  return answer.text(ERROR_BODY_BYTES, true).catch(() => '');
}

/** A busy answer, retried: the wait the server asked for, if any, and the reason its body gave. */
class Busy extends Error {
  constructor(
    readonly status: number,
    readonly waitMs: number | undefined,
    readonly reason: string,
  ) {
    super(`HTTP ${status}`);
  }
}

/**
 * Sends `request`, again after a wait while the server answers busy (`withRetries` under `retry`): the first answer
 * that is not busy. Still busy after the retries: "<server>: <what> failed (HTTP n, still busy after retries)", with
 * the reason the last busy answer's body gives (`reasonOf`; without one the body is not read).
 */
export async function sendRetrying(
  http: SiemHttp,
  request: HttpCall,
  o: { access: SiemAccess; retry: RetryPolicy },
  what: string,
  reasonOf?: (body: string) => string,
): Promise<Answer> {
  const where = shownUrl(o.access.url);
  try {
    return await withRetries(
      async () => {
        const a = await http.send(request);
        if (isRetryableStatus(a.status)) {
          let reason = '';
          if (reasonOf) reason = reasonOf(await errorBody(a));
          else a.discard();
          throw new Busy(a.status, retryAfterMs(a.headers['retry-after']), reason);
        }
        return a;
      },
      (err) => (err instanceof Busy ? (err.waitMs ?? null) : undefined),
      o.retry,
      where,
    );
  } catch (err) {
    if (err instanceof Busy)
      throw new PullError(
        scrub(
          `${where}: ${what} failed (HTTP ${err.status}, still busy after retries)${err.reason ? `: ${err.reason}` : ''}`,
          o.access,
        ),
      );
    throw err;
  }
}
