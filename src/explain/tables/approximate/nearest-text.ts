/**
 * A known text found by most of its words, in any language: what a person does with a dialog retyped, remembered or
 * pasted from a Windows whose wording differs from Microsoft's page by a word ("Verbindung" for "Remoteverbindung"),
 * with its accents lost (é → e), typographic quotes and apostrophes, line breaks in the middle of a sentence, or the
 * sentence cut at either end by the copy.
 *
 * The rule, one for every language (English message texts, localized dialogs and events):
 * - Both texts are cut into content words: letters and digits folded as `foldText` folds them (case, accents,
 *   umlauts, ß), four characters or more; Japanese and Chinese runs, which have no spaces, as pairs of characters.
 * - A known text's sentence is read in the paste when, in the stretch of the paste that holds its words, at least
 *   NEAR_SHARE of the sentence's words are found and at least NEAR_SHARE of the stretch's words are the sentence's
 *   (both ways: the paste says that sentence, not another that shares its words).
 * - A sentence cut at either end by the copy: the stretch is at the paste's start or end, nearly all its words are
 *   the sentence's (CUT_STRETCH_SHARE), the part kept is one end of the sentence word for word (none of its words
 *   missing: a cut that also lost a word is two changes, no reading), and it holds at least CUT_MIN_SHARE of the
 *   sentence's words and CUT_MIN_WORDS words (in Japanese, CUT_MIN_WORDS pairs holding a kanji or a katakana: a kept
 *   end of hiragana pairs only, "…は無効になっています", kept the grammar of a sentence, not its words).
 * - The reading rests on the known text's first sentence (a dialog's or a message's statement), or the paste holds at
 *   least NEAR_SHARE of the whole text's words: a closing sentence that many messages end with ("Contact your system
 *   administrator") reads none of them. A first sentence that texts of other meanings open with too (a dialog's
 *   title line, "An authentication error has occurred") says nothing alone: the reading rests on the next sentence
 *   that only this text has. So does a title line the caller names (`titles`: that dialog's title in a language where
 *   the table holds one dialog opening with it, "Bir kimlik doğrulama hatası oluştu.").
 * - A negation decides the meaning and is too short to be a content word ("not", "nicht", "не"): the paste must
 *   negate as often as the known text does ("The password for this account has not expired" is not the expired
 *   text; a copy cut at one end may have lost a negation of the part it cut away, never one between the words it
 *   kept, nor added one: "Le mode … est configuré" is no cut copy of "Le mode … n'est pas configuré, …"), in every
 *   language (Korean's by their stem, "없…", "않…", "못"; Chinese and Japanese ones by their characters inside a run,
 *   "无", "不", "ません"…). A candidate of a known language (`language`) is counted with that language's negations
 *   (language-words.ts), the paste too when read against it: Portuguese "no" ("in the") is none, Spanish "no" one.
 * - At least PASTE_SHARE of the paste's words must be the known text's words, Event Viewer's and the dialog's short
 *   `Label: value` lines aside (a paste that says much more than a known text is about something else).
 * - The known text whose sentences explain most of the paste's words wins; between two that explain as many (a first
 *   sentence several dialogs share, "An authentication error has occurred"), the one whose words cover more of the
 *   paste (the rest of the paste says which dialog it is); when another text of another meaning explains as many and
 *   covers as much, nothing is read (a guess between two is no reading). The caller says the reading is approximate.
 */
import { hasLanguageWords, negationsIn } from '../languages/language-words.js';
import { foldText } from '../languages/localized.js';

/** Both ways: at least this share of the sentence's words in the stretch, and of the stretch's words in the sentence. */
export const NEAR_SHARE = 0.8;
/** A sentence cut by the copy: the part kept holds at least this share of its words… */
const CUT_MIN_SHARE = 0.5;
/** …and at least this many words… */
const CUT_MIN_WORDS = 6;
/** …and nearly every word of the stretch is the sentence's. */
const CUT_STRETCH_SHARE = 0.9;
/** The share of the paste's words (its label lines aside) the sentences read must explain. */
const PASTE_SHARE = 0.5;
/** A `Label: value` line of an event block or a dialog ("Quelle: Schannel", "Remote computer: rdsh01"). */
const LABEL_LINE = /^\s*[^:：.!?。]{1,40}[:：][ \t]*\S{0,60}[ \t]*$/u;
/** A sentence too short to say anything alone is never read approximately. */
const MIN_SENTENCE_WORDS = 4;
/** A paste of more words than this is no dialog retyped: never read approximately (and never searched, linear). */
const MAX_PASTE_WORDS = 1000;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A character pair of hiragana only (a particle, a verb's ending): no word of the sentence's own. */
const KANA_ONLY = /^[\p{Script=Hiragana}\u30fc]+$/u;

/** Negation words (folded as `foldText` folds them) and English's "n't": a text's count of them is part of its meaning. */
const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'cannot',
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'keines',
  'nie',
  'ne',
  'pas',
  'jamais',
  'aucun',
  'aucune',
  'nunca',
  'ningun',
  'ninguna',
  'non',
  'mai',
  'nessun',
  'nessuna',
  'nao',
  'nenhum',
  'nenhuma',
  'niet',
  'geen',
  'nooit',
  'nigdy',
  'zaden',
  'не',
  'нет',
  'ни',
  'никогда',
  // Swedish, Hungarian, Turkish (round 17); Czech and Slovak negate a verb by its prefix: the negated verbs of the
  // dialogs their pages quote ("nemůže", "nelze", "nejsou", "nedá", "nefungovaly"), folded.
  'inte',
  'ingen',
  'inga',
  'aldrig',
  'nem',
  'nincs',
  'soha',
  'degil',
  'yok',
  'nemuze',
  'nelze',
  'nejsou',
  'neni',
  'neda',
  'nefungovaly',
  'nemoze',
]);

/**
 * Korean's negations are words of their own that open with their stem ("없습니다", "없음": there is none, cannot;
 * "않습니다", "않음": does not; "못": cannot), written apart from the verb they negate ("연결할 수 없습니다").
 */
const HANGUL_NEGATION = /^[없않못]/u;
/**
 * Chinese and Japanese negations, inside a run without spaces: 無/无 (without), 不 (not), 未 (not yet), 沒/没 (not
 * have), and Japanese's verb endings ません and ない. A character pair holding one is shared by few texts, so the pairs
 * alone let "此计算机可以连接…" ("can connect") pass for "此计算机无法连接…" ("can't connect"): each is counted.
 */
const CJK_NEGATION = /[無无不未沒没]|ません|ない/gu;

/** How many negations a text holds (see the rule above). */
export function negations(text: string): number {
  let n = 0;
  for (const token of text.split(/[^\p{L}\p{N}'\u2019]+/u)) {
    if (!token) continue;
    if (CJK.test(token)) n += token.match(CJK_NEGATION)?.length ?? 0;
    else if (/n['\u2019]t$/i.test(token)) n++;
    else if (HANGUL_NEGATION.test(token)) n++;
    else if (NEGATIONS.has(foldText(token.replace(/^[a-z]['\u2019]/i, '')))) n++;
  }
  return n;
}

/** A text's content words, in order (see the rule above). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(/[^\p{L}\p{N}]+/u)) {
    if (!token) continue;
    if (CJK.test(token)) {
      const chars = [...token];
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
      continue;
    }
    const word = foldText(token);
    if (word.length >= 4) out.push(word);
  }
  return out;
}

/** A known text's sentences, each as its content words (a sentence too short to be read alone left empty). */
function sentencesOf(text: string): string[][] {
  return sentencePieces(text).map((piece) => {
    const words = contentWords(piece);
    return new Set(words).size >= MIN_SENTENCE_WORDS ? words : [];
  });
}

/** The sentences of a text that hold a content word, as written. */
function sentencePieces(text: string): string[] {
  return text.split(/(?<=[.!?。！？])\s*|\n+/u).filter((piece) => contentWords(piece).length > 0);
}

/**
 * Where a sentence's negations stand among its content words: `at` is the number of content words before it, `word`
 * whether the negation is a content word itself ("aucun", "nicht").
 */
interface NegationPlace {
  readonly at: number;
  readonly word: boolean;
}

function negationPlaces(piece: string, language?: string): NegationPlace[] {
  const out: NegationPlace[] = [];
  let at = 0;
  for (const token of piece.split(/[^\p{L}\p{N}'\u2019]+/u)) {
    if (!token) continue;
    const words = contentWords(token).length;
    if (CJK.test(token))
      // A run without spaces: each negation at the character pair it opens (the pairs are the run's content words).
      for (const m of token.matchAll(CJK_NEGATION))
        out.push({ at: at + [...token.slice(0, m.index)].length, word: true });
    else if (negationsOf(token, language) > 0) out.push({ at, word: words > 0 });
    at += words;
  }
  return out;
}

/** The negations of a sentence a cut copy keeps: those between its first and last kept words. */
function keptNegations(places: readonly NegationPlace[], kept: readonly [number, number]): number {
  const [first, last] = kept;
  return places.filter((p) => (p.word ? p.at >= first : p.at > first) && p.at <= last).length;
}

/** A text's negations, with its language's words when known (language-words.ts), else every language's above. */
function negationsOf(text: string, language?: string): number {
  return language !== undefined && hasLanguageWords(language) ? negationsIn(text, language) : negations(text);
}

export interface NearCandidate<T> {
  readonly item: T;
  /** The known text. */
  readonly text: string;
  /** Its language, when its negations are counted with that language's words. */
  readonly language?: string;
  /** What the text means (a sentence id, a code): two candidates of the same meaning are no rivals. */
  readonly meaning: string;
}

export interface NearReading<T> {
  readonly item: T;
  /** The share of the known text's words (all its sentences) the paste holds. */
  readonly share: number;
  /** A sentence was read from a part cut at one end. */
  readonly cut: boolean;
}

interface Compiled<T> {
  readonly candidate: NearCandidate<T>;
  readonly sentences: readonly (readonly string[])[];
  /** Every content word of the text. */
  readonly vocabulary: ReadonlySet<string>;
  /** The sentence a reading rests on: the first that no text of another meaning holds too. */
  readonly lead: number;
  /** Its negations (see the rule above). */
  readonly negations: number;
  /** Where each sentence's negations stand (a cut copy must keep those between the words it kept). */
  readonly places: readonly (readonly NegationPlace[])[];
}

/** A list compiled: its texts, and for each content word the texts (their places in the list) that hold it. */
interface CompiledList<T> {
  readonly texts: readonly Compiled<T>[];
  readonly holders: ReadonlyMap<string, readonly number[]>;
}

/** @cache candidates compiled once per list (the lists are constant tables; keyed weakly by the list). */
const compiledLists = new WeakMap<readonly NearCandidate<unknown>[], CompiledList<unknown>>();

function compile<T>(candidates: readonly NearCandidate<T>[], titles: readonly string[]): CompiledList<T> {
  let list = compiledLists.get(candidates) as CompiledList<T> | undefined;
  if (!list) {
    const texts = compileTexts(candidates, titles);
    const holders = new Map<string, number[]>();
    for (const [i, text] of texts.entries())
      for (const word of text.vocabulary) {
        const at = holders.get(word);
        if (at) at.push(i);
        else holders.set(word, [i]);
      }
    list = { texts, holders };
    compiledLists.set(candidates, list);
  }
  return list;
}

function compileTexts<T>(candidates: readonly NearCandidate<T>[], titles: readonly string[]): readonly Compiled<T>[] {
  const split = candidates.map((candidate) => ({ candidate, sentences: sentencesOf(candidate.text) }));
  // Each sentence by its set of words, with the meanings of the texts that hold it.
  const key = (sentence: readonly string[]) => [...new Set(sentence)].sort().join(' ');
  // A dialog's title line ("An authentication error has occurred") is never the sentence a reading rests on.
  const title = new Set(titles.map((t) => key(contentWords(t))));
  const meanings = new Map<string, Set<string>>();
  for (const { candidate, sentences } of split)
    for (const sentence of sentences)
      if (sentence.length) {
        const k = key(sentence);
        meanings.set(k, (meanings.get(k) ?? new Set()).add(candidate.meaning));
      }
  return split.map(({ candidate, sentences }) => ({
    candidate,
    sentences,
    vocabulary: new Set(contentWords(candidate.text)),
    lead: sentences.findIndex((s) => !s.length || ((meanings.get(key(s))?.size ?? 0) < 2 && !title.has(key(s)))),
    negations: negationsOf(candidate.text, candidate.language),
    places: sentencePieces(candidate.text).map((piece) => negationPlaces(piece, candidate.language)),
  }));
}

/** How one known sentence is read in the paste's words: the words it explains, or nothing. */
function readSentence(
  sentence: readonly string[],
  paste: readonly string[],
): { words: number; share: number; cut: boolean; kept?: readonly [number, number] } | undefined {
  const inSentence = new Set(sentence);
  const hits: number[] = [];
  for (let i = 0; i < paste.length; i++) if (inSentence.has(paste[i])) hits.push(i);
  if (hits.length < MIN_SENTENCE_WORDS) return undefined;
  let best: { words: number; share: number; cut: boolean; kept?: readonly [number, number] } | undefined;
  const longest = Math.ceil(sentence.length / NEAR_SHARE) + 1;
  for (let a = 0; a < hits.length; a++) {
    for (let b = a + MIN_SENTENCE_WORDS - 1; b < hits.length; b++) {
      const start = hits[a];
      const end = hits[b];
      if (end - start + 1 > longest) break;
      const stretch = paste.slice(start, end + 1);
      const found = new Set(stretch.filter((w) => inSentence.has(w)));
      const ofStretch = stretch.filter((w) => inSentence.has(w)).length / stretch.length;
      if (ofStretch < NEAR_SHARE) continue;
      const ofSentence = found.size / inSentence.size;
      if (ofSentence >= NEAR_SHARE) {
        const share = Math.min(ofSentence, ofStretch);
        if (!best || best.cut || found.size > best.words || (found.size === best.words && share > best.share))
          best = { words: found.size, share, cut: false };
        continue;
      }
      // Cut by the copy: the stretch opens or closes the paste, and keeps one end of the sentence.
      if (best && !best.cut) continue;
      const atEdge = start === 0 || end === paste.length - 1;
      if (!atEdge || stretch.length < CUT_MIN_WORDS || ofSentence < CUT_MIN_SHARE) continue;
      if (ofStretch < CUT_STRETCH_SHARE) continue;
      // Japanese's kana-only pairs are its particles and verb endings ("になっています"): a kept end must hold
      // CUT_MIN_WORDS pairs that carry a kanji or katakana (the sentence's own words), else it kept only grammar.
      if (stretch.filter((w) => inSentence.has(w) && !KANA_ONLY.test(w)).length < CUT_MIN_WORDS) continue;
      const { share: ofKept, kept } = keptShare(sentence, found);
      if (ofKept < 1) continue;
      // The copy's cut is where the kept part meets the rest of the paste: never inside a run without spaces that goes
      // on with other words ("这台计算机可以|连接到远程计算机" is a sentence of its own, not a cut copy).
      if (kept[0] > 0 && start > 0 && sameRun(paste[start - 1], paste[start])) continue;
      if (kept[1] < sentence.length - 1 && end < paste.length - 1 && sameRun(paste[end], paste[end + 1])) continue;
      const share = Math.min(ofKept, ofStretch);
      if (!best || found.size > best.words) best = { words: found.size, share, cut: true, kept };
    }
  }
  return best;
}

/** Two consecutive character pairs of one Chinese or Japanese run (they overlap by a character). */
function sameRun(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && CJK.test(a) && CJK.test(b) && [...a].at(-1) === [...b][0];
}

/**
 * The share of the words the paste kept of the part of a sentence it kept, when that part is one end of the sentence
 * (its start kept: a word's first place counts; its end kept: its last), else 0.
 */
function keptShare(
  sentence: readonly string[],
  found: ReadonlySet<string>,
): { share: number; kept: readonly [number, number] } {
  let best = { share: 0, kept: [0, 0] as const as readonly [number, number] };
  for (const place of [(w: string) => sentence.indexOf(w), (w: string) => sentence.lastIndexOf(w)]) {
    const positions = [...found].map(place);
    const first = Math.min(...positions);
    const last = Math.max(...positions);
    if (first !== 0 && last !== sentence.length - 1) continue;
    const kept = new Set(sentence.slice(first, last + 1));
    const share = [...kept].filter((w) => found.has(w)).length / kept.size;
    if (share > best.share) best = { share, kept: [first, last] };
  }
  return best;
}

interface PasteWords {
  readonly paste: string;
  /** Its content words. */
  readonly words: readonly string[];
  /** Those of its lines but Event Viewer's and the dialog's `Label: value` lines. */
  readonly body: readonly string[];
  /** The negations of those lines. */
  readonly negations: number;
  /** Those lines, whose negations a candidate of a known language counts with its words. */
  readonly unlabelled: string;
  /** @cache their negations by language (a pure function of the lines). */
  readonly inLanguage: Map<string, number>;
}

/** The paste's negations as a candidate of `language` counts them. */
function pasteNegations(p: PasteWords, language?: string): number {
  if (language === undefined || !hasLanguageWords(language)) return p.negations;
  let n = p.inLanguage.get(language);
  if (n === undefined) {
    n = negationsIn(p.unlabelled, language);
    p.inLanguage.set(language, n);
  }
  return n;
}

/** @cache the last paste's words (a pure function of the paste): each paste is read against several lists. */
let lastPaste: PasteWords | undefined;

/** A paste's words, as every list reads them. */
function readPasteWords(paste: string): PasteWords {
  if (lastPaste?.paste === paste) return lastPaste;
  const words = contentWords(paste);
  if (words.length < MIN_SENTENCE_WORDS || words.length > MAX_PASTE_WORDS)
    return { paste, words, body: [], negations: 0, unlabelled: '', inLanguage: new Map() };
  const unlabelled = paste
    .split(/\r?\n/)
    .filter((line) => !LABEL_LINE.test(line))
    .join('\n');
  lastPaste = {
    paste,
    words,
    body: contentWords(unlabelled),
    negations: negations(unlabelled),
    unlabelled,
    inLanguage: new Map(),
  };
  return lastPaste;
}

/**
 * The one known text a paste says in other words, or nothing (see the rule above). `candidates` must be a constant
 * list (its compiled form is kept).
 */
export function nearestText<T>(
  paste: string,
  candidates: readonly NearCandidate<T>[],
  titles: readonly string[] = [],
): NearReading<T> | undefined {
  const read = readPasteWords(paste);
  const { words, body } = read;
  if (words.length < MIN_SENTENCE_WORDS || words.length > MAX_PASTE_WORDS) return undefined;
  const scored: { candidate: NearCandidate<T>; words: number; covered: number; share: number; cut: boolean }[] = [];
  const { texts, holders } = compile(candidates, titles);
  // The cheap test first: a paste mostly of other words is about something else (and a long paste is never read).
  // Each text's count of the paste's words, counted once over the paste's words (not once per text).
  const held = new Uint32Array(texts.length);
  const touched: number[] = [];
  for (const w of body) for (const i of holders.get(w) ?? []) if (held[i]++ === 0) touched.push(i);
  // In the list's order (the order the texts are scored in), only those that hold a word of the paste.
  touched.sort((x, y) => x - y);
  for (const t of touched) {
    const { candidate, sentences, vocabulary, lead, negations: negated, places } = texts[t];
    const ofPaste = held[t] / Math.max(1, body.length);
    if (ofPaste < PASTE_SHARE) continue;
    let explained = 0;
    let share = 1;
    let cut = false;
    let first = false;
    // The negations a cut copy must keep: those between the words it kept of each sentence it cut.
    let keptNegated = 0;
    for (const [i, sentence] of sentences.entries()) {
      const read = sentence.length ? readSentence(sentence, words) : undefined;
      if (!read) continue;
      first ||= i === lead;
      explained += read.words;
      share = Math.min(share, read.share);
      cut ||= read.cut;
      keptNegated += read.kept ? keptNegations(places[i] ?? [], read.kept) : (places[i]?.length ?? 0);
    }
    if (explained === 0) continue;
    // A copy cut at one end may lose a negation of the part it cut away, never one of the part it kept, nor add one.
    const negatedHere = pasteNegations(read, candidate.language);
    if (cut ? negatedHere > negated || negatedHere < keptNegated : negatedHere !== negated) continue;
    const ofText = new Set(words.filter((w) => vocabulary.has(w))).size / Math.max(1, vocabulary.size);
    if (!first && ofText < NEAR_SHARE) continue;
    scored.push({ candidate, words: explained, covered: ofPaste, share: Math.min(share, ofText), cut });
  }
  if (!scored.length) return undefined;
  scored.sort((x, y) => y.words - x.words || y.covered - x.covered || y.share - x.share);
  const top = scored[0];
  const rival = scored.some(
    (s) => s.words === top.words && s.covered === top.covered && s.candidate.meaning !== top.candidate.meaning,
  );
  return rival ? undefined : { item: top.candidate.item, share: top.share, cut: top.cut };
}
