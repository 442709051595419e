/**
 * Issue 60: a dialog retyped in British spelling (sentences.ts `americanSpelling`): "licence", "authorised", "centre"
 * are read as the American words Windows' English texts use; the words alone, outside a known text, read nothing.
 */
import { describe, expect, it } from 'vitest';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { explainCode } from '../../src/explain/explain-code.js';

const causes = (paste: string) => explainCode(paste).likelyCauses.map((c) => c.causeId);
const unread = (paste: string) => {
  try {
    return explainCode(paste).likelyCauses.length === 0;
  } catch (e) {
    return /holds no code or known sentence/.test((e as Error).message);
  }
};

describe('British spellings of a known text', () => {
  it('"no Remote Desktop Licence Servers available to provide a licence" is the licensing dialog', () => {
    const uk =
      'The remote session was disconnected because there are no Remote Desktop Licence Servers available to provide a licence.';
    expect(causes(uk)[0]).toBe(licensingGraceExpired.id);
    // True twin: the American text reads the same.
    expect(causes(uk.replace(/Licence/g, 'License').replace(/licence/g, 'license'))[0]).toBe(licensingGraceExpired.id);
  });

  it('"not authorised for remote login" is the logon-right dialog', () => {
    expect(causes('The connection was denied because the user account is not authorised for remote login.')).toContain(
      authLogonRight.id,
    );
  });

  it('near miss: the British words outside a known text read nothing', () => {
    expect(unread('My driving licence expired and the test centre is closed today')).toBe(true);
    expect(unread('The payment was not authorised by the bank')).toBe(true);
  });
});
