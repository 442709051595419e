/**
 * What users paste from Windows in other languages than English: the Remote Desktop dialogs, the event messages and
 * Event Viewer's "General" labels as Microsoft's localized pages word them. Each entry names the English sentence of
 * src/explain/tables/sentences/sentences.ts it is the translation of (so its meaning, code and causes are that sentence's), the
 * text as the localized page quotes it, the stable words it is recognized by, and the page it comes from.
 *
 * Nothing here is written from memory: every wording is quoted by a Microsoft page in that language (Microsoft Learn,
 * formerly docs.microsoft.com; the page's source file in Microsoft's localized documentation repositories is named
 * too). Microsoft's localized pages are translations of the English articles (`HT` by a person, `MT` by machine), so
 * a dialog's text on Windows itself may differ in a word: the words an entry is recognized by are the parts of the
 * quoted text that two pages agree on or that are Microsoft's fixed terms, never a whole sentence. `basis: 'terms'`
 * marks an entry that rests on Microsoft's localized terms only (the sentence itself is not quoted in that language):
 * its answer says so.
 *
 * Matching survives what pasting does: case, accents kept or lost (é/e, ä/ae/a, ß/ss, Turkish ı/i), curly or straight quotes and
 * apostrophes, hyphens, line breaks and extra spaces (the text and the words are both folded to letters and digits).
 */

import { englishCodeLabels } from './script-code-labels.js';
import { OTHER_PRODUCT_WORDINGS } from '../other-products/other-product-logs.js';
import { foldedIncludes } from '../approximate/folded-pieces.js';
import { CLIENT_CATALOG_WORDINGS } from './client-catalogs.js';
import { NWM_BVNC_WORDINGS } from './nwm-bvnc-catalogs.js';
import { AZURE_2015_WORDINGS } from './localized-azure-2015.js';
import { COMMON_DIALOG_WORDINGS } from './localized-common-dialogs.js';
import { CJK_RU_WORDINGS } from './localized-cjk-ru.js';
import { JAPANESE_DIALOG_WORDINGS } from './localized-ja-dialogs.js';
import { MATRIX_H64A_WORDINGS } from './localized-second-wordings.js';
import { NLA_REQUIRED_R29 } from './localized-nla.js';
import { KOREAN_WORDINGS } from './localized-korean.js';
import { LATIN_DIALOG_WORDINGS } from './localized-latin-dialogs.js';
import { LATIN_R30B_WORDINGS } from './localized-wordings-latin.js';
import { LEARN_PAGE_WORDINGS } from './localized-learn-pages.js';
import { LOGON_WORDINGS } from './localized-logon.js';
import { MORE_WORDINGS } from './localized-more-wordings.js';
import { OTHER_SCRIPT_WORDINGS } from './localized-other-scripts.js';
import { TR_CS_SV_HU_WORDINGS } from './localized-tr-cs-sv-hu.js';
import { SPECIFIC_2016_WORDINGS } from './localized-specific-2016.js';
import { GENERAL_ERROR_WORDINGS } from './localized-general-error.js';
import { TRADITIONAL_CHINESE_WORDINGS } from './localized-zh-tw.js';
import type { LocalizedLanguage, LocalizedWording, Page } from './localized-wording.js';

export const LANGUAGE_NAMES: Readonly<Record<'en' | LocalizedLanguage, string>> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese (Brazil)',
  nl: 'Dutch',
  pl: 'Polish',
  ja: 'Japanese',
  ru: 'Russian',
  zh: 'Chinese (simplified)',
  cs: 'Czech',
  sk: 'Slovak',
  ko: 'Korean',
  'zh-TW': 'Chinese (traditional)',
  tr: 'Turkish',
  sv: 'Swedish',
  hu: 'Hungarian',
  'pt-PT': 'Portuguese (Portugal)',
  id: 'Indonesian',
  uk: 'Ukrainian',
  da: 'Danish',
  nb: 'Norwegian (Bokmål)',
  fi: 'Finnish',
  el: 'Greek',
  ro: 'Romanian',
  ca: 'Catalan',
  'ca-valencia': 'Catalan (Valencian)',
  he: 'Hebrew',
  hr: 'Croatian',
  et: 'Estonian',
  ar: 'Arabic',
  fa: 'Persian',
  hi: 'Hindi',
  ta: 'Tamil',
  th: 'Thai',
  eu: 'Basque',
  gl: 'Galician',
  eo: 'Esperanto',
  ie: 'Interlingue',
  ckb: 'Central Kurdish',
  'es-VE': 'Spanish (Venezuela)',
  'uz-Cyrl': 'Uzbek (Cyrillic)',
  bg: 'Bulgarian',
  ast: 'Asturian',
  bs: 'Bosnian',
  lt: 'Lithuanian',
  lv: 'Latvian',
  ms: 'Malay',
  oc: 'Occitan',
  sl: 'Slovenian',
  ug: 'Uyghur',
  kk: 'Kazakh',
  km: 'Khmer',
  my: 'Burmese',
  sq: 'Albanian',
};

const LOCALE: Readonly<Record<LocalizedLanguage, string>> = {
  de: 'de-de',
  fr: 'fr-fr',
  es: 'es-es',
  it: 'it-it',
  pt: 'pt-br',
  nl: 'nl-nl',
  pl: 'pl-pl',
  ja: 'ja-jp',
  ru: 'ru-ru',
  zh: 'zh-cn',
  cs: 'cs-cz',
  sk: 'sk-sk',
  ko: 'ko-kr',
  'zh-TW': 'zh-tw',
  tr: 'tr-tr',
  sv: 'sv-se',
  hu: 'hu-hu',
  'pt-PT': 'pt-pt',
  id: 'id-id',
  // Languages read from the client catalogs only: their culture names, no page of this table is in them.
  uk: 'uk-ua',
  da: 'da-dk',
  nb: 'nb-no',
  fi: 'fi-fi',
  el: 'el-gr',
  ro: 'ro-ro',
  ca: 'ca-es',
  'ca-valencia': 'ca-es-valencia',
  he: 'he-il',
  hr: 'hr-hr',
  et: 'et-ee',
  ar: 'ar-sa',
  fa: 'fa-ir',
  hi: 'hi-in',
  ta: 'ta-in',
  th: 'th-th',
  eu: 'eu-es',
  gl: 'gl-es',
  eo: 'eo',
  ie: 'ie',
  ckb: 'ku-arab-iq',
  'es-VE': 'es-ve',
  'uz-Cyrl': 'uz-cyrl-uz',
  bg: 'bg-bg',
  ast: 'ast-es',
  bs: 'bs-latn-ba',
  lt: 'lt-lt',
  lv: 'lv-lv',
  ms: 'ms-my',
  oc: 'oc-fr',
  sl: 'sl-si',
  ug: 'ug-cn',
  kk: 'kk-kz',
  km: 'km-kh',
  my: 'my-mm',
  sq: 'sq-al',
};

const docs = (language: LocalizedLanguage, path: string, file: string, machineTranslated = false): Page => ({
  url: `https://docs.microsoft.com/${LOCALE[language]}/${path}`,
  file,
  ...(machineTranslated ? { machineTranslated: true as const } : {}),
});

/**
 * A page of Azure's documentation (MicrosoftDocs/azure-docs in that language): `path` below `azure/` on the site and
 * below `articles/` in the repository. `said` is how the file is named where an entry relies on the translation
 * (` (HT)`, ` (MT)`); `machineTranslated` as `Page` has it.
 */
const azureDocs = (language: LocalizedLanguage, path: string, said = '', machineTranslated = false) =>
  docs(language, `azure/${path}`, `azure-docs.${LOCALE[language]} articles/${path}.md${said}`, machineTranslated);
/** An article of Azure's "Troubleshoot virtual machines" (virtual-machines/troubleshooting/). */
const azureVm = (language: LocalizedLanguage, article: string, said = '', machineTranslated = false) =>
  azureDocs(language, `virtual-machines/troubleshooting/${article}`, said, machineTranslated);

/** "Troubleshoot Azure VM RDP connection issues by Event ID": Event Viewer's labels and the 1057/1058/36870/36871 texts. */
export const azureEvents = (language: LocalizedLanguage, translation: 'HT' | 'MT') =>
  azureVm(language, 'event-id-troubleshoot-vm-rdp-connecton', '', translation === 'MT');
/** "Troubleshooting specific RDP error messages to a Windows VM in Azure". */
export const azureSpecific = (language: LocalizedLanguage) => azureVm(language, 'troubleshoot-specific-rdp-errors');
/** "Troubleshoot authentication errors when you use RDP to connect to Azure VM". */
const azureAuth = (language: LocalizedLanguage) =>
  azureVm(language, 'troubleshoot-authentication-error-rdp-vm', ' (HT)');
/** "An internal error occurs when you try to connect to an Azure VM through Remote Desktop". */
const azureInternal = (language: LocalizedLanguage) => azureVm(language, 'troubleshoot-rdp-internal-error');
/** "Troubleshoot an RDP general error in Azure VM". */
const azureGeneral = (language: LocalizedLanguage) => azureVm(language, 'troubleshoot-rdp-general-error');
/** Windows Server "Remote Desktop Services" troubleshooting articles (2020). */
export const rds = (language: LocalizedLanguage, article: string) =>
  docs(
    language,
    `windows-server/remote/remote-desktop-services/troubleshoot/${article}`,
    `windowsserverdocs.${LOCALE[language]} WindowsServerDocs/remote/remote-desktop-services/troubleshoot/${article}.md`,
  );
/** The 2019 Windows Server article "Troubleshooting Remote Desktop connections" (before it was split; machine-translated). */
const rds2019 = (language: LocalizedLanguage) =>
  docs(
    language,
    'windows-server/remote/remote-desktop-services/clients/troubleshoot-remote-desktop-connections',
    `windowsserverdocs.${LOCALE[language]} WindowsServerDocs/remote/remote-desktop-services/clients/troubleshoot-remote-desktop-connections.md (2019)`,
  );
/** "Troubleshooting specific RDP error messages" where the page is a machine translation (nl-nl, pl-pl, zh-cn). */
const specificMT = (language: LocalizedLanguage) =>
  azureVm(language, 'troubleshoot-specific-rdp-errors', ' (MT)', true);
/**
 * "Troubleshoot authentication errors when you use RDP": nl-nl and pl-pl are machine translations; in Chinese the
 * page read is Azure China's (docs.azure.cn, Microsoft's documentation for Azure operated by 21Vianet, its source
 * MicrosoftDocs/mc-docs.zh-cn), a human translation.
 */
const authMT = (language: LocalizedLanguage): Page =>
  language === 'zh'
    ? {
        url: 'https://docs.azure.cn/zh-cn/virtual-machines/troubleshooting/troubleshoot-authentication-error-rdp-vm',
        file: 'MicrosoftDocs/mc-docs.zh-cn articles/virtual-machines/troubleshooting/troubleshoot-authentication-error-rdp-vm.md (HT)',
      }
    : azureVm(language, 'troubleshoot-authentication-error-rdp-vm', ' (MT)', true);
/** Visual Studio "Error: Workgroup Remote Logon Failure", which quotes Windows' logon-failure message. */
const vsLogonFailure = (language: LocalizedLanguage) =>
  docs(
    language,
    'visualstudio/debugger/error-workgroup-remote-logon-failure',
    `visualstudio-docs.${LOCALE[language]} docs/debugger/error-workgroup-remote-logon-failure.md`,
  );

/**
 * A Microsoft Learn troubleshooting article (learn.microsoft.com/…/troubleshoot/…): its English original is in
 * MicrosoftDocs/SupportArticles-docs; the localized pages are its machine translations, whose source files are not
 * public (the English file is named).
 */
const supportArticle = (language: LocalizedLanguage, path: string) =>
  docs(
    language,
    `troubleshoot/${path}`,
    `MicrosoftDocs/SupportArticles-docs support/${path}.md (the English original of the ${LOCALE[language]} page)`,
    true,
  );

/** Azure Virtual Desktop "Troubleshoot the Remote Desktop client for Windows" (machine-translated pages). */
const avdClientWindows = (language: LocalizedLanguage) =>
  azureDocs(language, 'virtual-desktop/troubleshoot-client-windows', '', true);

/** A Microsoft Learning course's lab in that language (Microsoft's own localized training content on GitHub). */
const learningLab = (_language: LocalizedLanguage, repo: string, path: string): Page => ({
  url: `https://github.com/MicrosoftLearning/${repo}/blob/master/${path}`,
  file: `MicrosoftLearning/${repo} ${path}`,
});

/**
 * A public page quoting the dialog in its language (see `Page.publicQuote`): `what` says what the page is (a forum
 * thread, a blog post, a cloud provider's help page), `also` the other pages that quote the same words.
 */
const publicQuote = (url: string, what: string, also: readonly string[] = []): Page => ({
  url,
  file: `not a Microsoft page: ${what}`,
  publicQuote: { also },
});

/** A row in the short form (sentence, language, the quote, its words) as the page `source` quotes it. */
const quotedOn = (
  w: { sentence: string; language: string; quoted: string; words: LocalizedWording['words'] },
  source: Page,
): LocalizedWording => ({
  sentence: w.sentence,
  language: w.language as LocalizedLanguage,
  quoted: w.quoted,
  words: w.words,
  basis: 'wording',
  source,
});

export const LOCALIZED_SENTENCES: readonly LocalizedWording[] = [
  // Schannel 36870: the private key of the server's TLS certificate.
  {
    sentence: 'schannel-36870',
    language: 'de',
    quoted:
      'Schwerwiegender Fehler beim Versuch, auf den privaten Schlüssel der TLS-Server-Anmeldeinformationen zuzugreifen. Der vom Kryptografiemodul zurückgegebene Fehlercode ist 0x8009030D. Der interne Fehlerstatus ist 10001.',
    words: ['schwerwiegender Fehler', 'privaten Schlüssel der', 'Server-Anmeldeinformationen'],
    basis: 'wording',
    source: azureEvents('de', 'HT'),
  },
  {
    sentence: 'schannel-36870',
    language: 'fr',
    quoted:
      "une erreur irrécupérable s'est produite lors de la tentative d'accès à la clé privée des informations d'identification du serveur SSL. Le code d'erreur retourné par le module de chiffrement est 0x8009030D. L'état d'erreur interne est 10001.",
    words: ['erreur irrécupérable', "clé privée des informations d'identification du serveur"],
    basis: 'wording',
    source: azureEvents('fr', 'MT'),
  },
  {
    sentence: 'schannel-36870',
    language: 'es',
    quoted:
      'se produjo un error grave al intentar acceder a la clave privada de las credenciales del servidor TLS. El código de error devuelto del módulo criptográfico es 0x8009030D. El estado del error interno es 10001.',
    words: ['error grave', 'clave privada de las credenciales del servidor'],
    basis: 'wording',
    source: azureEvents('es', 'HT'),
  },
  {
    sentence: 'schannel-36870',
    language: 'it',
    quoted:
      "Si è verificato un errore irreversibile durante il tentativo di accedere alla chiave privata delle credenziali del server TLS. Il codice errore restituito dal modulo di crittografia è 0x8009030D. Lo stato dell'errore interno è 10001.",
    words: ['errore irreversibile', 'chiave privata delle credenziali del server'],
    basis: 'wording',
    source: azureEvents('it', 'MT'),
  },
  {
    sentence: 'schannel-36870',
    language: 'pt',
    quoted:
      'Ocorreu um erro fatal ao tentar acessar a chave privada de credencial do servidor TLS. O código de erro retornado pelo módulo de criptografia é 0x8009030D. O estado de erro interno é 10001.',
    words: ['erro fatal', 'chave privada de credencial do servidor'],
    basis: 'wording',
    source: azureEvents('pt', 'MT'),
  },
  {
    sentence: 'schannel-36870',
    language: 'ja',
    quoted:
      'TLS サーバー資格情報の秘密キーにアクセスにしようとしているときに致命的なエラーが発生しました。 暗号化モジュールから返されたエラー コードは 0x8009030D です。 内部エラーの状態は 10001 です。',
    words: ['サーバー資格情報の秘密キー', '致命的なエラー'],
    basis: 'wording',
    source: azureEvents('ja', 'HT'),
  },

  // Schannel 36871: creating a TLS server credential.
  {
    sentence: 'schannel-36871',
    language: 'de',
    quoted:
      'Schwerwiegender Fehler beim Erstellen von TLS-Server-Anmeldeinformationen. Der interne Fehlerstatus ist 10013.',
    words: ['schwerwiegender Fehler beim Erstellen', 'Anmeldeinformationen'],
    basis: 'wording',
    source: azureEvents('de', 'HT'),
  },
  {
    sentence: 'schannel-36871',
    language: 'fr',
    quoted:
      "une erreur irrécupérable s'est produite lors de la création des informations d'identification du serveur TLS. L'état d'erreur interne est 10013.",
    words: ['erreur irrécupérable', "lors de la création des informations d'identification"],
    basis: 'wording',
    source: azureEvents('fr', 'MT'),
  },
  {
    sentence: 'schannel-36871',
    language: 'es',
    quoted:
      'Se produjo un error grave al crear las credenciales del servidor TLS. El estado del error interno es 10013.',
    words: ['error grave al crear las credenciales'],
    basis: 'wording',
    source: azureEvents('es', 'HT'),
  },
  {
    sentence: 'schannel-36871',
    language: 'it',
    quoted:
      "si è verificato un errore irreversibile durante la creazione di una credenziale del server TLS. Lo stato dell'errore interno è 10013.",
    words: ['errore irreversibile durante la creazione di una credenziale'],
    basis: 'wording',
    source: azureEvents('it', 'MT'),
  },
  {
    sentence: 'schannel-36871',
    language: 'pt',
    quoted: 'ocorreu um erro fatal ao criar uma credencial de servidor TLS. O estado de erro interno é 10013.',
    words: ['erro fatal ao criar uma credencial'],
    basis: 'wording',
    source: azureEvents('pt', 'MT'),
  },
  {
    sentence: 'schannel-36871',
    language: 'ja',
    quoted: 'TLS サーバー資格証明を作成しているときに致命的なエラーが発生しました。 内部エラーの状態は 10013 です。',
    words: ['資格証明を作成しているときに致命的なエラー'],
    basis: 'wording',
    source: azureEvents('ja', 'HT'),
  },

  // TermService 1057: creating the self-signed certificate.
  {
    sentence: 'termservice-1057',
    language: 'de',
    quoted:
      'Der RD-Sitzungshostserver konnte kein neues selbstsigniertes Zertifikat für die Authentifizierung des RD-Sitzungshostservers bei TLS-Verbindungen erstellen. Der relevante Statuscode war „Keyset nicht vorhanden“.',
    words: ['kein neues selbstsigniertes Zertifikat', 'erstellen'],
    basis: 'wording',
    source: azureEvents('de', 'HT'),
  },
  {
    sentence: 'termservice-1057',
    language: 'fr',
    quoted:
      "le serveur hôte de session Bureau à distance n'a pas pu créer un certificat auto-signé à utiliser pour l'authentification du serveur hôte de session Bureau à distance sur les connexions SSL. Le code d'état approprié est Keyset does not exist (Le jeu de clés n'existe pas).",
    words: ["n'a pas pu créer un certificat auto-signé"],
    basis: 'wording',
    source: azureEvents('fr', 'MT'),
  },
  {
    sentence: 'termservice-1057',
    language: 'es',
    quoted:
      'el servidor host de sesión de Escritorio remoto no pudo crear el certificado autofirmado que se usará en la autenticación del servidor host de sesión de Escritorio remoto en las conexiones TLS.',
    words: ['no pudo crear el certificado autofirmado'],
    basis: 'wording',
    source: azureEvents('es', 'HT'),
  },
  {
    sentence: 'termservice-1057',
    language: 'it',
    quoted:
      "Il server Host sessione Desktop remoto non è stato in grado di creare un nuovo certificato autofirmato da utilizzare per l'autenticazione del server Host sessione Desktop remoto nelle connessioni TLS.",
    words: ['in grado di creare un nuovo certificato autofirmato'],
    basis: 'wording',
    source: azureEvents('it', 'MT'),
  },
  {
    sentence: 'termservice-1057',
    language: 'pt',
    quoted:
      'O servidor de Host da Sessão RD falhou ao criar um novo certificado autoassinado para ser usado para autenticação de servidor Host da Sessão RD em conexões TLS.',
    words: ['falhou ao criar um novo certificado autoassinado'],
    basis: 'wording',
    source: azureEvents('pt', 'MT'),
  },
  {
    sentence: 'termservice-1057',
    language: 'ja',
    quoted:
      'RD セッション ホスト サーバーは、TLS 接続での RD セッション ホスト サーバー認証に使用される新しい自己署名証明書を作成できませんでした。',
    words: ['新しい自己署名証明書を作成できませんでした'],
    basis: 'wording',
    source: azureEvents('ja', 'HT'),
  },

  // TermService 1058: replacing the expired self-signed certificate.
  {
    sentence: 'termservice-1058',
    language: 'de',
    quoted:
      'Der RD-Sitzungshostserver konnte das abgelaufene selbstsignierte Zertifikat nicht ersetzen, das für die Authentifizierung des RD-Sitzungshostservers bei TLS-Verbindungen verwendet wird. Der relevante Statuscode war „Zugriff verweigert“.',
    words: ['abgelaufene selbstsignierte Zertifikat nicht ersetzen'],
    basis: 'wording',
    source: azureEvents('de', 'HT'),
  },
  {
    sentence: 'termservice-1058',
    language: 'fr',
    quoted:
      "le serveur hôte de session Bureau à distance n'a pas pu remplacer le certificat auto-signé ayant expiré et qui était utilisé pour l'authentification du serveur hôte de session Bureau à distance sur les connexions SSL.",
    words: ["n'a pas pu remplacer le certificat auto-signé"],
    basis: 'wording',
    source: azureEvents('fr', 'MT'),
  },
  {
    sentence: 'termservice-1058',
    language: 'es',
    quoted:
      'El servidor host de sesión de Escritorio remoto no pudo reemplazar el certificado autofirmado que expiró y que se usó para autenticar el servidor host de sesión de Escritorio remoto en las conexiones TLS.',
    words: ['no pudo reemplazar el certificado autofirmado'],
    basis: 'wording',
    source: azureEvents('es', 'HT'),
  },
  {
    sentence: 'termservice-1058',
    language: 'it',
    quoted:
      "Il server Host sessione Desktop remoto non è stato in grado di sostituire il certificato autofirmato scaduto usato per l'autenticazione del server Host sessione Desktop remoto nelle connessioni TLS.",
    words: ['in grado di sostituire il certificato autofirmato scaduto'],
    basis: 'wording',
    source: azureEvents('it', 'MT'),
  },
  {
    sentence: 'termservice-1058',
    language: 'pt',
    quoted:
      'O servidor de Host da Sessão RD falhou ao substituir o certificado autoassinado expirado usado para autenticação de servidor Host da Sessão RD em conexões TLS.',
    words: ['falhou ao substituir o certificado autoassinado expirado'],
    basis: 'wording',
    source: azureEvents('pt', 'MT'),
  },
  {
    sentence: 'termservice-1058',
    language: 'ja',
    quoted:
      'RD セッション ホスト サーバーは、TLS 接続での RD セッション ホスト サーバー認証に使用される期限切れの自己署名証明書を置き換えることができませんでした。',
    words: ['期限切れの自己署名証明書を置き換えることができませんでした'],
    basis: 'wording',
    source: azureEvents('ja', 'HT'),
  },

  // TermDD 50: an RDP component found something that is not RDP. Quoted by the "No licenses available" article as a
  // message the RD Licensing Diagnoser may list (German and French by a person); the component's name (%2) left out.
  {
    sentence: 'termdd-50',
    language: 'de',
    quoted:
      'Die RDP-Protokollkomponente X.224 hat einen Fehler im Protokolldatenstrom erkannt und den Client getrennt.',
    words: ['RDP-Protokollkomponente', 'Fehler im Protokolldatenstrom erkannt', 'Client getrennt'],
    basis: 'wording',
    source: rds('de', 'rdp-error-no-licenses-available'),
  },
  {
    sentence: 'termdd-50',
    language: 'fr',
    quoted:
      'Le composant X.224 du protocole RDP a détecté une erreur dans le flux du protocole et a déconnecté le client.',
    words: ['du protocole RDP a détecté une erreur dans le flux du protocole', 'a déconnecté le client'],
    basis: 'wording',
    source: rds('fr', 'rdp-error-no-licenses-available'),
  },

  // The client's dialogs.
  {
    sentence: 'lsa-cannot-be-contacted',
    language: 'de',
    quoted: 'Authentifizierungsfehler. Die lokale Sicherheitsautorität (LSA) ist nicht erreichbar.',
    words: ['lokale Sicherheitsautorität', 'nicht erreichbar'],
    basis: 'wording',
    source: azureSpecific('de'),
  },
  {
    sentence: 'lsa-cannot-be-contacted',
    language: 'fr',
    quoted: "Une erreur d'authentification s'est produite. L'autorité de sécurité locale ne peut pas être contactée.",
    words: ['autorité de sécurité locale ne peut pas être contactée'],
    basis: 'wording',
    source: azureSpecific('fr'),
  },
  {
    sentence: 'nla-dc-unreachable',
    language: 'de',
    quoted:
      'Der Remotecomputer, mit dem Sie eine Verbindung herstellen möchten, erfordert NLA (Network Level Authentication, Authentifizierung auf Netzwerkebene), es besteht jedoch kein Kontakt mit Ihrem Windows-Domänencontroller zum Durchführen der NLA.',
    words: ['kein Kontakt mit Ihrem Windows-Domänencontroller'],
    basis: 'wording',
    source: azureAuth('de'),
  },
  {
    sentence: 'nla-dc-unreachable',
    language: 'fr',
    quoted:
      "L'ordinateur distant auquel vous essayez de vous connecter nécessite l'authentification au niveau du réseau (NLA), mais votre contrôleur de domaine Windows ne peut pas être contacté pour effectuer l'authentification NLA.",
    words: ['contrôleur de domaine Windows ne peut pas être contacté'],
    basis: 'wording',
    source: azureAuth('fr'),
  },
  {
    sentence: 'nla-required',
    language: 'de',
    quoted: 'Authentifizierung auf Netzwerkebene (erfordert)',
    words: ['Authentifizierung auf Netzwerkebene', 'erfordert'],
    not: ['Domänencontroller'],
    basis: 'terms',
    source: azureAuth('de'),
  },
  {
    sentence: 'nla-required',
    language: 'fr',
    quoted: "l'authentification au niveau du réseau (nécessite)",
    words: ['authentification au niveau du réseau', ['nécessite', 'requiert']],
    not: ['contrôleur de domaine'],
    basis: 'terms',
    source: azureAuth('fr'),
  },
  {
    sentence: 'credentials-did-not-work',
    language: 'de',
    quoted: 'Fehler bei Windows-Sicherheit: Mit den Anmeldeinformationen konnte keine Verbindung hergestellt werden.',
    words: ['Anmeldeinformationen konnte keine Verbindung hergestellt werden'],
    basis: 'wording',
    source: azureSpecific('de'),
  },
  {
    sentence: 'credentials-did-not-work',
    language: 'fr',
    quoted: "Message d'erreur de sécurité Windows : Vos informations d'identification n'ont pas fonctionné.",
    words: ["informations d'identification n'ont pas fonctionné"],
    basis: 'wording',
    source: azureSpecific('fr'),
  },
  {
    sentence: 'no-license-servers',
    language: 'de',
    quoted:
      'Die Remotesitzung wurde getrennt, da keine Remotedesktop-Lizenzserver verfügbar sind, um eine Lizenz bereitzustellen. / Die Verbindung mit der Remotesitzung wurde getrennt, da keine Lizenzserver für Remotedesktop vorhanden sind.',
    words: ['getrennt', ['keine Remotedesktop-Lizenzserver', 'keine Lizenzserver für Remotedesktop']],
    basis: 'wording',
    source: rds('de', 'rdp-error-no-licenses-available'),
  },
  {
    sentence: 'no-license-servers',
    language: 'fr',
    quoted:
      "La session à distance a été déconnectée, car aucun serveur de licences Bureau à distance n'est disponible pour fournir une licence.",
    words: ['aucun serveur de licences Bureau à distance'],
    basis: 'wording',
    source: azureSpecific('fr'),
  },
  {
    sentence: 'no-cals-available',
    language: 'de',
    quoted:
      'Die Remotesitzung wurde getrennt, da für diesen Computer keine Remotedesktop-Clientzugriffslizenzen verfügbar sind.',
    words: ['keine Remotedesktop-Clientzugriffslizenzen'],
    basis: 'wording',
    source: rds('de', 'rdp-error-no-licenses-available'),
  },
  {
    sentence: 'no-cals-available',
    language: 'fr',
    quoted:
      "La session a distance a été déconnectée, car aucune licence d'accès client Bureau à distance n'est disponible pour cet ordinateur.",
    words: ["aucune licence d'accès client Bureau à distance"],
    basis: 'wording',
    source: rds('fr', 'rdp-error-no-licenses-available'),
  },
  {
    sentence: 'busy',
    language: 'de',
    quoted:
      'Die Aufgabe, die Sie erledigen möchten, kann nicht ausgeführt werden, da der Remotedesktopdienst zurzeit ausgelastet ist. Wiederholen Sie den Vorgang in einigen Minuten.',
    words: ['Remotedesktopdienst', 'ausgelastet'],
    basis: 'wording',
    source: rds('de', 'remote-desktop-service-currently-busy'),
  },
  {
    sentence: 'busy',
    language: 'fr',
    quoted:
      'La tâche que vous essayez de réaliser ne peut pas se terminer car le service Bureau à distance est actuellement occupé. Réessayez dans quelques minutes.',
    words: ['Bureau à distance', 'actuellement occupé'],
    basis: 'wording',
    source: rds('fr', 'remote-desktop-service-currently-busy'),
  },
  {
    sentence: 'security-error',
    language: 'de',
    quoted:
      'Aufgrund eines Sicherheitsfehlers konnte der Client keine Verbindung mit dem Terminalserver herstellen. Nachdem Sie sichergestellt haben, dass Sie beim Netzwerk angemeldet sind, versuchen Sie noch einmal, eine Verbindung mit dem Server herzustellen.',
    words: ['aufgrund eines Sicherheitsfehlers'],
    basis: 'wording',
    source: rds('de', 'rdp-error-no-licenses-available'),
  },
  {
    sentence: 'security-error',
    language: 'fr',
    quoted:
      "Le client n'a pas pu se connecter au serveur Terminal Server en raison d'une erreur de sécurité. Après avoir vérifié que vous êtes connecté au réseau, réessayez de vous connecter au serveur.",
    words: ["en raison d'une erreur de sécurité"],
    basis: 'wording',
    source: rds('fr', 'rdp-error-no-licenses-available'),
  },
  {
    sentence: 'function-not-supported',
    language: 'de',
    quoted: 'Authentifizierungsfehler. Die angeforderte Funktion wird nicht unterstützt.',
    words: ['angeforderte Funktion wird nicht unterstützt'],
    basis: 'wording',
    source: rds2019('de'),
  },
  {
    sentence: 'function-not-supported',
    language: 'fr',
    quoted: "Une erreur d'authentification s'est produite. La fonction demandée n'est pas prise en charge",
    words: ["fonction demandée n'est pas prise en charge"],
    basis: 'wording',
    source: rds2019('fr'),
  },
  {
    sentence: 'credssp-oracle',
    language: 'de',
    quoted: 'Dies könnte seine Ursache in der Oracle-Wartung der CredSSP-Verschlüsselung haben',
    words: ['CredSSP', ['Oracle-Wartung', 'Oracle Wiederherstellung']],
    basis: 'wording',
    source: rds('de', 'cannot-authenticate-or-must-authenticate-twice'),
  },
  {
    sentence: 'credssp-oracle',
    language: 'fr',
    quoted: "Cela peut être dû à la correction d'oracle de chiffrement CredSSP",
    words: ["correction d'oracle de chiffrement CredSSP"],
    basis: 'wording',
    source: rds2019('fr'),
  },
  {
    sentence: 'internal-error',
    language: 'de',
    quoted: 'Es ist ein interner Fehler aufgetreten.',
    words: ['ein interner Fehler aufgetreten'],
    basis: 'wording',
    source: azureInternal('de'),
  },
  {
    sentence: 'internal-error',
    language: 'fr',
    quoted: "Une erreur interne s'est produite.",
    words: ["erreur interne s'est produite"],
    basis: 'wording',
    source: azureInternal('fr'),
  },
  // The ja-jp page (HT) lists the dialog among its symptoms: "内部エラーが発生しました".
  {
    sentence: 'internal-error',
    language: 'ja',
    quoted: '内部エラーが発生しました',
    words: ['内部エラーが発生しました'],
    basis: 'wording',
    source: azureInternal('ja'),
  },
  {
    sentence: 'cannot-connect-reasons',
    language: 'de',
    quoted:
      'Remotedesktop kann aus einem der folgenden Gründe keine Verbindung mit dem Remotecomputer herstellen: 1. Der Remotezugriff auf den Server ist nicht aktiviert. 2. Der Remotecomputer ist ausgeschaltet. 3. Der Remotecomputer ist im Netzwerk nicht verfügbar.',
    words: ['aus einem der folgenden Gründe keine Verbindung mit dem Remotecomputer'],
    basis: 'wording',
    source: azureGeneral('de'),
  },
  {
    sentence: 'cannot-connect-reasons',
    language: 'fr',
    quoted:
      "Le Bureau à distance ne peut pas se connecter à l'ordinateur distant pour l'une des raisons suivantes : 1. L'accès à distance au serveur n'est pas activé 2. L'ordinateur distant est éteint 3. L'ordinateur distant n'est pas disponible sur le réseau",
    words: ["ne peut pas se connecter à l'ordinateur distant pour l'une des raisons suivantes"],
    basis: 'wording',
    source: azureGeneral('fr'),
  },
  {
    sentence: 'restricted-logon-type',
    language: 'de',
    quoted:
      'Der Systemadministrator hat den zulässigen Anmeldetyp (Netzwerk oder interaktiv) eingeschränkt. Bitten Sie Ihren Systemadministrator oder den technischen Support um Hilfe.',
    words: ['Systemadministrator', 'Anmeldetyp', 'eingeschränkt'],
    basis: 'wording',
    source: rds('de', 'cannot-authenticate-or-must-authenticate-twice'),
  },
  {
    sentence: 'restricted-logon-type',
    language: 'fr',
    quoted:
      "L'administrateur système a restreint le type de connexion (réseau ou interactive) que vous pouvez utiliser. Demandez de l'aide à votre administrateur ou votre support technique.",
    words: ['administrateur système a restreint le type de connexion'],
    basis: 'wording',
    source: rds('fr', 'cannot-authenticate-or-must-authenticate-twice'),
  },
  {
    sentence: 'unknown-user-or-bad-password',
    language: 'de',
    quoted: 'Fehler bei der Anmeldung: Unbekannter Benutzername oder ungültiges Kennwort.',
    words: ['unbekannter Benutzername oder ungültiges Kennwort'],
    basis: 'wording',
    source: vsLogonFailure('de'),
  },
  {
    sentence: 'unknown-user-or-bad-password',
    language: 'fr',
    quoted: "Échec d'ouverture de session : nom d'utilisateur inconnu ou mot de passe incorrect",
    words: ["nom d'utilisateur inconnu ou mot de passe incorrect"],
    basis: 'wording',
    source: vsLogonFailure('fr'),
  },
  {
    sentence: 'identity-not-verified',
    language: 'de',
    quoted:
      'Die Identität des Remotecomputers kann nicht überprüft werden. Möchten Sie trotzdem eine Verbindung herstellen?',
    words: ['Identität des Remotecomputers kann nicht überprüft werden'],
    basis: 'wording',
    source: learningLab(
      'de',
      'SC-900-Microsoft-Security-Compliance-and-Identity-Fundamentals.DE-DE',
      'Instructions/Labs/LAB_05_explore_nsg.md',
    ),
  },
  {
    sentence: 'identity-not-verified',
    language: 'fr',
    quoted: "L'identité de l'ordinateur distant ne peut pas être vérifiée. Voulez-vous vous connecter quand même ?",
    words: ["identité de l'ordinateur distant ne peut pas être vérifiée"],
    basis: 'wording',
    source: learningLab(
      'fr',
      'SC-900-Microsoft-Security-Compliance-and-Identity-Fundamentals.FR-FR',
      'Instructions/Labs/LAB_05_explore_nsg.md',
    ),
  },

  {
    sentence: 'cannot-connect-generic',
    language: 'de',
    quoted:
      'Dieser Computer kann keine Verbindung mit dem Remotecomputer herstellen. Versuchen Sie noch einmal, die Verbindung herzustellen, und wenden Sie sich an den Besitzer des Remotecomputers oder an Ihren Netzwerkadministrator, wenn das Problem weiterhin besteht.',
    words: ['Dieser Computer kann keine Verbindung mit dem Remotecomputer herstellen'],
    basis: 'wording',
    source: azureEvents('de', 'HT'),
  },
  {
    sentence: 'cannot-connect-generic',
    language: 'fr',
    quoted:
      "Cet ordinateur ne peut pas se connecter à l'ordinateur distant. Réessayez de vous connecter. Si le problème persiste, contactez le propriétaire de l'ordinateur distant ou votre administrateur réseau.",
    words: ["Cet ordinateur ne peut pas se connecter à l'ordinateur distant"],
    basis: 'wording',
    source: azureAuth('fr'),
  },
  {
    sentence: 'cannot-connect-generic',
    language: 'es',
    quoted:
      'Este equipo no se puede conectar al equipo remoto. Intente conectarse de nuevo y, si el problema continúa, póngase en contacto con el propietario del equipo remoto o con el administrador de red.',
    words: ['Este equipo no se puede conectar al equipo remoto'],
    basis: 'wording',
    source: azureEvents('es', 'HT'),
  },
  {
    sentence: 'cannot-connect-generic',
    language: 'it',
    quoted:
      "Il computer non è in grado di connettersi al computer remoto. Provare a connettersi di nuovo. se il problema persiste, contattare il proprietario del computer remoto o l'amministratore di rete.",
    words: ['computer non è in grado di connettersi al computer remoto'],
    basis: 'wording',
    source: azureEvents('it', 'MT'),
  },
  {
    sentence: 'cannot-connect-generic',
    language: 'pt',
    quoted:
      'Este computador não pode se conectar ao computador remoto. Tente se conectar novamente, se o problema persistir, contate o proprietário do computador remoto ou o administrador da rede.',
    words: ['Este computador não pode se conectar ao computador remoto'],
    basis: 'wording',
    source: azureEvents('pt', 'MT'),
  },
  {
    sentence: 'cannot-connect-generic',
    language: 'ja',
    quoted:
      'このコンピューターはリモート コンピューターに接続できません。接続を再試行してください。問題が解決しない場合は、リモート コンピューターの所有者またはネットワーク管理者にお問い合わせください。',
    words: ['このコンピューターはリモート コンピューターに接続できません'],
    basis: 'wording',
    source: azureEvents('ja', 'HT'),
  },
  // Spanish, Italian, Portuguese (Brazil) and Japanese: the dialogs their pages quote.
  {
    sentence: 'no-license-servers',
    language: 'es',
    quoted:
      'Se desconectó la sesión remota porque no hay servidores de licencias de Escritorio remoto disponibles para proporcionar una licencia.',
    words: ['no hay servidores de licencias de Escritorio remoto'],
    basis: 'wording',
    source: azureSpecific('es'),
  },
  {
    sentence: 'no-license-servers',
    language: 'it',
    quoted:
      'La sessione remota è stata disconnessa perché non sono disponibili server licenze di Desktop remoto per il rilascio della licenza.',
    words: ['non sono disponibili server licenze', 'Desktop remoto'],
    basis: 'wording',
    source: azureSpecific('it'),
  },
  {
    sentence: 'no-license-servers',
    language: 'pt',
    quoted:
      'A sessão remota foi desconectada porque não há Servidores de Licença da Área de Trabalho Remota disponíveis para fornecer uma licença.',
    words: ['não há servidores de licença', 'Área de Trabalho Remota'],
    basis: 'wording',
    source: azureSpecific('pt'),
  },
  {
    sentence: 'no-license-servers',
    language: 'ja',
    quoted:
      'ライセンスを提供するためのリモート デスクトップ ライセンス サーバーがないため、リモート セッションは切断されました。',
    words: [['リモート デスクトップ ライセンス サーバーがない', 'ライセンスを提供するサーバー ライセンスがない']],
    basis: 'wording',
    source: azureSpecific('ja'),
  },
  {
    sentence: 'no-cals-available',
    language: 'es',
    quoted:
      'La sesión remota se desconectó porque no hay licencias de acceso de cliente de Escritorio remoto disponibles para este equipo.',
    words: ['no hay licencias de acceso de cliente de Escritorio remoto'],
    basis: 'wording',
    source: rds('es', 'rdp-error-no-licenses-available'),
  },
  {
    sentence: 'no-cals-available',
    language: 'it',
    quoted:
      'La sessione remota è stata disconnessa perché non sono disponibili licenze CAL (Client Access License) di Desktop remoto per il PC.',
    words: ['non sono disponibili licenze CAL'],
    basis: 'wording',
    source: rds('it', 'rdp-error-no-licenses-available'),
  },
  {
    sentence: 'no-cals-available',
    language: 'pt',
    quoted:
      'A sessão remota foi desconectada porque não há licenças de acesso para cliente de Área de Trabalho Remota disponíveis para este computador.',
    words: ['não há licenças de acesso para cliente de Área de Trabalho Remota'],
    basis: 'wording',
    source: rds('pt', 'rdp-error-no-licenses-available'),
  },
  {
    sentence: 'no-cals-available',
    language: 'ja',
    quoted:
      'このコンピューターのリモート デスクトップ クライアント アクセス ライセンスがないために、リモート セッションは切断されました。',
    words: ['クライアント アクセス ライセンスがない'],
    basis: 'wording',
    source: rds2019('ja'),
  },
  {
    sentence: 'lsa-cannot-be-contacted',
    language: 'es',
    quoted: 'Error de autenticación. No se puede conectar con la autoridad de seguridad Local.',
    words: ['no se puede conectar con la autoridad de seguridad local'],
    basis: 'wording',
    source: azureSpecific('es'),
  },
  {
    sentence: 'lsa-cannot-be-contacted',
    language: 'it',
    quoted: "Si è verificato un errore di autenticazione. Impossibile contattare l'autorità di sicurezza locale.",
    words: ["impossibile contattare l'autorità di sicurezza locale"],
    basis: 'wording',
    source: azureSpecific('it'),
  },
  {
    sentence: 'lsa-cannot-be-contacted',
    language: 'pt',
    quoted: 'Ocorreu um erro de autenticação. A Autoridade de Segurança Local não pode ser contatada.',
    words: ['autoridade de segurança local não pode ser contatada'],
    basis: 'wording',
    source: azureSpecific('pt'),
  },
  {
    sentence: 'lsa-cannot-be-contacted',
    language: 'ja',
    quoted: '認証エラーが発生しました。 ローカル セキュリティ機関にアクセスできません。',
    words: ['ローカル セキュリティ機関にアクセスできません'],
    basis: 'wording',
    source: azureSpecific('ja'),
  },
  {
    sentence: 'credentials-did-not-work',
    language: 'es',
    quoted: 'Error de Seguridad de Windows: Las credenciales no funcionaron.',
    words: ['las credenciales no funcionaron'],
    basis: 'wording',
    source: azureSpecific('es'),
  },
  {
    sentence: 'credentials-did-not-work',
    language: 'it',
    quoted: 'Errore di sicurezza di Windows: Le credenziali specificate non funzionano.',
    words: ['credenziali specificate non funzionano'],
    basis: 'wording',
    source: azureSpecific('it'),
  },
  {
    sentence: 'credentials-did-not-work',
    language: 'pt',
    quoted: 'Erro de Segurança do Windows: suas credenciais não funcionaram.',
    words: ['credenciais não funcionaram'],
    basis: 'wording',
    source: azureSpecific('pt'),
  },
  {
    sentence: 'credentials-did-not-work',
    language: 'ja',
    quoted: 'Windows セキュリティ エラー: 資格情報が正しくありません。 / お使いの資格情報は機能しませんでした',
    words: [['資格情報が正しくありません', '資格情報は機能しませんでした']],
    basis: 'wording',
    source: azureSpecific('ja'),
  },
  {
    sentence: 'busy',
    language: 'es',
    quoted:
      'La tarea que intentas realizar no se puede completar porque Servicios de Escritorio remoto está ocupado actualmente. Inténtalo de nuevo al cabo de un rato.',
    words: ['Escritorio remoto', 'ocupado actualmente'],
    basis: 'wording',
    source: rds('es', 'remote-desktop-service-currently-busy'),
  },
  {
    sentence: 'busy',
    language: 'it',
    quoted:
      "Impossibile completare l'attività che si sta tentando di eseguire perché Servizi Desktop remoto è attualmente occupato. Riprovare tra alcuni minuti.",
    words: ['Desktop remoto', 'attualmente occupato'],
    basis: 'wording',
    source: rds('it', 'remote-desktop-service-currently-busy'),
  },
  {
    sentence: 'busy',
    language: 'pt',
    quoted:
      'A tarefa que você está tentando realizar não pode ser concluída porque o Serviço de Área de Trabalho Remota está ocupado no momento. Tente novamente em alguns minutos.',
    words: ['Área de Trabalho Remota está ocupado'],
    basis: 'wording',
    source: rds('pt', 'remote-desktop-service-currently-busy'),
  },
  {
    sentence: 'restricted-logon-type',
    language: 'es',
    quoted:
      'El administrador del sistema ha restringido el tipo de inicio de sesión (red o interactiva) que pueda usar. Para obtener ayuda, ponte en contacto con el administrador del sistema o con el personal de soporte técnico.',
    words: ['administrador del sistema ha restringido el tipo de inicio de sesión'],
    basis: 'wording',
    source: rds('es', 'cannot-authenticate-or-must-authenticate-twice'),
  },
  {
    sentence: 'restricted-logon-type',
    language: 'it',
    quoted:
      "L'amministratore di sistema ha limitato il tipo di accesso (in rete o interattivo) che è possibile usare. Per assistenza, contattare l'amministratore di sistema o il supporto tecnico.",
    words: ['amministratore di sistema ha limitato il tipo di accesso'],
    basis: 'wording',
    source: rds('it', 'cannot-authenticate-or-must-authenticate-twice'),
  },
  {
    sentence: 'restricted-logon-type',
    language: 'pt',
    quoted:
      'O administrador do sistema restringiu o tipo de logon (de rede ou interativo) que você pode usar. Para obter assistência, entre em contato com o administrador do sistema ou o suporte técnico.',
    words: ['administrador do sistema restringiu o tipo de logon'],
    basis: 'wording',
    source: rds('pt', 'cannot-authenticate-or-must-authenticate-twice'),
  },
  {
    sentence: 'security-error',
    language: 'es',
    quoted:
      'Debido a un error de seguridad, el cliente no se pudo conectar al servidor de Terminal Server. Cuando te hayas asegurado de que has iniciado sesión la red, intenta volver a conectarte al servidor.',
    words: ['debido a un error de seguridad'],
    basis: 'wording',
    source: rds('es', 'rdp-error-no-licenses-available'),
  },
  {
    sentence: 'security-error',
    language: 'it',
    quoted:
      'Impossibile connettersi al server terminal. Errore di sicurezza. Dopo aver verificato di essere connessi alla rete, provare a riconnettersi al server.',
    words: ['impossibile connettersi al server terminal', 'errore di sicurezza'],
    basis: 'wording',
    source: rds('it', 'rdp-error-no-licenses-available'),
  },
  {
    sentence: 'security-error',
    language: 'pt',
    quoted:
      'Devido a um erro de segurança, o cliente não pôde se conectar ao servidor Host da Sessão da Área de Trabalho Remota. Após verificar se você está conectado à rede, tente se conectar ao servidor novamente.',
    words: ['devido a um erro de segurança'],
    basis: 'wording',
    source: rds('pt', 'rdp-error-no-licenses-available'),
  },
  {
    sentence: 'cannot-connect-reasons',
    language: 'it',
    quoted:
      "Il desktop remoto non può connettersi al computer remoto per uno di questi motivi: 1. L'accesso remoto al server non è abilitato 2. Il computer remoto è stato disattivato 3. Il computer remoto non è disponibile sulla rete",
    words: ['non può connettersi al computer remoto per uno di questi motivi'],
    basis: 'wording',
    source: azureGeneral('it'),
  },
  {
    sentence: 'internal-error',
    language: 'es',
    quoted: 'An internal error has occurred (Se ha producido un error interno)',
    words: ['se ha producido un error interno'],
    basis: 'wording',
    source: azureInternal('es'),
  },
  {
    sentence: 'credssp-oracle',
    language: 'es',
    quoted: 'Corrección de oráculo de cifrado de CredSSP',
    words: ['oráculo de cifrado', 'CredSSP'],
    basis: 'terms',
    source: rds('es', 'cannot-authenticate-or-must-authenticate-twice'),
  },
  {
    sentence: 'credssp-oracle',
    language: 'it',
    quoted: 'Correzione Oracle di crittografia CredSSP',
    words: [['Oracle di crittografia', 'oracolo di crittografia'], 'CredSSP'],
    basis: 'terms',
    source: rds('it', 'cannot-authenticate-or-must-authenticate-twice'),
  },
  {
    sentence: 'credssp-oracle',
    language: 'pt',
    quoted: 'Correção do Oráculo de Criptografia CredSSP',
    words: ['Oráculo de Criptografia', 'CredSSP'],
    basis: 'terms',
    source: rds('pt', 'cannot-authenticate-or-must-authenticate-twice'),
  },
  // The access-denied dialogs, as the troubleshooting article "Access is denied and user not authorized" quotes them.
  {
    sentence: 'not-authorized-remote-login',
    language: 'fr',
    quoted: 'La connexion a été refusée, car le compte d’utilisateur n’est pas autorisé pour la connexion à distance.',
    words: ['connexion a été refusée', "compte d'utilisateur n'est pas autorisé"],
    basis: 'wording',
    source: supportArticle(
      'fr',
      'windows-server/remote/troubleshooting-access-denied-and-user-not-authorized-rds-issues',
    ),
  },
  {
    sentence: 'remote-sign-in-right',
    language: 'fr',
    quoted:
      'Pour vous connecter à distance, vous avez besoin du droit de vous connecter via les services Bureau à distance.',
    words: ['besoin du droit de vous connecter', 'services Bureau à distance'],
    basis: 'wording',
    source: supportArticle(
      'fr',
      'windows-server/remote/troubleshooting-access-denied-and-user-not-authorized-rds-issues',
    ),
  },
  {
    sentence: 'restricted-logon-type',
    language: 'ja',
    quoted:
      'リモート デスクトップ接続: システム管理者は、使用できるログオンの種類 (ネットワークまたは対話型) を制限しました。 サポートについては、システム管理者またはテクニカル サポートにお問い合わせください。',
    words: ['使用できるログオンの種類', '制限しました'],
    basis: 'wording',
    source: rds('ja', 'cannot-authenticate-or-must-authenticate-twice'),
  },
  {
    sentence: 'nla-dc-unreachable',
    language: 'es',
    quoted:
      'El equipo remoto al que intenta conectarse requiere autenticación de nivel de red (NLA), pero no se puede contactar con el controlador de dominio de Windows para realizar NLA.',
    words: ['requiere autenticación de nivel de red', 'no se puede contactar con el controlador de dominio'],
    basis: 'wording',
    source: supportArticle('es', 'azure/virtual-machines/windows/cannot-connect-rdp-azure-vm'),
  },
  // Azure Virtual Desktop's client: an Entra-joined session host refusing the user.
  {
    sentence: 'device-prevented-by-account',
    language: 'pt',
    quoted:
      'Sua conta está configurada para impedir que você use este dispositivo. Para saber mais, entre em contato com o administrador do sistema',
    words: ['configurada para impedir que você use este dispositivo'],
    basis: 'wording',
    source: avdClientWindows('pt'),
  },
  {
    sentence: 'device-prevented-by-account',
    language: 'ja',
    quoted: 'このデバイスを使用できないようにアカウントが構成されています',
    words: ['デバイスを使用できないよう', 'アカウント', '構成されて'],
    basis: 'wording',
    source: avdClientWindows('ja'),
  },
  // Dutch and Polish: the event texts of the machine-translated "by Event ID" page (its words, not Windows' own).
  {
    sentence: 'schannel-36870',
    language: 'nl',
    quoted:
      'Er is een onherstelbare fout opgetreden bij het openen van de persoonlijke sleutel voor de TLS-Server referenties. De fout code die is geretourneerd door de cryptografische module, is 0x8009030D. De interne fout status is 10001.',
    words: ['onherstelbare fout', 'persoonlijke sleutel'],
    basis: 'wording',
    source: azureEvents('nl', 'MT'),
  },
  {
    sentence: 'schannel-36870',
    language: 'pl',
    quoted:
      'Wystąpił błąd krytyczny podczas próby dostępu do klucza prywatnego poświadczeń serwera TLS. Kod błędu zwrócony z modułu kryptograficznego to 0x8009030D. Wewnętrzny stan błędu to 10001.',
    words: ['błąd krytyczny', 'klucza prywatnego poświadczeń serwera'],
    basis: 'wording',
    source: azureEvents('pl', 'MT'),
  },
  {
    sentence: 'schannel-36871',
    language: 'nl',
    quoted:
      'Er is een onherstelbare fout opgetreden tijdens het maken van een TLS-server referentie. De interne fout status is 10013.',
    words: ['onherstelbare fout opgetreden tijdens het maken van een', 'referentie'],
    basis: 'wording',
    source: azureEvents('nl', 'MT'),
  },
  {
    sentence: 'schannel-36871',
    language: 'pl',
    quoted: 'Wystąpił błąd krytyczny podczas tworzenia poświadczenia serwera TLS. Wewnętrzny stan błędu to 10013.',
    words: ['błąd krytyczny podczas tworzenia poświadczenia serwera'],
    basis: 'wording',
    source: azureEvents('pl', 'MT'),
  },
  {
    sentence: 'termservice-1057',
    language: 'nl',
    quoted:
      'De extern bureau blad-sessiehostserver kan geen nieuw ondertekend certificaat maken dat kan worden gebruikt voor de verificatie van RD Session Host-servers voor TLS-verbindingen.',
    words: [['geen nieuw ondertekend certificaat maken', 'geen nieuw zelfondertekend certificaat maken']],
    basis: 'wording',
    source: azureEvents('nl', 'MT'),
  },
  {
    sentence: 'termservice-1057',
    language: 'pl',
    quoted:
      'Serwer hosta sesji usług pulpitu zdalnego nie może utworzyć nowego certyfikatu z podpisem własnym, który ma być używany do uwierzytelniania serwera hosta sesji usług pulpitu zdalnego dla połączeń TLS.',
    words: ['nie może utworzyć nowego certyfikatu z podpisem własnym'],
    basis: 'wording',
    source: azureEvents('pl', 'MT'),
  },
  {
    sentence: 'termservice-1058',
    language: 'nl',
    quoted:
      'De RD Session Host-server kan het verlopen zelfondertekende certificaat dat wordt gebruikt voor de verificatie van RD Session Host-server, niet vervangen voor TLS-verbindingen.',
    words: ['verlopen zelfondertekende certificaat', 'niet vervangen'],
    basis: 'wording',
    source: azureEvents('nl', 'MT'),
  },
  {
    sentence: 'termservice-1058',
    language: 'pl',
    quoted:
      'Serwer hosta sesji usług pulpitu zdalnego nie może zastąpić wygasłego certyfikatu z podpisem własnym używanym do uwierzytelniania serwera hosta sesji usług pulpitu zdalnego w połączeniach TLS.',
    words: ['nie może zastąpić wygasłego certyfikatu z podpisem własnym'],
    basis: 'wording',
    source: azureEvents('pl', 'MT'),
  },
  // Round 5 (issue 60): Russian and Chinese, and the CredSSP dialog in Japanese and Italian. No Microsoft page in
  // these languages quotes these dialogs (searched: learn.microsoft.com ru-ru, zh-cn, ja-jp, it-it), so each wording
  // is the dialog as public pages quote it from their screens (`publicQuote`), several independent pages agreeing
  // where named; the words it is recognized by are those the pages share. The Chinese restricted-logon text is
  // Microsoft's own (machine-translated) page.
  {
    sentence: 'function-not-supported',
    language: 'ru',
    quoted: 'Произошла ошибка проверки подлинности. Указанная функция не поддерживается.',
    words: ['ошибка проверки подлинности', 'Указанная функция не поддерживается'],
    basis: 'wording',
    source: publicQuote(
      'https://windoro.ru/0xc07-udalennyj-rabochij-stol-windows-10',
      'a Russian how-to quoting the dialog',
      [
        'https://halzen.ru/multimedia/rdp-windows-7-ukazannaya-funkciya-ne-podderzhivaetsya-ispravit-kogda.html',
        'https://altarena.ru/network-location-awareness-na-russkom-windows-10/',
      ],
    ),
  },
  {
    sentence: 'credssp-oracle',
    language: 'ru',
    quoted: 'Причиной ошибки может быть исправление шифрования CredSSP',
    words: ['исправление шифрования CredSSP'],
    basis: 'wording',
    source: publicQuote(
      'https://halzen.ru/multimedia/rdp-windows-7-ukazannaya-funkciya-ne-podderzhivaetsya-ispravit-kogda.html',
      'a Russian how-to quoting the Windows 10 dialog',
      ['https://setemonic.ru/kak-ispravit-osibku-sifrovania-credssp-v-windows'],
    ),
  },
  {
    sentence: 'another-user-signed-in',
    language: 'ru',
    quoted:
      'В систему вошел другой пользователь. Если вы продолжите, он будет отключен. Вы все равно хотите войти в систему?',
    words: ['вошел другой пользователь', 'он будет отключен'],
    basis: 'wording',
    source: publicQuote(
      'https://windowsa.ru/windows-10-rdp-server-neskolko-polzovatelej',
      'a Russian how-to quoting the dialog beside its English wording',
    ),
  },
  // no-license-servers in Russian: below, from the ru-ru page of "Troubleshooting specific RDP error messages" (a
  // forum quote of the same words was read here before a Microsoft page was found).
  {
    sentence: 'licensing-protocol-error',
    language: 'ru',
    quoted: 'Удаленный компьютер отключил сеанс, из-за ошибки в протоколе лицензирования',
    words: ['отключил сеанс', 'ошибки в протоколе лицензирования'],
    basis: 'wording',
    source: publicQuote(
      'https://vmeste-masterim.ru/vypolnjaetsja-ocenka-kachestva-podkljuchenija.html',
      'a forum thread, an administrator quoting the error',
    ),
  },
  // no-cals-available in Russian: below, from the ru-ru page of "Clients can't connect and see 'No licenses
  // available'" (a public quote of the same words was read here before a Microsoft page was found).
  {
    sentence: 'license-modified',
    language: 'ru',
    quoted:
      'Удаленный сеанс отключен, так как клиентская лицензия удаленного рабочего стола, хранимая на этом компьютере, была изменена.',
    words: ['сеанс отключен', 'клиентская лицензия удаленного рабочего стола', 'была изменена'],
    basis: 'wording',
    source: publicQuote(
      'https://gist.github.com/87fd243ab428ede4326294b1cef8b0fd',
      'a Russian how-to quoting the error',
    ),
  },
  {
    sentence: 'function-not-supported',
    language: 'zh',
    quoted: '出现身份验证错误。要求的函数不受支持',
    words: ['出现身份验证错误', '要求的函数不受支持'],
    basis: 'wording',
    source: publicQuote('https://tech.18miaoxing.cn/archives/68099', 'a Chinese how-to quoting the dialog', [
      'http://www.cftea.com/c/2018/05/8182.asp',
      'https://huanzhi.wang/post/0012.html',
    ]),
  },
  {
    sentence: 'credssp-oracle',
    language: 'zh',
    quoted: '这可能是由于 CredSSP 加密 Oracle 修正。',
    words: ['CredSSP 加密 Oracle 修正'],
    basis: 'wording',
    source: publicQuote('https://tech.18miaoxing.cn/archives/68099', 'a Chinese how-to quoting the dialog', [
      'http://www.cftea.com/c/2018/05/8182.asp',
    ]),
  },
  {
    sentence: 'restricted-logon-type',
    language: 'zh',
    quoted:
      '远程桌面连接：系统管理员已限制可以使用的登录类型（网络或交互式）。 如需帮助，请与系统管理员或技术支持人员联系。',
    words: ['系统管理员已限制可以使用的登录类型'],
    basis: 'wording',
    source: supportArticle('zh', 'windows-server/remote/cannot-authenticate-must-authenticate-twice'),
  },
  {
    sentence: 'function-not-supported',
    language: 'ja',
    quoted: '認証エラーが発生しました。要求された関数はサポートされていません',
    words: ['認証エラーが発生しました', '要求された関数はサポートされていません'],
    basis: 'wording',
    source: publicQuote(
      'https://qiita.com/fjtter/items/be213ff906b17809bf92',
      'a Japanese how-to quoting the dialog (archived at megalodon.jp, 2018-05-09)',
      [
        'https://www.alibabacloud.com/help/ja/simple-application-server/support/the-error-message-an-authentication-error-has-occurred-the-function-requested-is-not-supported-appears',
        'https://intl.cloud.tencent.com/jp/document/product/213/32421',
      ],
    ),
  },
  {
    sentence: 'credssp-oracle',
    language: 'ja',
    quoted: '原因は CredSSP 暗号化オラクルの修復である可能性があります。',
    words: ['CredSSP 暗号化オラクルの修復'],
    basis: 'wording',
    source: publicQuote(
      'https://qiita.com/fjtter/items/be213ff906b17809bf92',
      'a Japanese how-to quoting the dialog (archived at megalodon.jp, 2018-05-09)',
    ),
  },
  {
    sentence: 'function-not-supported',
    language: 'it',
    quoted: 'Errore di autenticazione. La funzione richiesta non è supportata.',
    words: ['Errore di autenticazione', 'La funzione richiesta non è supportata'],
    basis: 'wording',
    source: publicQuote('https://itlabz10.tk/archives/1364', 'an Italian how-to quoting the dialog'),
  },
  // Issue 60 round 6: Dutch, Polish and Chinese (simplified) dialogs from the localized pages of "Troubleshooting
  // specific RDP error messages" and "Troubleshoot authentication errors when you use RDP" (both machine-translated
  // in nl-nl and pl-pl: their words are kept as the page writes them, the folding joins "verificatie fout"), and the
  // Portuguese (Brazil) NLA texts of the latter.
  ...[
    {
      sentence: 'lsa-cannot-be-contacted',
      language: 'nl',
      quoted: 'Er is een verificatie fout opgetreden. Kan geen verbinding maken met de lokale beveiligings autoriteit.',
      words: ['kan geen verbinding maken met de lokale beveiligings autoriteit'],
      page: specificMT,
    },
    {
      sentence: 'lsa-cannot-be-contacted',
      language: 'nl',
      quoted:
        'Er is een verificatiefout opgetreden. Er kan geen contact worden opgenomen met de lokale veiligheidsautoriteit.',
      words: ['geen contact worden opgenomen met de lokale veiligheidsautoriteit'],
      page: authMT,
    },
    {
      sentence: 'credentials-did-not-work',
      language: 'nl',
      quoted: 'Windows-beveiligings fout: uw referenties werken niet.',
      words: ['uw referenties werken niet'],
      page: specificMT,
    },
    {
      sentence: 'cannot-connect-generic',
      language: 'nl',
      quoted: 'Deze computer kan geen verbinding maken met de externe computer.',
      words: ['deze computer kan geen verbinding maken met de externe computer'],
      page: specificMT,
    },
    {
      sentence: 'no-license-servers',
      language: 'nl',
      quoted:
        'De externe sessie is beëindigd omdat er geen Extern bureaublad licentie servers beschikbaar zijn om een licentie te bieden.',
      words: ['externe sessie is beëindigd', 'licentie servers beschikbaar'],
      page: specificMT,
    },
    {
      sentence: 'cannot-find-computer',
      language: 'nl',
      quoted: 'Extern bureaublad kan de computer naam niet vinden.',
      words: ['extern bureaublad kan de computer', 'niet vinden'],
      page: specificMT,
    },
    {
      sentence: 'nla-dc-unreachable',
      language: 'nl',
      quoted:
        'De externe computer waarmee u verbinding probeert te maken, vereist Network Level Authentication (NLA), maar er kan geen contact worden opgenomen met uw Windows-domeincontroller om NLA uit te voeren.',
      words: ['vereist Network Level Authentication', 'geen contact worden opgenomen met uw Windows-domeincontroller'],
      page: authMT,
    },
    {
      sentence: 'nla-required',
      language: 'nl',
      quoted: 'De externe computer … vereist Network Level Authentication (NLA)',
      words: ['externe computer', 'vereist Network Level Authentication'],
      not: ['domeincontroller'],
      basis: 'terms' as const,
      page: authMT,
    },
    {
      sentence: 'lsa-cannot-be-contacted',
      language: 'pl',
      quoted: 'Wystąpił błąd uwierzytelniania. Nie można skontaktować się z urzędem zabezpieczeń lokalnych.',
      words: ['nie można skontaktować się z urzędem zabezpieczeń lokalnych'],
      page: specificMT,
    },
    {
      sentence: 'credentials-did-not-work',
      language: 'pl',
      quoted: 'Błąd zabezpieczeń systemu Windows: Twoje poświadczenia nie działają.',
      words: ['poświadczenia nie działają'],
      page: specificMT,
    },
    {
      sentence: 'cannot-connect-generic',
      language: 'pl',
      quoted: 'Ten komputer nie może nawiązać połączenia z komputerem zdalnym.',
      words: ['ten komputer nie może nawiązać połączenia z komputerem zdalnym'],
      page: specificMT,
    },
    {
      sentence: 'no-license-servers',
      language: 'pl',
      quoted:
        'Sesja zdalna została rozłączona z powodu braku dostępnych serwerów licencji Pulpit zdalny w celu udostępnienia licencji.',
      words: ['sesja zdalna została rozłączona', 'serwerów licencji'],
      page: specificMT,
    },
    {
      sentence: 'cannot-find-computer',
      language: 'pl',
      quoted: 'Pulpit zdalny nie może znaleźć komputera "name".',
      words: ['pulpit zdalny nie może znaleźć komputera'],
      page: specificMT,
    },
    {
      sentence: 'nla-dc-unreachable',
      language: 'pl',
      quoted:
        'Komputer zdalny, z którym próbujesz nawiązać połączenie, wymaga Uwierzytelnianie na poziomie sieci (NLA), ale nie można skontaktować się z kontrolerem domeny systemu Windows w celu przeprowadzenia NLA.',
      words: ['uwierzytelnianie na poziomie sieci', 'nie można skontaktować się z kontrolerem domeny'],
      page: authMT,
    },
    {
      sentence: 'nla-required',
      language: 'pl',
      quoted: 'Komputer zdalny … wymaga Uwierzytelnianie na poziomie sieci (NLA)',
      words: ['wymaga', 'uwierzytelnia', 'na poziomie sieci'],
      not: ['kontroler'],
      basis: 'terms' as const,
      page: authMT,
    },
    {
      sentence: 'lsa-cannot-be-contacted',
      language: 'zh',
      quoted: '身份验证出错。无法联系本地安全机构。',
      words: ['无法联系本地安全机构'],
      page: specificMT,
    },
    {
      sentence: 'credentials-did-not-work',
      language: 'zh',
      quoted: 'Windows 安全性错误：凭据无效。',
      words: ['Windows 安全性错误', '凭据无效'],
      page: specificMT,
    },
    {
      sentence: 'cannot-connect-generic',
      language: 'zh',
      quoted: '此计算机无法连接到远程计算机。',
      words: ['此计算机无法连接到远程计算机'],
      page: specificMT,
    },
    {
      sentence: 'no-license-servers',
      language: 'zh',
      quoted: '由于没有可用于提供许可证的远程桌面许可证服务器，远程会话已断开连接。',
      words: ['没有可用于提供许可证的远程桌面', '远程会话已断开连接'],
      page: specificMT,
    },
    {
      sentence: 'cannot-find-computer',
      language: 'zh',
      quoted: '远程桌面找不到计算机“名称”。',
      words: ['远程桌面找不到计算机'],
      page: specificMT,
    },
    {
      sentence: 'nla-dc-unreachable',
      language: 'zh',
      quoted: '你尝试连接的远程计算机需要网络级别身份验证 (NLA)，但无法联系 Windows 域控制器来执行 NLA。',
      words: ['需要网络级别身份验证', '无法联系 Windows 域控制器'],
      page: authMT,
    },
    {
      sentence: 'nla-required',
      language: 'zh',
      quoted: '你尝试连接的远程计算机需要网络级别身份验证 (NLA)',
      words: ['远程计算机需要网络级别身份验证'],
      not: ['域控制器'],
      basis: 'terms' as const,
      page: authMT,
    },
    {
      sentence: 'lsa-cannot-be-contacted',
      language: 'pt',
      quoted: 'Ocorreu um erro de autenticação. Não é possível contatar a autoridade de segurança local.',
      words: ['não é possível contatar a autoridade de segurança local'],
      page: authMT,
    },
    {
      sentence: 'nla-dc-unreachable',
      language: 'pt',
      quoted:
        'O computador remoto ao qual você está tentando se conectar requer Autenticação no Nível da Rede (NLA), mas o controlador de domínio do Windows não pode ser contatado para executar o NLA.',
      words: ['requer Autenticação no Nível da Rede', 'controlador de domínio do Windows não pode ser contatado'],
      page: authMT,
    },
    {
      sentence: 'nla-required',
      language: 'pt',
      quoted: 'O computador remoto … requer Autenticação no Nível da Rede (NLA)',
      words: ['requer Autenticação no Nível da Rede'],
      not: ['controlador de domínio'],
      basis: 'terms' as const,
      page: authMT,
    },
    {
      sentence: 'nla-required',
      language: 'es',
      quoted: 'El equipo remoto … requiere autenticación de nivel de red (NLA)',
      words: ['requiere autenticación de nivel de red'],
      not: ['controlador de dominio'],
      basis: 'terms' as const,
      page: (l: LocalizedLanguage) => supportArticle(l, 'azure/virtual-machines/windows/cannot-connect-rdp-azure-vm'),
    },
  ].map(
    (w): LocalizedWording => ({
      sentence: w.sentence,
      language: w.language as LocalizedLanguage,
      quoted: w.quoted,
      words: w.words,
      ...(w.not ? { not: w.not } : {}),
      basis: w.basis ?? 'wording',
      source: w.page(w.language as LocalizedLanguage),
    }),
  ),
  // Issue 60 round 8: Russian, from the ru-ru pages of "Troubleshooting specific RDP error messages",
  // "Troubleshoot authentication errors when you use RDP", "… by Event ID" and "An internal error occurs…" (all
  // machine-translated, `ms.translationtype: MT`, read in the azure-docs.ru-ru source files): the words kept are the
  // page's, the parts two of its pages agree on where two quote the sentence.
  ...[
    {
      sentence: 'lsa-cannot-be-contacted',
      quoted: 'Произошла ошибка проверки подлинности. Не удается связаться с локальным администратором безопасности.',
      words: ['не удается связаться с локальным администратором безопасности'],
      page: specificMT,
    },
    {
      sentence: 'credentials-did-not-work',
      quoted: 'Ошибка безопасности Windows: учетные данные не работают.',
      words: ['учетные данные не работают'],
      page: specificMT,
    },
    {
      sentence: 'cannot-connect-generic',
      quoted:
        'Этот компьютер не может подключиться к удаленному компьютеру. Попробуйте подключиться снова. Если проблема не будет устранена, обратитесь к владельцу удаленного компьютера или к администратору сети.',
      words: ['этот компьютер не может подключиться к удаленному компьютеру'],
      page: authMT,
    },
    {
      sentence: 'cannot-find-computer',
      quoted: 'Службе удаленного рабочего стола не удается найти имя компьютера.',
      words: ['удаленного рабочего стола не удается найти имя компьютера'],
      page: specificMT,
    },
    {
      sentence: 'no-license-servers',
      quoted:
        'Удаленный сеанс отключен, поскольку отсутствуют доступные серверы лицензирования удаленных рабочих столов, которые могли бы провести лицензирование.',
      words: ['сеанс отключен', 'отсутствуют доступные серверы лицензирования'],
      page: specificMT,
    },
    {
      sentence: 'nla-dc-unreachable',
      quoted:
        'Для удаленного компьютера, к которому вы пытаетесь подключиться, требуется проверка подлинности на уровне сети (NLA), но не удается связаться с контроллером домена Windows для выполнения NLA.',
      words: ['требуется проверка подлинности на уровне сети', 'не удается связаться с контроллером домена'],
      page: authMT,
    },
    {
      sentence: 'nla-required',
      quoted: 'Для удаленного компьютера … требуется проверка подлинности на уровне сети (NLA)',
      words: ['требуется проверка подлинности на уровне сети'],
      not: ['контроллером домена'],
      basis: 'terms' as const,
      page: authMT,
    },
    {
      sentence: 'internal-error',
      quoted: 'произошла внутренняя ошибка',
      words: ['произошла внутренняя ошибка'],
      page: (l: LocalizedLanguage) => azureVm(l, 'troubleshoot-rdp-internal-error', ' (MT)', true),
    },
    {
      sentence: 'termservice-1057',
      quoted:
        'Серверу узла сеансов удаленных рабочих столов не удалось создать новый самозаверяющий сертификат, который будет использоваться для проверки подлинности сервера узла сеансов удаленных рабочих столов при TLS-подключениях.',
      words: ['не удалось создать новый самозаверяющий сертификат'],
      page: (l: LocalizedLanguage) => azureEvents(l, 'MT'),
    },
    {
      sentence: 'termservice-1058',
      quoted:
        'Серверу узла сеансов удаленных рабочих столов не удалось заменить устаревший самозаверяющий сертификат, используемый для проверки подлинности сервера узла сеансов удаленных рабочих столов при TLS.',
      words: ['не удалось заменить устаревший самозаверяющий сертификат'],
      page: (l: LocalizedLanguage) => azureEvents(l, 'MT'),
    },
    {
      sentence: 'schannel-36870',
      quoted:
        'При попытке доступа к закрытому ключу учетных данных TLS-сервера произошла неустранимая ошибка. Код ошибки, возвращаемый из криптографического модуля, — 0x8009030D. Внутреннее состояние ошибки: 10001.',
      words: ['закрытому ключу учетных данных', 'неустранимая ошибка'],
      page: (l: LocalizedLanguage) => azureEvents(l, 'MT'),
    },
    {
      sentence: 'schannel-36871',
      quoted:
        'произошла неустранимая ошибка при создании учетных данных сервера TLS. Внутреннее состояние ошибки: 10013.',
      words: ['неустранимая ошибка при создании учетных данных'],
      page: (l: LocalizedLanguage) => azureEvents(l, 'MT'),
    },
  ].map(
    (w): LocalizedWording => ({
      sentence: w.sentence,
      language: 'ru',
      quoted: w.quoted,
      words: w.words,
      ...(w.not ? { not: w.not } : {}),
      basis: w.basis ?? 'wording',
      source: w.page('ru'),
    }),
  ),
  // Japanese: the NLA texts of "Troubleshoot authentication errors when you use RDP" (ja-jp, a human translation).
  {
    sentence: 'nla-dc-unreachable',
    language: 'ja',
    quoted:
      '接続しようとしているリモート コンピューターには、ネットワーク レベル認証 (NLA) が必要ですが、お使いの Windows のドメイン コントローラーに接続して NLA を実行することができません。',
    words: ['ネットワーク レベル認証', 'ドメイン コントローラーに接続して NLA を実行することができません'],
    basis: 'wording',
    source: azureAuth('ja'),
  },
  {
    sentence: 'nla-required',
    language: 'ja',
    quoted: '接続しようとしているリモート コンピューターには、ネットワーク レベル認証 (NLA) が必要です',
    words: ['リモート コンピューターには、ネットワーク レベル認証 (NLA) が必要です'],
    not: ['ドメイン コントローラー'],
    basis: 'terms',
    source: azureAuth('ja'),
  },
  // The licensing-mode notification, as the ja-jp page of Azure Virtual Desktop's "Troubleshoot session host virtual
  // machine configuration" (a human translation) quotes it beside the English one.
  {
    sentence: 'licensing-mode-not-configured',
    language: 'ja',
    quoted:
      'リモート デスクトップ ライセンス モードが構成されていません。リモート デスクトップ サービスはあと X 日で動作を停止します。Connection Broker サーバーで、サーバー マネージャーを使用してリモート デスクトップ ライセンス モードを指定してください。',
    words: [['リモート デスクトップ ライセンス モードが構成されていません', 'リモート デスクトップ サービスはあと']],
    basis: 'wording',
    source: azureDocs('ja', 'virtual-desktop/troubleshoot-vm-configuration', ' (HT)'),
  },
  // The licensing-mode notification in German, French, Spanish, Italian, Dutch, Polish and Chinese (simplified), as
  // the localized pages of Azure Virtual Desktop "Troubleshoot session host virtual machine configuration" quote it
  // (read in azure-docs.<locale> copies; treated as machine translations: the answer says Windows may word it
  // differently). Recognized by its first sentence only, the one that names the licensing mode.
  ...(
    [
      [
        'de',
        'Der Remotedesktop-Lizenzierungsmodus ist nicht konfiguriert. Die Remotedesktopdienste können in X Tagen nicht mehr ausgeführt werden. Geben Sie mit dem Server-Manager auf dem Verbindungsbrokerserver einen Remotedesktop-Lizenzierungsmodus an.',
        'Remotedesktop-Lizenzierungsmodus ist nicht konfiguriert',
      ],
      [
        'fr',
        'Le mode de licence des services Bureau à distance n’est pas configuré, les services Bureau à distance cesseront de fonctionner dans X jours. Sur le serveur Broker pour les connexions, utilisez le gestionnaire de serveur pour spécifier le mode de licence des services Bureau à distance.',
        'mode de licence des services Bureau à distance n’est pas configuré',
      ],
      [
        'es',
        'el modo de administración de licencias de Escritorio remoto no está configurado, los servicios de Escritorio remoto dejarán de funcionar en X días. En el servidor de Agente de conexión, use el administrador del servidor para especificar el modo de administración de licencias de Escritorio remoto.',
        'modo de administración de licencias de Escritorio remoto no está configurado',
      ],
      [
        'it',
        'la modalità di gestione licenze Desktop remoto non è configurata, Servizi Desktop remoto smetterà di funzionare tra X giorni. Nel server Gestore connessione usare Server Manager per specificare la modalità di gestione licenze Desktop remoto',
        'modalità di gestione licenze Desktop remoto non è configurata',
      ],
      [
        'nl',
        'De licentiemodus voor Extern bureaublad is niet geconfigureerd, Extern bureaublad-services werkt binnen X-dagen niet meer.',
        'licentiemodus voor Extern bureaublad is niet geconfigureerd',
      ],
      [
        'pl',
        'Tryb licencjonowania usług pulpitu zdalnego nie jest skonfigurowany, usługi pulpitu zdalnego przestaną działać w ciągu X dni.',
        'Tryb licencjonowania usług pulpitu zdalnego nie jest skonfigurowany',
      ],
      [
        'zh',
        '远程桌面授权模式未配置，远程桌面服务将在 X 天内停止工作。 在连接代理服务器上，使用服务器管理器指定远程桌面授权模式。',
        '远程桌面授权模式未配置',
      ],
    ] as const
  ).map(
    ([language, quoted, words]): LocalizedWording => ({
      sentence: 'licensing-mode-not-configured',
      language,
      quoted,
      words: [words],
      basis: 'wording',
      source: azureDocs(language, 'virtual-desktop/troubleshoot-vm-configuration', '', true),
    }),
  ),
  // The RD Licensing Diagnoser's two messages in German, French, Italian, Spanish, Portuguese (Brazil) and Japanese,
  // as the localized pages of "Clients can't connect and see 'No licenses available' error" quote them (human
  // translations, `ms.translationtype: HT`, read in windowsserverdocs.<locale>). The "not available" message is
  // recognized by its first sentence and a part of its second (the causes it names), never by "license server" and
  // "not available" alone: those two words appear in other sentences too.
  ...[
    {
      sentence: 'licensing-diagnoser-grace-no-server',
      language: 'de',
      quoted:
        'Die Kulanzfrist für den Remotedesktop-Sitzungshostserver ist abgelaufen, der RD-Sitzungshostserver wurde jedoch noch nicht mit Lizenzservern konfiguriert. Verbindungen mit dem RD-Sitzungshostserver werden abgelehnt, bis ein Lizenzserver für den RD-Sitzungshostserver konfiguriert wurde.',
      words: ['Kulanzfrist', 'noch nicht mit Lizenzservern konfiguriert'],
    },
    {
      sentence: 'licensing-diagnoser-server-not-available',
      language: 'de',
      quoted:
        'Der Lizenzserver <Computername> ist nicht verfügbar. Dies könnte durch Probleme mit der Netzwerkverbindung verursacht sein oder darauf beruhen, dass der Remotedesktop-Lizenzierungsdienst auf dem Lizenzserver beendet wurde oder die RD-Lizenzierung nicht mehr verfügbar ist.',
      words: [
        'Der Lizenzserver',
        'ist nicht verfügbar',
        ['Probleme mit der Netzwerkverbindung', 'Remotedesktop-Lizenzierungsdienst auf dem Lizenzserver beendet'],
      ],
    },
    {
      sentence: 'licensing-diagnoser-grace-no-server',
      language: 'fr',
      quoted:
        "La période de grâce du serveur hôte de session Bureau à distance a expiré, mais le serveur n'a pas été configuré avec des serveurs de licences. Les connexions au serveur hôte de session Bureau à distance seront refusées tant qu'un serveur de licences ne sera pas configuré pour le serveur hôte de session Bureau à distance.",
      words: ['période de grâce du serveur hôte de session', "n'a pas été configuré avec des serveurs de licences"],
    },
    {
      sentence: 'licensing-diagnoser-server-not-available',
      language: 'fr',
      quoted:
        "Le serveur de licences <nom_ordinateur> n'est pas disponible. Cela peut être dû à des problèmes de connectivité réseau, au fait que le Gestionnaire de licences des services Bureau à distance est arrêté sur le serveur de licences ou au fait qu'il n'est plus disponible.",
      words: [
        'Le serveur de licences',
        "n'est pas disponible",
        ['problèmes de connectivité réseau', 'est arrêté sur le serveur de licences'],
      ],
    },
    {
      sentence: 'licensing-diagnoser-grace-no-server',
      language: 'it',
      quoted:
        'Il periodo di prova per il server Host sessione Desktop remoto è scaduto, ma tale server non è stato configurato con alcun server licenze. Le connessioni al server Host sessione Desktop remoto verranno negate a meno che non sia configurato un server licenze per tale server.',
      words: ['periodo di prova per il server Host sessione', 'non è stato configurato con alcun server licenze'],
    },
    {
      sentence: 'licensing-diagnoser-server-not-available',
      language: 'it',
      quoted:
        "Server licenze <nome computer> non disponibile. Ciò può verificarsi a causa di problemi relativi alla connettività di rete, all'arresto del Servizio licenze Desktop remoto nel server licenze oppure alla mancata disponibilità del Servizio licenze Desktop remoto.",
      words: [
        'Server licenze',
        'non disponibile',
        [
          'problemi relativi alla connettività di rete',
          'arresto del Servizio licenze Desktop remoto nel server licenze',
        ],
      ],
    },
    {
      sentence: 'licensing-diagnoser-grace-no-server',
      language: 'es',
      quoted:
        'El período de gracia del servidor remoto ha expirado en el servidor host de sesión de Escritorio remoto, pero no se ha configurado el servidor host de sesión de Escritorio remoto con los servidores de licencias. Las conexiones al servidor host de sesión de Escritorio remoto se denegarán, salvo que haya un servidor de licencias configurado para el servidor host de sesión de Escritorio remoto.',
      words: [
        'período de gracia',
        'con los servidores de licencias',
        'no se ha configurado el servidor host de sesión',
      ],
    },
    {
      sentence: 'licensing-diagnoser-server-not-available',
      language: 'es',
      quoted:
        'El servidor de licencias <nombre de equipo> no está disponible. Esto se puede deber a problemas de conectividad de la red, el servicio Administración de licencias de Escritorio remoto se detiene en el servidor de licencias o que la Administración de licencias de Escritorio remoto no esté disponible.',
      words: [
        'El servidor de licencias',
        'no está disponible',
        [
          'problemas de conectividad de la red',
          'Administración de licencias de Escritorio remoto se detiene en el servidor de licencias',
        ],
      ],
    },
    {
      sentence: 'licensing-diagnoser-grace-no-server',
      language: 'pt',
      quoted:
        'O período de cortesia do servidor Host da Sessão da Área de Trabalho Remota expirou, mas o servidor Host da Sessão da Área de Trabalho Remota não foi configurado com nenhum servidor de licença. Conexões com o servidor Host da Sessão da Área de Trabalho Remota serão negadas, a menos que um servidor de licença esteja configurado para o servidor Host da Sessão da Área de Trabalho Remota.',
      words: ['período de cortesia', 'não foi configurado com nenhum servidor de licença'],
    },
    {
      sentence: 'licensing-diagnoser-server-not-available',
      language: 'pt',
      quoted:
        'O servidor de licença <nome do computador> não está disponível. Isso pode ser causado por problemas de conectividade de rede, pelo serviço de Licenciamento da Área de Trabalho Remota ter sido interrompido no servidor de licença ou pelo Licenciamento de Área de Trabalho Remota não estar disponível.',
      words: [
        'O servidor de licença',
        'não está disponível',
        ['problemas de conectividade de rede', 'ter sido interrompido no servidor de licença'],
      ],
    },
    {
      sentence: 'licensing-diagnoser-server-not-available',
      language: 'ja',
      quoted:
        'ライセンス サーバー <コンピューター名> は使用できません。 (原因としては、ネットワーク接続に問題がある、ライセンス サーバー上でリモート デスクトップ ライセンス サービスが停止している、または RD ライセンスが使用できない、の 3 つが考えられます。)',
      words: [
        'ライセンス サーバー',
        'は使用できません',
        ['ネットワーク接続に問題がある', 'リモート デスクトップ ライセンス サービスが停止している'],
      ],
    },
  ].map((w) => quotedOn(w, rds(w.language as LocalizedLanguage, 'rdp-error-no-licenses-available'))),
  // Russian, from the ru-ru pages of the Windows Server Remote Desktop Services troubleshooting articles (human
  // translations, `ms.translationtype: HT`, read in windowsserverdocs.ru-ru).
  ...[
    {
      sentence: 'no-cals-available',
      quoted:
        'Удаленный сеанс отключен, так как для этого компьютера отсутствуют клиентские лицензии удаленного рабочего стола.',
      words: ['сеанс отключен', 'отсутствуют клиентские лицензии удаленного рабочего стола'],
      article: 'rdp-error-no-licenses-available',
    },
    {
      sentence: 'security-error',
      quoted:
        'Из-за ошибки безопасности клиент не смог подключиться к серверу терминалов. Убедитесь, что вы вошли в сеть, и повторите попытку подключения к серверу.',
      words: ['из-за ошибки безопасности клиент не смог подключиться'],
      article: 'rdp-error-no-licenses-available',
    },
    {
      sentence: 'licensing-diagnoser-grace-no-server',
      quoted:
        'Льготный период для сервера узла сеансов Удаленных рабочих столов истек, но на этом сервере не были настроены серверы лицензирования. Подключение к этому серверу будет невозможно, пока для него не будет настроен сервер лицензирования.',
      words: ['льготный период', 'не были настроены серверы лицензирования'],
      article: 'rdp-error-no-licenses-available',
    },
    {
      sentence: 'licensing-diagnoser-server-not-available',
      quoted:
        'Сервер лицензирования <имя_компьютера> недоступен. Это может быть вызвано проблемами в сети, остановкой службы лицензирования удаленных рабочих столов на сервере лицензирования или недоступностью этих служб.',
      words: ['сервер лицензирования', 'недоступен', 'остановкой службы лицензирования удаленных рабочих столов'],
      article: 'rdp-error-no-licenses-available',
    },
    {
      sentence: 'busy',
      quoted:
        'Не удается завершить требуемую операцию, так как службы удаленных рабочих столов сейчас заняты. Повторите попытку через несколько минут.',
      words: ['службы удаленных рабочих столов сейчас заняты'],
      article: 'remote-desktop-service-currently-busy',
    },
    {
      sentence: 'restricted-logon-type',
      quoted:
        'Подключение к удаленному рабочему столу. Системный администратор ограничил типы входа в систему (сетевой или интерактивный), которые можно использовать. Обратитесь за помощью к системному администратору или в службу технической поддержки.',
      words: ['ограничил типы входа в систему'],
      article: 'cannot-authenticate-or-must-authenticate-twice',
    },
  ].map(
    (w): LocalizedWording => ({
      sentence: w.sentence,
      language: 'ru',
      quoted: w.quoted,
      words: w.words,
      basis: 'wording',
      source: rds('ru', w.article),
    }),
  ),
  // Japanese and Chinese (simplified), from the ja-jp and zh-cn pages of the same Windows Server articles (human
  // translations, read in windowsserverdocs.ja-jp and windowsserverdocs.zh-cn).
  ...[
    {
      sentence: 'security-error',
      language: 'ja',
      quoted:
        'セキュリティのエラーのため、クライアントはターミナル サーバーに接続できません。ネットワークにサインインしていることを確認した後、もう一度サーバーに接続してみてください。',
      words: ['セキュリティのエラーのため', 'サーバーに接続できません'],
      article: 'rdp-error-no-licenses-available',
    },
    {
      sentence: 'busy',
      language: 'ja',
      quoted:
        'リモート デスクトップ サービスが現在ビジー状態のため、実行しようとしている操作を完了できません。 しばらくたってからもう一度試してください。',
      words: ['リモート デスクトップ サービスが現在ビジー状態のため'],
      article: 'remote-desktop-service-currently-busy',
    },
    {
      sentence: 'licensing-diagnoser-grace-no-server',
      language: 'ja',
      quoted:
        'リモート デスクトップ セッション ホスト サーバーの猶予期間が過ぎましたが、RD セッション ホスト サーバーでライセンス サーバーが 1 台も構成されていません。',
      words: ['猶予期間が過ぎましたが', 'ライセンス サーバーが 1 台も構成されていません'],
      article: 'rdp-error-no-licenses-available',
    },
    {
      sentence: 'security-error',
      language: 'zh',
      quoted: '由于出现安全错误，客户端无法连接到终端服务器。 确保登录到网络后，重新尝试连接到服务器。',
      words: ['由于出现安全错误', '客户端无法连接到终端服务器'],
      article: 'rdp-error-no-licenses-available',
    },
    {
      sentence: 'busy',
      language: 'zh',
      quoted: '由于远程桌面服务当前繁忙，无法完成你要执行的任务。 请过几分钟重试。',
      words: ['由于远程桌面服务当前繁忙'],
      article: 'remote-desktop-service-currently-busy',
    },
    {
      sentence: 'no-cals-available',
      language: 'zh',
      quoted: '由于此计算机没有可用的远程桌面客户端访问许可证，远程会话已断开连接。',
      words: ['没有可用的远程桌面客户端访问许可证', '远程会话已断开连接'],
      article: 'rdp-error-no-licenses-available',
    },
    {
      sentence: 'no-license-servers',
      language: 'zh',
      quoted: '由于没有远程桌面许可证服务器可以提供许可证，远程会话已断开连接。',
      words: ['没有远程桌面许可证服务器可以提供许可证', '远程会话已断开连接'],
      article: 'rdp-error-no-licenses-available',
    },
    {
      sentence: 'licensing-diagnoser-grace-no-server',
      language: 'zh',
      quoted: '远程桌面会话主机服务器的宽限期已过，但未使用任何许可证服务器配置 RD 会话主机服务器。',
      words: ['宽限期已过', '未使用任何许可证服务器配置'],
      article: 'rdp-error-no-licenses-available',
    },
    {
      sentence: 'licensing-diagnoser-server-not-available',
      language: 'zh',
      quoted:
        '许可证服务器 <计算机名> 不可用。 原因可能是出现网络连接问题、远程桌面许可服务已在许可证服务器上停止，或者 RD 许可不可用。',
      words: ['许可证服务器', '不可用', '远程桌面许可服务已在许可证服务器上停止'],
      article: 'rdp-error-no-licenses-available',
    },
  ].map((w) => quotedOn(w, rds(w.language as LocalizedLanguage, w.article))),
  // KB 280828's single-session message, as its Dutch page quotes it.
  {
    sentence: 'user-currently-logged-on',
    language: 'nl',
    quoted:
      'De gebruiker <Domein- of computernaam>\\<gebruikersnaam> is momenteel op deze computer aangemeld. Alleen de huidige gebruiker of een Administrator kan zich op deze computer aanmelden.',
    words: ['is momenteel op deze computer aangemeld'],
    basis: 'wording',
    source: {
      url: 'https://support.microsoft.com/nl-nl/help/280828/how-a-remote-desktop-connection-affects-windows-xp-professional',
      file: 'Microsoft support KB 280828, its Dutch page (support.microsoft.com, no public source file)',
    },
  },
  // The LSA sentence as Windows itself words it in Chinese: SEC_E_INTERNAL_ERROR's own message text, as .NET's
  // Win32Exception printed it on a Chinese Windows (not the page's "无法联系", but "无法连接到").
  {
    sentence: 'lsa-cannot-be-contacted',
    language: 'zh',
    quoted: 'System.ComponentModel.Win32Exception (0x80004005): 无法连接到本地安全机构',
    words: ['无法连接到本地安全机构'],
    basis: 'wording',
    source: publicQuote(
      'https://github.com/3gstudent/SharpRDPCheck/issues/1',
      "a GitHub issue quoting the Win32Exception message a Chinese Windows gave for an NLA check (Windows' own message text)",
      ['https://github.com/natfrp/wiki/discussions/364'],
    ),
  },
  // The session-limit dialog: Windows' message text of ERROR_CTX_LICENSE_NOT_AVAILABLE (7054), which the dialog shows,
  // as Microsoft's localized "System Error Codes (6000-8199)" pages give it (machine translations; German in two
  // versions of its page). Portuguese (Brazil) and the others: not found on a page.
  ...[
    {
      language: 'de',
      quoted:
        'Die Anzahl der Verbindungen mit diesem Computer ist begrenzt, und alle Verbindungen werden derzeit verwendet. Versuchen Sie später, eine Verbindung herzustellen, oder wenden Sie sich an Ihren Systemadministrator.',
      words: ['Anzahl der Verbindungen mit diesem Computer ist begrenzt', ['derzeit verwendet', 'momentan verwendet']],
    },
    {
      language: 'fr',
      quoted:
        'Le nombre de connexions à cet ordinateur est limité et toutes les connexions sont actuellement utilisées. Essayez de vous connecter ultérieurement ou contactez votre administrateur système.',
      words: ['nombre de connexions à cet ordinateur est limité', 'toutes les connexions sont actuellement utilisées'],
    },
    {
      language: 'es',
      quoted:
        'El número de conexiones a este equipo es limitado y todas las conexiones están en uso en este momento. Intente conectarse más tarde o póngase en contacto con el administrador del sistema.',
      words: ['número de conexiones a este equipo es limitado', 'todas las conexiones están en uso'],
    },
    {
      language: 'it',
      quoted:
        "Il numero di connessioni a questo computer è limitato e tutte le connessioni sono in uso al momento. Provare a connettersi in un secondo momento o contattare l'amministratore di sistema.",
      words: ['numero di connessioni a questo computer è limitato', 'tutte le connessioni sono in uso'],
    },
  ].map((w) =>
    quotedOn(
      { ...w, sentence: 'connections-in-use' },
      docs(
        w.language as LocalizedLanguage,
        'windows/win32/debug/system-error-codes--6000-8199-',
        `win32-pr.${LOCALE[w.language as LocalizedLanguage]} desktop-src/Debug/system-error-codes--6000-8199-.md`,
        true,
      ),
    ),
  ),
  // Issue 60 (h60b): RD Licensing's soft enforcement in Japanese; the CredSSP "function not supported" dialog in Polish.
  {
    sentence: 'license-soft-enforcement-60-minutes',
    language: 'ja',
    quoted:
      'リモート デスクトップ ライセンスに問題があり、セッションは 60 分後に切断されます。 この問題を解決するには、システム管理者に問い合わせてください。',
    words: ['ライセンスに問題があり', '60 分後に切断されます'],
    basis: 'wording',
    source: supportArticle('ja', 'windows-server/remote/your-session-will-be-disconnected-in-60-minutes'),
  },
  {
    sentence: 'function-not-supported',
    language: 'pl',
    quoted:
      'Wystąpił błąd uwierzytelnienia. Żądana funkcja nie jest obsługiwana. / Uwierzytelnianie nie powiodło się. Określona funkcja nie jest obsługiwana.',
    words: [
      ['błąd uwierzytelni', 'uwierzytelnianie nie powiodło się'],
      ['żądana funkcja nie jest obsługiwana', 'określona funkcja nie jest obsługiwana'],
    ],
    basis: 'wording',
    source: publicQuote(
      'https://pl.telusuri.info/articles/windows-10/proizoshla-oshibka-proverki-podlinnosti-ukazannaya-funkciya-ne-podderzhivaetsya.html',
      'a Polish how-to quoting the dialog (both wordings, after the CredSSP update KB4103718)',
    ),
  },
  // German licensing dialogs in the words a German blog quotes (no Microsoft page in German quotes these two wordings).
  {
    sentence: 'no-license-servers',
    language: 'de',
    quoted:
      'Die Remotedesktop-Sitzung wurde getrennt, da keine Lizenzserver verfügbar sind, um eine Lizenz bereitzustellen.',
    words: ['getrennt', 'keine Lizenzserver verfügbar'],
    basis: 'wording',
    source: publicQuote(
      'https://blog.silverpc.hu/2025/08/30/ist-das-normal-eine-analyse-was-der-rdp-lizenzserver-fur-ein-problem-haben-konnte',
      'a German blog post on the RD license server quoting the dialogs',
    ),
  },
  {
    sentence: 'licensing-protocol-error',
    language: 'de',
    quoted: 'Der Remotecomputer hat die Verbindung getrennt, da ein Lizenzierungsfehler aufgetreten ist.',
    words: ['Verbindung getrennt', 'Lizenzierungsfehler aufgetreten'],
    basis: 'wording',
    source: publicQuote(
      'https://blog.silverpc.hu/2025/08/30/ist-das-normal-eine-analyse-was-der-rdp-lizenzserver-fur-ein-problem-haben-konnte',
      'a German blog post on the RD license server quoting the dialogs',
    ),
  },
  // The CredSSP dialog's other French translation ("spécifiée" for "demandée").
  {
    sentence: 'function-not-supported',
    language: 'fr',
    quoted: "Une erreur d'authentification s'est produite. La fonction spécifiée n'est pas prise en charge.",
    words: ["erreur d'authentification", "fonction spécifiée n'est pas prise en charge"],
    basis: 'wording',
    source: publicQuote(
      'https://skillmaker.ru/fr/security/ukazannaya-funkciya-ne-podderzhivaetsya-proizoshla-oshibka-proverki',
      'a French how-to quoting the dialog',
    ),
  },
  // Logon refusals, account state and session limits in more languages (localized-logon.ts, issue 60 round 15).
  ...LOGON_WORDINGS,
  ...KOREAN_WORDINGS,
  ...TRADITIONAL_CHINESE_WORDINGS,
  ...TR_CS_SV_HU_WORDINGS,
  ...SPECIFIC_2016_WORDINGS,
  ...GENERAL_ERROR_WORDINGS,
  ...LEARN_PAGE_WORDINGS,
  ...COMMON_DIALOG_WORDINGS,
  ...JAPANESE_DIALOG_WORDINGS,
  ...NLA_REQUIRED_R29,
  // Second wordings of matrix cells another page of the language words otherwise (issue 60, round 32, h64a).
  ...MATRIX_H64A_WORDINGS,
  ...AZURE_2015_WORDINGS,
  ...CJK_RU_WORDINGS,
  // Windows' own words beside the pages' translations, vendors' tables, more titles (issue 60, round 23).
  ...MORE_WORDINGS,
  // Windows' system messages in languages written in Latin script (localized-latin-dialogs.ts, issue 60, round 24).
  ...LATIN_DIALOG_WORDINGS,
  ...LATIN_R30B_WORDINGS,
  ...OTHER_PRODUCT_WORDINGS,
  ...CLIENT_CATALOG_WORDINGS,
  ...NWM_BVNC_WORDINGS,
  // Languages of other scripts (localized-other-scripts.ts, issue 60 round 24).
  ...OTHER_SCRIPT_WORDINGS,
];

/** An Event Viewer "General" label as a localized page shows it, and the English label it stands for. */
export interface LocalizedLabel {
  readonly language: LocalizedLanguage;
  readonly label: string;
  readonly english:
    | 'Log Name'
    | 'Source'
    | 'Date'
    | 'Event ID'
    | 'Task Category'
    | 'Level'
    | 'Keywords'
    | 'User'
    | 'Computer'
    | 'Description';
  readonly source: Page;
}

const labels = (
  language: LocalizedLanguage,
  translation: 'HT' | 'MT',
  entries: readonly [string, LocalizedLabel['english']][],
): LocalizedLabel[] =>
  entries.map(([label, english]) => ({ language, label, english, source: azureEvents(language, translation) }));

/**
 * Event Viewer's "General" labels in each language, as the localized "Troubleshoot Azure VM RDP connection issues by
 * Event ID" page shows an event's text (the same page in every language: their labels side by side).
 */
export const EVENT_VIEWER_LABELS: readonly LocalizedLabel[] = [
  ...labels('de', 'HT', [
    ['Protokollname', 'Log Name'],
    ['Quelle', 'Source'],
    ['Datum', 'Date'],
    ['Ereignis-ID', 'Event ID'],
    ['Aufgabenkategorie', 'Task Category'],
    ['Ebene', 'Level'],
    ['Schlüsselwörter', 'Keywords'],
    ['Benutzer', 'User'],
    ['Beschreibung', 'Description'],
  ]),
  ...labels('fr', 'MT', [
    ['Nom du journal', 'Log Name'],
    ["ID d'événement", 'Event ID'],
    ['Catégorie de tâche', 'Task Category'],
    ['Niveau', 'Level'],
    ['Mots clés', 'Keywords'],
    ['Utilisateur', 'User'],
    ['Ordinateur', 'Computer'],
  ]),
  ...labels('es', 'HT', [
    ['Nombre de registro', 'Log Name'],
    ['Origen', 'Source'],
    ['Fecha', 'Date'],
    ['Id. de evento', 'Event ID'],
    ['Categoría de tarea', 'Task Category'],
    ['Nivel', 'Level'],
    ['Palabras clave', 'Keywords'],
    ['Usuario', 'User'],
    ['Equipo', 'Computer'],
    ['Descripción', 'Description'],
  ]),
  ...labels('it', 'MT', [
    ['Nome registro', 'Log Name'],
    ['Nome log', 'Log Name'],
    ['Origine', 'Source'],
    ['Data', 'Date'],
    ['ID evento', 'Event ID'],
    ['Categoria attività', 'Task Category'],
    ['Livello', 'Level'],
    ['Parole chiave', 'Keywords'],
    ['Utente', 'User'],
    ['Descrizione', 'Description'],
  ]),
  ...labels('pt', 'MT', [
    ['Nome do log', 'Log Name'],
    ['Nome de Log', 'Log Name'],
    ['Origem', 'Source'],
    ['Fonte', 'Source'],
    ['ID do Evento', 'Event ID'],
    ['Categoria da tarefa', 'Task Category'],
    ['Nível', 'Level'],
    ['Palavras-chave', 'Keywords'],
    ['Usuário', 'User'],
    ['Computador', 'Computer'],
    ['Descrição', 'Description'],
  ]),
  ...labels('nl', 'MT', [
    ['Logboeknaam', 'Log Name'],
    ['Bron', 'Source'],
    ['Gebeurtenis-id', 'Event ID'],
    ['Taakcategorie', 'Task Category'],
    ['Niveau', 'Level'],
    ['Trefwoorden', 'Keywords'],
    ['Gebruiker', 'User'],
    ['Beschrijving', 'Description'],
  ]),
  ...labels('pl', 'MT', [
    ['Nazwa dziennika', 'Log Name'],
    ['Źródło', 'Source'],
    ['Identyfikator zdarzenia', 'Event ID'],
    ['Kategoria zadania', 'Task Category'],
    ['Poziom', 'Level'],
    ['Słowa kluczowe', 'Keywords'],
    ['Użytkownik', 'User'],
    ['Komputer', 'Computer'],
    ['Opis', 'Description'],
  ]),
  ...labels('ru', 'MT', [
    ['Имя журнала', 'Log Name'],
    ['Источник', 'Source'],
    ['Дата', 'Date'],
    ['Идентификатор события', 'Event ID'],
    ['Категория задачи', 'Task Category'],
    ['Уровень', 'Level'],
    ['Ключевые слова', 'Keywords'],
    ['Пользователь', 'User'],
    ['Компьютер', 'Computer'],
    ['Описание', 'Description'],
  ]),
  ...labels('ja', 'HT', [
    ['ログ名', 'Log Name'],
    ['ソース', 'Source'],
    ['日付', 'Date'],
    ['イベント ID', 'Event ID'],
    ['タスク カテゴリ', 'Task Category'],
    ['レベル', 'Level'],
    ['キーワード', 'Keywords'],
    ['ユーザー', 'User'],
    ['コンピューター', 'Computer'],
    ['説明', 'Description'],
  ]),
];

/**
 * The words of an event message that introduce a number (Schannel's "The internal error state is 10001"), as the
 * localized page words them: read as the English words, so the number gets the role the English text gives it.
 */
export interface LocalizedPhrase {
  readonly language: LocalizedLanguage;
  readonly phrase: string;
  readonly english: string;
  /** The number comes after the phrase, or (Japanese) between it and `closing`. */
  readonly closing?: string;
  readonly source: Page;
}

export const LOCALIZED_PHRASES: readonly LocalizedPhrase[] = [
  {
    language: 'de',
    phrase: 'Der interne Fehlerstatus ist',
    english: 'The internal error state is',
    source: azureEvents('de', 'HT'),
  },
  {
    language: 'fr',
    phrase: "L'état d'erreur interne est",
    english: 'The internal error state is',
    source: azureEvents('fr', 'MT'),
  },
  {
    language: 'es',
    phrase: 'El estado del error interno es',
    english: 'The internal error state is',
    source: azureEvents('es', 'HT'),
  },
  {
    language: 'it',
    phrase: "Lo stato dell'errore interno è",
    english: 'The internal error state is',
    source: azureEvents('it', 'MT'),
  },
  {
    language: 'pt',
    phrase: 'O estado de erro interno é',
    english: 'The internal error state is',
    source: azureEvents('pt', 'MT'),
  },
  {
    language: 'nl',
    phrase: 'De interne fout status is',
    english: 'The internal error state is',
    source: azureEvents('nl', 'MT'),
  },
  {
    language: 'pl',
    phrase: 'Wewnętrzny stan błędu to',
    english: 'The internal error state is',
    source: azureEvents('pl', 'MT'),
  },
  {
    language: 'ru',
    phrase: 'Внутреннее состояние ошибки:',
    english: 'The internal error state is',
    source: azureEvents('ru', 'MT'),
  },
  {
    language: 'ja',
    phrase: '内部エラーの状態は',
    english: 'The internal error state is',
    closing: 'です',
    source: azureEvents('ja', 'HT'),
  },
];

const ASCII = /^[\x00-\x7f]*$/;

/**
 * A text as the localized words are compared with it: lower case, accents and umlauts dropped (ä, ae and a alike),
 * ß as ss, and everything but letters and digits removed (spaces, line breaks, hyphens, quotes, apostrophes).
 */
export function foldText(text: string): string {
  if (text.length > FOLDED_TEXT_CHARS) {
    if (lastFolded?.text !== text) lastFolded = { text, folded: foldNew(text) };
    return lastFolded.folded;
  }
  return foldedTexts.get(text) ?? keepFolded(text);
}

/** A short text folded and kept (the keeping starts again past FOLDED_TEXTS_KEPT). */
function keepFolded(text: string): string {
  const folded = foldNew(text);
  if (foldedTexts.size >= FOLDED_TEXTS_KEPT) foldedTexts.clear();
  foldedTexts.set(text, folded);
  return folded;
}

/** Texts of at most this many characters are kept folded (the tables' texts and words, a paste's words)… */
const FOLDED_TEXT_CHARS = 256;
/** …and at most this many of them (then the keeping starts again). */
const FOLDED_TEXTS_KEPT = 20_000;
/** @cache short texts folded (a pure function of the text): the tables' texts and words fold again for every paste. */
const foldedTexts = new Map<string, string>();
/** @cache the last longer text folded (a pure function of the text): a paste is folded by each table it is read against. */
let lastFolded: { readonly text: string; readonly folded: string } | undefined;

function foldNew(text: string): string {
  // Plain ASCII, the common case, has no marks, ligatures or other scripts: the same result in three passes.
  if (ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/([aou])e/g, '$1')
      .replace(/[^a-z0-9]/g, '');
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/([aou])e/g, '$1')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

interface Compiled {
  readonly wording: LocalizedWording;
  readonly words: readonly (readonly string[])[];
  readonly not: readonly string[];
}

/** @cache the entries' folded words: a pure function of the constant table above, folded once. */
const COMPILED: readonly Compiled[] = LOCALIZED_SENTENCES.map((wording) => ({
  wording,
  words: wording.words.map((w) => (typeof w === 'string' ? [foldText(w)] : w.map(foldText))),
  not: (wording.not ?? []).map(foldText),
}));

/** The localized wordings a paste holds, one per sentence (the first language whose words all occur). */
export function findLocalizedSentences(text: string): LocalizedWording[] {
  const folded = foldText(text);
  const out: LocalizedWording[] = [];
  for (const c of COMPILED) {
    if (out.some((w) => w.sentence === c.wording.sentence)) continue;
    if (
      c.words.every((any) => any.some((w) => foldedIncludes(folded, w))) &&
      !c.not.some((w) => foldedIncludes(folded, w))
    )
      out.push(c.wording);
  }
  return out;
}

/** The languages a sentence is read in besides English. */
export function localizedLanguagesOf(sentenceId: string): LocalizedLanguage[] {
  const out: LocalizedLanguage[] = [];
  for (const w of LOCALIZED_SENTENCES) if (w.sentence === sentenceId && !out.includes(w.language)) out.push(w.language);
  return out;
}

/** A regular expression that finds a localized label or phrase as pasted (case, accents, apostrophes, spaces). */
export function tolerant(phrase: string): string {
  let out = '';
  for (const ch of phrase) {
    const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    if (/\s/.test(ch)) out += String.raw`\s*`;
    else if (ch === "'" || ch === '\u2019') out += String.raw`['\u2018\u2019\u02bc\x60\u00b4]?\s*`;
    else if (ch === '-' || ch === '.') out += String.raw`[-.\s]?`;
    else if (/^[äöüÄÖÜ]$/.test(ch)) out += `(?:${ch}|${base}e?)`;
    else if (ch === 'ß') out += '(?:ß|ss)';
    else if (ch === 'ł') out += '[łl]';
    else if (base !== ch) out += `[${ch}${base}]`;
    else out += ch.replace(/[\\^$*+?()[\]{}|]/g, '\\$&');
  }
  return out;
}

/** @cache the labels' and phrases' expressions: a pure function of the constant tables above, built once. */
const LABEL_RE: readonly { readonly re: RegExp; readonly label: LocalizedLabel }[] = EVENT_VIEWER_LABELS.map(
  (label) => ({
    re: new RegExp(String.raw`(^|\s|<br\s*/?>)[ \t*]*${tolerant(label.label)}[ \t*]*[:：]`, 'giu'),
    label,
  }),
);
const PHRASE_RE: readonly { readonly re: RegExp; readonly phrase: LocalizedPhrase }[] = LOCALIZED_PHRASES.map(
  (phrase) => ({
    re: phrase.closing
      ? new RegExp(String.raw`${tolerant(phrase.phrase)}\s*(\d+)\s*${tolerant(phrase.closing)}`, 'giu')
      : new RegExp(tolerant(phrase.phrase), 'giu'),
    phrase,
  }),
);

/**
 * A paste's localized Event Viewer labels and number phrases as their English words, so that a German or Japanese
 * event block is read by its labels as the English one is; and the languages they were in (a language counts from two
 * of its labels, or one phrase: one word such as "Data" is a label in several languages). A thousands separator in
 * the event id Event Viewer shows (`1,296`) is dropped.
 */
export function englishLabels(text: string): { text: string; languages: LocalizedLanguage[] } {
  const seen = new Map<LocalizedLanguage, number>();
  const count = (language: LocalizedLanguage, n: number) => seen.set(language, (seen.get(language) ?? 0) + n);
  let out = text;
  for (const { re, label } of LABEL_RE)
    out = out.replace(re, (_all, before: string) => {
      count(label.language, 1);
      return `${before}${label.english}:`;
    });
  for (const { re, phrase } of PHRASE_RE)
    out = out.replace(re, (_all, number: unknown) => {
      count(phrase.language, 2);
      // Without a group the second argument is the offset: only the closing form captures the number.
      return phrase.closing && typeof number === 'string' ? `${phrase.english} ${number}` : phrase.english;
    });
  out = out.replace(/(Event ID:\s*)(\d{1,2})[,.\u00a0\u202f ](\d{3})(?!\d)/g, '$1$2$3');
  // The dialog's code labels in Chinese, Japanese, Korean and Thai (script-code-labels.ts).
  out = englishCodeLabels(out);
  const languages = [...seen]
    .filter(([, n]) => n >= 2)
    .sort((x, y) => y[1] - x[1])
    .map(([language]) => language);
  return { text: out, languages };
}
