import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import type { CliInput } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { writeFleetExport } from './winlogbeat.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin', 'rdpdiag');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process through `main(argv, io)`, with stdout and stderr captured, `env` added to the
 * environment the CLI sees and `stdin` as its standard input. Paths are relative to the repository root (vitest's
 * working folder).
 */
export async function rdpdiag(args: string[], env: Record<string, string> = {}, stdin?: CliInput): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: {
      write: (t) => {
        stdout += t;
        return true;
      },
    },
    stderr: {
      write: (t) => {
        stderr += t;
        return true;
      },
    },
    env: { ...process.env, NO_COLOR: '1', ...env },
    ...(stdin ? { stdin } : {}),
  });
  return { code, stdout, stderr };
}

/** `analyze <inputs> --format <format> -q`, then `options`: the report of `inputs` in that format. */
export function analyzedAs(format: string, inputs: string | string[], ...options: string[]): Promise<CliResult> {
  return rdpdiag([
    'analyze',
    ...(typeof inputs === 'string' ? [inputs] : inputs),
    '--format',
    format,
    '-q',
    ...options,
  ]);
}

/**
 * `analyze <inputs> --shard k/n -o <dir>/<prefix>k.json` for k = 1…n, each asserted to exit 0: the shard files, in
 * order. `extra` goes after the inputs (`-q`).
 */
export async function writeShards(
  inputs: string[],
  n: number,
  dir: string,
  prefix = 's',
  extra: string[] = [],
): Promise<string[]> {
  const files: string[] = [];
  for (let k = 1; k <= n; k++) {
    const file = join(dir, `${prefix}${k}.json`);
    const r = await rdpdiag(['analyze', ...inputs, '--shard', `${k}/${n}`, '-o', file, ...extra]);
    expect(r.code, r.stderr).toBe(0);
    files.push(file);
  }
  return files;
}

/**
 * The environment of a child process: this one's with `extra` over it. Windows' names ignore case, and a
 * name given twice in other cases (`SystemRoot`, `SYSTEMROOT`) would leave which one wins to chance.
 */
/**
 * A generated fleet export of `computers` × `rounds` (`fleetExportLines`) cut into `n` shards by `analyze --shard`,
 * in a temporary folder made before the file's tests and removed after them: its `dir` and shard `files`. The shards
 * as written are checked to merge first (exit 1: the fleet holds failures), so a refusal a test sees is its own.
 */
export function shardedFleet(
  prefix: string,
  computers: number,
  rounds: number,
  n = 2,
): { dir: string; files: string[] } {
  const fleet = { dir: '', files: [] as string[] };
  beforeAll(async () => {
    fleet.dir = mkdtempSync(join(tmpdir(), prefix));
    fleet.files = await writeShards([writeFleetExport(fleet.dir, computers, rounds)], n, fleet.dir);
    const merged = await rdpdiag(['merge', ...fleet.files, '--format', 'json']);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(1);
  });
  afterAll(() => rmSync(fleet.dir, { recursive: true, force: true }));
  return fleet;
}

export function childEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  const names = new Set(Object.keys(extra).map((k) => k.toLowerCase()));
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !names.has(k.toLowerCase())));
  return { ...base, NO_COLOR: '1', ...extra };
}

/** Runs the built CLI in a child process as a user would (`npm test` builds dist/ first): for smoke tests. */
export function spawnRdpdiag(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: childEnv(env),
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Compares with a golden file next to the tests; `UPDATE_GOLDEN=1 npm test` rewrites them. */
export function expectGolden(name: string, actual: string): void {
  const path = join(ROOT, 'test', 'golden', name);
  // Golden files name the samples with `/`: on Windows the same paths (also as JSON escapes them) read so.
  if (sep === '\\') actual = actual.replace(/samples(?:\\\\|\\)[^\s"',)|]+/g, (p) => p.replace(/\\\\|\\/g, '/'));
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`golden file test/golden/${name} is missing: run UPDATE_GOLDEN=1 npm test`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
