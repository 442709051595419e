/**
 * Round 24's Latin-script rows (issue 60), the first row of each dialog and of the words (the whole sweep:
 * latin-languages-rest.test.ts): Windows' system messages users meet (tables/languages/localized-latin-dialogs.ts) and users'
 * words for an account's state or rights (tables/own-words/described-languages-latin.ts), with the near misses each rule keeps
 * out.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { LATIN_LANGUAGE_WORDS } from '../../src/explain/tables/own-words/described-languages-latin.js';
import { LATIN_DIALOG_WORDINGS } from '../../src/explain/tables/languages/localized-latin-dialogs.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';
import { expectLatinDialog, expectLatinWords, firstOfEach } from '../helpers/latin-languages.js';

describe('round 24: languages in Latin script', () => {
  it.each(
    firstOfEach(LATIN_DIALOG_WORDINGS, (w) => w.sentence).map((w) => [`${w.language} ${w.sentence}`, w] as const),
  )('%s', (_, w) => expectLatinDialog(w));

  it.each(LATIN_LANGUAGE_WORDS.slice(0, 1).map((r) => [`${r.language} ${r.concept}`, r] as const))('%s', (_, r) =>
    expectLatinWords(r),
  );

  it('reads the refused connection alone or beside Remote Desktop, never in a program’s exception', () => {
    // psping's output as Microsoft's Spanish and Portuguese troubleshooting page quote it, and the same text beside a
    // database driver's or a Python exception's words (ERROR_CONNECTION_REFUSED, 1225: every program shows it).
    expect(causeIds('El equipo remoto rechazó la conexión de red.')[0]).toBe(networkUnreachable.id);
    expect(causeIds('Escritorio remoto: O computador remoto recusou a conexão de rede.')[0]).toBe(
      networkUnreachable.id,
    );
    for (const near of [
      'Npgsql: Failed to connect to 127.0.0.1:5432 — El equipo remoto rechazó la conexión de red.',
      'aiohttp: Cannot connect to host localhost:11034 ssl:default [Il computer remoto ha rifiutato la connessione di rete]',
      'SocketException: O computador remoto recusou a conexão de rede, address = 127.0.0.1, port = 8080',
    ])
      expect(causeIds(answerOrRefused(near)), near).not.toContain(networkUnreachable.id);
  });

  it('reads 7054 by its first clause, and 7044 (another session controlled) not as 7045', () => {
    expect(causeIds('Il numero di connessioni a questo computer è limitato.')[0]).toBe(sessionLimit.id);
    expect(sentenceIds('Der angeforderte Sitzungs Zugriff wurde verweigert.')).toContain(
      'requested-session-access-denied',
    );
    expect(sentenceIds('Die Anforderung, eine andere Sitzung remote zu steuern, wurde verweigert.')).toEqual([]);
  });

  it('reads a state told plainly beside Remote Desktop, not a negated one nor another service’s', () => {
    expect(causeIds('Pulpit zdalny: hasło wygasło')[0]).toBe(authAccountState.id);
    expect(causeIds('RDP: Kennwort abgelaufen')[0]).toBe(authAccountState.id);
    for (const near of [
      'RDP: konto nie jest wyłączone',
      'Spotify: lösenordet har gått ut',
      'Outlook: das Konto ist inaktiv',
    ])
      expect(causeIds(answerOrRefused(near)), near).not.toContain(authAccountState.id);
  });

  it('reads the apps’ expired-password dialog (0xf07) in each language as its English dialog reads, not another service’s', () => {
    // The English original of the rows' page (remote-desktop-android.md, "0xf07"): each row's cause is its cause.
    const english = causeIds(
      "We couldn't connect to the remote PC because the password associated with the user account has expired.",
    );
    expect(english[0]).toBe(authAccountState.id);
    const rows = LATIN_DIALOG_WORDINGS.filter((w) => w.sentence === 'password-expired');
    expect(new Set(rows.map((w) => w.language)).size).toBeGreaterThanOrEqual(5);
    for (const w of rows) {
      expect(sentenceIds(w.quoted), w.quoted).toContain('password-expired');
      expect(causeIds(w.quoted)[0], w.quoted).toBe(english[0]);
    }
    // True twin: the app's code before the text. Near misses: the same words of another service's account.
    expect(sentenceIds(`Código de error: 0xf07\n${rows.find((w) => w.language === 'es')?.quoted}`)).toContain(
      'password-expired',
    );
    for (const near of [
      'Outlook: das dem Benutzerkonto zugeordnete Kennwort ist abgelaufen. Melden Sie sich erneut an.',
      'VPN: no pudimos conectar con el servidor porque la contraseña asociada a la cuenta de usuario ha expirado',
      'Le mot de passe associé au compte Microsoft a expiré : connectez-vous à Outlook.com pour le changer.',
    ])
      expect(sentenceIds(near), near).not.toContain('password-expired');
    // A copy cut before the password clause says only that the app could not connect: not read as the expiry.
    for (const w of rows) {
      const cut = w.quoted.split(/,? (?:da|car|perché|porque) /)[0];
      expect(cut.length, w.quoted).toBeLessThan(w.quoted.length);
      expect(sentenceIds(cut), cut).not.toContain('password-expired');
    }
  });

  it('reads the CredSSP dialog as the machine-translated pages word it, by both clauses only', () => {
    // "The specified function is not supported. An authentication error occurred": each row's cause is the English
    // dialog's; one clause alone is any program's message (a generic unsupported call, another sign-in's error).
    const english = causeIds('An authentication error has occurred. The function requested is not supported.');
    const rows = LATIN_DIALOG_WORDINGS.filter((w) => w.exact && w.sentence === 'function-not-supported');
    expect(rows.map((w) => w.language).sort()).toEqual(['id', 'it']);
    for (const w of rows) {
      expect(causeIds(w.quoted)[0], w.quoted).toBe(english[0]);
      for (const clause of w.quoted.split('. '))
        expect(sentenceIds(clause), clause).not.toContain('function-not-supported');
    }
  });

  it('reads STATUS_LOGON_FAILURE’s text in each language as the English text reads, by both its clauses', () => {
    // The NTSTATUS text Microsoft's "User can't authenticate" page quotes (smart cards through an RODC) and 0xC000006D.
    const english = causeIds(
      'The attempted logon is invalid. This is either due to a bad username or authentication information.',
    );
    expect(english[0]).toBe(causeIds('Status: 0xC000006D')[0]);
    const rows = LATIN_DIALOG_WORDINGS.filter((w) => w.sentence === 'attempted-logon-invalid');
    expect(new Set(rows.map((w) => w.language)).size).toBeGreaterThanOrEqual(5);
    for (const w of rows) {
      expect(causeIds(w.quoted)[0], w.quoted).toBe(english[0]);
      // The first clause alone says only that a sign-in failed (of anything): not read as this text.
      const first = w.quoted.split(/\. | a causa /)[0];
      expect(sentenceIds(first), first).not.toContain('attempted-logon-invalid');
    }
    for (const near of [
      'Outlook: Die Authentifizierungsinformationen für das Postfach sind ungültig.',
      'Jenkins: información de autenticación incorrecta para el repositorio Git',
    ])
      expect(sentenceIds(near), near).not.toContain('attempted-logon-invalid');
  });
});
