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

/** The spill's folder cannot be used (full, read-only, missing, not a folder): one line for the user, exit 2. */
export class SpillError extends Error {}

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

/**
 * On an attempt put aside: the events it holds in memory (the others are read back as copies, each of which names
 * its attempt under `EVENT_ATTEMPT`). What finds an event's attempt by the event itself looks in these.
 */
export const HELD_EVENTS: unique symbol = Symbol('events held');
/** On an event read back from a spill: the attempt it is an event of. */
export const EVENT_ATTEMPT: unique symbol = Symbol('attempt of the event');

/** The events of an attempt that are objects of their own in memory: all of them, unless it was put aside. */
export function heldEvents<E>(a: { events: readonly E[]; clientEvents: readonly E[] }): readonly E[] {
  return (a as { [HELD_EVENTS]?: readonly E[] })[HELD_EVENTS] ?? [...a.events, ...a.clientEvents];
}
