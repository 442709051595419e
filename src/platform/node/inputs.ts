import { readdir, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

import { LOG_EXTENSIONS } from '../../ingest/read.js';

export interface ExpandedInputs {
  files: string[];
  /** Paths that named nothing: printed as errors, the rest still run. */
  missing: string[];
  /** Folders that hold no file to read. */
  empty: string[];
}

export interface ExpandOptions {
  /** Pick up `.zip` files in folders (not when following: an archive does not grow). */
  archives?: boolean;
}

/**
 * Turns the paths a user gave into files: folders are walked recursively (logs and .zip files), `-` is
 * standard input, globs
 * (`*`, `?`, `**`) are expanded for shells that do not do it (cmd.exe), explicit files kept as given.
 */
export async function expandInputs(paths: string[], options: ExpandOptions = {}): Promise<ExpandedInputs> {
  const files: string[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  const extensions = options.archives === false ? LOG_EXTENSIONS.filter((x) => x !== '.zip') : LOG_EXTENSIONS;
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = resolve(f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  for (const p of paths) {
    if (p === '-') {
      add(p); // standard input
      continue;
    }
    const info = await stat(p).catch(() => undefined);
    if (info?.isDirectory()) {
      const found = await walk(p, extensions);
      if (found.length === 0) empty.push(p);
      for (const f of found) add(f);
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
  return { files, missing, empty };
}

async function walk(dir: string, extensions: string[]): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full, extensions)));
    else if (e.isFile() && extensions.some((x) => e.name.toLowerCase().endsWith(x))) out.push(full);
  }
  return out;
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
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
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
