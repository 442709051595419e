/**
 * `rdpdiag pull elastic|splunk` against servers this test starts on 127.0.0.1, replaying the shapes
 * Elasticsearch and Splunk answer with: a point in time and `search_after` pages to an empty last page,
 * 429/503 answered with Retry-After, authentication failures; Splunk's streamed export lines. The pulled
 * NDJSON is analyzed as the same export read from a file is; no credential is ever printed.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elasticQuery, exportSelection, splunkSearch } from '../../src/diagnose/export-selection.js';
import { retryAfterMs, scrub, shownUrl, withRetries } from '../../src/platform/node/siem-access.js';
import { rdpdiag, writeShards } from '../helpers/cli.js';
import { writeTemp } from '../helpers/collect.js';
import { skipOnWine, WINE_NO_KEEPALIVE } from '../helpers/wine.js';

const FOLDERS = ['samples/two-servers-mixed', 'samples/heldout-11-password-guessing-then-success-2019'];
const API_KEY = 'VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==';
const TOKEN = 'eyJraWQiOiJzcGx1bmsuc2VjcmV0IiwiYWxnIjoiSFM1MTIifQ.rdpdiag-test-token';
const PASSWORD = 'correct horse battery staple';

interface Recorded {
  xml: string;
  computer: string;
  channel: string;
  eventId: number;
  recordId: number;
  time: string;
  provider: string;
}

/** The events of our own sample exports, one `<Event>` a line, with the System values a SIEM indexes. */
function sampleEvents(): Recorded[] {
  const out: Recorded[] = [];
  for (const folder of FOLDERS)
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.xml')))
      for (const xml of readFileSync(join(folder, file), 'utf8').match(/<Event[ >][\s\S]*?<\/Event>/g) ?? []) {
        const get = (re: RegExp) => re.exec(xml)?.[1] ?? '';
        out.push({
          xml,
          computer: get(/<Computer>([^<]*)</),
          channel: get(/<Channel>([^<]*)</),
          eventId: Number(get(/<EventID[^>]*>(\d+)</)),
          recordId: Number(get(/<EventRecordID>(\d+)</)),
          time: get(/SystemTime=['"]([^'"]+)['"]/),
          provider: get(/<Provider Name=['"]([^'"]+)['"]/),
        });
      }
  return out;
}

/** Winlogbeat's document for an event (the fields the ECS reader maps, and the XML as event.original). */
function ecsSource(e: Recorded) {
  return {
    '@timestamp': e.time,
    event: { original: e.xml, code: String(e.eventId), kind: 'event', provider: e.provider },
    winlog: {
      channel: e.channel,
      computer_name: e.computer,
      event_id: String(e.eventId),
      record_id: e.recordId,
      provider_name: e.provider,
    },
    host: { name: 'wec01.example.test' },
  };
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c) => {
      text += c;
    });
    req.on('end', () => resolve(text));
  });
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`${(server.address() as AddressInfo).port}`)),
  );
}

/** An Elasticsearch that holds `docs`, pages a point in time by `search_after`, and is busy when told. */
class FakeElastic {
  readonly requests: { method: string; path: string; body: Record<string, unknown> | undefined; auth?: string }[] = [];
  /** Statuses to answer the next searches with before a real answer (429, 503…). */
  busy: number[] = [];
  readonly sorted: {
    _index: string;
    _id: string;
    _source: ReturnType<typeof ecsSource>;
    sort: [string, number, number];
  }[];
  openPits = 0;

  constructor(readonly events: Recorded[]) {
    this.sorted = events
      .map((e, i) => ({
        _index: `.ds-winlogbeat-8.15.0-2024.12.02-00000${1 + (i % 2)}`,
        _id: `id-${i}`,
        _source: ecsSource(e),
        sort: [e.computer, Date.parse(e.time), i] as [string, number, number],
      }))
      .sort((x, y) =>
        x.sort[0] < y.sort[0] ? -1 : x.sort[0] > y.sort[0] ? 1 : x.sort[1] - y.sort[1] || x.sort[2] - y.sort[2],
      );
  }

  handle = async (req: IncomingMessage, res: ServerResponse) => {
    const text = await body(req);
    const url = new URL(req.url ?? '/', 'http://x');
    const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    this.requests.push({
      method: req.method ?? '',
      path: decodeURIComponent(url.pathname + url.search),
      body: parsed,
      auth: req.headers.authorization,
    });
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch', ...headers });
      res.end(JSON.stringify(json));
    };
    if (req.headers.authorization !== `ApiKey ${API_KEY}`)
      return send(401, {
        error: {
          type: 'security_exception',
          reason:
            'unable to authenticate with provided credentials and anonymous access is not allowed for this request',
        },
        status: 401,
      });
    if (req.method === 'POST' && url.pathname.endsWith('/_pit')) {
      this.openPits++;
      return send(200, { id: 'pit-0' });
    }
    if (req.method === 'DELETE' && url.pathname === '/_pit') {
      this.openPits--;
      return send(200, { succeeded: true, num_freed: 1 });
    }
    if (req.method === 'POST' && url.pathname === '/_search') {
      const status = this.busy.shift();
      if (status)
        return send(
          status,
          { error: { type: 'es_rejected_execution_exception', reason: 'rejected execution' }, status },
          { 'retry-after': '0' },
        );
      const q = parsed as {
        size: number;
        pit: { id: string };
        search_after?: [string, number, number];
        slice?: { field: string; id: number; max: number };
      };
      // A sliced search: the hits whose @timestamp falls in the slice (Elasticsearch hashes the value; its ms do here).
      const slice = q.slice;
      const pool = slice ? this.sorted.filter((h) => h.sort[1] % slice.max === slice.id) : this.sorted;
      const after = q.search_after;
      const start = after ? pool.findIndex((h) => h.sort[2] === after[2]) + 1 : 0;
      const hits = pool.slice(start, start + q.size);
      const n = Number(q.pit.id.split('-')[1]);
      // A point in time's id may change from page to page: the next search must use the newest.
      return send(200, { pit_id: `pit-${n + 1}`, took: 1, timed_out: false, hits: { hits } });
    }
    send(404, { error: 'no handler' });
  };
}

/** Splunk's export endpoint: streams `{"preview":false,"offset":n,"result":{…}}` lines, in uneven chunks. */
class FakeSplunk {
  readonly requests: { form: URLSearchParams; auth?: string }[] = [];
  busy: number[] = [];
  readonly lines: string[];

  constructor(events: Recorded[]) {
    this.lines = events.map((e, i) =>
      JSON.stringify({
        preview: false,
        offset: i,
        ...(i === events.length - 1 ? { lastrow: true } : {}),
        result: {
          _raw: e.xml,
          _time: '2026-01-01 00:00:00.000 UTC',
          host: 'wec01',
          index: 'wineventlog',
          source: `XmlWinEventLog:${e.channel}`,
          sourcetype: 'XmlWinEventLog',
        },
      }),
    );
  }

  handle = async (req: IncomingMessage, res: ServerResponse) => {
    const form = new URLSearchParams(await body(req));
    this.requests.push({ form, auth: req.headers.authorization });
    if (req.url !== '/services/search/jobs/export' || req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ messages: [{ type: 'WARN', text: 'call not properly authenticated' }] }));
      return;
    }
    const status = this.busy.shift();
    if (status) {
      res.writeHead(status, { 'retry-after': '0', 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ messages: [{ type: 'ERROR', text: 'Search not executed: too many concurrent searches' }] }),
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    // A reporting search's preview row comes first; it is no result.
    const all = `${JSON.stringify({ preview: true, offset: 0, result: { count: '1' } })}\n${this.lines.join('\n')}\n`;
    for (let i = 0; i < all.length; i += 997) {
      res.write(all.slice(i, i + 997));
      await new Promise((r) => setImmediate(r));
    }
    res.end();
  };
}

const events = sampleEvents();
const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-pull-'));
const elastic = new FakeElastic(events);
const splunk = new FakeSplunk(events);
const servers: Server[] = [];
let esUrl = '';
let splunkUrl = '';
let tlsUrl = '';
const TLS = join('test', 'platform', 'tls');

beforeAll(async () => {
  const es = createHttpServer(elastic.handle);
  const sp = createHttpServer(splunk.handle);
  const tls = createHttpsServer(
    { key: readFileSync(join(TLS, 'localhost-key.pem')), cert: readFileSync(join(TLS, 'localhost-cert.pem')) },
    elastic.handle,
  );
  servers.push(es, sp, tls);
  esUrl = `http://127.0.0.1:${await listen(es)}`;
  splunkUrl = `http://127.0.0.1:${await listen(sp)}`;
  tlsUrl = `https://127.0.0.1:${await listen(tls)}`;
});

afterAll(async () => {
  for (const s of servers) await new Promise((r) => s.close(r));
});

const ES_ENV = { RDPDIAG_ELASTIC_API_KEY: API_KEY };
const SPLUNK_ENV = { RDPDIAG_SPLUNK_TOKEN: TOKEN };

function expectNoSecret(...texts: string[]) {
  for (const t of texts) for (const secret of [API_KEY, TOKEN, PASSWORD]) expect(t).not.toContain(secret);
}

/** The analysis of some inputs, without what names the files (paths, input list). */
async function analysisOf(path: string): Promise<unknown> {
  const r = await rdpdiag(['analyze', path, '--format', 'json', '--exit-zero', '-q']);
  expect(r.code, r.stderr).toBe(0);
  const json = JSON.parse(r.stdout) as Record<string, unknown>;
  const { inputs: _inputs, ...rest } = json;
  return JSON.parse(JSON.stringify(rest).replace(/"source":"[^"]*"/g, '"source":""'));
}

/**
 * A pulled export is a query's answer: its logs are marked `fromQuery` and list no record-id holes (ids without
 * continuity; a log with holes is `filtered`), where the XML exports of the same events list their holes. Every
 * log pulled is so marked; with the logs' hole fields set aside, all else is equal.
 */
function withoutHoles(analysis: unknown, pulled: boolean): unknown {
  const a = structuredClone(analysis) as { coverage: { channels: Record<string, unknown>[] } };
  for (const c of a.coverage.channels) {
    if (pulled) expect(c.fromQuery, String(c.channel)).toBe(true);
    if (pulled) expect(c.gaps, String(c.channel)).toEqual([]);
    delete c.fromQuery;
    delete c.filtered;
    delete c.gaps;
    delete c.moreGaps;
  }
  return a;
}

/** The analysis of the XML exports the served events came from. */
let fromXml: Promise<unknown> | undefined;
function xmlAnalysis(): Promise<unknown> {
  if (!fromXml) {
    const xml = join(dir, 'xml');
    mkdirSync(xml);
    for (const folder of FOLDERS)
      for (const f of readdirSync(folder).filter((n) => n.endsWith('.xml')))
        writeTemp(xml, `${folder.split('/').pop()}-${f}`, readFileSync(join(folder, f)));
    fromXml = analysisOf(xml);
  }
  return fromXml;
}

/**
 * `pull` with `args` into a file, and the same records as an export of them (`exported`, holding `text`): the pull
 * succeeds, analyze reads both the same and as the XML exports the events came from. Gives that analysis.
 */
async function pulledAsExported(args: string[], env: Record<string, string>, exported: string, text: string) {
  const pulled = join(dir, `pulled-${args[0]}.ndjson`);
  const r = await rdpdiag(['pull', ...args, '-o', pulled, '-q'], env);
  expect(r.code, r.stderr).toBe(0);
  writeFileSync(join(dir, exported), text);
  const a = await analysisOf(pulled);
  expect(a).toEqual(await analysisOf(join(dir, exported)));
  expect(withoutHoles(a, true)).toEqual(withoutHoles(await xmlAnalysis(), false));
  return a;
}

skipOnWine(WINE_NO_KEEPALIVE).describe('rdpdiag pull elastic', () => {
  it('pages a point in time by search_after, sorted by computer then time, retrying 429 and 503, to an empty last page', async () => {
    elastic.requests.length = 0;
    elastic.busy = [429, 503];
    const out = join(dir, 'elastic.ndjson');
    const r = await rdpdiag(
      ['pull', 'elastic', '--url', esUrl, '--since', '2024-01-01T00:00:00Z', '--page-size', '40', '-o', out],
      ES_ENV,
    );
    expect(r.code, r.stderr).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(elastic.sorted.map(({ sort: _sort, ...hit }) => hit));
    const pages = Math.ceil(events.length / 40);
    expect(r.stderr).toContain(`pulled ${events.length} events in ${pages} page(s)`);
    const searches = elastic.requests.filter((q) => q.path === '/_search');
    // Two busy answers, every page, then the empty one.
    expect(searches.length).toBe(2 + pages + 1);
    const answered = searches.slice(2);
    expect(answered[0].body?.search_after).toBeUndefined();
    for (const [i, q] of answered.slice(1).entries()) {
      expect(q.body?.search_after).toEqual(elastic.sorted[Math.min((i + 1) * 40, events.length) - 1].sort);
      expect((q.body?.pit as { id: string } | undefined)?.id).toBe(`pit-${i + 1}`);
    }
    const first = answered[0].body as Record<string, unknown>;
    expect(first.sort).toEqual([
      { 'winlog.computer_name': { order: 'asc', unmapped_type: 'keyword' } },
      { '@timestamp': { order: 'asc' } },
      { _shard_doc: 'asc' },
    ]);
    expect(first.query).toEqual(elasticQuery(exportSelection(), { sinceMs: Date.parse('2024-01-01T00:00:00Z') }));
    // Sysmon by the ids the findings read, never the whole channel.
    const should = (first.query as { bool: { should: unknown[] } }).bool.should.map((q) => JSON.stringify(q));
    expect(should.filter((q) => q.includes('Sysmon'))).toEqual([
      '{"bool":{"filter":[{"term":{"winlog.channel":{"value":"Microsoft-Windows-Sysmon/Operational","case_insensitive":true}}},{"terms":{"winlog.event_id":["1","3","7","11","13"]}}]}}',
    ]);
    const pit = elastic.requests.find((q) => q.path.includes('/_pit?'));
    expect(pit?.path).toContain('winlogbeat-*,logs-winlog.winlog-*');
    expect(pit?.path).toContain('keep_alive=5m');
    expect(pit?.path).toContain('logs-windows.sysmon_operational-*');
    expect(elastic.openPits).toBe(0);
    expectNoSecret(r.stdout, r.stderr);
  });

  it('--slice K/N: a sliced point-in-time search; N slices hold every hit once, and analyzed --shard K/N then merged, the one run', async () => {
    const slices: string[] = [];
    for (let k = 1; k <= 3; k++) {
      elastic.requests.length = 0;
      const out = join(dir, `slice-${k}.ndjson`);
      const r = await rdpdiag(
        ['pull', 'elastic', '--url', esUrl, '--slice', `${k}/3`, '--page-size', '25', '-o', out, '-q'],
        ES_ENV,
      );
      expect(r.code, r.stderr).toBe(0);
      const searches = elastic.requests.filter((q) => q.path === '/_search');
      expect(searches.length).toBeGreaterThan(1);
      for (const q of searches) {
        expect(q.body?.slice).toEqual({ field: '@timestamp', id: k - 1, max: 3 });
        expect((q.body?.pit as { id: string } | undefined)?.id).toMatch(/^pit-/);
      }
      slices.push(out);
    }
    const ids = slices.flatMap((f) =>
      readFileSync(f, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)._id as string),
    );
    expect(ids.sort()).toEqual(elastic.sorted.map((h) => h._id).sort());
    // The recipe: every worker analyzes all the slices, keeping its part of the computers; merge gives the one run.
    const shards = await writeShards(slices, 3, dir, 'es-shard-', ['-q']);
    const merged = await rdpdiag(['merge', ...shards, '--format', 'json']);
    const one = await rdpdiag(['analyze', ...slices, '--format', 'json', '-q']);
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toBe(one.stdout);
    expect(merged.code).toBe(one.code);
    const wrong = await rdpdiag(['pull', 'elastic', '--url', esUrl, '--shard', '1/3'], ES_ENV);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--shard is for pull splunk/);
  });

  it('gives the analysis of the same export read from a file', async () => {
    // The same hits as an export script (elasticdump, a _search loop) writes them, in index order.
    const hits = elastic.sorted.map(({ sort: _s, ...h }) => JSON.stringify(h)).reverse();
    const a = await pulledAsExported(['elastic', '--url', esUrl], ES_ENV, 'export-es.ndjson', `${hits.join('\n')}\n`);
    expect((a as { attempts: unknown[] }).attempts.length).toBeGreaterThan(20);
  });

  it('says in one line, exit 2, when the credentials are refused, and prints no credential', async () => {
    const r = await rdpdiag(['pull', 'elastic', '--url', esUrl], { RDPDIAG_ELASTIC_API_KEY: 'd3Jvbmc6a2V5' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/refused the credentials \(HTTP 401\)/);
    expect(r.stderr).not.toContain('d3Jvbmc6a2V5');
  });

  it('takes credentials from the environment or a file, never from the URL', async () => {
    const inUrl = await rdpdiag([
      'pull',
      'elastic',
      '--url',
      `http://elastic:${encodeURIComponent(PASSWORD)}@127.0.0.1:9`,
    ]);
    expect(inUrl.code).toBe(2);
    expect(inUrl.stderr).toMatch(/never on the command line/);
    expectNoSecret(inUrl.stderr);
    expect(inUrl.stderr).not.toContain(encodeURIComponent(PASSWORD));
    const none = await rdpdiag(['pull', 'elastic', '--url', esUrl], {
      RDPDIAG_ELASTIC_API_KEY: '',
      RDPDIAG_ELASTIC_USERNAME: '',
    });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no credentials: set RDPDIAG_ELASTIC_API_KEY/);
    const file = join(dir, 'elastic.env');
    writeFileSync(file, `# rdpdiag pull\nRDPDIAG_ELASTIC_URL=${esUrl}\nRDPDIAG_ELASTIC_API_KEY="${API_KEY}"\n`, {
      mode: 0o600,
    });
    const fromFile = await rdpdiag(['pull', 'elastic', '--credentials', file, '-q'], { RDPDIAG_ELASTIC_API_KEY: '' });
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(fromFile.stdout.trim().split('\n')).toHaveLength(events.length);
    writeFileSync(file, `RDPDIAG_ELASTIC_API_KEY ${API_KEY}\n`);
    const bad = await rdpdiag(['pull', 'elastic', '--url', esUrl, '--credentials', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/line 1: expected NAME=value/);
    expectNoSecret(bad.stderr);
    // -o at the credentials file (or a link to it) is refused before anything is asked of the server, and the
    // credentials stay as they were.
    const creds = `RDPDIAG_ELASTIC_URL=${esUrl}\nRDPDIAG_ELASTIC_API_KEY="${API_KEY}"\n`;
    writeFileSync(file, creds, { mode: 0o600 });
    const link = join(dir, 'elastic-link.env');
    symlinkSync(file, link);
    for (const output of [file, link]) {
      const over = await rdpdiag(['pull', 'elastic', '--credentials', file, '-o', output], {
        RDPDIAG_ELASTIC_API_KEY: '',
      });
      expect(over.code).toBe(2);
      expect(over.stderr).toMatch(
        /is the (credentials file|file given with --credentials).*choose another output file/,
      );
      expectNoSecret(over.stderr);
      expect(readFileSync(file, 'utf8')).toBe(creds);
    }
  });

  it.skipIf(process.platform === 'win32')(
    'reads credentials and CA only from a regular file of a few lines: never blocks on a FIFO or reads a device',
    async () => {
      const fifo = join(dir, 'creds.fifo');
      execFileSync('mkfifo', [fifo]);
      const big = join(dir, 'big.env');
      writeFileSync(big, 'x'.repeat(2 * 1024 * 1024), { mode: 0o600 });
      for (const [option, path, words] of [
        ['--credentials', fifo, /not a regular file/],
        ['--credentials', '/dev/zero', /not a regular file/],
        ['--credentials', dir, /not a regular file/],
        ['--credentials', big, /(bytes|KiB): not a credentials (or CA )?file/],
        ['--ca', '/dev/zero', /not a regular file/],
      ] as const) {
        const r = await rdpdiag(['pull', 'elastic', '--url', esUrl, option, path], {
          RDPDIAG_ELASTIC_API_KEY: API_KEY,
        });
        expect(r.code, `${option} ${path}`).toBe(2);
        expect(r.stderr).toMatch(words);
      }
    },
  );

  it('verifies TLS: refuses a certificate it cannot trust, accepts it with --ca', async () => {
    const refused = await rdpdiag(['pull', 'elastic', '--url', tlsUrl], ES_ENV);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /cannot reach https:\/\/127\.0\.0\.1:\d+ \([A-Z_]+: .*(self[- ]signed|certificate)/i,
    );
    const trusted = await rdpdiag(
      ['pull', 'elastic', '--url', tlsUrl, '--ca', join(TLS, 'localhost-cert.pem'), '-q'],
      ES_ENV,
    );
    expect(trusted.code, trusted.stderr).toBe(0);
    expect(trusted.stdout.trim().split('\n')).toHaveLength(events.length);
  });

  it('gives up on a server that stays busy, in one line', async () => {
    elastic.busy = [503, 503, 503, 503, 503, 503];
    const r = await rdpdiag(['pull', 'elastic', '--url', esUrl], ES_ENV);
    elastic.busy = [];
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(
      /search failed \(HTTP 503, still busy after retries\): es_rejected_execution_exception/,
    );
    expect(elastic.openPits).toBe(0);
  });
});

describe('rdpdiag pull splunk', () => {
  it('streams the export of the search for what rdpdiag reads, retrying 503, and writes the result lines', async () => {
    splunk.requests.length = 0;
    splunk.busy = [503];
    const r = await rdpdiag(
      ['pull', 'splunk', '--url', splunkUrl, '--index', 'wineventlog', '--since', '2024-01-01T00:00:00Z'],
      SPLUNK_ENV,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${splunk.lines.join('\n')}\n`);
    expect(r.stderr).toContain(`pulled ${events.length} events`);
    expect(splunk.requests).toHaveLength(2);
    const form = splunk.requests[1].form;
    expect(form.get('output_mode')).toBe('json');
    expect(form.get('earliest_time')).toBe(String(Date.parse('2024-01-01T00:00:00Z') / 1000));
    expect(form.get('search')).toBe(splunkSearch(exportSelection(), ['wineventlog']));
    expect(form.get('search')).toContain(
      'source="*WinEventLog:Microsoft-Windows-TerminalServices-LocalSessionManager/Operational"',
    );
    expect(form.get('search')).toMatch(/\(source="\*WinEventLog:Security" EventCode IN \(1102,4624,4625,/);
    expect(form.get('search')).toContain(
      ' OR (source="*WinEventLog:Microsoft-Windows-Sysmon/Operational" EventCode IN (1,3,7,11,13)))',
    );
    expect(form.get('search')?.match(/Sysmon/g)).toHaveLength(1);
    expectNoSecret(r.stdout, r.stderr);
  });

  it('--shard K/N: the computers of part K, parted in SPL as analyze --shard parts them', async () => {
    splunk.requests.length = 0;
    const r = await rdpdiag(['pull', 'splunk', '--url', splunkUrl, '--shard', '2/3', '-q'], SPLUNK_ENV);
    expect(r.code, r.stderr).toBe(0);
    const search = splunk.requests.at(-1)?.form.get('search') ?? '';
    expect(search).toBe(splunkSearch(exportSelection(), [], [], { k: 2, n: 3 }));
    expect(search).toContain(
      '| eval rdpdiag_shard=(tonumber(substr(sha256(lower(mvindex(split(rdpdiag_computer, "."), 0))), 1, 8), 16) % 3) + 1 | where rdpdiag_shard=2 OR like(rdpdiag_computer, "%&#%") | fields _raw',
    );
    const wrong = await rdpdiag(['pull', 'splunk', '--url', splunkUrl, '--slice', '1/3'], SPLUNK_ENV);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--slice is for pull elastic/);
  });

  it('gives the analysis of the same export read from a file', async () => {
    await pulledAsExported(
      ['splunk', '--url', splunkUrl],
      SPLUNK_ENV,
      'export-splunk.json',
      `${splunk.lines.join('\n')}\n`,
    );
  });

  it('says in one line, exit 2, when the credentials are refused; basic credentials are sent as such', async () => {
    const r = await rdpdiag(['pull', 'splunk', '--url', splunkUrl], {
      RDPDIAG_SPLUNK_TOKEN: '',
      RDPDIAG_SPLUNK_USERNAME: 'admin',
      RDPDIAG_SPLUNK_PASSWORD: PASSWORD,
    });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/refused the credentials \(HTTP 401\)/);
    expectNoSecret(r.stderr);
    expect(splunk.requests.at(-1)?.auth).toBe(`Basic ${Buffer.from(`admin:${PASSWORD}`).toString('base64')}`);
  });
});

/** An Elasticsearch that answers every search the way `answer` says (a proxy, a broken or hostile server). */
async function hostileElastic(
  answer: (n: number) => { status: number; body: string; headers?: Record<string, string> },
): Promise<{ url: string; searches: () => number; close: () => Promise<void> }> {
  let n = 0;
  const server = createHttpServer(async (req, res) => {
    await body(req);
    const json = { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' };
    if (req.method === 'POST' && req.url?.includes('/_pit')) return res.writeHead(200, json).end('{"id":"pit-0"}');
    if (req.method === 'DELETE') return res.writeHead(200, json).end('{"succeeded":true}');
    const a = answer(n++);
    res.writeHead(a.status, { ...json, ...a.headers }).end(a.body);
  });
  const url = `http://127.0.0.1:${await listen(server)}`;
  return { url, searches: () => n, close: () => new Promise((r) => server.close(() => r())) };
}

const HIT = (i: number, sort: unknown[] = ['rdsh01', 1_700_000_000_000 + i, i]) => ({
  _index: 'winlogbeat',
  _id: `h${i}`,
  _source: { '@timestamp': '2024-01-01T00:00:00Z' },
  sort,
});

skipOnWine(WINE_NO_KEEPALIVE).describe('rdpdiag pull elastic against a broken or hostile server', () => {
  const cases: [string, (n: number) => { status: number; body: string; headers?: Record<string, string> }, RegExp][] = [
    [
      'an HTML page with 200',
      () => ({ status: 200, body: '<html>login</html>', headers: { 'content-type': 'text/html' } }),
      /did not answer the search as Elasticsearch does|does not answer as Elasticsearch does|with something that is not JSON/,
    ],
    ['hits null', () => ({ status: 200, body: '{"hits":null}' }), /no search result: hits is null/],
    ['hits missing', () => ({ status: 200, body: '{"took":1}' }), /no search result: hits is missing/],
    [
      'a null hit',
      () => ({ status: 200, body: '{"hits":{"hits":[null]}}' }),
      /no search result: hits\.hits\[0\] is null/,
    ],
    [
      'the same page again and again',
      () => ({ status: 200, body: JSON.stringify({ hits: { hits: [HIT(1)] } }) }),
      /hits repeat those already pulled .*sort values repeated/,
    ],
    [
      'sort values going back',
      (n) => ({ status: 200, body: JSON.stringify({ hits: { hits: [HIT(10 - n)] } }) }),
      /hits come before those already pulled .*sort values going backwards/,
    ],
    [
      'a redirect to another server',
      () => ({ status: 302, body: '', headers: { location: 'http://192.0.2.1:9200/_search' } }),
      // Never followed (192.0.2.1 would hang the test): the answer is no search result.
      /HTTP 302|redirect|did not answer the search/,
    ],
    [
      'Retry-After of days',
      () => ({ status: 503, body: '{"error":"busy"}', headers: { 'retry-after': '999999' } }),
      /busy and asks to be tried again in 12 days \(Retry-After\), more than the 60 s rdpdiag waits/,
    ],
  ];
  for (const [name, answer, words] of cases) {
    it(`${name}: one clear line, exit 2, no crash, no endless loop`, async () => {
      const server = await hostileElastic(answer);
      try {
        const out = join(dir, `hostile-${name.replace(/\W+/g, '-')}.ndjson`);
        const r = await rdpdiag(['pull', 'elastic', '--url', server.url, '-o', out], ES_ENV);
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr, r.stderr).toMatch(words);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(server.searches()).toBeLessThan(5);
        expectNoSecret(r.stderr);
      } finally {
        await server.close();
      }
    });
  }
});

describe.skipIf(process.platform === 'win32')('rdpdiag pull stopped by Ctrl-C, a kill, the terminal closed', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    '%s: leaves no temporary file beside the -o target, and the target as it was',
    async (signal) => {
      const held: ServerResponse[] = [];
      const server = createHttpServer(async (req, res) => {
        await body(req);
        const json = { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' };
        if (req.url?.includes('/_pit')) return res.writeHead(200, json).end('{"id":"pit-0"}');
        held.push(res); // the search never answers
      });
      const url = `http://127.0.0.1:${await listen(server)}`;
      const folder = mkdtempSync(join(tmpdir(), 'rdpdiag-sigint-'));
      const target = join(folder, 'pulled.ndjson');
      writeFileSync(target, 'before\n');
      const child = spawn(process.execPath, [join('bin', 'rdpdiag'), 'pull', 'elastic', '--url', url, '-o', target], {
        env: { ...process.env, ...ES_ENV },
        stdio: 'ignore',
      });
      try {
        // Once the search is asked for, the output is open (its temporary file written beside the target).
        while (held.length === 0) await new Promise((r) => setTimeout(r, 20));
        expect(readdirSync(folder).some((f) => f.endsWith('.tmp'))).toBe(true);
        const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
        child.kill(signal);
        await exited;
        expect(readdirSync(folder)).toEqual(['pulled.ndjson']);
        expect(readFileSync(target, 'utf8')).toBe('before\n');
      } finally {
        child.kill('SIGKILL');
        for (const res of held) res.destroy();
        await new Promise((r) => server.close(r));
      }
    },
  );
});

describe('what a pull may print', () => {
  it('never a credential: as given, URL-encoded, or as the Basic header carried it', () => {
    const access = { url: new URL('https://siem.example.test:9200'), username: 'svc-rdpdiag', password: PASSWORD };
    const basic = Buffer.from(`svc-rdpdiag:${PASSWORD}`).toString('base64');
    const echoed = `FATAL: request had Authorization: Basic ${basic}; pw=${encodeURIComponent(PASSWORD)} (${PASSWORD})`;
    const shown = scrub(echoed, access);
    expect(shown).not.toContain(basic);
    expect(shown).not.toContain(basic.replace(/=+$/, ''));
    expect(shown).not.toContain(encodeURIComponent(PASSWORD));
    expect(shown).not.toContain(PASSWORD);
    expect(shown).toContain('FATAL: request had Authorization: Basic ***');
    const token = { url: new URL('https://siem.example.test'), token: TOKEN };
    expect(scrub(`bad token ${Buffer.from(TOKEN).toString('base64')}`, token)).toBe('bad token ***');
  });

  it('the address without a path segment that may be a token, query or user info', () => {
    expect(shownUrl(new URL('https://siem.example.test:9200/elastic/'))).toBe(
      'https://siem.example.test:9200/elastic/',
    );
    const secret = shownUrl(new URL('https://siem.example.test/proxy/6f1c9e0a7b3d4e2f9a8b/es?token=abc'));
    expect(secret).toBe('https://siem.example.test/proxy/***/es?***');
  });
});

describe('retries', () => {
  it('waits as the server asks, else doubles from the base, capped, and gives up after the last try', async () => {
    const waits: number[] = [];
    const policy = { tries: 5, baseMs: 1000, maxMs: 3000, sleep: async (ms: number) => void waits.push(ms) };
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          throw new Error('busy');
        },
        () => (calls === 2 ? 0 : null),
        policy,
      ),
    ).rejects.toThrow('busy');
    expect(calls).toBe(5);
    expect(waits).toEqual([1000, 0, 3000, 3000]);
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30_000);
    expect(retryAfterMs(undefined)).toBeUndefined();
    const fine = await withRetries(
      async () => 'ok',
      () => undefined,
      policy,
    );
    expect(fine).toBe('ok');
  });
});
