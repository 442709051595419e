/**
 * An unusable temporary folder as `analyze` meets it through the CLI (issue #51). `analyze` puts a fleet's attempts
 * aside in a temporary file only when it reads a computer at a time, from inputs of `PER_COMPUTER_FROM_BYTES` (128
 * MiB) that can be read again: the test writes such an export (three computers' records, each line padded with
 * trailing blanks, which JSON allows, to reach that size; no knob of rdpdiag's) and runs the real program with TMPDIR
 * (and TEMP, TMP: Windows') at each kind of unusable folder: missing, a file, a link to nothing, a loop of links, a
 * path too long, read-only (not writable by the user that runs rdpdiag), and a file-size limit (`ulimit -f`: as a
 * disk that takes no file that large, FAT32's 4 GiB, it stops the spill's first write). Each is exit 2 and one line
 * naming the folder and why, no stack trace, no report written, nothing left behind, the input never blamed; `merge`
 * the same for the two kinds only a real process shows (test/cli/temp-folder-unusable.test.ts has the others). A
 * full disk and a read-only mount need a file system made for them: their words are checked there, from their codes.
 */
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PER_COMPUTER_FROM_BYTES } from '../../src/pipeline/analysis-report.js';
import { UNUSABLE_FOLDERS } from '../helpers/temp-folder.js';
import { childEnv, ROOT } from '../helpers/cli.js';
import { fleetExportLines } from '../helpers/winlogbeat.js';

const BIN = join(ROOT, 'bin', 'rdpdiag');
const WINDOWS = process.platform === 'win32';
// As root, a folder's mode stops no one: the read-only case runs rdpdiag as nobody, where nobody can run it (the
// repository and node readable by all).
const AS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;
const nobodyRuns = () =>
  spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(join(ROOT, 'dist'))})`], {
    uid: NOBODY,
    gid: NOBODY,
  }).status === 0;

let dir: string;
let input: string;
let shard: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rdpdiag-temp-unusable-cli-'));
  // Read by the user the read-only case runs as.
  chmodSync(dir, 0o755);
  const lines = fleetExportLines(3, 300);
  const pad = ' '.repeat(Math.ceil((PER_COMPUTER_FROM_BYTES + 2 ** 20) / lines.length));
  input = join(dir, 'fleet.ndjson');
  const fd = openSync(input, 'w', 0o644);
  try {
    for (let i = 0; i < lines.length; i += 1000) writeSync(fd, `${lines.slice(i, i + 1000).join(`${pad}\n`)}${pad}\n`);
  } finally {
    closeSync(fd);
  }
  const small = join(dir, 'small.ndjson');
  writeFileSync(small, `${lines.join('\n')}\n`, { mode: 0o644 });
  shard = join(dir, 'fleet-s1.json');
  const r = run(['analyze', small, '--shard', '1/1', '-o', shard, '-q'], dir);
  expect(r.status, r.stderr).toBe(0);
  chmodSync(shard, 0o644);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * The real program with every temporary folder variable at `folder`; `fileLimit`: under `ulimit -f` of that many
 * blocks; `as`: as that user.
 */
function run(args: string[], folder: string, how: { fileLimit?: number; as?: number } = {}) {
  const env = childEnv({ TMPDIR: folder, TEMP: folder, TMP: folder });
  const options: SpawnSyncOptions = { cwd: ROOT, encoding: 'utf8', env, maxBuffer: 64 * 2 ** 20 };
  if (how.as !== undefined) Object.assign(options, { uid: how.as, gid: how.as });
  const r =
    how.fileLimit === undefined
      ? spawnSync(process.execPath, [BIN, ...args], options)
      : spawnSync(
          '/bin/sh',
          ['-c', `ulimit -f ${how.fileLimit} && exec "$0" "$@"`, process.execPath, BIN, ...args],
          options,
        );
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

interface Kind {
  what: string;
  /** Makes the folder (under `dir`), returns its path. */
  make: (d: string) => string;
  why: RegExp;
  how?: { fileLimit?: number; as?: number };
  /** Whether this system can show it. */
  here?: boolean;
  /** Shown for `merge` here too (the others in test/cli/temp-folder-unusable.test.ts, in-process). */
  merge?: boolean;
}

const KINDS: Kind[] = [
  ...UNUSABLE_FOLDERS.map((k) => ({ ...k, ...(k.posixOnly ? { here: !WINDOWS } : {}) })),
  {
    what: 'read-only',
    make: (d) => {
      mkdirSync(join(d, 'read-only'), { recursive: true });
      chmodSync(join(d, 'read-only'), 0o555);
      return join(d, 'read-only');
    },
    why: /\(not allowed to write in it\)/,
    ...(AS_ROOT ? { how: { as: NOBODY } } : {}),
    here: !WINDOWS && (!AS_ROOT || nobodyRuns()),
    merge: true,
  },
  {
    what: 'a file-size limit',
    make: (d) => {
      mkdirSync(join(d, 'limited'), { recursive: true });
      return join(d, 'limited');
    },
    why: /\(a file there cannot grow that large/,
    // 512 blocks (of 512 or 1024 bytes, by the shell): less than the spill's first write of 1 MiB.
    how: { fileLimit: 512 },
    here: !WINDOWS,
    merge: true,
  },
];

/** The one line rdpdiag writes: the folder named, why, no input blamed, no stack trace. */
function expectFolderBlamed(r: ReturnType<typeof run>, folder: string, kind: Kind, label: string) {
  expect(r.status, `${label}: ${r.stderr}`).toBe(2);
  expect(r.stdout, label).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, label).toHaveLength(1);
  expect(lines[0], label).toContain(`rdpdiag: error: the temporary folder ${folder} cannot be used (`);
  expect(lines[0], label).toMatch(kind.why);
  expect(lines[0], label).toContain('set TMPDIR to a folder it can write');
  expect(lines[0], label).not.toMatch(
    /unexpected failure|\bat \S+:\d+|fleet\.ndjson|fleet-s1\.json|does not read back/,
  );
}

describe('an unusable temporary folder met by the spill of a real process', () => {
  it('the same input with a usable folder: read a computer at a time, reported, the folder left empty', () => {
    const folder = join(dir, 'usable');
    mkdirSync(folder);
    const out = join(dir, 'usable.json');
    const r = run(['analyze', input, '--format', 'json', '-o', out, '-q'], folder);
    // Failed logons in the fleet: exit 1, not an input's error.
    expect(r.status, r.stderr).toBe(1);
    expect(existsSync(out)).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
    rmSync(out);
  });

  for (const kind of KINDS)
    it.skipIf(kind.here === false)(`${kind.what}: analyze says so in one line, exit 2, blaming no input`, () => {
      const folder = kind.make(dir);
      const before = readdirSync(dir).sort();
      const out = join(dir, 'report.json');
      // Under a file-size limit or as another user the report goes to stdout (a pipe, which neither stops).
      const args = ['analyze', input, '--format', 'json', ...(kind.how ? [] : ['-o', out])];
      const r = run(args, folder, kind.how);
      expectFolderBlamed(r, folder, kind, `analyze, ${kind.what}`);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir).sort()).toEqual(before);
      if (existsSync(folder) && !/file|link|loop/.test(kind.what)) expect(readdirSync(folder)).toEqual([]);
    });

  for (const kind of KINDS.filter((k) => k.merge))
    it.skipIf(kind.here === false)(`${kind.what}: merge says so in one line, exit 2, blaming no shard`, () => {
      const folder = kind.make(dir);
      const before = readdirSync(dir).sort();
      const r = run(['merge', shard, '--format', 'json'], folder, kind.how);
      expectFolderBlamed(r, folder, kind, `merge, ${kind.what}`);
      expect(readdirSync(dir).sort()).toEqual(before);
      expect(readdirSync(folder)).toEqual([]);
    });
});
