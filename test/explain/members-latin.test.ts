/**
 * Issue 60, round 30 (h61b): the account said not to be a member of the Remote Desktop Users group in French, German,
 * Spanish, Italian, Portuguese, Dutch and Polish (src/explain/tables/own-words/described-members-latin.ts): the
 * account without the right to sign in through Remote Desktop; another group named is no such reading.
 */
import { describe, expect, it } from 'vitest';
import { LATIN_MEMBERSHIP_WORDS } from '../../src/explain/tables/own-words/described-members-latin.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';

/** Remote Desktop's name in each language, so that the paste is about it (the reader's gate). */
const NAME: Readonly<Record<string, string>> = {
  fr: 'Bureau à distance',
  de: 'Remotedesktop',
  es: 'Escritorio remoto',
  it: 'Desktop remoto',
  pt: 'Área de Trabalho Remota',
  nl: 'Extern bureaublad',
  pl: 'Pulpit zdalny',
};

describe('not a member of the Remote Desktop Users group, in seven languages', () => {
  it("each language's words, after Remote Desktop's name, read as the logon right", () => {
    for (const w of LATIN_MEMBERSHIP_WORDS) {
      const paste = `${NAME[w.language]}: ${w.words.split('|')[0].replace(/\*$/, '')}.`;
      expect(causeIds(paste)[0], paste).toBe(authLogonRight.id);
    }
  });

  it('a user’s own sentence: the account not allowed and not in the group (French)', () => {
    expect(
      causeIds(
        "Bureau à distance refusé : mon compte n'est pas membre du groupe Utilisateurs du Bureau à distance sur le serveur.",
      )[0],
    ).toBe(authLogonRight.id);
  });

  it('English with the word "group" before the name (round 36)', () => {
    expect(causeIds('RDP says the account is not a member of the group Remote Desktop Users.')[0]).toBe(
      authLogonRight.id,
    );
    expect(causeIds(answerOrRefused('RDP: the account is not a member of the group Backup Operators.'))).not.toContain(
      authLogonRight.id,
    );
  });

  it('near miss: another group named is not the Remote Desktop Users group', () => {
    for (const w of LATIN_MEMBERSHIP_WORDS) {
      const paste = `${NAME[w.language]}: ${w.nearMiss.replace(/ \(another group: no reading\)$/, '')}`;
      expect(answerOrRefused(paste)?.likelyCauses.map((c) => c.causeId) ?? [], paste).not.toContain(authLogonRight.id);
    }
  });
});
