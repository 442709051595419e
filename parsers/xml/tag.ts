/**
 * A start tag read whole (its name, its attributes, their values' entity and character references decoded), and the
 * problem the tokenizer throws at markup it cannot read (`SyntaxProblem`).
 */
import type { TokenizerLimits } from './tokenizer.js';

export class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly at: number,
    /** false: well-formed, but over a work budget (the event is skipped, the input is not broken). */
    readonly malformed = true,
  ) {
    // Names quoted from the input are cut short: a 4 MiB tag must not make a 4 MiB warning.
    super(cutLongRuns(message, 100));
  }
}

/**
 * Each run of more than `max` characters other than space, `<`, `>` and `/` cut to its first `max` and `…`. A scan,
 * not a regular expression: a pattern over a run of megabytes overflows the regular expression engine's backtracking
 * stack once it is compiled to machine code (after a few uses), and the whole read failed with it.
 */
export function cutLongRuns(text: string, max: number): string {
  let out = '';
  let from = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3c || c === 0x3e || c === 0x2f) {
      if (i - runStart > max) {
        out += `${text.slice(from, runStart + max)}…`;
        from = i;
      }
      runStart = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

export function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon === -1 ? qname : qname.slice(colon + 1);
}

export function parseTag(
  inner: string,
  at: number,
  attrBudget: number,
  limits: TokenizerLimits,
): { name: string; attrs: Record<string, string>; count: number; attrLengths: Record<string, number> | undefined } {
  const maxAttributes = limits.maxAttributes;
  let attrLengths: Record<string, number> | undefined;
  let i = 0;
  const n = inner.length;
  while (i < n && !isSpace(inner.charCodeAt(i)) && inner.charCodeAt(i) !== 0x2f) i++;
  const qname = inner.slice(0, i);
  if (qname === '' || !isNameStart(qname.charCodeAt(0)))
    throw new SyntaxProblem(`invalid element name "${qname.slice(0, 40)}"`, at);
  const attrs: Record<string, string> = {};
  let count = 0;
  for (;;) {
    while (i < n && isSpace(inner.charCodeAt(i))) i++;
    if (i >= n) break;
    if (++count > attrBudget)
      throw new SyntaxProblem(`more than ${maxAttributes} attributes in one event; event skipped`, at, false);
    const eq = inner.indexOf('=', i);
    if (eq === -1) throw new SyntaxProblem(`attribute without a value in <${qname}>`, at);
    const attrName = inner.slice(i, eq).trim();
    let j = eq + 1;
    while (j < n && isSpace(inner.charCodeAt(j))) j++;
    const quote = inner[j];
    if (quote !== '"' && quote !== "'")
      throw new SyntaxProblem(`attribute ${attrName} of <${qname}> is not quoted`, at);
    const close = inner.indexOf(quote, j + 1);
    if (close === -1) throw new SyntaxProblem(`unterminated attribute ${attrName} of <${qname}>`, at);
    if (!attrName.startsWith('xmlns')) {
      // Kept to `maxConstruct` characters, its length said, as when the tag is read a piece at a time.
      const value = decodeEntities(inner.slice(j + 1, close), at);
      const local = localName(attrName);
      attrs[local] = value.length > limits.maxConstruct ? value.slice(0, limits.maxConstruct) : value;
      if (value.length > limits.maxConstruct) (attrLengths ??= {})[local] = value.length;
    }
    i = close + 1;
  }
  return { name: localName(qname), attrs, count, attrLengths };
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

export function isNameStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x3a || c > 0x7f;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Only the five predefined entities and character references; anything else is kept as written. */
export function decodeEntities(s: string, at = 0): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff)
        throw new SyntaxProblem(`invalid character reference ${whole}`, at);
      return String.fromCodePoint(code);
    }
    return PREDEFINED[ref] ?? whole;
  });
}
