/**
 * Issue 60 (c): a sentence is read by its own meaning first. The causes its text states lead, its code's follow;
 * gateway, licensing, Schannel and sign-in texts, each from a Microsoft page (test/explain/sources.test.ts checks
 * every entry has one). The wordings here are this file's own, shaped as the events and dialogs print them.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { KNOWN_SENTENCES } from '../../src/explain/tables/index.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { gatewayDenied } from '../../patterns/gateway-denied.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { licensingClientCache } from '../../patterns/licensing-client-cache.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';

const top = (text: string) => explainCode(text).likelyCauses[0]?.causeId;
const sentenceOf = (text: string) => explainCode(text).paste?.parts.find((p) => p.table === 'sentence')?.name;

describe('a sentence states its cause first', () => {
  it('"all connections are in use" ranks the session limit first, before the licensing causes of its code', () => {
    const e = explainCode(
      'Remote Desktop: The number of connections to this computer is limited and all connections are in use right now.',
    );
    expect(e.likelyCauses[0]).toMatchObject({ causeId: sessionLimit.id, confidence: 'MS' });
    expect(e.likelyCauses.slice(1).map((c) => c.causeId)).toContain(licensingGraceExpired.id);
  });

  it('"The Local Security Authority cannot be contacted" is SEC_E_INTERNAL_ERROR\'s text, not SEC_E_NO_CREDENTIALS\'', () => {
    const e = explainCode('An authentication error has occurred.\nThe Local Security Authority cannot be contacted.');
    expect((e.primary ?? e.other)?.name).toBe('SEC_E_INTERNAL_ERROR');
    expect(KNOWN_SENTENCES.find((s) => s.id === 'lsa-cannot-be-contacted')?.codeName).toBe('SEC_E_INTERNAL_ERROR');
  });

  it('the code pasted with the sentence still decides the reading when it is another', () => {
    const e = explainCode('The Local Security Authority cannot be contacted. Error code: 0x8009030E');
    expect((e.primary ?? e.other)?.name).toBe('SEC_E_NO_CREDENTIALS');
  });
});

describe('licensing texts', () => {
  it.each([
    [
      'RCM 1003: the client cache',
      "The Remote Desktop client 'LAPTOP-7' has provided an invalid license.",
      licensingClientCache.id,
    ],
    [
      'RCM 1004: no licence issued',
      'The terminal server cannot issue a client license. It was unable to issue the license due to an internal error.',
      licensingCalUnavailable.id,
    ],
    [
      'RCM 1028: a licence that could not be renewed',
      'The remote session could not be established from remote desktop client WS-12 because its license could not be renewed.',
      licensingCalUnavailable.id,
    ],
    [
      'license server 4141: the session host not in Terminal Server Computers',
      'A license could not be issued to "SH-03.example.test" because it is not a member of the Terminal Server Computers group.',
      licensingServerUnavailable.id,
    ],
  ])('%s', (_name, text, cause) => {
    expect(top(text)).toBe(cause);
  });
});

describe('certificate, sign-in and gateway texts', () => {
  it('Schannel 36872', () => {
    expect(sentenceOf("The TLS server specified certificate's chain could not be retrieved.")).toBe('schannel-36872');
    expect(top("The TLS server specified certificate's chain could not be retrieved.")).toBe(tlsCertificate.id);
  });
  it('another user signed in', () => {
    expect(top('Another user is signed in. If you continue, they will be disconnected.')).toBe(sessionLimit.id);
  });
  it('the RD Gateway refusals, by policy', () => {
    expect(top("Your user account is not listed in the RD Gateway's permission list")).toBe(gatewayDenied.id);
    for (const text of [
      'The user "EXAMPLE\\ana", on client computer "203.0.113.9", did not meet connection authorization policy requirements and was therefore not authorized to access the RD Gateway server.',
      'The user "EXAMPLE\\ana", on client computer "203.0.113.9", did not meet resource authorization policy requirements and was therefore not authorized to resource "pc-17".',
      'The user "EXAMPLE\\ana", on client computer "203.0.113.9", was not authorized to connect to this RD Gateway server because the authentication method attempted by the user is not supported.',
    ])
      expect(top(text), text).toBe(gatewayDenied.id);
  });
  it('a near miss states nothing: a sentence about a gateway that names no refusal', () => {
    expect(() => explainCode('The RD Gateway permission was updated by an administrator.')).toThrow();
  });
});
