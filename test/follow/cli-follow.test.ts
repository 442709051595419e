import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { toEventXml } from '../../src/report/event-dump.js';
import { toJsonReport } from '../../src/report/json.js';
import { attemptBlock } from '../../src/report/table.js';
import { rdpdiag, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import { completeJsonLines, startRdpdiag } from './helpers.js';

/** auth-bad-credentials as wevtutil streams in a folder, and its events cut at each attempt's start. */
async function scenario(folder: string) {
  const { events } = await buildTimeline([join(ROOT, folder)]);
  const offline = analyzeEvents(events);
  const dir = tempDir();
  const fileOf = (e: NormalizedEvent) => join(dir, basename(e.source.file));
  const starts = offline.attempts.map((a) => a.startMs);
  const stages: NormalizedEvent[][] = starts.map(() => []);
  for (const e of events) {
    let i = starts.length - 1;
    while (i > 0 && e.timeMs < starts[i] - 1000) i--;
    stages[i].push(e);
  }
  const write = (list: NormalizedEvent[]) => {
    for (const e of list) appendFileSync(fileOf(e), toEventXml(e) + '\r\n');
  };
  for (const e of events) writeFileSync(fileOf(e), '');
  return { dir, offline, stages, write };
}

const jsonAttempts = completeJsonLines;
/** The attempt without its live id and with evidence sources reduced to file names (the test copies the files). */
const comparable = (a: { id?: string }) =>
  JSON.parse(JSON.stringify({ ...a, id: undefined }), (k, v) => (k === 'source' ? basename(v) : v));

describe('rdpdiag analyze --follow (spawned, stopped with Ctrl-C)', () => {
  for (const mode of [
    ['fs.watch', []],
    ['--poll 50', ['--poll', '50']],
  ] as const) {
    it(`prints each attempt as one JSON line when it ends, then a summary, exit 1 (${mode[0]})`, async () => {
      const { dir, offline, stages, write } = await scenario('samples/auth-bad-credentials');
      write(stages[0]);
      const run = startRdpdiag(['analyze', '--follow', dir, '--settle', '1', '--format', 'jsonl', ...mode[1]]);
      try {
        await run.waitFor((out) => jsonAttempts(out).length >= 1);
        for (let i = 1; i < stages.length; i++) {
          write(stages[i]);
          await run.waitFor((out) => jsonAttempts(out).length >= i + 1);
        }
      } finally {
        const r = await run.stop();
        const got = jsonAttempts(r.stdout);
        const expected = toJsonReport(offline, []).attempts;
        expect(got.map(comparable)).toEqual(expected.map(comparable));
        expect(got.map((a) => a.id)).toEqual(['A001', 'A002', 'A003', 'A004']);
        expect(r.stderr).toMatch(
          /stopped after .*: 4 attempt\(s\) reported: 1 succeeded, 3 failed; \d+ event\(s\) read from 5 file\(s\)/,
        );
        expect(r.code, r.stderr).toBe(1);
      }
    });
  }

  it('prints the same explanation as the offline table report, attempt by attempt', async () => {
    const { dir, offline, stages, write } = await scenario('samples/tls-certificate');
    for (const s of stages) write(s);
    const run = startRdpdiag(['analyze', '--follow', dir, '--settle', '1', '--exit-zero']);
    await run.waitFor((out) => (out.match(/^A\d{3} {2}/gm) ?? []).length >= offline.attempts.length);
    await run.waitFor((out) => out.includes('Host finding: '));
    const r = await run.stop('SIGTERM');
    expect(r.code, r.stderr).toBe(0);
    for (const a of offline.attempts) {
      // The table report's own block for the attempt (as `--details` and `--attempt` print it).
      const block = attemptBlock(a, { tz: { kind: 'utc' }, color: false, width: 100 })
        .split('\n')
        .slice(0, 4)
        .join('\n');
      expect(r.stdout).toContain(block);
    }
    expect(r.stdout).toContain(offline.findings[0].title);
  });

  it('decides an attempt that goes silent after --settle seconds, not when it is read', async () => {
    const { dir, stages } = await scenario('samples/auth-bad-credentials');
    // Only the first two events of the first attempt: no ending.
    const path = join(dir, basename(stages[0][0].source.file));
    const first = stages[0].filter((e) => e.channel.endsWith('RdpCoreTS/Operational')).slice(0, 2);
    writeFileSync(path, first.map((e) => toEventXml(e) + '\r\n').join(''));
    // Read and analyzed (the "following" line comes after the backlog's analysis), the attempt stays open for
    // as long as --settle says: stopped then, nothing is reported and the summary counts it as in progress.
    const held = startRdpdiag(['analyze', '--follow', path, '--settle', '3600', '--format', 'jsonl']);
    await held.waitFor((_, err) => /following 1 file/.test(err));
    const stopped = await held.stop();
    expect(jsonAttempts(stopped.stdout)).toEqual([]);
    expect(stopped.stderr).toMatch(/0 attempt\(s\) reported.*; 1 still in progress \(not reported\)/);
    // With a short --settle the same silence decides it: failed.
    const run = startRdpdiag(['analyze', '--follow', path, '--settle', '1', '--format', 'jsonl']);
    await run.waitFor((out) => jsonAttempts(out).length === 1);
    const r = await run.stop();
    expect(jsonAttempts(r.stdout)[0].outcome).toBe('failed');
    expect(r.stderr).not.toMatch(/still in progress/);
    expect(r.code, r.stderr).toBe(1);
  });

  it('reports the new events of a file rewritten in place, to the same size and then larger (issue #61)', async () => {
    const path = join(tempDir(), 'Security.xml');
    const text = readFileSync(join(ROOT, 'samples/auth-bad-credentials/Security.xml'), 'utf8');
    /** The same connections n days later, with other record ids: the same size, the same last bytes. */
    const later = (n: number) =>
      text.replaceAll('2024-05-10T', `2024-05-1${n}T`).replace(/<EventRecordID>7/g, `<EventRecordID>${7 + n}`);
    writeFileSync(path, text);
    const run = startRdpdiag(['analyze', '--follow', path, '--settle', '1', '--format', 'jsonl', '--poll', '50']);
    try {
      await run.waitFor((out) => jsonAttempts(out).length === 3);
      writeFileSync(path, later(1));
      await run.waitFor((out) => jsonAttempts(out).length === 6);
      writeFileSync(path, later(2) + later(3));
      await run.waitFor((out) => jsonAttempts(out).length === 12);
    } finally {
      const r = await run.stop();
      const days = jsonAttempts(r.stdout).map((a) => a.start.slice(0, 10));
      expect(days).toEqual([10, 10, 10, 11, 11, 11, 12, 12, 12, 13, 13, 13].map((d) => `2024-05-${d}`));
      // A poll between the truncation and the write sees the file cut: said so instead, once per rewrite.
      expect(r.stderr.match(/was (rewritten|truncated); reading it again from its start/g)).toHaveLength(2);
      expect(r.code, r.stderr).toBe(1);
    }
  });

  it('exits 2 with one clear line on misuse', async () => {
    // --channel is a filter, never a data source: without files it points to --live-channel.
    const channel = await rdpdiag(['analyze', '--follow', '--channel', 'RdpCoreTS'], { RDPDIAG_PLATFORM: 'win32' });
    expect(channel.code).toBe(2);
    expect(channel.stderr).toBe(
      'rdpdiag: error: --channel filters the events of the files given; to follow a live channel on Windows use --live-channel RdpCoreTS\n',
    );
    const channels = await rdpdiag(['analyze', '--follow', '--channels', 'rdp'], { RDPDIAG_PLATFORM: 'linux' });
    expect(channels.code).toBe(2);
    expect(channels.stderr).toMatch(/works only on Windows/);
    const notFollowing = await rdpdiag(['analyze', 'samples/healthy-day', '--live-channel', 'rdp']);
    expect(notFollowing.code).toBe(2);
    expect(notFollowing.stderr).toMatch(/--live-channel works with --follow/);
    const stdin = await rdpdiag(['analyze', '--follow', '-']);
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/cannot follow standard input/);
    const html = await rdpdiag(['analyze', '--follow', 'samples', '--format', 'html']);
    expect(html.code).toBe(2);
    expect(html.stderr).toMatch(/table or jsonl/);
    const live = await rdpdiag(['analyze', '--follow', '--live-channel', 'rdp'], { RDPDIAG_PLATFORM: 'linux' });
    expect(live.code).toBe(2);
    expect(live.stderr).toMatch(/only on Windows/);
    const none = await rdpdiag(['analyze', '--follow', '/nonexistent/x.evtx']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no such file/);
    const noPaths = await rdpdiag(['analyze']);
    expect(noPaths.code).toBe(2);
  });
});
