/**
 * Whose text is it (issue 60, round 32, h64b; src/explain/tables/other-products/whose-text.ts): Windows' own
 * sign-in texts that other programs print too. Near misses: other programs' messages that use Windows' words, each as
 * its program's source prints it (found in public code by the Windows text). True twins: the same texts alone, with
 * the Windows prompt's own lines, quoted in a user's sentence, in an event's fields, or beside Remote Desktop's words.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { KNOWN_SENTENCES } from '../../src/explain/tables/sentences/sentences.js';
import {
  anotherSentence,
  ownWordsBeside,
  sharedSystemText,
} from '../../src/explain/tables/other-products/whose-text.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

const row = (id: string) => KNOWN_SENTENCES.find((s) => s.id === id)!;

describe("another program's message in Windows' words is that program's (near misses)", () => {
  it.each([
    // A WordPress login template (find_string 9634149961): its error above the sign-up prompt.
    'Der Benutzername oder das Kennwort ist falsch.\nHast du noch kein Konto?',
    // A React app's toast (find_string 57532738702): its title above its description.
    'Credenziali non valide\nIl nome utente o la password non sono corretti. Riprova.',
    // A PHP installer's database step (find_string 21630177405).
    'Your credentials did not work. Please try again.',
    // A PHP API's JSON error (find_string 42037317612).
    '{"error":true,"description":"Il nome utente o la password non sono corretti.","errorCode":"LOGIN_ERROR"}',
    // An Android app's alert (find_string 47229802163): its title, then its message.
    'Login incorreto!\nO nome de usuário ou a senha está incorreto!',
    // A PHP login page (find_string 41218064067): the sign-up link, then its error.
    "Pas de compte ?Enregistrez-vous içi\nLe nom d'utilisateur ou le mot de passe est incorrecte",
    // An ad server's FTP settings (find_string 441649280): its own wording, Windows' words retold inside it.
    'Impossibile connettersi al server FTP, nome utente o password non corretti',
  ])('%s', (paste) => {
    expect(answerOrRefused(paste)?.likelyCauses ?? []).toEqual([]);
  });
});

describe("Windows' own texts stay Remote Desktop's (true twins)", () => {
  it.each([
    // Alone: the sign-in screen's and the credential prompt's texts.
    ['Der Benutzername oder das Kennwort ist falsch.', authBadCredentials.id],
    ['Il nome utente o la password non sono corretti.', authBadCredentials.id],
    ['Your credentials did not work', authBadCredentials.id],
    // With the prompt's own lines: its title, its body, "Please enter new credentials", "Try again".
    [
      'Windows Security\nYour credentials did not work\nThe credentials that were used to connect to 192.0.2.7 did not work. Please enter new credentials.',
      authBadCredentials.id,
    ],
    ['The user name or password is incorrect.\nTry again.', authBadCredentials.id],
    // Beside Remote Desktop's words, the other sentence is the user's.
    ['RDP to the file server: Your credentials did not work. Please try again.', authBadCredentials.id],
    [
      'Remotedesktopverbindung\nDer Benutzername oder das Kennwort ist falsch.\nHast du noch kein Konto?',
      authBadCredentials.id,
    ],
    // Quoted by the user: the rest of the paste is the user's words.
    [
      'Seit heute kommt nur noch „Der Benutzername oder das Kennwort ist falsch.“ Das Konto ist aber richtig.',
      authBadCredentials.id,
    ],
    // An event's fields around its failure reason (a record, not a program's message).
    [
      'Fehler beim Anmelden eines Kontos.\nKonto: svc-backup\nFehlerursache: Unbekannter Benutzername oder ungültiges Kennwort.',
      authBadCredentials.id,
    ],
    // An account text with the prompt's "contact your administrator".
    [
      'The referenced account is currently locked out and may not be logged on to.\nPlease contact your system administrator.',
      authAccountState.id,
    ],
  ])('%s', (paste, cause) => {
    expect(causeIds(paste)).toContain(cause);
  });
});

describe('the rule, part by part', () => {
  it("a shared text is a system message or a system status's dialog that names nothing of Remote Desktop", () => {
    expect(sharedSystemText(row('user-name-or-password-incorrect'))).toBe(true);
    expect(sharedSystemText(row('credentials-did-not-work'))).toBe(true);
    // Its words name Remote Desktop's own parts: Remote Desktop's text (near miss of the rule).
    expect(sharedSystemText(row('feed-credentials'))).toBe(false);
  });

  it('another sentence: a piece no known text claims, of two words or more, not the prompt, not a field label', () => {
    const known = (piece: string) => /credentials did not work/i.test(piece);
    expect(anotherSentence('Your credentials did not work. Verify that you pasted them correctly.', known)).toBe(true);
    expect(anotherSentence('Your credentials did not work\nPlease enter new credentials.', known)).toBe(false);
    expect(anotherSentence('Windows-Sicherheit\nYour credentials did not work', known)).toBe(false);
    expect(anotherSentence('Your credentials did not work\nOK', known)).toBe(false);
    expect(anotherSentence('{"message": "Your credentials did not work"}', known)).toBe(true);
    // Quoted: the user's words around the dialog's.
    expect(anotherSentence('Since Monday it says "Your credentials did not work". Nothing changed here.', known)).toBe(
      false,
    );
  });

  it("a text retold inexactly: three words of the paste's own besides it are another program's wording", () => {
    const text = 'Il nome utente o la password non sono corretti.';
    expect(ownWordsBeside('Impossibile connettersi al server FTP, nome utente o password non corretti', text)).toBe(
      true,
    );
    expect(ownWordsBeside('Il nome utente o password non è corretto', text)).toBe(false);
  });
});
