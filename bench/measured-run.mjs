// One rdpdiag command of a built checkout run in a child (child-max-rss.mjs): its exit code, wall and CPU seconds,
// peak RSS, and its stderr without the measurement line.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function measuredRun(checkoutRoot, args) {
  const r = spawnSync(process.execPath, [join(checkoutRoot, 'bench', 'child-max-rss.mjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const m = /@@bench (.*)/.exec(r.stderr ?? '');
  if (!m) return { code: r.status, seconds: 0, cpuSeconds: 0, maxRssBytes: 0, stderr: r.stderr ?? '' };
  return { ...JSON.parse(m[1]), stderr: r.stderr.slice(0, m.index).trim() };
}
