// `npm run bench merge-lateral`: the fleet pass's lateral chains (src/diagnose/attacks/lateral-chains.ts) in
// `merge` on crafted huge shards (issue #51): the lateral-movement sample's computers (a session on APP01 opening
// Remote Desktop to FS02, on to DC01, through a computer that left no logs to SQL03) written again N times, each copy
// an hour after the last (each attempt with its first event only, no causes: what the chains read), so APP01 holds
// N sessions each with its outbound hops and every computer N attempts; and
// the same with every session lasting ten copies (each session's hops sought among ten times as many attempts), and
// with the first copy's sessions lasting every copy (one session of N hops).
// `merge --format json` at N, 2N and 4N: wall, CPU, peak RSS. Fails when CPU grows more than 2.6 times a doubling
// (superlinear) from 2N to 4N, or a merge exits other than 0 or 1.
// Environment: RDPDIAG_LATERAL_COPIES (N, 10000), RDPDIAG_LATERAL_ROOT (another built checkout whose merge is
// measured: a before/after), RDPDIAG_LATERAL_DIR (a folder for the shards, kept; else a temporary one, removed).
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inBenchFolder, measuredRun, runLine } from './measured-run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const measuredRoot = process.env.RDPDIAG_LATERAL_ROOT ?? root;
const SAMPLE = join(root, 'samples', 'findings', 'lateral-movement', 'valid-accounts.xml');
const HOUR = 3_600_000;

const dist = (path) => import(pathToFileURL(join(root, 'dist', 'src', path)).href);

/** `iso` (`…T09:00:00.1234567Z`) `ms` later, its 100 ns digits kept. */
function shifted(iso, ms) {
  const m = /^(.*)\.(\d{3})(\d*)Z$/.exec(iso);
  if (!m) return iso;
  const moved = new Date(Date.parse(`${m[1]}.${m[2]}Z`) + ms).toISOString();
  return `${moved.slice(0, -1)}${m[3]}Z`;
}

/**
 * The sample's shard (1 of 1) written again with each computer's attempts `copies` times, copy k `k` hours later
 * (its events too), each session lasting `sessionCopies` copies: the shard file `out`.
 */
export async function lateralShard(out, copies, sessionCopies = 0) {
  // A negative count: the first copy's sessions last every copy (one session, N hops), the others an hour.
  const lasting = (k) => (sessionCopies >= 0 ? sessionCopies : k === 0 ? copies : 0);
  const { readShard } = await dist('pipeline/shard.js');
  const { buildTimeline } = await dist('platform/node/files.js');
  const { VERSION } = await dist('model/version.js');
  const { decodeGraph, encodeGraph } = await dist('pipeline/graph-codec.js');
  const { partLines } = await dist('pipeline/shard-lines.js');
  const lines = [];
  await readShard(
    (o) => buildTimeline([SAMPLE], o),
    { k: 1, n: 1 },
    VERSION,
    (l) => lines.push(l),
  );
  const rows = lines.join('').trimEnd().split('\n');
  const fd = openSync(out, 'w');
  let parts = 0;
  try {
    writeSync(fd, `${rows[0]}\n`);
    for (const row of rows.slice(1, -1)) {
      const encoded = JSON.parse(row).part;
      const text = JSON.stringify(encoded);
      const base = decodeGraph(encoded);
      const attempts = [];
      for (let k = 0; k < copies; k++) {
        const copy = k === 0 ? base : decodeGraph(JSON.parse(text));
        for (const a of copy.diagnosed.attempts) {
          const ms = k * HOUR;
          // What the lateral chains read is kept: times, computers, ends, user, outcome, the first events.
          a.events = a.events.slice(0, 1);
          a.clientEvents = a.clientEvents.slice(0, 1);
          a.probeEvents = [];
          a.causes = [];
          a.records = [];
          a.tries = [];
          const seen = new Set();
          for (const e of [...a.events, ...a.clientEvents, ...a.probeEvents]) {
            if (seen.has(e)) continue;
            seen.add(e);
            e.timeMs += ms;
            e.timestamp = shifted(e.timestamp, ms);
          }
          a.startMs += ms;
          a.start = shifted(a.start, ms);
          const long = lasting(k) && a.outcome === 'succeeded' ? lasting(k) * HOUR : 0;
          a.endMs += ms + long;
          a.end = shifted(a.end, ms + long);
          attempts.push(a);
        }
      }
      const part = { ...base, diagnosed: { ...base.diagnosed, attempts } };
      for (const line of partLines(part)) {
        writeSync(fd, `${JSON.stringify({ part: encodeGraph(line) })}\n`);
        parts++;
      }
    }
    const end = JSON.parse(rows.at(-1)).end;
    writeSync(fd, `${JSON.stringify({ end: { ...end, parts } })}\n`);
  } finally {
    closeSync(fd);
  }
  return out;
}

const merged = (args) => measuredRun(measuredRoot, args);

export async function benchMergeLateral() {
  const copies = Number(process.env.RDPDIAG_LATERAL_COPIES ?? 10_000);
  const missed = [];
  console.log(`lateral chains in merge, measured: ${measuredRoot}`);
  await inBenchFolder('RDPDIAG_LATERAL_DIR', 'rdpdiag-lateral-', async (dir) => {
    try {
      for (const [shape, sessionCopies] of [
        ['sessions of an hour', 0],
        ['sessions of ten copies', 10],
        ['first sessions lasting every copy', -1],
      ]) {
        const cpu = [];
        for (const n of [copies, 2 * copies, 4 * copies]) {
          const shard = await lateralShard(join(dir, `lateral-${sessionCopies}-${n}.json`), n, sessionCopies);
          const run = merged(['merge', shard, '--format', 'json', '-o', join(dir, 'merged.json')]);
          rmSync(shard);
          cpu.push(run.cpuSeconds);
          console.log(runLine(`${shape}, ${n.toLocaleString('en')} copies`, run));
          if (run.code !== 0 && run.code !== 1) missed.push(`${shape}, ${n} copies: exit ${run.code}`);
        }
        const growth = cpu[2] / cpu[1];
        console.log(`  CPU from 2N to 4N: ×${growth.toFixed(2)} (linear: ×2)`);
        if (growth > 2.6) missed.push(`${shape}: CPU grew ×${growth.toFixed(2)} from 2N to 4N`);
      }
    } finally {
      rmSync(join(dir, 'merged.json'), { force: true });
    }
  });
  if (missed.length) {
    console.log(`FAILED: ${missed.join('; ')}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === 'write') {
    await lateralShard(process.argv[3], Number(process.argv[4]), Number(process.argv[5] ?? 0));
  } else await benchMergeLateral();
}
