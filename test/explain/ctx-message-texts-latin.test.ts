/**
 * Issue 60, round 30 (h61b): the Remote Desktop session manager's refusals (ERROR_CTX_*) by their system message text
 * in English and the Latin-script languages of their localized Win32 page (src/explain/tables/codes/
 * ctx-message-texts-latin.ts): each read as its code, with the cause its message states; the same words negated are
 * no reading; the text quoted inside a user's sentence is still read.
 */
import { describe, expect, it } from 'vitest';
import { CTX_MESSAGE_TEXTS } from '../../src/explain/tables/codes/ctx-message-texts-latin.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../patterns/session-limit.js';

const CAUSE: Readonly<Record<string, string>> = {
  ERROR_CTX_LOGON_DISABLED: authLogonRight.id,
  ERROR_CTX_LICENSE_EXPIRED: licensingGraceExpired.id,
  ERROR_CTX_WINSTATIONS_DISABLED: sessionLimit.id,
  ERROR_CTX_ENCRYPTION_LEVEL_REQUIRED: securityLayerMismatch.id,
  ERROR_CTX_ACCOUNT_RESTRICTION: authAccountState.id,
};

describe('ERROR_CTX_* by its message text, in English, German, French, Spanish and Italian', () => {
  it('every text is read as its code, first cause the one its message states', () => {
    expect(CTX_MESSAGE_TEXTS.length).toBeGreaterThanOrEqual(20);
    for (const m of CTX_MESSAGE_TEXTS) {
      const answer = explainCode(m.text);
      expect(answer.summary, `${m.code} (${m.language})`).toContain(m.code);
      expect(causeIds(m.text)[0], `${m.code} (${m.language})`).toBe(CAUSE[m.code]);
    }
  });

  it('the page wording as a user pastes it: German remote logons switched off, Italian encryption level', () => {
    expect(causeIds('Remoteanmeldungen sind derzeit deaktiviert.')).toEqual([sessionLimit.id]);
    expect(causeIds('non si dispone del livello di crittografia appropriato per accedere a questa sessione')).toEqual([
      securityLayerMismatch.id,
    ]);
  });

  it('true twin: the text quoted inside the user’s own sentence is still read', () => {
    expect(causeIds('Beim Verbinden per RDP kommt nur: „Remoteanmeldungen sind derzeit deaktiviert.“')).toEqual([
      sessionLimit.id,
    ]);
    expect(causeIds('Al conectar sale "No se puede iniciar sesión debido a una restricción de cuenta."')[0]).toBe(
      authAccountState.id,
    );
  });

  it('near miss: the same words negated are not the message (no code, no cause)', () => {
    for (const text of [
      'Remoteanmeldungen sind derzeit nicht deaktiviert.',
      'Les connexions distantes ne sont pas désactivées.',
      'Il livello di crittografia appropriato per accedere a questa sessione è disponibile.',
    ]) {
      const answer = answerOrRefused(text);
      expect(answer?.likelyCauses ?? [], text).toEqual([]);
      expect(answer?.summary ?? '', text).not.toMatch(/ERROR_CTX/);
    }
  });
});
