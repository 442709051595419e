/**
 * .tar archives as tools write them (ustar, pax records counted in bytes, GNU long names; `tar --format=posix`,
 * bsdtar, Python's tarfile, Windows' tar.exe; OTRF's Security-Datasets ship `.tar.gz`) read as if unpacked, as a
 * stream: each member is handed on as an input while the archive is read, never the whole archive in memory;
 * archives concatenated after the end blocks are read on. Hostile archives: the logs read and bytes unpacked share
 * the archive budget (archive.ts), every size field is checked (negative, not octal, base-256 past 2^53: a damaged
 * header), names that climb out of the archive are refused (the first few named, the rest counted), a damaged
 * header is skipped to the next valid one as GNU tar does, and every member left out is a warning naming its byte.
 * tar-stream is the oracle of its property test (test/ingest/tar-oracle.test.ts).
 */
import type { InputWarning, WarningCode } from '../model/event.js';
import { StreamDamage } from '../model/reader.js';
import { type InputSource, streamInput } from '../model/source.js';
import { type ArchiveBudget, budgetCheck, unsafeName } from './archive.js';
import { isStateTextName, READ_ENDINGS } from './endings.js';
import { formatCount } from '../model/numbers.js';

const BLOCK = 512;
/** A long name or pax header larger than this is no log archive's. */
const MAX_HEADER_DATA = 1024 * 1024;

/**
 * Does the input start with a tar header: `ustar` at 257 (POSIX, GNU), or a classic (v7, `tar --format=v7`) one,
 * no magic, a name, and octal mode and size fields? Its checksum right either way.
 */
export function isTarHeader(head: Uint8Array): boolean {
  if (head.length < BLOCK) return false;
  const block = head.subarray(0, BLOCK);
  const magic = String.fromCharCode(...head.subarray(257, 262));
  if (magic === 'ustar') return headerChecksumOk(block);
  return isClassicHeader(block) && headerChecksumOk(block);
}

/** A v7 header: no magic (zeros from 257), a name, a numbered type (GNU's v7 writes 5 for folders), octal mode and size. */
function isClassicHeader(block: Uint8Array): boolean {
  const type = block[156]!;
  return (
    block[0] !== 0 &&
    block.subarray(257, 263).every((b) => b === 0) &&
    (type === 0 || (type >= 0x30 && type <= 0x37)) &&
    isOctalField(block, 100, 8) &&
    isOctalField(block, 124, 12)
  );
}

/** Octal digits, at least one, then only NULs or spaces (the leading spaces of old tars allowed). */
function isOctalField(block: Uint8Array, start: number, length: number): boolean {
  const first = block[start]!;
  return first !== 0 && !(first & 0x80) && !Number.isNaN(number(block, start, length));
}

function text(block: Uint8Array, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return new TextDecoder().decode(end < 0 ? field : field.subarray(0, end));
}

/**
 * A numeric field: octal digits (leading spaces, then NUL or space ending them), or base-256 when its first byte
 * has the high bit (GNU, sizes over 8 GiB). NaN for anything else: a negative base-256 value, a digit that is no
 * octal one, a value past 2^53. Never a number a size check can be fooled by.
 */
function number(block: Uint8Array, start: number, length: number): number {
  const first = block[start]!;
  if (first & 0x80) {
    if (first & 0x40) return Number.NaN; // negative
    let n = first & 0x3f;
    for (let i = 1; i < length; i++) n = n * 256 + block[start + i]!;
    return Number.isSafeInteger(n) ? n : Number.NaN;
  }
  let i = start;
  const end = start + length;
  while (i < end && block[i] === 0x20) i++;
  let n = 0;
  let digits = 0;
  for (; i < end && block[i]! >= 0x30 && block[i]! <= 0x37; i++, digits++) n = n * 8 + (block[i]! - 0x30);
  // What ends the digits: NUL or space, then only NULs and spaces.
  for (; i < end; i++) if (block[i] !== 0 && block[i] !== 0x20) return Number.NaN;
  return digits === 0 ? 0 : Number.isSafeInteger(n) ? n : Number.NaN;
}

function headerChecksumOk(block: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i]!;
  return number(block, 148, 8) === sum;
}

/** A block that may start a member: its checksum right, and not all zeros. */
function validHeader(block: Uint8Array): boolean {
  return block.length === BLOCK && headerChecksumOk(block);
}

/**
 * A pax extended header's records (`<len> key=value\n`): `len` counts bytes (the whole record, its own digits and
 * newline included), so records are cut from the bytes and only then decoded: a non-ASCII name takes more bytes
 * than characters. A record that does not fit or does not end in a newline ends the reading (what came before it
 * is kept; `badAt`: where that record starts, for the warning).
 */
function paxRecords(data: Uint8Array): { records: Map<string, string>; badAt?: number } {
  const out = new Map<string, string>();
  const decoder = new TextDecoder();
  for (let at = 0; at < data.length; ) {
    let length = 0;
    let i = at;
    for (; i < data.length && i - at < 20 && data[i]! >= 0x30 && data[i]! <= 0x39; i++)
      length = length * 10 + (data[i]! - 0x30);
    if (i === at || data[i] !== 0x20 || length <= i - at + 1 || at + length > data.length)
      return { records: out, badAt: at };
    if (data[at + length - 1] !== 0x0a) return { records: out, badAt: at };
    const record = data.subarray(i + 1, at + length - 1);
    const eq = record.indexOf(0x3d);
    if (eq > 0) out.set(decoder.decode(record.subarray(0, eq)), decoder.decode(record.subarray(eq + 1)));
    at += length;
  }
  return { records: out };
}

/** A pax `size`: decimal digits only, a safe integer; NaN otherwise. */
function paxSize(value: string): number {
  return /^[0-9]{1,16}$/.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : Number.NaN;
}

/** A name as a warning quotes it: at most this many characters (a 1 MiB name is not printed). */
const QUOTED_NAME = 200;
function quoted(name: string): string {
  return JSON.stringify(name.length > QUOTED_NAME ? `${name.slice(0, QUOTED_NAME)}…` : name);
}

/** Members refused for their name that are each named in a warning; the rest are counted in one last warning. */
const REFUSED_NAMED = 20;

/**
 * Bytes from a stream, exactly as asked, with the offset reached. A stream that fails part-way (a .tgz cut short
 * or damaged: `StreamDamage`) ends there, what came before it handed out as from a .tar cut at that byte; the
 * damage is kept for its own warning.
 */
class ByteReader {
  offset = 0;
  damage: StreamDamage | undefined;
  private buffered: Uint8Array[] = [];
  private bufferedBytes = 0;
  private done = false;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  private async fill(n: number): Promise<void> {
    while (this.bufferedBytes < n && !this.done) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await this.source.next();
      } catch (err) {
        if (!(err instanceof StreamDamage)) throw err;
        this.damage = err;
        this.done = true;
        break;
      }
      if (next.done) this.done = true;
      else if (next.value.length) {
        this.buffered.push(next.value);
        this.bufferedBytes += next.value.length;
      }
    }
  }

  /** Up to `n` bytes (fewer only at the end of the stream). */
  async read(n: number): Promise<Uint8Array> {
    await this.fill(n);
    const take = Math.min(n, this.bufferedBytes);
    const out = new Uint8Array(take);
    let filled = 0;
    while (filled < take) {
      const first = this.buffered[0]!;
      const part = Math.min(first.length, take - filled);
      out.set(first.subarray(0, part), filled);
      filled += part;
      if (part === first.length) this.buffered.shift();
      else this.buffered[0] = first.subarray(part);
    }
    this.bufferedBytes -= take;
    this.offset += take;
    return out;
  }

  /** The next pieces of up to `n` bytes in all, as they come (a member's content, streamed). */
  async *pieces(n: number): AsyncGenerator<Uint8Array> {
    let left = n;
    while (left > 0) {
      const piece = await this.read(Math.min(left, 1024 * 1024));
      if (piece.length === 0) return;
      left -= piece.length;
      yield piece;
    }
  }
}

/** Types whose members hold no data to read: links, devices, folders, FIFOs, a volume label, a GNU dump folder. */
const NO_DATA_TYPES = new Set(['1', '2', '3', '4', '5', '6', 'V', 'D']);

/**
 * The member a header names: its name (a pax `path`, a GNU long name, else the header's prefix and name) and size
 * (a pax `size`, else the header's), and whether it is sparse; the extension headers before it are used up.
 */
function memberOf(scan: TarScan, header: Uint8Array, size: number, type: string) {
  const prefix = text(header, 345, 155);
  const member =
    scan.pax?.get('path') ?? scan.longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
  const paxSaid = scan.pax?.get('size');
  const memberSize = paxSaid === undefined ? size : paxSize(paxSaid);
  const sparse = type === 'S' || scan.pax?.has('GNU.sparse.major') || scan.pax?.has('GNU.sparse.map');
  scan.longName = undefined;
  scan.pax = undefined;
  return { member: member.replace(/^\.\//, ''), memberSize, sparse };
}

/**
 * The log members of a tar stream, each handed to `read` (awaited) before the next is reached; what a member's
 * reader leaves unread is skipped. Every member left out is a warning handed to `onWarning` as it is met, naming
 * its byte: names refused, sparse or unknown members, a damaged header (skipped to the next valid one, as GNU tar
 * does), a cut archive. Archives concatenated after the end blocks are read on.
 */
export async function readTar(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  budget: ArchiveBudget,
  read: (member: InputSource) => Promise<void>,
  onWarning: (w: InputWarning) => void,
  separator: '/' | '\\' = '/',
): Promise<void> {
  const scan: TarScan = {
    bytes: new ByteReader(chunks[Symbol.asyncIterator]()),
    warn: (offset, message, code = 'tar-member-skipped', kind = 'other') =>
      onWarning({ code, file: name, offset, kind, message }),
    budgetLeft: budgetCheck(budget),
    refused: 0,
    refusedFirstAt: 0,
    ended: false,
  };
  const { bytes, warn } = scan;
  for (;;) {
    const at = scan.found ? scan.found.at : bytes.offset;
    const header = scan.found ? scan.found.block : await bytes.read(BLOCK);
    scan.found = undefined;
    if (header.length === 0) break;
    if (header.length < BLOCK) {
      if (!(scan.ended && header.every((b) => b === 0)))
        warn(
          at,
          `the archive is cut short at byte ${bytes.offset}, inside a header: the members before it were read`,
          'tar-cut-short',
          'skipped-record',
        );
      break;
    }
    if (header.every((b) => b === 0)) {
      scan.ended = true;
      scan.longName = undefined;
      scan.pax = undefined;
      continue;
    }
    if (!validHeader(header)) {
      await skipDamage(scan, at, 'its checksum is wrong');
      continue;
    }
    const size = number(header, 124, 12);
    if (Number.isNaN(size)) {
      await skipDamage(scan, at, 'its size is no number');
      continue;
    }
    scan.ended = false;
    const type = String.fromCharCode(header[156]!);
    if (type === 'L' || type === 'K' || type === 'x' || type === 'g') {
      if (await readExtensionHeader(scan, type, size, at)) continue;
      break;
    }
    const { member, memberSize, sparse } = memberOf(scan, header, size, type);
    if (Number.isNaN(memberSize)) {
      await skipDamage(scan, at, 'its pax size is no number');
      continue;
    }
    const take = takesMember(scan, member, memberSize, type, sparse, at);
    const readMember = async (content: AsyncIterable<Uint8Array>) => {
      budget.remainingInputs -= 1;
      budget.remainingBytes -= memberSize;
      const input = streamInput(`${name}${separator}${member.replace(/[\\/]/g, separator)}`, content);
      await read({ ...input, pathSeparator: separator });
    };
    if (!(await passMember(scan, at, member, memberSize, take ? readMember : undefined))) break;
  }
  const damage = bytes.damage;
  if (damage)
    onWarning({
      code: damage.warning,
      file: damage.file,
      offset: damage.position.offset,
      message: damage.message,
      kind: damage.warning === 'gzip-checksum' ? 'checksum' : 'other',
    });
  if (scan.refused > REFUSED_NAMED)
    warn(
      scan.refusedFirstAt,
      `${formatCount(scan.refused - REFUSED_NAMED)} more archive members skipped for their names (${formatCount(scan.refused)} in all, the first at byte ${scan.refusedFirstAt})`,
    );
}

/** Where `readTar` is in one tar stream, and what it has said. */
interface TarScan {
  bytes: ByteReader;
  warn: (offset: number, message: string, code?: WarningCode, kind?: InputWarning['kind']) => void;
  /** The GNU long name or pax records read for the next member. */
  longName?: string;
  pax?: Map<string, string>;
  /** Why a member of that many bytes is over the archive's budget (`budgetCheck`), or undefined. */
  budgetLeft: (size: number) => string | undefined;
  refused: number;
  refusedFirstAt: number;
  /** End blocks were met: what follows is a concatenated archive or data after the end. */
  ended: boolean;
  /** A header found by skipping damage, to be read next. */
  found?: { block: Uint8Array; at: number };
}

/** From a bad block, the next valid header (undefined at the end of the data). */
async function nextHeader(bytes: ByteReader): Promise<{ block: Uint8Array; at: number } | undefined> {
  for (;;) {
    const at = bytes.offset;
    const block = await bytes.read(BLOCK);
    if (block.length < BLOCK) return undefined;
    if (validHeader(block)) return { block, at };
  }
}

/** A damaged header at `at` (or data after the end blocks): skipped to the next valid header, and said. */
async function skipDamage(scan: TarScan, at: number, why: string): Promise<void> {
  scan.longName = undefined;
  scan.pax = undefined;
  const found = await nextHeader(scan.bytes);
  scan.found = found;
  const to = found?.at ?? scan.bytes.offset;
  const lost = `${formatCount(to - at)} bytes`;
  scan.warn(
    at,
    scan.ended
      ? found
        ? `${lost} after the archive's end blocks at byte ${at} hold no tar header: skipped to the archive that follows at byte ${to}`
        : `${lost} after the archive's end blocks at byte ${at} hold no tar header: not read`
      : found
        ? `a damaged header at byte ${at} (${why}): skipped ${lost} to the next valid header at byte ${to}; a member there was lost`
        : `a damaged header at byte ${at} (${why}): no valid header follows, the ${lost} after it were not read`,
    'tar-damaged',
    scan.ended ? 'other' : 'skipped-record',
  );
  scan.ended = false;
}

/**
 * A GNU long name or link name, or a pax header: the data is about the next member (a global one is ignored). False
 * when the archive is cut short inside it.
 */
async function readExtensionHeader(scan: TarScan, type: string, size: number, at: number): Promise<boolean> {
  const { bytes, warn } = scan;
  const padded = Math.ceil(size / BLOCK) * BLOCK;
  if (size > MAX_HEADER_DATA) {
    for await (const _ of bytes.pieces(padded)) {
      // skipped
    }
    if (bytes.offset < at + BLOCK + padded) {
      warn(at, `the archive is cut short at byte ${bytes.offset}: the members before it were read`, 'tar-cut-short');
      return false;
    }
    if (type !== 'K' && type !== 'g')
      warn(
        at,
        `a ${type === 'L' ? 'long name' : 'pax header'} of ${formatCount(size)} bytes at byte ${at} (over ${MAX_HEADER_DATA / 1024 ** 2} MiB): not kept; the member after it is read under its short name`,
        'tar-damaged',
      );
    if (type === 'L') scan.longName = undefined;
    if (type === 'x') scan.pax = undefined;
    return true;
  }
  const data = await bytes.read(padded);
  if (data.length < padded) {
    warn(at, `the archive is cut short at byte ${bytes.offset}: the members before it were read`, 'tar-cut-short');
    return false;
  }
  if (type === 'L') scan.longName = text(data, 0, size);
  else if (type === 'x') {
    const { records, badAt } = paxRecords(data.subarray(0, size));
    scan.pax = records;
    if (badAt !== undefined) {
      const byte = at + BLOCK + badAt;
      warn(
        byte,
        `a pax record at byte ${byte} (in the pax header at byte ${at}) has a wrong length: it and the records after it were not read; the member after it is read with the records before`,
        'tar-damaged',
      );
    }
  }
  return true;
}

/**
 * Whether a member is read: a log of a regular file, under a safe name, within the archive's budget; every log
 * left out is said (the refused names past the first few only counted).
 */
function takesMember(
  scan: TarScan,
  member: string,
  memberSize: number,
  type: string,
  sparse: boolean | undefined,
  at: number,
): boolean {
  const { warn } = scan;
  const regular = !sparse && (type === '0' || type === '\0' || type === '7');
  const lower = member.toLowerCase();
  const log = READ_ENDINGS.some((x) => lower.endsWith(x)) || isStateTextName(lower);
  if (log && !regular && !NO_DATA_TYPES.has(type))
    warn(
      at,
      sparse
        ? `archive member ${quoted(member)} at byte ${at} is a sparse file: not read; unpack the archive with tar and read the folder`
        : `archive member ${quoted(member)} at byte ${at} is of a type not read (${JSON.stringify(type)}): skipped`,
      'tar-member-skipped',
      'skipped-record',
    );
  if (!(regular && log)) return false;
  const unsafe = unsafeName(member);
  if (unsafe) {
    scan.refused++;
    if (scan.refused === 1) scan.refusedFirstAt = at;
    if (scan.refused <= REFUSED_NAMED) warn(at, `archive member ${quoted(member)} at byte ${at} skipped: ${unsafe}`);
    return false;
  }
  const overBudget = scan.budgetLeft(memberSize);
  if (overBudget) {
    warn(
      at,
      `archive member ${quoted(member)} at byte ${at} skipped: ${overBudget}`,
      'tar-member-skipped',
      'skipped-record',
    );
    return false;
  }
  return true;
}

/**
 * A member's data: handed to `read` when it is taken (what the reader leaves unread drained), else skipped; false
 * when the archive is cut short inside it.
 */
async function passMember(
  scan: TarScan,
  at: number,
  member: string,
  memberSize: number,
  read: ((content: AsyncIterable<Uint8Array>) => Promise<void>) | undefined,
): Promise<boolean> {
  const { bytes, warn } = scan;
  const start = bytes.offset;
  if (read) {
    const content = bytes.pieces(memberSize);
    await read(content);
    // What the member's reader left unread (a log it passed over) is skipped.
    for await (const _ of content) {
      // drained
    }
  }
  const end = start + Math.ceil(memberSize / BLOCK) * BLOCK;
  if (end > bytes.offset)
    for await (const _ of bytes.pieces(end - bytes.offset)) {
      // skipped
    }
  if (bytes.offset < end) {
    warn(
      at,
      `the archive is cut short at byte ${bytes.offset}, inside ${quoted(member)} (${memberSize} bytes said): the members before it were read${read ? ', and what it held up to the cut' : ''}`,
      'tar-cut-short',
      'skipped-record',
    );
    return false;
  }
  return true;
}
