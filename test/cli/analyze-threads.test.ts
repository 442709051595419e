/**
 * `analyze --threads 2` cuts a JSON export into records on a worker thread while the main one parses and
 * analyzes: the report, the warnings and the exit code are those of one thread, and the worker really ran
 * (counted by a preloaded module that listens for Node's `worker` event, not guessed from timing).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv, ROOT } from '../helpers/cli.js';
import { CORPUS, HAVE_CORPUS, NO_CORPUS_REASON } from '../helpers/corpus.js';
import { fleetExportLines } from '../helpers/winlogbeat.js';

/** Counts the worker threads the main thread starts, written last on stderr. */
const COUNT_WORKERS = `data:text/javascript,${encodeURIComponent(
  "import { isMainThread } from 'node:worker_threads'; if (isMainThread) { let n = 0; process.on('worker', () => n++); process.on('exit', () => process.stderr.write('@@workers ' + n + '\\n')); }",
)}`;

function analyze(args: string[], input?: Buffer) {
  const r = spawnSync(process.execPath, ['--import', COUNT_WORKERS, join(ROOT, 'bin', 'rdpdiag'), 'analyze', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: childEnv(),
    maxBuffer: 256 * 1024 * 1024,
    ...(input ? { input } : {}),
  });
  const m = /@@workers (\d+)\n$/.exec(r.stderr);
  expect(m, r.stderr).not.toBeNull();
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.slice(0, m!.index), workers: Number(m![1]) };
}

/** One thread against two on `file`: the same report and warnings; the worker ran only when asked. */
function expectSameOnTwoThreads(file: string, format = 'json') {
  const one = analyze(['--threads', '1', '--format', format, file]);
  const two = analyze(['--threads', '2', '--format', format, file]);
  expect(one.workers).toBe(0);
  expect(two.workers).toBe(1);
  expect(two.stdout).toBe(one.stdout);
  expect(two.stderr).toBe(one.stderr);
  expect(two.code).toBe(one.code);
  return one;
}

const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-read-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('analyze --threads 2 (JSON cut into records on a worker)', () => {
  it("gives one thread's report and warnings on a damaged export of several computers", () => {
    const lines = fleetExportLines(8, 150, { every: 499 });
    // Past a few MiB: more pieces than the worker may post ahead of the main thread.
    const file = join(dir, 'fleet.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    expect(readFileSync(file).length).toBeGreaterThan(6 * 2 ** 20);
    const one = expectSameOnTwoThreads(file);
    const report = JSON.parse(one.stdout) as {
      inputs: { unread?: number; warningCounts: Record<string, number> }[];
      attempts: unknown[];
    };
    expect(report.attempts.length).toBeGreaterThanOrEqual(8 * 150 * 2);
    expect(report.inputs[0]!.unread).toBeGreaterThanOrEqual(8 * 150 * 8);
    expect(report.inputs[0]!.warningCounts['json-malformed']).toBeGreaterThan(10);
    expect(one.stderr).toMatch(/fleet\.ndjson:\d+/);
    expectSameOnTwoThreads(file, 'table');
  });

  it("gives one thread's report on a top-level array and on pretty-printed objects", () => {
    const records = fleetExportLines(3, 20).map((l) => JSON.parse(l) as unknown);
    const array = join(dir, 'array.json');
    writeFileSync(array, JSON.stringify(records, null, 1));
    expectSameOnTwoThreads(array);
    const pretty = join(dir, 'pretty.json');
    writeFileSync(pretty, records.map((r) => JSON.stringify(r, null, 2)).join('\n'));
    expectSameOnTwoThreads(pretty);
  });

  it.skipIf(!HAVE_CORPUS)(
    `gives one thread's report on every JSON export of the corpus (${HAVE_CORPUS ? 'corpus' : NO_CORPUS_REASON})`,
    () => {
      const siem = join(CORPUS, 'siem');
      const files = readdirSync(siem, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.jsonl?$/.test(f) && !f.includes('derived'))
        .map((f) => join(siem, f));
      expect(files.length).toBeGreaterThanOrEqual(6);
      for (const f of files) expectSameOnTwoThreads(f);
    },
  );

  it('reads standard input, a .gz and a small file without being asked on one thread', () => {
    const text = `${fleetExportLines(2, 5).join('\n')}\n`;
    const file = join(dir, 'small.ndjson');
    writeFileSync(file, text);
    const one = analyze(['--threads', '1', '--format', 'json', file]);
    // Not asked: a small file is read on one thread.
    const auto = analyze(['--format', 'json', file]);
    expect(auto.workers).toBe(0);
    expect(auto.stdout).toBe(one.stdout);
    const gz = join(dir, 'small.ndjson.gz');
    writeFileSync(gz, gzipSync(text));
    const packed = analyze(['--threads', '2', '--format', 'json', gz]);
    expect(packed.workers).toBe(0);
    expect(packed.stdout).toBe(analyze(['--threads', '1', '--format', 'json', gz]).stdout);
    const piped = analyze(['--threads', '2', '--format', 'json', '-'], Buffer.from(text));
    expect(piped.workers).toBe(0);
    expect(piped.stdout).toBe(analyze(['--threads', '1', '--format', 'json', '-'], Buffer.from(text)).stdout);
    expect(JSON.parse(piped.stdout).attempts.length).toBe(JSON.parse(one.stdout).attempts.length);
  });

  it('refuses a thread count that is not a whole number from 1, and with --follow', () => {
    const r = analyze(['--threads', '0', join(dir, 'small.ndjson')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--threads must be a whole number/);
    const follow = analyze(['--threads', '2', '--follow', join(dir, 'small.ndjson')]);
    expect(follow.code).toBe(2);
    expect(follow.stderr).toMatch(/--threads .*not with --follow/);
  });
});
