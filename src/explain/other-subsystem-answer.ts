/**
 * A paste that is not about Remote Desktop (explain-code.ts, issue 60): another subsystem's or product's text
 * (tables/other-products/other-subsystems.ts) answered with its codes' meanings and no Remote Desktop cause (`inOtherSubsystem`), a
 * number no table holds in prose that names nothing of Remote Desktop (`unknownOutsideRemoteDesktop`), and the texts
 * every program shows, which name no subsystem (`namesNoSubsystem`, `messageOfQuotedCode`).
 */
import { lookupCodeName } from './tables/index.js';
import { UNEXPLAINED } from '../../patterns/index.js';
import type { PasteCode } from './paste-reader.js';
import {
  type OtherSubsystem,
  otherSubsystemOverSentences,
  REMOTE_DESKTOP_WORDS,
} from './tables/other-products/other-subsystems.js';
import type { CodeExplanation } from './explanation.js';
import { heldMessageText } from './tables/codes/message-texts.js';
import { namesRemoteDesktop } from './tables/other-products/whose-text.js';

/**
 * A text every program shows, naming no subsystem: a code's system message, or a Windows Sockets message ("No
 * connection could be made because the target machine actively refused it", WSAE… codes) any program's socket prints.
 */
export const namesNoSubsystem = (m: { sentence: { systemMessage?: true; codeName?: string } }): boolean =>
  m.sentence.systemMessage === true || m.sentence.codeName?.startsWith('WSAE') === true;

/**
 * A number no table holds, in a program's sentences that name nothing of Remote Desktop ("PingCastle couldn't connect
 * to the computer. The error was 0xc0020017"): nothing says a Remote Desktop connection failed, so no cause is ranked,
 * not even `unexplained` (issue 60); the logs to read stay. A number typed with a word or two ("error 0x1234 when
 * connecting") keeps `unexplained`: it is what the user asks about. Chinese and Japanese prose, written without
 * spaces, is counted by its characters (two to a word): "重置云服务器密码后，提示…失败(7617d94c)" is a cloud console's
 * sentence, not a code typed alone (round 30).
 */
export function unknownOutsideRemoteDesktop(answer: CodeExplanation, text: string): CodeExplanation {
  if (!answer.likelyCauses.some((c) => c.causeId === UNEXPLAINED) || REMOTE_DESKTOP_WORDS.test(text)) return answer;
  if (REMOTE_IN_SCRIPTS.test(text) || proseWords(text) < MIN_PROSE_WORDS) return answer;
  return {
    ...answer,
    likelyCauses: [],
    notes: [
      ...answer.notes,
      "Nothing in the text names Remote Desktop (its client, its server, CredSSP or NLA): the number is another program's, and no Remote Desktop cause is ranked for it.",
    ],
  };
}

/** A word of prose (three letters or more); bounded, one pass. */
const PROSE_WORD = /\p{L}{3,40}/gu;
const MIN_PROSE_WORDS = 6;
/** A character of the scripts written without spaces (Chinese, Japanese): two of them weigh as one word of prose. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/**
 * "Remote" in Chinese, Japanese and Korean (远程, 遠端, リモート, 원격): users of these languages say "远程连接",
 * "リモート接続", "원격 접속" for a Remote Desktop connection, so a number beside it stays what the user asks about.
 */
const REMOTE_IN_SCRIPTS = /远程|遠程|遠端|リモート|원격/u;

/** The paste's words of prose: its words of three letters or more, and its runs without spaces by two characters. */
function proseWords(text: string): number {
  const unspaced = (text.match(UNSPACED) ?? []).length;
  const spaced = (text.replace(UNSPACED, ' ').match(PROSE_WORD) ?? []).length;
  return spaced + Math.floor(unspaced / 2);
}

/**
 * A sentence read with its numbers (Microsoft Entra ID's AADSTS error) inside a paste naming a product whose own error
 * line holds it (`overSentencesNamed`: a Microsoft 365 app's sign-in) and nothing of Remote Desktop: that product's.
 */
export function inProductOverSentence(answer: CodeExplanation, text: string): CodeExplanation {
  const over = otherSubsystemOverSentences(text);
  return over?.overSentencesNamed ? inOtherSubsystem(answer, over) : answer;
}

/**
 * A sentence that is the message text of a code the paste quotes ("Error -2146893052 (0x80090304): The Local Security
 * Authority cannot be contacted."): the program printed the code with its message, as every program does, so the
 * sentence names no subsystem more than the code does (issue 60).
 */
export function messageOfQuotedCode(m: { sentence: { codeName?: string } }, codes: readonly PasteCode[]): boolean {
  const named = m.sentence.codeName ? lookupCodeName(m.sentence.codeName) : undefined;
  return named !== undefined && named.table !== 'avd' && codes.some((c) => c.value === named.code);
}

/**
 * The answer to another subsystem's text (tables/other-products/other-subsystems.ts): its codes' meanings kept, no Remote Desktop
 * cause ranked nor log asked for, and the subsystem the text names said first.
 */
export function inOtherSubsystem(answer: CodeExplanation, other: OtherSubsystem): CodeExplanation {
  const says = `The text names ${other.name} and nothing of Remote Desktop: it is an error of ${other.name}, not a Remote Desktop connection failure. ${other.meaning}`;
  const read = answer.summary ? ` The code it quotes: ${answer.summary}` : '';
  return {
    ...answer,
    summary: `${says}${read}`,
    likelyCauses: [],
    logsToCheck: [],
    notes: [
      `${says} No Remote Desktop cause is ranked for its code: the same number means something else beside the words of a Remote Desktop dialog (source: ${other.source}).`,
      // A code's Remote Desktop advice (the tables' notes "For Remote Desktop: …") is not this text's.
      ...answer.notes.filter((n) => !n.startsWith('For Remote Desktop:')),
    ],
  };
}

/** A word of a text compared with a message text's words: letters only, two or more, lower case. */
const TEXT_WORD = /\p{L}{2,40}/gu;
/** Words beside the text enough to be a program's own frame around it. */
const MIN_FRAME_WORDS = 2;
/** A user's own lead-in: the first person, or a verb of seeing or getting a message ("I get", "it shows", "pops up"). */
const USERS_LEAD_IN =
  /^(?:i|im|ive|me|my|we|our|us|get|gets|getting|got|receive|received|receiving|see|seeing|saw|show|shows|showing|shown|say|says|saying|said|popup|pops|appear|appears|appeared|rdp|mstsc)$/;

/**
 * Windows' status quoted by another program's own message (issue 60, round 33): the code and its system message text
 * (message-texts.ts) inside words of the program's frame ("Fail to start: An unexpected error occurred: Logon failure:
 * the user has not been granted the requested logon type at this computer. (0x80070569)", Docker Desktop's start-up;
 * "0x8007052f - Error login on HOST/user: Account restrictions are preventing this user from signing in", a service
 * installer's credential test): that program's failure, not a Remote Desktop connection's. Read so only where nothing
 * names Remote Desktop (whose-text.ts `namesRemoteDesktop`) and the words beside the text are two or more, none a
 * user's lead-in (the first person, "get", "shows", "says"): the text alone, or with a label, stays what the user asks
 * about, as whose-text.ts keeps a shared text holding nothing else. The code's meaning is said; no cause is ranked.
 */
export function statusInProgramFrame(answer: CodeExplanation, text: string): CodeExplanation {
  const name = (answer.other ?? answer.primary)?.name?.replace(/^HRESULT_FROM_WIN32\((\w+)\)$/, '$1');
  if (!name || answer.likelyCauses.length === 0 || namesRemoteDesktop(text) || REMOTE_IN_SCRIPTS.test(text))
    return answer;
  const message = heldMessageText(text, name);
  if (!message) return answer;
  const ofMessage = new Set(message.toLowerCase().match(TEXT_WORD) ?? []);
  const beside = (
    text
      .slice(0, MAX_FRAME_READ)
      .toLowerCase()
      .replace(/\b0x[0-9a-f]+\b/g, ' ')
      .match(TEXT_WORD) ?? []
  ).filter((w) => !ofMessage.has(w));
  if (beside.length < MIN_FRAME_WORDS || beside.some((w) => USERS_LEAD_IN.test(w))) return answer;
  const says = `Windows' status ${name} is quoted, with its own message text, inside another program's message ("${clip(beside.join(' '))}"), and nothing names Remote Desktop: it is that program's failure, not a Remote Desktop connection's, so no Remote Desktop cause is ranked; that program's documentation explains it.`;
  return {
    ...answer,
    summary: `Another program's message quoting Windows' status ${name}. ${answer.summary}`,
    likelyCauses: [],
    logsToCheck: [],
    notes: [says, ...answer.notes.filter((n) => !n.startsWith('For Remote Desktop:'))],
  };
}

/** How much of a paste is read for a program's frame (characters): its start says whose message it is. */
const MAX_FRAME_READ = 4000;
/** The frame's words as the note quotes them. */
const clip = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}…` : s);
