// Builds dist/ with tsc, then the CLI's bundle (scripts/build-cli.mjs: dist/bundle/cli/) and the browser page
// (scripts/build-web.mjs: dist/web/rdpdiag.html). `--clean` removes dist/ first (prepack: the package holds exactly what the sources
// give). Run by `npm start`, `npm test` and `prepack` (once per pack); no install script runs it, so the
// package installs with none (scripts/ is not shipped).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
if (args.includes('--clean')) rmSync(join(root, 'dist'), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
const cli = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });
if (cli.status !== 0) process.exit(cli.status ?? 1);
const web = spawnSync(process.execPath, [join(root, 'scripts', 'build-web.mjs')], { stdio: 'inherit' });
process.exit(web.status ?? 1);
