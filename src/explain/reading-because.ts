/**
 * A failure and the reason its sentence gives for it, in any language of tables/own-words/described-because.ts: one
 * sentence says the connection failed (the language's words for "cannot connect", "disconnected", "error") and, after
 * its word for "because" (or before it, where the language puts the reason first: "…のため", "…므로", "…导致",
 * "…dığından"), names a part whose state made it fail (a network interface, a network security group, safe mode, a
 * license server…). The stated reason is read as the answer's cause, ahead of the words that only name the failure
 * ("中斷連線" is a connection dropping, unless the sentence says it dropped because no licence was available).
 *
 * Read by described-reading.ts, behind its gates (a paste about Remote Desktop that names no other remote-access
 * product). Not read: a "because" its language negates right before it ("not because of the firewall", "不是因为"); a
 * sentence that states no failure ("it works because the firewall rule was added").
 *
 * Linear: the text split into sentences once (a sentence longer than MAX_SENTENCE is not one statement and is
 * skipped); in each, every language's fixed-word patterns run once, at most MAX_MARKERS "because" words a language are
 * looked at, and each reason is looked for in a window of REASON_WINDOW characters beside its marker.
 */
import {
  BECAUSE_LANGUAGES,
  BECAUSE_REASONS,
  type BecauseLanguage,
  type BecauseReason,
} from './tables/own-words/described-because.js';
import { type DescriptionLanguage, wordsPattern } from './tables/own-words/symptom-concept.js';

/** One reason read: the reason, the language of its "because", where it stands and the words read. */
export interface ReasonRead {
  readonly reason: BecauseReason;
  readonly language: DescriptionLanguage;
  /** The page the language's words come from. */
  readonly source: string;
  readonly at: number;
  readonly word: string;
  /** The sentence it stands in (its start and end in the text): the failure it explains is that sentence's. */
  readonly sentence: readonly [number, number];
}

const MAX_SENTENCE = 600;
const MAX_MARKERS = 6;
const REASON_WINDOW = 120;
/** How far before a "because" its negation is looked for (characters). */
const NOT_WINDOW = 12;

/** A sentence ends at these signs; a period only where no letter or digit follows it ("netvsc.sys", "10.0.14393"). */
const SENTENCE_ENDS = /[!?。！？\n]|\.(?![\p{L}\p{N}])/gu;

interface CompiledLanguage {
  readonly row: BecauseLanguage;
  readonly because: RegExp;
  readonly reasonFirst?: RegExp;
  readonly failed: RegExp;
  readonly notBecause: RegExp;
  readonly notAfter?: RegExp;
}

const global = (re: RegExp) => new RegExp(re.source, 'gu');

/** @cache the languages' patterns: a pure function of the constant table, compiled once. */
let compiled: readonly CompiledLanguage[] | undefined;
/** @cache each reason's words of every language as one pattern, compiled once. */
let reasons: readonly { readonly reason: BecauseReason; readonly re: RegExp }[] | undefined;

function languages(): readonly CompiledLanguage[] {
  compiled ??= BECAUSE_LANGUAGES.map((row) => ({
    row,
    // A language whose every "because" comes after its reason (Korean) has none before it: a pattern matching nothing.
    because: row.because ? global(wordsPattern(row.because)) : /(?!)/gu,
    ...(row.reasonFirst ? { reasonFirst: global(wordsPattern(row.reasonFirst)) } : {}),
    failed: wordsPattern(row.failed),
    notBecause: new RegExp(`${wordsPattern(row.notBecause).source}\\s?$`, 'u'),
    ...(row.notAfter ? { notAfter: new RegExp(`^\\s?${wordsPattern(row.notAfter).source}`, 'u') } : {}),
  }));
  return compiled;
}

/** A word written in ASCII only ("nsg", "dhcp", "static ip"). */
const ASCII_WORD = /^[\x20-\x7e]+$/;
/** Latin letters and digits: what an ASCII word must not touch; a Hangul or Han sign may ("nsg에서", "ip而"). */
const LATIN_SIDE = '[\\p{Ll}\\p{Lu}\\p{N}_]';

/**
 * The reasons' words as one pattern: a word in ASCII as a whole word among Latin letters but found beside the signs of
 * a script written onto it (Korean writes its particles onto "NSG": "NSG에서"); every other word as wordsPattern reads
 * it. `*` at a word's end takes up to 12 more letters.
 */
function reasonPattern(words: string): RegExp {
  const parts = words.split('|').map((w) => {
    if (!ASCII_WORD.test(w)) return wordsPattern(w).source;
    const prefix = w.endsWith('*');
    const bare = (prefix ? w.slice(0, -1) : w).replace(/[.*+?^${}()[\]\\]/g, '\\$&');
    return `(?<!${LATIN_SIDE})${bare}${prefix ? '\\p{L}{0,12}' : ''}(?!${LATIN_SIDE})`;
  });
  return new RegExp(`(?:${parts.join('|')})`, 'gu');
}

function reasonPatterns(): readonly { readonly reason: BecauseReason; readonly re: RegExp }[] {
  reasons ??= BECAUSE_REASONS.map((reason) => ({ reason, re: reasonPattern(Object.values(reason.words).join('|')) }));
  return reasons;
}

/**
 * The reason nearest a marker: after it (`after`), the first within the window; before it, the last. Undefined when
 * none of the reasons' words stands there.
 */
function nearestReason(
  window: string,
  after: boolean,
): { reason: BecauseReason; index: number; word: string } | undefined {
  let best: { reason: BecauseReason; index: number; word: string } | undefined;
  for (const { reason, re } of reasonPatterns())
    for (const m of window.matchAll(re)) {
      const better = !best || (after ? m.index < best.index : m.index > best.index);
      if (better) best = { reason, index: m.index, word: m[0] };
      if (after) break;
    }
  return best;
}

/** The reasons one sentence gives for the failure it states, in one language. */
function reasonsIn(sentence: string, from: number, lang: CompiledLanguage): ReasonRead[] {
  if (!lang.failed.test(sentence)) return [];
  const found: ReasonRead[] = [];
  const markers: [RegExpMatchArray, boolean][] = [
    ...[...sentence.matchAll(lang.because)].slice(0, MAX_MARKERS).map((m): [RegExpMatchArray, boolean] => [m, true]),
    ...(lang.reasonFirst ? [...sentence.matchAll(lang.reasonFirst)].slice(0, MAX_MARKERS) : []).map(
      (m): [RegExpMatchArray, boolean] => [m, false],
    ),
  ];
  for (const [m, after] of markers) {
    const at = m.index ?? 0;
    if (lang.notBecause.test(sentence.slice(Math.max(0, at - NOT_WINDOW), at))) continue;
    const next = at + m[0].length;
    if (!after && lang.notAfter?.test(sentence.slice(next, next + NOT_WINDOW))) continue;
    const start = after ? at + m[0].length : Math.max(0, at - REASON_WINDOW);
    const window = after ? sentence.slice(start, start + REASON_WINDOW) : sentence.slice(start, at);
    const r = nearestReason(window, after);
    if (!r) continue;
    const wordAt = start + r.index;
    const [a, b] = after ? [at, wordAt + r.word.length] : [wordAt, at + m[0].length];
    found.push({
      reason: r.reason,
      language: lang.row.language,
      source: lang.row.source,
      at: from + Math.min(a, wordAt),
      word: sentence.slice(a, b).trim(),
      sentence: [from, from + sentence.length],
    });
  }
  return found;
}

/**
 * Every reason the text's sentences give for a failure they state, in the order they come, one per reason. `text`:
 * lower case, spaces folded (as described-reading.ts reads a description).
 */
export function readReasons(text: string): ReasonRead[] {
  const found: ReasonRead[] = [];
  let from = 0;
  for (const end of [...text.matchAll(SENTENCE_ENDS), undefined]) {
    const to = end ? (end.index ?? 0) : text.length;
    const sentence = text.slice(from, to);
    if (sentence.length <= MAX_SENTENCE)
      for (const lang of languages())
        for (const r of reasonsIn(sentence, from, lang))
          if (!found.some((f) => f.reason.id === r.reason.id)) found.push(r);
    from = end ? to + end[0].length : to;
  }
  return found.sort((a, b) => a.at - b.at);
}
