// Issue 4's target: analysis (correlation + patterns + findings + the report model) adds under 25% to the
// time it takes to read the inputs. Measured on the RDP folders of the shared corpus and on the samples,
// as `rdpdiag analyze` does both (reading with its pushdown and slim events, then `analyzeTimeline`), two
// ways:
// - in one process per input set, best of several runs: the code compiled, as on a large input, where the
//   time goes;
// - one-shot, a process per run (medians): as a user runs `rdpdiag analyze` once on a small folder, where
//   most of either phase runs before V8 has compiled it.
// Wall and CPU time both: on a shared machine the CPU time of this process is the steadier of the two
// (waiting for a core is not counted), and the main thread's alone (Linux) the steadiest: it leaves out the
// GC's and the compiler's helper threads too.
//
// No garbage collection is forced between reading and analysis (the CLI forces none): a forced full
// collection frees the previous run's timeline, and V8 then throws away the optimized analysis code that
// had embedded its objects (`--trace-deopt`: hundreds of deopts, reason "weak objects"), so every run's
// analysis started half cold again (Stolen Szechuan: ~190 ms a run against ~50 ms without it).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
const corpus = resolve(root, '../shared/corpus');
const SETS = [
  ['samples (all scenarios)', join(root, 'samples')],
  [
    'StolenSzechuan (2012 R2 DC)',
    join(
      corpus,
      'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
    ),
  ],
  [
    'Belkasoft CTF (Win10)',
    join(
      corpus,
      'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win10/BelkasoftCTF_InsiderThreat/BelkasoftCTF_InsiderThreat',
    ),
  ],
  ['omerbenamram RDP samples', join(corpus, 'omerbenamram__evtx/samples')],
];

/** CPU time of this thread alone (Linux): neither waiting for a core nor the GC's and compiler's helper threads. */
function mainThreadMs() {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Wall and CPU milliseconds of one call. */
async function timed(fn) {
  const wall = performance.now();
  const cpu = cpuMs();
  const main = mainThreadMs();
  const value = await fn();
  return { value, wall: performance.now() - wall, cpu: cpuMs() - cpu, main: mainThreadMs() - main };
}

/** One read and one analysis of `path`, as `rdpdiag analyze` does them. */
async function readAndAnalyze(path) {
  const { buildTimeline } = await load('src/platform/node/files.js');
  const { analyzeTimeline, readingForAnalysis } = await load('src/pipeline/analysis-report.js');
  // As `rdpdiag analyze` reads: events analysis cannot use dropped (most decoded only in part), context
  // events in the compact store, other events of no connection slimmed.
  const r = await timed(() => buildTimeline([path], readingForAnalysis()));
  const a = await timed(() => analyzeTimeline(r.value));
  return {
    read: { wall: r.wall, cpu: r.cpu, main: r.main },
    analyze: { wall: a.wall, cpu: a.cpu, main: a.main },
    // Kept events: those in the timeline's array and those in its context store.
    events: r.value.events.length + (r.value.context?.size ?? 0),
    attempts: a.value.model.attempts?.length ?? 0,
  };
}

/** A fresh process for one read and analysis (`--once`): nothing compiled beforehand. */
function oneShot(path) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--once', path], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`one-shot run failed: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

/**
 * `runs` reads and analyses of one input set in a process of its own (`--warm`), as the CLI only ever
 * analyses one set per process: code compiled for one set's event shapes is not measured on another's
 * (run after the samples in one process, Stolen Szechuan's analysis took ~1.5× as long).
 */
function warmRuns(path, runs) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--warm', path, String(runs)], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`in-process runs failed: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

function row(name, runs, pick) {
  const figure = (phase, what) => pick(runs.map((r) => r[phase][what]));
  const pct = (what) => +((100 * figure('analyze', what)) / figure('read', what)).toFixed(1);
  return {
    inputs: name,
    events: runs[0].events,
    attempts: runs[0].attempts,
    readMs: +figure('read', 'wall').toFixed(1),
    analyzeMs: +figure('analyze', 'wall').toFixed(1),
    overheadPct: pct('wall'),
    readCpuMs: +figure('read', 'cpu').toFixed(1),
    analyzeCpuMs: +figure('analyze', 'cpu').toFixed(1),
    cpuOverheadPct: pct('cpu'),
    readMainMs: +figure('read', 'main').toFixed(1),
    analyzeMainMs: +figure('analyze', 'main').toFixed(1),
    mainThreadPct: pct('main'),
  };
}

const best = (xs) => Math.min(...xs);
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * `runs` one-shot processes per input set, and `warmRunCount` runs in the in-process one: Stolen Szechuan's
 * analysis only settles after ~9 runs in one process (~170, 120, 45, 60, 50, 30 ms …), so a best of 7 still
 * caught code half compiled.
 */
export async function benchAnalyzeOverhead(runs = 7, warmRunCount = 15) {
  const warm = [];
  const cold = [];
  for (const [name, path] of SETS) {
    if (!existsSync(path)) continue;
    warm.push(row(name, warmRuns(path, warmRunCount), best));
    const processes = [];
    for (let i = 0; i < runs; i++) processes.push(oneShot(path));
    cold.push(row(name, processes, median));
  }
  console.log(
    '\nAnalysis overhead, as `rdpdiag analyze` reads and analyzes; target: analyze < 25%% of read\n' +
      'In one process per input set, best of %d runs (the code compiled, as on a large input):',
    warmRunCount,
  );
  console.table(warm);
  console.log('One-shot, a process per run, medians of %d (as `rdpdiag analyze` runs once on a small folder):', runs);
  console.table(cold);
  return { warm, cold };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === '--once') console.log(JSON.stringify(await readAndAnalyze(process.argv[3])));
  else if (process.argv[2] === '--warm') {
    const runs = [];
    for (let i = 0; i < Number(process.argv[4]); i++) runs.push(await readAndAnalyze(process.argv[3]));
    console.log(JSON.stringify(runs));
  } else await benchAnalyzeOverhead(Number(process.argv[2] ?? 7));
}
