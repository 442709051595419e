/**
 * The package as a user gets it: `npm pack` in a copy of the project (prepack builds from scratch), the
 * tarball installed into empty prefixes with no dev dependencies (globally and as a project's
 * dependency), and the installed `rdpdiag` run on a sample. Dependencies come from npm's cache when it
 * has them (`--prefer-offline`), so the test does not need the network once `npm ci` has run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import { skipOnWine, WINE_NO_NPM } from '../helpers/wine.js';

const RUNTIME = ['bin', 'src', 'parsers', 'patterns', 'package.json', 'package-lock.json', 'README.md', 'LICENSE'];
const BUILD = ['tsconfig.json', 'tsconfig.build.json', 'scripts'];

/**
 * npm as a user runs it: none of the `npm test` lifecycle's npm_* variables leak into the child. Returns
 * its standard output; `seen` gets both streams (at warning level: what a user sees of the lifecycle).
 */
function npm(args: string[], cwd: string, seen?: string[]): string {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && (!k.startsWith('npm_') || k === 'npm_config_cache' || k === 'npm_config_registry'))
      env[k] = v;
  }
  const r = spawnSync('npm', [...args, '--no-audit', '--no-fund', `--loglevel=${seen ? 'warn' : 'error'}`], {
    cwd,
    env,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  seen?.push(r.stdout, r.stderr);
  return r.stdout;
}

/** What npm would run when the package is installed: none of these may be in the shipped package.json. */
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare', 'preprepare', 'postprepare'];

/** Top-level names of the packages the lockfile marks as needed at run time (not dev). */
function runtimePackages(): Set<string> {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  const names = new Set<string>(['rdpdiag']);
  for (const [path, entry] of Object.entries<{ dev?: boolean }>(lock.packages)) {
    if (path === '' || entry.dev) continue;
    names.add(path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length).split('/')[0]);
  }
  return names;
}

function runInstalled(bin: string, args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectHealthyDayAnalyzed(r: { code: number | null; stdout: string; stderr: string }): void {
  // The scenario's expected.json sits beside its logs: passed over, said in one line, nothing else.
  expect(r.stderr).toMatch(
    /^(rdpdiag: passed over 1 file\(s\) found in the folders given that are not logs: \S*expected\.json\n)?$/,
  );
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout);
  expect(report.attempts.length).toBeGreaterThan(0);
  expect(report.attempts.every((a: { outcome: string }) => a.outcome === 'succeeded')).toBe(true);
}

skipOnWine(WINE_NO_NPM).describe('the npm package', () => {
  it('packs only what runs, installs without dev dependencies or a build step, and analyzes a sample', () => {
    const work = tempDir('rdpdiag-pack-');
    const project = join(work, 'project');
    for (const name of [...RUNTIME, ...BUILD]) cpSync(join(ROOT, name), join(project, name), { recursive: true });
    // The build tools only (typescript): the copy has no dist/, so prepack must build it.
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'junction');
    expect(existsSync(join(project, 'dist'))).toBe(false);

    const packOutput: string[] = [];
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], project, packOutput));
    // prepack builds, once: no second build from another lifecycle script.
    expect(packOutput.join('\n').match(/dist\/web\/rdpdiag\.html: \d+ KiB/g)).toHaveLength(1);
    expect(packOutput.join('\n').match(/scripts\/build\.mjs/g)).toHaveLength(1);
    const files: string[] = packed[0].files.map((f: { path: string }) => f.path);
    expect(files).toContain('bin/rdpdiag');
    expect(files).toContain('dist/src/cli/main.js');
    // The CLI as bundled (scripts/build-cli.mjs), which bin/rdpdiag runs.
    expect(files).toContain('dist/bundle/cli/main.js');
    expect(files).toContain('LICENSE');
    expect(files).toContain('README.md');
    const unexpected = files.filter(
      (f) =>
        !/^(bin\/rdpdiag|dist\/(src|parsers|patterns|bundle)\/.+\.js|dist\/web\/rdpdiag\.html|README\.md|LICENSE|package\.json)$/.test(
          f,
        ),
    );
    expect(unexpected).toEqual([]);
    const tarball = join(work, packed[0].filename);
    const shipped = JSON.parse(
      spawnSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }).stdout,
    ) as { scripts?: Record<string, string> };
    expect(Object.keys(shipped.scripts ?? {}).filter((k) => INSTALL_SCRIPTS.includes(k))).toEqual([]);
    const installOutput: string[] = [];
    const sample = join(ROOT, 'samples', 'healthy-day');

    // npm i -g
    const globalPrefix = join(work, 'global');
    npm(['install', '--global', '--prefix', globalPrefix, '--prefer-offline', tarball], work, installOutput);
    const globalModules =
      process.platform === 'win32' ? join(globalPrefix, 'node_modules') : join(globalPrefix, 'lib', 'node_modules');
    const globalBin = join(globalModules, 'rdpdiag', 'bin', 'rdpdiag');
    expectHealthyDayAnalyzed(runInstalled(globalBin, ['analyze', sample, '--format', 'json'], work));
    expect(existsSync(join(globalPrefix, process.platform === 'win32' ? 'rdpdiag.cmd' : 'bin/rdpdiag'))).toBe(true);
    // The browser page comes prebuilt: `rdpdiag web` copies it, no bundler needed.
    const web = runInstalled(globalBin, ['web', '--output', join(work, 'page.html')], work);
    expect(web.code).toBe(0);
    expect(readFileSync(join(work, 'page.html'), 'utf8')).toContain("default-src 'none'");

    // npm i (a project's dependency), then npx from that project
    const app = join(work, 'app');
    cpSync(join(ROOT, 'LICENSE'), join(app, 'LICENSE'));
    writeFileSync(join(app, 'package.json'), '{ "name": "app", "version": "1.0.0", "private": true }\n');
    npm(['install', '--omit=dev', '--prefer-offline', tarball], app, installOutput);
    // Installing runs nothing of rdpdiag's and warns of no script (scripts/ is not shipped).
    expect(installOutput.join('\n')).not.toMatch(/prepare|install-scripts|scripts\/build|rdpdiag@[^\n]*\(/);
    const installed = readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed).toContain('rdpdiag');
    expect(installed.filter((n) => !runtimePackages().has(n))).toEqual([]);
    expectHealthyDayAnalyzed(
      runInstalled(
        join(app, 'node_modules', 'rdpdiag', 'bin', 'rdpdiag'),
        ['analyze', sample, '--format', 'json'],
        app,
      ),
    );
    const viaNpx = npm(['exec', '--offline', '--', 'rdpdiag', '--version'], app);
    expect(viaNpx.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  }, 600_000); // npm pack and two installs on a busy machine
});
