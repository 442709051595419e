// One rdpdiag command of a built checkout run in a child (child-max-rss.mjs): its exit code, wall and CPU seconds,
// peak RSS, and its stderr without the measurement line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MiB = 2 ** 20;

export function measuredRun(checkoutRoot, args) {
  const r = spawnSync(process.execPath, [join(checkoutRoot, 'bench', 'child-max-rss.mjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const m = /@@bench (.*)/.exec(r.stderr ?? '');
  if (!m) return { code: r.status, seconds: 0, cpuSeconds: 0, maxRssBytes: 0, stderr: r.stderr ?? '' };
  return { ...JSON.parse(m[1]), stderr: r.stderr.slice(0, m.index).trim() };
}

/** One measured run as a line of a bench's output: its name, wall and CPU seconds, peak RSS, exit and first error. */
export function runLine(name, run) {
  return `  ${name.padEnd(44)} ${run.seconds.toFixed(1).padStart(6)} s, CPU ${run.cpuSeconds.toFixed(1).padStart(6)} s, peak RSS ${(run.maxRssBytes / MiB).toFixed(0).padStart(5)} MiB, exit ${run.code}${run.stderr ? `: ${run.stderr.split('\n')[0].slice(0, 160)}` : ''}`;
}

/**
 * `body` given a folder for a bench's files: the one the environment variable `variable` names (made if missing,
 * kept after), else a temporary one (`prefix`…), removed after.
 */
export async function inBenchFolder(variable, prefix, body) {
  const given = process.env[variable];
  const dir = given ?? mkdtempSync(join(tmpdir(), prefix));
  if (given) mkdirSync(given, { recursive: true });
  try {
    return await body(dir);
  } finally {
    if (!given) rmSync(dir, { recursive: true, force: true });
  }
}
