/**
 * What `rdpdiag pull` needs to reach a SIEM, whatever the engine: its address and credentials (from the
 * environment or a file, never from the command line), the CA to trust, retries of a busy server, and
 * errors that never carry a credential.
 */
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { formatCount } from '../../model/numbers.js';

export type Engine = 'elastic' | 'splunk';

export interface SiemAccess {
  /** The server, without credentials (`https://host:9200`). */
  url: URL;
  /** Elasticsearch API key (the base64 `id:key`, as Kibana shows it). */
  apiKey?: string;
  /** Splunk authentication token (sent as `Authorization: Bearer`). */
  token?: string;
  username?: string;
  password?: string;
  /** PEM certificates to trust instead of the system's (TLS verification stays on). */
  ca?: string;
}

/** A failure to pull: one line for the user (it names no credential), exit 2. */
export class PullError extends Error {}

/** The pull was stopped (Ctrl-C): nothing is kept. */
export class PullInterrupted extends PullError {}

const PREFIX: Record<Engine, string> = { elastic: 'RDPDIAG_ELASTIC_', splunk: 'RDPDIAG_SPLUNK_' };
const SECRET_NAMES: Record<Engine, string[]> = { elastic: ['API_KEY', 'PASSWORD'], splunk: ['TOKEN', 'PASSWORD'] };
const NAMES: Record<Engine, string[]> = {
  elastic: ['URL', 'API_KEY', 'USERNAME', 'PASSWORD'],
  splunk: ['URL', 'TOKEN', 'USERNAME', 'PASSWORD'],
};

/** The variable names an engine reads, for messages and the README. */
export function accessVariables(engine: Engine): string[] {
  return NAMES[engine].map((n) => PREFIX[engine] + n);
}

/** `NAME=value` lines (blank lines and `#` comments skipped; values may be quoted). */
function parseCredentialsFile(text: string, path: string, engine: Engine): Record<string, string> {
  const out: Record<string, string> = {};
  const known = new Set(accessVariables(engine));
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const name = (eq > 0 ? line.slice(0, eq) : line).trim().replace(/^export\s+/, '');
    // The line may hold a secret (a password alone on its line, in capitals too): the message names the
    // line, and a name only when it is one of rdpdiag's variables (of the other engine, or misspelt).
    if (eq <= 0 || !known.has(name))
      throw new PullError(
        `${path}, line ${i + 1}: expected NAME=value with NAME one of ${[...known].join(', ')}${eq > 0 && /^RDPDIAG_[A-Z_]{1,40}$/.test(name) ? ` (not ${name})` : ''}`,
      );
    out[name] = line
      .slice(eq + 1)
      .trim()
      .replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

/**
 * A path segment of `--url` that may be a secret (a proxy's token, a Splunk HEC key): long, or mixing
 * letters and digits; `es`, `splunk`, `elastic-8` stay readable.
 */
function secretLooking(segment: string): boolean {
  return segment.length >= 24 || (segment.length >= 12 && /\d/.test(segment) && /[a-z]/i.test(segment));
}

/** The server's address as it may be shown: scheme, host, port and path, never user info, a query or a token. */
export function shownUrl(url: URL): string {
  const path = url.pathname
    .split('/')
    .map((s) => (secretLooking(safeDecode(s)) ? '***' : s))
    .join('/');
  return `${url.protocol}//${url.host}${path === '/' ? '' : path}${url.search ? '?***' : ''}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The largest credentials or CA file read: either holds a few lines. */
export const MAX_ACCESS_FILE_BYTES = 1 << 20;

/**
 * Reads a credentials or CA file: a regular file only (a FIFO, a device such as /dev/zero or a folder is
 * refused at once, before it is opened for reading: none blocks nor streams without end), of at most
 * `limit` bytes, read no further than that.
 */
export async function readAccessFile(
  path: string,
  what: string,
  limit = MAX_ACCESS_FILE_BYTES,
): Promise<{ text: string; info: Stats }> {
  const cannot = (err: unknown) =>
    new PullError(`cannot read the ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  const check = (info: Stats) => {
    if (!info.isFile())
      throw new PullError(`the ${what} ${path} is ${kindOf(info)}, not a regular file: name the file itself`);
    if (info.size > limit) throw new PullError(`the ${what} ${path} is larger than ${limit >> 10} KiB: not a ${what}`);
  };
  check(await stat(path).catch((err) => Promise.reject(cannot(err))));
  // Non-blocking: a file replaced by a FIFO since the check above does not hang the open.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((err) =>
    Promise.reject(cannot(err)),
  );
  try {
    const info = await handle.stat();
    check(info);
    const buffer = Buffer.alloc(limit + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled > limit) throw new PullError(`the ${what} ${path} is larger than ${limit >> 10} KiB: not a ${what}`);
    }
    return {
      text: buffer
        .subarray(0, filled)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
      info,
    };
  } catch (err) {
    throw err instanceof PullError ? err : cannot(err);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * Reads the address and credentials: `--url` or `RDPDIAG_<ENGINE>_URL`; the credentials from the file
 * named by `--credentials` when given, else from the environment. A URL with a user name or password in
 * it is refused (a command line is seen by every process on the machine and kept in shell history).
 */
export async function readAccess(
  engine: Engine,
  o: { url?: string; credentials?: string; ca?: string },
  env: Readonly<Record<string, string | undefined>>,
  warn: (message: string) => void,
): Promise<SiemAccess> {
  const p = PREFIX[engine];
  let values: Record<string, string | undefined> = env;
  if (o.credentials) {
    const { text, info } = await readAccessFile(o.credentials, 'credentials file');
    if (process.platform !== 'win32' && (info.mode & 0o077) !== 0)
      warn(`${o.credentials} can be read by other users of this computer: chmod 600 it`);
    values = { ...parseCredentialsFile(text, o.credentials, engine) };
    if (!values[`${p}URL`]) values[`${p}URL`] = env[`${p}URL`];
  }
  const rawUrl = o.url ?? values[`${p}URL`];
  if (!rawUrl) throw new PullError(`no server given: use --url or set ${p}URL`);
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new PullError(
      `--url must be a URL such as ${engine === 'elastic' ? 'https://elastic.example:9200' : 'https://splunk.example:8089'}`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new PullError('--url must start with https:// (or http://)');
  if (url.username || url.password)
    throw new PullError(
      `the URL holds a user name or password: give credentials in ${SECRET_NAMES[engine].map((n) => p + n).join(' or ')} (or --credentials <file>), never on the command line`,
    );
  const access: SiemAccess = { url };
  const apiKey = values[`${p}API_KEY`];
  const token = values[`${p}TOKEN`];
  const username = values[`${p}USERNAME`];
  const password = values[`${p}PASSWORD`];
  if (engine === 'elastic' && apiKey) access.apiKey = apiKey;
  else if (engine === 'splunk' && token) access.token = token;
  else if (username && password) {
    access.username = username;
    access.password = password;
  } else {
    const first = engine === 'elastic' ? `${p}API_KEY` : `${p}TOKEN`;
    throw new PullError(
      `no credentials: set ${first}, or ${p}USERNAME and ${p}PASSWORD, in the environment or in a file given with --credentials`,
    );
  }
  if (o.ca) {
    access.ca = (await readAccessFile(o.ca, 'CA file')).text;
    if (!access.ca.includes('-----BEGIN CERTIFICATE-----'))
      throw new PullError(`${o.ca} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
  }
  return access;
}

/**
 * The texts a message must never show: every credential as given, as the server may echo it back (the
 * Basic `user:password` and an API key's `id:key` in base64 or decoded, URL- or JSON-escaped) and what
 * may be a secret in `--url` (user info, query values, token-looking path segments).
 */
function secretsOf(access: SiemAccess): string[] {
  const found = new Set<string>();
  const add = (secret: string | undefined) => {
    if (!secret || secret.length < 4) return;
    for (const form of [
      secret,
      encodeURIComponent(secret),
      JSON.stringify(secret).slice(1, -1),
      ...base64Forms(secret),
    ])
      if (form.length >= 4) found.add(form);
  };
  add(access.apiKey);
  add(access.token);
  add(access.password);
  if (access.password !== undefined) add(`${access.username ?? ''}:${access.password}`);
  if (access.apiKey) {
    const decoded = Buffer.from(access.apiKey, 'base64').toString('utf8');
    if (/^[\x21-\x7e]+:[\x21-\x7e]+$/.test(decoded)) {
      add(decoded);
      add(decoded.slice(decoded.indexOf(':') + 1));
    }
  }
  const url = access.url;
  add(safeDecode(url.password));
  add(safeDecode(url.username));
  for (const [, value] of url.searchParams) add(value);
  add(url.hash.slice(1));
  for (const segment of url.pathname.split('/')) if (secretLooking(safeDecode(segment))) add(safeDecode(segment));
  // The longest first: a secret that holds another is replaced whole.
  return [...found].sort((a, b) => b.length - a.length);
}

/** A text in base64 as servers and proxies echo it: standard and URL-safe, with and without padding. */
function base64Forms(text: string): string[] {
  const standard = Buffer.from(text, 'utf8').toString('base64');
  const unpadded = standard.replace(/=+$/, '');
  return [standard, unpadded, unpadded.replace(/\+/g, '-').replace(/\//g, '_')];
}

/** Replaces every credential (and its encodings) and every secret of the URL in a text by `***`. */
export function scrub(text: string, access: SiemAccess): string {
  let out = text;
  for (const secret of secretsOf(access)) out = out.split(secret).join('***');
  return out;
}

export interface RetryPolicy {
  /** Tries in all, the first included. */
  tries: number;
  /** The first wait when the server does not say (`Retry-After`); doubled each time. */
  baseMs: number;
  /** The longest wait: a backoff stops growing there; a server asking longer ends the pull at once. */
  maxMs: number;
  sleep: (ms: number) => Promise<void>;
  /** When the pull must be over (`Date.now()` scale): a wait that would end past it ends the pull now. */
  deadline?: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  tries: 6,
  baseMs: 1000,
  maxMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** A duration for a message: `250 ms`, `42 s`, `5 min`, `3 h`, `11 days`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 120) return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.round(s / 3600)} h`;
  return `${formatCount(Math.round(s / 86_400))} days`;
}

/** HTTP statuses a busy or restarting server answers and that a later try may pass. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 502 || status === 503 || status === 504;
}

/** How long `Retry-After` asks to wait (seconds or an HTTP date), when it says. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Math.min(Number(value.trim()), 1e9) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

/**
 * Runs `call`, again after a wait while it fails with a retryable status (`busy` returns the wait the
 * server asked for, `null` when it asked none, undefined when the failure is not one to retry). A server
 * that asks for more than `maxMs`, or a wait past the deadline, ends it at once (`where` names the server).
 */
export async function withRetries<T>(
  call: () => Promise<T>,
  busy: (err: unknown) => number | null | undefined,
  policy: RetryPolicy,
  where = 'the server',
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const asked = busy(err);
      if (asked === undefined || attempt >= policy.tries) throw err;
      if (asked !== null && asked > policy.maxMs)
        throw new PullError(
          `${where} is busy and asks to be tried again in ${formatDuration(asked)} (Retry-After), more than the ${formatDuration(policy.maxMs)} rdpdiag waits (--max-wait): try later`,
        );
      const wait = Math.min(policy.maxMs, asked ?? policy.baseMs * 2 ** (attempt - 1));
      if (policy.deadline !== undefined && Date.now() + wait > policy.deadline)
        throw new PullError(
          `${where} is still busy, and waiting ${formatDuration(wait)} more would pass the time the pull may take (--timeout)`,
        );
      await policy.sleep(wait);
    }
  }
}
