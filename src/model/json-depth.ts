/**
 * JSON values nested deeper than a reader will walk: a record of 5,000 nested arrays parses (JSON.parse
 * does not recurse) but every recursive walk after it (JSON.stringify, a mapper, a renderer) runs out of
 * stack. Readers map a record as it is and, only when that overflows, map it again with its values cut at
 * `MAX_VALUE_DEPTH` by this walk, which keeps its own stack.
 */

/** Levels of objects and arrays kept; no Windows event comes near (EventData is two or three). */
export const MAX_VALUE_DEPTH = 64;

/** What stands where a value nested deeper than the limit was cut. */
export const CUT_VALUE = '(nested too deep: cut)';

/** Did this error come from a walk that ran out of stack? */
export function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && /call stack/i.test(err.message);
}

/** A copy of `value` with every object or array below `max` levels replaced by `CUT_VALUE`; iterative. */
export function cutDeepValues(value: unknown, max = MAX_VALUE_DEPTH): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const copy = (v: object): Record<string, unknown> | unknown[] =>
    Array.isArray(v) ? v.slice() : Object.assign(Object.create(null) as Record<string, unknown>, v);
  const root = copy(value);
  const stack: [Record<string, unknown> | unknown[], number][] = [[root, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    const keys = Array.isArray(node) ? node.keys() : Object.keys(node).values();
    for (const k of keys) {
      const child = (node as Record<string, unknown>)[k as string];
      if (typeof child !== 'object' || child === null) continue;
      if (depth >= max) {
        (node as Record<string, unknown>)[k as string] = CUT_VALUE;
        continue;
      }
      const c = copy(child);
      (node as Record<string, unknown>)[k as string] = c;
      stack.push([c, depth + 1]);
    }
  }
  return root;
}
