/**
 * A localized row's dialog or event text quoted inexactly (issue 60, round 28): what a user retypes from a German,
 * French, Spanish, Polish or Russian Windows, from memory, cut, with a word changed or inside their own sentence
 * ("„La cuenta que se hace referencia está bloqueada y no se puede utilizar”"), read by near-quote.ts's one rule over
 * the rows of localized.ts, language by language.
 *
 * The rule:
 * - The candidates are the rows that quote a text (`basis: 'wording'`), not those read by their own words only
 *   (`exact`), nor a phrase any program shows of its own sign-in (`phrase`), nor the rows the caller leaves out (a log
 *   line, command output, a generic text: `admit`), in the languages written with spaces between words: Chinese,
 *   Japanese, Korean and Thai runs are another reader's (h60s), never read here.
 * - Each language's rows are one list, read with that language's words (language-words.ts: its function words left
 *   out, its negations counted, its negating prefixes), each word weighed by how rare it is across that language's
 *   rows: a paste is aligned with a row of its own language by words that say which dialog in that language.
 * - The reading that carries most of its row wins; a reading of another meaning, in any language, carrying nearly as
 *   much (RIVAL_SHARE) makes it a guess: no reading.
 */
import type { LocalizedWording } from '../languages/localized-wording.js';
import { LOCALIZED_SENTENCES } from '../languages/localized.js';
import { nearestQuote, type QuoteCandidate, type QuoteReading, quoteWords } from './near-quote.js';

/** A reading of another meaning carrying this share of the best one's makes it a guess (near-quote.ts's margin). */
const RIVAL_SHARE = 0.92;

/** The languages another reader reads approximately (their texts have no spaces between words, or Korean's stems). */
const OTHER_READER = /^(?:zh|ja|ko|th)(?:-|$)/u;

/** @cache the candidate lists, one per language (built once from the constant table and the caller's constant test). */
let lists:
  | readonly { readonly language: string; readonly rows: readonly QuoteCandidate<LocalizedWording>[] }[]
  | undefined;

function candidateLists(admit: (w: LocalizedWording) => boolean) {
  if (lists) return lists;
  const byLanguage = new Map<string, QuoteCandidate<LocalizedWording>[]>();
  for (const w of LOCALIZED_SENTENCES) {
    if (w.basis !== 'wording' || w.exact || w.phrase || OTHER_READER.test(w.language) || !admit(w)) continue;
    const rows = byLanguage.get(w.language) ?? [];
    rows.push({ item: w, text: w.quoted.replace(/%s|%\d\$s|\{\d\}/gu, ' '), meaning: w.sentence });
    byLanguage.set(w.language, rows);
  }
  lists = [...byLanguage].map(([language, rows]) => ({ language, rows }));
  return lists;
}

/**
 * The one localized row a paste quotes inexactly, or nothing (see the rule above). `admit` says which rows may be
 * read so (a constant test: the lists are built once).
 */
export function nearestLocalizedQuote(
  text: string,
  admit: (w: LocalizedWording) => boolean,
): QuoteReading<LocalizedWording> | undefined {
  const readings: QuoteReading<LocalizedWording>[] = [];
  for (const { language, rows } of candidateLists(admit)) {
    const quote = nearestQuote(text, rows, quoteWords(language));
    if (quote) readings.push(quote);
  }
  readings.sort((a, b) => b.carried - a.carried);
  const [top] = readings;
  if (!top) return undefined;
  const rival = readings.some((o) => o.item.sentence !== top.item.sentence && o.carried >= RIVAL_SHARE * top.carried);
  return rival ? undefined : top;
}
