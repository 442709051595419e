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
