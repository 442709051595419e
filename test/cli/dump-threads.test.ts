/** `dump --threads N` parses chunks on N worker threads while the main one writes: the output and the warnings are those of one thread. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnv, ROOT, spawnRdpdiag } from '../helpers/cli.js';
import { corpusPath, HAVE_CORPUS, NO_CORPUS_REASON } from '../helpers/corpus.js';
import { writeManyChunks } from '../helpers/evtx-events.js';

const FILES = [
  // 16.8 MB: 16 ranges handed out to the workers and put back in order.
  'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs/System.evtx',
  // Damaged: bad chunk checksums, an unreadable record, a record whose size field is off.
  'omerbenamram__evtx/samples/2-vss_0-Microsoft-Windows-TerminalServices-RemoteConnectionManager%4Operational.evtx',
  'omerbenamram__evtx/samples/E_ShadowCopy6_windows_system32_winevt_logs_Microsoft-Windows-CAPI2%4Operational.evtx',
];

describe.skipIf(!HAVE_CORPUS)(`dump --threads (${HAVE_CORPUS ? 'corpus' : NO_CORPUS_REASON})`, () => {
  it.each(FILES)('gives byte for byte what one thread gives: %s', (file) => {
    for (const format of ['jsonl', 'xml']) {
      const one = spawnRdpdiag(['dump', '--threads', '1', '--format', format, corpusPath(file)]);
      const three = spawnRdpdiag(['dump', '--threads', '3', '--format', format, corpusPath(file)]);
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(three.stdout).toBe(one.stdout);
      expect(three.stderr).toBe(one.stderr);
      expect(three.code).toBe(one.code);
    }
  });

  it('writes the same bytes to a file (-o) as to standard output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-threads-'));
    try {
      const out = join(dir, 'dump.jsonl');
      const one = spawnRdpdiag(['dump', '--threads', '1', corpusPath(FILES[0])]);
      const two = spawnRdpdiag(['dump', '--threads', '2', '-o', out, corpusPath(FILES[0])]);
      expect(two.code).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(one.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says with --verbose how many threads parse the file and why, and writes the same records', () => {
    const quiet = spawnRdpdiag(['dump', '-q', '--threads', '2', corpusPath(FILES[0])]);
    const verbose = spawnRdpdiag(['dump', '-q', '--verbose', '--threads', '2', corpusPath(FILES[0])]);
    expect(verbose.stdout).toBe(quiet.stdout);
    expect(verbose.stderr).toMatch(/System\.evtx: parsed on 2 worker threads \(--threads 2\)\n/);
    expect(quiet.stderr).toBe('');
    // No thread count asked for: a file under 32 MB is parsed on one thread, and --verbose says so.
    const small = spawnRdpdiag(['dump', '-q', '--verbose', corpusPath(FILES[0])]);
    expect(small.stderr).toMatch(/parsed on one thread \(under 32 MB, where threads cost more than they save\)/);
  });

  it('refuses a thread count that is not a whole number from 1', () => {
    for (const bad of ['0', '-2', '1.5', 'many']) {
      const r = spawnRdpdiag(['dump', '--threads', bad, corpusPath(FILES[0])]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--threads must be a whole number/);
      expect(r.stdout).toBe('');
    }
  });
});

/** Runs node with V8's protector trace on `args`: whether any thread of it detached an ArrayBuffer. */
function detachesAnArrayBuffer(args: string[]): { detached: boolean; code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ['--trace-protector-invalidation', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: childEnv(),
  });
  return { detached: /ArrayBufferDetaching/.test(r.stdout + r.stderr), code: r.status, stderr: r.stderr };
}

describe('dump --threads hands the records between threads without detaching a buffer', () => {
  // A transfer detaches its ArrayBuffer, and the first detach in a thread slows every typed-array access
  // of its optimised parser for the rest of the run (V8's protector): the workers' output is shared memory.
  it('never detaches an ArrayBuffer, in the workers or the main thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-threads-'));
    try {
      // 40 chunks, three ranges: a worker formats into a buffer handed back by the main thread.
      const log = writeManyChunks(dir);
      const out = join(dir, 'dump.jsonl');
      const bin = join(ROOT, 'bin', 'rdpdiag');
      // The trace is V8's: a transfer in the same run shows it (else this test could not fail).
      const control = detachesAnArrayBuffer([
        '-e',
        'const b = new ArrayBuffer(8); structuredClone(b, { transfer: [b] });',
      ]);
      expect(control.detached).toBe(true);
      const two = detachesAnArrayBuffer([bin, 'dump', '--threads', '2', '-o', out, log]);
      expect(two.code, two.stderr).toBe(0);
      expect(readFileSync(out, 'utf8').split('\n').filter(Boolean)).toHaveLength(800);
      expect(two.detached).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
