/** The temporary folder as rdpdiag finds it (os.tmpdir()), pointed elsewhere, and the kinds of folder it cannot use. */
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The temporary folder's variables: TMPDIR on Linux and macOS, TEMP then TMP on Windows (os.tmpdir()). */
export const TEMP_VARS = ['TMPDIR', 'TEMP', 'TMP'] as const;

/** Every temporary folder variable at `folder`; the function that gives them back as they were. */
export function pointTempAt(folder: string): () => void {
  const saved = Object.fromEntries(TEMP_VARS.map((v) => [v, process.env[v]]));
  for (const v of TEMP_VARS) process.env[v] = folder;
  return () => {
    for (const v of TEMP_VARS)
      if (saved[v] === undefined) delete process.env[v];
      else process.env[v] = saved[v];
  };
}

export interface UnusableFolder {
  what: string;
  /** Makes the folder (under `d`), returns its path. */
  make: (d: string) => string;
  /** What rdpdiag says of it, in the parentheses after "cannot be used". */
  why: RegExp;
  /** Only a POSIX system can show it (links, a path over Windows' own limit). */
  posixOnly?: true;
}

/** The folders any user can make that rdpdiag cannot write in: each is said so, naming the folder and why. */
export const UNUSABLE_FOLDERS: readonly UnusableFolder[] = [
  { what: 'missing', make: (d) => join(d, 'gone'), why: /\(it does not exist/ },
  {
    what: 'a file',
    make: (d) => {
      writeFileSync(join(d, 'plain-file'), '');
      return join(d, 'plain-file');
    },
    why: /\(it is a file, not a folder\)/,
  },
  {
    what: 'a link to nothing',
    make: (d) => {
      symlinkSync(join(d, 'nowhere'), join(d, 'dangling'));
      return join(d, 'dangling');
    },
    why: /\(it does not exist \(or is a link to nothing\)\)/,
    posixOnly: true,
  },
  {
    what: 'a loop of links',
    make: (d) => {
      symlinkSync(join(d, 'loop-b'), join(d, 'loop-a'));
      symlinkSync(join(d, 'loop-a'), join(d, 'loop-b'));
      return join(d, 'loop-a');
    },
    why: /\(it is a loop of links\)/,
    posixOnly: true,
  },
  // Merge read it as the shard's: "fleet-s1.json: line 3 does not read back (ENAMETOOLONG…)".
  { what: 'a path too long', make: (d) => join(d, 'x'.repeat(300)), why: /\(its path is too long\)/, posixOnly: true },
];
