export interface ZipPart {
  name: string;
  data: Uint8Array;
  store?: boolean;
}

/** A zip of `entries`; `aliases` are more central-directory entries pointing at entry `of`'s data. */
export function buildZip(entries: ZipPart[], aliases?: { name: string; of: number }[]): Buffer;

/** A small XML export holding one LSM 21 logon, record `n`. */
export function smallLog(n: number): Buffer;
