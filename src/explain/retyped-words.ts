/**
 * The words of a retyped text read as the tables' words (retyped-text.ts, round 32, h64d): a word no table text holds,
 * one change away from one word they hold, read as that word. The rules and their guards are retyped-text.ts's; here
 * the index they rest on, built once: every folded word of the English rows' quoted texts (sentences.ts `what`) and
 * of the localized rows' quoted wordings (localized.ts `quoted`), and for each word every string one letter shorter
 * (a symmetric-deletion index: a paste word one edit from a table word shares one of these strings with it), so a
 * paste word costs its length's lookups, whatever the number of rows.
 */
import { KNOWN_SENTENCES } from './tables/sentences/sentences.js';
import { LOCALIZED_SENTENCES, foldText } from './tables/languages/localized.js';
import { languageWords, opposites } from './tables/languages/language-words.js';
import { negations } from './tables/approximate/nearest-text.js';

/** Words of the paste looked at (a bound on the work per paste). */
const MAX_WORDS = 600;
/** A word longer than this is no word of the tables retyped. */
const MAX_WORD = 32;
/** A word of fewer letters is never changed: short words differ by one letter from too many others. */
const MIN_WORD = 5;
/** Words sharing one deletion looked at (a bound; a deletion so common says nothing of which word). */
const MAX_SHARING = 48;
/** The languages whose function words are never changed and whose negating prefixes are checked. */
const LEXICON_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'ru', 'cs', 'sk', 'uk', 'bg'];
/** Scripts written without spaces: another reader's (script-near-quote.ts), never cut into words here. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/u;

export interface Vocabulary {
  /** Every folded word of the tables' texts, with how often it occurs. */
  readonly words: ReadonlyMap<string, number>;
  /** Each deletion of a word (and the word itself): the words it comes from. */
  readonly deletions: ReadonlyMap<string, readonly string[]>;
  /** The words as a text spells them (the first spelling met). */
  readonly spelled: ReadonlyMap<string, string>;
  /** The languages whose texts hold each word (a localized row's language without its region; English's "en"). */
  readonly languages: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Words never changed: every language's function words, and every word of the tables' own prose (the rows'
   * descriptions, meanings and notes: "token", "Hello", "application" are words, not slips of "taken", "Heslo",
   * "applications").
   */
  readonly common: ReadonlySet<string>;
}

/** @cache the tables' words and their deletions, built once (a pure function of the constant tables). */
let built: Vocabulary | undefined;

/** The words of the English rows' quoted texts and of the localized rows' quoted wordings (written with spaces). */
export function vocabulary(): Vocabulary {
  if (built) return built;
  const texts: (readonly [string, string])[] = [
    ...KNOWN_SENTENCES.flatMap((s) =>
      [...s.what.matchAll(/["\u201c]([^"\u201c\u201d]{12,400})["\u201d]/gu)].map((m) => ['en', m[1]] as const),
    ),
    ...LOCALIZED_SENTENCES.map((w) => [w.language.split('-')[0], w.quoted] as const),
  ];
  const words = new Map<string, number>();
  const spelled = new Map<string, string>();
  const languages = new Map<string, Set<string>>();
  for (const [language, text] of texts)
    for (const m of text.matchAll(/\p{L}[\p{L}'\u2019]*/gu)) {
      const folded = foldText(m[0]);
      if (folded.length < 4 || UNSPACED.test(folded)) continue;
      words.set(folded, (words.get(folded) ?? 0) + 1);
      if (!spelled.has(folded)) spelled.set(folded, m[0]);
      const held = languages.get(folded);
      if (held) held.add(language);
      else languages.set(folded, new Set([language]));
    }
  const deletions = new Map<string, string[]>();
  for (const word of words.keys())
    for (const key of new Set(deletionsOf(word))) {
      const list = deletions.get(key);
      if (list) list.push(word);
      else deletions.set(key, [word]);
    }
  const common = new Set<string>();
  for (const language of LEXICON_LANGUAGES) for (const w of languageWords(language).functionWords) common.add(w);
  for (const s of KNOWN_SENTENCES)
    for (const prose of [s.what, s.meaning, s.note ?? '', s.languages ?? ''])
      for (const m of prose.matchAll(/\p{L}+/gu)) common.add(foldText(m[0]));
  built = { words, deletions, spelled, languages, common };
  return built;
}

/** A word and each string one letter shorter. */
export function deletionsOf(word: string): string[] {
  const chars = [...word];
  const out = [word];
  for (let i = 0; i < chars.length; i++) out.push(chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
  return out;
}

/** Short words a run-together word may hold beside a table word ("cantconnect", "tothe"). */
const SHORT_WORDS = new Set([
  'to',
  'the',
  'of',
  'is',
  'in',
  'on',
  'not',
  'can',
  'cant',
  'for',
  'and',
  'no',
  'an',
  'be',
]);

/** A screenshot's OCR confusions (Tesseract's documented ones), each way: the folded letters and their reading. */
const OCR_CONFUSIONS: readonly (readonly [string, string])[] = [
  ['rn', 'm'],
  ['m', 'rn'],
  ['i', 'l'],
  ['l', 'i'],
  ['1', 'l'],
  ['0', 'o'],
  ['vv', 'w'],
  ['cl', 'd'],
  ['5', 's'],
];

/** The paste with each word a slip, an OCR confusion, a run-together or a split made read as the tables' word. */
export function repairWords(text: string, said: string[]): string {
  const v = vocabulary();
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+(?:['\u2019]\p{L}+)?/gu)].slice(0, MAX_WORDS);
  const inLanguage = pasteLanguage(
    tokens.map((t) => t[0]),
    v,
  );
  if (!inLanguage) return text;
  const known = (w: string) => v.languages.get(w)?.has(inLanguage) ?? false;
  const inflects = INFLECTING.has(inLanguage);
  const edits: { start: number; end: number; to: string; from: string }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    const word = token[0];
    if (!changeable(word) || insideName(text, token.index, token.index + word.length)) continue;
    const folded = foldText(word);
    if (known(folded) || v.common.has(folded)) continue;
    const next = tokens[k + 1];
    const joined =
      next && text.slice(token.index + word.length, next.index) === ' ' ? joinedWith(word, next[0], known) : undefined;
    if (next && joined) {
      edits.push({ start: token.index, end: next.index + next[0].length, to: joined, from: `${word} ${next[0]}` });
      k++;
      continue;
    }
    if ([...folded].length < MIN_WORD) continue;
    // A word with digits is changed only by an OCR confusion ("c0nnection"); never "debug1" as "debug".
    const fixed = /\p{N}/u.test(folded)
      ? ocrReading(folded, v, known)
      : (oneEditFrom(folded, v, known, inflects) ?? ocrReading(folded, v, known) ?? runTogether(folded, v, known));
    if (fixed) edits.push({ start: token.index, end: token.index + word.length, to: cased(fixed, word), from: word });
  }
  // A paste whose words are changed more than one in four is another language or the user's own prose, no retyping.
  if (edits.length === 0 || edits.length > Math.max(1, Math.floor(tokens.length / 4))) return text;
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.to;
    at = e.end;
  }
  said.push(
    `read as retyped: ${edits
      .slice(0, 4)
      .map((e) => `"${e.from}" as "${e.to}"`)
      .join(', ')}${edits.length > 4 ? ', …' : ''}`,
  );
  return out + text.slice(at);
}

/**
 * The languages whose words change their endings by case (Slavic, Baltic, Hungarian, Finnish, Estonian, Turkish): an
 * edit in a word's last two letters is its inflection there, never a slip.
 */
const INFLECTING = new Set(['ru', 'uk', 'bg', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'lt', 'lv', 'hu', 'fi', 'et', 'tr']);

/** Two words alike but for their last two letters. */
function sameStem(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  const n = Math.min(x.length, y.length) - 2;
  return n >= 3 && x.slice(0, n).join('') === y.slice(0, n).join('');
}

/**
 * A word inside a name, a path, an address or an identifier ("NTE_BAD_KEYSETS", "key.pem", "C:\\Users"): its
 * neighbour an underscore, a slash, a backslash, an at sign, or a dot between letters.
 */
function insideName(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  if (NAME_MARK.test(before) || NAME_MARK.test(after)) return true;
  const letter = (c: string | undefined) => /[\p{L}\p{N}]/u.test(c ?? ' ');
  return (before === '.' && letter(text[start - 2])) || (after === '.' && letter(text[end + 1]));
}

/** The characters around a word that make it part of a name. */
const NAME_MARK = /[_/\\@$%=<>]/u;

/**
 * A word this reader may change: letters, not a number nor a hexadecimal code, not of an unspaced script, not an
 * identifier (a capital inside it: "StartService", "LsaLogonUser" are names, never retyped words; an "I" inside a word
 * is OCR's "l", "LeveI").
 */
function changeable(word: string): boolean {
  return (
    word.length <= MAX_WORD &&
    /\p{L}/u.test(word) &&
    !/^0x/i.test(word) &&
    !UNSPACED.test(word) &&
    !/\p{Ll}(?!I)\p{Lu}/u.test(word)
  );
}

/** Two words the user split ("connec tion"): joined, when the join is a table word and the second part is none. */
function joinedWith(first: string, second: string, known: (w: string) => boolean): string | undefined {
  if (!changeable(second)) return undefined;
  const folded = foldText(first + second);
  if ([...folded].length < 6 || !known(folded) || known(foldText(second))) return undefined;
  return cased(folded, first);
}

/** The one table word one edit from a word (a letter dropped, added, changed or two swapped), its first letter kept. */
function oneEditFrom(
  word: string,
  v: Vocabulary,
  known: (w: string) => boolean,
  inflects: boolean,
): string | undefined {
  const found = new Set<string>();
  for (const key of deletionsOf(word))
    for (const w of (v.deletions.get(key) ?? []).slice(0, MAX_SHARING)) {
      if (w === word || w[0] !== word[0] || !known(w) || !damerauAtMostOne(word, w) || !sameSense(word, w)) continue;
      // In a language that inflects by its endings, a word that differs in its last two letters is another case of
      // the word ("состоянии", "состояние"), not a slip.
      if (inflects && sameStem(word, w)) continue;
      found.add(w);
    }
  return onlyReading(found, v);
}

/** The one table word a screenshot's OCR confusion makes of a word (any letter, the first too). */
function ocrReading(word: string, v: Vocabulary, known: (w: string) => boolean): string | undefined {
  const found = new Set<string>();
  for (const [seen, meant] of OCR_CONFUSIONS) {
    for (let at = word.indexOf(seen); at >= 0; at = word.indexOf(seen, at + 1)) {
      const w = word.slice(0, at) + meant + word.slice(at + seen.length);
      if (known(w) && sameSense(word, w)) found.add(w);
    }
  }
  return onlyReading(found, v);
}

/** A word made of two ("remotedesktop"): the one split whose parts are table words (or one a short function word). */
function runTogether(word: string, v: Vocabulary, known: (w: string) => boolean): string | undefined {
  const chars = [...word];
  if (chars.length < 8) return undefined;
  const found = new Set<string>();
  for (let i = 2; i <= chars.length - 2; i++) {
    const a = chars.slice(0, i).join('');
    const b = chars.slice(i).join('');
    const inA = known(a);
    const inB = known(b);
    if ((inA || SHORT_WORDS.has(a)) && (inB || SHORT_WORDS.has(b)) && (inA || inB))
      found.add(`${v.spelled.get(a) ?? a} ${v.spelled.get(b) ?? b}`);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The language most of the paste's words are a table word of (two or more, ahead of the next): its words only are
 * known, and only its words are readings, so that a Norwegian "passord" is a slip in an English paste and a Spanish
 * "conecta" no reading of an English "conect". No language when none leads.
 */
function pasteLanguage(tokens: readonly string[], v: Vocabulary): string | undefined {
  // The paste's language by its own words, when two or more of them are a table's; else no word is changed.
  const hits = new Map<string, number>();
  for (const token of tokens) {
    const held = v.languages.get(foldText(token));
    if (held) for (const language of held) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  const [first, second] = [...hits].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : undefined;
}

/** One reading, or spellings of one word (licence, license: each one edit from the others), the most met. */
function onlyReading(found: ReadonlySet<string>, v: Vocabulary): string | undefined {
  const list = [...found];
  if (list.length === 0) return undefined;
  if (list.some((a) => list.some((b) => a !== b && !damerauAtMostOne(a, b)))) return undefined;
  list.sort((a, b) => (v.words.get(b) ?? 0) - (v.words.get(a) ?? 0));
  return v.spelled.get(list[0]) ?? list[0];
}

/** Never a negation gained or lost, never a word and its opposite by a negating prefix. */
function sameSense(word: string, meant: string): boolean {
  if (negations(word) !== negations(meant)) return false;
  return !LEXICON_LANGUAGES.some((language) => opposites(word, meant, languageWords(language)));
}

/** A word as the user wrote it: in capitals when they wrote it so, with their first capital or without one. */
function cased(meant: string, as: string): string {
  if (as.length > 1 && as === as.toUpperCase()) return meant.toUpperCase();
  const first = meant.charAt(0);
  return (/^\p{Lu}/u.test(as) ? first.toUpperCase() : first.toLowerCase()) + meant.slice(1);
}

/** At most one edit apart: a letter changed, added or dropped, or two neighbours swapped (Damerau). */
export function damerauAtMostOne(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) {
    if (i === x.length) return true;
    const rest = (from: number) => x.slice(from).join('') === y.slice(from).join('');
    return rest(i + 1) || (x[i] === y[i + 1] && x[i + 1] === y[i] && rest(i + 2));
  }
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  return long.slice(i + 1).join('') === short.slice(i).join('');
}

/** A katakana run as the repair looks at it: three to 24 characters (the prolonged sound mark and the middle dot too). */
const KATAKANA_RUN = /[\u30a1-\u30fa\u30fc]{3,24}/gu;

/** @cache the katakana words of the Japanese rows' quoted texts, built once (a pure function of the constant table). */
let kanaWords: ReadonlySet<string> | undefined;

function japaneseKana(): ReadonlySet<string> {
  kanaWords ??= new Set(
    LOCALIZED_SENTENCES.filter((w) => w.language === 'ja').flatMap((w) =>
      [...w.quoted.matchAll(KATAKANA_RUN)].map((m) => m[0]),
    ),
  );
  return kanaWords;
}

/** A run made wholly of the table's katakana words, one after another (a run of at most 24: at most 24² steps). */
function madeOfWords(run: string, words: ReadonlySet<string>): boolean {
  const chars = [...run];
  const reach = new Array<boolean>(chars.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < chars.length; i++) {
    if (!reach[i]) continue;
    for (let j = i + 2; j <= chars.length; j++) if (words.has(chars.slice(i, j).join(''))) reach[j] = true;
  }
  return reach[chars.length] ?? false;
}

/** A kana with its voicing mark (゛) added or taken off, or nothing when it has no such twin. */
function voicingToggled(kana: string): string | undefined {
  const bare = kana.normalize('NFD').replace(/[\u3099\u309a]/gu, '');
  if (bare !== kana) return bare;
  const voiced = `${kana}\u3099`.normalize('NFC');
  return voiced.length === 1 ? voiced : undefined;
}

/**
 * A katakana word typed with its voicing mark dropped or added ("ロクイン" for "ログイン", the IME's slip): a run the
 * Japanese rows' katakana words do not make, which one kana's mark toggled makes of them, read so (one reading only).
 */
export function repairKana(text: string, said: string[]): string {
  if (!/[\u30a1-\u30fa]/u.test(text)) return text;
  const words = japaneseKana();
  const changed: string[] = [];
  const out = text.replace(KATAKANA_RUN, (run) => {
    if (madeOfWords(run, words)) return run;
    const chars = [...run];
    const readings = new Set<string>();
    for (let i = 0; i < chars.length; i++) {
      const toggled = voicingToggled(chars[i] ?? '');
      if (!toggled) continue;
      const candidate = [...chars.slice(0, i), toggled, ...chars.slice(i + 1)].join('');
      if (madeOfWords(candidate, words)) readings.add(candidate);
    }
    if (readings.size !== 1) return run;
    const [reading] = readings;
    changed.push(`"${run}" as "${reading}"`);
    return reading ?? run;
  });
  if (changed.length > 0) said.push(`read with a voicing mark slipped: ${changed.slice(0, 3).join(', ')}`);
  return out;
}
