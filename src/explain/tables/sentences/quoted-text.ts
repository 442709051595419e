/**
 * A known text quoted inside a user's own sentences ("when i connect I get the following error, account restrictions
 * are preventing this user from signing in"): where in a paste a text is quoted, so that a part of a known text (its
 * first sentence) is read only where the paste presents it as the text it shows, never wherever its words occur.
 *
 * The rule: a piece of the paste is quoted when it is
 * - inside quotes ("…", “…”, «…», '…'),
 * - the words after a cue that says a text follows ("error", "message", "prompt", "says", "said", "reads", "shows",
 *   "get", "got", "received", or a colon), up to the end of its sentence, or
 * - one sentence of the paste on its own.
 * A known text's first sentence is read in a quoted piece when the piece is it, or opens with it and goes on with a
 * few words that negate nothing (a quote's first sentence, a cue's words; one sentence of the paste must be it
 * whole); both folded as `foldText` folds them. Every scan here is one pass of a
 * linear regex over the paste, and a paste is read only up to MAX_QUOTED characters.
 */
import { foldText } from '../languages/localized.js';

export type QuotedKind = 'quotes' | 'cue' | 'sentence';

export interface QuotedPiece {
  readonly kind: QuotedKind;
  /** The piece folded (foldText). */
  readonly folded: string;
}

/** A paste longer than this is read for quoted pieces only up to here (linear, and a paste that long is a log). */
const MAX_QUOTED = 20_000;

/** Text inside one pair of quotes, on one line, of at most 400 characters. */
const QUOTED =
  /"([^"\n]{1,400})"|\u201c([^\u201d\n]{1,400})\u201d|\u00ab([^\u00bb\n]{1,400})\u00bb|(?<![\p{L}\d])'([^'\n]{1,400})'(?![\p{L}\d])/gu;

/**
 * A cue that a text follows, and (looked ahead, not consumed: "I get the following error, …" has two cues, the second
 * one's words the text) the words up to the end of its sentence or line.
 */
const CUE =
  /(?:\b(?:errors?|messages?|prompt|says?|said|saying|reads|shows?|showed|gets?|got|getting|receive[sd]?|popup|pops up)\b|:)[ \t,.:\-\u2013\u2014]{0,4}(?=([^.!?\n]{1,400}))/giu;

/** A sentence of the paste: up to a full stop, question or exclamation mark before a space, or a line break. */
const SENTENCE = /[^\n.!?]+(?:[.!?]+(?=\s|$))?/gu;

/** The quoted pieces of a paste, in order of kind (quotes, cues, sentences). */
export function quotedPieces(text: string): QuotedPiece[] {
  const paste = text.length > MAX_QUOTED ? text.slice(0, MAX_QUOTED) : text;
  const out: QuotedPiece[] = [];
  const add = (kind: QuotedKind, piece: string | undefined) => {
    const folded = piece ? foldText(piece) : '';
    if (folded) out.push({ kind, folded });
  };
  for (const m of paste.matchAll(QUOTED)) {
    const quoted = m[1] ?? m[2] ?? m[3] ?? m[4];
    add('quotes', quoted && (firstSentenceOf(quoted) ?? quoted));
  }
  for (const m of paste.matchAll(CUE)) add('cue', m[1]);
  for (const m of paste.matchAll(SENTENCE)) add('sentence', m[0]);
  return out;
}

/** Words a quoted piece may go on with after the sentence it quotes ("… remote desktop"), folded characters. */
const MAX_TAIL = 24;
/** A negation in those words (folded: "not", "never", "n't"): the piece says the opposite, no reading. */
const NEGATED_TAIL = /not|never|nt|no/;

/**
 * Whether a folded sentence is quoted by one of the pieces: a piece (the quoted words' first sentence, a cue's words up
 * to the end of their sentence, one sentence of the paste) that is the sentence, or opens with it and goes on with a
 * few words that negate nothing.
 */
export function quotedIn(pieces: readonly QuotedPiece[], sentence: string): boolean {
  return pieces.some((p) => {
    if (!p.folded.startsWith(sentence)) return false;
    const tail = p.folded.slice(sentence.length);
    return tail.length === 0 || (p.kind !== 'sentence' && tail.length <= MAX_TAIL && !NEGATED_TAIL.test(tail));
  });
}

/**
 * The first sentence of a known text (up to its first full stop before a space), when the text has more than one:
 * undefined for a text of one sentence.
 */
export function firstSentenceOf(text: string): string | undefined {
  const at = text.search(/[.!?]\s/);
  return at > 0 ? text.slice(0, at + 1) : undefined;
}

/** Words that say a paste is about signing in or connecting (a user's words, English). */
const SIGN_IN =
  /\b(?:log(?:ging)? ?(?:in|on)|login|logon|sign(?:ing|ed)? ?in|signin|connect(?:s|ed|ing|ion)?|credentials?|password)\b/i;

/** Words that say a paste is about something else: a service, a file, an installer, a share, a registry key. */
const NOT_SIGN_IN =
  /\b(?:services?|termservice|start(?:s|ed|ing)?|install(?:s|ed|ing|er)?|files?|folders?|director(?:y|ies)|registry|regedit|share|drive|printers?|dll|permissions? (?:on|of|to) (?:the )?(?:file|folder|key))\b/i;

/** Remote Desktop named by its usual names, or a tool whose name begins with "rdp" (RDPCheck, RDPConf). */
const REMOTE_DESKTOP = /remote ?desktop|\brdp|mstsc|terminal ?serv|remote (?:computer|pc|session)|\brds\b/i;

/**
 * Whether a paste is about signing in to Remote Desktop: it names Remote Desktop, says it signs in or connects, and
 * names no service, file or installer (whose "Access is denied" is theirs, not the sign-in's).
 */
export function aboutRemoteSignIn(text: string): boolean {
  return REMOTE_DESKTOP.test(text) && SIGN_IN.test(text) && !NOT_SIGN_IN.test(text);
}
