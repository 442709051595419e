/**
 * File names that are not valid UTF-8 (Latin-1 names from old unzip tools, copies from old file servers):
 * Node decodes them with U+FFFD, a path that names nothing. A folder walk reads names as bytes; such a
 * name is shown decoded as Latin-1 (`café.xml`) and its bytes are remembered, so the file opens by them.
 */
import type { Dirent } from 'node:fs';
import { join, sep } from 'node:path';

/** @cache a path as shown → the bytes of the name it was read from: the same folder read again gives the same bytes, so runs that share it agree. */
const raw = new Map<string, Buffer>();

/** What node:fs should be given for a path shown to the user: its bytes when its name was not UTF-8. */
export function fsPath(path: string): string | Buffer {
  return raw.get(path) ?? path;
}

const isUtf8 = (bytes: Buffer, text: string) =>
  Buffer.byteLength(text) === bytes.length && Buffer.from(text).equals(bytes);

/** An entry of a folder read as bytes: its path as shown (and, when not UTF-8, remembered as bytes). */
export function entryPath(dir: string, entry: Dirent<Buffer>): { name: string; path: string } {
  const bytes = entry.name;
  const utf8 = bytes.toString('utf8');
  const parent = raw.get(dir);
  if (isUtf8(bytes, utf8) && parent === undefined) return { name: utf8, path: join(dir, utf8) };
  const name = isUtf8(bytes, utf8) ? utf8 : bytes.toString('latin1');
  const path = join(dir, name);
  raw.set(path, Buffer.concat([parent ?? Buffer.from(dir), Buffer.from(sep), bytes]));
  return { name, path };
}
