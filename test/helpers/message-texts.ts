/**
 * What message-texts.test.ts and its slow-tier rest (message-texts-rest.test.ts) share: the damage pasting does to a
 * message text, and the check that each text is still found. The fast tier reads the first and last text of each
 * language and of each code family (`fewOf`); the rest file reads every one.
 */
import { findMessageTexts, type MessageText } from '../../src/explain/tables/codes/message-texts.js';
import { Misses } from './sweep.js';

/** What pasting does to a text: case, accents, quotes, line breaks, the final period, umlauts, quotes around it. */
const DAMAGE: readonly ((t: string) => string)[] = [
  (t) => t,
  (t) => t.toUpperCase(),
  (t) => t.normalize('NFKD').replace(/\p{M}/gu, ''),
  (t) => t.replace(/[’‘]/g, "'").replace(/\.$/, ''),
  (t) => t.replace(/ /g, '\n').replace(/ä/g, 'ae').replace(/ü/g, 'ue').replace(/ö/g, 'oe'),
  (t) => `"${t}"`,
];

export const byLanguage = (m: MessageText): string => m.language;
/** A code's family: the first part of its name (STATUS, ERROR, SEC, CERT, CRYPT, TRUST). */
export const byFamily = (m: MessageText): string => m.code.split('_')[0];

/** Each text, whatever pasting did to it, is found first as its own code. */
export function expectFoundWhateverPasting(texts: readonly MessageText[]): void {
  const misses = new Misses();
  for (const m of texts)
    for (const d of DAMAGE) {
      const found = findMessageTexts(d(m.text));
      misses.equal(found[0]?.code, m.code, `${m.code} (${m.language}): ${d(m.text)}`);
    }
  misses.done();
}
