/**
 * A known dialog or event text quoted inexactly (issue 60, round 27): what a user types from memory or cuts from a
 * screenshot ("Terminal server has exceeded maximum number of allowed connection", "the referenced account is
 * currently locked and may not be logged in to", "maximum number of allowed connections exceeded"), for every row of
 * the sentence tables at once, by one rule in every language the rows are written in.
 *
 * The rule:
 * - Texts are cut into content words as the approximate reading cuts them (nearest-text.ts `contentWords`: folded,
 *   four characters or more), a plural's "s" dropped ("connection" is "connections"), English's function words of
 *   four letters or more left out as its words of three are ("that were used" and "you used" are one wording:
 *   FUNCTION_WORDS); the negations are no content words: they are counted apart (below).
 * - Each word weighs by how rare it is across the rows (the log of one plus the number of meanings over the number of
 *   meanings whose texts hold it): "allowed", "exceeded", "referenced" say which dialog; "remote", "computer",
 *   "connect" say little.
 * - A row is aligned with the paste in order (a local alignment, the row's words against the paste's, linear in the
 *   paste: the rows' words are indexed once, only rows sharing rare words with the paste are aligned, each in one pass
 *   over the paste); a word of the row the paste lacks, a word of the paste inside the stretch that is not the row's,
 *   or a word moved, is one change each.
 * - Read as the whole text: the stretch carries at least FULL_FLOOR of the row's weight, with at most
 *   `maxChanges(words)` changes (one in five of its words).
 * - Read as a text cut at one end ("you already have a console session in progress", "The number of connections to
 *   this computer is limited"): the kept part is one end of the row with at most one change inside it, it carries at
 *   least CUT_FLOOR of the row's weight and CUT_WEIGHT in rare words, and the stretch stands at the paste's start or
 *   end or between quotes (the user quoted what the dialog showed, cut).
 * - The stretch must be what the paste says: at least half of the paste's content words (three quarters for a text cut
 *   at one end), unless the user quoted it (quotes around it, the prose around is theirs); a stretch inside a question
 *   the user asks, unquoted, is no quote; a word of the paste's own inside a cut copy's kept part, only where quoted.
 * - A negation decides the meaning: the stretch negates as often as the row's part it carries ("is no longer limited"
 *   is not the dialog "… is limited"), between the same words (a negation moved is a meaning changed), and a word
 *   changed for its opposite by a negating prefix ("valid" for "invalid") is a negation dropped.
 * - The row whose reading carries most wins; another row of another meaning carrying nearly as much
 *   (RIVAL_SHARE) makes it a guess: no reading.
 * - In every language the rows are written in (round 28): a list of one language's rows is read with that language's
 *   words (language-words.ts `quoteWords`): its function words left out as English's are, its negations counted (a
 *   Portuguese "no", "in the", is none; a French "n'est" is one), its negating prefixes ("niedostępny" for
 *   "dostępny"), the rare words weighed across that language's rows only, the paste cut into words as those rows are.
 */
import { languageWords, negationsOfWord, opposites } from '../languages/language-words.js';
import { contentWords, negations } from './nearest-text.js';

/** The share of a row's weight a stretch read as the whole text carries. */
const FULL_FLOOR = 0.75;
/** The share of a row's weight the kept part of a text cut at one end carries… */
const CUT_FLOOR = 0.45;
/** …and the weight of its words (about three words rare across the rows). */
const CUT_WEIGHT = 11;
/** Fewer words than this aligned is no reading. */
const MIN_WORDS = 4;
/** A rival of another meaning carrying this share of the best reading's weight makes it a guess. */
const RIVAL_SHARE = 0.92;
/** The share of the paste's words an unquoted stretch must be: a whole text, a text cut at one end. */
const PASTE_SHARE = 0.5;
const CUT_PASTE_SHARE = 0.75;
/**
 * A paste longer than this (characters) is no dialog retold with the user's few words around it, but a log or a page
 * pasted whole: never searched (what a reading there would set in motion is bounded too).
 */
const MAX_PASTE_CHARS = 2000;
/** A paste of more content words than this is no quote retyped (and never searched). */
const MAX_PASTE_WORDS = 1000;
/** The quotes a user puts around what a dialog said. */
const QUOTES = /["'\u201c\u201d\u2018\u2019\u00ab\u00bb\u300c\u300d]/u;

/**
 * English's function words of four letters or more (pronouns, auxiliaries, determiners, conjunctions and
 * prepositions: the closed classes of the standard English stop-word lists, such as the Snowball stemmer's English
 * list, https://snowballstem.org/algorithms/english/stop.txt): a dialog retold changes them freely, they say nothing
 * of which dialog.
 */
const FUNCTION_WORDS = new Set(
  (
    'that this these those there their theirs them they then than what which when where while with within without ' +
    'were have been being does doing done from into onto upon your yours ours over under about above after before ' +
    'again also only some such each both more most other very will would could should shall might must here just ' +
    'because since until unless whom whose itself myself yourself'
  ).split(' '),
);

/** The words a list's language sets apart: its function words, its negations, a word and its opposite. */
export interface QuoteWords {
  readonly functionWords: ReadonlySet<string>;
  /** How many negations a word is. */
  readonly negations: (token: string) => number;
  /** A word and its opposite by a negating prefix. */
  readonly opposites: (a: string, b: string) => boolean;
  /**
   * A reading must carry a word of the row's lead sentence (`leadWords`): for a language whose rows are a few dozen
   * meanings (the localized tables), where a word's rarity among them says less than among English's hundreds.
   */
  readonly restsOnLead?: true;
}

/** English's: its function words above, the negations of nearest-text.ts, its negating prefixes (below). */
const ENGLISH_WORDS: QuoteWords = {
  functionWords: FUNCTION_WORDS,
  negations,
  opposites: (a, b) => antonyms(a, b),
};

/** @cache each language's words for this reader (a pure function of language-words.ts's constant tables). */
const QUOTE_WORDS = new Map<string, QuoteWords>([['en', ENGLISH_WORDS]]);

/** A language's words as this reader uses them (language-words.ts). */
export function quoteWords(language: string): QuoteWords {
  let words = QUOTE_WORDS.get(language);
  if (!words) {
    const lexicon = languageWords(language);
    words = {
      functionWords: lexicon.functionWords,
      negations: (token) => negationsOfWord(token, lexicon),
      opposites: (a, b) => opposites(a, b, lexicon),
      restsOnLead: true,
    };
    QUOTE_WORDS.set(language, words);
  }
  return words;
}

/** The changes a whole text read by its words may carry: one in five of its words (a text of four words: none). */
function maxChanges(words: number): number {
  return Math.floor(words / 5);
}

export interface QuoteCandidate<T> {
  readonly item: T;
  /** The known text, as the row quotes it. */
  readonly text: string;
  /** What it means (a sentence id): two rows of the same meaning are no rivals. */
  readonly meaning: string;
}

export interface QuoteReading<T> {
  readonly item: T;
  /** The known text read. */
  readonly text: string;
  /** The share of its weight the paste carries. */
  readonly carried: number;
  /** Its words changed, missing or moved. */
  readonly changes: number;
  /** Only one end of it was kept. */
  readonly cut: boolean;
  /** The part of the known text the paste carries (all of it, or the end kept). */
  readonly kept: string;
}

/** A text as words: its content words, where each stands, and the negations before each. */
interface Words {
  readonly words: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** negBefore[k]: the negations before content word k (k = words.length: all). */
  readonly negBefore: readonly number[];
}

/** A plural's "s" dropped, both sides alike. */
function stem(word: string): string {
  return word.length >= 5 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** A text's content words with their places and the negations between them, in one pass. */
function wordsOf(text: string, lexicon: QuoteWords): Words {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const negBefore: number[] = [0];
  let negated = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}'\u2019]+/gu)) {
    const token = m[0];
    if (lexicon.negations(token) > 0) {
      negated++;
      negBefore[words.length] = negated;
      continue;
    }
    for (const word of contentWords(token)) {
      if (lexicon.functionWords.has(word)) continue;
      words.push(stem(word));
      starts.push(m.index);
      ends.push(m.index + token.length);
      negBefore[words.length] = negated;
    }
  }
  negBefore[words.length] = negated;
  return { words, starts, ends, negBefore };
}

/** The negations around content words a..b: after word a-1 and before word b+1. */
function negationsAround(w: Words, a: number, b: number): number {
  return (w.negBefore[b + 1] ?? 0) - (a > 0 ? (w.negBefore[a - 1] ?? 0) : 0);
}

/** The negations between content words a and b. */
function negationsBetween(w: Words, a: number, b: number): number {
  return (w.negBefore[b] ?? 0) - (w.negBefore[a] ?? 0);
}

interface Row<T> {
  readonly candidate: QuoteCandidate<T>;
  readonly words: Words;
  readonly weights: readonly number[];
  readonly total: number;
  readonly vocabulary: ReadonlySet<string>;
  /** own[k]: word k stands in the row's lead sentence (see `leadWords`). */
  readonly own: readonly boolean[];
}

interface Compiled<T> {
  readonly rows: readonly Row<T>[];
  /** For each word, the rows holding it. */
  readonly holders: ReadonlyMap<string, readonly number[]>;
  /** Each word's weight. */
  readonly weight: ReadonlyMap<string, number>;
  /** The words its language sets apart. */
  readonly lexicon: QuoteWords;
}

/** @cache each constant list compiled once (keyed weakly by the list). */
const compiledLists = new WeakMap<readonly QuoteCandidate<unknown>[], Compiled<unknown>>();

function compile<T>(candidates: readonly QuoteCandidate<T>[], lexicon: QuoteWords): Compiled<T> {
  const known = compiledLists.get(candidates) as Compiled<T> | undefined;
  if (known) return known;
  const texts = candidates.map((candidate) => ({ candidate, words: wordsOf(candidate.text, lexicon) }));
  const meaningsOf = new Map<string, Set<string>>();
  for (const { candidate, words } of texts)
    for (const w of words.words) meaningsOf.set(w, (meaningsOf.get(w) ?? new Set()).add(candidate.meaning));
  const meanings = new Set(candidates.map((c) => c.meaning)).size;
  const weight = new Map([...meaningsOf].map(([w, m]) => [w, Math.log(1 + meanings / m.size)]));
  const holders = new Map<string, number[]>();
  const own = leadWords(texts);
  const rows = texts.map(({ candidate, words }, i): Row<T> => {
    const vocabulary = new Set(words.words);
    for (const w of vocabulary) {
      const held = holders.get(w);
      if (held) held.push(i);
      else holders.set(w, [i]);
    }
    const weights = words.words.map((w) => weight.get(w) ?? 0);
    return { candidate, words, weights, total: weights.reduce((a, b) => a + b, 0), vocabulary, own: own[i] };
  });
  const list: Compiled<T> = { rows, holders, weight, lexicon };
  compiledLists.set(candidates, list as Compiled<unknown>);
  return list;
}

/**
 * For each row, which of its words stand in its lead sentence: its first sentence that no text of another meaning
 * holds (its set of words), the statement that says which dialog. A closing sentence dialogs end with ("Bitten Sie
 * Ihren Systemadministrator oder den technischen Support um Hilfe", "Contact your system administrator") or a title
 * several open with says nothing of which dialog: a reading must carry a word of the lead (as nearest-text.ts rests a
 * reading on a text's lead sentence).
 */
function leadWords(texts: readonly { candidate: QuoteCandidate<unknown>; words: Words }[]): boolean[][] {
  const keyed = texts.map(({ candidate, words }) => {
    const spans = [...candidate.text.matchAll(/[^.!?\n]+[.!?]*/gu)].map((m) => [m.index, m.index + m[0].length]);
    const sentence = words.starts.map((at) => spans.findIndex(([a, b]) => at >= a && at < b));
    const keys = spans.map((_, s) => [...new Set(words.words.filter((_, k) => sentence[k] === s))].sort().join(' '));
    return { meaning: candidate.meaning, sentence, keys };
  });
  const meanings = new Map<string, Set<string>>();
  for (const { meaning, keys } of keyed)
    for (const key of keys) if (key) meanings.set(key, (meanings.get(key) ?? new Set()).add(meaning));
  return keyed.map(({ sentence, keys }) => {
    const lead = keys.findIndex((key) => key !== '' && (meanings.get(key)?.size ?? 0) < 2);
    return sentence.map((s) => s === lead);
  });
}

/** One row aligned with the paste: the paste's stretch, the row's words it carries, its changes. */
interface Alignment {
  readonly first: number;
  readonly last: number;
  /** The row's indices aligned, in order. */
  readonly rowIndices: readonly number[];
  /** The paste's places aligned. */
  readonly pasteIndices: readonly number[];
  readonly weight: number;
  /** Paste words inside the stretch that are not aligned. */
  readonly extras: number;
}

/** What a word of the paste not in the row, inside the stretch, costs the alignment. */
const EXTRA_COST = 1.5;
/** What a word of the row the stretch skips costs (besides not carrying its weight). */
const SKIP_COST = 0.5;

/**
 * The best local alignment of a row's keys with the paste's (Smith–Waterman: each paste key once per row key, linear
 * in the paste, the row being a dialog's few words or units): a key matched scores its weight, a paste key not in the
 * row costs `extraCost`, a row key skipped `skipCost`. The moves (1 matched, 2 paste extra, 3 row skipped, 0 start) and
 * the cell the best alignment ends at, for a trace back; the script near quote (script-near-quote.ts) aligns by it too.
 */
export function bestLocalAlignment(
  rowKeys: readonly string[],
  weights: readonly number[],
  paste: readonly string[],
  extraCost: number,
  skipCost: number,
): { readonly move: Uint8Array; readonly m: number; readonly at: number } | undefined {
  const n = paste.length;
  const m = rowKeys.length;
  const score = new Float64Array((n + 1) * (m + 1));
  const move = new Uint8Array((n + 1) * (m + 1));
  let best = 0;
  let at = -1;
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) {
      const k = i * (m + 1) + j;
      const diag = paste[i - 1] === rowKeys[j - 1] ? score[k - m - 2] + weights[j - 1] : -1;
      const up = score[k - m - 1] - extraCost;
      const left = score[k - 1] - skipCost;
      const s = Math.max(0, diag, up, left);
      score[k] = s;
      move[k] = s === 0 ? 0 : s === diag ? 1 : s === up ? 2 : 3;
      if (s > best) [best, at] = [s, k];
    }
  return at < 0 ? undefined : { move, m, at };
}

/**
 * Whether a reading of another meaning scores `share` of the best one's over an overlapping stretch of the paste: the
 * best is then a guess (the word near quote and the script near quote, script-near-quote.ts, both refuse it).
 */
export function rivalOver<T extends { readonly row: { readonly candidate: { readonly meaning: unknown } } }>(
  read: readonly T[],
  top: T,
  share: number,
  score: (reading: T) => number,
  stretch: (reading: T) => { readonly first: number; readonly last: number },
): boolean {
  const best = stretch(top);
  return read.some((o) => {
    const at = stretch(o);
    return (
      o.row.candidate.meaning !== top.row.candidate.meaning &&
      score(o) >= share * score(top) &&
      at.first <= best.last &&
      best.first <= at.last
    );
  });
}

/** The best local alignment of a row's words with the paste's (bestLocalAlignment), traced back. */
function align(row: Row<unknown>, paste: readonly string[]): Alignment | undefined {
  const found = bestLocalAlignment(row.words.words, row.weights, paste, EXTRA_COST, SKIP_COST);
  return found && traceBack(row, found.move, found.m, found.at);
}

function traceBack(row: Row<unknown>, move: Uint8Array, m: number, end: number): Alignment {
  const rowIndices: number[] = [];
  const pasteIndices: number[] = [];
  let k = end;
  let first = 0;
  let extras = 0;
  let weight = 0;
  const last = Math.floor(end / (m + 1)) - 1;
  while (k > 0 && move[k] !== 0) {
    const i = Math.floor(k / (m + 1));
    const j = k % (m + 1);
    if (move[k] === 1) {
      rowIndices.push(j - 1);
      pasteIndices.push(i - 1);
      weight += row.weights[j - 1];
      first = i - 1;
      k -= m + 2;
    } else if (move[k] === 2) {
      extras++;
      k -= m + 1;
    } else k -= 1;
  }
  return { first, last, rowIndices: rowIndices.reverse(), pasteIndices: pasteIndices.reverse(), weight, extras };
}

/** A row's alignment read: the paste's stretch, the row's part it carries and how. */
interface Judged {
  readonly first: number;
  readonly last: number;
  readonly carried: number;
  readonly weight: number;
  readonly changes: number;
  /** Which end of the row the copy cut away, if one. */
  readonly cut?: 'start' | 'end';
  /** The row's words carried, first and last. */
  readonly lo: number;
  readonly hi: number;
  /** The paste's own words inside the stretch. */
  readonly strangers: number;
}

/**
 * The row's words the alignment skipped that the paste holds next to the stretch or inside it (a word moved: one
 * change, its weight carried), and the stretch widened over those next to it.
 */
function movedWords(row: Row<unknown>, al: Alignment, paste: Words, lexicon: QuoteWords) {
  const missing = new Map<string, number[]>();
  const taken = new Set(al.rowIndices);
  for (const [j, w] of row.words.words.entries()) if (!taken.has(j)) missing.set(w, [...(missing.get(w) ?? []), j]);
  const moved: number[] = [];
  const take = (i: number) => {
    const js = missing.get(paste.words[i]);
    const j = js?.shift();
    if (j === undefined) return false;
    moved.push(j);
    return true;
  };
  const aligned = new Set(al.pasteIndices);
  let strangers = 0;
  let flipped = false;
  for (let i = al.first; i <= al.last; i++)
    if (!aligned.has(i) && !take(i)) {
      strangers++;
      flipped ||= [...missing.keys()].some((w) => lexicon.opposites(w, paste.words[i]));
    }
  let first = al.first;
  let last = al.last;
  const limit = maxChanges(row.words.words.length);
  while (first > 0 && moved.length < limit && take(first - 1)) first--;
  while (last < paste.words.length - 1 && moved.length < limit && take(last + 1)) last++;
  return { moved, strangers, first, last, flipped };
}

/**
 * Between each two words aligned, the paste negates as often as the row: a negation moved ("Licenses are available …
 * has not identified" for "Licenses are not available … has identified") is a meaning changed, though as many.
 */
function negationsInPlace(row: Words, paste: Words, al: Alignment): boolean {
  for (let k = 1; k < al.rowIndices.length; k++) {
    const inRow = negationsBetween(row, al.rowIndices[k - 1], al.rowIndices[k]);
    if (inRow !== negationsBetween(paste, al.pasteIndices[k - 1], al.pasteIndices[k])) return false;
  }
  return true;
}

/** A word and its opposite by a negating prefix ("valid" and "invalid", "available" and "unavailable"). */
function antonyms(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && NEGATING_PREFIXES.some((p) => long === p + short);
}

/** The prefixes that negate an English word: a word changed for its opposite is a negation added or dropped. */
const NEGATING_PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'non', 'dis'];

function judge(row: Row<unknown>, al: Alignment, paste: Words, lexicon: QuoteWords): Judged | undefined {
  const count = row.words.words.length;
  const { moved, strangers, first, last, flipped } = movedWords(row, al, paste, lexicon);
  if (flipped) return undefined;
  const carriedIndices = [...al.rowIndices, ...moved];
  if (carriedIndices.length < MIN_WORDS) return undefined;
  if (lexicon.restsOnLead && !carriedIndices.some((j) => row.own[j])) return undefined;
  const weight = al.weight + moved.reduce((n, j) => n + row.weights[j], 0);
  const carried = weight / Math.max(1, row.total);
  const lo = Math.min(...carriedIndices);
  const hi = Math.max(...carriedIndices);
  const changes = count - al.rowIndices.length + strangers;
  if (!negationsInPlace(row.words, paste, al)) return undefined;
  const pasteNegations = negationsAround(paste, first, last);
  if (carried >= FULL_FLOOR && changes <= maxChanges(count) && weight >= CUT_WEIGHT) {
    if (pasteNegations !== row.words.negBefore[count]) return undefined;
    return { first, last, carried, weight, changes, lo, hi, strangers };
  }
  // Cut at one end: the kept part is one end of the row, with at most one change inside it.
  if (lo > 0 === hi < count - 1) return undefined;
  // One change inside the kept part; a word of the paste's own there only where the user quoted it (`stands`).
  const inside = hi - lo + 1 - carriedIndices.length + moved.length + strangers;
  if (inside > 1 || carried < CUT_FLOOR || weight < CUT_WEIGHT) return undefined;
  if (pasteNegations > negationsAround(row.words, lo, hi) || pasteNegations < negationsBetween(row.words, lo, hi))
    return undefined;
  return { first, last, carried, weight, changes: inside, cut: lo > 0 ? 'start' : 'end', lo, hi, strangers };
}

/** The part of a row's text from its first word carried to its last. */
function keptText(row: Row<unknown>, j: Judged): string {
  return row.candidate.text.slice(row.words.starts[j.lo], row.words.ends[j.hi]);
}

/** How far from a stretch's word a quote around it is looked for (a short word, an ellipsis, a full stop between). */
const QUOTE_REACH = 12;

/**
 * Whether the gap of the paste's text between two offsets holds a quote next to the stretch: within QUOTE_REACH
 * characters of its side `near` (the gap's end before the stretch, its start after it), so a gap of any length costs
 * a few characters.
 */
function quoteIn(text: string, from: number, to: number, near: 'before' | 'after'): boolean {
  const slice =
    near === 'before'
      ? text.slice(Math.max(from, to - QUOTE_REACH), to)
      : text.slice(from, Math.min(to, from + QUOTE_REACH));
  return QUOTES.test(slice);
}

/**
 * Whether the stretch is what the paste says (see the rule above): quoted, or half the paste's words; never inside a
 * question asked unquoted; a text cut at one end, at the paste's start or end or quoted.
 */
function stands(text: string, paste: Words, j: Judged): boolean {
  const n = paste.words.length;
  const start = paste.starts[j.first];
  const end = paste.ends[j.last];
  const before = j.first > 0 ? paste.ends[j.first - 1] : 0;
  const after = j.last < n - 1 ? paste.starts[j.last + 1] : text.length;
  const opened = j.first === 0 || quoteIn(text, before, start, 'before');
  const closed = j.last === n - 1 || quoteIn(text, end, after, 'after');
  // A copy cut at one end: where it was cut, the paste ends (or the user's quote does).
  if ((j.cut === 'start' && !opened) || (j.cut === 'end' && !closed)) return false;
  const quoted = quoteIn(text, before, start, 'before') && quoteIn(text, end, after, 'after');
  // A word of the paste's own inside a cut copy's kept part: only in what the user quoted ("The number of incoming
  // connections to this computer is limited"), never in a bare fragment ("This user can sign in because …").
  if (j.cut && j.strangers > 0 && !quoted) return false;
  // Unquoted, the stretch is most of the paste: half of its words, three quarters for a text cut at one end.
  if (!quoted && j.last - j.first + 1 < n * (j.cut ? CUT_PASTE_SHARE : PASTE_SHARE)) return false;
  // The sentence's end after the stretch (looked for in the next few hundred characters only).
  const close = /[.!?\n]/u.exec(text.slice(end, Math.min(after, end + 200)));
  return quoted || close?.[0] !== '?';
}

/**
 * The one known text a paste quotes inexactly, or nothing (see the rule above). `candidates` must be a constant list
 * of one language's texts (its compiled form is kept), `lexicon` that language's words (English's by default).
 */
export function nearestQuote<T>(
  text: string,
  candidates: readonly QuoteCandidate<T>[],
  lexicon: QuoteWords = ENGLISH_WORDS,
): QuoteReading<T> | undefined {
  if (text.length > MAX_PASTE_CHARS) return undefined;
  const paste = wordsOf(text, lexicon);
  if (paste.words.length < MIN_WORDS || paste.words.length > MAX_PASTE_WORDS) return undefined;
  const { rows, holders, weight } = compile(candidates, lexicon);
  const shared = new Map<number, number>();
  for (const w of new Set(paste.words))
    for (const r of holders.get(w) ?? []) shared.set(r, (shared.get(r) ?? 0) + (weight.get(w) ?? 0));
  const read: { row: Row<T>; judged: Judged }[] = [];
  for (const [r, held] of shared) {
    const row = rows[r];
    if (held < CUT_WEIGHT || held < CUT_FLOOR * row.total) continue;
    const al = align(row, paste.words);
    const judged = al && judge(row, al, paste, lexicon);
    if (judged && stands(text, paste, judged)) read.push({ row, judged });
  }
  read.sort((a, b) => b.judged.carried - a.judged.carried || b.judged.weight - a.judged.weight);
  const top = read[0];
  if (!top) return undefined;
  if (
    rivalOver(
      read,
      top,
      RIVAL_SHARE,
      (o) => o.judged.carried,
      (o) => o.judged,
    )
  )
    return undefined;
  const { carried, changes, cut } = top.judged;
  return {
    item: top.row.candidate.item,
    text: top.row.candidate.text,
    carried,
    changes,
    cut: cut !== undefined,
    kept: keptText(top.row, top.judged),
  };
}
