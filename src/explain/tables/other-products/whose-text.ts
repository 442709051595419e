/**
 * Whose text is it (issue 60, round 32, h64b): Windows' own sign-in and status texts ("The user name or password is
 * incorrect", "Your credentials did not work", "The logon attempt failed", a code's system message text) are printed by
 * every program that signs in through Windows or copies its words: a web application's login form ("Der Benutzername
 * oder das Kennwort ist falsch. Hast du noch kein Konto?"), a script checking a cloud CLI's credentials ("Las
 * credenciales no funcionaron. Verifica que las pegaste correctamente."), an installer's database step ("Your
 * credentials did not work. Please try again."), an app's JSON error. Remote Desktop's own dialogs hold such a text
 * alone, or with the dialog's own lines (its title, its body, "Please enter new credentials", the labels of its codes).
 *
 * The rule, written once for every language: a shared text (`sharedSystemText`: a code's system message text, or a
 * dialog row that stands for a Windows status code of the SSPI, NTSTATUS or Win32 tables and whose own words name
 * nothing of Remote Desktop nor of a client of it, no event's message) is read as Remote Desktop's only when the paste names Remote Desktop
 * (its words or a dialog marker: other-subsystems.ts `REMOTE_DESKTOP_WORDS`, dialog-markers.ts) or holds nothing
 * else: no other sentence (`anotherSentence`), a piece of the paste that is no known text of the paste, no line of the
 * Windows prompt (`WINDOWS_PROMPT_LINES`) and no code label, holding two words or more, or an app's structured error
 * (a JSON key). Read inexactly (a near quote, most of its words), a shared text needs Remote Desktop's words beside it:
 * a program's own wording of the same failure is no retyped dialog.
 *
 * Sources of the rule's population (the other products' texts that use Windows' words, found in public code by the
 * Windows text itself): a Django login view ("Der Anmeldeversuch ist fehlgeschlagen. Bitte kontrollieren Sie ihre
 * E-Mail-Adresse und das Passwort."), a WordPress login template, ASP.NET OAuth providers' `invalid_grant` errors, a
 * PHP installer, React toasts ("Credenziali non valide" above "Il nome utente o la password non sono corretti.
 * Riprova."), Android and JSP login pages in Portuguese; listed with their addresses in the round's population notes
 * (notes r32-h64b-population.md). The Windows prompt's lines: Microsoft Learn "Troubleshoot specific RDP error
 * messages to a Windows VM in Azure" ("Windows Security error: Your credentials did not work", the dialog's "The
 * credentials that were used to connect to … did not work. Please enter new credentials."), the credential prompt's
 * "Remember me" and "More choices" as the Remote Desktop client docs show it ("Connect to a remote PC":
 * learn.microsoft.com/windows-server/remote/remote-desktop-services/clients/windowsdesktop), and the sign-in screen's
 * "The user name or password is incorrect. Try again." (Windows' logon UI, as Microsoft Support's "Can't sign in to
 * Windows" page quotes it).
 */
import { lookupCodeName } from '../codes/names.js';
import { dialogMarked } from '../own-words/dialog-markers.js';
import type { KnownSentence } from '../sentences/known-sentence.js';
import { DESCRIPTION_CONTEXT_WORDS } from '../own-words/described-symptoms.js';
import { REMOTE_DESKTOP_WORDS } from './other-subsystems.js';

/** The code tables whose statuses every Windows program gets back from the system (not a client's own reasons). */
const SYSTEM_TABLES: ReadonlySet<string> = new Set(['sspi', 'ntstatus', 'win32']);

/**
 * Whether a known sentence is a text many programs print: a system message text, or a row standing for a system
 * status whose own words (`what`) name nothing of Remote Desktop and that is no event's message.
 */
export function sharedSystemText(s: KnownSentence): boolean {
  if (s.systemMessage) return true;
  if (!s.codeName || s.event || s.phrase || s.signIn || s.otherProduct || s.commandOutput) return false;
  if (namesRemoteDesktop(s.what)) return false;
  const named = lookupCodeName(s.codeName);
  return named !== undefined && named.table !== 'avd' && SYSTEM_TABLES.has(named.table);
}

/**
 * Whether the paste names Remote Desktop: its words, a client or server of it by name (FreeRDP, xrdp, rdesktop, its
 * port 3389: described-symptoms.ts `DESCRIPTION_CONTEXT_WORDS`), or one of its dialogs' markers.
 */
export function namesRemoteDesktop(text: string): boolean {
  return REMOTE_DESKTOP_WORDS.test(text) || DESCRIPTION_CONTEXT_WORDS.test(text) || dialogMarked(text);
}

/** A quoted piece on one line, at most 400 characters: in quotes or in brackets (`quotedSegments`). */
const QUOTED_SEGMENT =
  /"([^"\n]{1,400})"|\u201c([^\u201d\n]{1,400})\u201d|\u00ab([^\u00bb\n]{1,400})\u00bb|\u201e([^\u201c\u201d\n]{1,400})[\u201c\u201d]|(?<![\p{L}\d])'([^'\n]{1,400})'(?![\p{L}\d])|\[([^\]\n]{1,400})\]|\u300c([^\u300d\n]{1,400})\u300d|\u300e([^\u300f\n]{1,400})\u300f|\u3010([^\u3011\n]{1,400})\u3011/gu;

/**
 * The paste's quoted pieces (read up to 20,000 characters): in quotes ("…", “…”, «…», „…“, '…') or in brackets ([…],
 * 「…」, 『…』, 【…】). A user quoting a dialog marks its text so; a program prints its own sentence bare.
 */
export function quotedSegments(text: string): string[] {
  const out: string[] = [];
  for (const m of text.slice(0, MAX_READ).matchAll(QUOTED_SEGMENT)) {
    const q = m.slice(1).find((g) => g !== undefined);
    if (q) out.push(q);
  }
  return out;
}

/** A field of an event or a log (`Label: value`, "Konto: Administrator"): its label is the record's, not a sentence. */
const FIELD_LABEL = /^\s*[\p{L}][\p{L} ()/-]{0,40}:(?=\s*\S)/u;

/**
 * The Windows prompt's own lines around a sign-in text (English; the localized dialogs' whole texts are their rows'
 * quoted wordings): never another program's sentence.
 */
const WINDOWS_PROMPT_LINES =
  /^\s*(?:please enter new credentials|try again|(?:please )?contact your (?:system )?administrator(?: or technical support)?|windows security|remember me|more choices|enter your credentials|these credentials will be used to connect to\b.{0,120}|ok|cancel|\[(?:window title|main instruction|content|expanded information|footer)\])[.!:]?\s*$/i;

/** The characters of a paste read for another sentence (and for quoted pieces). */
const MAX_READ = 20_000;

/** A key of a JSON object or a script's dictionary ("error_description": …): an app's structured error, no dialog. */
const STRUCTURED_KEY = /["'][A-Za-z_]{2,40}["']\s{0,3}:/;

/** A paste's pieces: its lines, and its sentences (a full stop, a question or exclamation mark before a space). */
export function pastePieces(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|(?<=[。！？])|\n+/u).filter((p) => p.trim().length > 0);
}

/**
 * A piece's words: letters-only words of four letters or more, and in the scripts written without spaces (Chinese,
 * Japanese, Korean) its pairs of characters, overlapping, one word counted for every two characters; "Windows" left
 * out (the prompt's title in every language is "Windows" and one word: "Windows-Sicherheit", "Windows 보안",
 * "Windows 安全性").
 */
function wordsOf(piece: string): { readonly count: number; readonly words: readonly string[] } {
  let count = 0;
  const words: string[] = [];
  for (const token of piece.split(/[^\p{L}]+/u)) {
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(token)) {
      const chars = [...token];
      count += Math.floor(chars.length / 2);
      for (let i = 0; i + 1 < chars.length; i++) words.push(chars[i] + chars[i + 1]);
    } else if (token.length >= 4 && token.toLowerCase() !== 'windows') {
      count++;
      words.push(foldWord(token));
    }
  }
  return { count, words };
}

/** A word folded: case and accents aside. */
function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether the paste holds another sentence than the known texts it was read by: a piece that `known` does not claim,
 * the Windows prompt's lines and the code labels taken out, holding two words or more; or an app's structured error.
 */
export function anotherSentence(
  text: string,
  known: (piece: string) => boolean,
  labels: readonly RegExp[] = [],
): boolean {
  // Read up to MAX_READ characters: a paste that long is a log, its start says whose it is.
  text = text.slice(0, MAX_READ);
  if (STRUCTURED_KEY.test(text)) return true;
  // The text quoted (a user citing the dialog): the rest of the paste is the user's words.
  if (quotedSegments(text).some((q) => wordsOf(q).count >= 2 && known(q))) return false;
  const pieces = pastePieces(text);
  const isKnown = (piece: string) => known(piece) || known(piece.replace(FIELD_LABEL, ' '));
  // A record (an event's or a log's fields, two or more, the text one field's value: "Fehlerursache: Unbekannter
  // Benutzername…"): its free lines are its description; only another field's value can be another program's.
  const fields = pieces.filter((p) => FIELD_LABEL.test(p));
  const record = fields.length >= 2 && fields.some(isKnown);
  // The words of the known texts: a line that speaks of the same thing ("Geben Sie neue Anmeldeinformationen ein."
  // under "Ihre Anmeldeinformationen haben nicht funktioniert") is the same dialog's.
  const dialogWords = new Set(pieces.filter(isKnown).flatMap((p) => wordsOf(p).words));
  return (record ? fields : pieces).some((piece) => {
    if (isKnown(piece) || WINDOWS_PROMPT_LINES.test(piece)) return false;
    let rest = piece.replace(FIELD_LABEL, ' ');
    for (const re of labels) rest = rest.replace(re, ' ');
    const { count, words } = wordsOf(rest);
    return count >= 2 && !words.some((w) => dialogWords.has(w));
  });
}

/** Whether a known sentence is Remote Desktop's own (a dialog, an event or a client's line of its), no shared text. */
export function remoteDesktopOwn(s: KnownSentence): boolean {
  return !sharedSystemText(s) && !s.phrase && !s.signIn && !s.otherProduct && !s.commandOutput;
}

/**
 * Whether a paste that says a shared text inexactly holds words of its own besides it: three words or more (of four
 * letters or more, accents and case aside) that the text does not have ("Impossibile connettersi al server FTP" before
 * a retold "nome utente o password non corretti"). A dialog retyped holds the text's words, a few changed; a user's
 * lead-in before a cue ("… I get the following error, …") is not counted.
 */
export function ownWordsBeside(paste: string, known: string): boolean {
  const ofText = new Set(wordsOf(known).words);
  // A user's words before a cue that says a text follows ("… i get the following error, …") are the user's lead-in.
  let from = 0;
  for (const m of paste.slice(0, MAX_READ).matchAll(CUE)) from = m.index + m[0].length;
  let own = 0;
  for (const w of wordsOf(paste.slice(from, from + MAX_READ)).words) if (!ofText.has(w) && ++own >= 3) return true;
  return false;
}

/** A cue that a quoted text follows, as quoted-text.ts reads one: a word of saying or showing, or a colon. */
const CUE =
  /(?:\b(?:errors?|messages?|prompt|says?|said|saying|reads|shows?|showed|gets?|got|getting|receive[sd]?|popup|pops up)\b|:)[ \t,.:\-\u2013\u2014]{0,4}/giu;

/**
 * Whether a shared text (`sharedSystemText`) is another program's here: the paste names nothing of Remote Desktop, no
 * sentence it was read by is Remote Desktop's own (`remoteDesktopOwn`: beside a client's log line or a dialog of its,
 * the shared text is that client's), and it holds another sentence (`other`, computed by the caller from the texts
 * it read).
 */
export function theirSharedText(
  text: string,
  s: KnownSentence,
  read: readonly KnownSentence[],
  other: () => boolean,
): boolean {
  return sharedSystemText(s) && !namesRemoteDesktop(text) && !read.some(remoteDesktopOwn) && other();
}
