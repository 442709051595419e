/**
 * The shape of a symptom concept (a failure as users describe it in their own words) and its one builder, apart from
 * the tables so that each table of concepts (described-symptoms.ts, described-connection.ts) imports it and none
 * imports another back.
 */
import type { CauseId } from '../../../../patterns/index.js';
import type { LocalizedLanguage } from '../languages/localized-wording.js';

export type DescriptionLanguage = 'en' | LocalizedLanguage;

/** One symptom as users describe it, and the causes it points to. */
export interface SymptomConcept {
  readonly id: string;
  /** What the words say, as the answer names it ("a firewall or a port in the way"). */
  readonly says: string;
  /** Its words by language (English always), `|` between two words. */
  readonly words: Readonly<Partial<Record<DescriptionLanguage, string>>> & { readonly en: string };
  /** Words of the concept only Remote Desktop uses ("120-day grace period", CredSSP): they alone say what the paste is about. */
  readonly ownWords?: string;
  readonly causes: readonly CauseId[];
  /** The public page that links the symptom to its causes. */
  readonly source: string;
  /**
   * Words that, in the clause of one of the concept's words, make it another thing ("times out after 15 minutes idle"
   * is a session time limit, not a connection timing out): that occurrence is not read.
   */
  readonly unless?: RegExp;
  /**
   * Words that, in the sentence of one of the concept's words, make it another thing: a cause the sentence names for
   * it ("ライセンス サーバーがないため、…切断されました": the licensing's disconnection, not a connection dropping).
   */
  readonly unlessInSentence?: RegExp;
  /**
   * Words the clause of one of the concept's words must hold for it to be read ("returns nothing" says a listener is
   * missing only beside the command that looks for it: netstat, findstr :3389): elsewhere that occurrence is not read.
   */
  readonly within?: RegExp;
  /**
   * A concept read from a contrast instead of words: one statement of the paste says `works` works ("by IP it
   * connects", "the IP is pingable") and another says `fails` fails ("not by the PC name", "RDP can't connect").
   */
  readonly contrast?: { readonly works: RegExp; readonly fails: RegExp };
  /**
   * A concept read from one clause's structure instead of fixed phrases: the clause names `subject` (what failed: the
   * connection, the password, the licence, another user) and says `failed` of it ("your remote connection is lost",
   * "the password is in correct", "a problem with your license", "someone else is signed on"). Read after the
   * concepts' own words (a phrase says more than a structure), never where a negation or a success cancels the failure,
   * nor in a clause holding `unless` (another concept's subject: "disconnected because another user signed in").
   */
  readonly said?: {
    readonly subject: RegExp;
    readonly failed: RegExp;
    readonly unless?: RegExp;
    /** Read over a sentence, not a clause: the subject and the failure apart by a comma ("idle for a while, it logs me out"). */
    readonly sentence?: true;
    /**
     * The failure as "none" right before the subject ("kein RDP-Lizenzserver", "aucun serveur de licences"): the part
     * missing, read where `failed` is not (described-terms-latin.ts `absentPattern`).
     */
    readonly absent?: RegExp;
  };
  /**
   * Its `said` is read also where a VPN client is named (described-symptoms.ts `OTHER_PRODUCTS`, a path, not another
   * remote desktop): the clause tells what Remote Desktop does over that path ("on AnyConnect I can no longer RDP").
   */
  readonly path?: true;
  /** The same structure in other languages (described-languages.ts LANGUAGES_SAID): each language's part and its failure. */
  readonly saidIn?: readonly LanguageSaidPattern[];
  /**
   * Read only where no other concept is (described-reading.ts): a failure said in the most general words ("RDP stopped
   * working", "I can't remote into it"), which any more precise word of the paste outranks.
   */
  readonly fallback?: true;
}

/** One language's `said`: its words for the part and for the failure, compiled. */
export interface LanguageSaidPattern {
  readonly language: DescriptionLanguage;
  readonly subject: RegExp;
  readonly failed: RegExp;
  readonly unless?: RegExp;
  /** The language's "none" before the part's name, with the part (described-terms-latin.ts `absentPattern`). */
  readonly absent?: RegExp;
  /** The page the language's words come from (its row says when it is the only one). */
  readonly source: string;
}

/** A concept row: written through one builder so that every row has the same shape. */
export function concept(
  id: string,
  says: string,
  causes: readonly { readonly id: CauseId }[],
  source: string,
  words: SymptomConcept['words'],
  ownWords?: string,
): SymptomConcept {
  return { id, says, words, causes: causes.map((p) => p.id), source, ...(ownWords ? { ownWords } : {}) };
}

export const LEARN = 'https://learn.microsoft.com/en-us';

/**
 * One language's words for a concept's part and its failure (`said` in the language), `|` between two words, `*` at a
 * word's end for its endings and at its start for the letters written onto it (wordsPattern). Every language's rows,
 * whatever its script: described-said-latin.ts (Latin script) and described-languages-scripts.ts (the others).
 */
export interface LanguageSaid {
  /** The concept of described-symptoms.ts the clause states. */
  readonly concept: string;
  readonly language: DescriptionLanguage;
  readonly subject: string;
  readonly failed: string;
  /** Words that make the clause another concept's, or a state to come, or a negation of the language. */
  readonly unless?: string;
  /** The language's words for "none" that, right before the part's name, say it is missing (described-terms-latin.ts). */
  readonly absent?: string;
  readonly source: string;
  /** The page's own wording, read as the concept. */
  readonly example: string;
  /** The same words that must not be read so: negated, or about another product. */
  readonly nearMiss: string;
}

/** A row of a language's words: the concept, the language, its part and failure words, the page, example, near miss. */
export const said = (
  concept: string,
  language: DescriptionLanguage,
  words: { subject: string; failed: string; unless?: string },
  source: string,
  example: string,
  nearMiss: string,
): LanguageSaid => ({ concept, language, ...words, source, example, nearMiss });

/** Letters, their marks and digits in any script: what a word is made of (JavaScript's `\b` knows ASCII only). */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';
/** `v` (Node 20, current browsers), else `u` (the page's older browsers): the same matches here. */
const PATTERN_FLAGS = (() => {
  try {
    // biome-ignore lint/complexity/useRegexLiterals: a /v literal is a syntax error where the engine lacks the flag
    return new RegExp('', 'v').flags;
  } catch {
    return 'u';
  }
})();
/** Scripts written without spaces between words (Han, kana, Thai): a word of theirs is found anywhere. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0e7f]/;
/** Hangul: Korean writes its particles onto a word's end ("계정이", "인증서가"), so only its start is a boundary. */
const HANGUL_START = /^[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/;

/**
 * `|`-separated words as one pattern, each found as its script splits words: a whole word in a script written with
 * spaces; anywhere in Chinese, Japanese and Thai; from a word's start in Korean. `*` at a word's end takes up to 12
 * more letters (its endings); `*` at its start lets letters stand before it (Hebrew and Arabic write the article,
 * "and" and the prepositions onto the word: "החשבון", "الحساب"). Fixed words in one alternation, each repetition
 * bounded: no backtracking beyond a word's length. Neighbouring words with the same boundaries share one group (the
 * same matches, in the same order): each boundary is a Unicode class V8 builds anew, most of the tables' load time.
 * The `v` flag where the engine has it: the same matches as `u` for these patterns (no class holds set operations or
 * nested classes), and V8 builds its property classes in about half the time.
 */
export function wordsPattern(words: string): RegExp {
  const groups: { before: string; after: string; words: string[] }[] = [];
  for (const w of words.split('|').filter(Boolean)) {
    const open = w.startsWith('*');
    const prefix = w.endsWith('*') && w.length > 1;
    const bare = w.slice(open ? 1 : 0, prefix ? -1 : undefined);
    const escaped = bare.replace(/[.*+?^${}()[\]\\]/g, '\\$&');
    const unspaced = UNSPACED.test(bare);
    const before = open || unspaced ? '' : `(?<!${WORD_CHAR})`;
    const after = prefix
      ? `\\p{L}{0,12}(?!${WORD_CHAR})`
      : unspaced || HANGUL_START.test(bare)
        ? ''
        : `(?!${WORD_CHAR})`;
    const last = groups.at(-1);
    if (last && last.before === before && last.after === after) last.words.push(escaped);
    else groups.push({ before, after, words: [escaped] });
  }
  const alternatives = groups.map(({ before, after, words: ws }) =>
    ws.length === 1 ? `${before}${ws[0]}${after}` : `${before}(?:${ws.join('|')})${after}`,
  );
  return new RegExp(`(?:${alternatives.join('|')})`, PATTERN_FLAGS);
}
