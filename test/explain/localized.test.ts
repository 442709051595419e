/**
 * explain-code reading pastes in other languages: every localized wording carries its Microsoft page and is found in
 * the text that page quotes; each language's pastes read end to end (the CLI's JSON) with the cause ids of the
 * English paste; pasting's damage (accents, umlauts, quotes, line breaks, case) changes nothing; a sentence no page
 * quotes is not read, nor answered from a number in it. Each wording found in its page's text: here the first and last
 * of each language and one of each sentence, every one in localized-rest.test.ts (slow tier).
 */
import { describe, expect, it } from 'vitest';
import {
  EVENT_VIEWER_LABELS,
  englishLabels,
  LOCALIZED_PHRASES,
  LOCALIZED_SENTENCES,
} from '../../src/explain/tables/languages/localized.js';
import { KNOWN_SENTENCES } from '../../src/explain/tables/sentences/sentences.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { rdpdiag } from '../helpers/cli.js';
import {
  byLanguage,
  bySentence,
  expectRecognizedInQuote,
  LOCALE,
  READ_BY_WORDS,
  sourceOfWording,
} from '../helpers/localized.js';
import { expectEveryKind, fewOf, Misses } from '../helpers/sweep.js';

describe('the localized wordings (src/explain/tables/languages/localized.ts)', () => {
  it('each name an English sentence, a Microsoft page in their language and its source file', () => {
    const ids = new Set(KNOWN_SENTENCES.map((s) => s.id));
    const misses = new Misses();
    for (const w of LOCALIZED_SENTENCES) sourceOfWording(w, misses, ids);
    misses.done();
  });

  it('are recognized in the very text their page quotes (their words come from it)', () => {
    // The first and last wording of each language, and one of each sentence; every one in localized-rest.test.ts.
    const few = fewOf(READ_BY_WORDS, [byLanguage], [bySentence]);
    expectEveryKind(few, READ_BY_WORDS, byLanguage, bySentence);
    expectRecognizedInQuote(few);
  });

  it('give German and French for every sentence they cover in another language, or say which is not quoted', () => {
    const covered = new Set(LOCALIZED_SENTENCES.map((w) => w.sentence));
    for (const id of covered)
      for (const language of ['de', 'fr'] as const) {
        if (LOCALIZED_SENTENCES.some((w) => w.sentence === id && w.language === language)) continue;
        // No page found in that language: the sentence says so (never a wording made up to fill the gap).
        const said = KNOWN_SENTENCES.find((s) => s.id === id)?.languages ?? '';
        expect(said, `${id} ${language}`).toMatch(
          new RegExp(`No localized Microsoft page quotes its[^.]*${language === 'de' ? 'German' : 'French'}`),
        );
      }
  });

  it("read Event Viewer's labels and number phrases as the English ones, each with its page", () => {
    for (const l of EVENT_VIEWER_LABELS) {
      expect(l.source.url, l.label).toMatch(LOCALE);
      expect(englishLabels(`\n${l.label}: 7\n`).text, l.label).toContain(`${l.english}:`);
    }
    for (const p of LOCALIZED_PHRASES)
      expect(englishLabels(`${p.phrase} 10013${p.closing ?? ''}`).text, p.phrase).toMatch(
        /The internal error state is 10013/,
      );
    // A language is said from two of its labels, never from one word several languages share ("Data").
    expect(englishLabels('Data: 2026-11-25').languages).toEqual([]);
    expect(englishLabels('Protokollname: System\nEreignis-ID: 1058').languages).toEqual(['de']);
    // Event Viewer's thousands separator in an event id.
    expect(englishLabels('イベント ID:    1,296').text).toMatch(/Event ID:\s*1296/);
  });
});

/** One localized paste and what its English twin is read as. */
interface Case {
  readonly language: string;
  readonly paste: string;
  readonly name?: string;
  readonly sentence: string;
  readonly cause?: string;
  readonly eventId?: number;
}

const CASES: readonly Case[] = [
  // German.
  {
    language: 'German',
    paste:
      'Protokollname: System\nQuelle:        Schannel\nDatum:         25.11.2026 10:12:03\nEreignis-ID:   36870\nAufgabenkategorie: Keine\nEbene:         Fehler\nBenutzer:      SYSTEM\nComputer:      rdsh01.contoso.example\nBeschreibung:\nSchwerwiegender Fehler beim Versuch, auf den privaten Schlüssel der TLS-Server-Anmeldeinformationen zuzugreifen. Der vom Kryptografiemodul zurückgegebene Fehlercode ist 0x8009030D. Der interne Fehlerstatus ist 10001.',
    name: 'SEC_E_UNKNOWN_CREDENTIALS',
    sentence: 'schannel-36870',
    cause: tlsCertificate.id,
    eventId: 36870,
  },
  {
    language: 'German',
    paste:
      'Protokollname: System\nQuelle: Microsoft-Windows-TerminalServices-RemoteConnectionManager\nEreignis-ID: 1058\nEbene: Fehler\nBeschreibung: Der RD-Sitzungshostserver konnte das abgelaufene selbstsignierte Zertifikat nicht ersetzen, das für die Authentifizierung des RD-Sitzungshostservers bei TLS-Verbindungen verwendet wird. Der relevante Statuscode war „Zugriff verweigert“.',
    sentence: 'termservice-1058',
    cause: tlsCertificate.id,
    eventId: 1058,
  },
  {
    language: 'German',
    paste:
      'Die Remotesitzung wurde getrennt, da keine Remotedesktop-Lizenzserver verfügbar sind, um eine Lizenz bereitzustellen.',
    name: 'exDiscReasonLicenseNoLicenseServer',
    sentence: 'no-license-servers',
    cause: licensingServerUnavailable.id,
  },
  {
    language: 'German',
    paste:
      'Authentifizierungsfehler. Die angeforderte Funktion wird nicht unterstützt. Dies könnte seine Ursache in der Oracle-Wartung der CredSSP-Verschlüsselung haben',
    name: 'SEC_E_UNSUPPORTED_FUNCTION',
    sentence: 'credssp-oracle',
    cause: credsspNla.id,
  },
  {
    language: 'German',
    paste:
      'Der Remotecomputer, mit dem Sie eine Verbindung herstellen möchten, erfordert NLA (Network Level Authentication, Authentifizierung auf Netzwerkebene), es besteht jedoch kein Kontakt mit Ihrem Windows-Domänencontroller zum Durchführen der NLA.',
    name: 'SEC_E_NO_AUTHENTICATING_AUTHORITY',
    sentence: 'nla-dc-unreachable',
    cause: credsspNla.id,
  },
  {
    language: 'German',
    paste:
      'Remotedesktopverbindung:\nDer Systemadministrator hat den zulässigen Anmeldetyp (Netzwerk oder interaktiv) eingeschränkt. Bitten Sie Ihren Systemadministrator oder den technischen Support um Hilfe.',
    name: 'STATUS_LOGON_TYPE_NOT_GRANTED',
    sentence: 'restricted-logon-type',
    cause: authLogonRight.id,
  },
  {
    language: 'German',
    paste: 'Fehlerursache:\t\tUnbekannter Benutzername oder ungültiges Kennwort.',
    name: 'STATUS_LOGON_FAILURE',
    sentence: 'unknown-user-or-bad-password',
    cause: authBadCredentials.id,
  },
  {
    language: 'German',
    paste:
      'Remotedesktopverbindung\nDie Identität des Remotecomputers kann nicht überprüft werden. Möchten Sie trotzdem eine Verbindung herstellen?',
    sentence: 'identity-not-verified',
  },
  // French.
  {
    language: 'French',
    paste:
      'Nom du journal : System\nSource : Schannel\nID d’événement : 36871\nNiveau : Erreur\nDescription : une erreur irrécupérable s’est produite lors de la création des informations d’identification du serveur TLS. L’état d’erreur interne est 10013.',
    name: 'CredentialCreationFailure (event 36871)',
    sentence: 'schannel-36871',
    cause: tlsProtocolMismatch.id,
    eventId: 36871,
  },
  {
    language: 'French',
    paste:
      'Le Bureau à distance ne peut pas se connecter à l’ordinateur distant pour l’une des raisons suivantes : 1. L’accès à distance au serveur n’est pas activé 2. L’ordinateur distant est éteint 3. L’ordinateur distant n’est pas disponible sur le réseau',
    name: 'disconnectReasonSocketConnectFailed',
    sentence: 'cannot-connect-reasons',
    cause: networkUnreachable.id,
  },
  {
    language: 'French',
    paste:
      "Une erreur d'authentification s'est produite.\nLa fonction demandée n'est pas prise en charge.\nOrdinateur distant : rdsh01\nCela peut être dû à la correction d'oracle de chiffrement CredSSP.",
    name: 'SEC_E_UNSUPPORTED_FUNCTION',
    sentence: 'function-not-supported',
    cause: credsspNla.id,
  },
  {
    language: 'French',
    paste:
      "La session à distance a été déconnectée, car aucune licence d'accès client Bureau à distance n'est disponible pour cet ordinateur.",
    name: 'exDiscReasonLicenseNoLicense',
    sentence: 'no-cals-available',
  },
  {
    language: 'French',
    paste: 'Raison de l’échec : Nom d’utilisateur inconnu ou mot de passe incorrect.',
    name: 'STATUS_LOGON_FAILURE',
    sentence: 'unknown-user-or-bad-password',
    cause: authBadCredentials.id,
  },
  // Spanish, Italian, Portuguese (Brazil), Japanese: the event texts Microsoft's pages quote.
  {
    language: 'Spanish',
    paste:
      'Nombre de registro: Sistema\nOrigen: Schannel\nId. de evento: 36871\nNivel: Error\nDescripción: Se produjo un error grave al crear las credenciales del servidor TLS. El estado del error interno es 10013.',
    name: 'CredentialCreationFailure (event 36871)',
    sentence: 'schannel-36871',
    cause: tlsProtocolMismatch.id,
    eventId: 36871,
  },
  {
    language: 'Italian',
    paste:
      "Nome registro: Sistema\nOrigine: Microsoft-Windows-TerminalServices-RemoteConnectionManager\nID evento: 1058\nLivello: Errore\nDescrizione: Il server Host sessione Desktop remoto non è stato in grado di sostituire il certificato autofirmato scaduto usato per l'autenticazione del server Host sessione Desktop remoto nelle connessioni TLS. Il codice di stato pertinente era Accesso negato.",
    sentence: 'termservice-1058',
    cause: tlsCertificate.id,
    eventId: 1058,
  },
  {
    language: 'Portuguese (Brazil)',
    paste:
      'Nome do log: Sistema\nFonte: Schannel\nID do Evento: 36870\nDescrição: Ocorreu um erro fatal ao tentar acessar a chave privada de credencial do servidor TLS. O código de erro retornado pelo módulo de criptografia é 0x8009030D. O estado de erro interno é 10001.',
    name: 'SEC_E_UNKNOWN_CREDENTIALS',
    sentence: 'schannel-36870',
    cause: tlsCertificate.id,
    eventId: 36870,
  },
  {
    language: 'Spanish',
    paste: 'Error de autenticación. No se puede conectar con la autoridad de seguridad local.',
    // The Local Security Authority sentence is SEC_E_INTERNAL_ERROR's own text (issue 60), in every language.
    name: 'SEC_E_INTERNAL_ERROR',
    sentence: 'lsa-cannot-be-contacted',
  },
  {
    language: 'Italian',
    paste:
      "Connessione Desktop remoto:\nL'amministratore di sistema ha limitato il tipo di accesso (in rete o interattivo) che è possibile usare.",
    name: 'STATUS_LOGON_TYPE_NOT_GRANTED',
    sentence: 'restricted-logon-type',
    cause: authLogonRight.id,
  },
  {
    language: 'Portuguese (Brazil)',
    paste:
      'A sessão remota foi desconectada porque não há Servidores de Licença da Área de Trabalho Remota disponíveis para fornecer uma licença.',
    name: 'exDiscReasonLicenseNoLicenseServer',
    sentence: 'no-license-servers',
    cause: licensingServerUnavailable.id,
  },
  {
    language: 'Dutch',
    paste:
      'Logboeknaam: Systeem\nBron: Schannel\nGebeurtenis-id: 36870\nNiveau: Fout\nBeschrijving: Er is een onherstelbare fout opgetreden bij het openen van de persoonlijke sleutel voor de TLS-Server referenties. De fout code die is geretourneerd door de cryptografische module, is 0x8009030D. De interne fout status is 10001.',
    name: 'SEC_E_UNKNOWN_CREDENTIALS',
    sentence: 'schannel-36870',
    cause: tlsCertificate.id,
    eventId: 36870,
  },
  {
    language: 'Polish',
    paste:
      'Nazwa dziennika: System\nŹródło: Schannel\nIdentyfikator zdarzenia: 36871\nPoziom: Błąd\nOpis: Wystąpił błąd krytyczny podczas tworzenia poświadczenia serwera TLS. Wewnętrzny stan błędu to 10013.',
    name: 'CredentialCreationFailure (event 36871)',
    sentence: 'schannel-36871',
    cause: tlsProtocolMismatch.id,
    eventId: 36871,
  },
  {
    language: 'Japanese',
    paste: 'Windows セキュリティ エラー: 資格情報が正しくありません。',
    name: 'SEC_E_LOGON_DENIED',
    sentence: 'credentials-did-not-work',
    cause: authBadCredentials.id,
  },
  {
    language: 'Japanese',
    paste:
      'ログ名:    システム\nソース:      Microsoft-Windows-TerminalServices-RemoteConnectionManager\nイベント ID:    1057\nレベル:       エラー\n説明: RD セッション ホスト サーバーは、TLS 接続での RD セッション ホスト サーバー認証に使用される新しい自己署名証明書を作成できませんでした。 関連する状態コードは "キー セットがありません" でした。',
    sentence: 'termservice-1057',
    cause: tlsCertificate.id,
    eventId: 1057,
  },
  {
    language: 'Japanese',
    paste:
      'ログ名: システム\nソース: Schannel\nイベント ID: 36870\n説明: TLS サーバー資格情報の秘密キーにアクセスにしようとしているときに致命的なエラーが発生しました。 暗号化モジュールから返されたエラー コードは 0x8009030D です。 内部エラーの状態は 10001 です。',
    name: 'SEC_E_UNKNOWN_CREDENTIALS',
    sentence: 'schannel-36870',
    cause: tlsCertificate.id,
    eventId: 36870,
  },
];

describe('localized pastes, end to end (rdpdiag explain-code --format json)', () => {
  for (const c of CASES)
    it(`${c.language}: ${c.sentence}${c.eventId ? ` (event ${c.eventId})` : ''}`, async () => {
      const r = await rdpdiag(['explain-code', c.paste, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      const e = JSON.parse(r.stdout) as ReturnType<typeof explainCode>;
      // The language it was read in, said; the English meaning and where the wording comes from.
      expect(e.paste?.language).toBe(c.language);
      expect(e.notes.join('\n')).toMatch(new RegExp(`Read as ${c.language.replace(/[()]/g, '\\$&')}`));
      const part = e.paste?.parts.find((p) => p.table === 'sentence' && p.text === c.sentence);
      expect(part, JSON.stringify(e.paste?.parts)).toBeDefined();
      expect(part?.meaning).toMatch(/[A-Za-z]{4}/);
      expect(part?.wordingSource).toMatch(/^https:\/\/(docs\.microsoft\.com|github\.com\/MicrosoftLearning)\//);
      if (c.eventId !== undefined) expect(e.paste?.eventId).toBe(c.eventId);
      const main = e.primary ?? e.extended ?? e.other;
      if (c.name) expect(main?.name).toBe(c.name);
      if (c.cause) expect(e.likelyCauses.slice(0, 3).map((l) => l.causeId)).toContain(c.cause);
    });
});

describe('what pasting does to a localized text', () => {
  const read = (text: string) => explainCode(text).paste?.parts.find((p) => p.table === 'sentence')?.text;
  it('changes nothing: accents lost, umlauts as ae, curly or straight quotes, line breaks, spaces, case', () => {
    const variants = [
      'Die Remotesitzung wurde getrennt, da keine Remotedesktop-Lizenzserver verfügbar sind, um eine Lizenz bereitzustellen.',
      'Die Remotesitzung wurde getrennt, da keine Remotedesktop-Lizenzserver verfuegbar sind, um eine Lizenz bereitzustellen.',
      'DIE REMOTESITZUNG WURDE GETRENNT, DA KEINE REMOTEDESKTOP-\nLIZENZSERVER VERFÜGBAR SIND',
      'Die Remotesitzung wurde   getrennt, da keine Remotedesktop -\r\n  Lizenzserver verfugbar sind',
      'Die Verbindung mit der Remotesitzung wurde getrennt, da keine Lizenzserver für Remotedesktop vorhanden sind.',
    ];
    for (const v of variants) expect(read(v), v).toBe('no-license-servers');
    const french = [
      "Une erreur d'authentification s'est produite. L'autorité de sécurité locale ne peut pas être contactée.",
      'Une erreur d’authentification s’est produite. L’autorité de sécurité locale ne peut pas être contactée.',
      "une erreur d'authentification s'est produite. l'autorite de securite locale ne peut pas etre contactee",
      "Une erreur d'authentification s'est produite.\nL'autorité de sécurité\nlocale ne peut pas être contactée.",
    ];
    for (const v of french) expect(read(v), v).toBe('lsa-cannot-be-contacted');
    expect(read('Authentifizierungsfehler. Die lokale Sicherheitsautoritaet (LSA) ist nicht erreichbar.')).toBe(
      'lsa-cannot-be-contacted',
    );
  });

  it('reads a localized event block by its labels when its description is not one it knows', () => {
    const e = explainCode(
      'Protokollname: System\nQuelle: Schannel\nEreignis-ID: 36887\nEbene: Fehler\nBeschreibung: (ein Text, den rdpdiag nicht kennt)\nAlertDesc: 40',
    );
    expect(e.paste?.language).toBe('German');
    expect(e.paste?.eventId).toBe(36887);
    expect(e.paste?.source).toBe('Schannel');
    expect((e.primary ?? e.other)?.table).toBe('tlsAlert');
    expect(e.paste?.parts.some((p) => p.table === 'sentence')).toBe(false);
    expect(e.notes.join('\n')).toMatch(/Read as German \(its German Event Viewer labels, read as the English ones\)/);
  });

  it('says when a reading rests on Microsoft terms only (the dialog sentence is not quoted in that language)', () => {
    const e = explainCode('Der Remotecomputer erfordert die Authentifizierung auf Netzwerkebene.');
    expect((e.primary ?? e.other)?.name).toBe('NlaRequiredNotSupported');
    expect(e.notes.join('\n')).toMatch(/terms only.*not confirmed.*guess/s);
  });

  it('does not answer a sentence it does not know from a number in it', () => {
    for (const text of [
      'Die Verbindung wurde nach 30 Sekunden getrennt, Versuch 3 von 5.',
      'La connexion a échoué après 2 tentatives sur 3.',
      // A policy's name holds Microsoft's NLA term, and "Exiger" is no dialog's verb.
      "Exiger l'authentification des utilisateurs pour les connexions à distance à l'aide de l'authentification au niveau du réseau",
      // Wordings no Microsoft page quotes in that language: not read, never guessed.
      'Ihr Kennwort ist abgelaufen.',
    ])
      expect(() => explainCode(text), text).toThrow(/not a valid error code/);
  });

  it("reads a list's markers after a colon as markers, not codes", () => {
    const e = explainCode(
      "Le Bureau à distance ne peut pas se connecter à l'ordinateur distant pour l'une des raisons suivantes : 1. L'accès à distance au serveur n'est pas activé",
    );
    expect(e.paste?.parts.filter((p) => p.table !== 'sentence')).toEqual([]);
    expect(e.paste?.ignored.join(' ')).toMatch(/1: a list marker/);
  });
});

describe('the English pastes did not move', () => {
  it('reads the English twins as before, and the NLA domain-controller dialog as its own sentence', () => {
    const en = (text: string) => {
      const e = explainCode(text);
      return {
        name: (e.primary ?? e.extended ?? e.other)?.name,
        language: e.paste?.language,
        cause: e.likelyCauses[0]?.causeId,
      };
    };
    expect(
      en(
        'The remote session was disconnected because there are no Remote Desktop License Servers available to provide a license.',
      ),
    ).toEqual({
      name: 'exDiscReasonLicenseNoLicenseServer',
      language: undefined,
      cause: licensingGraceExpired.id,
    });
    expect(
      en('The remote computer requires Network Level Authentication, which your computer does not support.'),
    ).toMatchObject({
      name: 'NlaRequiredNotSupported',
      language: undefined,
    });
    // Its words contain the NLA-required sentence's: the longer one is meant.
    expect(
      en(
        'The remote computer that you are trying to connect to requires Network Level Authentication (NLA), but your Windows domain controller cannot be contacted to perform NLA.',
      ),
    ).toMatchObject({ name: 'SEC_E_NO_AUTHENTICATING_AUTHORITY', language: undefined });
    expect(
      en(
        'Remote Desktop Connection: The system administrator has restricted the type of logon (network or interactive) that you may use. For assistance, contact your system administrator or technical support.',
      ),
    ).toEqual({ name: 'STATUS_LOGON_TYPE_NOT_GRANTED', language: undefined, cause: authLogonRight.id });
    // The certificate prompt: its error line, when pasted with it, is the reading.
    expect(
      en(
        'The identity of the remote computer cannot be verified. Do you want to connect anyway? Certificate errors: The certificate is not from a trusted certifying authority.',
      ),
    ).toMatchObject({ name: 'CERT_E_UNTRUSTEDROOT', language: undefined });
    expect(
      explainCode('The identity of the remote computer cannot be verified. Do you want to connect anyway?').paste
        ?.parts,
    ).toMatchObject([{ table: 'sentence', text: 'identity-not-verified', language: 'en' }]);
    // CredSSP and Oracle are read in any language: an English paste stays English.
    expect(
      en(
        'An authentication error has occurred. The function requested is not supported. This could be due to CredSSP encryption oracle remediation.',
      ),
    ).toMatchObject({ name: 'SEC_E_UNSUPPORTED_FUNCTION', language: undefined });
  });
});

describe('the German and French wordings added for issue 50, read as their English sentence', () => {
  const english =
    'The RDP protocol component X.224 detected an error in the protocol stream and has disconnected the client.';
  const wordings = LOCALIZED_SENTENCES.filter((w) => w.sentence === 'termdd-50');

  it('TermDD 50: German and French, each from its page, read as the English text is', () => {
    expect(wordings.map((w) => w.language).sort()).toEqual(['de', 'fr']);
    const reading = (text: string) => {
      const e = explainCode(text);
      return { name: (e.primary ?? e.extended ?? e.other)?.name, causes: e.likelyCauses.map((c) => c.causeId) };
    };
    for (const w of wordings) {
      expect(reading(w.quoted), w.quoted).toEqual(reading(english));
      // Pasted with its accents lost and its line broken.
      const damaged = w.quoted.normalize('NFD').replace(/\p{M}/gu, '').replace(' a ', '\na ');
      expect(reading(damaged).name, damaged).toBe('termdd-50');
    }
  });

  it('a near miss that shares their words is not read as TermDD 50', () => {
    for (const text of [
      'Le composant X.224 du protocole RDP a été mis à jour sur le client.',
      'Die RDP-Protokollkomponente X.224 wurde aktualisiert und der Client neu gestartet.',
      'Le client a été déconnecté du protocole RDP.',
    ])
      expect(() => explainCode(text), text).toThrow(/not a valid error code/);
  });
});
