/**
 * `--follow` opens only regular files, without ever waiting (issue #26): a log swapped for a named pipe
 * after it was looked at (its stat said a file) is refused at once with a clear reason, instead of
 * blocking `open()` (and Ctrl-C with it) until a writer comes. The pipe is made here.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvtxTail } from '../../src/follow/evtx-tail.js';
import { XmlTail } from '../../src/follow/xml-tail.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import { startRdpdiag } from './helpers.js';
import { evtxOf, failedLogon, filetimeOf } from '../helpers/evtx-events.js';

/** Settles with the outcome, or says it never did within a minute (the old code blocked for ever). */
async function settles(p: Promise<unknown>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const blocked = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve('blocked'), 60_000);
  });
  try {
    return await Promise.race([
      p.then(
        () => 'read',
        (err: NodeJS.ErrnoException) => `refused ${err.code}`,
      ),
      blocked,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

describe.skipIf(process.platform === 'win32')('follow: a file swapped for a named pipe after its stat', () => {
  const logs: [string, Buffer, (path: string) => XmlTail | EvtxTail][] = [
    [
      'Security.xml',
      readFileSync(join(ROOT, 'samples/auth-bad-credentials/Security.xml')),
      (p) => new XmlTail(p, () => {}),
    ],
    ['Security.evtx', evtxOf([failedLogon(1n, filetimeOf('2024-05-02T09:00:00Z'))]), (p) => new EvtxTail(p, () => {})],
  ];
  for (const [name, content, tail] of logs) {
    it(name, async () => {
      const path = join(tempDir(), name);
      writeFileSync(path, content);
      const st = statSync(path);
      rmSync(path);
      execFileSync('mkfifo', [path]);
      expect(await settles(tail(path).poll(st))).toBe('refused ENOTREGULAR');
    });
  }
});

describe.skipIf(process.platform === 'win32')('follow: Ctrl-C', () => {
  it('stops with its summary while a followed log has become a named pipe with no writer', async () => {
    const dir = tempDir();
    const log = join(dir, 'Security.xml');
    writeFileSync(log, readFileSync(join(ROOT, 'samples/auth-bad-credentials/Security.xml')));
    const run = startRdpdiag(['analyze', '--follow', '--format', 'jsonl', '--poll', '50', dir]);
    await run.waitFor((_, err) => /caught up/.test(err));
    rmSync(log);
    execFileSync('mkfifo', [log]); // nobody writes: opening it to read would wait for ever
    await run.waitFor((_, err) => /Security\.xml: a named pipe \(FIFO\), not a regular file/.test(err));
    const { code, stderr } = await run.stop('SIGINT');
    expect(code).toBe(1); // the failures found outrank the input that became unreadable (README, exit codes)
    expect(stderr).toMatch(/^rdpdiag: stopped after .*: \d+ attempt\(s\) reported/m);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
