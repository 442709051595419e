/**
 * bin/rdpdiag runs the CLI bundled (scripts/build-cli.mjs: dist/bundle/cli/) when it is as new as the built modules:
 * the same bytes as the modules give, the worker threads started from beside the bundle, the page found.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CliResult, childEnv, ROOT, spawnRdpdiag } from '../helpers/cli.js';
import { writeManyChunks } from '../helpers/evtx-events.js';

const BUNDLE = join(ROOT, 'dist', 'bundle', 'cli');
const MODULES = join(ROOT, 'dist', 'src', 'cli', 'main.js');

/** The CLI run from the built modules, not the bundle (bin/rdpdiag without its choice), by a script in `dir`. */
function spawnModules(dir: string, args: string[]): CliResult {
  const runner = join(dir, 'modules.mjs');
  writeFileSync(
    runner,
    `const { main } = await import(${JSON.stringify(pathToFileURL(MODULES).href)});\nprocess.exitCode = await main(process.argv.slice(2));\n`,
  );
  const r = spawnSync(process.execPath, [runner, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: childEnv(),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('the bundled CLI', () => {
  it('is built with the worker threads beside it and is what bin/rdpdiag runs', () => {
    for (const f of ['main.js', 'evtx-worker.js', 'json-split-worker.js'])
      expect(existsSync(join(BUNDLE, f))).toBe(true);
    expect(statSync(join(BUNDLE, 'main.js')).mtimeMs).toBeGreaterThanOrEqual(statSync(MODULES).mtimeMs);
    // V8's coverage names every script a process ran.
    const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-bundle-'));
    try {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'rdpdiag'), '--version'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: childEnv({ NODE_V8_COVERAGE: dir }),
      });
      expect(r.status).toBe(0);
      const urls = readdirSync(dir).flatMap((f) =>
        (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { result: { url: string }[] }).result.map((s) => s.url),
      );
      expect(urls).toContain(pathToFileURL(join(BUNDLE, 'main.js')).href);
      expect(urls).not.toContain(pathToFileURL(MODULES).href);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the bytes the modules give: analyze, and dump on two worker threads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-bundle-'));
    try {
      // 40 chunks, three ranges: handed to the workers the bundle starts.
      const log = writeManyChunks(dir);
      const runs = [
        ['dump', '--threads', '2', '--verbose', log],
        ['dump', '--threads', '1', '--format', 'xml', log],
        ['analyze', '--format', 'json', 'samples/01-nat-shared-address'],
        ['analyze', '--threads', '2', '--format', 'json', 'samples/siem/sentinel'],
      ];
      for (const args of runs) {
        const bundled = spawnRdpdiag(args);
        const modules = spawnModules(dir, args);
        expect(bundled.stdout.length, args.join(' ')).toBeGreaterThan(1000);
        expect(bundled).toEqual(modules);
      }
      expect(spawnRdpdiag(runs[0]!).stderr).toMatch(/parsed on 2 worker threads/);
      const page = join(dir, 'page.html');
      expect(spawnRdpdiag(['web', '-o', page]).code).toBe(0);
      expect(statSync(page).size).toBeGreaterThan(100_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
