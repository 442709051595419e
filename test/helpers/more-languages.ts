/**
 * The checks of round 23's language rows (issue 60), written once for the fast file and its `-rest` twin: a row of
 * tables/languages/localized-more-wordings.ts read as its sentence from its own page; a row of tables/own-words/described-languages.ts
 * read as its concept beside Remote Desktop's name, its near miss not.
 */
import { expect } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import type { LanguageWords } from '../../src/explain/tables/own-words/described-languages.js';
import { SYMPTOM_CONCEPTS } from '../../src/explain/tables/own-words/described-symptoms.js';
import { LOCALIZED_SENTENCES } from '../../src/explain/tables/languages/localized.js';
import type { LocalizedWording } from '../../src/explain/tables/languages/localized-wording.js';
import { answerOrRefused, causeIds, sentenceIds } from './explain.js';

/**
 * The row's own text is read as its sentence in its language (by this row, or by an earlier row of the same sentence
 * and language that its page's text also holds), with causes; upper-cased, still.
 */
export function expectMoreWording(w: LocalizedWording) {
  expect(sentenceIds(w.quoted), w.quoted).toContain(w.sentence);
  const e = explainCode(w.quoted);
  const pages = LOCALIZED_SENTENCES.filter((o) => o.sentence === w.sentence && o.language === w.language).map(
    (o) => o.source.url,
  );
  expect(pages, w.quoted).toContain(e.paste?.parts.find((p) => p.text === w.sentence)?.wordingSource);
  expect(causeIds(e).length, w.quoted).toBeGreaterThan(0);
  expect(sentenceIds(w.quoted.toUpperCase()), w.quoted).toContain(w.sentence);
}

/**
 * Each word of the row, beside "远程桌面" / "RDP" (`frame`: the sentence around it, in the row's script; a space before the word: a word of a spaced script stands alone, a Chinese one is read anywhere still), gives its
 * concept's causes first; its near miss gives none of them.
 */
export function expectLanguageWords(row: LanguageWords, frame = (word: string) => `RDP 远程桌面连接时提示 ${word}`) {
  const concept = SYMPTOM_CONCEPTS.find((c) => c.id === row.concept);
  expect(concept, row.concept).toBeDefined();
  for (const word of row.words.split('|')) {
    const paste = frame(word);
    expect(causeIds(paste)[0], paste).toBe(concept?.causes[0]);
  }
  const near = causeIds(answerOrRefused(row.nearMiss.replace(/ \(.*\)$/, '')));
  for (const id of concept?.causes ?? []) expect(near, row.nearMiss).not.toContain(id);
}
