// The CLI's spill (src/platform/node/temp-spill.ts): texts put aside in a temporary file under os.tmpdir() and
// read back by their handles, from the file or from the buffer not yet written; nothing left behind when the run
// closes it, when the process exits without closing it, or when Ctrl-C stops it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempSpill } from '../../src/platform/node/temp-spill.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('tempSpill', () => {
  let dir: string;
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TMPDIR;
    dir = mkdtempSync(join(tmpdir(), 'rdpdiag-spill-test-'));
    process.env.TMPDIR = dir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives back every text, from the file and from the buffer, and leaves nothing when closed', () => {
    const spill = tempSpill();
    const texts: string[] = [];
    const handles: number[] = [];
    // Some 3 MiB: several buffers written; 2- and 4-byte UTF-8, and one text larger than the buffer.
    for (let i = 0; i < 6000; i++) {
      const text = `${i}:${'é€😀x'.repeat(i % 97)}${i === 3000 ? 'y'.repeat(3 << 20) : ''}`;
      texts.push(text);
      handles.push(spill.put(text));
    }
    expect(handles).toEqual(texts.map((_, i) => i));
    for (const i of [0, 1, 2999, 3000, 3001, 5999, 17, 4242]) expect(spill.get(handles[i]!)).toBe(texts[i]);
    expect(texts.every((t, i) => spill.get(handles[i]!) === t)).toBe(true);
    spill.close();
    expect(readdirSync(dir)).toEqual([]);
    spill.close();
  });

  it('makes no file until a text is put aside', () => {
    tempSpill().close();
    expect(readdirSync(dir)).toEqual([]);
  });

  /**
   * Runs `script` (which uses `use`, the module's export, from dist) in a process that then exits or is stopped by
   * Ctrl-C without closing what it made: nothing is left in the temporary folder.
   */
  const leavesNothing = (file: string, use: string, script: string) => {
    const module = pathToFileURL(join(ROOT, 'dist', 'src', 'platform', 'node', file)).href;
    for (const end of [
      'process.exit(3)',
      ...['SIGINT', 'SIGTERM', 'SIGHUP'].map(
        (s) => `process.kill(process.pid, '${s}'); setTimeout(() => process.exit(4), 20000)`,
      ),
    ]) {
      const r = spawnSync(
        process.execPath,
        ['--input-type=module', '-e', `const { ${use} } = await import(${JSON.stringify(module)}); ${script} ${end};`],
        { env: { ...process.env, TMPDIR: dir }, encoding: 'utf8' },
      );
      if (end.startsWith('process.exit')) expect(r.status, r.stderr).toBe(3);
      else if (process.platform !== 'win32') expect(r.signal, r.stderr).toBe(/'(SIG\w+)'/.exec(end)![1]);
      expect(readdirSync(dir)).toEqual([]);
    }
  };

  it('leaves nothing behind when the process exits or is stopped by Ctrl-C without closing it', () => {
    leavesNothing(
      'temp-spill.js',
      'tempSpill',
      "const s = tempSpill(); for (let i = 0; i < 5000; i++) s.put('x'.repeat(1000)); if (s.get(7) !== 'x'.repeat(1000)) process.exit(9);",
    );
  });

  it('a scratch file (an archive within an archive, temp-scratch.ts) not closed: nothing left when the process exits or Ctrl-C stops it', () => {
    leavesNothing(
      'temp-scratch.js',
      'tempScratch',
      'const s = tempScratch(); s.write(new Uint8Array(1 << 20)); const b = s.finish(); const into = new Uint8Array(4); if ((await b.read(into, 5, 4)) !== 4) process.exit(9);',
    );
  });
});
