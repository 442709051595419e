// Issue 4's target: analysis (correlation + patterns + findings) adds under 25% to the time it takes to
// read the inputs. Measured in one process on the RDP folders of the shared corpus and on the samples,
// best of several runs each.
import { existsSync } from 'node:fs';
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

function best(times) {
  return Math.min(...times);
}

export async function benchAnalyzeOverhead(runs = 5) {
  const { buildTimeline } = await load('src/platform/node/files.js');
  const { analyzeEvents, neededForAnalysis } = await load('src/diagnose/analyze.js');
  // As `rdpdiag analyze` does it: events analysis cannot use are dropped while reading.
  const keep = neededForAnalysis();
  const rows = [];
  for (const [name, path] of SETS) {
    if (!existsSync(path)) continue;
    const read = [];
    const analyze = [];
    let events = 0;
    let attempts = 0;
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      const timeline = await buildTimeline([path], { keep });
      // Reading's garbage is reading's cost: collect it now (with --expose-gc) so it is not billed to analysis.
      globalThis.gc?.();
      read.push(performance.now() - t);
      t = performance.now();
      const result = analyzeEvents(timeline.events, { channelCounts: timeline.channelCounts });
      analyze.push(performance.now() - t);
      events = timeline.events.length;
      attempts = result.attempts.length;
    }
    const r = best(read);
    const a = best(analyze);
    rows.push({
      inputs: name,
      events,
      attempts,
      readMs: +r.toFixed(1),
      analyzeMs: +a.toFixed(1),
      overheadPct: +((100 * a) / r).toFixed(1),
    });
  }
  console.log(
    '\nAnalysis overhead (best of %d%s; target: analyzeMs < 25%% of readMs)',
    runs,
    globalThis.gc ? ', garbage of reading collected before analysis' : ', run with node --expose-gc for a fairer split',
  );
  console.table(rows);
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await benchAnalyzeOverhead(Number(process.argv[2] ?? 5));
