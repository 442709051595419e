// `analyze --follow`: (1) latency from the last event of an attempt being written to its verdict being
// printed (target: under 1 s at the default poll interval), with fs.watch and with polling only; (2) memory
// over a 100,000-event follow (it must stay flat: reported attempts are released).
// Runnable alone: `node bench/follow-latency.mjs` (add --expose-gc for steadier heap figures).
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { badPasswordRecords } from '../test/helpers/bad-password.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = (p) => import(pathToFileURL(join(root, 'dist', p)).href);

const iso = (ms) => new Date(ms).toISOString().replace('Z', '0000Z');
const RDPCORE = 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational';
function event(
  id,
  ms,
  record,
  activity,
  data,
  channel = RDPCORE,
  provider = 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS',
) {
  const fields = Object.entries(data)
    .map(([k, v]) => `<Data Name='${k}'>${v}</Data>`)
    .join('');
  return `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='${provider}'/><EventID>${id}</EventID><Version>0</Version><Level>4</Level><TimeCreated SystemTime='${iso(ms)}'/><EventRecordID>${record}</EventRecordID><Correlation${activity ? ` ActivityID='${activity}'` : ''}/><Channel>${channel}</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData>${fields}</EventData></Event>\r\n`;
}

/** A failed NLA logon (wrong password): 131, 65, 140, 4625, then 103 (the event that ends it). */
function badPassword(n, startMs, record) {
  const xml = badPasswordRecords(n, startMs, record).map((r) =>
    r.security
      ? event(r.id, r.ms, r.record, undefined, r.data, 'Security', 'Microsoft-Windows-Security-Auditing')
      : event(r.id, r.ms, r.record, r.activity, r.data),
  );
  return { body: xml.slice(0, -1).join(''), last: xml.at(-1) };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function latency(follow, mode, rounds) {
  const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-bench-follow-'));
  const path = join(dir, 'stream.xml');
  writeFileSync(path, '');
  const ac = new AbortController();
  const printed = [];
  const done = follow(
    {
      paths: [path],
      channels: [],
      filter: {},
      settleMs: 30_000,
      pollMs: 500,
      useFsWatch: mode === 'fs.watch',
      signal: ac.signal,
    },
    { attempt: () => printed.push(performance.now()), finding() {}, warning() {}, note() {}, error() {} },
  );
  const times = [];
  let record = 1;
  const start = Date.now();
  for (let n = 0; n < rounds; n++) {
    const a = badPassword(n, start + n * 5000, record);
    record += 5;
    appendFileSync(path, a.body);
    await sleep(300 + Math.random() * 400);
    const before = printed.length;
    const t = performance.now();
    appendFileSync(path, a.last);
    while (printed.length === before && performance.now() - t < 10_000) await sleep(2);
    times.push(printed[before] - t);
  }
  ac.abort();
  await done;
  rmSync(dir, { recursive: true, force: true });
  return {
    mode,
    attempts: rounds,
    medianMs: +pct(times, 50).toFixed(0),
    p95Ms: +pct(times, 95).toFixed(0),
    maxMs: +Math.max(...times).toFixed(0),
  };
}

async function memory(follow, events) {
  const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-bench-follow-'));
  const path = join(dir, 'stream.xml');
  writeFileSync(path, '');
  const ac = new AbortController();
  let reported = 0;
  let read = 0;
  const done = follow(
    {
      paths: [path],
      channels: [],
      filter: {},
      settleMs: 30_000,
      pollMs: 100,
      useFsWatch: true,
      signal: ac.signal,
      onEvents: (e) => (read += e.length),
    },
    { attempt: () => reported++, finding() {}, warning() {}, note() {}, error() {} },
  );
  const samples = [];
  const start = Date.UTC(2024, 4, 1);
  let record = 1;
  let written = 0;
  const t0 = performance.now();
  for (let n = 0; written < events; ) {
    let text = '';
    for (let k = 0; k < 200; k++, n++) {
      const a = badPassword(n, start + n * 30_000, record);
      record += 5;
      text += a.body + a.last;
      written += 5;
    }
    appendFileSync(path, text);
    while (read < written) await sleep(5);
    if (written % 20_000 === 0) {
      globalThis.gc?.();
      const m = process.memoryUsage();
      samples.push({
        events: written,
        attemptsReported: reported,
        heapMB: +(m.heapUsed / 1048576).toFixed(1),
        rssMB: +(m.rss / 1048576).toFixed(1),
      });
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  ac.abort();
  const result = await done;
  const analyzer = result.analyzer;
  rmSync(dir, { recursive: true, force: true });
  return {
    samples,
    seconds: +seconds.toFixed(1),
    eventsPerSecond: Math.round(events / seconds),
    windowEventsAtEnd: analyzer.stats.eventsKept,
    reported: analyzer.stats.reported,
  };
}

export async function benchFollowLatency(rounds = 20, events = 100_000) {
  const { follow } = await load('src/follow/follower.js');
  const rows = [];
  for (const mode of ['fs.watch', 'poll 500 ms']) rows.push(await latency(follow, mode, rounds));
  console.log(
    '\nFollow latency: last event written → verdict printed (target: under 1 s at the default poll interval)',
  );
  console.table(rows);
  const mem = await memory(follow, events);
  console.log(
    `\nFollow memory over ${events.toLocaleString('en-US')} events (${mem.seconds} s, ${mem.eventsPerSecond} events/s; ${mem.reported} attempts reported; ${mem.windowEventsAtEnd} events in the window at the end)${globalThis.gc ? '' : ' (run with --expose-gc for steadier heap figures)'}`,
  );
  console.table(mem.samples);
  return { latency: rows, memory: mem };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchFollowLatency();
