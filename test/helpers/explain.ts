/** What the explain tests read off an answer of `explainCode`, written once for every paste test. */
import { expect } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';

type Explanation = ReturnType<typeof explainCode>;

const answerOf = (x: string | Explanation): Explanation => (typeof x === 'string' ? explainCode(x) : x);

/** The likely causes' ids, in the answer's order (a paste or an answer already read; none for a refused paste's). */
export const causeIds = (x: string | Explanation | undefined): string[] =>
  x === undefined ? [] : answerOf(x).likelyCauses.map((c) => c.causeId);

/**
 * The answer to a paste, or undefined where it is refused (no code or known sentence): for a near miss, of which
 * either is right as long as it is not read as the text it is close to.
 */
export function answerOrRefused(text: string): Explanation | undefined {
  try {
    return explainCode(text);
  } catch {
    return undefined;
  }
}

/** The known sentences the paste was read as; none where it is refused as holding nothing (no sentence either). */
export const sentenceIds = (text: string): string[] =>
  (answerOrRefused(text)?.paste?.parts ?? []).filter((p) => p.table === 'sentence').map((p) => p.text);

/** The paste is refused, as holding no code or known sentence: nothing is read from it, nothing guessed. */
export function expectRefused(paste: string) {
  expect(() => explainCode(paste), paste).toThrow(/holds no code or known sentence/);
}

/** The paste is said as each pattern matches its summary, and blames no cause: named, nothing invented. */
export function expectSaidNoCause(paste: string, ...says: RegExp[]): Explanation {
  const e = explainCode(paste);
  for (const re of says) expect(e.summary, paste).toMatch(re);
  expect(e.likelyCauses, paste).toEqual([]);
  return e;
}

/** The summary of the answer to a paste; empty where the paste is refused (a near miss either way). */
export const summaryOrNone = (text: string): string => answerOrRefused(text)?.summary ?? '';

/** The answer's main reading: the error code's, else the extended code's, else the other reading's. */
export const mainReading = (text: string) => {
  const e = explainCode(text);
  return e.primary ?? e.extended ?? e.other;
};

/** The table of every reading the answer gives (main and other readings). */
export const tablesOf = (text: string): string[] => {
  const e = explainCode(text);
  return [e.primary, e.extended, e.other, ...e.otherReadings].flatMap((r) => (r ? [r.table] : []));
};

/**
 * The paste read as command output (of `command` where given): no error code, no paste of parts, never "not in our
 * tables" (no number in the output looked up).
 */
export function asCommandOutput(text: string, command?: string): Explanation {
  const e = explainCode(text);
  expect(e.other?.table, text).toBe('commandOutput');
  if (command !== undefined) expect(e.other?.name, text).toBe(command);
  expect(e.primary, text).toBeUndefined();
  expect(e.paste, text).toBeUndefined();
  expect(JSON.stringify(e), text).not.toMatch(/not in our tables/);
  return e;
}

/** A localized wording of a known sentence, and what it must not be confused with. */
export interface LocalizedSentenceCase {
  readonly paste: string;
  /** The id of the English sentence (src/explain/tables/sentences/sentences.ts) it is read as. */
  readonly sentence: string;
  /** A text in the same language, close in words, that is not that sentence. */
  readonly nearMiss: string;
  /** The language the answer must say (unchecked where not given). */
  readonly language?: string;
  /** The English text whose causes the paste must give (unchecked where not given). */
  readonly english?: string;
  /** The paste as pasting damages it (case, accents, line breaks): still read as the sentence. */
  readonly damaged?: string;
}

/** A localized case whose language and English twin are both given (the per-round tables of them). */
export type LocalizedCase = LocalizedSentenceCase & { readonly language: string; readonly english: string };

/**
 * The paste is read as its sentence, in its language, with the English text's causes, its wording from a page
 * `wordingSource` matches; the near miss is not read as it, the damaged paste is. The sentence's part, for more.
 */
export function expectLocalizedSentence(c: LocalizedSentenceCase, wordingSource: RegExp) {
  const e = explainCode(c.paste);
  expect(sentenceIds(c.paste), c.paste).toContain(c.sentence);
  if (c.language !== undefined) expect(e.paste?.language, c.paste).toBe(c.language);
  if (c.english !== undefined) expect(causeIds(e), c.paste).toEqual(causeIds(c.english));
  const part = e.paste?.parts.find((p) => p.text === c.sentence);
  expect(part?.wordingSource, c.paste).toMatch(wordingSource);
  expect(sentenceIds(c.nearMiss), c.nearMiss).not.toContain(c.sentence);
  if (c.damaged !== undefined) expect(sentenceIds(c.damaged), c.damaged).toContain(c.sentence);
  return part;
}
