// Issue 4's target: analysis (correlation + patterns + findings + the report model) adds under 25% to the
// time it takes to read the inputs. Measured in one process on the RDP folders of the shared corpus and on
// the samples, as `rdpdiag analyze` does both (reading with its pushdown and slim events, then
// `analyzeTimeline`), best of several runs each. Wall and CPU time both: on a shared machine the CPU
// time of this process is the steadier of the two (waiting for a core is not counted), and the main
// thread's alone (Linux) the steadiest: it leaves out the GC's and the compiler's helper threads too.
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

export async function benchAnalyzeOverhead(runs = 5) {
  const { buildTimeline } = await load('src/platform/node/files.js');
  const { analyzeTimeline, readingForAnalysis } = await load('src/report/analysis-report.js');
  const rows = [];
  for (const [name, path] of SETS) {
    if (!existsSync(path)) continue;
    const read = { wall: [], cpu: [], main: [] };
    const analyze = { wall: [], cpu: [], main: [] };
    let events = 0;
    let attempts = 0;
    for (let i = 0; i < runs; i++) {
      // As `rdpdiag analyze` reads: events analysis cannot use dropped (most decoded only in part), context
      // events in the compact store, other events of no connection slimmed.
      const r = await timed(async () => {
        const timeline = await buildTimeline([path], readingForAnalysis());
        // Reading's garbage is reading's cost: collect it now (with --expose-gc) so it is not billed to analysis.
        globalThis.gc?.();
        return timeline;
      });
      const a = await timed(() => analyzeTimeline(r.value));
      read.wall.push(r.wall);
      read.cpu.push(r.cpu);
      read.main.push(r.main);
      analyze.main.push(a.main);
      analyze.wall.push(a.wall);
      analyze.cpu.push(a.cpu);
      // Kept events: those in the timeline's array and those in its context store.
      events = r.value.events.length + (r.value.context?.size ?? 0);
      attempts = a.value.model.attempts?.length ?? 0;
    }
    const best = (xs) => Math.min(...xs);
    rows.push({
      inputs: name,
      events,
      attempts,
      readMs: +best(read.wall).toFixed(1),
      analyzeMs: +best(analyze.wall).toFixed(1),
      overheadPct: +((100 * best(analyze.wall)) / best(read.wall)).toFixed(1),
      readCpuMs: +best(read.cpu).toFixed(1),
      analyzeCpuMs: +best(analyze.cpu).toFixed(1),
      cpuOverheadPct: +((100 * best(analyze.cpu)) / best(read.cpu)).toFixed(1),
      readMainMs: +best(read.main).toFixed(1),
      analyzeMainMs: +best(analyze.main).toFixed(1),
      mainThreadPct: +((100 * best(analyze.main)) / best(read.main)).toFixed(1),
    });
  }
  console.log(
    '\nAnalysis overhead, as `rdpdiag analyze` reads and analyzes (best of %d%s; target: analyze < 25%% of read)',
    runs,
    globalThis.gc ? ', garbage of reading collected before analysis' : ', run with node --expose-gc for a fairer split',
  );
  console.table(rows);
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await benchAnalyzeOverhead(Number(process.argv[2] ?? 5));
