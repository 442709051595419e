/**
 * A generic phrase is not a specific row (issue 60, round 33): "RDP connection failed", "Verbindung fehlgeschlagen",
 * "接続に失敗しました", "the session was disconnected" are printed by every program, so a row of one program that
 * happens to start with such a phrase (aRDP's "RDP Connection failed! Either network connectivity was interrupted…")
 * is not what a paste holding only that phrase says. A support engineer reads a row by what makes it that row: its
 * telling clause, its rare words.
 *
 * The rule, written once for every catalog and every approximate reader:
 * - A language's **common units** are counted over the tables' messages of that language, built once: the other
 *   programs' catalogs (Remmina's and Guacamole's, client-catalogs-data.ts; NETworkManager's, aRDP's and Spark View's,
 *   nwm-bvnc-catalogs-data.ts) and, in English, the Windows client's texts of its disconnect reasons
 *   (client-error-texts.ts) and the messages the client's, Windows' and other programs' rows quote
 *   (uncoded-sentences.ts, third-party-clients.ts). A unit is a word of three letters or more (letters and digits, folded: case and accents
 *   dropped; shorter words are the language's joints) in the scripts written with spaces, and a pair of neighbouring characters in those written without (Chinese, Japanese, Thai),
 *   whose words are not delimited, each counted with the messages of the language holding it (a message: one key of one program, counted once however many of its releases or variants the tables keep).
 *   A unit the messages of nearly every language hold alike (NAME_SHARE: "RDP") is the domain's name: it is no
 *   unit of a clause when its genericity is judged.
 * - A text is a **generic phrase** of its language when at least COMMON_MESSAGES messages of the language hold
 *   every unit of it: nothing in it says which message it is. A text with no unit at all is generic too.
 * - A clause of a row is **telling** when it is not a generic phrase: a row whose first sentence is generic is read
 *   by that sentence together with one of its telling clauses (a user quoting aRDP's first sentence and "Se
 *   interrumpió la conectividad de la red" still quotes aRDP), never by its first sentence alone; an approximate
 *   reading whose kept part of the row is generic is no reading.
 * - A language without messages in the tables has no common units: nothing in it is generic (its rows stay as read).
 */
import { CATALOG_ROWS } from '../languages/client-catalogs-data.js';
import { NWM_BVNC_ROWS } from '../languages/nwm-bvnc-catalogs-data.js';
import { CLIENT_ERROR_TEXT_ROWS, CLIENT_ERROR_TEXTS } from '../sentences/client-error-texts.js';
import type { KnownSentence } from '../sentences/known-sentence.js';
import { UNCODED_SENTENCES } from '../sentences/uncoded-sentences.js';
import { THIRD_PARTY_SENTENCES } from '../program-logs/third-party-clients.js';

/** A text all of whose units this many messages of a language hold together is any program's words for a failure. */
export const COMMON_MESSAGES = 3;

/**
 * A unit the messages of nearly every language hold, spelled alike ("RDP"), is the domain's name, not a word of any
 * language: it tells no message from another, and a clause's other units decide.
 */
export const NAME_SHARE = 0.9;

/** Runs of the scripts written without spaces between words: read as pairs of neighbouring characters. */
const SPACELESS = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\u30fc]$/u;
/** Shorter words ("de", "la", "to", "is") are every language's joints, not what a message says: no units. */
const MIN_WORD = 3;
/** A placeholder of a catalog's message (`%s`, `%1$s`, `{NAME}`): no word of the message. */
const PLACEHOLDER = /%(?:\d\$)?s|\{[A-Z_]{1,40}\}/g;
/** What ends a clause: a sentence's end, a comma, a colon or semicolon, a line break (every script's forms). */
const CLAUSE_BREAK = /[.!?;:,\n。．！？，、；：|]/u;

/** A character folded as the units are: lower case, accents and other marks dropped. */
const fold = (ch: string) => ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A text's units (see the rule above): its words in the scripts written with spaces, of MIN_WORD characters or more
 * and not digits only, and the pairs of neighbouring characters of its runs in the other scripts (a run of one: itself).
 * One pass over the text's characters.
 */
export function phraseUnits(text: string): string[] {
  const out = new Set<string>();
  let word = '';
  let run: string[] = [];
  const endWord = () => {
    if (word.length >= MIN_WORD && !/^\d+$/.test(word)) out.add(word);
    word = '';
  };
  const endRun = () => {
    if (run.length === 1) out.add(run[0] ?? '');
    for (let i = 0; i + 1 < run.length; i++) out.add(`${run[i]}${run[i + 1]}`);
    run = [];
  };
  for (const raw of text.replace(PLACEHOLDER, ' ')) {
    if (SPACELESS.test(raw)) {
      endWord();
      run.push(raw);
      continue;
    }
    endRun();
    const ch = fold(raw);
    if (/^[\p{L}\p{N}]+$/u.test(ch)) word += ch;
    else if (!/^\p{M}*$/u.test(ch)) endWord();
  }
  endWord();
  endRun();
  return [...out];
}

/** A language's tag as the counts are kept: its base ("pt-PT", "zh-TW" and "ca-valencia" with their language's). */
const baseOf = (language: string) => language.toLowerCase().split('-')[0] ?? language;

/**
 * Every message of the tables: its language, what it is counted once as (its program and its key, or the sentence a
 * catalog's row translates: one message however many releases or wordings of it the tables keep), its text.
 */
function* messages(): Generator<{ readonly language: string; readonly id: string; readonly text: string }> {
  for (const r of CATALOG_ROWS)
    yield {
      language: r.language,
      id: `${r.app} ${r.sentence || r.key || phraseUnits(r.text).join(' ')}`,
      text: r.text,
    };
  for (const r of NWM_BVNC_ROWS) yield { language: r.language, id: `${r.app} ${r.key}`, text: r.text };
  for (const r of CLIENT_ERROR_TEXT_ROWS) yield { language: 'en', id: `mstsc ${r.code}`, text: r.words };
  for (const s of ENGLISH_SENTENCES) yield { language: 'en', id: `sentence ${s.id}`, text: quotedIn(s.what) };
}

/** The English sentences whose descriptions quote a client's or a dialog's message (what they are read by). */
const ENGLISH_SENTENCES: readonly KnownSentence[] = [
  ...CLIENT_ERROR_TEXTS,
  ...UNCODED_SENTENCES,
  ...THIRD_PARTY_SENTENCES,
];

/** The texts a description quotes ("The client's message “…”"), joined. */
const quotedIn = (what: string) =>
  [...what.matchAll(/["\u201c]([^"\u201c\u201d]{1,400})["\u201d]/gu)].map((m) => m[1] ?? '').join('\n');

/** @cache each language's units with the messages holding them, and the domain's names: built once from the constant tables. */
let held:
  | { readonly by: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>; readonly names: ReadonlySet<string> }
  | undefined;

function unitMessages(): ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>> {
  return tables().by;
}

function tables(): NonNullable<typeof held> {
  if (held) return held;
  const by = new Map<string, Map<string, Set<string>>>();
  const languagesOf = new Map<string, Set<string>>();
  for (const m of messages()) {
    const language = baseOf(m.language);
    const units = by.get(language) ?? new Map<string, Set<string>>();
    by.set(language, units);
    for (const unit of phraseUnits(m.text)) {
      units.set(unit, (units.get(unit) ?? new Set()).add(m.id));
      languagesOf.set(unit, (languagesOf.get(unit) ?? new Set()).add(language));
    }
  }
  const names = new Set([...languagesOf].filter(([, ls]) => ls.size >= NAME_SHARE * by.size).map(([u]) => u));
  held = { by, names };
  return held;
}

/** Whether a language has messages in the tables (else nothing in it is called generic). */
export function hasGenericPhrases(language: string): boolean {
  return unitMessages().has(baseOf(language));
}

/** How many messages of the language hold every unit of the text (the smallest unit's messages, narrowed). */
export function messagesHolding(text: string, language: string): number {
  const units = unitMessages().get(baseOf(language));
  if (!units) return 0;
  const { names } = tables();
  const sets = phraseUnits(text)
    .filter((u) => !names.has(u))
    .map((u) => units.get(u) ?? new Set<string>())
    .sort((a, b) => a.size - b.size);
  const [smallest, ...rest] = sets;
  if (!smallest) return Number.POSITIVE_INFINITY;
  let n = 0;
  for (const id of smallest) if (rest.every((s) => s.has(id))) n++;
  return n;
}

/** Whether a text is a generic phrase of its language (see the rule above). */
export function isGenericPhrase(text: string, language: string): boolean {
  return hasGenericPhrases(language) && messagesHolding(text, language) >= COMMON_MESSAGES;
}

/** A text's clauses, trimmed, empty ones left out. */
export function clausesOf(text: string): string[] {
  return text
    .replace(PLACEHOLDER, ' ')
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** The clauses of a text that are no generic phrase of its language: what tells which message it is. */
export function tellingClauses(text: string, language: string): string[] {
  return clausesOf(text).filter((c) => !isGenericPhrase(c, language));
}

/** Shorter than this once folded (letters and digits), a clause is too little of a row to tell it by. */
const MIN_TELLING = 12;

/**
 * Where a message's first sentence (`first`, the start of `text`) is a generic phrase of its language: the clauses
 * after it that tell the message (no generic phrase, at least MIN_TELLING letters), which a paste must hold one of
 * beside the first sentence (possibly none: the message is then not read by its words). Undefined where the first
 * sentence is no generic phrase: the message is read as before.
 */
export function genericStart(
  text: string,
  first: string,
  language: string,
): { readonly telling: readonly string[] } | undefined {
  if (!isGenericPhrase(first, language)) return undefined;
  return { telling: tellingAfter(text, first, language) };
}

/** The clauses after a text's first sentence that tell its message (see the rule above). */
export function tellingAfter(text: string, first: string, language: string): readonly string[] {
  const rest = text.startsWith(first) ? text.slice(first.length) : '';
  return tellingClauses(rest, language).filter((c) => phraseUnits(c).join('').length >= MIN_TELLING);
}

/** Whether every clause of a text is a generic phrase of its language: nothing in it tells a message. */
export function saysNothingTelling(text: string, language: string): boolean {
  return hasGenericPhrases(language) && tellingClauses(text, language).length === 0;
}
