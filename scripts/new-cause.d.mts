/** The mark every part left to fill carries. */
export const TODO: string;
/** `rd-web-refused` → `rdWebRefused`. */
export function exportName(id: string): string;
/** `patterns/index.ts` with the pattern's import and its line in PATTERNS. */
export function withIndexLine(index: string, id: string): string;
/** Makes the cause's files under `root`; the paths written, relative to root. Throws on a bad or taken id. */
export function newCause(id: string, root: string): string[];
