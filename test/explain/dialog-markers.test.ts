/**
 * Round 31 (r31-h63a, issue 60): the fixed parts of Remote Desktop's own dialogs that mark a paste as Remote Desktop's
 * (tables/own-words/dialog-markers.ts). Each marker alone reads nothing, a failure in the user's words alone reads
 * nothing, the two together are read (the marker moves the gate and nothing else); a dialog retyped in capitals and
 * without accents is the same text; the near misses, other programs' "remote session", "remote connection", "try
 * again later or contact the administrator", stay unread.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { DIALOG_MARKERS, dialogMarked, foldedForMarkers } from '../../src/explain/tables/own-words/dialog-markers.js';
import { answerOrRefused, causeIds, expectRefused } from '../helpers/explain.js';

/** A failure in the user's words that the described reader reads only in a paste about Remote Desktop. */
const FAILURE = 'access denied';

describe('round 31: Remote Desktop dialog markers (h63a)', () => {
  it('has a source for every language, and each phrase folded as the paste is', () => {
    for (const m of DIALOG_MARKERS) {
      expect(m.source, m.language).toMatch(/\S{8}/);
      for (const p of m.phrases) expect(foldedForMarkers(p), p).toBe(p);
    }
  });

  it('moves the gate only: the marker alone and the failure alone read nothing, together a cause', () => {
    expectRefused(FAILURE);
    // One phrase of each language (the first): every phrase is the same literal alternation.
    for (const p of DIALOG_MARKERS.map((m) => m.phrases[0] ?? '')) {
      expect(causeIds(answerOrRefused(p)), p).toEqual([]);
      expect(causeIds(answerOrRefused(`${p}: ${FAILURE}`))[0], p).toBe(authLogonRight.id);
    }
  });

  it("reads each language's title as its page writes it, accents and capitals aside", () => {
    // The titles as the pages write them (accented), then retyped in capitals without accents.
    for (const title of [
      'Tilkobling til eksternt skrivebord',
      'Conexiune Desktop la distanță',
      'povezave z oddaljenim namizjem',
      'Koneksi Desktop Jarak Jauh',
      "Configuració i Ús d'Escriptori Remot",
      'CONEXAO DE AREA DE TRABALHO REMOTA',
      'CONNEXION BUREAU A DISTANCE',
    ])
      expect(dialogMarked(title), title).toBe(true);
    // The French title typed without its accent, beside a failure read in French words: the gate opens.
    expect(causeIds(answerOrRefused('BUREAU A DISTANCE : votre mot de passe a expiré'))[0]).toBe(authAccountState.id);
    expectRefused('votre mot de passe a expiré');
  });

  it("reads a phrase every program shows under the client's title, another program's title not", () => {
    // "An internal error has occurred" is the client's only alone or beside Remote Desktop's words (sentences.ts
    // phraseIsTheDialog): its window title above it, in Norwegian, or in French typed in capitals without accents.
    const phrase = 'An internal error has occurred.';
    const read = causeIds(answerOrRefused(phrase));
    expect(read.length).toBeGreaterThan(0);
    expect(causeIds(answerOrRefused(`Tilkobling til eksternt skrivebord\n${phrase}`))).toEqual(read);
    expect(causeIds(answerOrRefused("CONNEXION BUREAU A DISTANCE\nUne erreur interne s'est produite."))).toEqual(read);
    expect(causeIds(answerOrRefused(`Microsoft SQL Server Management Studio\n${phrase}`))).toEqual([]);
  });

  it('keeps a marker a whole phrase: inside a longer word, or another word, it is none', () => {
    expect(dialogMarked('eksternt skrivebordsprogram')).toBe(false);
    expect(dialogMarked('desktop la distantare')).toBe(false);
    expect(dialogMarked('skrivebord')).toBe(false);
  });

  it("leaves other programs' remote session, remote connection and retry tails unread", () => {
    for (const nearMiss of [
      // A web portal's message (Portuguese), a web page's firewall banner and a video app's status (Spanish).
      'A sessão remota foi desconectada porque outro usuário se conectou usando o mesmo login.',
      'Se ha perdido la conexión remota con el cortafuegos. El servidor de encriptación está fuera de línea temporalmente.',
      'La sesión remota se desconectó',
      // A desktop application's and a PHP script's tails (Italian): "try again later or contact the administrator".
      "Errore durante la connessione, riprovare più tardi o contattare l'amministratore",
      "Impossibile connettersi al database. Si prega di riprovare più tardi o contattare l'amministratore (codice: db_conn_fail).",
      // A Qt client's timeout and a VPN error (Russian): "try to reconnect".
      'Время ожидания подключения истекло. Пожалуйста, попробуйте повторно подключиться.',
      // AnyDesk described in Romanian with the words of a remote desktop, no failure.
      'Conexiune desktop la distanță ultra-rapidă',
    ]) {
      expect(dialogMarked(nearMiss), nearMiss).toBe(nearMiss.startsWith('Conexiune'));
      expect(causeIds(answerOrRefused(nearMiss)), nearMiss).toEqual([]);
    }
  });
});
