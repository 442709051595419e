/**
 * One sanitizer for text from logs going to a terminal or a Markdown file: control characters (C0, DEL,
 * C1) and bidirectional overrides are shown escaped (`\x1b`, `\u202e`), never raw, so a log cannot clear
 * the screen, write the clipboard (OSC 52), hide a link (OSC 8), reorder text or forge a line.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HAS_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * A copy of a value (a report model) with every string passed through escapeControls; shared and cyclic
 * references stay shared. Strings without control characters are kept as they are.
 */
export function escapeControlsDeep<T>(value: T, seen = new Map<object, unknown>()): T {
  if (typeof value === 'string') return (HAS_UNSAFE.test(value) ? escapeControls(value) : value) as T;
  if (typeof value !== 'object' || value === null) return value;
  const done = seen.get(value);
  if (done !== undefined) return done as T;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(escapeControlsDeep(item, seen));
    return out as T;
  }
  if (value instanceof Map || value instanceof Set || value instanceof Date) return value;
  const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(value));
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) out[k] = escapeControlsDeep(v, seen);
  return out as T;
}
