/**
 * Several of the server's event messages pasted together, weighed by what failed first (issue 60, round 29): the
 * recognized sentences put in the order the connection met them, so the causes their words state are ranked that way.
 * - TermDD 50 (an RDP protocol component, X.224 most often, found an error in the stream and dropped the client)
 *   beside a licensing event: the connection died in licensing and the X.224 error is how the server reported it.
 *   Microsoft's "Troubleshoot Remote Desktop disconnected errors" (symptom 4) pairs the X.224 error with the licensing
 *   events and names the licensing certificate; the reference's section 4.5 (no license server, or a bad license
 *   server certificate): "the attempt dies in licensing", the X.224 component error possibly beside it. TermDD 50 goes
 *   after the licensing events.
 * - "Could not locate a license server" (TermService 1010, RemoteConnectionManager 1130/1131) beside "cannot issue a
 *   client license" (1004): the host cannot issue a licence because it found no license server to get it from, so
 *   the license server's event goes first.
 * Alone, or beside no licensing event, each sentence keeps its place. No loop over the paste's lines or words: a pass
 * over the few sentences recognized.
 */
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { patternById } from '../../patterns/index.js';
import type { SentenceMatch } from './tables/sentences/sentences.js';

const states = (m: SentenceMatch, id: string): boolean => (m.sentence.states ?? []).some((s) => s === id);
const licensing = (m: SentenceMatch): boolean =>
  (m.sentence.states ?? []).some((id) => patternById(id)?.phase === 'licensing');
const termDd50 = (m: SentenceMatch): boolean => m.sentence.event?.provider === 'TermDD' && m.sentence.event.id === 50;

/** The sentences in the order the connection met them where licensing events are among them; else as they came. */
export function licensingEventsFirst(sentences: SentenceMatch[]): SentenceMatch[] {
  if (sentences.length < 2 || !sentences.some(licensing)) return sentences;
  const noServer = sentences.filter((m) => states(m, licensingServerUnavailable.id));
  const noLicence = sentences.some((m) => states(m, licensingCalUnavailable.id));
  const first = noLicence ? noServer : [];
  const last = sentences.filter((m) => reportsLicensing(m, sentences));
  if (first.length === 0 && last.length === 0) return sentences;
  return [...first, ...sentences.filter((m) => !first.includes(m) && !last.includes(m)), ...last];
}

/** TermDD 50 beside a licensing event: how the server reported a connection that died in licensing, not what failed. */
export function reportsLicensing(m: SentenceMatch, sentences: readonly SentenceMatch[]): boolean {
  return termDd50(m) && sentences.some(licensing);
}
