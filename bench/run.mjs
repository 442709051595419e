// `npm run bench`: every benchmark, each in its own module (also runnable alone). Not a unit test: it
// prints measurements and ratios; it fails when a side measures nothing, and `fleet` when a run misses its
// memory target or the merged shards differ from the one run.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
if (!existsSync(join(here, '..', 'dist', 'src', 'cli', 'main.js'))) {
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const only = process.argv[2];
const suites = [
  ['evtx', 'evtx.mjs', 'benchEvtx'],
  ['xml', 'xml-memory.mjs', 'benchXmlMemory'],
  ['analyze', 'analyze-overhead.mjs', 'benchAnalyzeOverhead'],
  ['follow', 'follow-latency.mjs', 'benchFollowLatency'],
  ['scale', 'scale.mjs', 'benchScale'],
  ['fleet', 'fleet.mjs', 'benchFleet'],
  ['merge-long-line', 'merge-long-line.mjs', 'benchMergeLongLine'],
  ['merge-lateral', 'merge-lateral.mjs', 'benchMergeLateral'],
];
for (const [name, file, fn] of suites) {
  if (only && only !== name) continue;
  const path = join(here, file);
  if (!existsSync(path)) continue;
  const mod = await import(pathToFileURL(path).href);
  await mod[fn]();
}
