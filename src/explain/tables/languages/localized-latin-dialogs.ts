/**
 * Windows' own texts users meet most, in languages written in Latin script (issue 60, round 24), in the shape of
 * localized.ts (`LocalizedWording`, spread into its LOCALIZED_SENTENCES), each naming the English sentence of
 * sentences.ts it is the translation of, so its meaning, code and causes are that sentence's. Built by one generator
 * over rows (sentence, language, the text as the page quotes it, the words read, the page).
 *
 * Families, each the system message Windows shows for it (the text Win32's FormatMessage gives, which the Remote
 * Desktop client and every other program show alike), from Microsoft's localized pages:
 * - "The remote computer refused the network connection." (ERROR_CONNECTION_REFUSED, 1225: nothing listening on the
 *   port, read as the Winsock refusal it is, `winsock-refused`), as Microsoft's "Troubleshooting Remote Desktop
 *   connections" quotes it in each language (psping's output: the remote computer not reachable on the port). Every
 *   program shows it (a database, Redis, a web socket: public pages quote it from SQL Server, Dart, Python's
 *   `[WinError 1225]`), so each row is a `phrase` (read only in a paste about Remote Desktop or holding nothing else)
 *   and never beside a program's exception markers (`not`).
 * - "The user's account has expired." (ERROR_ACCOUNT_EXPIRED, 1793), as the win32 page "System Error Codes
 *   (1700-3999)" words it in each language (machine translations: Windows' own words may differ).
 * - "The number of connections to this computer is limited …" (ERROR_CTX_LICENSE_NOT_AVAILABLE, 7054) by its first
 *   clause alone, the part pages quote when they cut the dialog short; the whole dialog is localized.ts' row.
 * - "The requested session access is denied." (ERROR_CTX_WINSTATION_ACCESS_DENIED, 7045), as the win32 page "System
 *   Error Codes (6000-8199)" words it (two versions of the German page word it apart: the words they share).
 *
 * - "We couldn't connect to the remote PC because the password associated with the user account has expired." (the
 *   Remote Desktop apps' 0xf07, `password-expired`), as Windows Server's "Remote Desktop client for Android" page quotes
 *   it in each language (a human translation): the apps' wording of the expired password, pasted alone (no "Remote
 *   Desktop" in it), read by the remote PC and the password tied to the account together.
 * - "An authentication error has occurred. The function requested is not supported." (`function-not-supported`) in
 *   the wording of the pages that machine-translate a Russian how-to into every language: Windows' Russian dialog says
 *   "the specified function" (Указанная функция), so they write "the specified function is not supported" before "an
 *   authentication error occurred"; read by both clauses together, as each page words them (the Microsoft wordings
 *   are localized.ts' rows).
 * - "The attempted logon is invalid. This is either due to a bad username or authentication information."
 *   (STATUS_LOGON_FAILURE's text, `attempted-logon-invalid`), as Windows Server's "User can't authenticate or must
 *   authenticate twice" quotes it in each language (its smart card section; a human translation): read by both its
 *   clauses (the first alone says only that a sign-in failed, of anything).
 *
 * Near misses kept out: another program's exception around 1225 (`not`), and 7044's "the request to control another
 * session remotely was denied" (ERROR_CTX_SHADOW_DENIED, no "requested session" in it).
 *
 * Only type imports from localized-wording.ts (localized.ts spreads this table into its own: no load-time cycle).
 */
import type { LocalizedLanguage, LocalizedWording, Page } from './localized-wording.js';

type Locale = 'de-de' | 'fr-fr' | 'es-es' | 'it-it' | 'pt-br';
const LOCALE: Readonly<Partial<Record<LocalizedLanguage, Locale>>> = {
  de: 'de-de',
  fr: 'fr-fr',
  es: 'es-es',
  it: 'it-it',
  pt: 'pt-br',
};

/** Microsoft's localized "System Error Codes (<range>)" page (a machine translation, win32-pr.<locale>). */
const systemErrors = (range: '1700-3999' | '6000-8199', language: LocalizedLanguage): Page => ({
  url: `https://docs.microsoft.com/${LOCALE[language]}/windows/win32/debug/system-error-codes--${range}-`,
  file: `win32-pr.${LOCALE[language]} desktop-src/Debug/system-error-codes--${range}-.md`,
  machineTranslated: true,
});

/**
 * Windows Server's "Troubleshooting Remote Desktop connections" (2019, windowsserverdocs.<locale>, a machine
 * translation), whose psping step quotes the refusal; in German its 2020 split "General Remote Desktop connection
 * troubleshooting" (a human translation).
 */
const rdsTroubleshooting = (language: LocalizedLanguage): Page =>
  language === 'de'
    ? {
        url: 'https://docs.microsoft.com/de-de/windows-server/remote/remote-desktop-services/troubleshoot/rdp-error-general-troubleshooting',
        file: 'windowsserverdocs.de-de WindowsServerDocs/remote/remote-desktop-services/troubleshoot/rdp-error-general-troubleshooting.md (HT)',
      }
    : {
        url: `https://docs.microsoft.com/${LOCALE[language]}/windows-server/remote/remote-desktop-services/clients/troubleshoot-remote-desktop-connections`,
        file: `windowsserverdocs.${LOCALE[language]} WindowsServerDocs/remote/remote-desktop-services/clients/troubleshoot-remote-desktop-connections.md (2019, MT)`,
        machineTranslated: true,
      };

/** Windows Server's "Remote Desktop client for Android" page (windowsserverdocs.<locale>, a human translation). */
const androidClient = (language: LocalizedLanguage): Page => ({
  url: `https://learn.microsoft.com/${LOCALE[language]}/windows-server/remote/remote-desktop-services/clients/remote-desktop-android`,
  file: `windowsserverdocs.${LOCALE[language]} WindowsServerDocs/remote/remote-desktop-services/clients/remote-desktop-android.md (HT)`,
});

/** Windows Server's "User can't authenticate or must authenticate twice" (windowsserverdocs.<locale>, HT). */
const cannotAuthenticate = (language: LocalizedLanguage): Page => ({
  url: `https://learn.microsoft.com/${LOCALE[language]}/windows-server/remote/remote-desktop-services/troubleshoot/cannot-authenticate-or-must-authenticate-twice`,
  file: `windowsserverdocs.${LOCALE[language]} WindowsServerDocs/remote/remote-desktop-services/troubleshoot/cannot-authenticate-or-must-authenticate-twice.md (HT)`,
});

/** A public page that machine-translates the Russian how-to on the CredSSP dialog into `language`. */
const SPECIFIED_FUNCTION_PAGES: Readonly<Partial<Record<LocalizedLanguage, Page>>> = {
  id: {
    url: 'https://skillmaker.ru/id/security/ukazannaya-funkciya-ne-podderzhivaetsya-proizoshla-oshibka-proverki',
    file: 'not a Microsoft page: an Indonesian machine translation of a Russian how-to on the CredSSP / NLA dialog',
    publicQuote: { also: [] },
  },
  it: {
    url: 'https://skillmaker.ru/it/security/ukazannaya-funkciya-ne-podderzhivaetsya-proizoshla-oshibka-proverki',
    file: 'not a Microsoft page: an Italian machine translation of a Russian how-to on the CredSSP / NLA dialog',
    publicQuote: { also: [] },
  },
};
const specifiedFunctionPage = (language: LocalizedLanguage): Page => {
  const page = SPECIFIED_FUNCTION_PAGES[language];
  if (!page) throw new Error(`no page for ${language}`);
  return page;
};

/** A program's exception around a system message (Python's, .NET's, Dart's, a database driver's): not the dialog. */
const PROGRAM_MARKERS = ['WinError', 'errno', 'SocketException', 'OSError', 'ConnectionRefusedError', 'localhost'];

/** One row: the English sentence, the language, the page's text, the words read (every entry; an array: any one). */
type Row = readonly [sentence: string, language: LocalizedLanguage, quoted: string, words: LocalizedWording['words']];

/** The rows of one family, all from the page `source` gives for their language. */
const family = (
  rows: readonly Row[],
  source: (language: LocalizedLanguage) => Page,
  extra: Partial<Pick<LocalizedWording, 'phrase' | 'not' | 'exact'>> = {},
): LocalizedWording[] =>
  rows.map(([sentence, language, quoted, words]) => ({
    sentence,
    language,
    quoted,
    words,
    basis: 'wording',
    ...extra,
    source: source(language),
  }));

const REFUSED: readonly Row[] = [
  [
    'winsock-refused',
    'de',
    'Der Remotecomputer hat die Netzwerkverbindung abgelehnt.',
    ['Remotecomputer hat die Netzwerkverbindung abgelehnt'],
  ],
  [
    'winsock-refused',
    'fr',
    'L’ordinateur distant a refusé la connexion réseau.',
    ['ordinateur distant a refusé la connexion réseau'],
  ],
  [
    'winsock-refused',
    'it',
    'Il computer remoto ha rifiutato la connessione di rete.',
    ['computer remoto ha rifiutato la connessione di rete'],
  ],
  [
    'winsock-refused',
    'pt',
    'O computador remoto recusou a conexão de rede.',
    ['computador remoto recusou a conexão de rede'],
  ],
  [
    'winsock-refused',
    'es',
    'El equipo remoto rechazó la conexión de red.',
    ['equipo remoto rechazó la conexión de red'],
  ],
];

const ACCOUNT_EXPIRED: readonly Row[] = [
  ['account-expired', 'de', 'Das Konto des Benutzers ist abgelaufen.', ['Konto des Benutzers ist abgelaufen']],
  ['account-expired', 'es', 'La cuenta del usuario ha expirado.', ['cuenta del usuario ha expirado']],
  ['account-expired', 'pt', 'A conta do usuário expirou.', ['conta do usuário expirou']],
];

/** 7054's first clause: the pages' text, the words shared by the page and the shorter quotes of it. */
const CONNECTIONS_LIMITED: readonly Row[] = [
  [
    'connections-in-use',
    'de',
    'Die Anzahl der Verbindungen mit diesem Computer ist begrenzt, und alle Verbindungen werden derzeit verwendet.',
    ['Anzahl der Verbindungen', 'mit diesem Computer ist begrenzt'],
  ],
  [
    'connections-in-use',
    'fr',
    'Le nombre de connexions à cet ordinateur est limité et toutes les connexions sont actuellement utilisées.',
    ['nombre de connexions', 'cet ordinateur est limité'],
  ],
  [
    'connections-in-use',
    'es',
    'El número de conexiones a este equipo es limitado y todas las conexiones están en uso en este momento.',
    ['número de conexiones', 'a este equipo es limitado'],
  ],
  [
    'connections-in-use',
    'it',
    'Il numero di connessioni a questo computer è limitato e tutte le connessioni sono in uso al momento.',
    ['numero di connessioni', 'a questo computer è limitato'],
  ],
  [
    'connections-in-use',
    'pt',
    'O número de conexões a este computador é limitado e todas as conexões estão em uso no momento.',
    ['número de conexões', 'a este computador é limitado'],
  ],
];

const SESSION_ACCESS_DENIED: readonly Row[] = [
  [
    'requested-session-access-denied',
    'de',
    'Der angeforderte Sitzungszugriff wird verweigert.',
    ['angeforderte', 'Sitzung', 'Zugriff', 'verweigert'],
  ],
  [
    'requested-session-access-denied',
    'fr',
    'L’accès à la session demandé est refusé.',
    ['accès à la session demandé', 'refusé'],
  ],
  [
    'requested-session-access-denied',
    'it',
    "L'accesso alla sessione richiesto è stato negato.",
    ['accesso alla sessione richiest', 'negato'],
  ],
  [
    'requested-session-access-denied',
    'pt',
    'O acesso à sessão solicitado foi negado.',
    ['acesso à sessão solicitad', 'negado'],
  ],
  [
    'requested-session-access-denied',
    'es',
    'Se denegó el acceso a la sesión solicitado.',
    ['acceso a la sesión solicitad', ['denegó', 'deniega', 'denegado']],
  ],
];

/** 0xf07: the remote PC, the password tied to the user account, and its expiry (each page's own words). */
const PASSWORD_EXPIRED: readonly Row[] = [
  [
    'password-expired',
    'de',
    'Wir konnten keine Verbindung mit dem Remote-PC herstellen, da das dem Benutzerkonto zugeordnete Kennwort abgelaufen ist',
    ['Remote-PC', 'Benutzerkonto zugeordnete Kennwort', 'abgelaufen'],
  ],
  [
    'password-expired',
    'fr',
    'Nous n’avons pas pu vous connecter à l’ordinateur distant, car le mot de passe associé au compte d’utilisateur a expiré',
    ['ordinateur distant', 'mot de passe associé au compte', 'expiré'],
  ],
  [
    'password-expired',
    'it',
    "La connessione al PC remoto non è riuscita perché la password associata all'account utente è scaduta",
    ['PC remoto', 'password associata', 'scaduta'],
  ],
  [
    'password-expired',
    'pt',
    'Não foi possível estabelecer conexão com o PC remoto porque a senha associada à conta de usuário expirou',
    ['PC remoto', 'senha associada à conta', 'expirou'],
  ],
  [
    'password-expired',
    'es',
    'No hemos podido conectar con el PC remoto porque la contraseña asociada a la cuenta de usuario ha expirado',
    ['PC remoto', 'contraseña asociada a la cuenta', 'expirado'],
  ],
];

/** STATUS_LOGON_FAILURE's text: the invalid attempt and its reason (a bad user name or authentication information). */
const ATTEMPTED_LOGON_INVALID: readonly Row[] = [
  [
    'attempted-logon-invalid',
    'de',
    'Der Anmeldeversuch ist ungültig. Dies liegt entweder an einem ungültigen Benutzernamen oder an ungültigen Authentifizierungsinformationen',
    ['Anmeldeversuch ist ungültig', 'Authentifizierungsinformationen'],
  ],
  [
    'attempted-logon-invalid',
    'fr',
    'La tentative d’ouverture de session n’est pas valide. Ceci est dû soit à un nom d’utilisateur incorrect, soit à des informations d’authentification incorrectes.',
    ['tentative d’ouverture de session n’est pas valide', 'informations d’authentification incorrectes'],
  ],
  [
    'attempted-logon-invalid',
    'it',
    'Il tentativo di accesso non è valido a causa di un nome utente o di informazioni di autenticazione non validi',
    ['tentativo di accesso non è valido', 'informazioni di autenticazione non valid'],
  ],
  [
    'attempted-logon-invalid',
    'pt',
    'A tentativa de logon é inválida. Isso é devido a uma informação de autenticação ou nome de usuário inválida',
    ['tentativa de logon é inválida', 'informação de autenticação'],
  ],
  [
    'attempted-logon-invalid',
    'es',
    'El inicio de sesión intentado no es válido. Esto se debe a un nombre de usuario o a información de autenticación incorrectos.',
    ['inicio de sesión intentado no es válido', 'información de autenticación incorrect'],
  ],
];

/** The CredSSP dialog as the machine-translated pages word it: "the specified function" and the authentication error. */
const SPECIFIED_FUNCTION: readonly Row[] = [
  [
    'function-not-supported',
    'id',
    'Fungsi yang ditentukan tidak didukung. Terjadi kesalahan autentikasi',
    ['fungsi yang ditentukan tidak didukung', 'kesalahan autentikasi'],
  ],
  [
    'function-not-supported',
    'it',
    'La funzione specificata non è supportata. Si è verificato un errore di autenticazione',
    ['funzione specificata non è supportata', 'errore di autenticazione'],
  ],
];

export const LATIN_DIALOG_WORDINGS: readonly LocalizedWording[] = [
  ...family(REFUSED, rdsTroubleshooting, { phrase: true, not: PROGRAM_MARKERS }),
  ...family(ACCOUNT_EXPIRED, (l) => systemErrors('1700-3999', l)),
  ...family(CONNECTIONS_LIMITED, (l) => systemErrors('6000-8199', l)),
  ...family(SESSION_ACCESS_DENIED, (l) => systemErrors('6000-8199', l)),
  ...family(PASSWORD_EXPIRED, androidClient, { exact: true }),
  ...family(SPECIFIED_FUNCTION, specifiedFunctionPage, { exact: true }),
  ...family(ATTEMPTED_LOGON_INVALID, cannotAuthenticate, { exact: true }),
];
