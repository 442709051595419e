/**
 * A failure described, read last (explain-code.ts): the user's own words (described-reading.ts) answered with their
 * symptoms' causes (`explainDescription`); a log pasted whole, read by its error-level lines only
 * (`logPastedWhole`, `failureLinesDescription`); the reason a program printed beside a catch-all message
 * (`reasonAfterCatchAll`).
 */
import type { KnownSentence } from './tables/sentences/known-sentence.js';
import type { PasteReading } from './paste-reader.js';
import { type DescribedFrom, type DescribedSymptom, describedAnswer, readDescription } from './described-reading.js';
import { type CodeExplanation, DESCRIBED } from './explanation.js';
import { answered, finish, saidOnly } from './answer.js';
import { type AdviceRead, readAdvice } from './reading-advice.js';
import type { ReadPaste } from './paste-parts.js';
import { chosenSentence } from './sentence-answer.js';

/** A log line's start: a bracketed time or level, a `program[pid]:` tag (guacd, sshd), a date and a time. */
const LOG_LINE_START = /^\s{0,8}(?:\[[^\]\n]{1,40}\]|[\w.-]{1,40}\[\d{1,10}\]:|\d{4}[-/]\d{2}[-/]\d{2}[ T]\d{2}:\d{2})/;

/**
 * A shell's command line above its output: a prompt (`$`, `#`, `user@host:~$`, `PS C:\>`, `C:\>`) then the command
 * ("$ WLOG_LEVEL=DEBUG xfreerdp /v:host": a program's lowercase name, environment settings before it; never a Markdown
 * heading "# NLA fails"), or a program's password prompt. The user typed it; its words (a client's
 * switches) state no failure.
 */
const COMMAND_LINE =
  /^\s{0,8}(?:(?:[\w.-]{1,40}@[\w.-]{1,60}:[^\n$#]{0,200})?[$#]\s{1,4}(?:[A-Z_]{1,40}=\S{0,200}\s{1,4}){0,4}[a-z][\w.-]{0,40}(?:\s|$)|(?:PS )?[A-Za-z]:\\[^>\n]{0,200}>|[Pp]assword:)/;

/**
 * A log pasted whole, every line of it a log line (guacd's "Security mode: NLA", xrdp's INFO lines), the command that
 * printed it above it or not: its words are the program's, not a failure described in the user's words, so no
 * description is read from it.
 */
export function logPastedWhole(lines: readonly string[]): boolean {
  const filled = lines.filter((l) => l.trim() !== '' && !COMMAND_LINE.test(l));
  return filled.length >= 2 && filled.every((l) => LOG_LINE_START.test(l));
}

/**
 * A log line at error level (FreeRDP's and xrdp's "[ERROR]", "ERROR:", "FATAL:"): the line that says what failed.
 * Never a warning ("Certificate verification failure 'self signed certificate'" is FreeRDP's WARN) nor the debug and
 * information lines that state settings ("Enabling NLA security: TRUE").
 */
const ERROR_LEVEL = /\[(?:error|err|fatal|crit(?:ical)?)\s{0,2}\]|\b(?:error|fatal|critical)\s{0,2}:/i;
/** The level as a column of its own, in capitals as loggers print it ("2024-01-01T10:00:05Z ERROR certificate …"). */
const ERROR_LEVEL_WORD = /(?:^|\s)(?:ERROR|ERR|FATAL|CRITICAL)(?=\s)/;

/**
 * A log pasted whole that no table reads: only its error-level lines are read for the failure they state
 * ("ERROR: Connection timed out after 15000 ms" under "Connecting to 10.0.0.25:3389"), what the log is about taken
 * from the whole of it; the other lines are the program's words, never a failure described.
 */
export function failureLinesDescription(lines: readonly string[], text: string): DescribedSymptom[] | undefined {
  const failed = lines.filter((l) => ERROR_LEVEL.test(l) || ERROR_LEVEL_WORD.test(l));
  return failed.length > 0 ? readDescription(failed.join('\n'), text) : undefined;
}

/**
 * A catch-all message that names no cause ("Unable to connect to RDP server", kind unspecific) with the reason its
 * program printed beside it ("…: connection refused", "(connection timed out)", "… because of a licensing error"): the
 * words of the message's own lines beyond the message are read for the failure they state; none, and the message is
 * the answer.
 */
export function reasonAfterCatchAll(
  r: PasteReading,
  text: string,
): { symptoms: DescribedSymptom[]; sentence: KnownSentence; from: 'reason' | 'description' } | undefined {
  const { sentence } = chosenSentence(r);
  if (!sentence.generic && sentence.kind !== 'unspecific') return undefined;
  // Only the lines that hold the message: its reason is printed beside it, never a dialog's title above it ("Remote
  // Desktop Disconnected" over "The remote computer has ended the connection.").
  const lower = text.toLowerCase();
  const patterns = sentence.words.en.map((w) => new RegExp(w.source, w.flags.includes('g') ? w.flags : `${w.flags}g`));
  const lines = new Map<number, string>();
  for (const words of patterns) {
    // Matches come in order: one pass over each line holding one (linear however often the message repeats).
    let lineEnd = -1;
    for (const m of lower.matchAll(words)) {
      if (m[0].length === 0) break;
      if (m.index < lineEnd) continue;
      const from = lower.lastIndexOf('\n', m.index) + 1;
      const to = lower.indexOf('\n', m.index + m[0].length);
      lineEnd = to < 0 ? lower.length : to;
      if (!lines.has(from)) lines.set(from, lower.slice(from, lineEnd));
    }
  }
  // A message read in another form (a contraction retyped, another language) is found in no line: the whole paste.
  let rest = lines.size > 0 ? [...lines.values()].join('\n') : lower;
  // The message's own words go, but never a reason its loose pattern ran over ("… the remote PC because of a licence
  // problem.": a dialog's text names no cause, so from "because", "due to", a colon or a bracket on it is the reason).
  for (const words of patterns)
    rest = rest.replace(words, (m) => {
      const at = m.search(REASON_STARTS);
      return at > 0 ? ` ${m.slice(at)}` : ' ';
    });
  // Never the general "cannot connect" (a `fallback` concept): the catch-all message says it already, and a message
  // read in another language is its own line's general words.
  const symptoms = rest.trim() ? readDescription(rest, text)?.filter((s) => !s.concept.fallback) : undefined;
  if (symptoms && symptoms.length > 0) return { symptoms, sentence, from: 'reason' };
  // Round 31 (r31-h62c): no reason beside the message, but the user's own sentences on its other lines state a precise
  // failure ("I can only set-up a connection via the Administrator account … For each other user we get an error."
  // above Remmina's catch-all, https://github.com/FreeRDP/Remmina/issues/880): those words are read, never a title
  // (a line of fewer than PROSE_WORDS words) nor the general "cannot connect" the message already says.
  const prose = lines.size > 0 ? proseBeside(lower, lines) : '';
  const described = prose ? readDescription(prose, text)?.filter((s) => !s.concept.fallback) : undefined;
  return described && described.length > 0 ? { symptoms: described, sentence, from: 'description' } : undefined;
}

/** A line of the user's prose holds at least this many words: a dialog's title or a label holds fewer. */
const PROSE_WORDS = 6;

/**
 * The paste's lines other than the message's own (`lines`, by their start) that are the user's prose: never a log's
 * line (a program's words) nor a command line.
 */
function proseBeside(lower: string, lines: ReadonlyMap<number, string>): string {
  const prose: string[] = [];
  let at = 0;
  for (const line of lower.split('\n')) {
    const logged = LOG_LINE_START.test(line) || COMMAND_LINE.test(line);
    if (!lines.has(at) && !logged && line.trim().split(/\s+/).length >= PROSE_WORDS) prose.push(line);
    at += line.length + 1;
  }
  return prose.join('\n');
}

/** Where a reason begins inside a message's loosely matched text. */
const REASON_STARTS = /\b(?:because|due to|since)\b|[:(]/;

/** A failure described in the user's words (described-reading.ts): its symptoms' causes, less sure than a message's. */
export function explainDescription(
  paste: ReadPaste,
  symptoms: readonly DescribedSymptom[],
  from: DescribedFrom = 'description',
  said: readonly string[] = [],
): CodeExplanation {
  const { summary, causes, notes } = describedAnswer(symptoms, from);
  const body = finish({
    summary,
    primary: undefined,
    extended: undefined,
    otherReadings: [],
    phases: undefined,
    causes,
    known: true,
    notes: [...paste.notes, ...said, ...notes],
  });
  return paste.finish({ code: DESCRIBED }, body);
}

/** The concept of tables/own-words/described-server-side.ts that names Remote Desktop's own service not running. */
const SERVICE_DOWN = 'rdp-service-down';

/**
 * A code decoded with no cause (a service error's number or its message text: "Error 1053 'The service did not
 * respond to the start or control request in a timely fashion'") beside the user's words naming Remote Desktop's own
 * service as the one that failed ("everytime I try to start TermService, I get Error 1053"): the service is
 * TermService, so nothing accepts the connection. The words' reading is the answer, the code's kept as a note; a code
 * with causes of its own, or words naming another service, keep the code's answer. Round 31 (r31-h62c).
 */
export function serviceNamedBeside(
  paste: ReadPaste,
  byCodes: CodeExplanation,
  text: string,
): CodeExplanation | undefined {
  if (byCodes.likelyCauses.length > 0) return undefined;
  const down = readDescription(text)?.filter((s) => s.concept.id === SERVICE_DOWN);
  if (!down || down.length === 0) return undefined;
  return explainDescription(paste, down, 'description', [`The code read first: ${byCodes.summary}`]);
}

/** The parts a message's advice names (reading-advice.ts) as the symptoms the answer ranks: the program's suspects. */
function adviceSymptoms(read: AdviceRead): DescribedSymptom[] {
  return read.parts.map((p) => ({
    concept: {
      id: `advice-${p.part.id}`,
      says: `${p.part.says}, which the message asks to check`,
      words: p.part.words,
      causes: p.part.causes,
      source: p.part.source,
    },
    word: p.word,
    language: read.language,
    at: p.at,
    source: read.source,
  }));
}

/**
 * A message that states a failure and advises checking a part (reading-advice.ts): the part is the program's suspect,
 * its causes ranked speculative. The paste's words outside the advice (`text` without it) are read as a description
 * first where they name a failure more precisely than the general "cannot connect": the advice's own words are never
 * read as a failure seen. A general list of unrelated parts is named, no cause read from it.
 */
export function explainAdvice(
  paste: ReadPaste,
  read: AdviceRead,
  text: string,
  said: readonly string[] = [],
): CodeExplanation {
  const folded = text.toLowerCase().replace(/\s+/g, ' ');
  const rest = read.advice ? folded.replace(read.advice, ' ') : folded;
  const precise = readDescription(rest, text)?.filter((s) => !s.concept.fallback) ?? [];
  if (precise.length > 0)
    return explainDescription(paste, read.general ? precise : [...precise, ...adviceSymptoms(read)], 'description', [
      ...said,
    ]);
  if (!read.general) return explainDescription(paste, adviceSymptoms(read), 'advice', [...said]);
  const parts = read.parts.map((p) => `"${p.word}"`).join(', ');
  const summary = `The message states a failure and advises checking a general list of parts (${parts}, in "${read.advice}"): several unrelated suspects, so no cause is read from it. The dialog's code or the program's log would tell which one failed.`;
  return paste.finish({ code: DESCRIBED }, saidOnly(summary, [...paste.notes, ...said]));
}

/** A text folded to its letters and digits, lower case: a message's words however it was spaced or punctuated. */
const lettersOf = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** How many letters of a message's second sentence show the paste holds it. */
const REST_LETTERS = 16;

/**
 * A program's catalog message (client-catalogs.ts, nwm-bvnc-catalogs.ts: not a Microsoft page) found by its first
 * sentence only ("RDP-Verbindung fehlgeschlagen!"), whose causes come from the rest of its text, while the paste goes
 * on with advice of its own instead (reading-advice.ts: "Bitte Host, Port und Netzwerk prüfen"): the same title of
 * another program, whose own advice names its suspect. Undefined when the paste holds the message's rest, when its
 * advice names no part, or a part whose causes the message's own reading holds (another translation of the message).
 */
export function adviceBeyondFirstSentence(
  paste: ReadPaste,
  r: PasteReading,
  text: string,
  bySentence: CodeExplanation,
): CodeExplanation | undefined {
  const m = chosenSentence(r);
  const w = m.wording;
  if (!w || w.exact || !w.source.file.startsWith('not a Microsoft page')) return undefined;
  const end = w.quoted.search(/[.!?。！？]\s/u);
  const rest = end >= 0 ? lettersOf(w.quoted.slice(end + 1)).slice(0, REST_LETTERS) : '';
  if (!rest || lettersOf(text).includes(rest)) return undefined;
  const read = readAdvice(text);
  if (!read || read.general) return undefined;
  // Advice naming a suspect the message's own reading holds is that message's (another translation of it).
  const held = new Set(bySentence.likelyCauses.map((c) => c.causeId));
  if (read.parts.some((p) => p.part.causes.some((c) => held.has(c)))) return undefined;
  // Not that message: the causes its rest states are not ranked (the paste's finish would put them first).
  const own: ReadPaste = { ...paste, finish: (input, told) => ({ ...answered(input, told), paste: paste.summary }) };
  return explainAdvice(own, read, text, [
    `Recognized ${m.sentence.what} by its first sentence only: the paste goes on with advice of its own instead of the rest of that message, read instead.`,
  ]);
}

/**
 * A code whose causes its tables leave open (several ranked), beside the message's own advice naming a part
 * (reading-advice.ts: "Error code: 0x204 … Please check the firewall"): the causes of that part the code already
 * holds come first, said so; the code's other causes follow in their order. Advice naming a cause the code does not
 * hold adds nothing: the code is the more precise reading.
 */
export function adviceOrdersCauses(answer: CodeExplanation, text: string): CodeExplanation {
  if (answer.likelyCauses.length < 2) return answer;
  const read = readAdvice(text);
  if (!read || read.general) return answer;
  const named = new Set(read.parts.flatMap((p) => p.part.causes));
  const first = answer.likelyCauses.filter((c) => named.has(c.causeId));
  if (first.length === 0 || answer.likelyCauses[0]?.causeId === first[0]?.causeId) return answer;
  const words = read.parts.map((p) => `"${p.word}"`).join(', ');
  return {
    ...answer,
    likelyCauses: [...first, ...answer.likelyCauses.filter((c) => !named.has(c.causeId))],
    notes: [
      ...answer.notes,
      `The message's own advice names ${words} ("${read.advice}"): what its program suspects, so the code's causes of that part are ranked first.`,
    ],
  };
}
