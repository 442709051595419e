/**
 * Scans of the tokenizer's buffer, each a plain loop (no regular expression over the input): where the next `<Event`
 * starts (anywhere, or at the start of a line), where a start tag or a DOCTYPE ends, where a piece of a text run may end.
 */
/**
 * Where a piece of a text run that fills the buffer from `from` may end: the buffer's end, or the `&` of an entity
 * or character reference (at most 16 characters: `&#x0010FFFF;`) not yet closed there.
 */
export function textPieceEnd(buf: string, from: number): number {
  for (let i = buf.length - 1; i >= from && i > buf.length - 16; i--) {
    const c = buf.charCodeAt(i);
    if (c === 0x3b /* ; */) break;
    if (c === 0x26 /* & */) return i;
  }
  return buf.length;
}

export function findEventStart(buf: string, from: number): number {
  let i = buf.indexOf('<Event', from);
  while (i !== -1) {
    const c = buf.charCodeAt(i + 6);
    if (c === 0x20 || c === 0x3e || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f) return i;
    i = buf.indexOf('<Event', i + 6);
  }
  return -1;
}

/**
 * The first `<Event` in [from, before) that starts a line (only spaces or tabs before it on its line), or
 * -1. `before` = -1: up to the end of the buffer.
 */
export function findLineStartEvent(buf: string, from: number, before: number): number {
  const limit = before === -1 ? buf.length : before;
  let i = findEventStart(buf, from);
  while (i !== -1 && i < limit) {
    let j = i - 1;
    while (j >= from && (buf.charCodeAt(j) === 0x20 || buf.charCodeAt(j) === 0x09)) j--;
    if (j >= from && buf.charCodeAt(j) === 0x0a) return i;
    i = findEventStart(buf, i + 6);
  }
  return -1;
}

/** findTagEnd: a `<` met before the tag's `>` (never valid, not even inside an attribute value). */
export const TAG_HAS_LT = -2;

/** Index of the `>` closing a start tag that begins at `from`, skipping quoted attribute values. */
export function findTagEnd(buf: string, from: number): number {
  let quote = 0;
  for (let i = from, n = buf.length; i < n; i++) {
    const c = buf.charCodeAt(i);
    if (c === 0x3c) return TAG_HAS_LT;
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x3e) {
      return i;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    }
  }
  return -1;
}

export function findDoctypeEnd(buf: string, from: number): number {
  let depth = 0;
  for (let i = from; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (c === 0x5b) depth++;
    else if (c === 0x5d) depth--;
    else if (c === 0x3e && depth <= 0) return i;
  }
  return -1;
}
