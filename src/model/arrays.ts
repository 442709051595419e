/**
 * List helpers for a fleet's long lists: a spread call (`list.push(...items)`, `Math.min(...times)`) passes every
 * item as an argument, and past some hundred thousand the stack overflows.
 */

/** Appends every item to `target`; returns it. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** As `Math.min(...values)`: Infinity of none, NaN when one is. */
export function minOf(values: Iterable<number>): number {
  let least = Number.POSITIVE_INFINITY;
  for (const v of values) {
    if (Number.isNaN(v)) return Number.NaN;
    if (v < least) least = v;
  }
  return least;
}

/** As `Math.max(...values)`: -Infinity of none, NaN when one is. */
export function maxOf(values: Iterable<number>): number {
  let most = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (Number.isNaN(v)) return Number.NaN;
    if (v > most) most = v;
  }
  return most;
}

/** Appends `item` to the list `groups` holds under `key`, which it starts when there is none; returns that list. */
export function pushTo<K, T>(groups: Map<K, T[]>, key: K, item: T): T[] {
  const list = groups.get(key);
  if (list) list.push(item);
  else groups.set(key, [item]);
  return list ?? groups.get(key)!;
}

/** The index of the last item of `sorted` (ascending by `key`) whose key is at or before `x`, or -1: a binary search. */
export function lastAtOrBefore<T>(sorted: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid] as T) <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
