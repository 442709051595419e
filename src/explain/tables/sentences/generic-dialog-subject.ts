/**
 * The generic dialog's subject, kept by an approximate reading (issue 60, round 32, h64a): "This computer can't
 * connect to the remote computer" says who fails, this computer; its predicate alone, "can't connect to the remote
 * computer", is every program's ("调试器无法连接到远程计算机" Visual Studio's debugger, "O depurador não pode se
 * conectar ao computador remoto", a WinRM script's FAQ quoting "无法连接到远程计算机"). English reads the dialog only
 * with its subject (sentences.ts `cannot-connect-generic`, "this computer can't connect …"); its localized rows carry
 * their language's subject too, word for word; and an approximate reading (a near or cut quote of a row,
 * near-quote.ts, localized-quote.ts, script-near-quote.ts, nearest-text.ts) stands only where the paste keeps that
 * subject: a quote cut before it is the predicate alone, not the dialog.
 *
 * The subjects are the rows' own first words, as each language's row quotes the dialog (localized.ts and the tables it
 * takes in: "此计算机无法连接到远程计算机", "Este computador não pode se conectar ao computador remoto", "Dieser
 * Computer kann keine Verbindung …", "このコンピューターはリモート コンピューターに接続できません", "이 컴퓨터에서/는 …",
 * "這部電腦無法連線到遠端電腦" …), folded as the rows are (localized.ts foldText); in Chinese and Japanese "this
 * computer" with either demonstrative and either noun the language writes it with (此/这台, 此/這部/這台; 计算机/电脑,
 * 電腦; コンピューター/コンピュータ, as Wiktionary's 此, 這, 电脑 and the older katakana spelling of localized-nla.ts
 * give them): a user retyping the subject another way keeps it. A language without an entry keeps every reading.
 */
import { foldText } from '../languages/localized.js';

/** Each language's subject of the generic dialog, from its rows' quoted texts. */
const GENERIC_SUBJECTS: Readonly<Record<string, readonly string[]>> = {
  en: ['this computer'],
  zh: ['此计算机', '这台计算机', '此电脑', '这台电脑'],
  'zh-TW': ['這部電腦', '此電腦', '這台電腦'],
  ja: ['このコンピューター', 'このコンピュータ'],
  ko: ['이 컴퓨터'],
  pt: ['este computador'],
  'pt-PT': ['neste computador'],
  es: ['este equipo'],
  de: ['dieser computer'],
  fr: ['cet ordinateur'],
  it: ['il computer non'],
  nl: ['deze computer'],
  pl: ['ten komputer'],
  ru: ['этот компьютер'],
  cs: ['tento počítač'],
  tr: ['bu bilgisayar'],
  hu: ['ez a számítógép'],
  da: ['denne computer'],
  fi: ['tämä tietokone'],
  hr: ['ovo računalo'],
  el: ['αυτός ο υπολογιστής'],
  sv: ['datorn'],
};

/** The sentences read here: the generic dialog. */
const SUBJECT_FIRST = new Set(['cannot-connect-generic']);

/**
 * Whether an approximate reading of `sentenceId` in `language` keeps the dialog's subject in the paste `text`: always
 * for another sentence or a language without an entry.
 */
export function subjectKept(text: string, sentenceId: string, language: string): boolean {
  if (!SUBJECT_FIRST.has(sentenceId)) return true;
  const subjects = GENERIC_SUBJECTS[language];
  if (!subjects) return true;
  const folded = foldText(text);
  return subjects.some((s) => folded.includes(foldText(s)));
}
