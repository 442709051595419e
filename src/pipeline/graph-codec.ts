/**
 * A graph of plain data (what `diagnoseComputers` hands the fleet pass: attempts, their events, evidence, findings)
 * as a JSON value and back, object identity kept: an object reached twice (an event an attempt holds and a cause
 * cites, the attempt a session takeover names) is written once and referenced, so the fleet pass and the report see
 * one object, as in the run that made it. Kept too: `undefined`, non-finite numbers, null-prototype objects and the
 * evidence's event (`EVIDENCE_EVENT`, a symbol key). Anything else (a Map, a class instance, a function) is refused:
 * what a shard writes must read back as it was.
 *
 * Markers are keys that begin with `~` (`~d` a definition, `~r` a reference, `~u` undefined, `~n` a number JSON
 * cannot hold, `~0` no prototype, `~e` the evidence's event); a key from the logs that begins with `~` is written
 * with one more.
 */
import { EVIDENCE_EVENT } from '../model/attempt.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export class GraphCodecError extends Error {}

/** `value` as JSON data, each object reached more than once written once (`~d`) and referenced after (`~r`). */
export function encodeGraph(value: unknown): Json {
  const reached = new Map<object, number>();
  const count = (v: unknown): void => {
    if (typeof v !== 'object' || v === null) return;
    const n = reached.get(v);
    reached.set(v, (n ?? 0) + 1);
    if (n !== undefined) return;
    if (Array.isArray(v)) for (const x of v) count(x);
    else {
      for (const k of Object.keys(v)) count((v as Record<string, unknown>)[k]);
      if (EVIDENCE_EVENT in v) count((v as { [EVIDENCE_EVENT]: unknown })[EVIDENCE_EVENT]);
    }
  };
  count(value);
  const ids = new Map<object, number>();
  const encode = (v: unknown): Json => {
    switch (typeof v) {
      case 'string':
      case 'boolean':
        return v;
      case 'number':
        return Number.isFinite(v) && !Object.is(v, -0) ? v : { '~n': String(Object.is(v, -0) ? '-0' : v) };
      case 'undefined':
        return { '~u': 1 };
      case 'object': {
        if (v === null) return null;
        const id = ids.get(v);
        if (id !== undefined) return { '~r': id };
        const shared = (reached.get(v) ?? 0) > 1;
        if (shared) ids.set(v, ids.size);
        const body = Array.isArray(v) ? v.map(encode) : encodeObject(v);
        return shared ? { '~d': ids.get(v)!, '~v': body } : body;
      }
      default:
        throw new GraphCodecError(`cannot write a ${typeof v}`);
    }
  };
  const encodeObject = (v: object): Json => {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null)
      throw new GraphCodecError(
        `cannot write a ${(v as { constructor?: { name?: string } }).constructor?.name ?? 'object'}`,
      );
    const out: Record<string, Json> = Object.create(null);
    if (proto === null) out['~0'] = 1;
    for (const k of Object.keys(v)) out[k.startsWith('~') ? `~${k}` : k] = encode((v as Record<string, unknown>)[k]);
    if (EVIDENCE_EVENT in v) out['~e'] = encode((v as { [EVIDENCE_EVENT]: unknown })[EVIDENCE_EVENT]);
    return out;
  };
  return encode(value);
}

/** What `~n` may hold: the numbers `encodeGraph` writes so. */
const NUMBERS_JSON_CANNOT_HOLD = new Set(['NaN', 'Infinity', '-Infinity', '-0']);

/** A definition's number: what `encodeGraph` writes (0, 1, 2…), never a key like `__proto__` or `length`. */
function isId(id: unknown): id is number {
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0;
}

/** Short texts kept once across the values decoded (`decodeGraph`'s `intern`), up to this many. */
const INTERNED = 200_000;
/** Texts of at most this length are interned: names, channels, codes; not messages. */
const INTERN_LENGTH = 48;

/**
 * What `encodeGraph` wrote, as it was. `intern`: short texts met before (names, channels, users, across every
 * graph decoded with the same map) are the same string, as they are where a run's reader shares them.
 */
export function decodeGraph(json: unknown, intern?: Map<string, string>): unknown {
  return graphDecoder(intern)(json);
}

/**
 * `decodeGraph` over the pieces of one graph given one after another, in the order `encodeGraph` wrote them (a
 * shard line read a piece at a time, shard-long-line.ts): a piece may reference what an earlier one defined.
 */
export function graphDecoder(intern?: Map<string, string>): (json: unknown) => unknown {
  const defined: unknown[] = [];
  const fill = (target: Record<string, unknown> | unknown[], body: unknown): void => {
    if (Array.isArray(target)) {
      if (!Array.isArray(body)) throw new GraphCodecError('a list is not one');
      for (const x of body) target.push(decode(x));
      return;
    }
    for (const k of Object.keys(body as object)) {
      const x = (body as Record<string, unknown>)[k];
      if (k === '~0') continue;
      if (k === '~e') {
        Object.defineProperty(target, EVIDENCE_EVENT, { value: decode(x) });
        continue;
      }
      if (k.startsWith('~') && !k.startsWith('~~')) throw new GraphCodecError(`unknown marker ${k}`);
      const key = k.startsWith('~') ? k.slice(1) : k;
      const value = decode(x);
      if (key === '__proto__')
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
      else target[key] = value;
    }
  };
  const make = (body: unknown): Record<string, unknown> | unknown[] =>
    Array.isArray(body) ? [] : (body as Record<string, unknown>)['~0'] === 1 ? Object.create(null) : {};
  const decode = (x: unknown): unknown => {
    if (typeof x === 'string' && intern && x.length <= INTERN_LENGTH) {
      const known = intern.get(x);
      if (known !== undefined) return known;
      if (intern.size < INTERNED) intern.set(x, x);
      return x;
    }
    if (typeof x !== 'object' || x === null) return x;
    if (Array.isArray(x)) return x.map(decode);
    const o = x as Record<string, unknown>;
    if (Object.hasOwn(o, '~r')) {
      const id = o['~r'];
      if (!isId(id) || !Object.hasOwn(defined, id)) throw new GraphCodecError(`a reference to ${String(id)} before it`);
      return defined[id];
    }
    if (Object.hasOwn(o, '~u')) return undefined;
    if (Object.hasOwn(o, '~n')) {
      if (!NUMBERS_JSON_CANNOT_HOLD.has(o['~n'] as string)) throw new GraphCodecError('a number marker of no number');
      return Number(o['~n']);
    }
    if (Object.hasOwn(o, '~d')) {
      const body = o['~v'];
      const id = o['~d'];
      if (typeof body !== 'object' || body === null) throw new GraphCodecError('a definition of nothing');
      if (!isId(id) || Object.hasOwn(defined, id)) throw new GraphCodecError(`a definition ${String(id)} again`);
      const target = make(body);
      defined[id] = target;
      fill(target, body);
      return target;
    }
    const target = make(o);
    fill(target, o);
    return target;
  };
  return decode;
}
