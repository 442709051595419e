/**
 * "Your credentials did not work" with a Microsoft Entra ID (Azure AD) account named beside it (sentence-answer.ts
 * `entraCredentials`, issue 60, round 29): Network Level Authentication signs an Entra account in only from a client
 * of the same directory, so CredSSP leads and the wrong password follows, in any language the dialog is read in.
 * Near misses: the dialog with no Entra account (the password leads), an Entra account beside another dialog.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { causeIds } from '../helpers/explain.js';

describe('the credentials dialog with an Entra ID account', () => {
  it.each([
    // savaged's guide: the account typed as AzureAD\name@company.com.
    'Remote Desktop: user AzureAD\\name@company.com, password right, but "Your credentials did not work" every time.',
    // ipentec's page, in its own words: the dialog even with the right Azure AD ID and password.
    'Azure AD のアカウントで接続すると、ID とパスワードが正しくても「お使いの資格情報は機能しませんでした」と出ます。',
  ])('reads CredSSP first, the password next: "%s"', (paste) => {
    const ids = causeIds(paste);
    expect(ids.slice(0, 2)).toEqual([credsspNla.id, authBadCredentials.id]);
  });

  it('leaves the password first where no Entra account is named (near miss)', () => {
    expect(causeIds('Remote Desktop: "Your credentials did not work" for user CONTOSO\\name.')[0]).toBe(
      authBadCredentials.id,
    );
  });

  it('adds nothing to another dialog beside an Entra account (near miss)', () => {
    const other =
      'Azure AD user: "The connection was denied because the user account is not authorized for remote login."';
    expect(causeIds(other)[0]).not.toBe(credsspNla.id);
  });
});
