/**
 * Issue 60, round 30 (r30-h61d): several failures in one paste weighed by what fails first in the connection sequence
 * (src/explain/failure-order.ts, its steps in src/explain/tables/failure-order-steps.ts). Wordings are the
 * event messages and dialog texts as Microsoft words them, put together for these tests; each pair is read in both
 * orders and must give the same answer.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { inFailureOrder } from '../../src/explain/failure-order.js';
import { FAILURE_STEPS, REPORTING_EVENTS } from '../../src/explain/tables/failure-order-steps.js';
import { findSentences, type SentenceMatch } from '../../src/explain/tables/sentences/sentences.js';
import { PROTOCOL_PHASES } from '../../patterns/codes/types.js';
import { PATTERNS } from '../../patterns/index.js';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { causeIds } from '../helpers/explain.js';

const both = (a: string, b: string) => [`${a}\n${b}`, `${b}\n${a}`];

const LIMIT = 'The number of connections to this computer is limited and all connections are in use right now.';
const CHAIN = "Schannel 36872: The TLS server specified certificate's chain could not be retrieved.";
const LOCKED = 'The referenced account is currently locked out and may not be logged on to.';
const TERMDD_56 =
  'TermDD 56: The Terminal Server security layer detected an error in the protocol stream and has disconnected the client. Client IP: 192.0.2.10.';

describe("the connection's steps, from the reference's timeline", () => {
  it("name every cause of one step once, and agree with the order of the patterns' phases", () => {
    const listed = FAILURE_STEPS.flatMap((s) => s.causes);
    expect(new Set(listed).size).toBe(listed.length);
    // Every cause is in a step but a connection lost after it was set up, which can end any step.
    const stepless = PATTERNS.map((p) => p.id).filter((id) => !listed.includes(id));
    expect(stepless).toEqual([networkDropped.id]);
    const phaseOf = (id: string) => PROTOCOL_PHASES.indexOf(PATTERNS.find((p) => p.id === id)?.phase ?? 'session');
    for (let i = 1; i < FAILURE_STEPS.length; i++) {
      const before = Math.max(...(FAILURE_STEPS[i - 1]?.causes ?? []).map(phaseOf));
      const after = Math.min(...(FAILURE_STEPS[i]?.causes ?? []).map(phaseOf));
      expect(before, FAILURE_STEPS[i]?.step).toBeLessThanOrEqual(after);
    }
  });

  it('the reports are the two TermDD events the reference names', () => {
    expect(REPORTING_EVENTS.map((e) => `${e.provider} ${e.id}`)).toEqual(['TermDD 56', 'TermDD 50']);
  });
});

describe('several failures in one paste: the earliest step first, whatever the order they were pasted in', () => {
  it.each(both(LIMIT, CHAIN))('a certificate chain (TLS) before the session limit: %s', (paste) => {
    expect(causeIds(explainCode(paste)).slice(0, 2)).toEqual([tlsCertificate.id, sessionLimit.id]);
  });

  it('true twins: each alone keeps its own reading', () => {
    expect(causeIds(explainCode(LIMIT))[0]).toBe(sessionLimit.id);
    expect(causeIds(explainCode(CHAIN))[0]).toBe(tlsCertificate.id);
  });

  it.each(both(TERMDD_56, LOCKED))('TermDD 56 beside the account locked out reports it: %s', (paste) => {
    const ids = causeIds(explainCode(paste));
    expect(ids[0]).toBe(authAccountState.id);
    expect(ids).not.toContain(tlsProtocolMismatch.id);
  });

  it('near miss: TermDD 56 alone, or beside a sentence of no step, keeps the causes its words state', () => {
    expect(causeIds(explainCode(TERMDD_56))[0]).toBe(tlsProtocolMismatch.id);
  });
});

describe('inFailureOrder itself', () => {
  const match = (id: string, states?: string[]): SentenceMatch =>
    ({ sentence: { id, states }, language: 'en' }) as unknown as SentenceMatch;

  it('sorts only the sentences that state causes; the others keep their places', () => {
    const info = match('informational');
    const limit = match('limit', [sessionLimit.id]);
    const chain = match('chain', [tlsCertificate.id]);
    expect(inFailureOrder([limit, info, chain]).map((m) => m.sentence.id)).toEqual(['chain', 'informational', 'limit']);
  });

  it('one sentence, or sentences of one step, stay as they came', () => {
    const a = match('a', [tlsCertificate.id]);
    const b = match('b', [tlsProtocolMismatch.id]);
    expect(inFailureOrder([b, a]).map((m) => m.sentence.id)).toEqual(['b', 'a']);
    expect(inFailureOrder([a])).toEqual([a]);
  });

  it('near miss: two readings of one failure (a cause in common) keep the order the tables gave them', () => {
    const specific = match('tls-version', [tlsProtocolMismatch.id, securityLayerMismatch.id]);
    const generic = match('negotiation', [securityLayerMismatch.id]);
    expect(inFailureOrder([specific, generic]).map((m) => m.sentence.id)).toEqual(['tls-version', 'negotiation']);
  });

  it('reads the sentences findSentences returns for a real paste', () => {
    const ids = inFailureOrder(findSentences(`${LIMIT}\n${CHAIN}`)).map((m) => m.sentence.id);
    expect(ids.indexOf('schannel-36872')).toBeLessThan(ids.indexOf('connections-in-use'));
  });
});
