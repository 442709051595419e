/**
 * The shape of a symptom concept (a failure as users describe it in their own words) and its one builder, apart from
 * the tables so that each table of concepts (described-symptoms.ts, described-connection.ts) imports it and none
 * imports another back.
 */
import type { CauseId } from '../../../patterns/index.js';
import type { LocalizedLanguage } from './localized-wording.js';

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
  };
  /**
   * Its `said` is read also where a VPN client is named (described-symptoms.ts `OTHER_PRODUCTS`, a path, not another
   * remote desktop): the clause tells what Remote Desktop does over that path ("on AnyConnect I can no longer RDP").
   */
  readonly path?: true;
  /** The same structure in other languages (described-said-latin.ts): each language's part and its failure. */
  readonly saidIn?: readonly LanguageSaidPattern[];
}

/** One language's `said`: its words for the part and for the failure, compiled. */
export interface LanguageSaidPattern {
  readonly language: DescriptionLanguage;
  readonly subject: RegExp;
  readonly failed: RegExp;
  readonly unless?: RegExp;
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
