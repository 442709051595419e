import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
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
    expect(fromStdin.stderr).toBe('rdpdiag: (stdin): 26 record(s) read, 0 record(s) skipped\n');
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

  it('gives explain-code its paste, from `-` and from a pipe alone', () => {
    const paste = new TextEncoder().encode('Error code: 0x904\nExtended error code: 0x7\n');
    for (const args of [['explain-code', '-'], ['explain-code']]) {
      const r = withStdin([...args, '--format', 'json'], paste);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).input).toEqual({ code: '0x904', extended: '0x7' });
    }
  });

  it('says so when standard input holds no log', () => {
    const r = withStdin(['analyze', '-'], Buffer.from('hello\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^rdpdiag: error: \(stdin\): unknown format/);
  });

  describe('junk before the records (issue #51)', () => {
    const HITS = 'samples/siem/ecs/winlogbeat8-hits.ndjson';
    const LINE = '2024-05-10 08:00:00 INFO collector: polling the event forwarder, nothing new this time\n';

    it("50 MB of a tool's log lines, then an NDJSON export, piped: read as the file is, the lines said", async () => {
      const dir = tempDir();
      const lines = Math.ceil((50 * 2 ** 20) / LINE.length);
      const text = Buffer.concat([Buffer.from(LINE.repeat(lines)), readFileSync(join(ROOT, HITS))]);
      const file = writeTemp(dir, 'junk-then-hits.ndjson', text);
      const fromFile = await rdpdiag(['analyze', file, '--format', 'json']);
      const piped = withStdin(['analyze', '-', '--format', 'json'], text);
      expect(piped.code, piped.stderr).toBe(fromFile.code);
      const attempts = (out: string) =>
        JSON.stringify(JSON.parse(out).attempts).replaceAll(JSON.stringify(file), '"(stdin)"');
      expect(JSON.parse(piped.stdout).attempts.length).toBeGreaterThan(0);
      expect(attempts(piped.stdout)).toBe(attempts(fromFile.stdout));
      const n = lines.toLocaleString('en-US');
      expect(piped.stderr).toContain(
        `(stdin):1: ${n} line(s) before the first record (lines 1–${lines}) are no JSON: passed over; the records start on line ${(lines + 1).toLocaleString('en-US')}`,
      );
    });

    it('past 1 GiB of lines and no record yet, piped: exit 2, one line naming how far it read', async () => {
      const child = spawn(process.execPath, [join(ROOT, 'bin', 'rdpdiag'), 'analyze', '-'], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      let exited = false;
      const exit = new Promise<void>((resolve) =>
        child.on('exit', () => {
          exited = true;
          resolve();
        }),
      );
      // Written for as long as rdpdiag reads (`yes |`): it stops at its budget, never at the pipe's end.
      const chunk = Buffer.from(LINE.repeat(Math.floor(2 ** 20 / LINE.length)));
      let written = 0;
      child.stdin.on('error', () => {});
      while (!exited && written < 2 * 2 ** 30) {
        if (!child.stdin.write(chunk)) await Promise.race([once(child.stdin, 'drain').catch(() => {}), exit]);
        written += chunk.length;
      }
      child.stdin.end();
      expect(await closed).toBe(2);
      expect(stdout).toBe('');
      expect(written).toBeLessThan(2 * 2 ** 30);
      expect(stderr).toMatch(
        /^rdpdiag: error: \(stdin\) at offset 0x[0-9a-f]+ \(\d+\): no record in the first 1 GiB of text \([\d,]+ line\(s\) of no JSON\): rdpdiag reads this far into a pipe for the records of an export; give it as a file, or leave out the lines before the records\n$/,
      );
    });
  });
});
