/**
 * The shapes of the localized tables (localized.ts and the tables it takes in, localized-logon.ts): their own file, so
 * that a table localized.ts takes in needs nothing back from it.
 */

/**
 * The languages read besides English (ISO 639-1; `pt` is Portuguese as Brazil's Windows words it; Czech and Slovak
 * only where a Microsoft page in them quotes a dialog, localized-logon.ts; Korean from the ko-kr pages,
 * localized-korean.ts; `zh` is Chinese in simplified characters, `zh-TW` in traditional ones, localized-zh-tw.ts;
 * Turkish, Swedish and Hungarian, and more Czech, from Azure's pages in them, localized-tr-cs-sv-hu.ts; `pt-PT`,
 * Portuguese as Portugal's pages word it, and Indonesian, from the Learn pages of localized-learn-pages.ts; the rest only
 * in Remmina's and Guacamole's own catalogs, client-catalogs.ts).
 */
export type LocalizedLanguage =
  | 'de'
  | 'fr'
  | 'es'
  | 'it'
  | 'pt'
  | 'nl'
  | 'pl'
  | 'ja'
  | 'ru'
  | 'zh'
  | 'cs'
  | 'sk'
  | 'ko'
  | 'zh-TW'
  | 'tr'
  | 'sv'
  | 'hu'
  | 'pt-PT'
  | 'id'
  // Read from Remmina's and Guacamole's catalogs only (client-catalogs.ts): no Microsoft page in them is read.
  | 'uk'
  | 'da'
  | 'nb'
  | 'fi'
  | 'el'
  | 'ro'
  | 'ca'
  | 'ca-valencia'
  | 'he'
  | 'hr'
  | 'et'
  | 'ar'
  | 'fa'
  | 'hi'
  | 'ta'
  | 'th'
  | 'eu'
  | 'gl'
  | 'eo'
  | 'ie'
  | 'ckb'
  | 'es-VE'
  | 'uz-Cyrl'
  // Read from older Remmina releases' catalogs (their texts fuzzy or gone in the newest one).
  | 'bg'
  | 'ast'
  | 'bs'
  | 'lt'
  | 'lv'
  | 'ms'
  | 'oc'
  | 'sl'
  | 'ug'
  // And from the newest catalog's fuzzy texts (no release translated the message in them).
  | 'kk'
  | 'km'
  | 'my'
  | 'sq';

/** A page of Microsoft's localized documentation, or (`publicQuote`) a public page that quotes the dialog. */
export interface Page {
  readonly url: string;
  /** The page's source file in Microsoft's localized documentation repository (a public quote: what the page is). */
  readonly file: string;
  /** The page says it is a machine translation (`ms.translationtype: MT`): its wording may differ from Windows'. */
  readonly machineTranslated?: true;
  /**
   * Not Microsoft's page: a public page (a forum thread, a blog, a cloud provider's help) that quotes the dialog as
   * Windows showed it to its writer, used where no Microsoft page in that language quotes it. `also`: other public
   * pages, written independently, that quote the same words (empty: this page is the only one found).
   */
  readonly publicQuote?: { readonly also: readonly string[] };
}

/** One sentence of sentences.ts as a localized page words it. */
export interface LocalizedWording {
  /** The id of the English sentence in src/explain/tables/sentences/sentences.ts. */
  readonly sentence: string;
  readonly language: LocalizedLanguage;
  /** The text as the page quotes it. */
  readonly quoted: string;
  /** Every entry must occur in the paste (an array: any one of them), after folding. */
  readonly words: readonly (string | readonly string[])[];
  /** None may occur (a longer message that contains these words and is another sentence). */
  readonly not?: readonly string[];
  /** `wording`: the page quotes the sentence; `terms`: only Microsoft's localized terms, the sentence is not quoted. */
  readonly basis: 'wording' | 'terms';
  /**
   * Words many programs say of their own sign-in too ("the credentials don't work"): read as the sentence only in a
   * paste about Remote Desktop or holding nothing else, as a `phrase` sentence is (sentences.ts phraseIsTheDialog).
   */
  readonly phrase?: true;
  /**
   * Read by its own words only, never by most of them (nearest-text.ts): a text whose first sentence is any program's
   * ("Log in failed."), which a copy cut after it would be read by.
   */
  readonly exact?: true;
  readonly source: Page;
}

/** A builder of one language's quoted wordings (`basis: 'wording'`), for a table of that language. */
export const wordingIn =
  (language: LocalizedLanguage) =>
  (sentence: string, quoted: string, words: LocalizedWording['words'], source: Page): LocalizedWording => ({
    sentence,
    language,
    quoted,
    words,
    basis: 'wording',
    source,
  });
