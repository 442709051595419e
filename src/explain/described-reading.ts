/**
 * A failure described in the user's own words (tables/own-words/described-symptoms.ts): the symptoms it mentions, in the order
 * its words come, each with the causes it points to. Read only when nothing else in the paste is (explain-code.ts asks
 * last), only in a paste about Remote Desktop that names no other remote-access product, and never a word a negation
 * or a success beside it cancels ("not blocked", "没有被锁", "works fine now after I opened the firewall").
 *
 * Linear: the paste's first `MAX_DESCRIPTION` characters, each word found by `indexOf` from the last place found, and
 * each occurrence judged on a window of bounded size around it.
 */
import { patternById } from '../../patterns/index.js';
import type { ProtocolPhase } from '../../patterns/codes/index.js';
import {
  DESCRIPTION_CONTEXT_WORDS,
  type DescriptionLanguage,
  DONE_WORDS,
  FAILURE_SAID,
  OTHER_PRODUCTS,
  SUCCESS_WORDS,
  SYMPTOM_CONCEPTS,
  type SymptomConcept,
} from './tables/own-words/described-symptoms.js';
import { withLanguageWords } from './tables/own-words/described-languages.js';
import {
  REMOTE_LOGON_CJK,
  REMOTE_LOGON_OTHER,
  SCRIPT_CONTEXT_WORDS,
} from './tables/own-words/described-languages-scripts.js';
import { FAILURE_VERBS, REMOTE_COMPUTER_WORDS } from './tables/own-words/described-said-latin.js';
import { windowsRemoteLogin } from './tables/own-words/described-windows-login-latin.js';
import { REMOTE_DESKTOP_WORDS } from './tables/other-products/other-subsystems.js';
import { proposesOnly } from './tables/own-words/described-proposal.js';
import {
  cannotConnectInLanguages,
  contrastInLanguages,
  LANGUAGE_CONTRAST_CONCEPTS,
  witnessInLanguages,
} from './tables/own-words/described-contrast-languages.js';
import { type ReasonRead, readReasons } from './reading-because.js';
import { dialogClause } from './tables/own-words/dialog-terms-scripts.js';
import { dialogMarked } from './tables/own-words/dialog-markers.js';
import {
  FAILURE_STATED,
  FIRST_PERSON,
  POLICY_EXPLANATION,
  QUIZ_QUESTION,
  TOPIC_WORDS,
} from './tables/own-words/described-topics.js';

/** The concept of the general words, "Remote Desktop does not connect" (described-everyday.ts). */
const GENERAL_FAILURE = 'cannot-connect';

/** @cache the concepts with the words of tables/own-words/described-languages.ts: a pure function of constant tables, built once. */
const CONCEPTS: readonly SymptomConcept[] = withLanguageWords(SYMPTOM_CONCEPTS);

/** One symptom a description mentions: the first of its words found (as the paste wrote it, lower case) and where. */
export interface DescribedSymptom {
  readonly concept: SymptomConcept;
  readonly word: string;
  readonly language: DescriptionLanguage;
  readonly at: number;
  /** Read from a clause's structure (`said`), not from the concept's own words: ranked after those. */
  readonly bySaid?: true;
  /** The page of the language's words, when they are another language's (`saidIn`): the note names it. */
  readonly source?: string;
  /** The reason a sentence gives for its failure (reading-because.ts): ranked before every other word. */
  readonly byReason?: true;
}

/** A description is a paragraph or a few: longer text is read from its start up to here. */
const MAX_DESCRIPTION = 20_000;

/** How far around a word a negation or a success is looked for (characters; a clause ends it sooner). */
const WINDOW = 80;

/**
 * Chinese, Japanese and Thai characters (no spaces between words), Hebrew and Arabic script (prepositions and
 * conjunctions written onto the word): such a word is matched anywhere.
 */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0e7f\u0590-\u05ff\u0600-\u06ff]/;
const HANGUL = /[\uac00-\ud7af]/;
const LETTER = /[\p{L}\p{N}_]/u;

/** What ends a clause: a negation or a success beyond it is another clause's. */
const CLAUSE_END =
  /[.;:!?,。；：！？，、\n]|\s(?:but|however|although|aber|mais|pero|però|maar|ale|но|ama|fakat|men)\s|但是|但|可是|しかし/;
const CLAUSE_ENDS = new RegExp(CLAUSE_END.source, 'g');

/** A negation of the symptom itself ("can't connect", "无法"): the failure told, not a word cancelled. */
const SYMPTOM_NEGATION =
  /\b(?:can't|cannot|can not|couldn't|could not|unable to|won't|wouldn't|(?:does|did|do)(?:n't| not) (?:work|connect)\w*|not (?:connect|work)\w*|(?:don't|do not|no) (?:know|idea)|no (?:puedo|se puede|consigo|conecta|funciona)|não (?:consigo|conecta|funciona)|non riesco|ne (?:peux|peut) pas|kann nicht|nicht (?:verbinden|möglich))\b|无法|不能|不上|不了|不稳定|できない|できません/g;

/** Each language's "could not" (tables/own-words/described-said-latin.ts), every occurrence. */
const FAILURE_VERBS_ALL = new RegExp(FAILURE_VERBS.source, 'gu');

/** A negation among the last words before a symptom's word ("not blocked", "kein", "не", "没有"). */
const NEGATION_BEFORE =
  /\b(?:not|no|never|without|nicht|kein\w*|nie|niet|geen|pas|sans|aucun\w*|sin|sem|senza|non|nunca|inte|utan|ej|bez|nem|nincs|ikke|ei)\b|n't\b|(?:^|\s)(?:не|нет|без|não|není)(?=\s|$)/;
const CJK_NEGATION_BEFORE = /[没沒不未无無非别別]|ไม่/;

/**
 * A concession before a word in its clause ("available even if a session host has reached its maximum session
 * limit"): a condition that does not hold the failure, not a failure told.
 */
const CONCESSIVE_BEFORE = /\b(?:even if|even when|even though|whether or not|regardless of whether)\b/;

/** Right after a symptom's word: it is ruled out ("firewall is disabled", "is not", "ist aus"). */
const RULED_OUT_AFTER =
  /^\s?(?:(?:is|was|are|were|has been|is now|ist|war)\s?)?(?:not\b|n't\b|disabled|off\b|turned off|open\b|opened|allow(?:s|ed)\b|fine\b|ok\b|deaktiviert|ausgeschaltet|aus\b|nicht\b|değil|desactivado|desativado|désactivé)|^\s?(?:отключ|не\s)/;
/** Right before a symptom's word: the user turned it off and the failure stayed ("shutting off the firewall"). */
const RULED_OUT_BEFORE =
  /\b(?:(?:turn(?:ed|ing)?|shut(?:ting)?|switch(?:ed|ing)?) off|disabl(?:e|ed|ing)|deactivat(?:e|ed|ing))(?: (?:the|my|our|windows|all))*$/;
/**
 * The user vouches for the credentials ("I'm sure the password is correct", "我可以确定的是用户名密码是正确的",
 * "密码也是对的"): the error saying they are wrong is not the failure's cause, and no wrong password is read (round
 * 30); Korean "정확하지 않음" (not correct) says the opposite (round 31). As users write it: https://github.com/stascorp/rdpwrap/issues/1308 ("username or password is incorrect which
 * I'm sure it's correct"), https://github.com/next-terminal/next-terminal/issues/142 ("mstsc能正常登录，密码也是对的").
 */
const CREDENTIALS_VOUCHED =
  /\b(?:password|credentials|username and password|user name and password)(?: [a-z']{1,12}){0,2} (?:is|are) (?:definitely |surely |certainly |100% )?(?:correct|right|valid)\b|\bi(?:'m| am) (?:sure|certain|positive) (?:that )?(?:it|they)(?:'s|'re| is| are) (?:correct|right|valid)\b|(?:用户名|账号|帳號)?密[码碼](?:也|都)?(?:是|都是|肯定是|绝对是)?(?:正确|正確|对的|對的)|密[码碼]没(?:有)?错|パスワード(?:は|が|も)?(?:正しい|合って)|(?:비밀번호|암호)(?:는|가|도)? ?(?:맞|정확)(?!하지 ?않|지 ?않)|пароль (?:точно )?(?:верный|правильный)/u;

/** "… is not reachable": the symptom's own word negated, not the word before it ruled out. */
const NOT_STATE_AFTER =
  /^\s?(?:(?:is|was|are|were)(?: not|n't) (?:reachable|available|responding|working|found|configured|activated|accessible)|not (?:found|installed))\b/;
const CJK_NEGATION_AFTER = /^.{0,5}(?:ない|ません|なかった|않|없|아니)/;
/**
 * Right after a word, in its clause: the thing is not needed ("(RDS CAL) は必要ありません", KB 2477176 in Japanese,
 * http://support.microsoft.com/kb/2477176/ja; Korean "필요하지 않", Chinese "不要"), whatever script the word is in.
 */
const NOT_NEEDED_AFTER = /必要(?:は)?(?:ありません|ない)|不要|필요하지 않|필요 없/;

/**
 * The symptoms a description of a Remote Desktop failure mentions, in the order they come; undefined: none read.
 * `whole`: the paste the words come from, when they are a part of it (a log's failure lines): what it is about and the
 * products it names are read on the whole.
 */
export function readDescription(pasted: string, whole = pasted): DescribedSymptom[] | undefined {
  const text = pasted
    .slice(0, MAX_DESCRIPTION)
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    // A name quoted inside the user's words ("not member of "Remote Desktop Users"") reads as the name (round 30).
    .replace(/["“”„«»]/g, '')
    .replace(/\s+/g, ' ');
  // A Group Policy setting's explanation says what the setting does, not that anything failed.
  if (POLICY_EXPLANATION.test(text)) return undefined;
  // A quiz asks how "you" would fix a failure it imagines: no failure of the writer's own (described-topics.ts).
  if (QUIZ_QUESTION.test(text) && !FIRST_PERSON.test(text)) return undefined;
  // A feature request or release notes name failures as the change's subject, not as failures seen (round 29).
  if (proposesOnly(text)) return undefined;
  const all = whole === pasted ? text : whole.slice(0, MAX_DESCRIPTION).toLowerCase();
  // A product named only as what works beside Remote Desktop failing is a witness, not the paste's subject (round 30).
  const others = OTHER_PRODUCTS.filter(
    (p) => p.words.test(all) && !witnessOnly(all, p.words) && !witnessInLanguages(all, p.words),
  );
  if (others.some((p) => !p.path)) return undefined;
  // A VPN client named (a path, not another remote desktop): only a contrast told about the connection is read.
  const onlyContrasts = others.length > 0;
  const found: DescribedSymptom[] = [];
  let ownWord = false;
  // The same contrast in another language's words (round 30): read as the English concept its witness names.
  const inLanguages = contrastInLanguages(text);
  for (const concept of CONCEPTS) {
    if (onlyContrasts && !concept.contrast && !concept.path) continue;
    let first: DescribedSymptom | undefined;
    const tries: [DescriptionLanguage, string, boolean][] = [
      ['en', concept.ownWords ?? '', true],
      ...(Object.entries(concept.words) as [DescriptionLanguage, string][]).map(
        ([language, words]): [DescriptionLanguage, string, boolean] => [language, words, false],
      ),
    ];
    const contrasted = concept.contrast ? findContrast(text, concept.contrast) : undefined;
    if (contrasted) first = { concept, word: contrasted.word, language: 'en', at: contrasted.start };
    else if (inLanguages && LANGUAGE_CONTRAST_CONCEPTS[inLanguages.witness] === concept.id) {
      first = { concept, word: inLanguages.word, language: inLanguages.language, at: inLanguages.start };
      ownWord = true;
    } else if (concept.id === GENERAL_FAILURE && !onlyContrasts) {
      // The general words in another language (round 33): English reads them by the concept's own `said`.
      const general = cannotConnectInLanguages(text);
      if (general) first = { concept, word: general.word, language: general.language, at: general.start, bySaid: true };
    }
    for (const [language, words, own] of onlyContrasts ? [] : tries)
      for (const word of words.split('|')) {
        const at = word ? findWord(text, word, concept) : undefined;
        if (!at || (first && first.at <= at.start)) continue;
        first = { concept, word: at.word, language, at: at.start };
        if (own) ownWord = true;
      }
    // A word that only names the part (described-topics.ts) gives way to a clause that states its failure (round 31).
    if ((!first || topicWord(first)) && (!onlyContrasts || concept.path)) first = saidOf(text, concept) ?? first;
    if (first) found.push(first);
  }
  // A clause that is a Windows text's term and predicate whole, in another script (round 31): read without a Remote
  // Desktop word, as the dialog's statement is (tables/own-words/dialog-terms-scripts.ts).
  const alone = onlyContrasts ? undefined : aloneClause(pasted);
  if (alone) {
    // Its concept read already (the same clause, by its `said`): the clause alone still makes the paste the dialog's.
    if (!found.some((s) => s.concept.id === alone.concept.id)) found.push(alone);
    ownWord = true;
  }
  const failed = FAILURE_SAID.test(text) || FAILURE_STATED.test(text);
  const told = (failed ? found : found.filter((s) => !topicWord(s))).filter(
    (s) => s.concept.id !== 'wrong-password' || !CREDENTIALS_VOUCHED.test(text),
  );
  // A failure said in the most general words is read only where nothing more precise is (symptom-concept.ts `fallback`).
  const precise = told.filter((s) => !s.concept.fallback);
  const read = withReasons(precise.length > 0 ? precise : told, onlyContrasts ? [] : readReasons(text));
  if (read.length === 0) return undefined;
  if (!ownWord && !aboutRemoteDesktop(all)) return undefined;
  return read.sort(
    (a, b) => Number(!a.byReason) - Number(!b.byReason) || Number(a.bySaid ?? 0) - Number(b.bySaid ?? 0) || a.at - b.at,
  );
}

/**
 * Whether the paste is about Remote Desktop: its names in any language, its port and services, a remote logon in
 * Chinese, Japanese or Korean that names no other remote access, the remote computer, Remote Desktop's own dialog
 * markers (tables/own-words/dialog-markers.ts: its client's title, accents and capitals aside), a remote sign-in
 * to a Windows machine told in a Latin-script language.
 */
function aboutRemoteDesktop(all: string): boolean {
  return (
    REMOTE_DESKTOP_WORDS.test(all) ||
    DESCRIPTION_CONTEXT_WORDS.test(all) ||
    SCRIPT_CONTEXT_WORDS.test(all) ||
    (REMOTE_LOGON_CJK.test(all) && !REMOTE_LOGON_OTHER.test(all)) ||
    REMOTE_COMPUTER_WORDS.test(all) ||
    dialogMarked(all) ||
    windowsRemoteLogin(all)
  );
}

/**
 * The symptoms read, with the reasons sentences give for their failures (reading-because.ts) first: a symptom whose
 * word stands in a sentence that gives its reason is that reason's consequence ("中斷連線，因為…沒有可用的…存取使用權":
 * the licence, not a connection dropping), so it gives way to it, unless it points to the reason's own causes.
 */
function withReasons(read: readonly DescribedSymptom[], reasons: readonly ReasonRead[]): DescribedSymptom[] {
  if (reasons.length === 0) return [...read];
  const byReason = reasons.map(
    (r): DescribedSymptom => ({
      concept: {
        id: `because-${r.reason.id}`,
        says: r.reason.says,
        words: r.reason.words,
        causes: r.reason.causes,
        source: r.reason.source,
      },
      word: r.word,
      language: r.language,
      at: r.at,
      byReason: true,
      source: r.source,
    }),
  );
  // A symptom that points to the reason's own causes agrees with it and stays (its words are read too).
  const explained = (s: DescribedSymptom) =>
    reasons.some(
      (r) =>
        s.at >= r.sentence[0] && s.at < r.sentence[1] && !s.concept.causes.some((c) => r.reason.causes.includes(c)),
    );
  return [...byReason, ...read.filter((s) => !explained(s))];
}

/**
 * The first clause that states a concept by its structure (`said`), in English or in another language (`saidIn`,
 * every language's rows: tables/own-words/described-languages.ts LANGUAGES_SAID): the earliest in the paste.
 */
function saidOf(text: string, concept: SymptomConcept): DescribedSymptom | undefined {
  let first: DescribedSymptom | undefined;
  type Try = [DescriptionLanguage, NonNullable<SymptomConcept['said']>, string | undefined];
  const tries: Try[] = [
    ...(concept.said ? [['en', concept.said, undefined] as Try] : []),
    ...(concept.saidIn ?? []).map((s): Try => [s.language, s, s.source]),
  ];
  for (const [language, said, source] of tries) {
    const found = findSaid(text, said, concept.unlessInSentence);
    if (found && (!first || found.start < first.at))
      first = { concept, word: found.word, language, at: found.start, bySaid: true, ...(source ? { source } : {}) };
  }
  return first;
}

/**
 * The clause of the paste (quotation marks kept: a dialog quoted is its own clause) that is a row's term and predicate
 * whole (dialog-terms-scripts.ts dialogClause), as its concept; undefined when none is.
 */
function aloneClause(pasted: string): DescribedSymptom | undefined {
  const clause = dialogClause(pasted.slice(0, MAX_DESCRIPTION).toLowerCase().replace(/\s+/g, ' '));
  const concept = clause && CONCEPTS.find((c) => c.id === clause.concept);
  if (!clause || !concept) return undefined;
  return { concept, word: clause.word, language: clause.language, at: clause.at, bySaid: true, source: clause.source };
}

/**
 * Whether a symptom was read from a word naming a part of Remote Desktop, not its failure (described-topics.ts). A
 * clause read by its structure (`bySaid`) states the failure, whichever it names first: the part, or the failure.
 */
function topicWord(s: DescribedSymptom): boolean {
  return !s.bySaid && (TOPIC_WORDS[s.concept.id] ?? []).some((t) => s.word.startsWith(t));
}

/** A clause longer than this is not one statement of a failure (characters). */
const SAID_CLAUSE = 200;

/**
 * The first clause that names a concept's subject and says it failed (`said`), the failure not cancelled by a
 * negation, a success, a step reported done or a question that asks only: from the subject to the failure, as written.
 * Linear: one split into clauses, two bounded tests a clause.
 */
function findSaid(
  text: string,
  said: NonNullable<SymptomConcept['said']>,
  unlessInSentence?: RegExp,
): { start: number; word: string } | undefined {
  let from = 0;
  for (const end of [...text.matchAll(said.sentence ? SENTENCE_ENDS : CLAUSE_ENDS), undefined]) {
    const to = end ? (end.index ?? 0) : text.length;
    const clause = text.slice(from, to);
    // Round 31 (r31-h62c): a sentence longer than one statement (lines pasted without their full stops, run together
    // when the paste's spaces are folded) is read clause by clause instead, as a clause-read concept is.
    const inClauses = said.sentence && clause.length > SAID_CLAUSE ? findSaid(clause, byClause(said)) : undefined;
    if (inClauses) return { start: from + inClauses.start, word: inClauses.word };
    const subject = clause.length <= SAID_CLAUSE ? said.subject.exec(clause) : null;
    const failed = subject ? (said.failed.exec(clause) ?? said.absent?.exec(clause) ?? null) : null;
    if (subject && failed && !said.unless?.test(clause)) {
      const at = from + failed.index;
      const stop = at + failed[0].length;
      // A failure written in Chinese, Japanese, Thai or Korean is cancelled by those languages' negations.
      const cjk = CJK.test(failed[0]) || HANGUL.test(failed[0]);
      // Its concept's `unlessInSentence` (round 31): another reason the sentence names makes the failure that reason's.
      const otherReason = unlessInSentence?.test(sentenceAround(text, at, stop).sentence) ?? false;
      if (!otherReason && !cancelled(text, at, stop, cjk) && !doneReport(text, at, stop) && !asksOnly(text, at, stop)) {
        const start = from + Math.min(subject.index, failed.index);
        return { start, word: text.slice(start, Math.max(from + subject.index + subject[0].length, stop)) };
      }
    }
    from = end ? to + end[0].length : to;
  }
  return undefined;
}

/** The same structure read over clauses instead of sentences. */
function byClause(said: NonNullable<SymptomConcept['said']>): NonNullable<SymptomConcept['said']> {
  const { sentence: _sentence, ...clauses } = said;
  return clauses;
}

/**
 * The first place `word` stands in `text` as a word, not cancelled by a negation or a success around it, nor by its
 * concept's `unless` words in its clause nor its `unlessInSentence` words in its sentence, and only where its clause
 * holds the concept's `within` words.
 */
function findWord(
  text: string,
  word: string,
  { unless, within, unlessInSentence }: Pick<SymptomConcept, 'unless' | 'within' | 'unlessInSentence'>,
): { start: number; word: string } | undefined {
  const prefix = word.endsWith('*');
  const w = prefix ? word.slice(0, -1) : word;
  const anywhere = CJK.test(w);
  const fromStart = HANGUL.test(w);
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    if (!anywhere && i > 0 && LETTER.test(text[i - 1] as string)) continue;
    let end = i + w.length;
    if (prefix) while (end < text.length && end - i < w.length + 20 && LETTER.test(text[end] as string)) end++;
    else if (!anywhere && !fromStart && end < text.length && LETTER.test(text[end] as string)) continue;
    if (unless?.test(clauseAround(text, i, end))) continue;
    if (within && !within.test(clauseAround(text, i, end))) continue;
    if (unlessInSentence?.test(sentenceAround(text, i, end).sentence)) continue;
    if (!cancelled(text, i, end, anywhere || fromStart) && !doneReport(text, i, end) && !asksOnly(text, i, end))
      return { start: i, word: text.slice(i, end) };
  }
  return undefined;
}

/** Whether a negation or a success in the word's clause cancels it. */
function cancelled(text: string, start: number, end: number, cjk: boolean): boolean {
  const before = lastClause(text.slice(Math.max(0, start - WINDOW), start));
  const after = firstClause(text.slice(end, end + WINDOW));
  if (SUCCESS_WORDS.test(`${before}${text.slice(start, end)}${after}`)) return true;
  if (NOT_NEEDED_AFTER.test(after)) return true;
  // A negation before "and" is the other statement's ("no RDS licenses installed and will stop working in 90 days").
  const told = before
    .replace(SYMPTOM_NEGATION, ' ')
    .replace(FAILURE_VERBS_ALL, ' ')
    .replace(/^.*\s(?:and|then)\s/, ' ');
  if (cjk)
    return CJK_NEGATION_BEFORE.test(told.slice(-4)) || CJK_NEGATION_AFTER.test(after.replace(SYMPTOM_NEGATION, ' '));
  const lastWords = told.trim().split(' ').slice(-6).join(' ');
  return (
    CONCESSIVE_BEFORE.test(before) ||
    NEGATION_BEFORE.test(lastWords) ||
    RULED_OUT_BEFORE.test(lastWords) ||
    (RULED_OUT_AFTER.test(after) && !NOT_STATE_AFTER.test(after))
  );
}

/** The clause a word stands in: a window of bounded size each side, cut at the clause's ends. */
function clauseAround(text: string, start: number, end: number): string {
  return `${lastClause(text.slice(Math.max(0, start - WINDOW), start))}${text.slice(start, end)}${firstClause(text.slice(end, end + WINDOW))}`;
}

/**
 * What ends one statement of a contrast: a sentence's end, "but", "however", "instead", a comma before "not", or a
 * "not" that opens the other place without a comma ("works on LAN not over VPN").
 */
const STATEMENT_ENDS =
  /[;!?\n]|\.(?!\d)|\s\(|\s(?:but|however|whereas|while|although|though|instead)\b|,(?= ?not\b)|\s(?=not (?:over|from|via|through|on|in|with|by|outside)\b)/g;
const STATEMENT_OR_COMMA_ENDS = new RegExp(`${STATEMENT_ENDS.source}|,`, 'g');
/** A statement that says something works (with no failure word in it); "can" alone ends one ("but admins can"). */
const WORKS_SAID =
  /\b(?:works?|working|worked|connects?|connected|connecting|fine|ok|succeeds?|succeeded|pingable|replies|responds?|answers?|reachable|can (?:still |successfully |easily )?(?:ping|log ?in|log ?on|sign ?in)|gets? (?:me |us )?(?:in|into|through))\b|\bcan$/;
/** A statement that says something fails. */
const FAILS_SAID =
  /\b(?:not|no|never|fails?|failed|failing|cannot|unable|error|doesnt|dont|cant|wont|couldnt|denied|refused|rejected|blocked)\b|n't\b/;
/** A paste that says the problem is solved: its contrast is history, not the failure. */
const SOLVED = /\b(?:solved|resolved|fixed it|that fixed|problem is gone)\b/;

/**
 * Where a paste contrasts what works with what fails (tables/own-words/described-contrast.ts): a statement that names `works`
 * and says it works, with no failure and none of `fails`'s words in it, and another that names `fails`, says it fails
 * and names nothing of `works`. The failing statement's word is the one read. Linear: one split, two tests a statement.
 */
function findContrast(
  text: string,
  contrast: NonNullable<SymptomConcept['contrast']>,
): { start: number; word: string } | undefined {
  if (SOLVED.test(text)) return undefined;
  // Statements apart by a comma too ("fails by name, works by IP"), where the sentences hold no contrast whole.
  return contrastIn(text, contrast, STATEMENT_ENDS) ?? contrastIn(text, contrast, STATEMENT_OR_COMMA_ENDS);
}

/** The contrast read with the statements `ends` cuts. */
function contrastIn(
  text: string,
  contrast: NonNullable<SymptomConcept['contrast']>,
  ends: RegExp,
): { start: number; word: string } | undefined {
  let works = false;
  let failed: { start: number; word: string } | undefined;
  let from = 0;
  for (const end of [...text.matchAll(ends), undefined]) {
    const to = end ? (end.index ?? 0) : text.length;
    const s = text.slice(from, to);
    const subjectWorks = contrast.works.test(s);
    const subjectFails = contrast.fails.exec(s);
    if (subjectWorks && !subjectFails && WORKS_SAID.test(s) && !FAILS_SAID.test(s)) works = true;
    else if (subjectFails && !subjectWorks && FAILS_SAID.test(s) && !failed)
      failed = { start: from + subjectFails.index, word: subjectFails[0] };
    from = end ? to + end[0].length : to;
  }
  return works ? failed : undefined;
}

/** How far around a word its sentence is looked at for a report of a step done (characters; a sentence end cuts it). */
const SENTENCE_WINDOW = 200;
const SENTENCE_END = /[.!?。！？\n]/;
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'g');

/**
 * Whether the word's sentence reports a step done and says nothing failed ("The RD Licensing server migration has
 * completed", "RDS CAL migration completed", "license server activated"): its licensing or network words name what was
 * done, not a failure. A sentence that also says something failed or still does not work keeps its words.
 */
function doneReport(text: string, start: number, end: number): boolean {
  const { sentence } = sentenceAround(text, start, end);
  return DONE_WORDS.test(sentence) && !FAILURE_SAID.test(sentence);
}

/**
 * The sentence a word at `start`–`end` stands in, within SENTENCE_WINDOW each side, and the sign that ends it ('' when
 * none comes within the window).
 */
function sentenceAround(text: string, start: number, end: number): { sentence: string; ending: string } {
  const before = text.slice(Math.max(0, start - SENTENCE_WINDOW), start);
  let from = 0;
  for (const m of before.matchAll(SENTENCE_ENDS)) from = (m.index ?? 0) + m[0].length;
  const after = text.slice(end, end + SENTENCE_WINDOW);
  const to = after.search(SENTENCE_END);
  const sentence = `${before.slice(from)}${text.slice(start, end)}${to >= 0 ? after.slice(0, to) : after}`;
  return { sentence, ending: to >= 0 ? (after[to] ?? '') : '' };
}

/** A yes/no question: its first word an auxiliary ("does this mean …?", "is it possible to …?"). */
const YES_NO_QUESTION = /^\s*(?:does|do|did|is|are|can|could|will|would|should|has|have)\b/;
/** What such a question asks about: a feature, a requirement, a possibility, not a failure seen. */
const ASKS_ABOUT = /\b(?:supports?|supported|mean|means|requires?|required|needs?|possible|compatible)\b/;

/**
 * Whether the word's sentence only asks about a feature ("Does this mean xfreerdp already supports Network Level
 * Authentication?", "Is NLA required?"): a yes/no question about support, a requirement or a possibility that says
 * nothing failed. A question that tells a failure ("Does anyone know why RDP keeps disconnecting?", "Is NLA required
 * when the sign-in fails?") keeps its words.
 */
function asksOnly(text: string, start: number, end: number): boolean {
  const { sentence, ending } = sentenceAround(text, start, end);
  if (ending !== '?') return false;
  return YES_NO_QUESTION.test(sentence) && ASKS_ABOUT.test(sentence) && !FAILURE_SAID.test(sentence);
}

/**
 * Whether every statement of the paste that names `product` says it works and none says it fails ("I can still
 * connect with PuTTY, but Remote Desktop no longer connects"), and another statement says Remote Desktop fails: the
 * product is a witness that the computer is up (described-symptom-words.ts), not the paste's subject. "RDP works
 * but PuTTY is refused" names the product in a failing statement: it stays the product's. Linear: one split, two tests
 * a statement.
 */
function witnessOnly(text: string, product: RegExp): boolean {
  if (SOLVED.test(text)) return false;
  let named = false;
  let rdpFails = false;
  let from = 0;
  for (const end of [...text.matchAll(STATEMENT_ENDS), undefined]) {
    const to = end ? (end.index ?? 0) : text.length;
    const s = text.slice(from, to);
    const fails = FAILS_SAID.test(s);
    if (product.test(s)) {
      if (fails || !WORKS_SAID.test(s)) return false;
      named = true;
    } else if (fails && REMOTE_DESKTOP_WORDS.test(s)) rdpFails = true;
    from = end ? to + end[0].length : to;
  }
  return named && rdpFails;
}

/** The text after the last clause end in `s` (a window before a word). */
function lastClause(s: string): string {
  let from = 0;
  for (const m of s.matchAll(CLAUSE_ENDS)) from = (m.index ?? 0) + m[0].length;
  return s.slice(from);
}

/** The text before the first clause end in `s` (a window after a word). */
function firstClause(s: string): string {
  const at = s.search(CLAUSE_END);
  return at >= 0 ? s.slice(0, at) : s;
}

/** A cause a described symptom points to, as the explanation ranks it. */
export interface DescribedCause {
  readonly causeId: SymptomConcept['causes'][number];
  readonly confidence: 'SP';
  readonly phase: ProtocolPhase;
  readonly why: string;
}

/** The answer's parts: its summary, the causes in the order the words came, and a note per symptom. */
/** Where the words of a described answer come from: the user's description, a log's error lines, the reason after a catch-all message. */
export type DescribedFrom = 'description' | 'log' | 'reason' | 'advice';

const FROM_WORDS: Readonly<Record<DescribedFrom, readonly [string, string]>> = {
  description: ['Your description', 'your description'],
  log: ["The log's error lines", "the log's error lines"],
  reason: ['The reason after the message', 'the reason after the message'],
  advice: ["The message's own advice", "the message's own advice"],
};

/** The summary of an answer read from a message's own advice (reading-advice.ts): the program's suspicion. */
const ADVICE_SUMMARY = (said: string) =>
  `The message states a failure and its own advice names ${said}: what its program suspects, read as a suspicion, not as a cause the message states. The causes below are speculative; the dialog's code or the program's log would tell more.`;

export function describedAnswer(
  symptoms: readonly DescribedSymptom[],
  from: DescribedFrom = 'description',
): {
  summary: string;
  causes: DescribedCause[];
  notes: string[];
} {
  const said = symptoms.map((s) => `"${s.word}" (${s.concept.says})`).join(', ');
  // Words read from a log's error lines or after a catch-all message (explain-code.ts) are the program's, said so.
  const [where, wherein] = FROM_WORDS[from];
  const causes: DescribedCause[] = [];
  for (const s of symptoms)
    for (const id of s.concept.causes) {
      const p = patternById(id);
      if (!p || causes.some((c) => c.causeId === id)) continue;
      causes.push({
        causeId: id,
        confidence: 'SP',
        phase: p.phase,
        why: `${p.summary} ${where} ${from === 'description' ? 'mentions' : from === 'log' ? 'say' : from === 'advice' ? 'names' : 'says'} "${s.word}".`,
      });
    }
  return {
    summary:
      from === 'advice'
        ? ADVICE_SUMMARY(said)
        : from !== 'description'
          ? `${where} ${from === 'log' ? 'say' : 'says'} ${said}. Read from the program's words, not from a code or a known message of our tables: the causes below are the ones such words point to, less sure than a message's; the lines before the error, or the dialog's code, would tell more.`
          : `Your description mentions ${said}. Read from a description in your own words, not from a code or a known message: the causes below are the ones such words point to, less sure than a message's; the dialog's code or its whole text would tell more.`,
    causes,
    notes: symptoms.map(
      (s) =>
        `Read "${s.word}" in ${wherein} as ${s.concept.says}: it points to ${s.concept.causes.join(', ')} (source: ${s.source ? `the ${s.language} words from ${s.source}; the causes from ${s.concept.source}` : s.concept.source}).`,
    ),
  };
}
