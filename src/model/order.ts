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
