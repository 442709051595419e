/**
 * The check each row of every language's `said` (tables/own-words/described-said-latin.ts, described-languages-scripts.ts) passes (described-said-latin.test.ts takes the first of each
 * concept, described-said-latin-rest.test.ts every row): its page wording read as its concept and its cause, its near
 * miss not read as the concept.
 */
import { expect } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { licensingClientCache } from '../../patterns/licensing-client-cache.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { readDescription } from '../../src/explain/described-reading.js';
import type { LanguageSaid } from '../../src/explain/tables/own-words/symptom-concept.js';
import { answerOrRefused, causeIds } from './explain.js';

/** The cause each concept of the rows points to first. */
const CAUSE_OF: Readonly<Record<string, string>> = {
  'wrong-password': authBadCredentials.id,
  'licensing-problem': licensingServerUnavailable.id,
  'not-reached': networkUnreachable.id,
  'too-many-sessions': sessionLimit.id,
  'account-state': authAccountState.id,
  'account-locked': authAccountState.id,
  certificate: tlsCertificate.id,
  'remote-access-off': networkUnreachable.id,
  // Round 31 (h62b): described-terms-latin.ts.
  'license-server': licensingServerUnavailable.id,
  'license-store': licensingClientCache.id,
  'session-ended': sessionLimit.id,
  disconnects: networkDropped.id,
  cal: licensingCalUnavailable.id,
  'access-denied': authLogonRight.id,
  // Round 31 (dialog-terms-scripts.ts): the other concepts its rows state.
  'another-user': sessionLimit.id,
  'no-logon-right': authLogonRight.id,
  'timed-out': networkUnreachable.id,
  // Round 32 (h64a): described-cannot-connect-latin.ts, the general "can't connect".
  'cannot-connect': networkUnreachable.id,
};

/** The concepts the described reader reads in a paste (none: empty). */
export const concepts = (text: string): string[] => readDescription(text)?.map((s) => s.concept.id) ?? [];

/** A row's example read as its concept and cause, its near miss not read as the concept. */
export function expectRow(r: LanguageSaid): void {
  expect(concepts(r.example), r.example).toContain(r.concept);
  expect(causeIds(answerOrRefused(r.example)), r.example).toContain(CAUSE_OF[r.concept]);
  expect(concepts(r.nearMiss), r.nearMiss).not.toContain(r.concept);
}
