/**
 * How many terminal columns a text takes: string-width's measure (a CJK character two, a combining accent
 * none, an emoji two, a colour escape none), with printable ASCII, nearly every line, counted by its length.
 */
import stringWidth from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Colour escapes (SGR), as `paint` writes them: no column. */
const SGR = /(\u001b\[[0-9;]*m)/;

/** @cache one segmenter for every call (stateless). */
const graphemes = new Intl.Segmenter();

export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  if (text.length <= SEGMENT_WINDOW) return stringWidth(text);
  // A long text measured a window of whole graphemes at a time (string-width segments the whole text at once,
  // and the segmenter slows with the length of what it holds: quadratic on a 100,000-character value).
  let width = 0;
  for (const [i, part] of text.split(SGR).entries()) {
    if (i % 2 === 1) continue;
    let piece = '';
    for (const segment of segmentsOf(part)) {
      piece += segment;
      if (piece.length >= SEGMENT_WINDOW) {
        width += stringWidth(piece);
        piece = '';
      }
    }
    width += stringWidth(piece);
  }
  return width;
}

/**
 * The longest start of `text` that takes at most `room` columns (whole characters as seen, escapes kept), and
 * the rest; at least one character when there is one, so that a loop cutting a text always ends.
 */
export function splitAtWidth(text: string, room: number): [head: string, rest: string] {
  const [head] = cutIntoWidths(text, room, room, 1);
  return [head, text.slice(head.length)];
}

/**
 * `text` cut into pieces of at most `first` columns, then `room` each (whole characters, escapes kept, at least one
 * character a piece), in one pass: a loop calling splitAtWidth on what is left would measure the rest again after
 * each piece (quadratic on a long word). The last piece holds what is left; `most` pieces at most are cut.
 */
export function cutIntoWidths(text: string, first: number, room: number, most = Infinity): string[] {
  const pieces: string[] = [];
  let from = 0;
  if (PRINTABLE_ASCII.test(text)) {
    while (pieces.length < most && text.length - from > (pieces.length ? room : first)) {
      const n = Math.max(1, pieces.length ? room : first);
      pieces.push(text.slice(from, from + n));
      from += n;
    }
    pieces.push(text.slice(from));
    return pieces;
  }
  let used = 0;
  let end = 0;
  const parts = text.split(SGR);
  for (const [i, part] of parts.entries()) {
    if (i % 2 === 1) {
      end += part.length;
      continue;
    }
    for (const segment of segmentsOf(part)) {
      const w = stringWidth(segment);
      if (used + w > (pieces.length ? room : first) && end > from) {
        pieces.push(text.slice(from, end));
        from = end;
        used = 0;
        if (pieces.length >= most) return [...pieces, text.slice(from)];
      }
      used += w;
      end += segment.length;
    }
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** How much text the segmenter is given at once: its iterator slows with the length of the text it holds. */
const SEGMENT_WINDOW = 4096;

/**
 * The graphemes of `text`, segmented a window at a time (each window's last grapheme, which may go on past it,
 * segmented again with the next window): linear however long the text.
 */
function* segmentsOf(text: string): Generator<string> {
  let from = 0;
  while (from < text.length) {
    const end = Math.min(text.length, from + SEGMENT_WINDOW);
    let last = '';
    for (const { segment } of graphemes.segment(text.slice(from, end))) {
      if (last) yield last;
      last = segment;
    }
    if (end === text.length || last.length === end - from) {
      yield last;
      from = end;
    } else from = end - last.length;
  }
}

/** `text` padded with spaces to `width` columns (as `padEnd` does by UTF-16 units). */
export function padEndToWidth(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? text : text + ' '.repeat(width - w);
}

/** `text` cut to `room` columns, its end marked `…`. */
export function cutToWidth(text: string, room: number): string {
  if (displayWidth(text) <= room) return text;
  return `${splitAtWidth(text, Math.max(1, room - 1))[0]}…`;
}
