/**
 * A term and a predicate of one concept, in the languages written in Latin script (issue 60, round 31, h62b): each
 * language's nouns for a part of Remote Desktop (the license server, the client's licence store, the user's session)
 * and its predicates for that part's failure (none available, access denied, ended), held as data with their pages,
 * so that any clause joining a term and a predicate of one concept is read, whatever its exact wording ("Es war kein
 * Lizenzserver verfügbar", "Kein RDP-Lizenzserver verfügbar", "keine Remotedesktop-Lizenzserver vorhanden" alike).
 * Read by described-reading.ts as every `said` of described-said-latin.ts is: only in a paste about Remote Desktop that
 * names no other product, never where a negation, a success, a question or a step done cancels the failure.
 *
 * The predicate "none" (`ABSENT_BEFORE`): a language's word for "no", "none" right before the part's name (at most two
 * words between, or a prefix joined by a hyphen: "kein RDP-Lizenzserver", "geen Extern bureaublad-licentieservers")
 * says the part is missing. It is the failure itself, not a negation that cancels the name, which a plain "no" before
 * a concept's word is elsewhere ("no problem with the license server"): a noun between "none" and the part ("keine
 * Probleme mit dem Lizenzserver") is not the part's absence and is not read (more than two words, or the part not
 * right after them).
 *
 * Sources: Microsoft's win32 page "ExtendedDisconnectReasonCode enumeration" in each language (MsTscAx's disconnect
 * reasons, machine translations: github.com/MicrosoftDocs/win32-pr.<locale>/blob/HEAD/desktop-src/TermServ/
 * extendeddisconnectreasoncode.md), whose reasons 257 ("No license server was available") and 267 ("An access denied
 * error was received while creating a registry key for the license store") give each language's words; the Azure
 * article "Troubleshoot specific RDP error messages" in the language (described-said-latin.ts `AZURE_RDP_ERRORS`) for
 * the same "no license servers" in its dialog's words. Each row names its own.
 */
import { licensingClientCache } from '../../../../patterns/licensing-client-cache.js';
import { sessionLimit } from '../../../../patterns/session-limit.js';
import {
  concept,
  LEARN,
  type DescriptionLanguage,
  type LanguageSaid,
  type SymptomConcept,
  said,
  wordsPattern,
} from './symptom-concept.js';

/** The win32 page of MsTscAx's extended disconnect reasons in a language. */
const DISCONNECT_REASONS = (repo: string, quoted: string) =>
  `Microsoft's win32 page "ExtendedDisconnectReasonCode enumeration" in the language (https://github.com/${repo}/blob/HEAD/desktop-src/TermServ/extendeddisconnectreasoncode.md, a machine translation: ${quoted})`;

/** The Azure article "Troubleshoot specific RDP error messages to a Windows VM in Azure" in a language. */
const AZURE_RDP_ERRORS = (repo: string, quoted: string) =>
  `Microsoft Learn "Troubleshoot specific RDP error messages to a Windows VM in Azure" in the language (https://github.com/${repo}/blob/HEAD/articles/virtual-machines/troubleshooting/troubleshoot-specific-rdp-errors.md: ${quoted})`;

/** A letter or digit of any script, as a word is made of (symptom-concept.ts reads words the same way). */
const WORD = '[\\p{L}\\p{N}]';

/**
 * A language's "none" before a part's name as one pattern: the "none" word, at most two words between (each a word of
 * at most 24 letters), an optional prefix joined by a hyphen ("rdp-", "bureaublad-"), then the part's name. Each
 * repetition bounded and separated by a space or a hyphen: linear.
 */
export function absentPattern(none: string, subject: string): RegExp {
  return new RegExp(
    `${wordsPattern(none).source}\\s(?:${WORD}{1,24}\\s){0,2}(?:${WORD}{1,16}-)?${wordsPattern(subject).source}`,
    'u',
  );
}

/** One row: the concept, the language, its words (`absent`: the language's "none"), the page, example and near miss. */
const row = (
  conceptId: string,
  language: DescriptionLanguage,
  words: { subject: string; failed: string; absent?: string; unless?: string },
  source: string,
  example: string,
  nearMiss: string,
): LanguageSaid => ({
  ...said(conceptId, language, words, source, example, nearMiss),
  ...(words.absent ? { absent: words.absent } : {}),
});

/**
 * No license server available: the part (each language's name of the license server) and its predicates, "none"
 * before it (`absent`) or "not available" after it (`failed`). Concept `license-server` of described-symptoms.ts.
 */
const LICENSE_SERVER_ABSENT: readonly LanguageSaid[] = [
  row(
    'license-server',
    'de',
    {
      subject: 'lizenzserver*|lizenz-server*',
      absent: 'kein|keine|keinen',
      failed: 'nicht verfügbar|nicht erreichbar|nicht gefunden|nicht vorhanden',
    },
    `${DISCONNECT_REASONS('MicrosoftDocs/win32-pr.de-de', '257 "Es war kein Lizenzserver verfügbar."')}; ${AZURE_RDP_ERRORS('otrekw/azure-docs.de-de', '"da keine Lizenzserver für Remotedesktop vorhanden sind"')}`,
    'Remotedesktop getrennt: Es ist kein RDP-Lizenzserver mehr verfügbar.',
    'Remotedesktop: keine Probleme mit dem Lizenzserver, er ist erreichbar.',
  ),
  row(
    'license-server',
    'fr',
    {
      subject: 'serveur de licences|serveurs de licences|serveur de licence',
      absent: 'aucun|aucune',
      failed: "n'est pas disponible|pas disponible|indisponible|introuvable",
    },
    AZURE_RDP_ERRORS(
      'stephanemora/azure-docs.fr-fr',
      '"aucun serveur de licences Bureau à distance n\'est disponible pour fournir une licence"',
    ),
    'Bureau à distance : la session a été coupée, aucun serveur de licences joignable.',
    'Bureau à distance : aucun souci avec le serveur de licences, il répond.',
  ),
  row(
    'license-server',
    'es',
    {
      subject: 'servidor de licencias|servidores de licencias',
      absent: 'ningún|ninguna|ningun|no hay|no había',
      failed: 'no está disponible|no disponible|no se encuentra',
    },
    `${DISCONNECT_REASONS('isabella232/win32-pr.es-es', '257 "No había ningún servidor de licencias disponible."')}; ${AZURE_RDP_ERRORS('ngallegoar/azure-docs.es-es', '"no hay servidores de licencias de Escritorio remoto disponibles"')}`,
    'Escritorio remoto: se cortó la sesión porque ya no hay ningún servidor de licencias.',
    'Escritorio remoto: no hay problemas con el servidor de licencias, responde bien.',
  ),
  row(
    'license-server',
    'it',
    {
      subject: 'server licenze|server di licenze|server delle licenze',
      absent: 'nessun|nessuna|non ci sono',
      failed: 'non disponibile|non è disponibile|non raggiungibile',
    },
    `${DISCONNECT_REASONS('MicrosoftDocs/win32-pr.it-it', '257 "Nessun server licenze disponibile."')}`,
    'Desktop remoto: sessione chiusa, nessun server licenze trovato nel dominio.',
    'Autodesk: nessun server licenze FlexNet trovato nella rete.',
  ),
  row(
    'license-server',
    'pt',
    {
      subject:
        'servidor de licença|servidores de licença|servidor de licenças|servidores de licenças|servidor de licenciamento|servidores de licenciamento',
      absent: 'nenhum|nenhuma|não há|não existem',
      failed: 'não está disponível|indisponível|não disponível',
    },
    `${AZURE_RDP_ERRORS('Microsoft/azure-docs.pt-pt', '"a sessão remota foi desligada porque não existem … servidores de licenciamento de ambiente de trabalho remoto"')}: one page only (a machine translation)`,
    'Área de Trabalho Remota: a sessão caiu porque não há servidor de licenças configurado.',
    'Adobe Primetime: não há servidor de licenças configurado para o conteúdo.',
  ),
  row(
    'license-server',
    'nl',
    {
      subject: 'licentieserver*',
      absent: 'geen',
      failed: 'niet beschikbaar|niet bereikbaar|niet gevonden',
    },
    `${AZURE_RDP_ERRORS('Microsoft/azure-docs.nl-nl', '"omdat er geen Extern bureaublad-licentieservers beschikbaar zijn"')}: one page only`,
    'Extern bureaublad: verbinding verbroken, er is geen RDS-licentieserver meer.',
    'Extern bureaublad: geen probleem met de licentieserver, die reageert.',
  ),
  row(
    'license-server',
    'pl',
    {
      subject: 'serwerów licencji|serwera licencji|serwer licencji|serwery licencji',
      absent: 'brak|braku|żadnego|żadnych|żaden',
      failed: 'niedostępn*|nie jest dostępny',
    },
    `${AZURE_RDP_ERRORS('Microsoft/azure-docs.pl-pl', '"z powodu braku dostępnych serwerów licencji pulpit zdalny"')}: one page only`,
    'Pulpit zdalny: sesja rozłączona, brak serwera licencji RDS w domenie.',
    'Pulpit zdalny: brak problemów z serwerem licencji, odpowiada.',
  ),
  row(
    'license-server',
    'cs',
    {
      subject: 'licenční server*|licenčních serverů',
      absent: 'žádný|žádné|žádná|žádného',
      failed: 'není k dispozici|nejsou k dispozici|nedostupn*',
    },
    `${AZURE_RDP_ERRORS('Microsoft/azure-docs.cs-cz', '"nejsou k dispozici žádné licenční servery vzdálené plochy"')}: one page only`,
    'Vzdálená plocha: relace odpojena, žádný licenční server RDS nenalezen.',
    'Vzdálená plocha: žádný problém s licenčním serverem, odpovídá.',
  ),
  row(
    'license-server',
    'sv',
    {
      subject: 'licensserver*|servrar för fjärrskrivbordslicenser',
      absent: 'ingen|inga',
      failed: 'inte tillgänglig*|kan inte nås',
    },
    `${AZURE_RDP_ERRORS('officelearn/azure-docs.sv-se', '"eftersom det finns inga … servrar för fjärrskrivbordslicenser tillgängliga"')}: one page only`,
    'Fjärrskrivbord: sessionen kopplades från, det finns ingen RDS-licensserver.',
    'FlexLM: det finns ingen licensserver för CAD-programmet.',
  ),
];

/**
 * No client access licence available (`cal` of described-symptoms.ts): German, the CALs by the name Microsoft's de-de
 * licensing page gives them and the win32 page's "none … available" for a licence (reason 258).
 */
const CAL_ABSENT: readonly LanguageSaid[] = [
  row(
    'cal',
    'de',
    { subject: 'clientzugriffslizenz*|rds-cal*', absent: 'kein|keine|keinen', failed: 'nicht verfügbar|aufgebraucht' },
    `${DISCONNECT_REASONS('MicrosoftDocs/win32-pr.de-de', '258 "Es war keine gültige Software Lizenz verfügbar."')}; Microsoft Learn "Lizenzieren Ihrer RDS-Bereitstellung mit Clientzugriffslizenzen (CALs)" (https://learn.microsoft.com/de-de/windows-server/remote/remote-desktop-services/rds-client-access-license)`,
    'Remotedesktop: es sind keine RDS-CALs mehr verfügbar, Verbindung abgelehnt.',
    'Remotedesktop: die Clientzugriffslizenzen sind verfügbar.',
  ),
];

/** The client's licence store (MSLicensing): the part and "access denied", "could not be created". */
const LICENSE_STORE_DENIED: readonly LanguageSaid[] = [
  row(
    'license-store',
    'de',
    {
      subject: 'lizenzspeicher*|lizenz speicher*',
      failed: 'zugriff verweigert|verweigert|nicht erstellt|beschädigt',
    },
    DISCONNECT_REASONS(
      'MicrosoftDocs/win32-pr.de-de',
      '267 "Beim Erstellen eines Registrierungsschlüssels für den Lizenz Speicher wurde ein Fehler vom Typ "Zugriff verweigert" empfangen."',
    ),
    'Remotedesktop: beim Anlegen des RDP-Lizenzspeichers wurde der Zugriff verweigert.',
    'Remotedesktop: der Lizenzspeicher ist nicht beschädigt, der Zugriff klappt.',
  ),
  row(
    'license-store',
    'fr',
    {
      subject: 'magasin de licences|magasin des licences',
      failed: "refus d'accès|accès refusé|accès est refusé|refusé|endommagé|corrompu",
    },
    DISCONNECT_REASONS(
      'MicrosoftDocs/win32-pr.fr-fr',
      '267 "Une erreur de refus d\'accès a été reçue lors de la création d\'une clé de Registre pour le magasin de licences."',
    ),
    'Bureau à distance : accès refusé en créant le magasin de licences RDP sur le poste.',
    "Bureau à distance : le magasin de licences n'est pas corrompu, l'accès fonctionne.",
  ),
  row(
    'license-store',
    'es',
    {
      subject: 'almacén de licencias|almacen de licencias',
      failed: 'acceso denegado|denegado|dañado|corrupto',
    },
    DISCONNECT_REASONS(
      'isabella232/win32-pr.es-es',
      '267 "Se recibió un error de acceso denegado al crear una clave del registro para el almacén de licencias."',
    ),
    'Escritorio remoto: acceso denegado al crear el almacén de licencias en el cliente.',
    'Escritorio remoto: el almacén de licencias no está dañado, el acceso funciona.',
  ),
  row(
    'license-store',
    'it',
    {
      subject: 'archivio licenze|archivio delle licenze',
      failed: 'accesso negato|negato|danneggiat*',
    },
    DISCONNECT_REASONS(
      'MicrosoftDocs/win32-pr.it-it',
      `267 "È stato ricevuto un errore di accesso negato durante la creazione di una chiave del registro di sistema per l'archivio licenze."`,
    ),
    "Desktop remoto: accesso negato nel creare l'archivio licenze del client.",
    "Desktop remoto: l'archivio licenze non è danneggiato, l'accesso funziona.",
  ),
  row(
    'license-store',
    'pt',
    {
      subject: 'repositório de licenças|repositorio de licenças|armazenamento de licenças',
      failed: 'acesso negado|negado|corrompid*|danificad*',
    },
    DISCONNECT_REASONS(
      'MicrosoftDocs/win32-pr.pt-br',
      '267 "Um erro de acesso negado foi recebido ao criar uma chave do registro para o repositório de licenças."',
    ),
    'Área de Trabalho Remota: acesso negado ao criar o repositório de licenças no cliente.',
    'Área de Trabalho Remota: o repositório de licenças não está corrompido, o acesso funciona.',
  ),
];

/**
 * The client's licence store as a concept: the client could not create or write its licence (MSLicensing), access
 * denied (extended disconnect reason 267, exDiscReasonLicenseCreatingLicStoreAccDenied), or the stored licence
 * corrupt. Its words in the Latin-script languages are the rows above (`saidIn`, described-languages.ts).
 */
export const LICENSE_STORE_CONCEPT: SymptomConcept = {
  ...concept(
    'license-store',
    "the client's licence store (MSLicensing) that could not be created or written",
    [licensingClientCache],
    `Microsoft Learn "ExtendedDisconnectReasonCode enumeration" (${LEARN}/windows/win32/termserv/extendeddisconnectreasoncode: 267, "An access denied error was received while creating a registry key for the license store")`,
    {
      en: 'mslicensing|license store creation failed|licence store creation failed|license store creation|licence store creation',
    },
  ),
  said: {
    subject: /\b(?:licen[cs]e store|licen[cs]ing store|mslicensing)\b/,
    failed: /\b(?:access denied|access is denied|denied|could not be created|cannot be created|corrupt\w*|damaged)\b/,
  },
};

/**
 * The user's session ended by the server (a time limit, an administrator, another connection): the session and "has
 * ended", as NETworkManager's translators word its disconnect reason "The remote session ended because the total login
 * time limit was reached" (German, French, Spanish, Italian, Polish, Portuguese), never beside a licence (a licensing
 * disconnect) nor the user's own act ("ich habe … beendet"). Turkish on one page: the dialog "Your Remote Desktop
 * Services session has ended" as resulcoskun.com.tr quotes it for RDS session time limits
 * (https://resulcoskun.com.tr/rds-session-time-limits-nedir-nasil-yapilandirilir/); the same words in a web app's
 * "Oturumunuz sona erdi. Lütfen tekrar giriş yapın" hold no Remote Desktop word and are not read (the reader's gate).
 */
const SESSION_ENDED: readonly LanguageSaid[] = [
  ...(
    [
      [
        'de',
        'sitzung|remote-sitzung|remotesitzung',
        'wurde beendet|beendet',
        'de-DE',
        '"Die Remote-Sitzung wurde beendet, weil das Gesamtanmeldezeitlimit erreicht wurde."',
        'lizenz*|ich habe|ich beende',
        'Remotedesktop: meine Sitzung wurde heute Nacht beendet.',
        'Remotedesktop: die Sitzung wurde wegen der Lizenz beendet.',
      ],
      [
        'fr',
        'session',
        "s'est terminée|a été terminée",
        'fr-FR',
        '"La session à distance s\'est terminée car la limite de temps de connexion totale a été atteinte."',
        "licence*|j'ai",
        "Bureau à distance : ma session à distance s'est terminée sans prévenir.",
        "Bureau à distance : la session ne s'est pas terminée.",
      ],
      [
        'es',
        'sesión',
        'ha finalizado|finalizó',
        'es-ES',
        '"La sesión remota ha finalizado porque se ha alcanzado el límite de tiempo total para inicio de sesión."',
        'licencia*|cerré|finalicé',
        'Escritorio remoto: la sesión remota finalizó a las seis.',
        'Escritorio remoto: la sesión finalizó por la licencia caducada.',
      ],
      [
        'it',
        'sessione',
        'è terminata|terminata',
        'it-IT',
        '"La sessione remota è terminata perché è stato raggiunto il limite di tempo di accesso totale."',
        'licenz*|ho chiuso|ho terminato',
        'Desktop remoto: la mia sessione remota è terminata di colpo.',
        'Desktop remoto: la sessione non è terminata.',
      ],
      [
        'pl',
        'sesja|sesji',
        'zakończyła się|została zakończona',
        'pl-PL',
        '"Sesja zdalna zakończyła się, ponieważ całkowity czas zalogowania został przekroczony."',
        'licencj*|zakończyłem|zakończyłam',
        'Pulpit zdalny: sesja zdalna zakończyła się w nocy.',
        'Pulpit zdalny: sesja zakończyła się z powodu licencji.',
      ],
      [
        'pt',
        'sessão',
        'foi encerrada|encerrada',
        'pt-BR',
        '"A sessão remota foi encerrada porque o limite de tempo total de login foi atingido."',
        'licença*|encerrei',
        'Área de Trabalho Remota: minha sessão remota foi encerrada de novo.',
        'Área de Trabalho Remota: eu encerrei a sessão.',
      ],
    ] as const
  ).map(([language, subject, failed, locale, quoted, unless, example, nearMiss]) =>
    row(
      'session-ended',
      language,
      { subject, failed, unless },
      `NETworkManager's catalog (https://github.com/BornToBeRoot/NETworkManager/blob/HEAD/Source/NETworkManager.Localization/Resources/Strings.${locale}.resx: RemoteDesktopDisconnectReason_TotalLoginTimeLimitReached, ${quoted}): the language's words for the remote session and its end`,
      example,
      nearMiss,
    ),
  ),
  row(
    'session-ended',
    'tr',
    { subject: 'oturum*', failed: 'sona erdi|sonlandırıldı|sonlandı' },
    'resulcoskun.com.tr on RDS session time limits (https://resulcoskun.com.tr/rds-session-time-limits-nedir-nasil-yapilandirilir/: the dialog "Uzak Masaüstü Hizmetleri oturumunuz sona erdi"): one page only',
    'Uzak Masaüstü: sunucudaki oturumum her akşam sona erdi, bağlantı koptu.',
    'Uzak Masaüstü: oturum sona ermedi, hâlâ açık.',
  ),
];

/** The session ended by the server, as a concept: the session rules (a time limit, an administrator, another user). */
export const SESSION_ENDED_CONCEPT: SymptomConcept = {
  ...concept(
    'session-ended',
    "the user's session ended by the server (a session time limit, an administrator or another connection)",
    [sessionLimit],
    `Microsoft Learn "RDS Session Host server disconnect codes" (${LEARN}/archive/technet-wiki/37874.rds-session-host-server-disconnect-codes: the session ended by the idle or active session limit, an administrator, another connection)`,
    { en: 'remote desktop services session has ended' },
  ),
};

/** Remmina's catalog in a language (FreeRDP/Remmina po/<file>), the message it translates. */
const REMMINA_DROPPED = (file: string, quoted: string) =>
  `Remmina's catalog (https://github.com/FreeRDP/Remmina/blob/master/po/${file}: "Connection to the SPICE server dropped." translated ${quoted}): the language's words for a connection and its loss, whatever the protocol`;

/**
 * A licence or another user in the clause: the drop is theirs (a licensing disconnect, a session taken), not the
 * network's; Romanian's negation before the verb ("nu a fost întreruptă"), which the reader's negations do not hold.
 */
const DROP_UNLESS: Readonly<Partial<Record<DescriptionLanguage, string>>> = {
  de: 'lizenz*|anderer benutzer|anderen benutzer*',
  fr: 'licence*|autre utilisateur',
  it: 'licenz*|altro utente',
  pt: 'licença*|outro usuário|outro utilizador',
  pl: 'licencj*|inny użytkownik',
  nl: 'licentie*|andere gebruiker',
  tr: 'lisans*|başka bir kullanıcı',
  cs: 'licenc*|jiný uživatel',
  sv: 'licens*|annan användare',
  ro: 'licen*|alt utilizator|nu a fost|nu s-a',
};

/**
 * The connection lost (`disconnects` of described-symptoms.ts: the network's drop): each language's word for the
 * connection and for its loss, as Remmina's translators word the same message. Not read beside a licence or another
 * user (DROP_UNLESS).
 */
const CONNECTION_DROPPED: readonly LanguageSaid[] = (
  [
    [
      'de',
      'verbindung',
      'verlorengegangen|verloren gegangen',
      'de.po',
      '"Die Verbindung zum SPICE-Server ist verlorengegangen."',
      'Remotedesktop: mitten in der Arbeit ist die Verbindung verlorengegangen.',
      'Remotedesktop: die Verbindung ist wegen eines anderen Benutzers verlorengegangen.',
    ],
    [
      'fr',
      'connexion',
      'interrompue|a été interrompue',
      'fr.po',
      '"La connexion au serveur SPICE a été interrompue."',
      'Bureau à distance : la connexion a été interrompue en pleine session.',
      "Bureau à distance : la connexion n'a pas été interrompue.",
    ],
    [
      'it',
      'connessione',
      'interrotta',
      'it.po',
      '"Connessione al server SPICE interrotta."',
      'Desktop remoto: la connessione viene interrotta ogni ora.',
      "Desktop remoto: connessione interrotta perché un altro utente ha effettuato l'accesso.",
    ],
    [
      'pt',
      'conexão',
      'perdida',
      'pt_BR.po',
      '"Conexão com o servidor SPICE perdida."',
      'Área de Trabalho Remota: a conexão foi perdida no meio do trabalho.',
      'AnyDesk: a conexão foi perdida.',
    ],
    [
      'pl',
      'połączenie',
      'zostało przerwane|przerwane',
      'pl.po',
      '"Połączenie z serwerem SPICE zostało przerwane."',
      'Pulpit zdalny: połączenie zostało przerwane po kilku minutach.',
      'Pulpit zdalny: połączenie nie zostało przerwane.',
    ],
    [
      'nl',
      'verbinding',
      'is verbroken|verbroken',
      'nl.po',
      '"Verbinding met de SPICE-server is verbroken."',
      'Extern bureaublad: de verbinding is verbroken tijdens het werk.',
      'Extern bureaublad: de verbinding is niet verbroken.',
    ],
    [
      'tr',
      'bağlantı*',
      'kesildi',
      'tr.po',
      '"SPICE sunucusuna bağlantı kesildi."',
      'Uzak Masaüstü: çalışırken bağlantı kesildi.',
      'Uzak Masaüstü: başka bir kullanıcı girince bağlantı kesildi.',
    ],
    [
      'cs',
      'připojení',
      'přerušilo|přerušeno',
      'cs.po',
      '"Připojení ke SPICE serveru se přerušilo."',
      'Vzdálená plocha: připojení se uprostřed práce přerušilo.',
      'Vzdálená plocha: připojení se nepřerušilo.',
    ],
    [
      'sv',
      'anslutningen|anslutning',
      'har brutits|brutits',
      'sv.po',
      '"Anslutningen till SPICE-servern har brutits."',
      'Fjärrskrivbord: anslutningen har brutits mitt i arbetet.',
      'Fjärrskrivbord: anslutningen har brutits för att licensen gick ut.',
    ],
    [
      'ro',
      'conexiunea|conexiune',
      'a fost întreruptă|întreruptă',
      'ro.po',
      '"Conexiunea la serverul SPICE a fost întreruptă."',
      'Desktop la distanță RDP: conexiunea a fost întreruptă după câteva minute.',
      'RDP: conexiunea nu a fost întreruptă.',
    ],
  ] as const
).map(([language, subject, failed, file, quoted, example, nearMiss]) =>
  row(
    'disconnects',
    language,
    { subject, failed, ...(DROP_UNLESS[language] ? { unless: DROP_UNLESS[language] } : {}) },
    REMMINA_DROPPED(file, quoted),
    example,
    nearMiss,
  ),
);

/**
 * The number of connections said limited (`too-many-sessions`: the session rules), in the languages whose pages word
 * it so: Portuguese, the connections' "limited number" of KB 2477023 in pt-br; Italian, the dialog of a Windows Server
 * Essentials whose two sessions are taken, as it.ittrip.xyz quotes it.
 */
const CONNECTIONS_LIMITED: readonly LanguageSaid[] = [
  row(
    'too-many-sessions',
    'pt',
    { subject: 'conexões|conexoes|número de usuários', failed: 'número limitado|limitado|limitada' },
    'Microsoft Learn "Remote Desktop disconnected or can\'t connect to the remote computer or to the Remote Desktop server" in pt-br (https://learn.microsoft.com/pt-br/troubleshoot/windows-server/remote/remote-desktop-disconnected: "O número limitado de conexões RDP", "limitado no número de usuários que podem se conectar simultaneamente"): one page only',
    'Área de Trabalho Remota: o servidor aceita um número limitado de conexões e todas estão em uso.',
    'Área de Trabalho Remota: o número de conexões não é limitado.',
  ),
  row(
    'too-many-sessions',
    'it',
    { subject: 'connessioni', failed: 'numero limitato|limitato' },
    'it.ittrip.xyz on RDP blocked on Windows Server 2019 Essentials (https://it.ittrip.xyz/?p=3871: the dialog "Il server ha un numero limitato di connessioni", both administrative sessions taken): one page only',
    'Desktop remoto: il server accetta un numero limitato di connessioni e sono tutte occupate.',
    'Desktop remoto: le connessioni non hanno un numero limitato.',
  ),
];

/**
 * The server's certificate expired (`certificate` of described-symptoms.ts), in the languages no other row reads it in:
 * NETworkManager's translations of the disconnect reason "The received certificate is expired."
 */
const CERTIFICATE_EXPIRED: readonly LanguageSaid[] = (
  [
    [
      'es',
      'certificado',
      'ha expirado|expiró|expirado|caducó|ha caducado',
      'es-ES',
      '"El certificado recibido ha expirado."',
      'Escritorio remoto: el certificado del servidor expiró la semana pasada.',
      'Escritorio remoto: el certificado no ha expirado.',
    ],
    [
      'pl',
      'certyfikat*',
      'wygasł|wygasła',
      'pl-PL',
      '"Odebrany certyfikat wygasł."',
      'Pulpit zdalny: certyfikat serwera wygasł wczoraj.',
      'Pulpit zdalny: certyfikat nie wygasł.',
    ],
    [
      'cs',
      'certifikát*',
      'vypršel|vypršela',
      'cs-CZ',
      '"Certifikát vypršel."',
      'Vzdálená plocha: certifikát serveru vypršel.',
      'Vzdálená plocha: certifikát nevypršel.',
    ],
  ] as const
).map(([language, subject, failed, locale, quoted, example, nearMiss]) =>
  row(
    'certificate',
    language,
    { subject, failed },
    `NETworkManager's catalog (https://github.com/BornToBeRoot/NETworkManager/blob/HEAD/Source/NETworkManager.Localization/Resources/Strings.${locale}.resx: RemoteDesktopDisconnectReason_SslErrCertExpired, ${quoted})`,
    example,
    nearMiss,
  ),
);

/** Remmina's catalog in a language: its translation of the RD Gateway's refusal ("denied the user … access"). */
const REMMINA_GATEWAY = (file: string, quoted: string) =>
  `Remmina's catalog (https://github.com/FreeRDP/Remmina/blob/master/po/${file}: "The Remote Desktop Gateway … denied the user … access due to policy." translated ${quoted}): the language's words for access and its refusal`;

/**
 * "Access denied" when connecting (`access-denied` of described-everyday.ts: the account without the right to sign in
 * through Remote Desktop), each language's word for access and for its refusal; never beside a licence, a file, a
 * folder, a share, the registry or the gateway (another object denied, or the gateway's policy: `unless`).
 */
const ACCESS_DENIED: readonly LanguageSaid[] = (
  [
    [
      'de',
      'zugriff',
      'verweigert',
      'lizenz*|datei*|ordner*|freigabe*|registrierung*|gateway*',
      DISCONNECT_REASONS(
        'MicrosoftDocs/win32-pr.de-de',
        'and its page "IMsTscAxEvents::OnLogonError method" (desktop-src/TermServ/imstscaxevents-onlogonerror.md): "Dem Benutzer wurde der Zugriff verweigert."',
      ),
      'Remotedesktop: beim Verbinden kommt nur Zugriff verweigert.',
      'Remotedesktop: Zugriff auf die Datei verweigert.',
    ],
    [
      'fr',
      'accès',
      'refusé|refus',
      'licence*|fichier*|dossier*|partage*|registre|passerelle*',
      REMMINA_GATEWAY('fr.po', '"a refusé l\'accès à l\'utilisateur"'),
      "Bureau à distance : accès refusé à l'ouverture de session.",
      'Bureau à distance : accès refusé au dossier partagé.',
    ],
    [
      'es',
      'acceso',
      'denegado',
      'licencia*|archivo*|carpeta*|recurso compartido|registro|puerta de enlace',
      DISCONNECT_REASONS('isabella232/win32-pr.es-es', '267 "Se recibió un error de acceso denegado…"'),
      'Escritorio remoto: me sale acceso denegado al iniciar sesión.',
      'Escritorio remoto: acceso denegado a la carpeta compartida.',
    ],
    [
      'it',
      'accesso',
      'negato',
      'licenz*|file|cartell*|condivision*|registro|gateway',
      REMMINA_GATEWAY('it.po', '"ha negato all\'utente … l\'accesso"'),
      "Desktop remoto: accesso negato quando inserisco l'utente.",
      'Desktop remoto: accesso negato alla cartella condivisa.',
    ],
    [
      'pt',
      'acesso',
      'negado',
      'licença*|arquivo*|pasta*|compartilhamento*|registro|gateway',
      REMMINA_GATEWAY('pt_BR.po', '"negou acesso ao usuário"'),
      'Área de Trabalho Remota: aparece acesso negado ao entrar.',
      'Área de Trabalho Remota: acesso negado ao arquivo.',
    ],
    [
      'nl',
      'toegang',
      'geweigerd|weigerde',
      'licentie*|bestand*|map|mappen|register|gateway',
      REMMINA_GATEWAY('nl.po', '"weigerde de gebruiker … door het toegangsbeleid"'),
      'Extern bureaublad: bij het aanmelden krijg ik toegang geweigerd.',
      'Extern bureaublad: toegang tot het bestand geweigerd.',
    ],
    [
      'pl',
      'dostęp*',
      'odmówi*|odmowa',
      'licencj*|plik*|folder*|rejestr*|bram*|gateway',
      REMMINA_GATEWAY('pl.po', '"odmówiło dostępu użytkownikowi"'),
      'Pulpit zdalny: przy logowaniu pojawia się odmowa dostępu.',
      'Pulpit zdalny: odmowa dostępu do pliku.',
    ],
    [
      'tr',
      'erişim*',
      'reddetti|reddedildi',
      'lisans*|dosya*|klasör*|kayıt defteri|ağ geçidi',
      REMMINA_GATEWAY('tr.po', '"kullanıcı erişimini reddetti"'),
      'Uzak Masaüstü: oturum açarken erişim reddedildi.',
      'Uzak Masaüstü: dosyaya erişim reddedildi.',
    ],
    [
      'cs',
      'přístup',
      'odepřel*|odepřen',
      'licenc*|soubor*|složk*|registr*|brán*',
      REMMINA_GATEWAY('cs.po', '"odepřela uživateli … přístup"'),
      'Vzdálená plocha: při přihlášení je přístup odepřen.',
      'Vzdálená plocha: přístup k souboru odepřen.',
    ],
    [
      'sv',
      'åtkomst',
      'nekade|nekad|nekas',
      'licens*|fil|filen|filer|mapp*|register*|gateway*',
      REMMINA_GATEWAY('sv.po', '"nekade användaren … åtkomst"'),
      'Fjärrskrivbord: åtkomst nekas när jag loggar in.',
      'Fjärrskrivbord: åtkomst nekad till filen.',
    ],
    [
      'ro',
      'accesul|acces',
      'a refuzat|refuzat',
      'licen*|fișier*|dosar*|registru*|poart*',
      REMMINA_GATEWAY('ro.po', '"a refuzat accesul utilizatorului"'),
      'Desktop la distanță RDP: serverul a refuzat accesul la conectare.',
      'RDP: accesul la fișier a fost refuzat.',
    ],
    [
      'id',
      'akses',
      'menolak|ditolak',
      'lisensi|file|folder|registri|gateway',
      REMMINA_GATEWAY('id.po', '"menolak akses pengguna"'),
      'Remote Desktop: akses ditolak saat login.',
      'Remote Desktop: akses ke folder ditolak.',
    ],
  ] as const
).map(([language, subject, failed, unless, source, example, nearMiss]) =>
  row('access-denied', language, { subject, failed, unless }, source, example, nearMiss),
);

/** Every row of this table: read as each concept's `saidIn` (described-languages.ts). */
export const TERMS_LATIN_SAID: readonly LanguageSaid[] = [
  ...LICENSE_SERVER_ABSENT,
  ...CAL_ABSENT,
  ...LICENSE_STORE_DENIED,
  ...SESSION_ENDED,
  ...CONNECTION_DROPPED,
  ...CONNECTIONS_LIMITED,
  ...CERTIFICATE_EXPIRED,
  ...ACCESS_DENIED,
];

/** The concepts this table adds to described-symptoms.ts. */
export const TERMS_LATIN_CONCEPTS: readonly SymptomConcept[] = [LICENSE_STORE_CONCEPT, SESSION_ENDED_CONCEPT];
