/** `dump --threads N` parses chunks on N worker threads while the main one writes: the output and the warnings are those of one thread. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnRdpdiag } from '../helpers/cli.js';
import { corpusPath, HAVE_CORPUS, NO_CORPUS_REASON } from '../helpers/corpus.js';

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

  it('refuses a thread count that is not a whole number from 1', () => {
    for (const bad of ['0', '-2', '1.5', 'many']) {
      const r = spawnRdpdiag(['dump', '--threads', bad, corpusPath(FILES[0])]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--threads must be a whole number/);
      expect(r.stdout).toBe('');
    }
  });
});
