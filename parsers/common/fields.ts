/**
 * How event fields are keyed, the same for every input format: EventData by name (a repeated name
 * gets `[1]`, `[2]`…), UserData leaves by element name (a repeated name keyed by its element path).
 */

export type Suffixes = Map<string, number>;

/**
 * Field names come from the log: `constructor` or `toString` must not read as present (inherited) and
 * `__proto__` must be a field like any other, not the object's prototype.
 */
export function hasField(data: Record<string, string>, key: string): boolean {
  return Object.hasOwn(data, key);
}

export function setField(data: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__')
    Object.defineProperty(data, key, { value, enumerable: true, writable: true, configurable: true });
  else data[key] = value;
}

/**
 * Adds a field; a repeated key keeps the first value, later ones get `[1]`, `[2]`… `suffixes` (one map
 * per event) remembers the next free suffix of each key, so a name repeated n times costs O(n), not O(n²).
 */
export function putField(data: Record<string, string>, key: string, value: string, suffixes: Suffixes): void {
  if (!hasField(data, key)) {
    setField(data, key, value);
    return;
  }
  let i = suffixes.get(key) ?? 1;
  while (hasField(data, `${key}[${i}]`)) i++;
  data[`${key}[${i}]`] = value;
  suffixes.set(key, i + 1);
}

export interface Leaf {
  /** Full element path below UserData (`X509Objects/Certificate/Subject/CN`). */
  path: string;
  /** The path of its parent element, '' at the top. */
  parent: string;
  name: string;
  value: string;
}

/**
 * Writes the UserData leaves keyed by element name. When a name repeats, the first occurrence keeps
 * the plain name and the others are keyed by their element path (`CertificateChain/ChainElement/Certificate`),
 * a path met again getting the occurrence number on its parent (`X509Objects/Certificate/Subject[2]/CN`).
 * Leaves are then written grouped by path (paths in order of first appearance), so a reader that folds
 * keys to their last segment sees, for each name, the last value of the last path holding it — the same
 * view a path-keyed XML flattening gives.
 */
export function flushLeaves(data: Record<string, string>, leaves: Leaf[]): void {
  let unique = true;
  if (leaves.length > 1) {
    const names = new Set<string>();
    for (const l of leaves) {
      if (names.has(l.name) || hasField(data, l.name)) {
        unique = false;
        break;
      }
      names.add(l.name);
    }
  } else {
    const [only] = leaves;
    if (only && hasField(data, only.name)) unique = false;
  }
  if (unique) {
    for (const l of leaves) setField(data, l.name, l.value);
    return;
  }
  const suffixes: Suffixes = new Map();
  const groups = new Map<string, Leaf[]>();
  for (const l of leaves) {
    const g = groups.get(l.path);
    if (g) g.push(l);
    else groups.set(l.path, [l]);
  }
  for (const g of groups.values()) {
    for (const [i, l] of g.entries()) {
      if (!hasField(data, l.name)) setField(data, l.name, l.value);
      else if (i === 0 && !hasField(data, l.path)) setField(data, l.path, l.value);
      else {
        const key = l.parent === '' ? l.name : `${l.parent}[${i + 1}]/${l.name}`;
        putField(data, key, l.value, suffixes);
      }
    }
  }
}
