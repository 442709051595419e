/**
 * .zip archives read as if unpacked, from random-access bytes (a file, a nested entry, a browser `File`):
 * the central directory is read here, entries are inflated as streams with fflate (never a whole entry in
 * memory). Archives are hostile: entry count, the bytes unpacked and the logs read from one archive and
 * the archives in it (a budget the nested ones share), compression ratio and nesting depth are bounded;
 * entries whose data overlaps another's (one stream listed many times: a bomb) and names that climb out
 * of the archive (`../`, absolute paths) are refused; every entry left out is a warning.
 */
import { crc32 } from '../../parsers/evtx/index.js';
import type { InputWarning } from '../model/event.js';
import { InputFileError } from '../model/reader.js';
import { isStateTextName, READ_ENDINGS } from './endings.js';
import { concatBytes, type InputSource, memoryBytes, type RandomAccessBytes } from '../model/source.js';

export interface ArchiveLimits {
  /** Entries in one archive's central directory. */
  maxEntries: number;
  /** Bytes unpacked from one archive given on the command line, nested archives included. */
  maxTotalBytes: number;
  /** Unpacked ÷ packed size above which a large entry is taken for a bomb. */
  maxRatio: number;
  /** Entries smaller than this are never refused for their ratio (a mostly empty log compresses well). */
  ratioFloorBytes: number;
  /** Archives within archives. */
  maxDepth: number;
  /** Logs and archives read from one archive given on the command line, nested archives included. */
  maxInputs: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 4 * 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 32 * 1024 ** 2,
  maxDepth: 3,
  maxInputs: 10_000,
};

/** Deflate expands at most about 1032 times; an entry that says it expands more lies about its size. */
const DEFLATE_MAX_RATIO = 1032;

/** Does the input start like a zip archive (a local file header, or the end record of an empty one)? */
export function isZipHeader(head: Uint8Array): boolean {
  return (
    head.length >= 4 &&
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    (head[2] === 3 || head[2] === 5) &&
    head[3] === head[2] + 1
  );
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  packedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** What unpacking an archive tree may still use: shared by nested archives. */
export interface ArchiveBudget {
  remainingBytes: number;
  remainingInputs: number;
  limits: ArchiveLimits;
}

export function newArchiveBudget(limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): ArchiveBudget {
  return { remainingBytes: limits.maxTotalBytes, remainingInputs: limits.maxInputs, limits };
}

/**
 * The budget as one archive's members meet it, in its order: why a member that takes `size` bytes (with those the
 * archive already took) is left out, or undefined. The count of logs is said in full once per archive (a fan-out of
 * thousands must not print thousands of lines), then in short.
 */
export function budgetCheck(budget: ArchiveBudget): (size: number) => string | undefined {
  let countSaid = false;
  return (size) => {
    if (size > budget.remainingBytes)
      return `the archive would unpack to more than ${Math.round(budget.limits.maxTotalBytes / 1024 ** 2)} MiB (the limit); unpack it and read the folder`;
    if (budget.remainingInputs > 0) return undefined;
    const why = countSaid
      ? 'over the limit of logs read from one archive'
      : `more than ${budget.limits.maxInputs} logs and archives in this archive and those within it (the limit); unpack it and read the folder`;
    countSaid = true;
    return why;
  };
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;

/** Code page 437's upper half, what a zip entry name means with the UTF-8 flag (bit 11) clear (APPNOTE 4.4.4). */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function cp437(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
  return out;
}

const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

async function readExactly(bytes: RandomAccessBytes, position: number, length: number): Promise<DataView> {
  const buf = new Uint8Array(length);
  const n = await bytes.read(buf, position, length);
  if (n < length) throw new Error(`the archive ends early (at ${position + n} of ${position + length})`);
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

const u64 = (v: DataView, at: number) => v.getUint32(at, true) + v.getUint32(at + 4, true) * 2 ** 32;

/** The central directory: every entry's name, sizes and where its data is. Throws on a damaged archive. */
export async function listZip(bytes: RandomAccessBytes, limits: ArchiveLimits): Promise<ZipEntry[]> {
  const tailLength = Math.min(bytes.size, 22 + MAX_COMMENT);
  const tailStart = bytes.size - tailLength;
  const tail = await readExactly(bytes, tailStart, tailLength);
  let eocd = -1;
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no end of central directory record (not a whole .zip, or cut off)');
  let count = tail.getUint16(eocd + 10, true);
  let dirSize = tail.getUint32(eocd + 12, true);
  let dirOffset = tail.getUint32(eocd + 16, true);
  if (eocd >= 20 && tail.getUint32(eocd - 20, true) === EOCD64_LOCATOR) {
    const z64 = await readExactly(bytes, u64(tail, eocd - 20 + 8), 56);
    if (z64.getUint32(0, true) !== EOCD64) throw new Error('damaged zip64 end of central directory');
    count = u64(z64, 32);
    dirSize = u64(z64, 40);
    dirOffset = u64(z64, 48);
  }
  if (count > limits.maxEntries) {
    throw new Error(`${count} entries, more than the ${limits.maxEntries} an archive of logs may hold`);
  }
  if (dirOffset + dirSize > bytes.size) throw new Error('the central directory lies beyond the end of the file');
  const dir = await readExactly(bytes, dirOffset, dirSize);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > dirSize || dir.getUint32(at, true) !== CENTRAL) {
      throw new Error(`damaged central directory at entry ${i + 1}`);
    }
    const flags = dir.getUint16(at + 8, true);
    const nameLength = dir.getUint16(at + 28, true);
    const extraLength = dir.getUint16(at + 30, true);
    const commentLength = dir.getUint16(at + 32, true);
    const nameBytes = new Uint8Array(dir.buffer, dir.byteOffset + at + 46, Math.min(nameLength, dirSize - at - 46));
    const entry: ZipEntry = {
      name: flags & 0x800 ? new TextDecoder().decode(nameBytes) : cp437(nameBytes),
      method: dir.getUint16(at + 10, true),
      flags,
      crc: dir.getUint32(at + 16, true),
      packedSize: dir.getUint32(at + 20, true),
      size: dir.getUint32(at + 24, true),
      localHeaderOffset: dir.getUint32(at + 42, true),
    };
    readZip64Extra(dir, at + 46 + nameLength, Math.min(extraLength, dirSize - at - 46 - nameLength), entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offsets that did not fit in 32 bits are in the zip64 extra field, in this order. */
function readZip64Extra(dir: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length; ) {
    const id = dir.getUint16(at, true);
    const size = dir.getUint16(at + 2, true);
    if (id === 0x0001) {
      let p = at + 4;
      const end = Math.min(p + size, start + length);
      if (entry.size === 0xffffffff && p + 8 <= end) {
        entry.size = u64(dir, p);
        p += 8;
      }
      if (entry.packedSize === 0xffffffff && p + 8 <= end) {
        entry.packedSize = u64(dir, p);
        p += 8;
      }
      if (entry.localHeaderOffset === 0xffffffff && p + 8 <= end) entry.localHeaderOffset = u64(dir, p);
      return;
    }
    at += 4 + size;
  }
}

/** Why a name must not be read as a path: it leaves the archive's folder, or names a device or drive. */
export function unsafeName(name: string): string | undefined {
  const parts = name.replace(/\\/g, '/').split('/');
  if (name.startsWith('/') || name.startsWith('\\')) return 'an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'a drive path';
  if (parts.includes('..')) return 'a path leaving the archive (`..`)';
  // Velociraptor's collections URL-encode their names (`uploads/auto/C%3A/…`): read as the folder they were
  // collected from, a name must not leave it once decoded either.
  if (name.includes('%') && parts.some((p) => p.includes('%') && percentDecoded(p).split(/[\\/]/).includes('..')))
    return 'a path leaving the archive once its URL encoding is decoded (`%2E%2E`)';
  if (/[\u0000-\u001f]/.test(name)) return 'control characters in its name';
  return undefined;
}

/** A name's part with its `%XX` escapes decoded (a malformed escape left as it is). */
function percentDecoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  }
}

export interface ArchiveContents {
  /** The entries to read, in archive order, as inputs named `<archive>/<entry>`. */
  inputs: InputSource[];
  warnings: InputWarning[];
}

/**
 * Why a log entry is not read, whatever the budget left: encrypted, a compression we do not read, data past the
 * archive's end (`beyond`) or shared with another entry (`over`), an expansion no log has (a zip bomb).
 */
function entryRefusal(
  entry: ZipEntry,
  beyond: boolean,
  over: ZipEntry | undefined,
  limits: ArchiveBudget['limits'],
): string | undefined {
  if (entry.flags & 1) return 'encrypted (unpack it with its password first)';
  if (entry.method !== 0 && entry.method !== 8)
    return `compression method ${entry.method} is not supported (only stored and deflate)`;
  if (beyond) return 'its data would run past the end of the archive (a damaged or forged size or offset)';
  if (over)
    return `its data overlaps that of ${JSON.stringify(over.name)} (one stream listed several times: a zip bomb, not a log)`;
  const ratio = entry.size / Math.max(1, entry.packedSize);
  if (entry.method === 8 && entry.size > 64 * 1024 && ratio > DEFLATE_MAX_RATIO)
    return `it says it expands ${Math.round(ratio)} times, more than deflate can: a zip bomb, not a log`;
  if (entry.size >= limits.ratioFloorBytes && ratio > limits.maxRatio)
    return `it would expand ${Math.round(ratio)} times (${entry.size} bytes from ${entry.packedSize}): a zip bomb, not a log`;
  return undefined;
}

/**
 * The log entries of an archive (and the archives in it), as inputs read on demand. Entries refused for
 * their name, compression, encryption, ratio or the size budget are warnings; a damaged central
 * directory is thrown as an InputFileError.
 */
export async function openZip(
  name: string,
  archive: RandomAccessBytes,
  budget: ArchiveBudget,
  separator: '/' | '\\' = '/',
): Promise<ArchiveContents> {
  // A small archive is read once into memory: thousands of small entries then cost no file read each.
  const bytes =
    archive.size <= IN_MEMORY_ARCHIVE
      ? memoryBytes(new Uint8Array((await readExactly(archive, 0, archive.size)).buffer))
      : archive;
  let entries: ZipEntry[];
  try {
    entries = await listZip(bytes, budget.limits);
  } catch (err) {
    throw new InputFileError(name, `cannot read the archive: ${(err as Error).message}`);
  }
  const warnings: InputWarning[] = [];
  const skip = (entry: ZipEntry, why: string) =>
    warnings.push({
      code: 'zip-entry-skipped',
      file: name,
      offset: entry.localHeaderOffset,
      kind: 'other',
      message: `archive entry ${JSON.stringify(entry.name)} skipped: ${why}`,
    });
  const inputs: InputSource[] = [];
  // An entry whose data would run past the end of the file (a hostile zip64 size or offset) is damaged itself: it
  // is skipped, and never makes the entries after it look like parts of its data.
  const beyond = new Set(
    entries.filter(
      (e) =>
        !Number.isSafeInteger(e.localHeaderOffset + e.packedSize) ||
        e.localHeaderOffset + 30 + e.packedSize > bytes.size,
    ),
  );
  const shared = overlapping(entries.filter((e) => !beyond.has(e)));
  let declared = 0;
  const budgetLeft = budgetCheck(budget);
  for (const entry of [...entries].sort(byPath)) {
    if (entry.name.endsWith('/') || entry.name.endsWith('\\')) continue;
    const unsafe = unsafeName(entry.name);
    if (unsafe) {
      skip(entry, unsafe);
      continue;
    }
    const lower = entry.name.toLowerCase();
    if (!READ_ENDINGS.some((x) => lower.endsWith(x)) && !isStateTextName(lower)) continue;
    const refused =
      entryRefusal(entry, beyond.has(entry), shared.get(entry), budget.limits) ?? budgetLeft(declared + entry.size);
    if (refused) {
      skip(entry, refused);
      continue;
    }
    budget.remainingInputs -= 1;
    declared += entry.size;
    // A log in an archive is named on from the archive's path, with its separator (see InputSource).
    const member = entry.name.replace(/[\\/]/g, separator);
    inputs.push({ ...entryInput(`${name}${separator}${member}`, bytes, entry, budget), pathSeparator: separator });
  }
  return { inputs, warnings };
}

/**
 * Entries whose data starts inside another's (from its local header to the end of its packed data, at
 * least), each with the entry it overlaps: several directory entries pointing at one stream, or a stream
 * inside another, are how a small zip unpacks to gigabytes. The first entry in the file is kept.
 */
function overlapping(entries: readonly ZipEntry[]): Map<ZipEntry, ZipEntry> {
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  const out = new Map<ZipEntry, ZipEntry>();
  let last: ZipEntry | undefined;
  let lastEnd = -1;
  for (const e of byOffset) {
    if (last && e.localHeaderOffset < lastEnd) {
      out.set(e, last);
      continue;
    }
    last = e;
    lastEnd = e.localHeaderOffset + 30 + e.packedSize;
  }
  return out;
}

/** Folder order, as a walk of the unpacked folder reads it: name by name, level by level. */
function byPath(a: ZipEntry, b: ZipEntry): number {
  const x = a.name.replace(/\\/g, '/').split('/');
  const y = b.name.replace(/\\/g, '/').split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

/** Compressed bytes handed to the inflater at a time: bounds what one push can expand to (~1000×). */
const PACKED_PIECE = 16 * 1024;
/** Archives up to this size are read into memory whole (their entries are then read without file reads). */
const IN_MEMORY_ARCHIVE = 64 * 1024 ** 2;
/** Entries up to this size are unpacked whole, once (format detection and reading share it). */
const SMALL_ENTRY = 1024 ** 2;

function entryInput(name: string, bytes: RandomAccessBytes, entry: ZipEntry, budget: ArchiveBudget): InputSource {
  const fail = (message: string) => new InputFileError(name, message, { offset: entry.localHeaderOffset });
  /** Where the entry's packed bytes begin, past its local header (read, checked) and that header's name and extra. */
  async function dataStart(): Promise<number> {
    let local: DataView;
    try {
      local = await readExactly(bytes, entry.localHeaderOffset, 30);
    } catch (err) {
      throw fail(`cannot read the archive entry: ${(err as Error).message}`);
    }
    if (local.getUint32(0, true) !== LOCAL) throw fail('damaged archive: no local header where the directory says');
    const at = entry.localHeaderOffset + 30 + local.getUint16(26, true) + local.getUint16(28, true);
    if (at + entry.packedSize > bytes.size) throw fail('damaged archive: the entry runs past the end of the file');
    return at;
  }
  async function* unpack(limit: number, count: boolean): AsyncGenerator<Uint8Array> {
    let at = await dataStart();
    const end = at + entry.packedSize;
    let produced = 0;
    let crc = 0;
    const out: Uint8Array[] = [];
    const take = (piece: Uint8Array) => {
      produced += piece.length;
      if (produced > entry.size) throw fail('the entry unpacks to more than its header says (a zip bomb?); skipped');
      if (count) {
        budget.remainingBytes -= piece.length;
        if (budget.remainingBytes < 0)
          throw fail(`the archive unpacks to more than ${Math.round(budget.limits.maxTotalBytes / 1024 ** 2)} MiB`);
      }
      crc = crc32(piece, crc);
      out.push(piece);
    };
    // fflate is loaded when an archive has a deflated entry (see ./inflate.ts).
    const inflater =
      entry.method === 8 ? new (await import('./inflate.js')).Inflate((piece) => take(piece)) : undefined;
    while (at < end && produced < limit) {
      const length = Math.min(PACKED_PIECE, end - at);
      const piece = new Uint8Array(length);
      const n = await bytes.read(piece, at, length);
      if (n < length) throw fail('damaged archive: the entry is cut off');
      at += n;
      try {
        if (inflater) inflater.push(piece, at >= end);
        else take(piece);
      } catch (err) {
        if (err instanceof InputFileError) throw err;
        throw fail(`damaged archive entry: ${(err as Error).message}`);
      }
      for (const o of out.splice(0)) yield o;
    }
    if (produced >= limit && at < end) return;
    if (produced !== entry.size)
      throw fail(`the entry unpacks to ${produced} bytes, not the ${entry.size} its header says`);
    if (crc !== entry.crc) throw fail('the entry is damaged (CRC mismatch)');
  }
  // A small entry is unpacked once, whole, into a buffer of its size (no growing buffers, no second pass
  // after format detection); a large one streams.
  let whole: Promise<Uint8Array> | undefined;
  const small = entry.size <= SMALL_ENTRY && entry.packedSize <= SMALL_ENTRY + 64 * 1024;
  async function unpackWhole(): Promise<Uint8Array> {
    const at = await dataStart();
    const packed = new Uint8Array(entry.packedSize);
    if ((await bytes.read(packed, at, packed.length)) < packed.length)
      throw fail('damaged archive: the entry is cut off');
    let data: Uint8Array;
    try {
      data =
        entry.method === 8
          ? // One byte more than the header says: a stream that fills it unpacks to more (a bomb).
            (await import('./inflate.js')).inflateSync(packed, { out: new Uint8Array(entry.size + 1) })
          : packed;
    } catch (err) {
      throw fail(`damaged archive entry: ${(err as Error).message}`);
    }
    if (data.length > entry.size) throw fail('the entry unpacks to more than its header says (a zip bomb?); skipped');
    if (data.length !== entry.size)
      throw fail(`the entry unpacks to ${data.length} bytes, not the ${entry.size} its header says`);
    if (crc32(data, 0) !== entry.crc) throw fail('the entry is damaged (CRC mismatch)');
    return data;
  }
  if (small)
    return {
      name,
      async head(length) {
        whole ??= unpackWhole();
        return (await whole).subarray(0, length);
      },
      async *chunks(start = 0) {
        whole ??= unpackWhole();
        const data = await whole;
        whole = undefined; // read once: the buffer goes with the reading
        budget.remainingBytes -= data.length;
        if (budget.remainingBytes < 0)
          throw fail(`the archive unpacks to more than ${Math.round(budget.limits.maxTotalBytes / 1024 ** 2)} MiB`);
        if (start < data.length) yield data.subarray(start);
      },
    };
  return {
    name,
    async head(length) {
      const parts: Uint8Array[] = [new Uint8Array(0)];
      let got = 0;
      for await (const piece of unpack(length, false)) {
        parts.push(piece);
        got += piece.length;
        if (got >= length) break;
      }
      return concatBytes(parts).subarray(0, length);
    },
    async *chunks(start = 0) {
      let skip = start;
      for await (const piece of unpack(Number.POSITIVE_INFINITY, true)) {
        if (skip >= piece.length) {
          skip -= piece.length;
          continue;
        }
        yield skip ? piece.subarray(skip) : piece;
        skip = 0;
      }
    },
  };
}
