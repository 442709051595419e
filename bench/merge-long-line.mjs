// `npm run bench merge-long-line`: `merge` on shard lines too long to parse whole (issue #51): (a) a shard of the
// older layout (one line per computer) holding one computer of 900 000 events, its line about 240 MB; (b) the same
// layout with a line just under 256 MiB; (c) a valid 700 MB computer line (read), a 700 MB line of junk and
// /dev/zero (refused). Each run's wall time, CPU, peak RSS (child-max-rss.mjs), exit code and first line of stderr;
// (a) and (b) merged also from today's layout (a computer over several lines) and checked equal. Fails on a peak of
// 1 GiB or more, a merge unlike today's, or the junk not refused with exit 2 in one line.
// Environment: RDPDIAG_LONG_EVENTS (900000), RDPDIAG_LONG_ROOT (another checkout, built, whose merge is measured:
// a before/after), RDPDIAG_LONG_DIR (a folder for the files, kept; else a temporary one, removed).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measuredRun, runLine, inBenchFolder } from './measured-run.mjs';
import { generate } from './fleet.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const measuredRoot = process.env.RDPDIAG_LONG_ROOT ?? root;
const MiB = 2 ** 20;
const TARGET_RSS = 1024 * MiB;

const dist = (path) => import(pathToFileURL(join(root, 'dist', 'src', path)).href);

/** The shard (1 of 1) of `file`, written by this checkout: one line per computer when `lineEvents` is Infinity. */
async function writeShard(file, out, lineEvents) {
  const { readShard } = await dist('pipeline/shard.js');
  const { buildTimeline } = await dist('platform/node/files.js');
  const { VERSION } = await dist('model/version.js');
  const fd = openSync(out, 'w');
  try {
    await readShard(
      (o) => buildTimeline([file], o),
      { k: 1, n: 1 },
      VERSION,
      (l) => writeSync(fd, l),
      lineEvents,
    );
  } finally {
    closeSync(fd);
  }
  return out;
}

/** The longest line of `file`, in bytes, read a MiB at a time. */
function longestLine(file) {
  const fd = openSync(file, 'r');
  const chunk = Buffer.alloc(MiB);
  let longest = 0;
  let line = 0;
  try {
    for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) {
      let at = 0;
      for (let nl = chunk.indexOf(10, at); nl >= 0 && nl < n; nl = chunk.indexOf(10, at)) {
        longest = Math.max(longest, line + nl - at);
        line = 0;
        at = nl + 1;
      }
      line += n - at;
    }
  } finally {
    closeSync(fd);
  }
  return Math.max(longest, line);
}

/**
 * `old` (a shard of the older layout, one computer) with its computer's attempts three times over: each copy's
 * object numbers (`~d`, `~r`) moved past the line's and its starts a few days on, so that the copies share nothing.
 * Written a piece at a time (no string holds the line).
 */
function tripled(old, out) {
  const lines = readFileSync(old, 'utf8').split('\n');
  const text = lines[1];
  lines[1] = '';
  const part = JSON.parse(text).part;
  let maxId = 0;
  for (const m of text.matchAll(/"~d":(\d+)/g)) maxId = Math.max(maxId, Number(m[1]));
  const attempts = part.diagnosed.attempts.map((a) => JSON.stringify(a));
  const fd = openSync(out, 'w');
  try {
    writeSync(fd, `${lines[0]}\n{"part":{"diagnosed":{"attempts":[`);
    for (let k = 0; k < 3; k++)
      for (const [i, t] of attempts.entries()) {
        const copy =
          k === 0
            ? t
            : t
                .replace(/"~(d|r)":(\d+)/g, (_, m, n) => `"~${m}":${Number(n) + k * (maxId + 1)}`)
                .replace(/"startMs":(\d+)/g, (_, n) => `"startMs":${Number(n) + k * 1e9}`);
        writeSync(fd, k === 0 && i === 0 ? copy : `,${copy}`);
      }
    const rest = JSON.stringify({ ...part.diagnosed, attempts: [] }).slice('{"attempts":[]'.length);
    writeSync(fd, `]${rest},"firsts":${JSON.stringify(part.firsts)}}}\n${lines.slice(2).join('\n')}`);
  } finally {
    closeSync(fd);
  }
}

const merged = (args) => measuredRun(measuredRoot, args);

function report(name, run) {
  console.log(runLine(name, run));
}

export async function benchMergeLongLine() {
  const events = Number(process.env.RDPDIAG_LONG_EVENTS ?? 900_000);
  const missed = [];
  console.log(`merge of long shard lines, measured: ${measuredRoot}`);
  await inBenchFolder('RDPDIAG_LONG_DIR', 'rdpdiag-long-line-', async (dir) => {
    // 256 MiB less a little, at the bytes per event of the first export.
    const sizes = [['a', events]];
    for (const [name, count] of sizes) {
      const file = join(dir, `export-${name}.ndjson`);
      const old = join(dir, `old-${name}.json`);
      const today = join(dir, `today-${name}.json`);
      if (!existsSync(old) || !existsSync(today)) {
        await generate(file, 1, count);
        await writeShard(file, old, Number.POSITIVE_INFINITY);
        await writeShard(file, today, undefined);
        rmSync(file);
      }
      const line = longestLine(old);
      console.log(
        `(${name}) one computer of ${count.toLocaleString('en')} events: its line ${(line / MiB).toFixed(1)} MiB in the older layout, ${(longestLine(today) / MiB).toFixed(1)} MiB at most today`,
      );
      if (name === 'a' && line < 255 * MiB) {
        const more = Math.floor((count * (256 * MiB - 64 * 1024)) / line);
        if (!sizes.some(([n]) => n === 'b')) sizes.push(['b', more]);
      }
      const outs = {};
      for (const [layout, shard] of [
        ['older layout', old],
        ['today', today],
      ]) {
        const out = join(dir, `merged-${name}-${layout === 'today' ? 'today' : 'old'}.json`);
        const run = merged(['merge', shard, '--format', 'json', '-o', out]);
        report(`merge, ${layout}`, run);
        if (run.maxRssBytes >= TARGET_RSS)
          missed.push(`(${name}) ${layout} peaked at ${(run.maxRssBytes / MiB).toFixed(0)} MiB`);
        if (run.code !== 0 && run.code !== 1) missed.push(`(${name}) ${layout} exited ${run.code}`);
        outs[layout] = existsSync(out) ? out : undefined;
      }
      const same =
        outs.today && outs['older layout'] && spawnSync('cmp', ['-s', outs.today, outs['older layout']]).status === 0;
      console.log(`  the two reports ${same ? 'equal' : 'DIFFER'}`);
      if (!same) missed.push(`(${name}) the older layout's report differs from today's`);
      for (const out of Object.values(outs)) if (out) rmSync(out);
    }
    // (c) a valid 700 MB computer line: (a)'s attempts three times over, each copy's objects and starts its own.
    const valid = join(dir, 'old-700.json');
    if (!existsSync(valid)) tripled(join(dir, 'old-a.json'), valid);
    const big = merged(['merge', valid, '--format', 'json', '-o', join(dir, 'merged-700.json')]);
    report(`(c) a valid line of ${(longestLine(valid) / MiB).toFixed(0)} MiB, read`, big);
    if (big.code !== 0 && big.code !== 1) missed.push(`(c) the valid 700 MB line exited ${big.code}`);
    if (big.maxRssBytes >= TARGET_RSS)
      missed.push(`(c) the valid 700 MB line peaked at ${(big.maxRssBytes / MiB).toFixed(0)} MiB`);
    rmSync(join(dir, 'merged-700.json'), { force: true });
    // (c) junk: a header, then 700 MB of one line.
    const junk = join(dir, 'junk.json');
    if (!existsSync(junk)) {
      const head = Buffer.alloc(4096);
      const at = openSync(join(dir, 'old-a.json'), 'r');
      const header = head
        .subarray(0, readSync(at, head, 0, head.length, 0))
        .toString()
        .split('\n', 1)[0];
      closeSync(at);
      const fd = openSync(junk, 'w');
      writeSync(fd, `${header}\n`);
      const block = Buffer.alloc(MiB, 'x');
      for (let i = 0; i < 700; i++) writeSync(fd, block);
      closeSync(fd);
    }
    for (const [name, file] of [
      ['(c) a 700 MB line of junk', junk],
      ['(c) /dev/zero', '/dev/zero'],
    ]) {
      const run = merged(['merge', file, '--format', 'json', '-o', join(dir, 'never.json')]);
      report(name, run);
      if (run.code !== 2 || run.stderr.split('\n').length !== 1 || /\n\s+at /.test(run.stderr))
        missed.push(`${name}: exit ${run.code}, ${run.stderr.split('\n').length} lines on stderr`);
      if (run.maxRssBytes >= TARGET_RSS) missed.push(`${name} peaked at ${(run.maxRssBytes / MiB).toFixed(0)} MiB`);
    }
  });
  if (missed.length) {
    console.log(`  MISSED: ${missed.join('; ')}`);
    process.exitCode = 1;
  } else console.log(`  every run under ${TARGET_RSS / MiB} MiB, the layouts' reports equal, the junk refused`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMergeLongLine();
