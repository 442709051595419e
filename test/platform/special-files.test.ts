/**
 * Inputs that are not regular files: named pipes, devices and sockets are refused at once (given or found
 * in a folder; a named pipe without a writer would block `open` forever), symbolic links inside folders
 * are read and their loops not followed, unreadable folders are reported. Every input is made here.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs, type WalkFs } from '../../src/platform/node/inputs.js';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { eventViewerExport, lsmLogon } from '../helpers/xml-events.js';

const posix = process.platform !== 'win32';

const LOG = eventViewerExport([lsmLogon(1), lsmLogon(2)]);

const mkfifo = (path: string) => {
  const r = spawnSync('mkfifo', [path], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
  return path;
};

const servers: Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
});
const socketAt = (path: string) =>
  new Promise<string>((resolve, reject) => {
    const server = createServer();
    servers.push(server);
    server.on('error', reject);
    server.listen(path, () => resolve(path));
  });

describe.skipIf(!posix)('special files and links', () => {
  it('a folder: symlinked logs read; pipes, sockets, broken links and loops passed over with a warning each', async () => {
    const outside = tempDir();
    const real = writeTemp(outside, 'real.xml', LOG);
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    symlinkSync(real, join(dir, 'Linked.xml'));
    symlinkSync(outside, join(dir, 'linked-folder'));
    mkfifo(join(dir, 'pipe.evtx'));
    await socketAt(join(dir, 'sock.xml'));
    symlinkSync('self.xml', join(dir, 'self.xml'));
    symlinkSync('nowhere.evtx', join(dir, 'dangling.evtx'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    mkfifo(join(dir, 'not-a-log')); // not a log by its name: ignored, as any other file
    const r = await expandInputs([dir]);
    // The same file through two links: both listed (the timeline drops the second copy's records).
    expect(r.files).toEqual([join(dir, 'Linked.xml'), join(dir, 'linked-folder', 'real.xml')]);
    expect(r.empty).toEqual([]);
    const messages = r.skipped.flatMap((s) => s.warnings.map((w) => `${w.file.slice(dir.length + 1)}: ${w.message}`));
    expect(messages).toEqual([
      expect.stringMatching(/^dangling\.evtx: a symbolic link to nothing readable/),
      'pipe.evtx: a named pipe (FIFO), not a file: not opened (it could block or never end); skipped',
      'self.xml: a symbolic link that leads back to itself (a loop); skipped',
      'sock.xml: a socket, not a file: not opened (it could block or never end); skipped',
      'sub/up: a symbolic link to a folder above it (a loop); not followed',
    ]);
    expect(r.skipped.every((s) => s.folder === dir && s.warnings.every((w) => w.code === 'input-skipped'))).toBe(true);
  });

  it('analyze: a folder whose only log is a symbolic link reads it; what was passed over is said, in JSON too', async () => {
    const outside = tempDir();
    const dir = tempDir();
    symlinkSync(writeTemp(outside, 'lsm.xml', LOG), join(dir, 'lsm.xml'));
    mkfifo(join(dir, 'System.evtx'));
    const r = await rdpdiag(['analyze', dir, '--format', 'json', '--exit-zero']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.inputs.find((i: { path: string }) => i.path.endsWith('lsm.xml')).records).toBe(2);
    const folder = report.inputs.find((i: { format: string }) => i.format === 'folder');
    expect(folder.warnings.map((w: { code: string; message: string }) => [w.code, w.message])).toEqual([
      ['input-skipped', expect.stringMatching(/^a named pipe \(FIFO\), not a file/)],
    ]);
    expect(r.stderr).toMatch(/folder, 1 entry skipped\n {2}warning: .*System\.evtx: a named pipe \(FIFO\)/);
  });

  it('a folder with nothing readable: an error naming what was skipped, exit 2 (not "no attempts found")', async () => {
    const dir = tempDir();
    mkfifo(join(dir, 'Security.evtx'));
    symlinkSync('loop.xml', join(dir, 'loop.xml'));
    for (const command of [
      ['analyze', dir],
      ['dump', dir],
      ['timeline', dir],
    ]) {
      const r = await rdpdiag(command);
      expect(r.code, command[0]).toBe(2);
      expect(r.stdout, command[0]).toBe('');
      expect(r.stderr, command[0]).toMatch(
        /no readable log in this folder \(rdpdiag reads \.evtx .*\.tgz files\) \(2 entries skipped/,
      );
      expect(r.stderr, command[0]).toMatch(/Security\.evtx: a named pipe/);
    }
  });

  it('a named pipe, a socket or a device given: a clear error at once, nothing waited for, exit 2', async () => {
    const dir = tempDir();
    const fifo = mkfifo(join(dir, 'no-writer.evtx')); // no writer: opening it to read would block for ever
    const sock = await socketAt(join(dir, 'x.sock'));
    for (const [path, kind] of [
      [fifo, 'a named pipe \\(FIFO\\)'],
      [sock, 'a socket'],
      ['/dev/null', 'a character device'],
    ]) {
      for (const command of ['analyze', 'dump', 'timeline']) {
        const r = await rdpdiag([command, path]);
        expect(r.code, `${command} ${path}`).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(new RegExp(`^rdpdiag: error: .*${kind}, not a regular file: not read`, 'm'));
        expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      }
    }
  });

  it('an unreadable subfolder is a warning naming it; an unreadable folder given is an error', async () => {
    const dir = tempDir();
    writeTemp(dir, 'a.xml', LOG);
    mkdirSync(join(dir, 'locked'));
    writeTemp(join(dir, 'locked'), 'b.xml', LOG);
    // A root user reads any folder whatever its mode: the refusal is handed in.
    const denied = (path: string) =>
      Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
    const fs: WalkFs = {
      readdir: async (path) => {
        if (path.endsWith('locked')) throw denied(path);
        return fsp.readdir(path, { withFileTypes: true });
      },
      stat: (path) => fsp.stat(path),
    };
    const r = await expandInputs([dir], { fs });
    expect(r.files).toEqual([join(dir, 'a.xml')]);
    expect(r.skipped[0].warnings.map((w) => [w.file, w.message])).toEqual([
      [join(dir, 'locked'), expect.stringMatching(/^cannot read this folder: permission denied/)],
    ]);
    const top = await expandInputs([join(dir, 'locked')], { fs });
    expect(top.files).toEqual([]);
    expect(top.empty).toEqual([join(dir, 'locked')]);
    expect(top.skipped[0].warnings[0].message).toMatch(/^cannot read this folder: permission denied/);
  });
});
