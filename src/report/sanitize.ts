/**
 * The one output sanitizer. Text from logs is attacker-controlled; no character of it that a terminal, a
 * text viewer or `jq` would act on or hide may be written raw: controls (C0, DEL, C1: screen clears, OSC 52
 * clipboard writes, OSC 8 links, CR and BS that forge what is shown), format characters (bidi embeddings,
 * overrides, isolates, marks, the Arabic letter mark, zero-width characters) and the line and paragraph
 * separators. The set comes from Unicode's properties, not from a hand list.
 */
import { LAZY_FIELDS } from '../model/spill.js';

/** The characters, as the body of a `u` regular expression class. */
export const UNSAFE_CLASS = '\\p{Cc}\\p{Cf}\\p{Bidi_Control}\\p{Zl}\\p{Zp}';
const UNSAFE = new RegExp(`[${UNSAFE_CLASS}]`, 'gu');
const HAS_UNSAFE = new RegExp(`[${UNSAFE_CLASS}]`, 'u');

/** A character as `\xNN` (up to U+00FF) or `\uNNNN` / `\u{NNNNN}`: visible, and reads as what it was. */
function shown(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Every unsafe character is a C0 control, DEL or above it: a text of printable ASCII (most of a log) is passed by
 * this class, much cheaper than the Unicode ones.
 */
const MAYBE_UNSAFE = /[\x00-\x1f\x7f-\uffff]/;

/** A value from a log as text: every unsafe character, newlines included, shown escaped. */
export function escapeControls(text: string): string {
  return MAYBE_UNSAFE.test(text) && HAS_UNSAFE.test(text) ? text.replace(UNSAFE, shown) : text;
}

/**
 * A value (a report model) with every string passed through escapeControls; shared and cyclic references stay
 * shared. Only what holds a string that changes is copied (a fleet's model of hundreds of MB holds none, most
 * often): the rest is the value itself.
 */
export function escapeControlsDeep<T>(value: T): T {
  try {
    return escapedShared(value, new Map()) as T;
  } catch (err) {
    if (err !== CYCLE) throw err;
    return escapedCopy(value, new Map()) as T;
  }
}

/** Met again while its own fields were being escaped: the value itself cannot stand for it, so all is copied. */
const CYCLE = Symbol('cycle');
const IN_PROGRESS = Symbol('in progress');

function escapedShared(value: unknown, done: Map<object, unknown>): unknown {
  if (typeof value === 'string') return escapeControls(value);
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Map || value instanceof Set || value instanceof Date) return value;
  const known = done.get(value);
  if (known === IN_PROGRESS) throw CYCLE;
  if (known !== undefined) return known;
  const lazy = lazyFieldsOf(value);
  // What holds no object is in no cycle: remembered only when it changes (a fleet's model holds millions of them,
  // and a map that each goes into and out of again grows slow).
  if (!lazy) {
    const leaf = escapedFields(value, escapeLeafField);
    if (leaf !== HOLDS_OBJECTS) {
      if (leaf !== value) done.set(value, leaf);
      return leaf;
    }
  }
  done.set(value, IN_PROGRESS);
  const out = lazy ? escapedView(value, done) : escapedFields(value, (v) => escapedShared(v, done));
  done.set(value, out);
  return out;
}

/** What `escapeLeafField` gives for an object: the value holding it is not a leaf. */
const HOLDS_OBJECTS = Symbol('holds objects');
const escapeLeafField = (v: unknown): unknown =>
  typeof v === 'string' ? escapeControls(v) : typeof v === 'object' && v !== null ? HOLDS_OBJECTS : v;

/**
 * An array or object with each item or field passed through `escapeField`: the value itself, or a copy from the first
 * that changes (most change none); HOLDS_OBJECTS as soon as `escapeField` gives it.
 */
function escapedFields(value: object, escapeField: (v: unknown) => unknown): unknown {
  if (Array.isArray(value)) {
    let out = value;
    for (let i = 0; i < value.length; i++) {
      const x = escapeField(value[i]);
      if (x === HOLDS_OBJECTS) return x;
      if (x === value[i]) continue;
      if (out === value) out = value.slice();
      out[i] = x;
    }
    return out;
  }
  const fields = value as Record<string, unknown>;
  const keys = Object.keys(fields);
  let copy: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const v = fields[keys[i]!];
    const x = escapeField(v);
    if (x === HOLDS_OBJECTS) return x;
    if (x !== v && !copy) {
      copy = Object.create(Object.getPrototypeOf(value)) as Record<string, unknown>;
      for (let j = 0; j < i; j++) setOwn(copy, keys[j]!, fields[keys[j]!]);
    }
    if (copy) setOwn(copy, keys[i]!, x);
  }
  return copy ?? value;
}

/** On a view made by `escapedView`: the object it shows. */
const VIEWED = Symbol('viewed');
/** @cache the prototype of the views of objects of each prototype (`viewPrototypeOf`): a pure function of it. */
const viewPrototypes = new WeakMap<object, object>();

/**
 * An object whose prototype reads fields back from a spill (an attempt of a fleet put aside), through a view that
 * escapes each of those fields when it is read: escaping them all now would read the whole spill back, for a
 * report that shows a little of it. Its own fields are escaped now, as any object's. Each reading gives new
 * objects, as the object's own reading does.
 */
function escapedView(value: object, done: Map<object, unknown>): object {
  const view = Object.create(viewPrototypeOf(Object.getPrototypeOf(value))) as Record<string | symbol, unknown>;
  view[VIEWED] = value;
  for (const [k, v] of Object.entries(value)) setOwn(view, k, escapedShared(v, done));
  return view;
}

function viewPrototypeOf(prototype: object): object {
  const known = viewPrototypes.get(prototype);
  if (known) return known;
  const fields: PropertyDescriptorMap = {};
  for (const key of Reflect.ownKeys(prototype)) {
    const d = Object.getOwnPropertyDescriptor(prototype, key)!;
    if (key === LAZY_FIELDS)
      fields[key] = {
        get(this: Record<symbol, Record<symbol, unknown>>) {
          return this[VIEWED]![LAZY_FIELDS];
        },
      };
    else if (typeof key === 'string' && d.get)
      fields[key] = {
        get(this: Record<symbol, Record<string, unknown>>) {
          return escapedShared(this[VIEWED]![key], new Map());
        },
        // Set on the view, a field is the view's own (as on a copy).
        set(this: object, v: unknown) {
          Object.defineProperty(this, key, { value: v, writable: true, enumerable: true, configurable: true });
        },
        configurable: true,
      };
    // What else the object reads back (the events it holds in memory) the view does not show: it has its own.
    else if (d.get) fields[key] = { get: () => undefined, configurable: true };
    else fields[key] = d;
  }
  const made = Object.create(Object.getPrototypeOf(prototype), fields) as object;
  viewPrototypes.set(prototype, made);
  return made;
}

function escapedCopy(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value === 'string') return escapeControls(value);
  if (typeof value !== 'object' || value === null) return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(escapedCopy(item, seen));
    return out;
  }
  if (value instanceof Map || value instanceof Set || value instanceof Date) return value;
  const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(value));
  seen.set(value, out);
  for (const [k, v] of fieldsOf(value)) setOwn(out, k, escapedCopy(v, seen));
  return out;
}

/** An object's fields: its own, and those its prototype reads back from a spill. */
function fieldsOf(value: object): [string, unknown][] {
  return [...Object.entries(value), ...lazyEntries(value)];
}

/** The names of the fields an object's prototype reads back from a spill (`LAZY_FIELDS`), if any. */
function lazyFieldsOf(value: object): readonly string[] | undefined {
  const lazy = (value as { [LAZY_FIELDS]?: readonly string[] })[LAZY_FIELDS];
  return lazy?.length ? lazy : undefined;
}

/** The fields an object's prototype reads back from a spill (`LAZY_FIELDS`), that it has none of its own for. */
function lazyEntries(value: object): [string, unknown][] {
  const lazy = lazyFieldsOf(value);
  if (!lazy) return [];
  return lazy
    .filter((k) => !Object.hasOwn(value, k))
    .map((k): [string, unknown] => [k, (value as Record<string, unknown>)[k]])
    .filter(([, v]) => v !== undefined);
}

/** Sets a key of a copy; a key named `__proto__` (a field of a log) stays a key, not the prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** rdpdiag's own colours (`\x1b[1m`, `\x1b[31m`, `\x1b[0m`…): kept only where the output asked for colour. */
const OWN_COLOUR = /^\u001b\[\d{1,2}m/;

/**
 * A whole text output (a table, CSV, Markdown, a line on stderr) as it may be written: line ends (LF, and
 * CRLF as CSV ends its rows) kept, with `colour` rdpdiag's own SGR colour sequences kept, every other
 * unsafe character escaped. Renderers escape log values too (a newline in a value must not start a line);
 * this is the net every text output passes through on its way out.
 */
export function sanitizeText(text: string, colour = false): string {
  if (!HAS_UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (c: string, at: number, whole: string) => {
    if (c === '\n') return c;
    if (c === '\r' && whole.charCodeAt(at + 1) === 10) return c;
    if (c === '\u001b' && colour && OWN_COLOUR.test(whole.slice(at, at + 5))) return c;
    return shown(c);
  });
}

/**
 * A log value as text of a markup output (HTML): white space (tab, newline, CRLF) kept, as markup reads it, every
 * other unsafe character shown escaped (a bidi override would reorder what the browser shows, an ESC repaint a
 * terminal the page is printed on). The renderer escapes the markup's own characters after.
 */
export function escapeControlsInMarkup(text: string): string {
  if (!MAYBE_UNSAFE.test(text) || !HAS_UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (c: string, at: number, whole: string) =>
    c === '\n' || c === '\t' || (c === '\r' && whole.charCodeAt(at + 1) === 10) ? c : shown(c),
  );
}

const jsonEscape = (c: string): string => {
  let out = '';
  for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
};

/**
 * JSON text (from JSON.stringify) with DEL, C1, bidi and other format characters and the line and
 * paragraph separators as `\uXXXX` escapes: still valid JSON with the same values, and nothing raw reaches
 * a terminal through `| jq` or `cat`. Such characters occur only inside strings, so any JSON text may be
 * passed (a record, a line, a whole document); the `dump` writers call it on each string they quote.
 */
export function escapeJsonText(json: string): string {
  // Every character it escapes is above U+007E: a report (hundreds of MB) is searched for those with a class
  // much cheaper than the Unicode ones, and only the few found are tested against them.
  if (!BEYOND_ASCII.test(json)) return json;
  return json.replace(EACH_BEYOND_ASCII, (c) => (JSON_UNSAFE_CHARACTER.test(c) ? jsonEscape(c) : c));
}
/**
 * Any UTF-16 unit above U+007E (a surrogate too): without the `u` flag the search runs ten times faster, and it
 * finds a text to escape exactly when the `u` class would.
 */
const BEYOND_ASCII = /[^\x00-\x7e]/;
/** Each character above U+007E, a surrogate pair as one (what the `u` flag would match, found as fast as above). */
const EACH_BEYOND_ASCII = /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7e]/g;
/**
 * An unsafe character JSON.stringify leaves raw (it escapes only C0): DEL, C1, format characters, separators;
 * tested only on characters above U+007E, so C0 never is.
 */
const JSON_UNSAFE_CHARACTER = new RegExp(`^[${UNSAFE_CLASS}]$`, 'u');
