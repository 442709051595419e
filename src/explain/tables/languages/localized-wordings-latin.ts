/**
 * More wordings of two dialogs in Latin-script languages (issue 60, round 30), in the shape of localized.ts
 * (`LocalizedWording`, spread into its LOCALIZED_SENTENCES), each naming the English sentence of sentences.ts it
 * translates, so its meaning, code and causes are that sentence's:
 *
 * - "…an unexpected server authentication certificate was received from the remote computer"
 *   (`unexpected-server-certificate`), by the words every translation of Windows Server's "Set up the Remote Desktop
 *   web client for your users" quotes in its section on the broker's certificate (windowsserverdocs.<locale>,
 *   clients/remote-desktop-web-client-admin.md: "If the user gets an 'unexpected server authentication certificate
 *   was received' error…"), German, French, Spanish, Italian and Portuguese (Brazil): the certificate and its
 *   "unexpected", the part every wording of the dialog keeps (the Windows client's "The connection has been terminated
 *   because…", the macOS client's "Your session ended because…").
 * - "An authentication error has occurred. The Local Security Authority cannot be contacted"
 *   (`lsa-cannot-be-contacted`) in Turkish as the other translation of Azure's "Troubleshoot specific RDP error
 *   messages" words it (its list of the article's sections: "Yerel Güvenlik Otoritesi ile bağlantı kurulamıyor"), beside
 *   localized-tr-cs-sv-hu.ts' "Yerel güvenlik yetkilisine ulaşılamıyor": the family of the dialog's Turkish wordings.
 * - "An internal error has occurred" (`internal-error`, a phrase: read only in a paste about Remote Desktop or holding
 *   nothing else) in the other Turkish word for "internal" ("dahili hata" beside localized-tr-cs-sv-hu.ts' "iç hata"),
 *   as Azure's Turkish pages link the internal-error article ("Azure VM'ye Uzak Masaüstü ile bağlanmaya çalıştığınızda
 *   dahili hata oluşuyor").
 * - "Because of a security error, the client could not connect …" (`security-error`) in Italian, both of its forms as
 *   Windows Server's "Remote Desktop client disconnects and can't reconnect to the same session" quotes them
 *   (windowsserverdocs.it-it, a human translation; the German, Spanish, French and Portuguese pages' wordings are read
 *   already): "Impossibile connettersi al server desktop remoto a causa di un errore di sicurezza" and "Desktop remoto
 *   disconnesso. Impossibile connettersi al computer remoto. Errore di sicurezza": the failure to connect, Remote
 *   Desktop (or the remote computer) and the security error together: the same words of a database or a web server are
 *   not this dialog.
 * - "Remote Desktop can't connect to the remote computer for one of these reasons" (`cannot-connect-reasons`) in
 *   Spanish, whose other languages localized.ts reads: the remote computer ("equipo remoto") and the dialog's "for one
 *   of these reasons", as Azure's Spanish "Troubleshoot Remote Desktop connections to a Windows-based Azure VM" quotes
 *   it ("por una de estas razones") and as a Spanish helpdesk's ticket quotes the dialog a user saw ("por una de las
 *   siguientes razones": a public quote).
 * - The Mac clients' certificate prompts (mac-certificate.ts) in Portuguese and Indonesian, as Tencent Cloud's
 *   page on a Mac's login to a Windows instance quotes them in those languages beside the English.
 *
 * These pages are machine translations (`ms.translationtype: MT`): Windows' own words may differ, and the answer says
 * the reading rests on a translated page.
 *
 * Only type imports from localized-wording.ts (localized.ts spreads this table into its own: no load-time cycle).
 */
import type { LocalizedLanguage, LocalizedWording, Page } from './localized-wording.js';

/** The web client's admin page in a language: its locale and the public copy of windowsserverdocs.<locale> read. */
const WEB_CLIENT: Readonly<Partial<Record<LocalizedLanguage, readonly [locale: string, repo: string]>>> = {
  de: ['de-de', 'maxschnelle/windowsserverdocs.de-de'],
  fr: ['fr-fr', 'cyb-aa/windowsserverdocs.fr-fr'],
  es: ['es-es', 'trinidadCastro/windowsserverdocs.es-es'],
  it: ['it-it', 'ilchiodi/windowsserverdocs.it-it'],
  pt: ['pt-br', 'gugaangelis/windowsserverdocs.pt-br'],
};

const webClientAdmin = (language: LocalizedLanguage): Page => {
  const page = WEB_CLIENT[language];
  if (!page) throw new Error(`no web client page for ${language}`);
  const [locale, repo] = page;
  return {
    url: `https://learn.microsoft.com/${locale}/windows-server/remote/remote-desktop-services/clients/remote-desktop-web-client-admin`,
    file: `windowsserverdocs.${locale} WindowsServerDocs/remote/remote-desktop-services/clients/remote-desktop-web-client-admin.md (MT; read in ${repo})`,
    machineTranslated: true,
  };
};

/** One row: the language, the page's text, the words read. */
type Row = readonly [language: LocalizedLanguage, quoted: string, words: string];

const UNEXPECTED_CERTIFICATE: readonly Row[] = [
  [
    'de',
    'eine Fehlermeldung erhält, die besagt, dass ein unerwartetes Serverauthentifizierungszertifikat empfangen wurde',
    'unerwartetes Serverauthentifizierungszertifikat',
  ],
  [
    'fr',
    "le message d'erreur « Un certificat d'authentification serveur inattendu a été reçu »",
    "certificat d'authentification serveur inattendu",
  ],
  [
    'es',
    'un error "se ha recibido el certificado de autenticación de servidor inesperado"',
    'certificado de autenticación de servidor inesperado',
  ],
  [
    'it',
    'un messaggio di errore per segnalare che "è stato ricevuto un certificato di autenticazione server imprevisto"',
    'certificato di autenticazione server imprevisto',
  ],
  [
    'pt',
    'um erro "certificado de autenticação de servidor inesperado recebido"',
    'certificado de autenticação de servidor inesperado',
  ],
];

const lsaTurkish: Page = {
  url: 'https://learn.microsoft.com/tr-tr/troubleshoot/azure/virtual-machines/troubleshoot-specific-rdp-errors',
  file: 'azure-docs.tr-tr articles/virtual-machines/troubleshooting/troubleshoot-specific-rdp-errors.md (MT; its later translation, the list of sections)',
  machineTranslated: true,
};

/** Tencent Cloud's page on a Mac's login to a Windows instance, in a language (tencentyun/intlcloud-documents). */
const macLogin = (language: 'Portuguese' | 'Indonesian'): Page => ({
  url: 'https://github.com/tencentyun/intlcloud-documents',
  file: `not a Microsoft page: Tencent Cloud's CVM page on a Mac's login to a Windows instance, in ${language} (tencentyun/intlcloud-documents, yehe_doc/计算/云服务器)`,
  publicQuote: { also: ['the same page in English, Chinese, Japanese and Korean'] },
});

const azureSpanish2015: Page = {
  url: 'https://docs.microsoft.com/es-es/azure/virtual-machines/virtual-machines-troubleshoot-remote-desktop-connections',
  file: 'azure-docs.es-es articles/virtual-machines/virtual-machines-troubleshoot-remote-desktop-connections.md (2015: "Ventana de mensajes de conexión a Escritorio remoto: El Escritorio remoto no se puede conectar al equipo remoto por una de estas razones...")',
  machineTranslated: true,
};

const helpdeskSpanish: Page = {
  url: 'https://github.com/search?q=%22escritorio+remoto+no+puede+conectarse+al+equipo+remoto+por+una+de+las+siguientes+razones%22&type=code',
  file: "not a Microsoft page: a Spanish helpdesk's incident records (a public repository's SQL dump of CyberArk and Remote Desktop tickets) quoting the dialog a user saw",
  publicQuote: { also: [] },
};

const internalTurkish: Page = {
  url: 'https://learn.microsoft.com/tr-tr/troubleshoot/azure/virtual-machines/troubleshoot-rdp-internal-error',
  file: 'azure-docs.tr-tr articles/virtual-machines/troubleshooting (MT; the Turkish pages\' link to troubleshoot-rdp-internal-error.md, "…bağlanmaya çalıştığınızda dahili hata oluşuyor")',
  machineTranslated: true,
};

const reconnectItalian: Page = {
  url: 'https://learn.microsoft.com/it-it/windows-server/remote/remote-desktop-services/troubleshoot/rdp-client-disconnects-cannot-reconnect-same-session',
  file: 'windowsserverdocs.it-it WindowsServerDocs/remote/remote-desktop-services/troubleshoot/rdp-client-disconnects-cannot-reconnect-same-session.md (HT; read in ilchiodi/windowsserverdocs.it-it)',
};

export const LATIN_R30B_WORDINGS: readonly LocalizedWording[] = [
  ...UNEXPECTED_CERTIFICATE.map(
    ([language, quoted, words]): LocalizedWording => ({
      sentence: 'unexpected-server-certificate',
      language,
      quoted,
      words: [words],
      basis: 'wording',
      source: webClientAdmin(language),
    }),
  ),
  {
    sentence: 'lsa-cannot-be-contacted',
    language: 'tr',
    quoted: 'Kimlik doğrulama hatası oluştu. Yerel Güvenlik Otoritesi ile bağlantı kurulamıyor.',
    words: ['Yerel Güvenlik Otoritesi ile bağlantı kurulamıyor'],
    basis: 'wording',
    source: lsaTurkish,
  },
  {
    sentence: 'internal-error',
    language: 'tr',
    quoted: "Azure VM'ye Uzak Masaüstü ile bağlanmaya çalıştığınızda dahili hata oluşuyor",
    words: ['dahili hata oluş'],
    basis: 'wording',
    source: internalTurkish,
  },
  {
    sentence: 'security-error',
    language: 'it',
    quoted:
      "Impossibile connettersi al server desktop remoto a causa di un errore di sicurezza. Assicurarsi di aver eseguito l'accesso alla rete e quindi provare di nuovo a connettersi.",
    words: ['impossibile connettersi', 'desktop remoto', 'a causa di un errore di sicurezza'],
    basis: 'wording',
    source: reconnectItalian,
  },
  {
    sentence: 'security-error',
    language: 'it',
    quoted:
      'Desktop remoto disconnesso. Impossibile connettersi al computer remoto. Errore di sicurezza. Verificare di essere connessi alla rete, quindi provare a di nuovo a connettersi.',
    words: ['impossibile connettersi al computer remoto', 'errore di sicurezza'],
    basis: 'wording',
    source: reconnectItalian,
  },
  {
    sentence: 'cannot-connect-reasons',
    language: 'es',
    quoted: 'El Escritorio remoto no se puede conectar al equipo remoto por una de estas razones...',
    words: ['equipo remoto', 'por una de estas razones'],
    basis: 'wording',
    source: azureSpanish2015,
  },
  {
    sentence: 'cannot-connect-reasons',
    language: 'es',
    quoted:
      'escritorio remoto no puede conectarse al equipo remoto por una de las siguientes razones: 1) No esta habilitado el acceso remoto al servidor 2) El equipo remoto esa apagado 3) El equipo remoto no esta disponible en la red',
    words: ['equipo remoto', 'por una de las siguientes razones'],
    basis: 'wording',
    source: helpdeskSpanish,
  },
  {
    sentence: 'mac-certificate-not-verified',
    language: 'pt',
    quoted: 'O certificado não pôde ser validado com o certificado raiz',
    words: ['certificado não pôde ser validado', 'certificado raiz'],
    basis: 'wording',
    source: macLogin('Portuguese'),
  },
  {
    sentence: 'mac-certificate-not-verified',
    language: 'id',
    quoted: 'Sertifikat tidak dapat diverifikasi kembali ke sertifikat root',
    words: ['sertifikat tidak dapat diverifikasi', 'sertifikat root'],
    basis: 'wording',
    source: macLogin('Indonesian'),
  },
  {
    sentence: 'mac-identity-not-verified',
    language: 'pt',
    quoted:
      'A Conexão de Área de Trabalho Remota não pode verificar a identidade do computador ao qual você deseja se conectar',
    words: ['não pode verificar a identidade do computador'],
    basis: 'wording',
    source: macLogin('Portuguese'),
  },
];
