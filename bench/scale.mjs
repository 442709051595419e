#!/usr/bin/env node
/**
 * Issue 14's figures, measured side by side in one run (every command a child process timed by
 * /usr/bin/time; medians of several runs where they are short):
 *   - start-up: `rdpdiag --help` against `node -e 0` (and Node 22's when BENCH_NODE22 names its binary);
 *   - whole-CLI `dump --format jsonl` of the real System.evtx against libevtx's `evtxexport -f xml`;
 *   - `dump-big`: the same (and `--format xml`) on one thread on a 128 MB synthetic System log (BENCH_DUMP_MB);
 *   - in-process parse rate on one thread (records per second of wall and of CPU time);
 *   - a large synthetic System log (the real chunks repeated with fresh record ids, written to the temp
 *     folder; BENCH_BIG_MB, default 1024): `analyze` against `dump`, peak RSS, `dump --threads 1` vs `2`;
 *   - a large XML export (BENCH_XML_MB, default 188): `analyze` peak RSS, against the same events as .evtx.
 * `node bench/scale.mjs [startup|dump|dump-big|parse|big|xml]…` runs some of them. Never fails on a number.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeBigEvtx } from './make-big-evtx.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const BIN = path.join(repo, 'bin', 'rdpdiag');
const SYSTEM = path.resolve(
  repo,
  '../shared/corpus/AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs/System.evtx',
);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Preloaded into the dumps of the large log: prints the main thread's own CPU time (Linux). */
const MAIN_THREAD_CPU = path.join(here, 'main-thread-cpu.cjs');

/**
 * Runs a command (stdout to the file `out`, or discarded); wall seconds, CPU seconds, peak RSS in MB, and
 * with `mainCpu` the main thread's own CPU seconds (Linux). The command writes the file itself: a process
 * reading its output (to hash it, say) would take CPU from it, on a core a one-thread run leaves idle but a
 * two-thread run needs.
 */
function run(cmd, args, out, { mainCpu = false, direct = false } = {}) {
  return new Promise((resolve) => {
    const argv = TIME && !direct ? [TIME, '-f', '@@%e %U %S %M', cmd, ...args] : [cmd, ...args];
    const env = mainCpu
      ? { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${MAIN_THREAD_CPU}`.trim() }
      : process.env;
    const started = process.hrtime.bigint();
    const fd = out ? openSync(out, 'w') : undefined;
    const p = spawn(argv[0], argv.slice(1), { stdio: ['ignore', fd ?? 'ignore', 'pipe'], env });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code) => {
      if (fd !== undefined) closeSync(fd);
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      const m = /@@([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(err);
      const main = /@@main ([\d.]+)/.exec(err);
      resolve({
        code,
        wall: m ? Number(m[1]) : wall,
        cpu: m ? Number(m[2]) + Number(m[3]) : undefined,
        rssMB: m ? Number(m[4]) / 1024 : undefined,
        mainCpu: main ? Number(main[1]) : undefined,
      });
    });
  });
}

async function sha256Of(file) {
  const hash = createHash('sha256');
  for await (const bytes of createReadStream(file)) hash.update(bytes);
  return hash.digest('hex');
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f = (x, d = 2) => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(d));

/** Runs each command `n` times, interleaved (so load changes hit all alike); medians per command. */
async function medians(commands, n, options = {}) {
  const results = commands.map(() => []);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < commands.length; k++) results[k].push(await run(...commands[k], undefined, options));
  return results.map((rs) => ({
    wall: median(rs.map((r) => r.wall)),
    cpu: median(rs.map((r) => r.cpu ?? NaN)),
    rssMB: median(rs.map((r) => r.rssMB ?? NaN)),
    code: rs[0].code,
  }));
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

async function startup(log) {
  const node = process.execPath;
  const cmds = [
    [node, ['-e', '0']],
    [node, [BIN, '--help']],
  ];
  const node22 = process.env.BENCH_NODE22;
  if (node22) cmds.push([node22, ['-e', '0']], [node22, [BIN, '--help']]);
  const r = await medians(cmds, 9);
  // /usr/bin/time reads in hundredths of a second, coarse beside a 40 ms start-up: the wall ratio comes
  // from runs timed here to the nanosecond, without it in between (15 each, alternating, median).
  const precise = await medians(cmds, 15, { direct: true });
  log(`\nstart-up (median of 9, wall ratio of 15 timed directly; target: --help within 2x of node -e 0)`);
  const row = (label, i, base) =>
    log(
      `  ${label.padEnd(28)} wall ${f(precise[i].wall, 3)} s  cpu ${f(r[i].cpu)} s  peak RSS ${f(r[i].rssMB, 0)} MB${base === undefined ? '' : `   ${f(precise[i].wall / precise[base].wall, 2)}x wall, ${f(r[i].cpu / r[base].cpu, 2)}x cpu of node -e 0`}`,
    );
  row(`node ${process.version} -e 0`, 0);
  row('rdpdiag --help', 1, 0);
  if (node22) {
    row('node 22 -e 0', 2);
    row('rdpdiag --help on node 22', 3, 2);
  }
}

async function dump(log) {
  if (!existsSync(SYSTEM)) return log('\ndump: corpus System.evtx not found; skipped');
  const evtxexport = which('evtxexport');
  const cmds = [[process.execPath, [BIN, 'dump', '--format', 'jsonl', '-q', SYSTEM]]];
  if (evtxexport) cmds.push([evtxexport, ['-f', 'xml', SYSTEM]]);
  const r = await medians(cmds, 5);
  log(`\nwhole-CLI dump of the real System.evtx (16.8 MB, 60,189 records; median of 5; target ≥ 15x evtxexport)`);
  log(`  rdpdiag dump --format jsonl  wall ${f(r[0].wall)} s  cpu ${f(r[0].cpu)} s  peak RSS ${f(r[0].rssMB, 0)} MB`);
  if (evtxexport)
    log(
      `  evtxexport -f xml            wall ${f(r[1].wall)} s  cpu ${f(r[1].cpu)} s  peak RSS ${f(r[1].rssMB, 0)} MB   rdpdiag is ${f(r[1].wall / r[0].wall, 1)}x faster (wall), ${f(r[1].cpu / r[0].cpu, 1)}x (cpu)`,
    );
  else log('  evtxexport not installed (apt-get install libevtx-utils): no ratio');
}

/**
 * Whole-CLI dumps of a synthetic System log (BENCH_DUMP_MB, default 128) on one thread, JSONL and XML,
 * against evtxexport's XML of the same file in the same run (one run each: evtxexport takes ~45 s).
 */
async function dumpBig(log, dir) {
  if (!existsSync(SYSTEM)) return log('\ndump-big: corpus System.evtx not found; skipped');
  const mb = Number(process.env.BENCH_DUMP_MB ?? 128);
  const file = path.join(dir, `dump-${mb}.evtx`);
  makeBigEvtx(SYSTEM, file, mb);
  const out = path.join(dir, 'dump-out.txt');
  const evtxexport = which('evtxexport');
  const jsonl = await run(process.execPath, [BIN, 'dump', '-q', '--threads', '1', '--format', 'jsonl', file], out);
  const xml = await run(process.execPath, [BIN, 'dump', '-q', '--threads', '1', '--format', 'xml', file], out);
  const ref = evtxexport ? await run(evtxexport, ['-f', 'xml', file], out) : undefined;
  log(`\nwhole-CLI dump of a ${mb} MB synthetic System log, one thread (one run each; target ≥ 25x evtxexport)`);
  const row = (label, r) =>
    log(
      `  ${label.padEnd(28)} wall ${f(r.wall, 1)} s  cpu ${f(r.cpu, 1)} s  peak RSS ${f(r.rssMB, 0)} MB${ref ? `   evtxexport takes ${f(ref.wall / r.wall, 1)}x its wall time, ${f(ref.cpu / r.cpu, 1)}x its cpu` : ''}`,
    );
  row('rdpdiag dump --format jsonl', jsonl);
  row('rdpdiag dump --format xml', xml);
  if (ref)
    log(
      `  evtxexport -f xml            wall ${f(ref.wall, 1)} s  cpu ${f(ref.cpu, 1)} s  peak RSS ${f(ref.rssMB, 0)} MB`,
    );
  else log('  evtxexport not installed (apt-get install libevtx-utils): no ratio');
  rmSync(file, { force: true });
  rmSync(out, { force: true });
}

async function parse(log, dir) {
  if (!existsSync(SYSTEM)) return log('\nparse: corpus System.evtx not found; skipped');
  const file = path.join(dir, 'parse-256.evtx');
  const made = makeBigEvtx(SYSTEM, file, 256);
  const child = `
    const { readEvtx } = await import(${JSON.stringify(pathToFileURL(path.join(repo, 'dist/src/platform/node/files.js')).href)});
    const rates = [];
    for (let i = 0; i < 3; i++) {
      const c0 = process.cpuUsage(); const t0 = performance.now(); let n = 0;
      for await (const b of readEvtx(${JSON.stringify(file)}, { warn() {} })) n += b.length;
      const cu = process.cpuUsage(c0);
      rates.push([n / ((performance.now() - t0) / 1000), n / ((cu.user + cu.system) / 1e6), n]);
    }
    console.log(JSON.stringify(rates));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' });
  const rates = JSON.parse(r.stdout.trim() || '[]');
  log(
    `\nin-process parse, one thread, ${f(made.size / 1048576, 0)} MB synthetic System log (3 passes; target ≥ 600k records/s)`,
  );
  for (const [wall, cpu, n] of rates)
    log(`  ${n} records: ${f(wall / 1000, 0)}k records/s of wall time, ${f(cpu / 1000, 0)}k records/s of CPU time`);
  rmSync(file, { force: true });
}

async function big(log, dir) {
  if (!existsSync(SYSTEM)) return log('\nbig: corpus System.evtx not found; skipped');
  const mb = Number(process.env.BENCH_BIG_MB ?? 1024);
  const file = path.join(dir, `big-${mb}.evtx`);
  const made = makeBigEvtx(SYSTEM, file, mb);
  const out = path.join(dir, 'out.txt');
  // The dumps one thread / two threads alternately (BENCH_BIG_RUNS pairs, default 2; medians), their
  // output to a file, hashed after each run to show it is the same; the main thread's own CPU apart from the workers'.
  const runs = Math.max(1, Number(process.env.BENCH_BIG_RUNS ?? 2));
  const ones = [];
  const twos = [];
  for (let i = 0; i < runs; i++) {
    for (const [threads, results] of [
      ['1', ones],
      ['2', twos],
    ]) {
      const r = await run(process.execPath, [BIN, 'dump', '-q', '--threads', threads, file], out, { mainCpu: true });
      results.push({ ...r, hash: await sha256Of(out) });
    }
  }
  const an = await run(process.execPath, [BIN, 'analyze', '-q', '--format', 'json', file], out);
  const med = (rs, key) => median(rs.map((r) => r[key] ?? NaN));
  const [d1, d2] = [ones, twos].map((rs) => ({
    wall: med(rs, 'wall'),
    cpu: med(rs, 'cpu'),
    rssMB: med(rs, 'rssMB'),
    mainCpu: med(rs, 'mainCpu'),
  }));
  const same = [...ones, ...twos].every((r) => r.hash === ones[0].hash);
  log(
    `\n${f(made.size / 1048576, 0)} MB synthetic System log (real chunks repeated, fresh record ids; dumps: median of ${runs} alternating runs, output to a file; analyze: one run; targets: analyze < 1 GB peak and ≤ 1.5x dump's time, dump 2 threads ≥ 1.8x faster than 1)`,
  );
  log(`  dump --threads 1   wall ${f(d1.wall, 1)} s  cpu ${f(d1.cpu, 1)} s  peak RSS ${f(d1.rssMB, 0)} MB`);
  log(
    `  dump --threads 2   wall ${f(d2.wall, 1)} s  cpu ${f(d2.cpu, 1)} s  peak RSS ${f(d2.rssMB, 0)} MB   ${f(d1.wall / d2.wall)}x faster than 1 thread (wall), ${f(d2.cpu / d1.cpu)}x its CPU`,
  );
  log(
    `    of which main thread ${f(d2.mainCpu, 1)} s CPU (putting ranges in order, writing), the two workers and V8's helper threads ${f(d2.cpu - d2.mainCpu, 1)} s; output ${same ? 'byte-identical' : 'DIFFERS'} in all ${runs * 2} dumps`,
  );
  // On a busy machine the wall ratio says more about the other processes than about the threads: with a
  // core each and the work balanced, two threads take (their CPU / 2), so 2 x cpu1 / cpu2 is the ratio a
  // quiet machine would show (the load average is printed with the conditions).
  log(
    `    from CPU time: two threads with a free core each would be ${f((2 * d1.cpu) / d2.cpu)}x one thread (2 x its CPU / their CPU)`,
  );
  log(
    `  analyze            wall ${f(an.wall, 1)} s  cpu ${f(an.cpu, 1)} s  peak RSS ${f(an.rssMB, 0)} MB   ${f(an.wall / d1.wall)}x dump's wall time (exit ${an.code})`,
  );
  rmSync(file, { force: true });
  rmSync(out, { force: true });
}

async function xml(log, dir) {
  if (!existsSync(SYSTEM)) return log('\nxml: corpus System.evtx not found; skipped');
  const mb = Number(process.env.BENCH_XML_MB ?? 188);
  // An XML export is ~2.4 times its .evtx: make the .evtx, export it with dump --format xml.
  const evtx = path.join(dir, 'for-xml.evtx');
  makeBigEvtx(SYSTEM, evtx, Math.max(1, Math.round(mb / 2.4)));
  const xmlFile = path.join(dir, 'export.xml');
  await run(process.execPath, [BIN, 'dump', '-q', '--format', 'xml', evtx], xmlFile);
  const out = path.join(dir, 'out.txt');
  const ax = await run(process.execPath, [BIN, 'analyze', '-q', '--format', 'json', xmlFile], out);
  const ae = await run(process.execPath, [BIN, 'analyze', '-q', '--format', 'json', evtx], out);
  log(`\nanalyze of a ${f(statSync(xmlFile).size / 1048576, 0)} MB XML export (one run each; target < 400 MB peak)`);
  log(`  XML export         wall ${f(ax.wall, 1)} s  cpu ${f(ax.cpu, 1)} s  peak RSS ${f(ax.rssMB, 0)} MB`);
  log(`  the same as .evtx  wall ${f(ae.wall, 1)} s  cpu ${f(ae.cpu, 1)} s  peak RSS ${f(ae.rssMB, 0)} MB`);
  for (const p of [evtx, xmlFile, out]) rmSync(p, { force: true });
}

const SUITES = { startup, dump, 'dump-big': dumpBig, parse, big, xml };

export async function benchScale(only = [], log = console.log) {
  const dir = mkdtempSync(path.join(tmpdir(), 'rdpdiag-scale-'));
  log(
    `\nconditions: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} at start, node ${process.version}`,
  );
  try {
    for (const [name, fn] of Object.entries(SUITES)) if (only.length === 0 || only.includes(name)) await fn(log, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  log(
    `load average at end: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await benchScale(process.argv.slice(2));
