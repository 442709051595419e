import type { Dirent, Stats } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
// Folder walks pick up the names rdpdiag reads (endings.ts), without loading the readers.
import { LOG_EXTENSIONS } from '../../ingest/endings.js';
import { addWarning, type InputSummary, type InputWarning } from '../../model/event.js';
import { describeFsError } from '../../model/reader.js';
import { specialFileKind } from '../../model/source.js';
import { entryPath, fsPath } from './raw-paths.js';

export interface ExpandedInputs {
  files: string[];
  /** Of `files`, those found by walking a folder (read only when their content is a log). */
  found: Set<string>;
  /** Paths that named nothing: printed as errors, the rest still run. */
  missing: string[];
  /** Folders that hold no file to read. */
  empty: string[];
  /**
   * What a folder walk passed over and why (an unreadable subfolder, a named pipe or device with a log's
   * name, a broken symbolic link or a loop), by the folder given: reported, never silent.
   */
  skipped: { folder: string; warnings: InputWarning[] }[];
}

/** The file-system calls the walk makes (tests hand in failing ones: a root user can read any folder). */
export interface WalkFs {
  readdir(path: string): Promise<Dirent[]>;
  stat(path: string): Promise<Stats>;
}

const nodeFs: WalkFs = {
  // Names read as bytes: one that is not UTF-8 is shown as Latin-1 and opened by its bytes (./raw-paths.ts).
  readdir: async (path) =>
    (await fsp.readdir(fsPath(path), { withFileTypes: true, encoding: 'buffer' })).map((d) =>
      Object.assign(Object.create(Object.getPrototypeOf(d)), d, { name: entryPath(path, d).name }),
    ),
  stat: (path) => fsp.stat(fsPath(path)),
};

export interface ExpandOptions {
  /** Pick up `.zip` files in folders (not when following: an archive does not grow). */
  archives?: boolean;
  fs?: WalkFs;
}

/**
 * Turns the paths a user gave into files: folders are walked recursively (logs and .zip files, symbolic
 * links followed, loops not), `-` is standard input, globs (`*`, `?`, `**`) are expanded for shells that do
 * not do it (cmd.exe), explicit files kept as given (a named pipe or device given explicitly is refused when
 * it is opened, see src/platform/node/file-source.ts).
 */
export async function expandInputs(paths: string[], options: ExpandOptions = {}): Promise<ExpandedInputs> {
  const fs = options.fs ?? nodeFs;
  const files: string[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  const skipped: ExpandedInputs['skipped'] = [];
  const found = new Set<string>();
  const extensions = options.archives === false ? LOG_EXTENSIONS.filter((x) => x !== '.zip') : LOG_EXTENSIONS;
  const seen = new Set<string>();
  const add = (f: string): boolean => {
    const key = resolve(f);
    if (seen.has(key)) return false;
    seen.add(key);
    files.push(f);
    return true;
  };
  for (const p of paths) {
    if (p === '-') {
      add(p); // standard input
      continue;
    }
    const info = await fs.stat(p).catch(() => undefined);
    if (info?.isDirectory()) {
      const walked: Walk = { fs, extensions, files: [], warnings: [], visited: new Set() };
      await walk(p, info, [], walked);
      if (walked.warnings.length) skipped.push({ folder: p, warnings: walked.warnings });
      if (walked.files.length === 0) empty.push(p);
      for (const f of walked.files) if (add(f)) found.add(f);
    } else if (info) {
      add(p);
    } else if (/[*?]/.test(p)) {
      const matched = await glob(p);
      if (matched.length === 0) missing.push(p);
      for (const f of matched) add(f);
    } else {
      missing.push(p);
    }
  }
  return { files, found, missing, empty, skipped };
}

/** A folder given, as an input of its own: what its walk passed over, as warnings. */
export function folderSummary(s: ExpandedInputs['skipped'][number]): InputSummary {
  const summary: InputSummary = {
    path: s.folder,
    format: 'folder',
    records: 0,
    skipped: 0,
    warnings: [],
    warningCounts: {},
  };
  for (const w of s.warnings) addWarning(summary, w);
  return summary;
}

interface Walk {
  fs: WalkFs;
  extensions: readonly string[];
  files: string[];
  warnings: InputWarning[];
  /** Folders walked (device and inode), so a folder reached twice through links is walked once. */
  visited: Set<string>;
}

const skip = (w: Walk, file: string, message: string) =>
  w.warnings.push({ code: 'input-skipped', kind: 'other', file, message });

const identity = (info: Stats) => `${info.dev}:${info.ino}`;

/**
 * Walks a folder in name order. `ancestors` are the folders above (device:inode): a link back to one of
 * them is a loop, reported and not followed.
 */
async function walk(dir: string, info: Stats, ancestors: string[], w: Walk): Promise<void> {
  const id = identity(info);
  w.visited.add(id);
  let entries: Dirent[];
  try {
    entries = await w.fs.readdir(dir);
  } catch (err) {
    skip(w, dir, `cannot read this folder: ${describeFsError(err)}; skipped`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const inside = [...ancestors, id];
  for (const e of entries) {
    const full = join(dir, e.name);
    const isLog = w.extensions.some((x) => e.name.toLowerCase().endsWith(x));
    let target: Stats | Dirent = e;
    if (e.isSymbolicLink()) {
      try {
        target = await w.fs.stat(full);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') skip(w, full, 'a symbolic link that leads back to itself (a loop); skipped');
        else if (isLog) skip(w, full, `a symbolic link to nothing readable (${describeFsError(err)}); skipped`);
        continue;
      }
    }
    if (target.isDirectory()) {
      const sub = target as Stats;
      const subId = e.isSymbolicLink() ? identity(sub) : undefined;
      if (subId !== undefined && inside.includes(subId)) {
        skip(w, full, 'a symbolic link to a folder above it (a loop); not followed');
        continue;
      }
      if (subId !== undefined && w.visited.has(subId)) continue; // reached before through another link
      const subInfo = e.isSymbolicLink() ? sub : await w.fs.stat(full).catch(() => undefined);
      if (!subInfo) {
        skip(w, full, 'a folder that vanished while it was read; skipped');
        continue;
      }
      await walk(full, subInfo, inside, w);
    } else if (!isLog) {
      // not a log by its name: passed over, as any other file
    } else if (target.isFile()) {
      w.files.push(full);
    } else {
      skip(w, full, `${specialFileKind(target)}, not a file: not opened (it could block or never end); skipped`);
    }
  }
}

function segmentRegex(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/\\\\]*')
    .replace(/\?/g, '[^/\\\\]');
  return new RegExp(`^${body}$`, process.platform === 'win32' ? 'i' : '');
}

/** A small glob: `*` and `?` within one path segment, `**` for any depth. */
export async function glob(pattern: string): Promise<string[]> {
  const parts = pattern.split(/[\\/]/);
  let base = parts[0] === '' ? sep : '.';
  let i = 0;
  if (parts[0] === '') i = 1;
  else if (/^[A-Za-z]:$/.test(parts[0])) {
    base = parts[0] + sep;
    i = 1;
  }
  const prefix: string[] = [];
  while (i < parts.length - 1 && !/[*?]/.test(parts[i])) prefix.push(parts[i++]);
  const start = prefix.length ? join(base, ...prefix) : base;
  const results: string[] = [];
  await matchFrom(start, parts.slice(i), results);
  return results.sort();
}

async function matchFrom(dir: string, rest: string[], out: string[]): Promise<void> {
  if (rest.length === 0) return;
  const [head, ...tail] = rest;
  const entries = await fsp.readdir(dir, { withFileTypes: true }).catch(() => []);
  if (head === '**') {
    await matchFrom(dir, tail, out);
    for (const e of entries) if (e.isDirectory()) await matchFrom(join(dir, e.name), rest, out);
    return;
  }
  const re = segmentRegex(head);
  for (const e of entries) {
    if (!re.test(e.name)) continue;
    const full = dir === '.' ? e.name : join(dir, e.name);
    if (tail.length === 0) {
      if (e.isFile()) out.push(full);
    } else if (e.isDirectory()) {
      await matchFrom(full, tail, out);
    }
  }
}
