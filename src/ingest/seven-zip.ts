/**
 * 7-Zip archives (`.7z`), how much public DFIR evidence and CTF exports ship: recognised by their signature, and read
 * through a 7-Zip already on the machine where the platform finds one (`SevenZipTool`, the CLI's
 * src/platform/node/seven-zip.ts): listed first, then each log member extracted as a stream, one at a time, under the
 * budgets of zip and tar. Without one (the page, a machine with no 7-Zip) refused with what to do. rdpdiag has no
 * decoder of its own: the WebAssembly build of 7-Zip on npm (`7z-wasm`) was weighed: it reads a whole archive into
 * an in-memory file system (no streaming, no per-entry budget before inflating) and carries 7-Zip's unRAR licence
 * clause; not taken.
 */
import type { InputWarning } from '../model/event.js';
import { InputFileError } from '../model/reader.js';
import { type InputSource, streamInput } from '../model/source.js';
import { type ArchiveBudget, budgetCheck, unsafeName } from './archive.js';
import { READ_ENDINGS } from './endings.js';

/** `7z¼¯'\x1c`: the first six bytes of every 7-Zip archive. */
const SIGNATURE = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];

/** The file starts as a 7-Zip archive does. */
export function isSevenZipHeader(head: Uint8Array): boolean {
  return head.length >= SIGNATURE.length && SIGNATURE.every((b, i) => head[i] === b);
}

/** What a `.7z` given or found is told: what it is, and how to hand its logs to rdpdiag. */
export const SEVEN_ZIP_REFUSAL =
  'a 7-Zip archive (.7z): rdpdiag does not read inside .7z files; extract it first, then give rdpdiag the folder: `7z x <file>.7z -ologs` (7-Zip, p7zip) or `tar -xf <file>.7z -C logs` (the bsdtar of macOS and Windows 10 and later; libarchive-tools on Linux)';

/**
 * A 7-Zip found on the machine (`7zz`, `7z`, `7za`, or libarchive's `bsdtar`), as the platform hands it over
 * (src/platform/node/seven-zip.ts): the core lists and reads through it, never writing a member to disk itself.
 */
export interface SevenZipTool {
  /** Its name, as messages say it (`7z`). */
  readonly name: string;
  /**
   * The archive's members, or an Error whose message says why it cannot be listed (damaged, not a 7-Zip archive,
   * its headers encrypted). `source` is the archive as an input (a file, or a member of another archive).
   */
  list(source: InputSource, maxBytes: number): Promise<SevenZipListing>;
}

export interface SevenZipListing {
  members: readonly SevenZipMember[];
  /** One member's bytes as it is extracted, stopped once `maxBytes` have come (then an Error is thrown). */
  extract(member: SevenZipMember, maxBytes: number): AsyncIterable<Uint8Array>;
  /** Releases what the listing holds (a temporary copy of a nested archive). */
  close(): Promise<void>;
}

export interface SevenZipMember {
  name: string;
  /** Its unpacked size as listed; undefined where the tool does not say. */
  size: number | undefined;
  /** Its packed size where the listing gives one (a solid block gives it on its first member only). */
  packedSize: number | undefined;
  encrypted: boolean;
  folder: boolean;
}

/** A member refused: its warning. */
function skipped(archive: string, member: string, why: string): InputWarning {
  return {
    code: 'archive-member-skipped',
    file: archive,
    kind: 'other',
    message: `archive member ${JSON.stringify(member)} skipped: ${why}`,
  };
}

/**
 * The logs of a `.7z` (and the archives in it) as inputs read one at a time through the tool, under the budget zip
 * and tar share: names that leave the archive, encrypted members, more bytes or members than the budget allows, a
 * member that says it expands more than the ratio limit are warnings; a member that unpacks to more than it said, or
 * past the budget, stops there. An archive the tool cannot list is an InputFileError naming the tool's reason.
 */
export async function openSevenZip(
  source: InputSource,
  tool: SevenZipTool,
  budget: ArchiveBudget,
  separator: '/' | '\\' = '/',
): Promise<{ inputs: InputSource[]; warnings: InputWarning[]; close(): Promise<void> }> {
  const name = source.name;
  let listing: SevenZipListing;
  try {
    listing = await tool.list(source, budget.remainingBytes);
  } catch (err) {
    throw new InputFileError(name, `${tool.name} cannot list this 7-Zip archive: ${(err as Error).message}`);
  }
  const warnings: InputWarning[] = [];
  const inputs: InputSource[] = [];
  if (listing.members.length > budget.limits.maxEntries)
    throw new InputFileError(
      name,
      `the archive lists more than ${budget.limits.maxEntries} members (the limit); unpack it and read the folder`,
    );
  let declared = 0;
  const budgetLeft = budgetCheck(budget);
  const sorted = [...listing.members].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const member of sorted) {
    if (member.folder) continue;
    const unsafe = unsafeName(member.name);
    if (unsafe) {
      warnings.push(skipped(name, member.name, unsafe));
      continue;
    }
    const lower = member.name.toLowerCase();
    if (!READ_ENDINGS.some((x) => lower.endsWith(x))) continue;
    if (member.encrypted) {
      warnings.push(skipped(name, member.name, 'encrypted (unpack it with its password first)'));
      continue;
    }
    const size = member.size ?? 0;
    const ratio = member.packedSize ? size / Math.max(1, member.packedSize) : 0;
    if (size >= budget.limits.ratioFloorBytes && ratio > budget.limits.maxRatio) {
      warnings.push(
        skipped(
          name,
          member.name,
          `it would expand ${Math.round(ratio)} times (${size} bytes from ${member.packedSize}): a bomb, not a log`,
        ),
      );
      continue;
    }
    const overBudget = budgetLeft(declared + size);
    if (overBudget) {
      warnings.push(skipped(name, member.name, overBudget));
      continue;
    }
    budget.remainingInputs -= 1;
    declared += size;
    const input = `${name}${separator}${member.name.replace(/[\\/]/g, separator)}`;
    inputs.push({ ...streamInput(input, budgeted(input, listing, member, budget)), pathSeparator: separator });
  }
  return { inputs, warnings, close: () => listing.close() };
}

/** A member's bytes, counted against the budget and its listed size as they come. */
async function* budgeted(
  input: string,
  listing: SevenZipListing,
  member: SevenZipMember,
  budget: ArchiveBudget,
): AsyncGenerator<Uint8Array> {
  const limit = Math.min(budget.remainingBytes, member.size ?? budget.remainingBytes);
  let got = 0;
  try {
    for await (const piece of listing.extract(member, limit + 1)) {
      got += piece.length;
      budget.remainingBytes -= piece.length;
      if (got > limit)
        throw new InputFileError(
          input,
          member.size !== undefined && got > member.size
            ? `unpacks to more than the ${member.size} bytes it is listed with; stopped there`
            : `the archive unpacks to more than ${Math.round(budget.limits.maxTotalBytes / 1024 ** 2)} MiB; stopped there`,
        );
      yield piece;
    }
  } catch (err) {
    if (err instanceof InputFileError) throw err;
    throw new InputFileError(input, `7-Zip could not extract it: ${(err as Error).message}`);
  }
}
