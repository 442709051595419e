/**
 * How many terminal columns a text takes: string-width's measure (a CJK character two, a combining accent
 * none, an emoji two, a colour escape none), with printable ASCII, nearly every line, counted by its length.
 */
import stringWidth from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** @cache one segmenter for every call (stateless). */
const graphemes = new Intl.Segmenter();

export function displayWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/**
 * The longest start of `text` that takes at most `room` columns (whole characters as seen, escapes kept), and
 * the rest; at least one character when there is one, so that a loop cutting a text always ends.
 */
export function splitAtWidth(text: string, room: number): [head: string, rest: string] {
  if (PRINTABLE_ASCII.test(text)) return [text.slice(0, Math.max(1, room)), text.slice(Math.max(1, room))];
  let used = 0;
  let end = 0;
  const pieces = text.split(/(\u001b\[[0-9;]*m)/); // colour escapes (SGR), as `paint` writes them: no column
  for (const [i, piece] of pieces.entries()) {
    if (i % 2 === 1) {
      end += piece.length;
      continue;
    }
    for (const { segment } of graphemes.segment(piece)) {
      const w = stringWidth(segment);
      if (used + w > room && end > 0) return [text.slice(0, end), text.slice(end)];
      used += w;
      end += segment.length;
    }
  }
  return [text, ''];
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
