/**
 * A cheap test before `folded.includes(word)` (issue #64): the tables look hundreds of folded words up in one folded
 * paste (localized.ts, message-texts.ts), and most are not in it. A word is in the paste only if its first and last
 * three characters are among the paste's three-character pieces, a set made once per paste: a word whose ends are not
 * there is passed over without a scan of the paste. The answer never changes: the test only skips words the paste
 * could not hold.
 */

/** The pieces of the last folded text asked (`piecesOf`). */
interface Pieces {
  readonly folded: string;
  readonly pieces: ReadonlySet<string>;
}

/** @cache the last folded paste's pieces (a pure function of the text): every table reads the same paste in turn. */
let last: Pieces | undefined;

/** The three-character pieces of a folded text (every one, overlapping): made once for the last text asked. */
function piecesOf(folded: string): ReadonlySet<string> {
  if (last?.folded === folded) return last.pieces;
  const pieces = new Set<string>();
  for (let i = 0; i + 3 <= folded.length; i++) pieces.add(folded.slice(i, i + 3));
  last = { folded, pieces };
  return pieces;
}

/** Whether a folded paste holds a folded word: as `folded.includes(word)`, most words passed over by their ends. */
export function foldedIncludes(folded: string, word: string): boolean {
  if (word.length > 3) {
    const pieces = piecesOf(folded);
    if (!pieces.has(word.slice(0, 3)) || !pieces.has(word.slice(-3))) return false;
  }
  return folded.includes(word);
}
