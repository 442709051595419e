#!/usr/bin/env node
/**
 * .evtx parser benchmark: our parser (compiled JS in dist/) against libevtx's `evtxexport -f xml`
 * (Debian libevtx-utils) and python-evtx's `evtx_dump.py` (Debian python3-evtx), on the largest files
 * of the corpus (../shared/corpus beside the repo), in the same run. Every parser runs as a child
 * process; wall time and peak RSS are measured per process (best of N runs for the fast ones).
 *
 *   node bench/evtx.mjs [--runs N] [--files N] [--no-python] [--synthetic MB] [FILE.evtx …]
 *
 * Besides the real files, a synthetic large file (default 256 MB: the chunks of the largest corpus file
 * repeated; 0 disables) shows the steady-state throughput once the JIT has warmed up, which the 12–16 MB
 * corpus files (≈ 0.1 s of parsing, dominated by process start and JIT warm-up) cannot show.
 *
 * Exported as `benchEvtx(options)` for bench/run.mjs. Needs `npm run build` (dist/) first; builds it
 * when missing.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const distModule = path.join(repo, 'dist', 'src', 'platform', 'node', 'files.js');
const corpus = path.resolve(repo, '../shared/corpus');

// ---------------------------------------------------------------------------------------------
// Child mode: parse one file with our parser, print {records, parseMs, maxRssKb} as JSON.
// ---------------------------------------------------------------------------------------------
async function child(file) {
  const { readEvtx } = await import(pathToFileURL(process.env.EVTX_MODULE ?? distModule).href);
  const t = performance.now();
  let records = 0;
  let warnings = 0;
  for await (const batch of readEvtx(file, { warn: () => warnings++ })) records += batch.length;
  const parseMs = performance.now() - t;
  process.stdout.write(JSON.stringify({ records, warnings, parseMs, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
}

// ---------------------------------------------------------------------------------------------
// Parent mode
// ---------------------------------------------------------------------------------------------
function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a command, stdout discarded (or captured); returns wall ms, peak RSS (KB) when measurable. */
function run(cmd, args, { capture = false, timeoutMs = 600_000 } = {}) {
  return new Promise((resolve) => {
    const useTime = TIME !== undefined;
    const argv = useTime ? [TIME, '-f', '%M', cmd, ...args] : [cmd, ...args];
    const t = process.hrtime.bigint();
    const p = spawn(argv[0], argv.slice(1), { stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout?.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      let maxRssKb;
      if (useTime) {
        const lines = err.trim().split('\n');
        const last = Number(lines[lines.length - 1]);
        if (Number.isFinite(last)) maxRssKb = last;
      }
      resolve({ ms, code, signal, out, err, maxRssKb, timedOut: signal === 'SIGKILL' });
    });
  });
}

function largestCorpusFiles(n) {
  if (!existsSync(corpus)) return [];
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'reference') walk(p);
      } else if (e.name.endsWith('.evtx')) files.push({ file: p, size: statSync(p).size });
    }
  };
  walk(corpus);
  return files.sort((a, b) => b.size - a.size).slice(0, n);
}

function ensureBuilt() {
  if (process.env.EVTX_MODULE || existsSync(distModule)) return true;
  console.log('dist/ missing: building with `npx tsc -p tsconfig.build.json`…');
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: repo, stdio: 'inherit' });
  return existsSync(distModule);
}

const fmt = (x, d = 1) => (x === undefined ? '-' : x.toFixed(d));

/** Header + the chunks of `source` repeated until `mb` MB: a valid log (templates live per chunk). */
function makeSynthetic(source, mb) {
  const data = readFileSync(source);
  const chunks = data.subarray(4096);
  const dir = mkdtempSync(path.join(tmpdir(), 'rdpdiag-evtx-bench-'));
  const file = path.join(dir, `synthetic-${mb}MB.evtx`);
  const fd = openSync(file, 'w');
  writeSync(fd, data, 0, 4096);
  let size = 4096;
  while (size < mb * 1024 * 1024) {
    writeSync(fd, chunks);
    size += chunks.length;
  }
  closeSync(fd);
  return { file, size, dir };
}

export async function benchEvtx(options = {}) {
  const runs = options.runs ?? 3;
  const python = options.python ?? true;
  const files = options.files?.length
    ? options.files.map((f) => ({ file: f, size: statSync(f).size }))
    : largestCorpusFiles(options.fileCount ?? 3);
  const log = options.log ?? console.log;
  if (files.length === 0) {
    log(`evtx bench: no input (corpus not found at ${corpus}); skipped`);
    return { skipped: 'no corpus' };
  }
  if (!ensureBuilt()) {
    log('evtx bench: dist/parsers/evtx/index.js missing and the build failed; skipped');
    return { skipped: 'no build' };
  }
  const evtxexport = which('evtxexport');
  const evtxDump = python ? which('evtx_dump.py') : undefined;
  if (!evtxexport) log('note: evtxexport not installed (apt-get install libevtx-utils): libevtx comparison skipped');
  if (python && !evtxDump)
    log('note: evtx_dump.py not installed (apt-get install python3-evtx): python-evtx comparison skipped');
  if (!TIME) log('note: /usr/bin/time not installed: peak RSS of the reference tools not measured');

  const syntheticMB = options.syntheticMB ?? 256;
  const inputs = files.map((f) => ({ ...f, runs, python }));
  let synthetic;
  if (syntheticMB > 0 && !options.files?.length) {
    synthetic = makeSynthetic(files[0].file, syntheticMB);
    inputs.push({
      file: synthetic.file,
      size: synthetic.size,
      runs: 1,
      python: false,
      label: `synthetic: ${path.relative(corpus, files[0].file)} chunks repeated`,
    });
  }

  const results = [];
  for (const { file, size, runs, python: withPython, label } of inputs) {
    const mb = size / (1024 * 1024);
    const row = { file: label ?? path.relative(corpus, file), sizeMB: mb, runs };
    // ours: best of `runs` child processes
    let best;
    for (let i = 0, n = label ? 2 : runs; i < n; i++) {
      const r = await run(process.execPath, [fileURLToPath(import.meta.url), '--child', file], { capture: true });
      const info = JSON.parse(r.out.trim().split('\n').pop() || '{}');
      const m = { wallMs: r.ms, parseMs: info.parseMs, records: info.records, maxRssKb: r.maxRssKb ?? info.maxRssKb };
      if (!best || m.wallMs < best.wallMs) best = m;
    }
    row.ours = best;
    row.records = best.records;
    if (evtxexport) {
      let b;
      for (let i = 0; i < runs; i++) {
        const r = await run(evtxexport, ['-f', 'xml', file]);
        if (!b || r.ms < b.wallMs) b = { wallMs: r.ms, maxRssKb: r.maxRssKb, exit: r.code };
      }
      row.evtxexport = b;
    }
    if (evtxDump && withPython) {
      const r = await run(evtxDump, [file], { timeoutMs: options.pythonTimeoutMs ?? 300_000 });
      row.pythonEvtx = { wallMs: r.ms, maxRssKb: r.maxRssKb, exit: r.code, timedOut: r.timedOut };
    }
    results.push(row);
  }
  if (synthetic) rmSync(synthetic.dir, { recursive: true, force: true });

  log('');
  log(
    `evtx parser throughput (wall time of a child process, best of ${runs} runs for ours and evtxexport, 1 run of python-evtx and on the synthetic file)`,
  );
  for (const r of results) {
    const o = r.ours;
    log(`\n${r.file}  (${fmt(r.sizeMB, 2)} MB, ${r.records} records)`);
    log(
      `  ours          ${fmt(o.wallMs, 0).padStart(7)} ms  ${fmt(r.sizeMB / (o.wallMs / 1000)).padStart(7)} MB/s  ${fmt(r.records / (o.wallMs / 1000), 0).padStart(8)} rec/s  peak RSS ${fmt(o.maxRssKb / 1024, 0)} MB   (in-process parse ${fmt(o.parseMs, 0)} ms = ${fmt(r.sizeMB / (o.parseMs / 1000))} MB/s)`,
    );
    for (const [name, x] of [
      ['evtxexport', r.evtxexport],
      ['evtx_dump.py', r.pythonEvtx],
    ]) {
      if (!x) continue;
      const ratio = x.wallMs / o.wallMs;
      const note = x.timedOut ? ' (timed out)' : x.exit ? ` (exit ${x.exit})` : '';
      log(
        `  ${name.padEnd(13)} ${fmt(x.wallMs, 0).padStart(7)} ms  ${fmt(r.sizeMB / (x.wallMs / 1000)).padStart(7)} MB/s  ${fmt(r.records / (x.wallMs / 1000), 0).padStart(8)} rec/s  peak RSS ${fmt(x.maxRssKb === undefined ? undefined : x.maxRssKb / 1024, 0)} MB   ours is ${fmt(ratio)}x faster${note}`,
      );
    }
  }
  log('');
  // The whole CLI against the Rust evtx_dump and evtxexport, at 1 and 2 threads (issue #63).
  const { benchEvtxPeers } = await import('./evtx-peers.mjs');
  const peers = options.files?.length
    ? await benchEvtxPeers({ files: options.files, log })
    : await benchEvtxPeers({ log });
  // Where dump's CPU goes on the real files: start-up, the first pass (JIT warm-up), a warm pass.
  const { benchEvtxWarmup } = await import('./evtx-warmup.mjs');
  const warmup = await benchEvtxWarmup({ log, ...(options.files?.length ? { files: options.files } : {}) });
  return { results, peers, warmup };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    await child(args[1]);
  } else {
    const opts = { files: [] };
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '--runs') opts.runs = Number(args[++i]);
      else if (args[i] === '--files') opts.fileCount = Number(args[++i]);
      else if (args[i] === '--no-python') opts.python = false;
      else if (args[i] === '--synthetic') opts.syntheticMB = Number(args[++i]);
      else opts.files.push(path.resolve(args[i]));
    }
    await benchEvtx(opts);
  }
}
