/**
 * Several failures recognized in one paste (an Event Viewer block, a client's log, events copied one after another),
 * weighed by what fails first in the connection sequence (issue 60, round 30, r30-h61d): the sentences whose words
 * state causes are put in the order of the steps those causes stop a connection at (tables/failure-order-steps.ts,
 * the reference's timeline: TCP, the X.224 negotiation, TLS, CredSSP, licensing, logon, session), so the answer does
 * not depend on the order the lines were pasted in.
 * - A sentence's step is the step of the first of its causes (those its words state, else its code's or its event's).
 * - TermDD 56 and 50 ("the security layer / an RDP protocol component detected an error in the protocol stream") are
 *   how the server reported a failure, the reference's "TermDD 56 / 50 … accompany X.224 / TLS failures and the 'LSA
 *   cannot be contacted' case" (tables/failure-order-steps.ts REPORTING_EVENTS): beside a sentence that says what
 *   failed they go after it, and their stated causes do not lead the answer (sentence-answer.ts).
 * - TermDD 50 beside a licensing event reports the licensing failure: it goes last, after every sentence (Microsoft's
 *   "Troubleshoot Remote Desktop disconnected errors", symptom 4, pairs the X.224 error with the licensing events; the
 *   reference's section 4.5: "the attempt dies in licensing").
 * - Of two causes of one step where one waits on the other (tables/failure-order-steps.ts MET_BEFORE: the license
 *   server before the licence), the sentence stating the first goes first.
 * - Of two sentences of one step, or two reports, the one the tables put first stays first; sentences that point to a
 *   cause in common say one failure twice and keep the tables' order.
 * - Sentences that state no cause (informational events, a catch-all's place) keep their places.
 * No loop over the paste's lines or words: one sort over the few sentences recognized.
 */
import { causesOfAvdError } from '../../patterns/code-causes.js';
import { causesFor, causesOfEvent } from './answer.js';
import { patternById } from '../../patterns/index.js';
import { lookupCodeName } from './tables/index.js';
import { MET_BEFORE, REPORTING_EVENTS, stepOfCause } from './tables/failure-order-steps.js';
import type { SentenceMatch } from './tables/sentences/sentences.js';

/** The causes a sentence points to: those its words state, else its code's (a dialog's text), else its event's. */
function causesOfSentence(m: SentenceMatch): readonly string[] {
  const s = m.sentence;
  if (s.states && s.states.length > 0) return s.states;
  const code = s.codeName ? lookupCodeName(s.codeName) : undefined;
  if (code) return (code.table === 'avd' ? causesOfAvdError(code.name) : causesFor(code.table, code.code)).map(idOf);
  return s.event ? causesOfEvent(s.event.id, s.event.provider).map(idOf) : [];
}

const idOf = (c: { readonly causeId: string }): string => c.causeId;

/** The step the sentence's first cause of one step stops a connection at; undefined when none has a step. */
function stepOf(m: SentenceMatch): number | undefined {
  for (const id of causesOfSentence(m)) {
    const step = stepOfCause(id);
    if (step !== undefined) return step;
  }
  return undefined;
}

/** An event the reference names as reporting a failure (TermDD 56, 50), not saying which. */
function reportingEvent(m: SentenceMatch): boolean {
  const e = m.sentence.event;
  return e !== undefined && REPORTING_EVENTS.some((r) => r.provider === e.provider && r.id === e.id);
}

/**
 * A report beside a failure: TermDD 56 or 50 where another sentence recognized with it says what failed (a step of
 * its own): the other's causes lead, the report's stated causes do not.
 */
export function reportsAnotherFailure(m: SentenceMatch, sentences: readonly SentenceMatch[]): boolean {
  return reportingEvent(m) && sentences.some((o) => o !== m && !reportingEvent(o) && stepOf(o) !== undefined);
}

const states = (m: SentenceMatch, id: string): boolean => (m.sentence.states ?? []).some((s) => s === id);
const licensing = (m: SentenceMatch): boolean =>
  (m.sentence.states ?? []).some((id) => patternById(id)?.phase === 'licensing');

/** TermDD 50 beside a licensing event: how the server reported a connection that died in licensing, not what failed. */
export function reportsLicensing(m: SentenceMatch, sentences: readonly SentenceMatch[]): boolean {
  const e = m.sentence.event;
  return e?.provider === 'TermDD' && e.id === 50 && sentences.some(licensing);
}

/** A sentence stating a cause another sentence's cause waits on (MET_BEFORE): before that one, in the same step. */
const metBefore = (m: SentenceMatch, all: readonly SentenceMatch[]): boolean =>
  MET_BEFORE.some((p) => states(m, p.first) && all.some((o) => o !== m && states(o, p.waiting)));

/** A sentence's place: failures by their step, then the reports, then TermDD 50 reporting licensing. */
function weight(m: SentenceMatch, all: readonly SentenceMatch[]): number {
  if (reportsLicensing(m, all)) return 3 * STEP_SPAN;
  const step = (stepOf(m) ?? 0) - (metBefore(m, all) ? 0.5 : 0);
  return reportingEvent(m) ? STEP_SPAN + step : step;
}

/** More than the number of steps: the weights of failures, reports and licensing's report never overlap. */
const STEP_SPAN = 100;

/**
 * Two of the sentences point to a cause in common: one failure said twice (a client's dialog read by its specific
 * wording and by its generic one, Remmina's "could not connect … using TLS" and its security negotiation failure),
 * not failures at two steps: their order is the tables' (the more specific reading first), not the connection's.
 */
function oneFailureSaidTwice(stating: readonly SentenceMatch[]): boolean {
  const seen = new Set<string>();
  for (const m of stating)
    for (const id of new Set(causesOfSentence(m))) {
      if (seen.has(id)) return true;
      seen.add(id);
    }
  return false;
}

/**
 * The sentences with the ones that state causes put in the order the connection meets their failures; TermDD 50
 * reporting a licensing failure after all of them.
 */
export function inFailureOrder(sentences: SentenceMatch[]): SentenceMatch[] {
  const ordered = byStep(sentences);
  const last = ordered.filter((m) => reportsLicensing(m, ordered));
  return last.length === 0 ? ordered : [...ordered.filter((m) => !last.includes(m)), ...last];
}

function byStep(sentences: SentenceMatch[]): SentenceMatch[] {
  const slots = sentences.flatMap((m, i) => (stepOf(m) !== undefined ? [i] : []));
  if (slots.length < 2 || oneFailureSaidTwice(slots.map((i) => sentences[i] as SentenceMatch))) return sentences;
  const ordered = slots
    .map((i, pasted) => ({ m: sentences[i] as SentenceMatch, pasted }))
    .sort((a, b) => weight(a.m, sentences) - weight(b.m, sentences) || a.pasted - b.pasted)
    .map((x) => x.m);
  const out = [...sentences];
  slots.forEach((slot, k) => {
    out[slot] = ordered[k] as SentenceMatch;
  });
  return out;
}
