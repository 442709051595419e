/**
 * 7-Zip archives (`.7z`), how much public DFIR evidence and CTF exports ship: recognised by their signature and
 * refused with what to do, since reading one well (streamed, under the budgets of zip and tar, in the page too)
 * needs a decoder rdpdiag does not have yet. The WebAssembly build of 7-Zip on npm (`7z-wasm`) was weighed: it
 * reads a whole archive into an in-memory file system (no streaming, no per-entry budget before inflating) and
 * carries 7-Zip's unRAR licence clause; not taken.
 */

/** Its name's ending: picked up in folders and archives, to be refused by name rather than passed over. */
export const SEVEN_ZIP_ENDING = '.7z';

/** `7z¼¯'\x1c`: the first six bytes of every 7-Zip archive. */
const SIGNATURE = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];

/** The file starts as a 7-Zip archive does. */
export function isSevenZipHeader(head: Uint8Array): boolean {
  return head.length >= SIGNATURE.length && SIGNATURE.every((b, i) => head[i] === b);
}

/** What a `.7z` given or found is told: what it is, and how to hand its logs to rdpdiag. */
export const SEVEN_ZIP_REFUSAL =
  'a 7-Zip archive (.7z): rdpdiag does not read inside .7z files; extract it first, then give rdpdiag the folder: `7z x <file>.7z -ologs` (7-Zip, p7zip) or `tar -xf <file>.7z -C logs` (the bsdtar of macOS and Windows 10 and later; libarchive-tools on Linux)';
