/**
 * JSON for text put aside and read back (a fleet's attempts in a temporary file: src/pipeline/spilled-attempts.ts),
 * without the repetitions JSON.stringify writes: each object's keys once per set of keys, each short string once.
 * `compactParse(compactStringify(v))` is `JSON.parse(JSON.stringify(v))`, key order and all; a connection's
 * records and events take a third of the room.
 *
 * The text is the JSON of `[shapes, tree]`: an object is `[n, …values]` with its keys in `shapes[n - 1]`, an array
 * `[0, …items]`; a short string is written `!text` where it first stands and `~n` (n in base 36, the n-th such
 * string) after; a long string starting with `!` or `~` gets a `~` before it.
 */

/** A string at most this long is written once; longer ones (messages, XML) seldom repeat. */
const SHORT = 256;

export function compactStringify(value: unknown): string {
  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const strings = new Map<string, string>();
  const string = (s: string): string => {
    if (s.length > SHORT) return s.charCodeAt(0) === 0x21 || s.charCodeAt(0) === 0x7e ? `~${s}` : s;
    const ref = strings.get(s);
    if (ref !== undefined) return ref;
    strings.set(s, `~${strings.size.toString(36)}`);
    return `!${s}`;
  };
  const encode = (v: unknown, key: string): unknown => {
    if (typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function')
      v = (v as { toJSON: (key: string) => unknown }).toJSON(key);
    if (v instanceof Number || v instanceof String || v instanceof Boolean) v = v.valueOf();
    if (typeof v === 'string') return string(v);
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) {
      const out: unknown[] = [0];
      for (let i = 0; i < v.length; i++) {
        const item = encode(v[i], String(i));
        out.push(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item);
      }
      return out;
    }
    const keys: string[] = [];
    const values: unknown[] = [];
    for (const k of Object.keys(v)) {
      const item = encode((v as Record<string, unknown>)[k], k);
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      keys.push(k);
      values.push(item);
    }
    const signature = JSON.stringify(keys);
    let shape = shapeIndex.get(signature);
    if (shape === undefined) {
      shape = shapes.push(keys);
      shapeIndex.set(signature, shape);
    }
    return [shape, ...values];
  };
  return JSON.stringify([shapes, encode(value, '')]);
}

export function compactParse(text: string): unknown {
  const [shapes, tree] = JSON.parse(text) as [string[][], unknown];
  const strings: string[] = [];
  const decode = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const c = v.charCodeAt(0);
      if (c === 0x21) {
        const s = v.slice(1);
        strings.push(s);
        return s;
      }
      if (c !== 0x7e) return v;
      const d = v.charCodeAt(1);
      return d === 0x21 || d === 0x7e ? v.slice(1) : strings[Number.parseInt(v.slice(1), 36)];
    }
    if (!Array.isArray(v)) return v;
    const n = v[0] as number;
    if (n === 0) {
      const out = new Array(v.length - 1);
      for (let i = 1; i < v.length; i++) out[i - 1] = decode(v[i]);
      return out;
    }
    const keys = shapes[n - 1]!;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const item = decode(v[i + 1]);
      if (k === '__proto__')
        Object.defineProperty(out, k, { value: item, enumerable: true, writable: true, configurable: true });
      else out[k] = item;
    }
    return out;
  };
  return decode(tree);
}
