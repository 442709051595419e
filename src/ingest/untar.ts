/**
 * .tar archives (ustar, pax and GNU long names; OTRF's Security-Datasets ship `.tar.gz`) read as if unpacked,
 * as a stream: each member is handed on as an input while the archive is read, never the whole archive in
 * memory. Hostile archives: the logs read and bytes unpacked share the archive budget (archive.ts), names that
 * climb out of the archive are refused, a header whose checksum is wrong or a cut archive stops the reading
 * with a warning naming the byte, keeping every member read before it.
 */
import type { InputWarning, WarningCode } from '../model/event.js';
import { type InputSource, streamInput } from '../model/source.js';
import { type ArchiveBudget, READ_ENDINGS, unsafeName } from './archive.js';

const BLOCK = 512;
/** A long name or pax header larger than this is no log archive's. */
const MAX_HEADER_DATA = 1024 * 1024;

/** Does the input start with a tar header (`ustar` at 257, POSIX or GNU)? */
export function isTarHeader(head: Uint8Array): boolean {
  if (head.length < BLOCK) return false;
  const magic = String.fromCharCode(...head.subarray(257, 262));
  return magic === 'ustar' && headerChecksumOk(head.subarray(0, BLOCK));
}

function text(block: Uint8Array, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return new TextDecoder().decode(end < 0 ? field : field.subarray(0, end));
}

/** A numeric field: octal text, or base-256 when its first byte has the high bit (GNU, sizes over 8 GiB). */
function number(block: Uint8Array, start: number, length: number): number {
  if (block[start]! & 0x80) {
    let n = block[start]! & 0x7f;
    for (let i = 1; i < length; i++) n = n * 256 + block[start + i]!;
    return n;
  }
  const t = text(block, start, length).trim();
  return t === '' ? 0 : Number.parseInt(t, 8);
}

function headerChecksumOk(block: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i]!;
  return number(block, 148, 8) === sum;
}

/** A pax extended header's records (`<len> key=value\n`). */
function paxRecords(data: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  const t = new TextDecoder().decode(data);
  for (let at = 0; at < t.length; ) {
    const space = t.indexOf(' ', at);
    const length = Number.parseInt(t.slice(at, space), 10);
    if (!(length > 0) || space < 0) break;
    const record = t.slice(space + 1, at + length - 1);
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return out;
}

/** Bytes from a stream, exactly as asked, with the offset reached. */
class ByteReader {
  offset = 0;
  private buffered: Uint8Array[] = [];
  private bufferedBytes = 0;
  private done = false;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  private async fill(n: number): Promise<void> {
    while (this.bufferedBytes < n && !this.done) {
      const next = await this.source.next();
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

/**
 * The log members of a tar stream, each handed to `read` (awaited) before the next is reached; what a member's
 * reader leaves unread is skipped. Returns the warnings: members refused, a damaged header, a cut archive.
 */
export async function readTar(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  budget: ArchiveBudget,
  read: (member: InputSource) => Promise<void>,
  separator: '/' | '\\' = '/',
): Promise<InputWarning[]> {
  const warnings: InputWarning[] = [];
  const warn = (offset: number, message: string, code: WarningCode = 'tar-member-skipped') =>
    warnings.push({ code, file: name, offset, kind: 'other', message });
  const bytes = new ByteReader(chunks[Symbol.asyncIterator]());
  let longName: string | undefined;
  let pax: Map<string, string> | undefined;
  let budgetSaid = false;
  for (;;) {
    const at = bytes.offset;
    const header = await bytes.read(BLOCK);
    if (header.length === 0) return warnings;
    if (header.length < BLOCK) {
      warn(
        at,
        `the archive is cut short at byte ${bytes.offset}, inside a header: the members before it were read`,
        'tar-cut-short',
      );
      return warnings;
    }
    if (header.every((b) => b === 0)) return warnings;
    if (!headerChecksumOk(header)) {
      warn(
        at,
        `a damaged header at byte ${at} (its checksum is wrong): reading stopped there, the members before it were read`,
        'tar-damaged',
      );
      return warnings;
    }
    const type = String.fromCharCode(header[156]!);
    const size = number(header, 124, 12);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    const prefix = text(header, 345, 155);
    let member = pax?.get('path') ?? longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
    const memberSize = Number(pax?.get('size') ?? size);
    if (type === 'L' || type === 'x' || type === 'g') {
      // A GNU long name or a pax header: the data is about the next member (a global one is ignored).
      if (size > MAX_HEADER_DATA) {
        warn(
          at,
          `a ${type === 'L' ? 'long name' : 'pax header'} of ${size} bytes at byte ${at}: not a log archive's; reading stopped there`,
          'tar-damaged',
        );
        return warnings;
      }
      const data = await bytes.read(padded);
      if (data.length < padded) {
        warn(at, `the archive is cut short at byte ${bytes.offset}: the members before it were read`, 'tar-cut-short');
        return warnings;
      }
      if (type === 'L') longName = text(data, 0, size);
      else if (type === 'x') pax = paxRecords(data.subarray(0, size));
      continue;
    }
    longName = undefined;
    pax = undefined;
    member = member.replace(/^\.\//, '');
    const regular = type === '0' || type === '\0' || type === '7';
    const lower = member.toLowerCase();
    let take = regular && READ_ENDINGS.some((x) => lower.endsWith(x));
    if (take) {
      const unsafe = unsafeName(member);
      if (unsafe) {
        warn(at, `archive member ${JSON.stringify(member)} skipped: ${unsafe}`);
        take = false;
      } else if (memberSize > budget.remainingBytes) {
        warn(
          at,
          `archive member ${JSON.stringify(member)} skipped: the archive would unpack to more than ${Math.round(budget.limits.maxTotalBytes / 1024 ** 2)} MiB (the limit); unpack it and read the folder`,
        );
        take = false;
      } else if (budget.remainingInputs <= 0) {
        warn(
          at,
          budgetSaid
            ? `archive member ${JSON.stringify(member)} skipped: over the limit of logs read from one archive`
            : `archive member ${JSON.stringify(member)} skipped: more than ${budget.limits.maxInputs} logs and archives in this archive and those within it (the limit); unpack it and read the folder`,
        );
        budgetSaid = true;
        take = false;
      }
    }
    const start = bytes.offset;
    if (take) {
      budget.remainingInputs -= 1;
      budget.remainingBytes -= memberSize;
      const content = bytes.pieces(memberSize);
      const input = streamInput(`${name}${separator}${member.replace(/[\\/]/g, separator)}`, content);
      await read({ ...input, pathSeparator: separator });
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
        `the archive is cut short at byte ${bytes.offset}, inside ${JSON.stringify(member)} (${memberSize} bytes said): the members before it were read${take ? ', and what it held up to the cut' : ''}`,
        'tar-cut-short',
      );
      return warnings;
    }
  }
}
