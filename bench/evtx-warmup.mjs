#!/usr/bin/env node
/**
 * Where `dump`'s CPU goes on a real .evtx file (issue #63): start-up, the first pass over the file (JIT
 * warm-up and template compiling included) and the same pass once warm, against the Rust `evtx_dump` (on PATH
 * or named by RDPDIAG_EVTX_DUMP; skipped when missing). The passes run in a child process: dump's range
 * formatter (the code `dump --threads 1` runs) formats the whole file, pass after pass, into memory. Its main
 * thread and V8's background threads (optimizing compiles, GC helpers) are counted apart where Linux says
 * (/proc/self/task), else together. Medians of RDPDIAG_BENCH_WARMUP_RUNS children (default 5), the load average
 * beside them.
 *
 *   node bench/evtx-warmup.mjs [FILE.evtx …]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const corpus = path.resolve(repo, '../shared/corpus');
const LOGS = 'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs';
const REAL = [`${LOGS}/Security.evtx`, `${LOGS}/System.evtx`];
const PASSES = 4;

/** CPU milliseconds of this process's threads by thread id (Linux), or undefined. */
function threadCpu() {
  try {
    const out = new Map();
    for (const t of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(t, (Number(f[11]) + Number(f[12])) * (1000 / 100));
    }
    return out;
  } catch {
    return undefined;
  }
}

/** In the child: PASSES passes of one range formatter over the file; CPU ms of each (all, main, background). */
async function child(file) {
  await import(pathToFileURL(path.join(repo, 'dist/src/platform/node/native.js')).href);
  const { RangeFormatter } = await import(
    pathToFileURL(path.join(repo, 'dist/src/platform/node/parallel-evtx.js')).href
  );
  const size = statSync(file).size;
  const range = 16 * 65536;
  const formatter = new RangeFormatter(file, 'jsonl');
  let out = new ArrayBuffer(2 * 1024 * 1024);
  const passes = [];
  for (let p = 0; p < PASSES; p++) {
    const threads0 = threadCpu();
    const cpu0 = process.cpuUsage();
    for (let from = 4096, id = 0; from < size; from += range, id++) {
      const r = formatter.format({ id, from, to: Math.min(size, from + range), out });
      out = r.bytes.buffer;
    }
    const cpu = process.cpuUsage(cpu0);
    const threads1 = threadCpu();
    const all = (cpu.user + cpu.system) / 1000;
    const main =
      threads0 && threads1 ? threads1.get(String(process.pid)) - threads0.get(String(process.pid)) : undefined;
    passes.push({ all, main, background: main === undefined ? undefined : Math.max(0, all - main) });
  }
  formatter.close();
  process.stdout.write(JSON.stringify(passes));
}

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined && Number.isFinite(x)).sort((a, b) => a - b);
  return s.length === 0 ? undefined : s[(s.length - 1) >> 1];
};
const ms = (x) => (x === undefined ? '-' : `${Math.round(x)}`.padStart(5));

/** CPU seconds (user + sys) of one run of a command, output to /dev/null; undefined without /usr/bin/time. */
function cpuOf(cmd, args) {
  if (!existsSync('/usr/bin/time')) return undefined;
  const r = spawnSync('/usr/bin/time', ['-f', '@@%U %S', cmd, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const m = /@@([\d.]+) ([\d.]+)/.exec(r.stderr?.toString() ?? '');
  return m ? (Number(m[1]) + Number(m[2])) * 1000 : undefined;
}

export async function benchEvtxWarmup(options = {}) {
  const log = options.log ?? console.log;
  const runs = options.runs ?? Number(process.env.RDPDIAG_BENCH_WARMUP_RUNS ?? 5);
  const files = options.files?.length ? options.files : REAL.map((r) => path.join(corpus, r)).filter(existsSync);
  if (!existsSync(path.join(repo, 'dist/src/platform/node/parallel-evtx.js')) || files.length === 0) {
    log('evtx warm-up bench: not built or no corpus; skipped');
    return { skipped: true };
  }
  const rust = process.env.RDPDIAG_EVTX_DUMP || undefined;
  const bin = path.join(repo, 'bin', 'rdpdiag');
  log(`\nWhere dump's CPU goes (ms, medians of ${runs}; load ${loadavg()[0].toFixed(2)}):`);
  log('  node -e 0 | dump whole CLI | first pass: all = main + background | warm pass | evtx_dump -t 1');
  const node0 = median(Array.from({ length: runs }, () => cpuOf(process.execPath, ['-e', '0'])));
  const rows = [];
  for (const file of files) {
    const kids = [];
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file], { encoding: 'utf8' });
      if (r.status === 0) kids.push(JSON.parse(r.stdout));
    }
    const whole = median(
      Array.from({ length: runs }, () => cpuOf(process.execPath, [bin, 'dump', '-q', '--threads', '1', file])),
    );
    const theirs =
      rust && existsSync(rust)
        ? median(Array.from({ length: runs }, () => cpuOf(rust, ['-t', '1', '-o', 'jsonl', file])))
        : undefined;
    const first = (k) => median(kids.map((p) => p[0][k]));
    const warm = median(kids.map((p) => Math.min(...p.slice(1).map((x) => x.all))));
    const row = {
      file,
      node0,
      whole,
      first: first('all'),
      main: first('main'),
      background: first('background'),
      warm,
      theirs,
    };
    rows.push(row);
    log(
      `  ${path.basename(file)} (${(statSync(file).size / 1048576).toFixed(1)} MB): ${ms(node0)} | ${ms(whole)} | ${ms(row.first)} = ${ms(row.main)} + ${ms(row.background)} | ${ms(warm)} | ${ms(theirs)}`,
    );
  }
  log(`  load at the end: ${loadavg()[0].toFixed(2)}`);
  return { rows };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain && process.argv[2] === '--child') await child(process.argv[3]);
else if (isMain) await benchEvtxWarmup({ files: process.argv.slice(2).map((a) => path.resolve(a)) });
