// The static checks of `npm test`, run side by side (as many at once as the machine has cores, longest first):
// the whole-tree typecheck, the parsers' strict typecheck, the core typechecked as browser code, biome (format,
// lint), the layer rule (dependency-cruiser), the unused-code check (knip) and the module-state check
// (scripts/module-state.mjs: no module-level mutable state outside documented caches). Each one's output is printed
// under its name when it is done; the exit code is 1 when any failed. The typechecks are incremental (their
// state is kept in dist/.tsbuildinfo/, so a clean build starts them afresh).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Longest first, so the slowest check is not left to run alone at the end. */
const CHECKS = [
  ['tsc (whole tree)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['tsc (browser core)', bin('tsc'), ['-p', 'src/web/tsconfig.json']],
  ['tsc (parsers, strict indexing)', bin('tsc'), ['-p', 'tsconfig.parsers.json']],
  ['knip', bin('knip'), ['--no-progress']],
  ['layers', bin('depcruise'), ['src', 'parsers', 'patterns', '--config', '.dependency-cruiser.cjs']],
  ['biome', bin('biome'), ['check', '.']],
  ['module state', process.execPath, [join(root, 'scripts', 'module-state.mjs')]],
];

function run([name, command, args]) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) => resolve({ name, ok: false, output: String(err), seconds: 0 }));
    child.on('close', (code) =>
      resolve({ name, ok: code === 0, output, seconds: (performance.now() - started) / 1000 }),
    );
  });
}

const queue = [...CHECKS];
const results = [];
async function worker() {
  for (let next = queue.shift(); next; next = queue.shift()) {
    const r = await run(next);
    results.push(r);
    const text = r.output.trim();
    process.stdout.write(
      `${r.ok ? 'ok' : 'FAILED'}  ${r.name} (${r.seconds.toFixed(1)} s)\n${text ? `${text}\n` : ''}`,
    );
  }
}
await Promise.all(Array.from({ length: Math.min(availableParallelism(), CHECKS.length) }, worker));
process.exit(results.every((r) => r.ok) ? 0 : 1);
