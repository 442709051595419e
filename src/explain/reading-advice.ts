/**
 * A message's own advice read as what its program suspects (issue 60, round 33, r33-h65a): a message states a failure
 * ("RDP Authentication failed!", "Die Authentifizierung ist fehlgeschlagen", "RDP 认证失败") and then tells the user what
 * to check ("Please check the RDP username and password", "Bitte Host, Port und Netzwerk prüfen", "请检查网络连接",
 * "パスワードを確認してください"): the part named after the language's "check / verify / make sure" is the program's suspect
 * (tables/own-words/advice-parts.ts), ranked as a suspicion, never as a cause the message states.
 *
 * Not read: advice its language negates right before it ("no need to check the firewall", "nicht prüfen"); advice with
 * no failure stated before it in the same message ("Check the password before you connect"); advice that names none of
 * the parts ("check the logs", "check your settings", "try again", "contact your administrator"); a message naming
 * another product (an SSH or mail server, a database, a VPN: ADVICE_OTHER_PRODUCTS and described-symptoms.ts
 * OTHER_PRODUCTS). A general list of unrelated parts (three groups, or three items of two groups: "check the account,
 * NLA, the RDP service and the certificate") is named, no cause read from it.
 *
 * Linear: the paste's first MAX_TEXT characters split into sentences once (a sentence longer than MAX_SENTENCE is not
 * one message and is skipped); in each, every language's fixed-word patterns run once, at most MAX_MARKERS pieces of
 * advice a language are looked at, and each part is looked for in a window of ADVICE_WINDOW characters beside its
 * marker, the failure in FAILURE_WINDOW characters before it.
 */
import {
  ADVICE_LANGUAGES,
  ADVICE_OTHER_PRODUCTS,
  ADVICE_PARTS,
  type AdviceGroup,
  type AdviceLanguage,
  type AdvicePart,
} from './tables/own-words/advice-parts.js';
import { REMOTE_DESKTOP_WORDS } from './tables/other-products/other-subsystems.js';
import { REMOTE_COMPUTER_WORDS } from './tables/own-words/described-said-latin.js';
import { OTHER_PRODUCTS } from './tables/own-words/described-symptoms.js';
import { type DescriptionLanguage, wordsPattern } from './tables/own-words/symptom-concept.js';

/** One part the advice names, where it stands and the words read. */
export interface AdvisedPart {
  readonly part: AdvicePart;
  readonly word: string;
  readonly at: number;
}

/** What a paste's advice names: its parts in order, the advice as written, its language and that language's page. */
export interface AdviceRead {
  readonly parts: readonly AdvisedPart[];
  readonly advice: string;
  readonly language: DescriptionLanguage;
  readonly source: string;
  /** A general list of unrelated parts: named, no cause read from it. */
  readonly general: boolean;
}

const MAX_TEXT = 4_000;
/** A message pasted alone is at most this long: longer text must name Remote Desktop for its advice to be read. */
const SHORT_MESSAGE = 400;
const MAX_SENTENCE = 400;
const MAX_MARKERS = 4;
const ADVICE_WINDOW = 140;
const FAILURE_WINDOW = 300;
/** How far before a marker its negation is looked for (characters). */
const NOT_WINDOW = 14;

/** A sentence ends at these signs; a period only where no letter or digit follows it ("netvsc.sys", "10.0.0.5"). */
const SENTENCE_ENDS = /[!?。！？\n]|\.(?![\p{L}\p{N}])/gu;

/** What separates the items of a list of parts: punctuation and each language's "and" and "or". */
const LIST_SEPARATORS =
  /[,，、;；/]|\s(?:and|or|und|oder|et|ou|y|o|e|en|of|i|lub|oraz|и|или|ve|veya|nebo|och|eller)\s|和|或|及|与|與|과 |와 |및|と|や/gu;

interface CompiledLanguage {
  readonly row: AdviceLanguage;
  readonly check: RegExp;
  readonly checkAfter: RegExp;
  readonly failed: RegExp;
  readonly notBefore: RegExp;
  readonly notAfter?: RegExp;
  /** Each part's words of the language and of English, one pattern a part. */
  readonly parts: readonly { readonly part: AdvicePart; readonly re: RegExp }[];
}

const NOTHING = /(?!)/gu;
const global = (re: RegExp) => new RegExp(re.source, `${re.flags.replace('g', '')}g`);

/** @cache the languages' patterns: a pure function of the constant tables, compiled once. */
let compiled: readonly CompiledLanguage[] | undefined;

function languages(): readonly CompiledLanguage[] {
  compiled ??= ADVICE_LANGUAGES.map((row) => {
    const english = ADVICE_LANGUAGES[0] as AdviceLanguage;
    return {
      row,
      check: row.check ? global(wordsPattern(row.check)) : NOTHING,
      checkAfter: row.checkAfter ? global(wordsPattern(row.checkAfter)) : NOTHING,
      // The failure stated in the language, or in English (a client's English title above its translated advice).
      failed: global(wordsPattern(row.language === 'en' ? row.failed : `${row.failed}|${english.failed}`)),
      notBefore: new RegExp(`${wordsPattern(row.notBefore).source}\\s?$`, 'u'),
      ...(row.notAfter ? { notAfter: new RegExp(`^\\s?${wordsPattern(row.notAfter).source}`, 'u') } : {}),
      parts: ADVICE_PARTS.map((part) => {
        const own = row.language === 'en' ? undefined : part.words[row.language];
        return { part, re: global(wordsPattern(own ? `${part.words.en}|${own}` : part.words.en)) };
      }),
    };
  });
  return compiled;
}

/**
 * The parts named in a window of advice, in order: where two parts' words overlap ("network" inside "network level
 * authentication", "user" inside "remote desktop users"), the longer is read.
 */
function partsIn(window: string, from: number, lang: CompiledLanguage): AdvisedPart[] {
  const found: AdvisedPart[] = [];
  for (const { part, re } of lang.parts)
    for (const m of window.matchAll(re)) found.push({ part, word: m[0], at: from + m.index });
  found.sort((a, b) => b.word.length - a.word.length);
  const kept: AdvisedPart[] = [];
  for (const f of found)
    if (!kept.some((k) => f.at < k.at + k.word.length && k.at < f.at + f.word.length)) kept.push(f);
  return kept.sort((a, b) => a.at - b.at);
}

/** The items of the list the parts stand in: the pieces between its separators, from its first part to its last. */
function listItems(text: string, parts: readonly AdvisedPart[]): number {
  const first = parts[0];
  const last = parts.at(-1);
  if (!first || !last) return 0;
  const span = text.slice(first.at, last.at + last.word.length);
  return span.split(LIST_SEPARATORS).filter((s) => s !== undefined && s.trim() !== '').length;
}

/** The advice one sentence gives after a failure stated, in one language: its parts and the advice's words. */
function adviceIn(
  text: string,
  sentence: string,
  from: number,
  lang: CompiledLanguage,
): { parts: AdvisedPart[]; advice: string } | undefined {
  const forward = [...sentence.matchAll(lang.check)].slice(0, MAX_MARKERS);
  const backward = [...sentence.matchAll(lang.checkAfter)]
    .slice(0, MAX_MARKERS)
    .filter((m) => !forward.some((f) => f.index === m.index));
  const parts: AdvisedPart[] = [];
  let advice = '';
  for (const [m, after] of [
    ...forward.map((m): [RegExpMatchArray, boolean] => [m, true]),
    ...backward.map((m): [RegExpMatchArray, boolean] => [m, false]),
  ]) {
    const at = m.index ?? 0;
    if (lang.notBefore.test(sentence.slice(Math.max(0, at - NOT_WINDOW), at))) continue;
    const next = at + m[0].length;
    if (lang.notAfter?.test(sentence.slice(next, next + NOT_WINDOW))) continue;
    const before = text.slice(Math.max(0, from + at - FAILURE_WINDOW), from + at);
    const failures = [...before.matchAll(lang.failed)];
    const lastFailure = failures.at(-1);
    if (!lastFailure) continue;
    // The part comes after the advice's words, or before them (Japanese, Korean, Turkish, German's infinitive), but
    // never inside the failure's own statement.
    const failureEnd = from + at - before.length + (lastFailure.index ?? 0) + lastFailure[0].length;
    const start = after ? at + m[0].length : Math.max(0, at - ADVICE_WINDOW, failureEnd - from);
    const end = after ? Math.min(sentence.length, start + ADVICE_WINDOW) : at;
    const found = partsIn(sentence.slice(start, end), from + start, lang);
    if (found.length === 0) continue;
    parts.push(...found);
    advice ||= sentence.slice(Math.min(start, at), Math.max(end, at + m[0].length)).trim();
  }
  return parts.length > 0 ? { parts, advice } : undefined;
}

/**
 * Whether the advice may be Remote Desktop's: the paste names no other product whose advice it would be, and it is
 * one message pasted alone (at most SHORT_MESSAGE characters) or names Remote Desktop.
 */
function adviceOfRemoteDesktop(text: string): boolean {
  if (ADVICE_OTHER_PRODUCTS.test(text) || OTHER_PRODUCTS.some((p) => p.words.test(text))) return false;
  if (PEER_ADVICE.test(text)) return false;
  return text.length <= SHORT_MESSAGE || REMOTE_DESKTOP_WORDS.test(text);
}

/**
 * The machine a connection goes to, as connection managers and bastions name it ("the target machine is unreachable
 * or the password is not correct"): a sign-in to a remote machine, not to the page the user is on.
 */
const REMOTE_TARGET = /\b(?:target|remote) (?:machine|host|server|computer|system)s?\b/;

/**
 * Advice that puts the user's own side beside the other's ("make sure both you and the host are online", "you and
 * your partner"): a session between two peers (screen sharing, a collaboration session, remote assistance), not a
 * client reaching a server.
 */
const PEER_ADVICE =
  /\bboth you and\b|\byou and (?:the|your) (?:host|other (?:party|user|person|side)|partner|peer)s?\b/;

/**
 * A line that starts with a time stamp (OpenVPN's "Tue Jan 26 18:23:33 2016", ISO dates, "[12:00:01]", "12:00:01"):
 * a program's log, whose advice ("(check your network connectivity)") is that program's note to its operator, read
 * by the log readers, not here.
 */
const LOG_STAMP =
  /^\s{0,8}(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},? [a-z]{3,9} {1,2}\d{1,2},? \d{2}:\d{2}|\d{4}[-/.]\d{2}[-/.]\d{2}[ t]\d{2}:\d{2}|\[[^\]\n]{0,40}\d{2}:\d{2}|\d{2}:\d{2}:\d{2}\b)/im;

/**
 * What the paste's advice names after a failure it states, or undefined: none, negated, with no failure before it,
 * or in another product's message. `pasted`: the paste as given.
 */
export function readAdvice(pasted: string): AdviceRead | undefined {
  if (LOG_STAMP.test(pasted.slice(0, MAX_TEXT))) return undefined;
  const text = pasted.slice(0, MAX_TEXT).toLowerCase().replace(/\s+/g, ' ');
  if (!adviceOfRemoteDesktop(text)) return undefined;
  let read: { parts: AdvisedPart[]; advice: string; lang: CompiledLanguage } | undefined;
  let from = 0;
  for (const end of [...text.matchAll(SENTENCE_ENDS), undefined]) {
    const to = end ? (end.index ?? 0) : text.length;
    const sentence = text.slice(from, to);
    if (sentence.length <= MAX_SENTENCE)
      for (const lang of languages()) {
        const found = adviceIn(text, sentence, from, lang);
        if (!found) continue;
        if (!read) read = { ...found, lang };
        else read.parts.push(...found.parts.filter((p) => !read?.parts.some((r) => r.at === p.at)));
      }
    from = end ? to + end[0].length : to;
  }
  if (!read) return undefined;
  const all = [...read.parts].sort((a, b) => a.at - b.at);
  const groups = new Set<AdviceGroup>(all.map((p) => p.part.group));
  const general = groups.size >= 3 || (groups.size >= 2 && listItems(text, all) >= 3);
  // A sign-in failure and "check the user name and password" is every program's sign-in page (a web portal's, a
  // gateway's own, a mail account's): the credentials are Remote Desktop's only in a paste naming it or the machine
  // the connection goes to, or beside the domain only a Windows account has.
  const windowsAccount =
    REMOTE_DESKTOP_WORDS.test(text) ||
    REMOTE_COMPUTER_WORDS.test(text) ||
    REMOTE_TARGET.test(text) ||
    all.some((p) => p.part.id === 'domain');
  const kept = all.filter((p) => windowsAccount || p.part.id !== 'credentials');
  if (kept.length === 0) return undefined;
  const parts = kept.filter((p, i) => kept.findIndex((q) => q.part.id === p.part.id) === i);
  return { parts, advice: read.advice, language: read.lang.row.language, source: read.lang.row.source, general };
}
