#!/usr/bin/env node
/**
 * The offline page (dist/web/rdpdiag.html) in Debian's chromium: the time from giving it files to its
 * report, and the memory the browser used for it (the peak resident size of all of chromium's processes,
 * page and worker included, sampled every 100 ms, above what it held with the page open and idle).
 *
 *   node bench/web-page.mjs FILE_OR_FOLDER…        (a folder is given through the page's folder input)
 *
 * A 1 GB .evtx: node bench/make-big-evtx.mjs SOURCE.evtx /tmp/big.evtx 1024, then this on /tmp/big.evtx.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const paths = process.argv.slice(2);
if (paths.length === 0) {
  process.stderr.write('usage: node bench/web-page.mjs FILE_OR_FOLDER…\n');
  process.exit(2);
}

/** Resident memory of a process tree, in bytes (Linux /proc). */
function treeRss(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {}
  }
  let total = 0;
  const walk = (p) => {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {}
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return total;
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const browserPid = browser.process?.()?.pid;
const page = await (await browser.newContext({ offline: true })).newPage();
page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
await page.goto(`file://${join(root, 'dist', 'web', 'rdpdiag.html')}`);
await page.waitForTimeout(1000);
const pid = browserPid ?? Number(/\d+/.exec(String(browser))?.[0]);
const idle = treeRss(pid);
let peak = idle;
const sampler = setInterval(() => {
  peak = Math.max(peak, treeRss(pid));
}, 100);
const folder = paths.length === 1 && statSync(paths[0]).isDirectory();
const bytes = folder
  ? readdirSync(paths[0]).reduce((s, f) => s + statSync(join(paths[0], f)).size, 0)
  : paths.reduce((s, p) => s + statSync(p).size, 0);
const started = performance.now();
await page.setInputFiles(folder ? '#folder' : '#files', folder ? paths[0] : paths);
await page.waitForSelector('#cancel', { state: 'hidden', timeout: 3_600_000 });
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
const mib = (n) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
process.stdout.write(
  `${paths.join(' ')}: ${mib(bytes)} in ${seconds.toFixed(1)} s; browser memory peak ${mib(peak)} (${mib(peak - idle)} above the idle page's ${mib(idle)}); page heap after: ${mib(heap)}\n` +
    `  page says: ${await page.textContent('#status')}\n`,
);
await browser.close();
