#!/usr/bin/env node
/**
 * The offline page (dist/web/rdpdiag.html) in Debian's chromium: the time from giving it files to its
 * report shown (its frame loaded), and the memory the browser used for it, from Linux /proc for every
 * chromium process this bench started: the peak resident size (VmHWM) of each renderer (the page and its
 * analysis worker share one; the report's sandboxed frame may get another) and of all of chromium's
 * processes together (sampled every 50 ms) above what they held with the page open and idle; and the
 * analysis worker's heap (DevTools protocol, sampled every 200 ms): used, reserved, array buffers.
 * VERBOSE=1 prints a line a second (renderers and worker heap) and each process's peak.
 *
 *   node bench/web-page.mjs [--page FILE.html] FILE_OR_FOLDER…   (a folder goes through the folder input)
 *
 * A 1 GB .evtx: node bench/make-big-evtx.mjs SOURCE.evtx /tmp/big.evtx 1024, then this on /tmp/big.evtx.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const args = process.argv.slice(2);
let pageFile = join(root, 'dist', 'web', 'rdpdiag.html');
if (args[0] === '--page') {
  pageFile = resolve(args[1]);
  args.splice(0, 2);
}
const paths = args;
if (paths.length === 0) {
  process.stderr.write('usage: node bench/web-page.mjs [--page FILE.html] FILE_OR_FOLDER…\n');
  process.exit(2);
}

/** Every process below `pid` (Linux /proc): pid, kind (chromium's --type, "browser" without one). */
function descendants(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {}
  }
  const out = [];
  const walk = (p) => {
    for (const c of children.get(p) ?? []) {
      let kind = 'other';
      try {
        const cmd = readFileSync(`/proc/${c}/cmdline`, 'utf8').split('\0');
        if (/chrom/.test(cmd[0])) kind = /--type=([\w-]+)/.exec(cmd.join(' '))?.[1] ?? 'browser';
      } catch {}
      out.push({ pid: c, kind });
      walk(c);
    }
  };
  walk(pid);
  return out;
}

/** VmRSS and VmHWM (peak) of a process, in bytes (0 once it has ended). */
function memory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await (await browser.newContext({ offline: true })).newPage();
page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
await page.goto(`file://${pageFile}`);
await page.waitForTimeout(1000);
// The analysis worker's heap, through the DevTools protocol (a worker has no performance.memory).
const cdp = await page.context().newCDPSession(page);
let workerSession;
let nextId = 1;
const replies = new Map();
cdp.on('Target.attachedToTarget', (e) => {
  if (e.targetInfo.type === 'worker') workerSession = e.sessionId;
});
cdp.on('Target.receivedMessageFromTarget', (e) => {
  const m = JSON.parse(e.message);
  replies.get(m.id)?.(m.result);
  replies.delete(m.id);
});
await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
const inWorker = (method) =>
  new Promise((resolve) => {
    if (!workerSession) return resolve(undefined);
    const id = nextId++;
    replies.set(id, resolve);
    cdp
      .send('Target.sendMessageToTarget', { sessionId: workerSession, message: JSON.stringify({ id, method }) })
      .catch(() => resolve(undefined));
    setTimeout(() => resolve(undefined), 5000);
  });
const t0 = performance.now();
const mib = (n) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
const workerPeak = { used: 0, total: 0, backing: 0 };
let sampling = true;
const workerSampler = (async () => {
  while (sampling) {
    const h = await inWorker('Runtime.getHeapUsage');
    if (h && process.env.VERBOSE) {
      const r = descendants(process.pid)
        .filter((p) => p.kind === 'renderer')
        .map((p) => memory(p.pid).rss);
      process.stdout.write(
        `  ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  renderers ${r.map(mib).join(' ')}  worker heap ${mib(h.usedSize)} / ${mib(h.totalSize)}, array buffers ${mib(h.backingStorageSize ?? 0)}\n`,
      );
    }
    if (h) {
      workerPeak.used = Math.max(workerPeak.used, h.usedSize);
      workerPeak.total = Math.max(workerPeak.total, h.totalSize);
      workerPeak.backing = Math.max(workerPeak.backing, h.backingStorageSize ?? 0);
    }
    await new Promise((r) => setTimeout(r, process.env.VERBOSE ? 1000 : 200));
  }
})();
const total = () => descendants(process.pid).reduce((sum, p) => sum + memory(p.pid).rss, 0);
const idle = total();
const idleEach = new Map(descendants(process.pid).map((p) => [`${p.kind}:${p.pid}`, memory(p.pid).rss]));
let peak = idle;
/** The highest VmHWM seen per process (a process may end before the last reading). */
const hwm = new Map();
const sample = () => {
  let sum = 0;
  for (const p of descendants(process.pid)) {
    const m = memory(p.pid);
    sum += m.rss;
    const key = `${p.kind}:${p.pid}`;
    hwm.set(key, Math.max(hwm.get(key) ?? 0, m.hwm));
  }
  peak = Math.max(peak, sum);
};
const sampler = setInterval(sample, 50);
const folder = paths.length === 1 && statSync(paths[0]).isDirectory();
const bytes = folder
  ? readdirSync(paths[0]).reduce((s, f) => s + statSync(join(paths[0], f)).size, 0)
  : paths.reduce((s, p) => s + statSync(p).size, 0);
const started = performance.now();
await page.setInputFiles(folder ? '#folder' : '#files', folder ? paths[0] : paths);
await page.waitForSelector('#cancel', { state: 'hidden', timeout: 3_600_000 });
// The report is shown once its frame has loaded: the page then drops "Showing the report…".
await page.waitForFunction(
  () => {
    const report = document.getElementById('report');
    return report && !report.hidden && !document.getElementById('status')?.textContent?.includes('Showing the report');
  },
  undefined,
  { timeout: 600_000, polling: 100 },
);
const seconds = (performance.now() - started) / 1000;
await page.waitForTimeout(500);
sample();
clearInterval(sampler);
sampling = false;
await workerSampler;
const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
const renderers = [...hwm.entries()]
  .filter(([k]) => k.startsWith('renderer:'))
  .map(([, v]) => v)
  .sort((a, b) => b - a);
process.stdout.write(
  `${paths.join(' ')}: ${mib(bytes)} in ${seconds.toFixed(1)} s\n` +
    `  peak resident: renderers ${renderers.map(mib).join(', ')} (the page and its worker share one; the report's sandboxed frame may get another); ` +
    `all chromium processes ${mib(peak)} (${mib(peak - idle)} above the idle page's ${mib(idle)}); page heap after: ${mib(heap)}\n` +
    `  analysis worker's heap: peak ${mib(workerPeak.used)} used, ${mib(workerPeak.total)} reserved, ${mib(workerPeak.backing)} array buffers (sampled every 200 ms)\n` +
    `  page says: ${await page.textContent('#status')}\n`,
);
if (process.env.VERBOSE)
  for (const [k, v] of hwm)
    process.stdout.write(
      `  ${k.padEnd(24)} idle ${mib(idleEach.get(k) ?? 0).padStart(9)}  peak ${mib(v).padStart(9)}\n`,
    );
await browser.close();
