/**
 * The shape of a sentence the paste reader knows (sentences.ts, and the client apps' and Azure Virtual Desktop's own
 * tables it gathers): apart from the tables, so that those import no table back.
 */
import type { Confidence, RowKind } from '../../../../patterns/codes/types.js';
import type { CauseId } from '../../../../patterns/index.js';

export interface KnownSentence {
  readonly id: string;
  /** What the sentence is: the dialog or the event (provider and id). */
  readonly what: string;
  /** The event whose message it is. */
  readonly event?: { readonly provider: string; readonly id: number };
  /** The code the sentence stands for, by its symbolic name in its table (read with `lookupCodeName`). */
  readonly codeName?: string;
  /**
   * The causes the text itself states ("all connections are in use": the session limit), ranked before the causes
   * of its code or event: a sentence is read by its own meaning first, its codes follow.
   */
  readonly states?: readonly CauseId[];
  /**
   * The "Error code" under this dialog is the Windows App's own (client-apps.ts), read there before the Windows
   * client's table, where the same number means something else (the macOS client's 0x4 is not mstsc's 0x4).
   */
  readonly appCode?: true;
  /**
   * Set when neither its `states`, its code nor its event points to a cause: what the sentence is instead (`RowKind`:
   * no failure, a failure it names no cause of, or a cause no id of the catalogue covers).
   */
  readonly kind?: RowKind;
  /** The English words (other languages: localized.ts). */
  readonly words: { readonly en: readonly RegExp[] };
  /** Its English words are names every language keeps (CredSSP, Oracle): the paste's language is the other parts'. */
  readonly anyLanguage?: true;
  /** Sentences whose words this longer one contains: when both match, this one is meant. */
  readonly overrides?: readonly string[];
  readonly meaning: string;
  readonly confidence: Confidence;
  readonly source: string;
  /** Languages not given and why, or what the other languages rest on. */
  readonly languages?: string;
  readonly note?: string;
  /** A catch-all that more specific sentences refine: never the reading when one of them is recognized too. */
  readonly generic?: true;
  /**
   * A phrase many programs show ("An internal error has occurred"), in every language it is read in: this sentence
   * only when the paste is about Remote Desktop (its words, other-subsystems.ts) or holds nothing but the phrase, its
   * codes and their labels (sentences.ts `phraseIsTheDialog`). Beside another product's name it is that product's.
   */
  readonly phrase?: true;
  /**
   * Command output whose numbers are the command's arguments (an event id in a filter), or another product's message
   * whose numbers are that product's codes (a SQL Server provider's "error: 40"), never ours: the paste is read by
   * this sentence alone.
   */
  readonly commandOutput?: true;
  /**
   * A code's system message text (message-texts.ts), not a Remote Desktop dialog's own sentence: every subsystem that
   * fails with that code shows it, so it names no subsystem.
   */
  readonly systemMessage?: true;
  /**
   * A generic system text many subsystems show ("Access is denied."): this sentence only when the paste is about
   * signing in to Remote Desktop (quoted-text.ts `aboutRemoteSignIn`), never alone nor beside a service or a file.
   */
  readonly signIn?: true;
  /**
   * The causes in `states` are not said by the words: the pages that treat this dialog rank them (a dialog whose words
   * name no single cause, ranked-dialogs.ts). Those pages and how their causes were ranked, said in each cause's why.
   */
  readonly rankedBy?: string;
  /** Pastes where that ranking does not hold (another server or client than the pages'): no cause is ranked there. */
  readonly rankedUnless?: RegExp;
  /** Another product's message (not Remote Desktop's): no Remote Desktop log is asked for. */
  readonly otherProduct?: true;
  /**
   * What the numbers beside the sentence are when they are none of the dialogs' codes (the RemoteApp and Desktop
   * Connections feed's "Error code: 0x2EE7, 0x0", WinINet's and HRESULTs): the paste is read by this sentence alone,
   * as command output is, and its numbers are set aside with these words.
   */
  readonly numbers?: string;
}
