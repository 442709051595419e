// Adds lock entries for optional platform packages (other OSes/CPUs) that the registry mirror here does not
// carry, so that `npm ci` accepts the lock. Run after `npm install` changes dependencies: `npm run lock:platforms`.
import { readFileSync, writeFileSync } from 'node:fs';
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pk = lock.packages;
let added = 0;
for (const entry of Object.values(pk)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (pk[key]) continue;
    const tail = name
      .split('/')
      .pop()
      .replace(/^cli-|^binding-/, '');
    const parts = tail.split('-');
    const os = parts[0] === 'win32' ? 'win32' : parts[0];
    const cpuMap = {
      arm: 'arm',
      arm64: 'arm64',
      x64: 'x64',
      ia32: 'ia32',
      ppc64: 'ppc64',
      riscv64: 'riscv64',
      s390x: 's390x',
    };
    const cpu = cpuMap[parts[1]];
    const e = {
      version: range.replace(/^[\^~=]/, ''),
      cpu: [cpu],
      dev: entry.dev || undefined,
      optional: true,
      os: [os === 'openharmony' ? 'openharmony' : os],
    };
    if (/musl/.test(tail)) e.libc = ['musl'];
    if (/gnu/.test(tail)) e.libc = ['glibc'];
    pk[key] = e;
    added++;
  }
}
const sorted = {};
for (const k of Object.keys(pk).sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)))
  sorted[k] = pk[k];
lock.packages = sorted;
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`lock-platforms: ${added} entries added`);
