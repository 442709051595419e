/**
 * Issue 60, round 30 (h61b): the unexpected server authentication certificate in German, French, Spanish, Italian and
 * Portuguese, and the Local Security Authority dialog in its other Turkish wording
 * (src/explain/tables/languages/localized-wordings-latin.ts): each read as its English sentence, with that
 * sentence's causes; the same words without the dialog's telling part are not.
 */
import { describe, expect, it } from 'vitest';
import { LATIN_R30B_WORDINGS } from '../../src/explain/tables/languages/localized-wordings-latin.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';

describe('more wordings of two dialogs in Latin-script languages', () => {
  it('each page quote is read as its sentence', () => {
    for (const w of LATIN_R30B_WORDINGS) expect(sentenceIds(w.quoted), w.quoted).toEqual([w.sentence]);
  });

  it('the dialog as users retell it: the certificate was unexpected, in each language', () => {
    for (const paste of [
      'Beim Verbinden: Die Verbindung wurde beendet, weil ein unerwartetes Serverauthentifizierungszertifikat empfangen wurde.',
      "Connexion interrompue : un certificat d'authentification serveur inattendu a été reçu de l'ordinateur distant.",
      'La conexión se cerró porque se recibió un certificado de autenticación de servidor inesperado.',
      'Connessione terminata: ricevuto un certificato di autenticazione server imprevisto dal computer remoto.',
      'A sessão terminou porque foi recebido um certificado de autenticação de servidor inesperado.',
    ])
      expect(causeIds(paste)[0], paste).toBe(tlsCertificate.id);
  });

  it('true twin: the Turkish LSA dialog in its other wording keeps the NLA reading', () => {
    expect(causeIds('Yerel Güvenlik Otoritesi ile bağlantı kurulamıyor')).toContain(credsspNla.id);
  });

  it("near miss: the server's certificate renewed, not unexpected, is no such dialog", () => {
    for (const paste of [
      'O certificado de autenticação de servidor foi renovado ontem.',
      "Le certificat d'authentification serveur a été renouvelé.",
    ])
      expect(answerOrRefused(paste)?.likelyCauses ?? [], paste).not.toContain(tlsCertificate.id);
  });
});

describe('the security-error dialog in Italian', () => {
  it('both forms of the page, retold, are the security error', () => {
    for (const paste of [
      'Ogni volta: impossibile connettersi al server desktop remoto a causa di un errore di sicurezza.',
      'Desktop remoto disconnesso: impossibile connettersi al computer remoto, errore di sicurezza.',
    ])
      expect(sentenceIds(paste), paste).toEqual(['security-error']);
  });
  it('near miss: a database refusing for a security error is not the dialog', () => {
    const paste = 'Impossibile connettersi al server SQL a causa di un errore di sicurezza del certificato.';
    expect(answerOrRefused(paste)?.likelyCauses ?? []).toEqual([]);
  });
});

describe('the "for one of these reasons" dialog in Spanish', () => {
  it('as Azure’s page words it and as users type it, accents dropped', () => {
    for (const paste of [
      'Escritorio remoto no se puede conectar al equipo remoto por una de estas razones: el acceso remoto no está habilitado.',
      'me sale: escritorio remoto no puede conectarse al equipo remoto por una de las siguientes razones 1) no esta habilitado el acceso remoto',
    ])
      expect(causeIds(paste)[0], paste).toBe(networkUnreachable.id);
  });
  it('near miss: another tool that cannot reach a computer for its own reasons', () => {
    const paste = 'La copia de seguridad no pudo llegar al equipo de destino por falta de espacio.';
    expect(answerOrRefused(paste)?.likelyCauses ?? []).toEqual([]);
  });
});

describe('the internal-error dialog in its other Turkish word', () => {
  it('"dahili hata" in a paste about Remote Desktop is the internal error', () => {
    expect(sentenceIds('Uzak Masaüstü ile bağlanırken dahili hata oluştu.')).toEqual(['internal-error']);
  });
  it('near miss: a database’s internal error is not the dialog (a phrase: no Remote Desktop word)', () => {
    expect(answerOrRefused("SQL Server'a bağlanırken dahili hata oluştu.")?.likelyCauses ?? []).toEqual([]);
  });
});
