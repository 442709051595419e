/** Tiny helpers that turn a readonly entry array into a lookup. No knowledge lives here. */
import { parseCodeValue } from './parse.js';
import type { CodeEntry, CodeMatch, CodeRange } from './types.js';

export function indexByCode<T extends { readonly code: number }>(entries: readonly T[]): ReadonlyMap<number, T> {
  const map = new Map<number, T>();
  for (const e of entries) {
    if (map.has(e.code)) throw new Error(`duplicate code ${e.code} in a code table`);
    map.set(e.code, e);
  }
  return map;
}

/** Build `lookup(code)` for a table: accepts any form `parseCode` accepts; unknown → undefined. */
export function makeLookup<T extends { readonly code: number }>(
  entries: readonly T[],
): (code: string | number) => T | undefined {
  const index = indexByCode(entries);
  return (code) => {
    const value = parseCodeValue(code);
    return value === undefined ? undefined : index.get(value);
  };
}

/** Like makeLookup, but falls back to the first range that contains the value. */
export function makeRangeLookup(
  entries: readonly CodeEntry[],
  ranges: readonly CodeRange[],
): (code: string | number) => CodeMatch | undefined {
  const index = indexByCode(entries);
  return (code) => {
    const value = parseCodeValue(code);
    if (value === undefined) return undefined;
    const exact = index.get(value);
    if (exact) return exact;
    const r = ranges.find((x) => value >= x.from && value <= x.to);
    if (!r) return undefined;
    const { from, to, ...rest } = r;
    return { ...rest, code: value, range: { from, to } };
  };
}
