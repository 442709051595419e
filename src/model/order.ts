import type { NormalizedEvent } from './event.js';

/**
 * The order of names and ids in reports: letters compared without case, then lower case first, by UTF-16
 * code unit otherwise: the order `localeCompare` gives host names and ids, but the same on every machine
 * (`localeCompare` follows the machine's locale, and setting up its collator costs a one-shot run ~20 ms).
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? 1 : -1;
}

/** Sorts events by time (stably), unless they already are: they mostly arrive in timeline order. */
export function sortByTime(list: NormalizedEvent[]): void {
  for (let i = 1; i < list.length; i++)
    if (list[i].timeMs < list[i - 1].timeMs) {
      list.sort((x, y) => x.timeMs - y.timeMs);
      return;
    }
}

/**
 * Two lists in time order as one; at the same moment `first`'s events first (as a stable sort of both gives).
 * `mergeTwo` by time, with the times compared inline: evidence ownership merges tens of thousands of events
 * here in a run too short for a comparator call to be optimized.
 */
export function mergeTwoByTime(
  first: readonly NormalizedEvent[],
  second: readonly NormalizedEvent[],
): NormalizedEvent[] {
  const out: NormalizedEvent[] = new Array(first.length + second.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < first.length && j < second.length)
    out[k++] = first[i].timeMs <= second[j].timeMs ? first[i++] : second[j++];
  while (i < first.length) out[k++] = first[i++];
  while (j < second.length) out[k++] = second[j++];
  return out;
}

/** Two lists each in `compare`'s order as one; on a tie `first`'s event first. */
export function mergeTwo<T>(first: readonly T[], second: readonly T[], compare: (x: T, y: T) => number): T[] {
  const out: T[] = new Array(first.length + second.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < first.length && j < second.length) out[k++] = compare(first[i], second[j]) <= 0 ? first[i++] : second[j++];
  while (i < first.length) out[k++] = first[i++];
  while (j < second.length) out[k++] = second[j++];
  return out;
}

/**
 * Lists each in time order as one, in time order; on equal times the earlier list's events first.
 * Pairwise, in rounds (linear per round, as many rounds as the log of the list count).
 */
export function mergeByTime(lists: readonly (readonly NormalizedEvent[])[]): NormalizedEvent[] {
  if (lists.length <= 1) return [...(lists[0] ?? [])];
  let round = lists;
  while (round.length > 1) {
    const next: (readonly NormalizedEvent[])[] = [];
    for (let l = 0; l + 1 < round.length; l += 2) next.push(mergeTwoByTime(round[l], round[l + 1]));
    if (round.length % 2) next.push(round[round.length - 1]);
    round = next;
  }
  return round[0] as NormalizedEvent[];
}

/** Spans sorted and merged where they overlap (sorts `list` in place). */
export function mergeSpans(list: [number, number][]): [number, number][] {
  list.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of list) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}
