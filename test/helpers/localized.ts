/**
 * What localized.test.ts and its slow-tier rest (localized-rest.test.ts) share: the Microsoft page each localized
 * wording names, and the check that a wording is recognized in the very text its page quotes. The fast tier reads
 * the first and last wording of each language and one of each sentence (`fewOf`); the rest file reads every one.
 */
import type { LocalizedWording } from '../../src/explain/tables/languages/localized-wording.js';
import { findLocalizedSentences, LOCALIZED_SENTENCES } from '../../src/explain/tables/languages/localized.js';
import { Misses } from './sweep.js';

// Microsoft Learn (docs.microsoft.com, learn.microsoft.com) in each language; Azure China's documentation (docs.azure.cn) in Chinese;
// traditional Chinese from the zh-tw pages or, where only they quote a dialog, Hong Kong's (zh-hk, the same script).
export const LOCALE =
  /^https:\/\/(?:(?:docs|learn)\.microsoft\.com\/(de-de|fr-fr|es-es|it-it|pt-br|nl-nl|pl-pl|ja-jp|ru-ru|zh-cn|ko-kr|zh-tw|zh-hk|tr-tr|cs-cz|sv-se|hu-hu|pt-pt|id-id|da-dk|fi-fi|hr-hr)|docs\.azure\.cn\/zh-cn)\/[a-z0-9/-]+$/;
const LOCALE_OF: Record<string, string> = {
  pt: 'pt-br',
  zh: 'zh-cn',
  cs: 'cs-cz',
  'zh-TW': 'zh-tw',
  sv: 'sv-se',
  'pt-PT': 'pt-pt',
  ja: 'ja-jp',
};

/** The wordings read by their own words (not by Microsoft's terms only): each is found in its page's text. */
export const READ_BY_WORDS: readonly LocalizedWording[] = LOCALIZED_SENTENCES.filter((w) => w.basis !== 'terms');

export const byLanguage = (w: LocalizedWording): string => w.language;
export const bySentence = (w: LocalizedWording): string => w.sentence;

/** Each wording is recognized, as its sentence in its language, in the text its page quotes. */
export function expectRecognizedInQuote(wordings: readonly LocalizedWording[]): void {
  const misses = new Misses();
  for (const w of wordings) {
    const found = findLocalizedSentences(w.quoted).map((m) => `${m.sentence}/${m.language}`);
    misses.that(found.includes(`${w.sentence}/${w.language}`), `${w.quoted}: read as ${found.join(', ')}`);
  }
  misses.done();
}

/** A wording names an English sentence, a page in its language (Microsoft's, or a public quote said so) and its file. */
export function sourceOfWording(w: LocalizedWording, misses: Misses, ids: ReadonlySet<string>): void {
  const at = `${w.sentence} (${w.language})`;
  misses.that(ids.has(w.sentence), `${at}: no English sentence`);
  const url = w.source.url;
  if (w.source.publicQuote) {
    // Not Microsoft's: a public page quoting the dialog, said so in the answer; never a Microsoft address.
    misses.match(url, /^https:\/\/[^/]+\//, at);
    misses.that(!/microsoft\.com/.test(url), `${at}: a Microsoft address ${url}`);
    misses.match(w.source.file, /^not a Microsoft page: /, at);
    for (const other of w.source.publicQuote.also) misses.that(other !== url, `${at}: ${other} twice`);
    misses.that(w.quoted.length > 10, `${at}: quoted too short`);
    return;
  }
  const locale = LOCALE_OF[w.language];
  if (url.startsWith('https://support.microsoft.com/')) {
    // A Microsoft support (KB) article's localized page: no public source file, its KB number named (the address by
    // its number alone, as support.microsoft.com answers it, or with its title's slug).
    const kb = `^https://support\\.microsoft\\.com/${locale ?? `${w.language}-${w.language}`}/help/\\d+(?:/[a-z0-9-]+)?$`;
    misses.match(url, new RegExp(kb), at);
    misses.match(w.source.file, /\bKB \d+/, at);
    return;
  }
  if (url.startsWith('https://windows.microsoft.com/')) {
    // Windows 7's own help in the language (windows.microsoft.com, retired): no public source file, its title named.
    misses.match(
      url,
      new RegExp(`^https://windows\\.microsoft\\.com/${locale ?? w.language}/windows7/[a-z0-9-]+$`),
      at,
    );
    misses.match(w.source.file, /^Windows 7 help "/, at);
    misses.that(w.quoted.length > 10, `${at}: quoted too short`);
    return;
  }
  // Microsoft's own localized content on GitHub: a course lab, or Microsoft 365's in-product help (a public copy).
  if (
    url.startsWith('https://github.com/MicrosoftLearning/') ||
    url.startsWith('https://github.com/MarcelRaschke/OfficeDocs-AlchemyInsights-pr.')
  )
    misses.that(url.toLowerCase().includes(`.${locale ?? w.language}-`), `${at}: ${url} not in its language`);
  else {
    misses.match(url, LOCALE, at);
    const part = locale ? `/${locale}/` : `/${w.language}-`;
    const traditional = w.language === 'zh-TW' && url.includes('/zh-hk/');
    misses.that(url.includes(part) || traditional, `${at}: ${url} holds no ${part}`);
  }
  misses.match(w.source.file, /\.md\b/, at);
  misses.that(w.quoted.length > 10, `${at}: quoted too short`);
}
