/**
 * A localized dialog's words found only inside a question or a condition of a page about something else (issue 60,
 * round 31): "Почему мои учетные данные не работают при добавлении сегмента с другого сервера?" (a database FAQ's
 * heading), "그러지 않으면 자격 증명이 작동하지 않습니다" (another service's "otherwise the credentials will not
 * work"). The words are the dialog's ("учетные данные не работают", "자격 증명이 작동하지 않습니다"), the sentence is
 * no failure seen: a question asks, a condition supposes. In a paste that names nothing of Remote Desktop, such a
 * wording is not read as the dialog (tables/sentences/sentences.ts findSentences); a paste about Remote Desktop keeps
 * it (a user asking why the dialog appears tells the failure), and so does a dialog quoted after a condition ("if users
 * get the 「…」 error": the page names the dialog).
 *
 * The words each language asks and supposes with, as Wiktionary glosses them: a question mark (ASCII or full-width);
 * "why", "how" (Russian почему, зачем, как; Ukrainian чому; Chinese 为什么, 為什麼, 怎么, 怎麼, 如何; Japanese なぜ,
 * どうして; Korean 왜, 어떻게); "if", "otherwise" before the words (Russian если, иначе; Chinese 如果, 若, 否则; Japanese
 * 場合, なければ, and "otherwise" そうしないと by its しないと "if one does not"; Korean 않으면, 경우). Linear: one search for the wording's first word, one bounded sentence.
 */

/** A sentence's end. */
const SENTENCE_END = /[.!?。！？\n]/;
/**
 * The sentence asks: a question mark, or a question word (the Cyrillic ones and Korean 왜 as whole words: "почему-то"
 * is "somehow", "왜냐하면" "because"). Also dialog-terms-scripts.ts' test of a bare clause's sentence.
 */
export const ASKS = /[?？]|(?:^|\s)(?:почему|зачем|чому|왜)(?=\s|$)|为什么|為什麼|怎么|怎麼|如何|なぜ|どうして|어떻게/u;
/**
 * A condition before the words: the failure supposed, not seen. A concession ("even if": 場合でも, 경우에도, даже
 * если, 即使) tells the failure seen despite it: not a condition.
 */
const SUPPOSES =
  /(?:^|\s)(?<!даже )(?:если|иначе|якщо|інакше)(?=\s|$)|如果|若(?!干)|否则|否則|場合(?!でも|も)|なければ|しないと|않으면|경우(?!에도)/u;

/** Quotation marks that open and that close a quote (typographic, CJK brackets); ASCII double quotes by their count. */
const OPENING = '“«「『‘［【';
const CLOSING = '”»」』’］】';

/** Whether the end of `before` stands inside a quote: its last opening mark after its last closing one. */
function insideQuote(before: string): boolean {
  let open = -1;
  let close = -1;
  let ascii = 0;
  for (let i = 0; i < before.length; i++) {
    const ch = before[i] as string;
    if (OPENING.includes(ch)) open = i;
    else if (CLOSING.includes(ch)) close = i;
    else if (ch === '"') ascii++;
  }
  return open > close || ascii % 2 === 1;
}

/**
 * Whether the first of `words` (lower case, as the paste `text` is) stands in `text` only inside a question, or after
 * a condition in its sentence; false when the words are not found.
 */
export function askedOrSupposed(text: string, words: readonly string[]): boolean {
  const firstWord = words[0];
  const at = firstWord ? text.indexOf(firstWord) : -1;
  if (at < 0 || !firstWord) return false;
  // The dialog quoted ("如果使用者…獲得「已收到未預期的伺服器驗證憑證」錯誤訊息"): the page names the error, a condition
  // or a question about it is still about the dialog itself.
  if (insideQuote(text.slice(Math.max(0, at - 200), at))) return false;
  const { sentence, lead } = sentenceAround(text, at, at, 300);
  return ASKS.test(sentence) || SUPPOSES.test(lead);
}

/**
 * The sentence around `text[from, to)`: back to the sentence end before it (within 200 characters) and on to the one
 * after it (within `reach`); `lead`, its part before `from`. One bounded slice each way: linear. The sentence readers
 * of round 31 (this file's, dialog-terms-scripts.ts') cut it here.
 */
export function sentenceAround(
  text: string,
  from: number,
  to: number,
  reach = 200,
): { readonly sentence: string; readonly lead: string } {
  const before = text.slice(Math.max(0, from - 200), from);
  let start = 0;
  for (let i = before.length - 1; i >= 0; i--)
    if (SENTENCE_END.test(before[i] as string)) {
      start = i + 1;
      break;
    }
  const after = text.slice(to, to + reach);
  const end = after.search(SENTENCE_END);
  const lead = before.slice(start);
  return { lead, sentence: `${lead}${text.slice(from, to)}${end >= 0 ? after.slice(0, end + 1) : after}` };
}
