/**
 * A row of the Chinese, Japanese, Korean and Thai tables quoted inexactly (issue 60, round 28): what a user retypes or
 * cuts from a dialog written without spaces between words — a character changed ("要求された機能は…" for "要求された関数
 * は…"), a word of their own for one of the dialog's ("授权服务器" for "许可证服务器"), a clause kept and the rest left
 * out ("자격 증명이 작동하지 않습니다" without "Windows 보안 오류:"), the spaces of Microsoft's Japanese and Korean typed
 * otherwise, the dialog quoted inside the user's own sentence between 「」, “” or "". The space-separated languages
 * have their reader (near-quote.ts); these scripts have no words to weigh, so they are read by their characters.
 *
 * The rule, one for the four scripts:
 * - A text is cut into character n-grams inside each run of one script (Han with kana; Hangul; Thai): pairs for Han,
 *   kana and Hangul, whose characters are syllables or morphemes, triples for Thai, whose characters are letters and
 *   marks (GRAM). A space between two characters of one script does not end the run (Microsoft's Japanese writes
 *   "リモート デスクトップ", its users "リモートデスクトップ"); characters are compared as NFKC folds them (half-width
 *   katakana, full-width Latin). Latin words of three letters or more inside the text (CredSSP, TLS) are units too.
 * - Each unit weighs by how rare it is across the rows of its script (the log of one plus the number of meanings over
 *   the number of meanings whose texts hold it): "函数", "トークン", "자격" say which dialog; "远程", "リモ", "연결" little.
 * - A row is aligned with the paste in order (a local alignment, its units against the paste's, linear in the paste:
 *   the rows are indexed once, only rows sharing enough weight with the paste are aligned, each in one pass).
 * - The part of the row the paste carries is read when the paste carries at least DENSITY of that part's weight and
 *   at least the script's floor (FLOOR, measured on near misses: test/explain/script-near-quote.test.ts), and the
 *   part is the row's text (WHOLE_SHARE of its weight), or one clause of it or more, whole (its first and last units
 *   within a character of a clause's ends: 。，、；：！？ and their half-width forms), or one end of the row cut where
 *   the paste ends or a quote closes.
 * - A negation decides the meaning: the paste's stretch holds as many negations as the row's part it carries, by each
 *   script's negating words and marks (NEGATIONS: Chinese 不/没/沒/无/無/未, Japanese ない/ません and the kanji prefixes
 *   無/不/未, Korean 않-/못/없-/아니/안, Thai ไม่/ไร้/ห้าม).
 * - The stretch is what the paste says: it stands between the quotes the user put around the dialog (within
 *   QUOTE_REACH characters on each side, the dialog's other words inside the quotes besides), or at the paste's start
 *   or end, or it is at least PASTE_SHARE of the paste's units.
 * - The row whose part carries most wins; a row of another meaning carrying nearly as much (RIVAL_SHARE) over the
 *   same stretch makes it a guess: no reading.
 *
 * Sources of the negations: Chinese 不, 没/沒, 无/無, 未 (Wiktionary, https://en.wiktionary.org/wiki/不,
 * https://en.wiktionary.org/wiki/沒有, https://en.wiktionary.org/wiki/無, https://en.wiktionary.org/wiki/未); Japanese
 * ない and ません, the negative forms of verbs and adjectives, and the prefixes 不, 無, 未 (Wiktionary,
 * https://en.wiktionary.org/wiki/ない, https://en.wiktionary.org/wiki/ません, https://en.wiktionary.org/wiki/無-);
 * Korean 않다 (long negation), 못 (cannot), 없다 (there is not), 아니다 (is not), 안 (short negation) (Wiktionary,
 * https://en.wiktionary.org/wiki/않다, https://en.wiktionary.org/wiki/못, https://en.wiktionary.org/wiki/없다,
 * https://en.wiktionary.org/wiki/아니다, https://en.wiktionary.org/wiki/안); Thai ไม่ (not), ไร้ (without), ห้าม (do
 * not) (Wiktionary, https://en.wiktionary.org/wiki/ไม่, https://en.wiktionary.org/wiki/ไร้,
 * https://en.wiktionary.org/wiki/ห้าม).
 */
import { LOCALIZED_SENTENCES } from '../languages/localized.js';
import { bestLocalAlignment, rivalOver } from './near-quote.js';
import type { LocalizedLanguage, LocalizedWording } from '../languages/localized-wording.js';

/** The scripts read by their characters. */
export type GramScript = 'han' | 'hangul' | 'thai';

const SCRIPTS: readonly (readonly [GramScript, RegExp])[] = [
  // The prolonged sound mark and the iteration marks are kana's and kanji's though Unicode calls them Common.
  ['han', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\u3006\uff70]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['thai', /\p{Script=Thai}/u],
];

/** The characters of one unit, by script. */
const GRAM: Readonly<Record<GramScript, number>> = { han: 2, hangul: 2, thai: 3 };

/**
 * The weight a reading must carry, by the script its row is written in, measured on near misses
 * (the near misses of test/explain/script-near-quote.test.ts): a whole row read above FLOOR; one telling clause or one
 * end of it (a cut copy) above CUT_FLOOR, over what another program's words of one clause carry ("ログインに失敗しました"
 * 25, "其他用户已登录" 20, "로그인이 실패했습니다" 23) and under a dialog's telling clause ("要求的函数不受支持" 32,
 * "无法联系本地安全机构" 31, "자격 증명이 작동하지 않습니다" 36). The weights grow with the meanings a script's rows
 * hold (a rarity is their count over a unit's): round 30's traditional Chinese unexpected-certificate row, a meaning
 * new to Han, lifted the Japanese login text to 26, so Han's cut floor is 27.
 */
export const FLOOR: Readonly<Record<GramScript, number>> = { han: 20, hangul: 20, thai: 20 };
export const CUT_FLOOR: Readonly<Record<GramScript, number>> = { han: 27, hangul: 25, thai: 26 };
/** The share of the weight of the row's part between its first and last units carried that the paste carries. */
const DENSITY = 0.7;
/** The share of a row's weight that reads it as the whole text. */
const WHOLE_SHARE = 0.6;
/** The share of the paste's units an unquoted stretch must be. */
const PASTE_SHARE = 0.5;
/** A row of another meaning carrying this share of the best reading's weight over the same stretch: no reading. */
const RIVAL_SHARE = 0.92;
/** How far from the stretch a quote around it is looked for (characters): a dialog's other words inside the quotes. */
const QUOTE_REACH = 60;
/** A paste longer than this (characters) is a log or a page pasted whole: never searched (and the reading linear). */
const MAX_PASTE_CHARS = 2000;
/** At most this many rows are aligned with a paste (those sharing most weight with it). */
const MAX_ALIGNED = 24;
/** What a unit of the paste not in the row, inside the stretch, costs; and a unit of the row the stretch skips. */
const EXTRA_COST = 0.8;
/**
 * At most this share of the row's units in the stretch may be skipped (a character changed skips the grams holding
 * it): rarity across a language's rows
 * weighs a row's generic words ("見つからないため", "できませんでした") over the words that make it Remote Desktop's
 * ("リモート PC に接続", in many rows), so a reading that replaced those ("プリンターが見つからないため、印刷できません
 * でした。", a printer's) carries the weight and must be refused by what it changed (the English near quote allows one
 * word in five).
 */
const SKIP_SHARE = 0.25;
const SKIP_COST = 0.3;

const QUOTES =
  /["'\u201c\u201d\u2018\u2019\u00ab\u00bb\u300c\u300d\u300e\u300f\u3010\u3011\u300a\u300b\u3008\u3009\uff02\uff07]/u;
/** A sentence's end in a row: the full stops of every script, a line break, and the slash between two wordings. */
const SENTENCE_BREAK = /[。．.！!？?\n/]/u;
/** A cut copy carries at least this share of one telling sentence's weight. */
const TELLING_SHARE = 0.6;
/** A clause's end in a row: the full stops, commas, colons of every script, and a line break. */
const CLAUSE_BREAK = /[。．.！!？?，,、；;：:\n|/]/u;
/** Each script's negations (see the sources above); Korean's 안 only as a word of its own. */
const NEGATIONS: Readonly<Record<GramScript, RegExp>> = {
  han: /[無无不未沒没]|ません|ない/gu,
  hangul: /않|못|없|아니|(?<![\p{Script=Hangul}])안(?![\p{Script=Hangul}])/gu,
  thai: /ไม่|ไร้|ห้าม/gu,
};

interface Unit {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly script: GramScript | 'latin';
}

/** A unit's key: its script and its characters (a Latin word is the same word in every row). */
function keyOf(u: Unit): string {
  return `${u.script}|${u.key}`;
}

/** The script of one character, or none. */
function scriptOf(ch: string): GramScript | undefined {
  for (const [script, re] of SCRIPTS) if (re.test(ch)) return script;
  return undefined;
}

/** A text's units in order (see the rule above), in one pass. */
export function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  let run: { script: GramScript; chars: { c: string; start: number; end: number }[] } | undefined;
  let latin: { word: string; start: number; end: number } | undefined;
  const flushRun = () => {
    if (!run) return;
    const n = GRAM[run.script];
    const cs = run.chars;
    for (let i = 0; i + n <= cs.length; i++)
      units.push({
        key: cs
          .slice(i, i + n)
          .map((c) => c.c)
          .join(''),
        start: cs[i].start,
        end: cs[i + n - 1].end,
        script: run.script,
      });
    run = undefined;
  };
  const flushLatin = () => {
    if (latin && latin.word.length >= 3)
      units.push({ key: latin.word, start: latin.start, end: latin.end, script: 'latin' });
    latin = undefined;
  };
  for (const m of text.matchAll(/[\s\S]/gu)) {
    const ch = m[0];
    const at = m.index;
    const script = scriptOf(ch);
    if (script) {
      flushLatin();
      if (run && run.script !== script) flushRun();
      run ??= { script, chars: [] };
      run.chars.push({ c: ch.normalize('NFKC'), start: at, end: at + ch.length });
    } else if (/\s/u.test(ch)) flushLatin();
    else if (/[\p{L}\p{N}]/u.test(ch)) {
      flushRun();
      const folded = ch.normalize('NFKC').toLowerCase();
      if (latin) latin = { word: latin.word + folded, start: latin.start, end: at + ch.length };
      else latin = { word: folded, start: at, end: at + ch.length };
    } else {
      flushRun();
      flushLatin();
    }
  }
  flushRun();
  flushLatin();
  return units;
}

export interface ScriptQuoteCandidate<T> {
  readonly item: T;
  /** The known text, as the row quotes it. */
  readonly text: string;
  /** What it means (a sentence id): two rows of the same meaning are no rivals. */
  readonly meaning: string;
}

export interface ScriptQuoteReading<T> {
  readonly item: T;
  readonly text: string;
  /** The weight the paste carries, and its share of the row's. */
  readonly weight: number;
  readonly carried: number;
  /** The row's units the paste lacks or changed inside the part read, and the paste's own units there. */
  readonly changes: number;
  /** Only a part of the row was read (a clause or one end). */
  readonly cut: boolean;
  /** The part of the row's text read. */
  readonly kept: string;
  readonly script: GramScript;
}

interface Row<T> {
  readonly candidate: ScriptQuoteCandidate<T>;
  readonly units: readonly Unit[];
  readonly weights: readonly number[];
  readonly total: number;
  /** clauseStart[i]: unit i opens a clause; clauseEnd[i]: unit i closes one. */
  readonly clauseStart: readonly boolean[];
  readonly clauseEnd: readonly boolean[];
  /** The sentence each unit is in, and whether that sentence tells which dialog (see `tellingSentences`). */
  readonly sentenceOf: readonly number[];
  readonly telling: readonly boolean[];
  readonly sentenceWeight: readonly number[];
  readonly script: GramScript;
}

interface Compiled<T> {
  readonly rows: readonly Row<T>[];
  readonly holders: ReadonlyMap<string, readonly number[]>;
  readonly weight: ReadonlyMap<string, number>;
}

/** @cache each constant list compiled once (keyed weakly by the list). */
const compiledLists = new WeakMap<readonly ScriptQuoteCandidate<unknown>[], Compiled<unknown>>();

/** Whether the text between two units breaks a clause. */
function breaksBetween(text: string, a: Unit, b: Unit): boolean {
  return a.end <= b.start && CLAUSE_BREAK.test(text.slice(a.end, b.start));
}

/** A first sentence whose units' weight is mostly (this share) a title's units is that title, worded as it is. */
const TITLE_SHARE = 0.6;

/**
 * A row's sentences and which of them tell which dialog it is: a dialog opens with a title that dialogs of other
 * meanings open with too (the "authentication error" dialog's, `titles`, worded as any of its wordings mostly is:
 * "認証エラーが発生しました。", "出现身份验证错误。" beside "发生身份验证错误。"),
 * states what happened, and closes with advice any dialog gives ("请与系统管理员或技术支持人员联系"): the last sentence
 * of three or more, or of two whose first is no title. A copy cut to a title or to the advice reads nothing.
 */
function tellingSentences(
  text: string,
  units: readonly Unit[],
  weights: readonly number[],
  titles: ReadonlySet<string>,
) {
  const sentenceOf: number[] = [];
  const opens: number[] = [0];
  units.forEach((u, j) => {
    if (j > 0 && units[j - 1].end <= u.start && SENTENCE_BREAK.test(text.slice(units[j - 1].end, u.start)))
      opens.push(j);
    sentenceOf.push(opens.length - 1);
  });
  const count = opens.length;
  const sentenceWeight = new Array<number>(count).fill(0);
  units.forEach((_, j) => {
    sentenceWeight[sentenceOf[j]] += weights[j];
  });
  let titled = 0;
  for (let j = 0; count > 1 && j < opens[1]; j++) if (titles.has(keyOf(units[j]))) titled += weights[j];
  const title = count > 1 && titled >= TITLE_SHARE * sentenceWeight[0];
  const telling = sentenceWeight.map((_, k) => (k === 0 ? !title : !(k === count - 1 && (count >= 3 || !title))));
  return { sentenceOf, telling, sentenceWeight };
}

/** The script most of a row's units are written in. */
function mainScript(units: readonly Unit[]): GramScript | undefined {
  const count = new Map<GramScript, number>();
  for (const u of units) if (u.script !== 'latin') count.set(u.script, (count.get(u.script) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function compile<T>(candidates: readonly ScriptQuoteCandidate<T>[], titles: readonly string[]): Compiled<T> {
  const known = compiledLists.get(candidates) as Compiled<T> | undefined;
  if (known) return known;
  const titleKeys = new Set(titles.flatMap((t) => unitsOf(t).map(keyOf)));
  const texts = candidates
    .map((candidate) => ({ candidate, units: unitsOf(candidate.text) }))
    .map((t) => ({ ...t, script: mainScript(t.units) }))
    .filter((t): t is typeof t & { script: GramScript } => t.script !== undefined);
  // Rarity within the script (a Latin word's among all the rows): a unit's meanings over the meanings written so.
  const meaningsOf = new Map<string, Set<string>>();
  const meaningsIn = new Map<string, Set<string>>();
  for (const { candidate, units, script } of texts) {
    for (const s of [script, 'latin']) meaningsIn.set(s, (meaningsIn.get(s) ?? new Set()).add(candidate.meaning));
    for (const u of units) meaningsOf.set(keyOf(u), (meaningsOf.get(keyOf(u)) ?? new Set()).add(candidate.meaning));
  }
  const weight = new Map<string, number>();
  for (const [k, m] of meaningsOf)
    weight.set(k, Math.log(1 + (meaningsIn.get(k.slice(0, k.indexOf('|')))?.size ?? 1) / m.size));
  const holders = new Map<string, number[]>();
  texts.forEach(({ units }, i) => {
    for (const key of new Set(units.map(keyOf))) holders.set(key, [...(holders.get(key) ?? []), i]);
  });
  const rows = texts.map(({ candidate, units, script }): Row<T> => {
    const weights = units.map((u) => weight.get(keyOf(u)) ?? 0);
    const clauseStart = units.map((u, j) => j === 0 || breaksBetween(candidate.text, units[j - 1], u));
    const clauseEnd = units.map((u, j) => j === units.length - 1 || breaksBetween(candidate.text, u, units[j + 1]));
    const sentences = tellingSentences(candidate.text, units, weights, titleKeys);
    return {
      candidate,
      units,
      weights,
      total: weights.reduce((a, b) => a + b, 0),
      clauseStart,
      clauseEnd,
      ...sentences,
      script,
    };
  });
  const list: Compiled<T> = { rows, holders, weight };
  compiledLists.set(candidates, list as Compiled<unknown>);
  return list;
}

/** One row aligned with the paste: the paste's stretch and the row's units it carries, in order. */
interface Alignment {
  readonly first: number;
  readonly last: number;
  readonly rowIndices: readonly number[];
  readonly weight: number;
  /** The paste's units inside the stretch that are not the row's. */
  readonly extras: number;
}

/** The best local alignment of a row's units with the paste's (bestLocalAlignment of near-quote.ts), traced back. */
function align(row: Row<unknown>, paste: readonly string[]): Alignment | undefined {
  const found = bestLocalAlignment(row.units.map(keyOf), row.weights, paste, EXTRA_COST, SKIP_COST);
  if (!found) return undefined;
  const { move, m, at } = found;
  const rowIndices: number[] = [];
  let k = at;
  let first = 0;
  let extras = 0;
  let weight = 0;
  while (k > 0 && move[k] !== 0) {
    const i = Math.floor(k / (m + 1));
    const j = k % (m + 1);
    if (move[k] === 1) {
      rowIndices.push(j - 1);
      weight += row.weights[j - 1];
      first = i - 1;
      k -= m + 2;
    } else if (move[k] === 2) {
      extras++;
      k -= m + 1;
    } else k -= 1;
  }
  return { first, last: Math.floor(at / (m + 1)) - 1, rowIndices: rowIndices.reverse(), weight, extras };
}

/** How many negations a piece of text holds, by the script's negations. */
function negationsIn(text: string, script: GramScript): number {
  return text.match(NEGATIONS[script])?.length ?? 0;
}

/** A row's alignment read (see the rule above): the part of the row carried, or nothing. */
interface Judged {
  readonly lo: number;
  readonly hi: number;
  readonly weight: number;
  readonly changes: number;
  readonly cut: boolean;
}

/**
 * Whether unit `j` is within one character of a clause's start (`starts`) or end. The slack is the overlap of the
 * script's grams: a Latin word between (the row's "PC" before "が見つからない") is a whole word the copy lacks, not one
 * character ("プリンターが見つからないため" is a printer's).
 */
function nearClauseEdge(row: Row<unknown>, j: number, starts: boolean): boolean {
  const slack = GRAM[row.script] - 1;
  for (let d = 0; d <= slack; d++) {
    const at = starts ? j - d : j + d;
    if (at < 0 || at >= row.units.length) return false;
    if (d > 0 && row.units[at].script === 'latin') return false;
    if ((starts ? row.clauseStart : row.clauseEnd)[at]) return true;
  }
  return false;
}

/**
 * Whether the paste negates as the row does: the row's part carried, widened to the ends of its sentence on each side
 * where the paste goes on (a tail "없습니다" the paste says as "있습니다" is a negation dropped), against the paste's
 * stretch widened by as many characters; where the paste ends or a quote closes, the copy was cut there and the row's
 * words beyond (and their negations) are not asked for.
 */
function negationsAgree(
  row: Row<unknown>,
  lo: number,
  hi: number,
  text: string,
  paste: readonly Unit[],
  al: Alignment,
  endsPaste: (at: number, after: boolean) => boolean,
): boolean {
  const units = row.units;
  let head = units[lo].start;
  let tail = units[hi].end;
  if (!endsPaste(al.first, false))
    for (let j = lo; j >= 0 && row.sentenceOf[j] === row.sentenceOf[lo]; j--) head = units[j].start;
  if (!endsPaste(al.last, true))
    for (let j = hi; j < units.length && row.sentenceOf[j] === row.sentenceOf[hi]; j++) tail = units[j].end;
  const start = paste[al.first].start - (units[lo].start - head);
  const end = paste[al.last].end + (tail - units[hi].end);
  const said = text.slice(Math.max(0, start), end);
  return negationsIn(row.candidate.text.slice(head, tail), row.script) === negationsIn(said, row.script);
}

/** Whether the row's units carried hold TELLING_SHARE of one telling sentence's weight. */
function tells(row: Row<unknown>, al: Alignment): boolean {
  const carried = new Array<number>(row.sentenceWeight.length).fill(0);
  for (const j of al.rowIndices) carried[row.sentenceOf[j]] += row.weights[j];
  return carried.some((w, k) => row.telling[k] && w >= TELLING_SHARE * row.sentenceWeight[k]);
}

function judge(row: Row<unknown>, al: Alignment, text: string, paste: readonly Unit[]): Judged | undefined {
  const lo = al.rowIndices[0];
  const hi = al.rowIndices[al.rowIndices.length - 1];
  let span = 0;
  for (let j = lo; j <= hi; j++) span += row.weights[j];
  if (al.weight < FLOOR[row.script] || al.weight < DENSITY * span) return undefined;
  const whole = al.weight >= WHOLE_SHARE * row.total;
  // The paste's stretch ends where the paste or a quote does: a copy cut there.
  const endsPaste = (at: number, after: boolean) =>
    after
      ? !/[\p{L}\p{N}]/u.test(text.slice(paste[at].end, paste[at].end + 2)) || at === paste.length - 1
      : !/[\p{L}\p{N}]/u.test(text.slice(Math.max(0, paste[at].start - 2), paste[at].start)) || at === 0;
  const startsClause = nearClauseEdge(row, lo, true);
  const endsClause = nearClauseEdge(row, hi, false);
  const clauses =
    (startsClause && (endsClause || endsPaste(al.last, true))) || (endsClause && endsPaste(al.first, false));
  if (!whole && !(clauses && al.weight >= CUT_FLOOR[row.script] && tells(row, al))) return undefined;
  if (!negationsAgree(row, lo, hi, text, paste, al, endsPaste)) return undefined;
  const changes = hi - lo + 1 - al.rowIndices.length + al.extras;
  if (hi - lo + 1 - al.rowIndices.length > SKIP_SHARE * (hi - lo + 1)) return undefined;
  return { lo, hi, weight: al.weight, changes, cut: !whole };
}

/** Whether a quote stands within QUOTE_REACH characters before (or after) an offset of the text. */
function quoteNear(text: string, at: number, before: boolean): boolean {
  return QUOTES.test(before ? text.slice(Math.max(0, at - QUOTE_REACH), at) : text.slice(at, at + QUOTE_REACH));
}

/** Whether the stretch is what the paste says (see the rule above). */
function stands(text: string, paste: readonly Unit[], al: Alignment): boolean {
  const start = paste[al.first].start;
  const end = paste[al.last].end;
  const quoted = quoteNear(text, start, true) && quoteNear(text, end, false);
  return quoted || al.last - al.first + 1 >= PASTE_SHARE * paste.length;
}

/**
 * The one row of the zh, zh-TW, ja, ko and th tables a paste quotes inexactly, or nothing (see the rule above).
 * `candidates` must be a constant list (its compiled form is kept), read with the same `titles` every time: the
 * first sentences that open dialogs of several meanings.
 */
export function nearestScriptQuote<T>(
  text: string,
  candidates: readonly ScriptQuoteCandidate<T>[],
  titles: readonly string[] = [],
): ScriptQuoteReading<T> | undefined {
  if (text.length > MAX_PASTE_CHARS) return undefined;
  const paste = unitsOf(text);
  if (paste.length === 0) return undefined;
  const { rows, holders, weight } = compile(candidates, titles);
  const keys = paste.map(keyOf);
  const shared = new Map<number, number>();
  for (const k of new Set(keys))
    for (const r of holders.get(k) ?? []) shared.set(r, (shared.get(r) ?? 0) + (weight.get(k) ?? 0));
  const aligned = [...shared]
    .filter(([r, held]) => held >= FLOOR[rows[r].script])
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_ALIGNED);
  const read: { row: Row<T>; al: Alignment; judged: Judged }[] = [];
  for (const [r] of aligned) {
    const row = rows[r];
    const al = align(row, keys);
    const judged = al && judge(row, al, text, paste);
    if (al && judged && stands(text, paste, al)) read.push({ row, al, judged });
  }
  read.sort((a, b) => b.judged.weight - a.judged.weight);
  const top = read[0];
  if (!top) return undefined;
  if (
    rivalOver(
      read,
      top,
      RIVAL_SHARE,
      (o) => o.judged.weight,
      (o) => o.al,
    )
  )
    return undefined;
  const { row, judged } = top;
  return {
    item: row.candidate.item,
    text: row.candidate.text,
    weight: judged.weight,
    carried: judged.weight / Math.max(1, row.total),
    changes: judged.changes,
    cut: judged.cut,
    kept: row.candidate.text.slice(row.units[judged.lo].start, row.units[judged.hi].end),
    script: row.script,
  };
}

/** The languages whose tables are read so. */
const SCRIPT_LANGUAGES: ReadonlySet<LocalizedLanguage> = new Set<LocalizedLanguage>(['zh', 'zh-TW', 'ja', 'ko', 'th']);

/** @cache the rows of those languages' tables as candidates (a constant table). */
let scriptRows: readonly ScriptQuoteCandidate<LocalizedWording>[] | undefined;

/** The quoted wordings of the zh, zh-TW, ja, ko and th tables, as candidates of the reading above. */
export function scriptQuoteRows(): readonly ScriptQuoteCandidate<LocalizedWording>[] {
  // A row holding a placeholder ("%s") is no dialog's whole text: its program names what refused; the rest of it
  // ("ปฏิเสธการเชื่อมต่อ", refused the connection) is any program's words.
  scriptRows ??= LOCALIZED_SENTENCES.filter(
    (w) => w.basis === 'wording' && SCRIPT_LANGUAGES.has(w.language) && !/%[\w.]|\{\d\}/.test(w.quoted),
  ).map((w) => ({ item: w, text: w.quoted, meaning: w.sentence }));
  return scriptRows;
}
