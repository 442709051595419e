/**
 * What quoted-in-prose.test.ts and its slow-tier rest share: the prose frames of our own, the English texts of the
 * message-text and sentence tables, and the checks that a text framed in prose reads as the text alone. The fast
 * tier checks the first and last text of each code family and of each cause set (`endsOfEach`, `quotedEnds`); the
 * rest file checks every text.
 */
import { expect } from 'vitest';
import { foldText } from '../../src/explain/tables/languages/localized.js';
import { MESSAGE_TEXTS, type MessageText } from '../../src/explain/tables/codes/message-texts.js';
import type { KnownSentence } from '../../src/explain/tables/sentences/known-sentence.js';
import { KNOWN_SENTENCES } from '../../src/explain/tables/sentences/sentences.js';
import { firstSentenceOf } from '../../src/explain/tables/sentences/quoted-text.js';
import { answerOrRefused, causeIds, sentenceIds } from './explain.js';

/** Prose frames of our own around a quoted text. */
export const FRAMES: readonly ((text: string) => string)[] = [
  (t) => `I get this error: "${t}" when I connect`,
  (t) => `when i connect from another pc i get the following error, ${t.toLowerCase()}`,
  (t) => `Since this morning it says «${t}» and nothing else.`,
];

export const english: readonly MessageText[] = MESSAGE_TEXTS.filter((m) => m.language === 'en');

/** A first sentence long enough and no other code's text holds: the one the paste may quote alone. */
export function distinctFirst(code: string, text: string): string | undefined {
  const first = firstSentenceOf(text);
  if (!first || foldText(first).length < 30 || first.split(/\s+/).length < 5) return undefined;
  return MESSAGE_TEXTS.some((m) => m.code !== code && foldText(m.text).includes(foldText(first))) ? undefined : first;
}

/** A sentence and the dialog's text its `what` quotes. */
interface Quoted {
  readonly s: KnownSentence;
  readonly quote: string;
}

/** The English sentences whose `what` quotes the dialog's text, read by that text alone or not (table order). */
const quoting: readonly Quoted[] = KNOWN_SENTENCES.flatMap((s) => {
  const quote = /"([^"]{20,300})"/.exec(s.what)?.[1];
  // A phrase many programs show, or a generic system text, is read by the rest of the paste too (by design): left out.
  const byItself = !s.commandOutput && !s.otherProduct && !s.phrase && !s.signIn;
  return quote && byItself ? [{ s, quote }] : [];
});

/** The quoted text alone reads as the sentence (an answer read: each costs a paste's reading). */
const readAlone = ({ s, quote }: Quoted): boolean => sentenceIds(quote).includes(s.id);

/**
 * The English sentences whose `what` quotes the dialog's text and that text alone reads as the sentence: every one
 * (the rest file), read on first use rather than when a file imports this one.
 */
export const quotedSentences = (): readonly Quoted[] => quoting.filter(readAlone);

/**
 * The first and last of `quotedSentences()` in each group, as `endsOfEach` gives them, found by reading each group's
 * texts from either end only until one reads alone (the fast tier's few, without reading every text).
 */
export function quotedEnds(group: (q: Quoted) => string): Quoted[] {
  const groups = new Map<string, Quoted[]>();
  for (const q of quoting) groups.set(group(q), [...(groups.get(group(q)) ?? []), q]);
  return [...groups.values()].flatMap((g) => {
    const first = g.find(readAlone);
    const last = first && [...g].reverse().find(readAlone);
    return !first ? [] : first === last || !last ? [first] : [first, last];
  });
}

/** A code's family: its prefix (STATUS, ERROR, CRYPT, TRUST) or, for SEC_E_ and CERT_E_, the first two parts. */
export const codeFamily = (code: string): string =>
  code
    .split('_')
    .slice(0, /^(?:SEC|CERT)_/.test(code) ? 2 : 1)
    .join('_');

/** The first and the last item of each group, in table order. */
export function endsOfEach<T>(items: readonly T[], group: (item: T) => string): T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(group(item), [...(groups.get(group(item)) ?? []), item]);
  return [...groups.values()].flatMap((g) => (g.length > 1 ? [g[0] as T, g[g.length - 1] as T] : g));
}

/** Each message text, in every frame, reads the cause ids it reads alone. */
export function expectFramedTextsRead(texts: readonly MessageText[]): void {
  for (const m of texts) {
    const alone = causeIds(m.text);
    for (const frame of FRAMES) expect(causeIds(frame(m.text)), frame(m.text)).toEqual(alone);
  }
}

/** Each message text cut after its first sentence, where that sentence is its alone: read as the text, and said. */
export function expectFramedFirstSentencesRead(texts: readonly MessageText[]): number {
  let cut = 0;
  for (const m of texts) {
    const first = distinctFirst(m.code, m.text);
    if (!first) continue;
    cut++;
    const alone = causeIds(m.text);
    for (const frame of FRAMES) expect(causeIds(frame(first)), frame(first)).toEqual(alone);
    expect(answerOrRefused(FRAMES[0](first))?.paste?.parts.find((p) => p.text === m.code)?.meaning).toMatch(
      /Read by its first sentence, quoted inside the paste/,
    );
  }
  return cut;
}

/** Each dialog sentence's quoted text, in every frame, reads the cause ids it reads alone. */
export function expectFramedQuotesRead(quotes: readonly { readonly quote: string }[]): void {
  for (const { quote } of quotes) {
    const alone = causeIds(quote);
    for (const frame of FRAMES) expect(causeIds(frame(quote)), frame(quote)).toEqual(alone);
  }
}
