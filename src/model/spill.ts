/**
 * Text put aside while a run goes on and read back by its handle: a temporary file in the CLI
 * (`src/platform/node/temp-spill.ts`), memory elsewhere. A fleet analyzed one computer at a time puts there what
 * only the report reads of each attempt (src/pipeline/by-computer.ts), so its memory is not that of its attempts.
 */
export interface Spill {
  /** Keeps `text`; the handle reads it back. */
  put(text: string): number;
  get(handle: number): string;
}

/** A spill in memory: the same round trip through text as a file's, for the page and the tests. */
export function memorySpill(): Spill {
  const texts: string[] = [];
  return {
    put: (text) => texts.push(text) - 1,
    get: (handle) => texts[handle]!,
  };
}

/**
 * On an object whose prototype reads some of its fields back from a spill (src/pipeline/spilled-attempts.ts): the
 * names of those fields, which `Object.keys` does not list, for what walks every field (the output sanitizer).
 */
export const LAZY_FIELDS: unique symbol = Symbol('fields read back');
