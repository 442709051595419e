/**
 * `rdpdiag pull` against hostile or broken servers, all on 127.0.0.1, and hostile local files: no answer,
 * file or signal may hang it, crash it (exit 3), take unbounded memory, write duplicates, leak a secret or
 * write over what it reads. The limits are set small through their options, so no test measures speed:
 * times are only bounded, generously.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv, ROOT, rdpdiag } from '../helpers/cli.js';

const API_KEY = 'VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==';
const USER = 'elastic';
const PASSWORD = 'correct horse battery staple';
const BASIC = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
const TOKEN = 'eyJraWQiOiJzcGx1bmsuc2VjcmV0IiwiYWxnIjoiSFM1MTIifQ.rdpdiag-hostile-token';
const ES_ENV = { RDPDIAG_ELASTIC_API_KEY: API_KEY };
const BASIC_ENV = { RDPDIAG_ELASTIC_API_KEY: '', RDPDIAG_ELASTIC_USERNAME: USER, RDPDIAG_ELASTIC_PASSWORD: PASSWORD };
const POSIX = process.platform !== 'win32';

const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-pull-hostile-'));
const servers: Server[] = [];

afterAll(async () => {
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

/** A server on 127.0.0.1 that answers with `handle`; its URL. */
async function serve(handle: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<string> {
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => handle(req, res, body));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const ES_HEADERS = { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' };

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...ES_HEADERS, ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

function hit(computer: string, ms: number, n: number) {
  return {
    _index: 'winlogbeat-8',
    _id: `id-${n}`,
    _source: {
      '@timestamp': new Date(ms).toISOString(),
      winlog: { channel: 'Security', computer_name: computer, event_id: '4624', record_id: n },
    },
    sort: [computer, ms, n],
  };
}

/**
 * An Elasticsearch whose point in time opens normally and whose searches `search` answers (n: the
 * search's number, from 1); counts what it is asked.
 */
async function elastic(search: (n: number, res: ServerResponse, req: IncomingMessage, body: string) => void) {
  const asked = { searches: 0, requests: 0 };
  const url = await serve((req, res, body) => {
    asked.requests++;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'POST' && path.endsWith('/_pit')) return send(res, 200, { id: 'pit-0' });
    if (req.method === 'DELETE' && path.endsWith('/_pit')) return send(res, 200, { succeeded: true });
    if (req.method === 'POST' && path.endsWith('/_search')) return search(++asked.searches, res, req, body);
    send(res, 404, { error: 'no handler' });
  });
  return { url, asked };
}

function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  return lines[0];
}

function expectNoSecret(...texts: string[]) {
  const secrets = [API_KEY, PASSWORD, BASIC, BASIC.replace(/=+$/, ''), TOKEN, encodeURIComponent(PASSWORD)];
  for (const t of texts) for (const s of secrets) expect(t).not.toContain(s);
}

describe('pull: -o is never a file it reads', () => {
  const creds = join(dir, 'creds.env');
  const ca = join(dir, 'ca.pem');
  const content = `RDPDIAG_ELASTIC_URL=http://127.0.0.1:9\nRDPDIAG_ELASTIC_API_KEY=${API_KEY}\n`;

  it('refuses -o naming the credentials file (as given, through a symbolic link, a hard link, ..) or the CA file', async () => {
    writeFileSync(creds, content, { mode: 0o600 });
    writeFileSync(ca, readFileSync(join('test', 'platform', 'tls', 'localhost-cert.pem')));
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const names = [creds, join(dir, 'sub', '..', 'creds.env')];
    if (POSIX) {
      symlinkSync(creds, join(dir, 'creds-link.env'));
      linkSync(creds, join(dir, 'creds-hard.env'));
      names.push(join(dir, 'creds-link.env'), join(dir, 'creds-hard.env'));
    }
    for (const out of names) {
      const r = await rdpdiag(['pull', 'elastic', '--credentials', creds, '-o', out]);
      expect(r.code, r.stderr).toBe(2);
      expect(oneLine(r.stderr)).toMatch(/the output .* is the file given with --credentials .*choose another output/);
      expectNoSecret(r.stderr);
      expect(readFileSync(creds, 'utf8')).toBe(content);
    }
    const r = await rdpdiag(['pull', 'elastic', '--credentials', creds, '--ca', ca, '-o', ca]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is the file given with --ca/);
    expect(readFileSync(ca, 'utf8')).toContain('BEGIN CERTIFICATE');
  });
});

describe('pull: credentials and CA only from small regular files', () => {
  it('refuses a folder, a device, a FIFO and a file over 1 MiB at once, without reading them', async () => {
    const big = join(dir, 'big.env');
    writeFileSync(big, `RDPDIAG_ELASTIC_API_KEY=${'x'.repeat((1 << 20) + 10)}\n`);
    const cases: [string, RegExp][] = [
      [dir, /is a folder, not a regular file/],
      [big, /larger than 1024 KiB/],
    ];
    if (POSIX) {
      const fifo = join(dir, 'creds.fifo');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      cases.push(
        ['/dev/zero', /is a device, not a regular file/],
        [fifo, /is a named pipe \(FIFO\), not a regular file/],
      );
    }
    for (const [path, message] of cases)
      for (const option of ['--credentials', '--ca']) {
        const started = Date.now();
        const r = await rdpdiag(['pull', 'elastic', '--url', 'http://127.0.0.1:9', option, path], ES_ENV);
        expect(r.code, `${option} ${path}: ${r.stderr}`).toBe(2);
        expect(oneLine(r.stderr)).toMatch(message);
        expect(r.stderr).toContain(option === '--ca' ? 'CA file' : 'credentials file');
        expect(Date.now() - started).toBeLessThan(10_000);
      }
  });
});

describe('pull: no secret in any message', () => {
  it('hides the password and user:password in base64 when a server echoes the Basic header in a 500 body', async () => {
    const { url } = await elastic((_n, res, req) =>
      send(res, 500, {
        error: {
          type: 'internal_error',
          reason: `bad header Authorization: ${req.headers.authorization} (${BASIC.replace(/=+$/, '')}, ${PASSWORD}, ${encodeURIComponent(PASSWORD)})`,
        },
      }),
    );
    const r = await rdpdiag(['pull', 'elastic', '--url', url], BASIC_ENV);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(
      /search failed \(HTTP 500\): internal_error: bad header Authorization: Basic \*\*\*/,
    );
    expectNoSecret(r.stderr);
  });

  it('hides them in a Splunk FATAL message, and a token given in the path or query of --url', async () => {
    const secretPath = 'a1b2c3d4e5f6g7h8i9j0';
    const queryToken = 'qtoken-998877';
    const url = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        `${JSON.stringify({
          messages: [
            {
              type: 'FATAL',
              text: `cannot parse ${req.headers.authorization} at ${req.url} (${BASIC}, ${PASSWORD}, ${secretPath}, ${queryToken})`,
            },
          ],
        })}\n`,
      );
    });
    const r = await rdpdiag(['pull', 'splunk', '--url', `${url}/${secretPath}/?key=${queryToken}`], {
      RDPDIAG_SPLUNK_TOKEN: '',
      RDPDIAG_SPLUNK_USERNAME: USER,
      RDPDIAG_SPLUNK_PASSWORD: PASSWORD,
    });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/Splunk: cannot parse Basic \*\*\* at/);
    expectNoSecret(r.stderr);
    expect(r.stderr).not.toContain(secretPath);
    expect(r.stderr).not.toContain(queryToken);
    // The address is still named, its secrets hidden.
    const refused = await rdpdiag(['pull', 'splunk', '--url', `http://127.0.0.1:9/${secretPath}/?key=${queryToken}`], {
      RDPDIAG_SPLUNK_TOKEN: TOKEN,
    });
    expect(refused.code).toBe(2);
    expect(oneLine(refused.stderr)).toMatch(/cannot reach http:\/\/127\.0\.0\.1:9\/\*\*\*\/\?\*\*\* \(ECONNREFUSED/);
    expect(refused.stderr).not.toContain(secretPath);
    expect(refused.stderr).not.toContain(queryToken);
  });

  it('never quotes back a line of the credentials file, capitals included', async () => {
    const file = join(dir, 'capitals.env');
    for (const line of ['HUNTER2SECRETPASSWORD', 'MYSECRETPASSWORD=X', 'p@ss=word']) {
      writeFileSync(file, `${line}\n`, { mode: 0o600 });
      const r = await rdpdiag(['pull', 'elastic', '--url', 'http://127.0.0.1:9', '--credentials', file]);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toMatch(/line 1: expected NAME=value/);
      expect(r.stderr).not.toContain(line.split('=')[0]);
    }
    writeFileSync(file, 'RDPDIAG_SPLUNK_TOKEN=abc\n', { mode: 0o600 });
    const other = await rdpdiag(['pull', 'elastic', '--url', 'http://127.0.0.1:9', '--credentials', file]);
    expect(other.stderr).toMatch(/\(not RDPDIAG_SPLUNK_TOKEN\)/);
    expect(other.stderr).not.toContain('abc');
  });
});

describe('pull elastic: answers checked before use', () => {
  it('stops on a 200 HTML page, hits null, missing or holding null, and wrong types: one line, exit 2', async () => {
    const answers: [unknown, RegExp][] = [
      ['<!DOCTYPE html><html><body>Kibana login</body></html>', /with something that is not JSON \(text\/html\)/],
      [{ hits: null }, /no search result: hits is null/],
      [{ took: 1 }, /no search result: hits is missing/],
      [{ hits: { hits: null } }, /no search result: hits\.hits is null/],
      [{ hits: { hits: [null] } }, /no search result: hits\.hits\[0\] is null/],
      [{ hits: { hits: 'many' } }, /no search result: hits\.hits is a string/],
      [{ hits: { hits: [{ ...hit('A', 1, 1), _source: 'x' }] } }, /hits\.hits\[0\]\._source is a string/],
      [{ hits: { hits: [{ ...hit('A', 1, 1), sort: 'x' }] } }, /hits\.hits\[0\]\.sort is not a list/],
      [{ hits: { hits: [{ ...hit('A', 1, 1), sort: undefined }] } }, /has no sort values: cannot page on/],
      [[1, 2], /no search result: the answer is not a JSON object/],
      [{ hits: { hits: [] }, pit_id: 7 }, /pit_id is not a string/],
      [{ hits: { hits: [] }, pit_id: 'q'.repeat(300 * 1024) }, /a pit_id of 307,200 characters \(over 256 KiB\)/],
    ];
    for (const [answer, message] of answers) {
      const { url } = await elastic((_n, res) =>
        typeof answer === 'string'
          ? send(res, 200, answer, { 'content-type': 'text/html; charset=utf-8' })
          : send(res, 200, answer),
      );
      const r = await rdpdiag(['pull', 'elastic', '--url', url], ES_ENV);
      expect(r.code, `${JSON.stringify(answer)}: ${r.stderr}`).toBe(2);
      expect(oneLine(r.stderr)).toMatch(message);
      expect(r.stdout).toBe('');
    }
    const huge = await serve((_req, res) => send(res, 200, { id: 'p'.repeat(5 * 1024 * 1024) }));
    const big = await rdpdiag(['pull', 'elastic', '--url', huge], ES_ENV);
    expect(big.code, big.stderr).toBe(2);
    expect(oneLine(big.stderr)).toMatch(/an id of 5,242,880 characters \(over 256 KiB\)/);
    const pitless = await serve((_req, res) => send(res, 200, { id: null }));
    const r = await rdpdiag(['pull', 'elastic', '--url', pitless], ES_ENV);
    expect(r.code, r.stderr).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/without a point in time/);
  });

  it('follows no redirect, to another server or its own: one clear line, and the other server is never asked', async () => {
    let elsewhere = 0;
    const other = await serve((_req, res) => {
      elsewhere++;
      send(res, 200, { id: 'pit-x' });
    });
    for (const [status, location, message] of [
      [
        302,
        `${other}/steal`,
        /HTTP 302, a redirect to another server \(http:\/\/127\.0\.0\.1:\d+\): rdpdiag follows no redirect/,
      ],
      [
        307,
        '/elsewhere/_pit',
        /HTTP 307, a redirect to http:\/\/127\.0\.0\.1:\d+\/elsewhere\/_pit: rdpdiag follows no redirect/,
      ],
      [301, 'http://[bad', /HTTP 301, a redirect to an address that is no URL/],
      [308, '', /HTTP 308, a redirect: rdpdiag follows no redirect/],
    ] as const) {
      const url = await serve((_req, res) => {
        res.writeHead(status, location ? { location } : {});
        res.end();
      });
      for (const engine of ['elastic', 'splunk'])
        for (const env of [ES_ENV, BASIC_ENV, { RDPDIAG_SPLUNK_TOKEN: TOKEN }]) {
          if ((engine === 'splunk') !== 'RDPDIAG_SPLUNK_TOKEN' in env) continue;
          const r = await rdpdiag(['pull', engine, '--url', url], env);
          expect(r.code, r.stderr).toBe(2);
          expect(oneLine(r.stderr)).toMatch(message);
          expectNoSecret(r.stderr);
        }
    }
    expect(elsewhere).toBe(0);
  });
});

describe('pull elastic: every page comes after the one before', () => {
  it('stops on a repeated page and on sort values going backwards, and writes nothing twice', async () => {
    const first = [hit('PC1', 1000, 1), hit('PC1', 2000, 2)];
    const cases: [(n: number) => unknown[], RegExp][] = [
      // The same page, again and again.
      [() => first, /hits repeat those already pulled \(search 2, sort values repeated\)/],
      // The next page starts before the last.
      [(n) => (n === 1 ? first : [hit('PC1', 1500, 3), hit('PC2', 1, 4)]), /come before those already pulled/],
      // Backwards inside one page.
      [(n) => (n === 1 ? [hit('PC2', 1, 1), hit('PC1', 1, 2)] : []), /come before .*search 1/],
      // Sort values of another kind.
      [(n) => (n === 1 ? first : [{ ...hit('PC1', 3000, 3), sort: [1, 2, 3] }]), /do not match the page before/],
    ];
    for (const [pages, message] of cases) {
      const { url, asked } = await elastic((n, res) => send(res, 200, { pit_id: 'pit-0', hits: { hits: pages(n) } }));
      const out = join(dir, `paged-${asked.requests}-${Math.random().toString(36).slice(2)}.ndjson`);
      const r = await rdpdiag(['pull', 'elastic', '--url', url, '-o', out], ES_ENV);
      expect(r.code, r.stderr).toBe(2);
      expect(oneLine(r.stderr)).toMatch(message);
      expect(asked.searches).toBeLessThanOrEqual(2);
      expect(existsSync(out)).toBe(false);
      const stdout = await rdpdiag(['pull', 'elastic', '--url', url], ES_ENV);
      const ids = stdout.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { _id: string })._id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('pull: bounded in time', () => {
  it('gives up on a silent server after --read-timeout, and on a 1 byte a tick server at --timeout', async () => {
    const silent = await serve(() => undefined);
    let started = Date.now();
    const r = await rdpdiag(['pull', 'elastic', '--url', silent, '--read-timeout', '300ms'], ES_ENV);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/sent nothing for 300 ms \(--read-timeout\)/);
    expect(Date.now() - started).toBeLessThan(20_000);
    const trickle = await serve((_req, res) => {
      res.writeHead(200, ES_HEADERS);
      const timer = setInterval(() => res.write(' '), 20);
      res.on('close', () => clearInterval(timer));
    });
    for (const engine of ['elastic', 'splunk']) {
      started = Date.now();
      const t = await rdpdiag(['pull', engine, '--url', trickle, '--read-timeout', '10s', '--timeout', '600ms'], {
        ...ES_ENV,
        RDPDIAG_SPLUNK_TOKEN: TOKEN,
      });
      expect(t.code, t.stderr).toBe(2);
      expect(oneLine(t.stderr)).toMatch(/took longer than it may \(--timeout\)/);
      expect(Date.now() - started).toBeLessThan(20_000);
    }
  });

  it('does not wait for a Retry-After longer than --max-wait (60 s by default)', async () => {
    for (const [retryAfter, args, message] of [
      ['999999', [], /asks to be tried again in 12 days \(Retry-After\), more than the 60 s rdpdiag waits/],
      ['3', ['--max-wait', '1s'], /asks to be tried again in 3 s \(Retry-After\), more than the 1 s rdpdiag waits/],
    ] as const) {
      const { url, asked } = await elastic((_n, res) =>
        send(res, 429, { error: { type: 'too_many' } }, { 'retry-after': retryAfter }),
      );
      const started = Date.now();
      const r = await rdpdiag(['pull', 'elastic', '--url', url, ...args], ES_ENV);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toMatch(message);
      expect(asked.searches).toBe(1);
      expect(Date.now() - started).toBeLessThan(10_000);
    }
    // A wait that would pass --timeout is not begun.
    const { url } = await elastic((_n, res) => send(res, 503, {}, { 'retry-after': '5' }));
    const r = await rdpdiag(['pull', 'elastic', '--url', url, '--timeout', '2s'], ES_ENV);
    expect(oneLine(r.stderr)).toMatch(/still busy, and waiting 5 s more would pass the time the pull may take/);
  });
});

describe('pull: bounded in bytes', () => {
  it('stops a gzip bomb, a plain answer over --max-response and a Splunk line without end', async () => {
    const bomb = gzipSync(Buffer.alloc(64 << 20, 0x20));
    expect(bomb.length).toBeLessThan(1 << 20);
    const { url: bombed } = await elastic((_n, res) => {
      res.writeHead(200, { ...ES_HEADERS, 'content-encoding': 'gzip' });
      res.end(bomb);
    });
    const r = await rdpdiag(['pull', 'elastic', '--url', bombed, '--max-response', '1MiB'], ES_ENV);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/sent an answer larger than 1 MiB \(--max-response\)/);
    const { url: big } = await elastic((_n, res) =>
      send(res, 200, { hits: { hits: [{ ...hit('A', 1, 1), pad: 'x'.repeat(300 << 10) }] } }),
    );
    const b = await rdpdiag(['pull', 'elastic', '--url', big, '--max-response', '256KiB'], ES_ENV);
    expect(oneLine(b.stderr)).toMatch(/sent an answer larger than 256 KiB/);
    const endless = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(16 << 20, 0x61)));
    });
    const s = await rdpdiag(['pull', 'splunk', '--url', endless, '--max-response', '64KiB'], {
      RDPDIAG_SPLUNK_TOKEN: TOKEN,
    });
    expect(s.code).toBe(2);
    expect(oneLine(s.stderr)).toMatch(/sent a line larger than 64 KiB \(--max-response\)/);
    expect(s.stdout).toBe('');
  });

  it('says what a damaged gzip answer is, and what an answer cut off is', async () => {
    const { url } = await elastic((_n, res) => {
      res.writeHead(200, { ...ES_HEADERS, 'content-encoding': 'gzip' });
      res.end(Buffer.from('this is no gzip at all'));
    });
    const r = await rdpdiag(['pull', 'elastic', '--url', url], ES_ENV);
    expect(oneLine(r.stderr)).toMatch(/sent a damaged gzip answer/);
    const { url: cut } = await elastic((_n, res) => {
      res.writeHead(200, { ...ES_HEADERS, 'content-length': '1000' });
      res.write('{"hits":');
      setTimeout(() => res.destroy(), 20);
    });
    const c = await rdpdiag(['pull', 'elastic', '--url', cut], ES_ENV);
    expect(c.code).toBe(2);
    expect(oneLine(c.stderr)).toMatch(/the answer from http:\/\/127\.0\.0\.1:\d+ was cut off/);
  });
});

describe.skipIf(!POSIX)('pull: Ctrl-C', () => {
  it('removes the temporary file beside -o, leaves -o as it was, and exits 130', async () => {
    let release = () => {};
    const { url } = await elastic((n, res) => {
      if (n === 1) return send(res, 200, { hits: { hits: [hit('PC1', 1000, 1), hit('PC1', 2000, 2)] } });
      // The second page never comes, until the test ends.
      release = () => res.destroy();
    });
    const folder = mkdtempSync(join(dir, 'sigint-'));
    const out = join(folder, 'rdp.ndjson');
    writeFileSync(out, 'before\n');
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'rdpdiag'), 'pull', 'elastic', '--url', url, '-o', out], {
      cwd: ROOT,
      env: childEnv(ES_ENV),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c) => {
      stderr += c;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const temporary = () => readdirSync(folder).filter((f) => f.endsWith('.tmp'));
    // The first page is written to the temporary file beside -o.
    for (let i = 0; i < 600 && !temporary().some((f) => readFileSync(join(folder, f), 'utf8').includes('id-2')); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(temporary()).toHaveLength(1);
    child.kill('SIGINT');
    const code = await exited;
    release();
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(/pull elastic: interrupted; .*rdp\.ndjson left as it was/);
    expect(readdirSync(folder)).toEqual(['rdp.ndjson']);
    expect(readFileSync(out, 'utf8')).toBe('before\n');
  });
});

describe('pull: the limits are options', () => {
  it('refuses a limit that is no duration or size, or out of range, before any request', async () => {
    for (const [option, value, message] of [
      ['--read-timeout', '0', /--read-timeout must be a duration/],
      ['--timeout', 'soon', /--timeout must be a duration/],
      ['--timeout', '31d', /--timeout must be a duration/],
      ['--max-wait', '-1s', /--max-wait must be a duration/],
      ['--max-response', '2GiB', /--max-response must be a size .*at most 512MiB/],
      ['--max-response', '0', /--max-response must be a size/],
    ] as const) {
      const r = await rdpdiag(['pull', 'elastic', '--url', 'http://127.0.0.1:9', option, value], ES_ENV);
      expect(r.code, `${option} ${value}`).toBe(2);
      expect(oneLine(r.stderr)).toMatch(message);
    }
  });
});
