#!/usr/bin/env node
/**
 * The whole CLI against the other .evtx dumpers, in the same run (issue #63): `rdpdiag dump -q --format jsonl`
 * against omerbenamram/evtx's Rust `evtx_dump -o jsonl` (the fastest public parser; on PATH, or named by
 * RDPDIAG_EVTX_DUMP) and libevtx's `evtxexport -f xml` (Debian libevtx-utils), at 1 and 2 threads, on real
 * files of the corpus (a 69 KB one shows the fixed cost) and a large synthetic log (bench/make-big-evtx.mjs:
 * the real System.evtx's chunks repeated with fresh ids; RDPDIAG_BENCH_EVTX_MB, default 146, 0 skips it).
 * Wall and CPU (user + sys, /usr/bin/time) of each, medians of RDPDIAG_BENCH_EVTX_RUNS runs (default 3; one
 * on the synthetic log), the load average beside them, and the ratios. A peer that is missing is named and
 * skipped: the benchmark never fails for want of one. Output goes to /dev/null for every tool.
 *
 *   node bench/evtx-peers.mjs [FILE.evtx …]
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const BIN = path.join(repo, 'bin', 'rdpdiag');
const corpus = path.resolve(repo, '../shared/corpus');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const LOGS = 'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs';
/** Real files, smallest to largest: the fixed cost, then logs of a few MB, then the largest. */
const REAL = [
  `${LOGS}/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs/Microsoft-Windows-TerminalServices-RDPClient%4Operational.evtx`,
  `${LOGS}/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs/Security.evtx`,
  `${LOGS}/Win10/BelkasoftCTF_InsiderThreat/BelkasoftCTF_InsiderThreat/Microsoft-Windows-PowerShell%4Operational.evtx`,
  `${LOGS}/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs/System.evtx`,
];

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** The Rust evtx_dump: RDPDIAG_EVTX_DUMP, else `evtx_dump` on PATH (python-evtx's is `evtx_dump.py`). */
export function findEvtxDump(env = process.env) {
  const named = env.RDPDIAG_EVTX_DUMP;
  if (named) return existsSync(named) ? named : undefined;
  return which('evtx_dump');
}

/** One run: wall and CPU seconds (CPU undefined without /usr/bin/time), exit code; stdout to /dev/null. */
function run(cmd, args) {
  return new Promise((resolve) => {
    const argv = TIME ? [TIME, '-f', '@@%e %U %S %M', cmd, ...args] : [cmd, ...args];
    const started = process.hrtime.bigint();
    const devnull = openSync('/dev/null', 'w');
    const p = spawn(argv[0], argv.slice(1), { stdio: ['ignore', devnull, 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('error', () => resolve({ code: -1 }));
    p.on('close', (code) => {
      closeSync(devnull);
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      const m = /@@([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(err);
      resolve({
        code,
        wall: m ? Number(m[1]) : wall,
        cpu: m ? Number(m[2]) + Number(m[3]) : undefined,
        rssMB: m ? Number(m[4]) / 1024 : undefined,
      });
    });
  });
}

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  if (s.length === 0) return undefined;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function measure(cmd, args, runs) {
  const rs = [];
  for (let i = 0; i < runs; i++) rs.push(await run(cmd, args));
  return {
    wall: median(rs.map((r) => r.wall)),
    cpu: median(rs.map((r) => r.cpu)),
    rssMB: median(rs.map((r) => r.rssMB)),
    code: rs.find((r) => r.code !== 0)?.code ?? 0,
  };
}

const f = (x, d = 2) => (x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(d));
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

export async function benchEvtxPeers(options = {}) {
  const log = options.log ?? console.log;
  const runs = options.runs ?? Number(process.env.RDPDIAG_BENCH_EVTX_RUNS ?? 3);
  const bigMB = options.bigMB ?? Number(process.env.RDPDIAG_BENCH_EVTX_MB ?? 146);
  const evtxDump = findEvtxDump();
  const evtxexport = which('evtxexport');
  const files = options.files?.length
    ? options.files
    : REAL.map((r) => path.join(corpus, r)).filter((p) => existsSync(p));
  if (!existsSync(path.join(repo, 'dist', 'src', 'cli', 'main.js'))) {
    log('evtx peers bench: not built (npm run build); skipped');
    return { skipped: 'no build' };
  }
  if (files.length === 0) {
    log(`evtx peers bench: no input (corpus not found at ${corpus}); skipped`);
    return { skipped: 'no corpus' };
  }
  if (!evtxDump)
    log(
      'note: the Rust evtx_dump was not found (put it on PATH or name it in RDPDIAG_EVTX_DUMP): its ratios are skipped',
    );
  if (!evtxexport) log('note: evtxexport not installed (apt-get install libevtx-utils): its ratios are skipped');
  if (!TIME) log('note: /usr/bin/time not installed: CPU time not measured, wall time only');

  const inputs = files.map((file) => {
    const rel = path.relative(corpus, file);
    return { file, label: rel.startsWith('..') ? file : rel, runs };
  });
  let dir;
  if (bigMB > 0 && !options.files?.length) {
    dir = mkdtempSync(path.join(tmpdir(), 'rdpdiag-evtx-peers-'));
    const big = path.join(dir, `synthetic-${bigMB}MB.evtx`);
    const made = spawnSync(process.execPath, [path.join(here, 'make-big-evtx.mjs'), files.at(-1), big, String(bigMB)]);
    if (made.status === 0 && existsSync(big))
      inputs.push({ file: big, label: `synthetic ${bigMB} MB (real System.evtx chunks repeated)`, runs: 1 });
    else log('note: the synthetic log could not be made: skipped');
  }

  const node0 = await measure(process.execPath, ['-e', '0'], runs);
  log('');
  log(
    `rdpdiag dump against evtx_dump (Rust) and evtxexport (C): wall and CPU (user+sys) seconds, medians of ${runs} runs (1 on the synthetic log); output to /dev/null`,
  );
  log(`load average at the start: ${load()}   node -e 0: wall ${f(node0.wall)} s, CPU ${f(node0.cpu)} s`);
  const rows = [];
  try {
    for (const { file, label, runs: n } of inputs) {
      const mb = statSync(file).size / 1048576;
      log(`\n${label}  (${f(mb, 2)} MB)   load ${load()}`);
      const ref = evtxexport ? await measure(evtxexport, ['-f', 'xml', file], Math.min(n, 1)) : undefined;
      for (const threads of [1, 2]) {
        const ours = await measure(process.execPath, [BIN, 'dump', '-q', '--threads', String(threads), file], n);
        const rust = evtxDump ? await measure(evtxDump, ['-t', String(threads), '-o', 'jsonl', file], n) : undefined;
        rows.push({ file: label, mb, threads, ours, rust, evtxexport: ref });
        const tail = (x) => (x?.code ? ` (exit ${x.code})` : '');
        log(
          `  ${threads} thread${threads === 1 ? ' ' : 's'}  rdpdiag    wall ${f(ours.wall).padStart(7)} s  CPU ${f(ours.cpu).padStart(7)} s  ${f(mb / ours.wall, 0).padStart(5)} MB/s wall${tail(ours)}`,
        );
        if (rust)
          log(
            `            evtx_dump  wall ${f(rust.wall).padStart(7)} s  CPU ${f(rust.cpu).padStart(7)} s  ${f(mb / rust.wall, 0).padStart(5)} MB/s wall   rdpdiag / evtx_dump: ${f(ours.wall / rust.wall, 1)}x wall, ${f(ours.cpu / rust.cpu, 1)}x CPU${tail(rust)}`,
          );
      }
      if (ref)
        log(
          `  evtxexport -f xml  wall ${f(ref.wall).padStart(7)} s  CPU ${f(ref.cpu).padStart(7)} s   evtxexport / rdpdiag (1 thread): ${f(ref.wall / rows.at(-2).ours.wall)}x wall, ${f(ref.cpu / rows.at(-2).ours.cpu)}x CPU${ref.code ? ` (exit ${ref.code})` : ''}`,
        );
    }
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  log(`\nload average at the end: ${load()}`);
  return { rows, node0 };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) await benchEvtxPeers({ files: process.argv.slice(2).map((a) => path.resolve(a)) });
