/**
 * Installs the stand-ins for wevtutil.exe and reg.exe (`windows-stand-ins.cjs`) as
 * `<SystemRoot>/System32/<name>.exe` of a temporary SystemRoot, where rdpdiag looks for them
 * (`systemProgram`). On Linux each is a shell script running the stand-in with this Node; on Windows (and
 * under Wine) a copy of node.exe under the program's name, with the stand-in preloaded through NODE_OPTIONS.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NormalizedEvent } from '../../src/model/event.js';
import { toEventXml } from '../../src/report/event-dump.js';
import { ROOT } from './cli.js';
import { tempDir } from './collect.js';

const STAND_INS = join(ROOT, 'test', 'helpers', 'windows-stand-ins.cjs');

export interface WevtutilReply {
  exit?: number;
  stderr?: string;
  /** The message as bytes (wevtutil writes to a pipe in the console's OEM code page), instead of `stderr`. */
  stderrBytes?: Uint8Array;
  /** Only the next this many calls on the channel end so; later ones answer as usual. */
  times?: number;
  writes?: 'nothing' | 'garbage';
}

export interface StandIns {
  systemRoot: string;
  /** The stand-ins' folder: channels' events, replies, the calls and answers logs. */
  dir: string;
  /** The environment a spawned rdpdiag needs to find and run them, faking Windows on another platform. */
  env: Record<string, string>;
  /** The calls made so far, each `[program, ...args]` (lines still being written left out). */
  calls: (program?: 'wevtutil' | 'reg') => string[][];
  /**
   * The calls answered so far, in the order they ended, each with its exit code (`args` without the program's
   * name): a test waits on these, not on the calls started, which a reply written meanwhile may or may not meet.
   */
  answers: (program: 'wevtutil' | 'reg') => { exit: number; args: string[] }[];
  /** The channel exists and holds these events (qe serves them; epl writes an .evtx). */
  serve: (channel: string, events: readonly NormalizedEvent[]) => void;
  /** How calls on this channel end instead. */
  reply: (channel: string, reply: WevtutilReply) => void;
  /** `reg query <key>` prints this. */
  registry: (keys: Record<string, string>) => void;
}

/** The JSON values of a stand-in log's entries in time order (an entry being written is a `.tmp` file until whole). */
function logLines(folder: string): unknown[][] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as unknown[]);
}

const fileOf = (dir: string, channel: string) => join(dir, channel.replace(/[\\/]/g, '_'));

/**
 * Under Wine every process gets `SystemRoot=C:\\windows` whatever its parent asks: there
 * `npm run test:windows` has put the stand-ins in the prefix's own System32 (RDPDIAG_WINE_STAND_INS).
 */
export const WINE_STAND_INS = process.env.RDPDIAG_WINE_STAND_INS === '1';

export function installStandIns(): StandIns {
  const systemRoot = WINE_STAND_INS ? 'C:\\windows' : tempDir('rdpdiag-systemroot-');
  const dir = tempDir('rdpdiag-stand-ins-');
  const env: Record<string, string> = { WINDOWS_STAND_IN_DIR: dir };
  if (!WINE_STAND_INS) {
    env.SystemRoot = systemRoot;
    const system32 = join(systemRoot, 'System32');
    mkdirSync(system32);
    for (const program of ['wevtutil', 'reg']) {
      const exe = join(system32, `${program}.exe`);
      if (process.platform === 'win32') copyFileSync(process.execPath, exe);
      else {
        writeFileSync(exe, `#!/bin/sh\nexec '${process.execPath}' '${STAND_INS}' ${program} "$@"\n`);
        chmodSync(exe, 0o755);
      }
    }
  }
  // NODE_OPTIONS reads a backslash in quotes as an escape: the path goes with forward slashes.
  if (process.platform === 'win32') env.NODE_OPTIONS = `--require "${STAND_INS.replace(/\\/g, '/')}"`;
  else env.RDPDIAG_PLATFORM = 'win32';
  const replies: Record<string, Omit<WevtutilReply, 'stderrBytes'> & { stderrBytes?: string }> = {};
  return {
    systemRoot,
    dir,
    env,
    calls: (program) => {
      const all = logLines(join(dir, 'calls')) as string[][];
      return program ? all.filter((c) => c[0] === program).map((c) => c.slice(1)) : all;
    },
    answers: (program) =>
      (logLines(join(dir, 'answers')) as [number, string, ...string[]][])
        .filter((a) => a[1] === program)
        .map(([exit, , ...args]) => ({ exit, args })),
    serve: (channel, events) =>
      writeFileSync(`${fileOf(dir, channel)}.xml`, events.map((e) => `${toEventXml(e)}\r\n`).join('')),
    reply: (channel, reply) => {
      const { stderrBytes, ...rest } = reply;
      replies[channel] = stderrBytes ? { ...rest, stderrBytes: Buffer.from(stderrBytes).toString('base64') } : rest;
      writeFileSync(join(dir, 'replies.json'), JSON.stringify(replies));
    },
    registry: (keys) => writeFileSync(join(dir, 'reg.json'), JSON.stringify(keys)),
  };
}
