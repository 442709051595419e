/**
 * What `rdpdiag pull` needs to reach a SIEM, whatever the engine: its address and credentials (from the
 * environment or a file, never from the command line), the CA to trust, retries of a busy server, and
 * errors that never carry a credential.
 */
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

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
    // The line may hold a secret: the message names the line and the variable, never the value.
    if (eq <= 0 || !known.has(name))
      throw new PullError(
        `${path}, line ${i + 1}: expected NAME=value with NAME one of ${[...known].join(', ')}${eq > 0 && /^RDPDIAG_[A-Z_]+$/.test(name) ? ` (not ${name})` : ''}`,
      );
    out[name] = line
      .slice(eq + 1)
      .trim()
      .replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

/**
 * The server's address as it may be shown: scheme, host and port, never user info, query or a path segment that
 * may be a token (a proxy's path keeps its plain words: `/elastic`).
 */
export function shownUrl(url: URL): string {
  const path = url.pathname
    .split('/')
    .map((segment) => (segment === '' || /^[a-z][a-z._-]{0,15}$/i.test(segment) ? segment : '…'))
    .join('/');
  return `${url.protocol}//${url.host}${path === '/' ? '' : path}`;
}

/** A credentials or CA file is a few lines: anything larger (or not a regular file) is a mistake. */
const MAX_SMALL_FILE = 1024 * 1024;

/**
 * A regular file of at most MAX_SMALL_FILE bytes, read whole: a FIFO, a device (`/dev/zero`) or a directory is
 * refused at once, without blocking on it or reading without end.
 */
async function readSmallFile(path: string, what: string, check?: (info: Stats) => void): Promise<string> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    throw new PullError(`cannot read ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  if (!info.isFile()) throw new PullError(`${what} ${path} is not a regular file`);
  if (info.size > MAX_SMALL_FILE)
    throw new PullError(`${what} ${path} is ${info.size.toLocaleString('en-US')} bytes: not a credentials or CA file`);
  check?.(info);
  try {
    const text = await readFile(path, 'utf8');
    if (Buffer.byteLength(text) > MAX_SMALL_FILE) throw new PullError(`${what} ${path} grew while it was read`);
    return text;
  } catch (err) {
    if (err instanceof PullError) throw err;
    throw new PullError(`cannot read ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
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
    const text = await readSmallFile(o.credentials, 'the credentials file', (info) => {
      if (process.platform !== 'win32' && (info.mode & 0o077) !== 0)
        warn(`${o.credentials} can be read by other users of this computer: chmod 600 it`);
    });
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
    access.ca = await readSmallFile(o.ca, 'the CA file');
    if (!access.ca.includes('-----BEGIN CERTIFICATE-----'))
      throw new PullError(`${o.ca} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
  }
  return access;
}

/**
 * Replaces every credential in a text (a server's error message, which may echo the request) by `***`: the values
 * as given, URL-encoded, and as the Authorization header carried them (Basic's base64 of user:password).
 */
export function scrub(text: string, access: SiemAccess): string {
  const secrets = new Set<string>();
  for (const secret of [access.apiKey, access.token, access.password]) {
    if (!secret || secret.length < 4) continue;
    secrets.add(secret);
    secrets.add(encodeURIComponent(secret));
    secrets.add(Buffer.from(secret).toString('base64').replace(/=+$/, ''));
  }
  if (access.password && access.password.length >= 4) {
    const basic = Buffer.from(`${access.username ?? ''}:${access.password}`).toString('base64');
    secrets.add(basic.replace(/=+$/, ''));
  }
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join('***');
  return out;
}

export interface RetryPolicy {
  /** Tries in all, the first included. */
  tries: number;
  /** The first wait when the server does not say (`Retry-After`); doubled each time. */
  baseMs: number;
  /** The longest wait, whatever the server asks. */
  maxMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  tries: 6,
  baseMs: 1000,
  maxMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** HTTP statuses a busy or restarting server answers and that a later try may pass. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 502 || status === 503 || status === 504;
}

/** How long `Retry-After` asks to wait (seconds or an HTTP date), when it says. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

/**
 * Runs `call`, again after a wait while it fails with a retryable status (`busy` returns the wait the
 * server asked for, `null` when it asked none, undefined when the failure is not one to retry).
 */
export async function withRetries<T>(
  call: () => Promise<T>,
  busy: (err: unknown) => number | null | undefined,
  policy: RetryPolicy,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const asked = busy(err);
      // A server that asks for a longer wait than we would ever give is not coming back soon: said at once.
      if (asked === undefined || attempt >= policy.tries || (asked !== null && asked > policy.maxMs)) throw err;
      const wait = Math.min(policy.maxMs, asked ?? policy.baseMs * 2 ** (attempt - 1));
      await policy.sleep(wait);
    }
  }
}
