/**
 * Round 26 (h60i, issue 60): what a clause says failed in the languages written in Latin script
 * (tables/own-words/described-said-latin.ts): each language's words for a part of Remote Desktop (the credentials, the licence,
 * the remote computer, the connections) and for its failure, read as the English `said` is; each row's page wording
 * read as its concept, its near miss (the failure negated, another product's licence or account, another remote-access
 * product named) not. Also the gateway's policy names, each language's "could not" before a part's name, and the plain
 * negations that state a failure beside a topic word.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { gatewayDenied } from '../../patterns/gateway-denied.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { LANGUAGE_SAID } from '../../src/explain/tables/own-words/described-said-latin.js';
import { wordsPattern } from '../../src/explain/tables/own-words/symptom-concept.js';
import { concepts } from '../helpers/described-said.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

/** The first row of each concept. */
const firstOfEachConcept = () =>
  LANGUAGE_SAID.filter((r, i) => LANGUAGE_SAID.findIndex((o) => o.concept === r.concept) === i);

describe('round 26: a part and its failure in each Latin-script language', () => {
  // The first row of each concept (every row: described-said-latin-rest.test.ts).
  it.each(firstOfEachConcept().map((r) => [`${r.language} ${r.concept}`, r] as const))('%s', (_, r) => {
    expect(concepts(r.example), r.example).toContain(r.concept);
    expect(concepts(r.nearMiss), r.nearMiss).not.toContain(r.concept);
  });

  it("names the language's page in the note, and says when it is the only one", () => {
    // The dialog's own words are read as the dialog (localized-specific-2016.ts, round 28): a user's clause here.
    const notes = JSON.stringify(answerOrRefused('Fjernskrivebord: computeren "server01" blev ikke fundet.')?.notes);
    expect(notes).toContain('the da words from');
    expect(notes).toContain('azure-docs-pr15_da-DK');
    expect(notes).toContain('one page only');
  });

  it('reads whole words only, an ending within its bound', () => {
    const re = wordsPattern('falsch*|kein lizenzserver');
    expect(re.test('das kennwort ist falsche')).toBe(true);
    expect(re.test('kein lizenzserver')).toBe(true);
    expect(re.test('unfalsch')).toBe(false);
    expect(re.test('keinlizenzserver')).toBe(false);
  });

  it('reads the clause in the words the FAQ prints, not a question about a setting', () => {
    // The windowsserverdocs FAQ in Portuguese and Italian: the RD Gateway's "Access denied" from wrong credentials.
    expect(
      causeIds(
        'O erro "Acesso Negado" é gerado pelo Gateway de Área de Trabalho Remota e o resultado de credenciais incorretas durante a tentativa de conexão.',
      )[0],
    ).toBe(authBadCredentials.id);
    expect(
      causeIds(
        'L\'errore "Accesso negato" è un oggetto generato il Gateway Desktop remoto e il risultato di credenziali non corrette durante il tentativo di connessione.',
      )[0],
    ).toBe(authBadCredentials.id);
    // Near misses: the words of the part without a failure, and a webmail's password.
    expect(concepts('Escritorio remoto: cómo cambiar la contraseña de las credenciales guardadas')).toEqual([]);
    expect(concepts('Gmail: la contraseña es incorrecta')).toEqual([]);
  });

  it('reads a "could not" before a part as the failure told, a plain "no" still cancelling it', () => {
    // The Licensing event as a Spanish page quotes it, and its negated twin.
    expect(
      causeIds(
        'El visor de eventos (TerminalServices‑Licensing) muestra el ID 1128: No se pudo encontrar un servidor de licencias válido.',
      ),
    ).toContain(licensingServerUnavailable.id);
    expect(concepts('RDP: no hay ningún problema con el servidor de licencias')).not.toContain('license-server');
  });

  it("reads RD Licensing's Portuguese name (licenciamento) as the licence, not its mode's setting nor another server", () => {
    // The "no license servers" dialog as Tencent Cloud's pt page words it; Microsoft's pt-br name for RD Licensing.
    expect(
      causeIds(
        'A sessão remota foi desconectada porque nenhum servidor de autorização de área de trabalho remota está disponível para licenciamento. Para obter ajuda, entre em contato com o administrador do sistema',
      )[0],
    ).toBe(licensingServerUnavailable.id);
    // Near misses: the licensing mode not configured (no failure word), a print server.
    for (const text of [
      'Área de Trabalho Remota: o modo de licenciamento da área de trabalho remota não está configurado',
      'Área de Trabalho Remota: nenhum servidor de impressão está instalado',
    ])
      expect(concepts(text), text).not.toContain('licensing-problem');
  });

  it('reads the gateway policies by the names their refusal prints, only beside a failure', () => {
    // The FAQ's "TS_RAP You are not allowed to connect to the given host" in es-es, de-de and pt-br.
    for (const text of [
      'TS_RAP No estás autorizado a conectarte con el host determinado',
      'TS_RAP Sie dürfen keine Verbindung mit dem angegebenen Host',
      'TS_RAP Você não tem permissão para se conectar ao host determinado',
    ])
      expect(causeIds(text)[0], text).toBe(gatewayDenied.id);
    // A page that names the policies says nothing failed.
    expect(causeIds(answerOrRefused('TS_RAP and TS_CAP are the RD Gateway authorization policies.'))).toEqual([]);
  });

  it('takes the plain negation of Dutch and Italian as a failure stated beside NLA, not "non-" in English', () => {
    // tofixeasy.com's Dutch guide (described-languages.ts): "Uw computer ondersteunt mogelijk geen …".
    expect(
      causeIds(
        'De externe computer vereist authenticatie op netwerkniveau. Uw computer ondersteunt mogelijk geen bericht wanneer u probeert verbinding te maken met een andere computer met behulp van de Remote Desktop-app.',
      )[0],
    ).toBe(credsspNla.id);
    expect(causeIds(answerOrRefused('RDP: NLA for non-admin users is enabled'))).toEqual([]);
  });
});
