/**
 * A paste read by its sentence (explain-code.ts): which recognized sentence answers (`chosenSentence`), its answer
 * (`sentenceBody`: its meaning, the code or event it stands for), the causes its own words state ranked first
 * (`statedCausesFirst`, the "authentication error" dialog around an SSPI status), and the notes that say how it was
 * read (its language, a wording from public pages, a near quote). A reading known by its name, not a number
 * (`namedReading`).
 */
import { type Confidence, formatHex } from '../../patterns/codes/index.js';
import type { KnownSentence } from './tables/sentences/known-sentence.js';
import type { LocalizedWording } from './tables/languages/localized-wording.js';
import { lookupCodeName } from './tables/index.js';
import { causesOfAvdError } from '../../patterns/code-causes.js';
import { type CauseId, patternById, UNEXPLAINED } from '../../patterns/index.js';
import type { PasteReading } from './paste-reader.js';
import { LANGUAGE_NAMES, LOCALIZED_SENTENCES } from './tables/languages/localized.js';
import { AUTHENTICATION_DIALOG, holdsAuthenticationTitle, type SentenceMatch } from './tables/sentences/sentences.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { ENTRA_ACCOUNT, ENTRA_CREDENTIALS } from './tables/sentences/entra-credentials.js';
import {
  type Body,
  type CodeValue,
  type LikelyCause,
  type Ranked,
  type ReadingTable,
  TABLE_LABEL,
} from './explanation.js';
import { causesOfEvent, collectLogs, finish, merge } from './answer.js';
import { explainSingle } from './number-reading.js';
import { reportsLicensing } from './failure-order.js';
import { reportsAnotherFailure } from './failure-order.js';

/**
 * A reading known by its name, not by a number (a setting, a command's output, a sentence): `value` is then no
 * code (`byName`), and a number it shows (a setting's DWORD) is given as it stands.
 */
export function namedReading(
  table: ReadingTable,
  name: string,
  meaning: string,
  from: { confidence: Confidence; source: string },
  causes: readonly Ranked[],
  value?: number,
): CodeValue {
  return {
    table,
    tableLabel: TABLE_LABEL[table],
    value: value ?? 0,
    hex: value === undefined ? '' : formatHex(value),
    decimal: value ?? 0,
    name,
    meaning,
    confidence: from.confidence,
    source: from.source,
    byName: true,
    causeIds: causes.map((c) => c.causeId),
  };
}

export function addSentenceNotes(r: PasteReading, notes: string[]): void {
  for (const m of r.sentences)
    notes.push(`Recognized ${m.sentence.what}${inLanguage(m)}: ${m.sentence.meaning} (${m.sentence.source}).`);
}

/** " in German, by Microsoft's German wording "…" (address)", or nothing for English. */
function inLanguage(m: SentenceMatch): string {
  // A localized row's text quoted inexactly (localized-quote.ts): its language and page, then how near.
  if (m.nearQuote)
    return `${m.wording ? ` in ${LANGUAGE_NAMES[m.language]} (${m.wording.source.url})` : ''}${nearQuoteNote(m.nearQuote)}`;
  if (m.language === 'en' || !m.wording) return m.language === 'en' ? '' : ` in ${LANGUAGE_NAMES[m.language]}`;
  const name = LANGUAGE_NAMES[m.language];
  const w = m.wording;
  const whose = w.source.publicQuote ? `the ${name} dialog as public pages quote it` : `Microsoft's ${name}`;
  if (m.approximate)
    return ` in ${name}, approximately: the paste is not worded as ${w.source.publicQuote ? whose : `Microsoft's ${name} text`} ("${clipQuote(w.quoted)}", ${w.source.url}) but holds ${Math.round(m.approximate.share * 100)} % of its words${m.approximate.cut ? ' (the paste keeps only one end of it)' : ''} and no other text comes as close: read as that text by most of its words, not word for word`;
  if (w.source.publicQuote)
    return ` in ${name}, by ${whose} ("${clipQuote(w.quoted)}", ${w.source.url}; ${publicQuoteNote(w)})`;
  return w.basis === 'terms'
    ? ` in ${name}, by Microsoft's ${name} terms only ("${w.quoted}", ${w.source.url}): the dialog's exact ${name} wording is not confirmed, so this reading is a guess from those terms`
    : ` in ${name}, by Microsoft's ${name} wording ("${clipQuote(w.quoted)}", ${w.source.url}${w.source.machineTranslated ? '; a machine translation of the English page: Windows may word it a little differently' : ''})`;
}

/** A row's text read as a near quote (near-quote.ts): which text, how near, said. */
function nearQuoteNote(q: NonNullable<SentenceMatch['nearQuote']>): string {
  const changed = q.changes === 0 ? 'no word' : q.changes === 1 ? 'one word' : `${q.changes} words`;
  return `, as a near quote: the paste is not worded as that text ("${clipQuote(q.quoted)}") but carries ${Math.round(q.carried * 100)} % of its words, in its order (each weighed by how rare it is across the known texts), with ${changed} changed, missing or moved${q.cut ? ', and keeps only one end of it' : ''}; no other known text comes as close: read as that text, not word for word`;
}

/**
 * What a reading from public pages rests on: no Microsoft page in that language quotes the dialog, or (a wording
 * users meet beside Microsoft's, localized-common-dialogs.ts) Microsoft's pages in that language word it otherwise.
 */
function publicQuoteNote(w: LocalizedWording): string {
  const others = w.source.publicQuote?.also.length ?? 0;
  const pages = others === 0 ? 'one page only' : `${others + 1} pages written independently quote the same words`;
  const microsoft = LOCALIZED_SENTENCES.some(
    (o) => o.sentence === w.sentence && o.language === w.language && !o.source.publicQuote,
  );
  const said = microsoft
    ? "Microsoft's pages in that language word this dialog otherwise"
    : 'no Microsoft page in that language quotes this dialog';
  return `not a Microsoft page: ${said}; ${pages}`;
}

function clipQuote(text: string): string {
  return text.length > 140 ? `${text.slice(0, 137)}...` : text;
}

/** Which language the paste was read in, and from what. */
export function languageNote(r: PasteReading): string {
  const name = LANGUAGE_NAMES[r.language ?? 'en'];
  const from = [
    r.languageFrom?.labels ? `its ${name} Event Viewer labels, read as the English ones` : '',
    r.sentences.some((m) => m.language === r.language) ? `its ${name} sentences` : '',
  ].filter(Boolean);
  return `Read as ${name}${from.length ? ` (${from.join('; ')})` : ''}: the answer below is in English, with the English meaning of each part.`;
}

/**
 * The sentence a paste is read by: one that stands for a code, else the most specific one recognized (not a
 * catch-all, not TermDD 50 beside a licensing event; of those, the one whose words matched the most of the paste).
 */
export function chosenSentence(r: PasteReading): PasteReading['sentences'][number] {
  // TermDD 50 beside a licensing event is how the server reported the licensing failure (failure-order.ts).
  const specific = r.sentences
    .filter((m) => !m.sentence.generic && !reportsLicensing(m, r.sentences))
    .sort((a, b) => (b.matched ?? 0) - (a.matched ?? 0));
  return (
    r.sentences.find((m) => m.sentence.codeName && lookupCodeName(m.sentence.codeName)) ?? specific[0] ?? r.sentences[0]
  );
}

/** A paste known by its sentence only: what it means, and the code or event it stands for. */
export function sentenceBody(r: PasteReading, notes: string[]): Body {
  const first = chosenSentence(r);
  const s = first.sentence;
  notes.push(`Recognized ${s.what}${inLanguage(first)}${first.nearQuote ? ' (' : ', by its words ('}${s.source}).`);
  if (s.note) notes.push(s.note);
  if (s.languages) notes.push(s.languages);
  for (const other of r.sentences)
    if (other !== first) notes.push(`Also recognized ${other.sentence.what}: ${other.sentence.meaning}`);
  const reading = namedReading('sentence', s.id, s.meaning, s, []);
  const match = s.codeName ? lookupCodeName(s.codeName) : undefined;
  if (match && match.table !== 'avd') {
    notes.push(`It is the text of ${match.name} (${formatHex(match.code)}); the causes below are that code's.`);
    const body = explainSingle({ value: match.code, radix: 'hex', text: match.name }, undefined, notes, match.table);
    // The code is the reading (its table, its causes); the sentence's own meaning is the summary.
    return { ...body, summary: s.meaning };
  }
  // A sentence that stands for an AVD error (read by name) has that error's causes; an event's message, the event's.
  const eventCauses =
    match?.table === 'avd' ? causesOfAvdError(match.name) : s.event ? causesOfEvent(s.event.id, s.event.provider) : [];
  const causes = merge([
    {
      causes: eventCauses,
      label: match?.table === 'avd' ? match.name : s.event ? `${s.event.provider} ${s.event.id}` : s.id,
    },
  ]);
  return finish({
    summary: s.meaning,
    primary: undefined,
    extended: undefined,
    other: { ...reading, causeIds: causes.map((c) => c.causeId) },
    otherReadings: [],
    phases: undefined,
    causes,
    known: true,
    notes,
  });
}

/**
 * A sentence is read by its own meaning first: the causes its text states (`states`) lead the likely causes, those of
 * its code or event follow. A stated cause the code does not point to is added, with the sentence as its why.
 */
export function statedCausesFirst(body: Body, sentences: readonly SentenceMatch[], text?: string): Body {
  // A catch-all's causes give way to anything more specific read with it: a sentence recognized with it (its words are
  // that one's opening), or a code or event whose causes the answer already ranks (the dialog's Error code beside it).
  const specific = sentences.some((m) => !m.sentence.generic) || body.likelyCauses.length > 0;
  const stated = [
    ...entraCredentials(sentences, text),
    ...authenticationDialog(body, text),
    ...sentences
      // A report beside a failure of one step (failure-order.ts): the failure's causes lead, not the report's.
      .filter(
        (m) =>
          !(specific && m.sentence.generic) &&
          !rankingSetAside(m.sentence, text) &&
          !reportsAnotherFailure(m, sentences),
      )
      .flatMap((m) => (m.sentence.states ?? []).map((id) => ({ id, m }))),
  ];
  if (stated.length === 0 || body.likelyCauses.some((c) => c.causeId === UNEXPLAINED)) return body;
  const first: LikelyCause[] = [];
  for (const { id, m } of stated) {
    if (first.some((c) => c.causeId === id)) continue;
    first.push(statedCause(id, m.sentence, body.likelyCauses.find((c) => c.causeId === id)?.phase));
  }
  const likelyCauses = [...first, ...body.likelyCauses.filter((c) => !first.some((f) => f.causeId === c.causeId))];
  return {
    ...body,
    likelyCauses,
    logsToCheck: collectLogs(
      likelyCauses.map((c) => c.causeId),
      false,
    ),
  };
}

/** A dialog's ranking by its pages (`rankedBy`) in a paste its `rankedUnless` names: the pages' causes do not hold. */
function rankingSetAside(s: KnownSentence, text: string | undefined): boolean {
  return s.rankedBy !== undefined && text !== undefined && (s.rankedUnless?.test(text) ?? false);
}

/**
 * A cause a sentence's own text states, ranked on its words; or, for a dialog whose words name none (`rankedBy`), a
 * cause its pages rank, said so. Its phase the code's reading gave, else the pattern's.
 */
function statedCause(id: CauseId, s: KnownSentence, phase?: LikelyCause['phase']): LikelyCause {
  return {
    causeId: id,
    why: s.rankedBy
      ? `No cause in its words (${s.what}); ${s.rankedBy}`
      : `The text itself says it (${s.what}): ${s.meaning}`,
    confidence: s.confidence,
    phase: phase ?? patternById(id)?.phase ?? 'connection',
    fitsPhase: true,
  };
}

function entraCredentials(
  sentences: readonly SentenceMatch[],
  text: string | undefined,
): { id: CauseId; m: SentenceMatch }[] {
  if (text === undefined || !ENTRA_ACCOUNT.test(text)) return [];
  if (!sentences.some((m) => m.sentence.id === 'credentials-did-not-work')) return [];
  return [{ id: credsspNla.id, m: { sentence: ENTRA_CREDENTIALS, language: 'en' } }];
}

/**
 * The "authentication error" dialog around an SSPI status (its code or its message text) whose own causes leave NLA
 * out, or a failure status that points to no cause (a COM or RPC HRESULT the dialog shows): the dialog's causes
 * (CredSSP, the saved credentials) lead; the status alone keeps its reading.
 */
function authenticationDialog(body: Body, text: string | undefined): { id: CauseId; m: SentenceMatch }[] {
  if (text === undefined || body.other?.table !== 'sspi') return [];
  const failure = body.other.value >= 0x8000_0000;
  if (body.likelyCauses.length === 0 && !failure) return [];
  if (body.likelyCauses.some((c) => c.causeId === credsspNla.id) || !holdsAuthenticationTitle(text)) return [];
  const m: SentenceMatch = { sentence: AUTHENTICATION_DIALOG, language: 'en' };
  return (AUTHENTICATION_DIALOG.states ?? []).map((id) => ({ id, m }));
}

/**
 * A failure status no table holds in the "authentication error" dialog ("An authentication error has occurred (Code:
 * 0x80010105)", "发生身份验证错误（代码：0x…）"): the dialog says where it failed, Network Level Authentication before
 * any session, so its causes are read; the status stays unknown.
 */
export function authenticationDialogAround(body: Body, value: number): Body {
  const d = AUTHENTICATION_DIALOG;
  const ids = d.states ?? [];
  return {
    ...body,
    summary: `${body.summary} The "authentication error" dialog around it: ${d.meaning}`,
    likelyCauses: ids.map((id) => statedCause(id, d)),
    logsToCheck: collectLogs(ids, false),
    notes: [
      ...body.notes,
      `${formatHex(value)} is not in our tables; the dialog's title says the failure came from Network Level Authentication (CredSSP), before any session.`,
    ],
  };
}
