import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { buildChunk, buildFile, plainRecord } from '../parsers/evtx/builder.js';

const XML = 'samples/healthy-day/LocalSessionManager-Operational.xml';
const record = plainRecord;
/** Two chunks, so that reading it needs positions far apart (a pipe cannot seek). */
const evtx = buildFile([buildChunk([record(1), record(2)], 1), buildChunk([record(3)], 3)]);

/** Runs rdpdiag with `input` on a pipe as its standard input. */
function withStdin(args: string[], input: Uint8Array) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'rdpdiag'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ids = (jsonl: string) =>
  jsonl
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).recordId);

describe('standard input', () => {
  it('reads an XML export from `-` as it reads the file', async () => {
    const fromFile = await rdpdiag(['dump', XML]);
    const fromStdin = withStdin(['dump', '-'], readFileSync(join(ROOT, XML)));
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(fromStdin.stderr).toBe('rdpdiag: (stdin): 26 record(s) read, 0 record(s) skipped, 0 checksum warning(s)\n');
  });

  it('reads an .evtx from `-` (buffered: a pipe cannot seek)', () => {
    const r = withStdin(['dump', '-'], evtx);
    expect(r.stderr).toBe('rdpdiag: (stdin): 3 record(s) read, 0 record(s) skipped, 0 checksum warning(s)\n');
    expect(ids(r.stdout)).toEqual([1, 2, 3]);
  });

  it('analyzes `-` mixed with files, the format found from the content', async () => {
    const folder = await rdpdiag(['analyze', 'samples/healthy-day', '--format', 'json']);
    const mixed = withStdin(
      [
        'analyze',
        '-',
        'samples/healthy-day/RdpCoreTS-Operational.xml',
        'samples/healthy-day/RemoteConnectionManager-Operational.xml',
        'samples/healthy-day/Security.xml',
        'samples/healthy-day/client',
        '--format',
        'json',
      ],
      readFileSync(join(ROOT, XML)),
    );
    expect(mixed.code).toBe(folder.code);
    expect(JSON.parse(mixed.stdout).attempts).toEqual(JSON.parse(folder.stdout).attempts);
  });

  it.skipIf(process.platform === 'win32')(
    'reads /dev/stdin without seeking (XML and .evtx); a named pipe is redirected to `-`',
    async () => {
      const dir = tempDir();
      const evtxFile = writeTemp(dir, 'x.evtx', evtx);
      const bin = join(ROOT, 'bin', 'rdpdiag');
      const sh = (script: string) => spawnSync('sh', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
      const xml = sh(`cat ${XML} | "${process.execPath}" "${bin}" dump /dev/stdin`);
      expect(xml.stderr).toMatch(/: 26 record\(s\) read/);
      expect(xml.stdout).toBe((await rdpdiag(['dump', XML])).stdout);
      const bin2 = sh(`cat "${evtxFile}" | "${process.execPath}" "${bin}" dump /dev/stdin`);
      expect(bin2.stderr).toMatch(/: 3 record\(s\) read/);
      expect(ids(bin2.stdout)).toEqual([1, 2, 3]);
      // A named pipe given as a path is refused at once (opening one without a writer blocks for ever);
      // redirected to standard input it is read.
      const fifo = join(dir, 'fifo');
      const named = sh(
        `mkfifo "${fifo}" && (cat "${evtxFile}" > "${fifo}" &) && "${process.execPath}" "${bin}" dump - < "${fifo}"`,
      );
      expect(ids(named.stdout)).toEqual([1, 2, 3]);
    },
  );

  it('says so when standard input holds no log', () => {
    const r = withStdin(['analyze', '-'], Buffer.from('hello\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^rdpdiag: error: \(stdin\): unknown format/);
  });
});
