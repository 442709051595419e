/**
 * The dialogs users meet most, and the languages explain-code reads each in (issue 60, round 20): derived from the
 * registries (localized.ts's wordings by sentence, message-texts.ts's localized message texts by the sentence's code
 * and the codes whose text says the same),
 * printed, and held: a dialog that loses a language fails here. The dialogs are named by the ids of their English
 * sentences (sentences.ts), each of which must exist; the languages are never listed by hand.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGE_NAMES, localizedLanguagesOf } from '../../src/explain/tables/languages/localized.js';
import type { LocalizedLanguage } from '../../src/explain/tables/languages/localized-wording.js';
import { messageLanguagesOf } from '../../src/explain/tables/codes/message-texts.js';
import { KNOWN_SENTENCES } from '../../src/explain/tables/sentences/sentences.js';

interface Dialog {
  readonly dialog: string;
  /** Its English sentences (sentences.ts), whose wordings and whose code's message texts are read. */
  readonly sentences: readonly string[];
  /** Codes whose system message text says the same (message-texts.ts reads it in other languages). */
  readonly codes?: readonly string[];
  /** How many languages besides English it was read in when this test was last raised. */
  readonly floor: number;
}

const DIALOGS: readonly Dialog[] = [
  { dialog: 'credentials did not work', sentences: ['credentials-did-not-work'], floor: 20 },
  {
    dialog: 'logon failed / wrong password',
    sentences: ['logon-attempt-failed', 'user-name-or-password-incorrect', 'unknown-user-or-bad-password'],
    codes: ['SEC_E_LOGON_DENIED', 'ERROR_LOGON_FAILURE'],
    floor: 9,
  },
  { dialog: 'account locked out', sentences: ['account-locked'], codes: ['ERROR_ACCOUNT_LOCKED_OUT'], floor: 9 },
  {
    dialog: 'password expired / must change',
    sentences: ['password-expired', 'rdweb-password-expired'],
    codes: ['ERROR_PASSWORD_EXPIRED', 'ERROR_PASSWORD_MUST_CHANGE'],
    floor: 6,
  },
  { dialog: 'account disabled', sentences: ['account-disabled'], codes: ['ERROR_ACCOUNT_DISABLED'], floor: 7 },
  { dialog: 'account expired', sentences: ['account-expired'], codes: ['ERROR_ACCOUNT_EXPIRED'], floor: 0 },
  {
    dialog: 'account restriction (logon type, hours, workstation)',
    sentences: ['restricted-logon-type'],
    codes: ['ERROR_ACCOUNT_RESTRICTION', 'ERROR_INVALID_LOGON_HOURS', 'ERROR_INVALID_WORKSTATION'],
    floor: 9,
  },
  {
    dialog: 'no right to sign in (Remote Desktop Users)',
    sentences: ['not-authorized-remote-login', 'remote-sign-in-right', 'local-policy-no-interactive-logon'],
    codes: ['ERROR_LOGON_TYPE_NOT_GRANTED'],
    floor: 5,
  },
  {
    dialog: 'another user signed in / connections limited',
    sentences: ['another-user-signed-in', 'user-currently-logged-on', 'connections-in-use', 'busy'],
    floor: 12,
  },
  {
    dialog: 'session ended / logged off / disconnected',
    sentences: [
      'another-user-connected',
      'idle-time-limit',
      'logon-time-limit',
      'ended-by-administration-tool',
      'logged-off-at-remote',
      'another-user-connected-to-session',
    ],
    floor: 1,
  },
  {
    dialog: "can't connect (reasons, generic, not found)",
    sentences: ['cannot-connect-reasons', 'cannot-connect-generic', 'cannot-find-computer'],
    floor: 20,
  },
  {
    dialog: 'CredSSP encryption oracle / function not supported',
    sentences: ['credssp-oracle', 'function-not-supported'],
    floor: 12,
  },
  { dialog: 'LSA cannot be contacted', sentences: ['lsa-cannot-be-contacted'], floor: 20 },
  { dialog: 'NLA required / domain controller', sentences: ['nla-required', 'nla-dc-unreachable'], floor: 15 },
  {
    dialog: 'certificate (identity, name, expired, untrusted)',
    sentences: ['identity-not-verified', 'certificate-name', 'certificate-expired', 'certificate-untrusted'],
    codes: [
      'SEC_E_WRONG_PRINCIPAL',
      'SEC_E_CERT_EXPIRED',
      'SEC_E_UNTRUSTED_ROOT',
      'CERT_E_CN_NO_MATCH',
      'CERT_E_EXPIRED',
    ],
    floor: 5,
  },
  {
    dialog: 'licensing: no license servers / grace period',
    sentences: ['no-license-servers', 'no-license-server-past-grace'],
    floor: 20,
  },
  {
    dialog: 'licensing: protocol error / license modified',
    sentences: ['licensing-protocol-error', 'license-modified'],
    floor: 2,
  },
  { dialog: 'internal error', sentences: ['internal-error'], floor: 15 },
  { dialog: 'security error', sentences: ['security-error'], floor: 8 },
  {
    dialog: 'gateway unreachable / not authorized',
    sentences: ['gateway-unavailable', 'gateway-cannot-connect-to-gateway', 'gateway-rap-dialog'],
    floor: 0,
  },
];

/** The languages besides English a dialog is read in: its sentences' wordings, and its codes' message texts. */
function languagesOf(d: Dialog): LocalizedLanguage[] {
  const out = new Set<LocalizedLanguage>();
  const codes = new Set(d.codes);
  for (const id of d.sentences) {
    for (const l of localizedLanguagesOf(id)) out.add(l);
    const code = KNOWN_SENTENCES.find((s) => s.id === id)?.codeName;
    if (code) codes.add(code);
  }
  for (const code of codes) for (const l of messageLanguagesOf(code)) out.add(l);
  return [...out].sort();
}

describe('the common dialogs by language (derived from the registries)', () => {
  const rows = DIALOGS.map((d) => ({ ...d, languages: languagesOf(d) }));

  it('names sentences that exist', () => {
    for (const d of DIALOGS)
      for (const id of d.sentences)
        expect(
          KNOWN_SENTENCES.some((s) => s.id === id),
          `${d.dialog}: ${id}`,
        ).toBe(true);
  });

  it('prints the matrix, and no dialog reads fewer languages than it did', () => {
    const all = Object.keys(LANGUAGE_NAMES).filter((l) => l !== 'en') as LocalizedLanguage[];
    const lines = rows.map(
      (r) =>
        `${r.dialog.padEnd(52)} ${String(r.languages.length).padStart(2)}  ${all.map((l) => (r.languages.includes(l) ? l : '.')).join(' ')}`,
    );
    console.log(`dialog × language (${all.length} besides English)\n${lines.join('\n')}`);
    for (const r of rows) expect(r.languages.length, r.dialog).toBeGreaterThanOrEqual(r.floor);
  });
});
