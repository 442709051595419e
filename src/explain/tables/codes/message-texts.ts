/**
 * The system message text of a code (what FormatMessage, Event Viewer or a dialog shows for it, without the code):
 * one reverse index from that text, in each language a Microsoft page gives it in, to the code's symbolic name in
 * its table (read with `lookupCodeName`, so the answer and its causes are the code's).
 *
 * Sources, every text quoted from the page named with it:
 * - English: winerror.h's message text as Microsoft Learn's "COM Error Codes (Security and Setup)" page quotes it
 *   (learn.microsoft.com/en-us/windows/win32/com/com-error-codes-4; the English original the localized page shows
 *   beside its translation).
 * - German and French: the same page and "System Error Codes (1300-1699)" in Microsoft's localized Win32
 *   documentation (repositories MicrosoftDocs/win32-pr.de-de and win32-pr.fr-fr); Italian and Portuguese (Brazil):
 *   the security page's most met SSPI statuses (win32-pr.it-it, win32-pr.pt-br); Spanish, Italian, Portuguese (Brazil)
 *   and Russian: the Win32 logon errors of "System Error Codes (1300-1699)". These pages say they are machine
 *   translations (`ms.translationtype: MT`): Windows' own wording may differ in a word, and a paste that differs is
 *   not read (it is refused as any unknown text is), never guessed.
 *
 * Matching: the paste and the text are both folded (foldText: case, accents, umlauts, quotes, apostrophes, hyphens,
 * spaces and line breaks, the final period), and the paste must contain the whole text. A text that is part of a
 * longer matched text (a French CredSSP policy text and its "NTLM only" variant) gives way to the longer one. A text
 * too short to say anything alone is refused by the table test, as is a text that two codes share.
 */
import { foldText } from '../languages/localized.js';
import { CTX_MESSAGE_TEXTS } from './ctx-message-texts-latin.js';
import { foldedIncludes } from '../approximate/folded-pieces.js';
import type { LocalizedLanguage, Page } from '../languages/localized-wording.js';
import { type NearCandidate, nearestText } from '../approximate/nearest-text.js';
import { firstSentenceOf, quotedIn, quotedPieces } from '../sentences/quoted-text.js';
import { NTSTATUS_CODES } from '../../../../patterns/codes/ntstatus.js';
import { SSPI_STATUS_CODES, WIN32_ERRORS, WIN32_SERVICE_ERRORS } from '../../../../patterns/codes/sspi-status.js';

export type MessageLanguage = 'en' | LocalizedLanguage;

/** One code's message text in one language. */
export interface MessageText {
  /** The code's symbolic name in its table (src/explain/tables/codes/names.ts reads it). */
  readonly code: string;
  readonly language: MessageLanguage;
  /** The text as the page quotes it. */
  readonly text: string;
  readonly source: Page;
  /** Found by most of its words, not the whole text (`nearestMessageText`). */
  readonly approximate?: boolean;
  /** Found by its first sentence quoted inside the paste (quoted-text.ts), the rest of the paste the user's words. */
  readonly firstSentence?: boolean;
}

const WIN32_LOCALE = { de: 'de-de', fr: 'fr-fr', es: 'es-es', it: 'it-it', pt: 'pt-br', ru: 'ru-ru' } as const;
const WIN32_REPO: Readonly<Record<keyof typeof WIN32_LOCALE, string>> = {
  de: 'MicrosoftDocs/win32-pr.de-de',
  es: 'MicrosoftDocs/win32-pr.es-es',
  fr: 'MicrosoftDocs/win32-pr.fr-fr',
  it: 'MicrosoftDocs/win32-pr.it-it',
  pt: 'MicrosoftDocs/win32-pr.pt-br',
  ru: 'MicrosoftDocs/win32-pr.ru-ru',
};

/** "COM Error Codes (Security and Setup)": SEC_E_*, CERT_E_*, TRUST_E_*, CRYPT_E_*. */
const comSecurity = (language: 'en' | 'de' | 'fr' | 'it' | 'pt'): Page =>
  language === 'en'
    ? {
        url: 'https://learn.microsoft.com/en-us/windows/win32/com/com-error-codes-4',
        file: 'MicrosoftDocs/win32 desktop-src/com/com-error-codes-4.md',
      }
    : {
        url: `https://learn.microsoft.com/${WIN32_LOCALE[language]}/windows/win32/com/com-error-codes-4`,
        file: `${WIN32_REPO[language]} desktop-src/com/com-error-codes-4.md`,
        machineTranslated: true,
      };

/** "System Error Codes (1300-1699)" (the Win32 logon errors), or (`1700-3999`) the page of 1907. */
const systemErrors1300 = (
  language: 'en' | keyof typeof WIN32_LOCALE,
  page: '1300-1699' | '1700-3999' = '1300-1699',
): Page =>
  language === 'en'
    ? {
        url: `https://learn.microsoft.com/en-us/windows/win32/debug/system-error-codes--${page}-`,
        file: `MicrosoftDocs/win32 desktop-src/Debug/system-error-codes--${page}-.md`,
      }
    : {
        url: `https://learn.microsoft.com/${WIN32_LOCALE[language]}/windows/win32/debug/system-error-codes--${page}-`,
        file: `${WIN32_REPO[language]} desktop-src/Debug/system-error-codes--${page}-.md`,
        machineTranslated: true,
      };

/**
 * [code, English, German, French] as the security page gives them (undefined: not read on that page). Left out: a
 * text two codes share (SEC_E_CONTEXT_EXPIRED and SEC_I_CONTEXT_EXPIRED; SEC_E_CERT_WRONG_USAGE and CERT_E_WRONG_USAGE,
 * "The certificate is not valid for the requested usage"), SEC_E_INTERNAL_ERROR (its text is a dialog sentence of
 * sentences.ts that stands for another code), and CRYPT_E_UNEXPECTED_MSG_TYPE / CRYPT_E_NO_KEY_PROPERTY, whose rows
 * the page shifts by one; SEC_E_SECPKG_NOT_FOUND and SEC_E_BAD_PKGID ("The requested security package does not exist").
 */
const SECURITY: readonly (readonly [string, string | undefined, string | undefined, string | undefined])[] = [
  [
    'SEC_E_UNSUPPORTED_FUNCTION',
    'The function requested is not supported',
    'Die angeforderte Funktion wird nicht unterstützt.',
    undefined,
  ],
  [
    'SEC_E_TARGET_UNKNOWN',
    'The specified target is unknown or unreachable',
    'Das angegebene Ziel ist unbekannt oder nicht erreichbar.',
    undefined,
  ],
  [
    'SEC_E_NOT_OWNER',
    'The caller is not the owner of the desired credentials',
    'Der Aufrufer ist nicht der Besitzer der gewünschten Anmelde Informationen.',
    undefined,
  ],
  [
    'SEC_E_CANNOT_INSTALL',
    'The security package failed to initialize, and cannot be installed',
    'Das Sicherheitspaket konnte nicht initialisiert werden und kann nicht installiert werden.',
    'Le package de sécurité n’a pas pu s’initialiser et ne peut pas être installé',
  ],
  [
    'SEC_E_INVALID_TOKEN',
    'The token supplied to the function is invalid',
    'Das für die Funktion angegebene Token ist ungültig.',
    'Le jeton fourni à la fonction n’est pas valide',
  ],
  [
    'SEC_E_CANNOT_PACK',
    'The security package is not able to marshal the logon buffer, so the logon attempt has failed',
    'Das Sicherheitspaket kann den Anmelde Puffer nicht Mars Hallen, sodass der Anmeldeversuch fehlgeschlagen ist.',
    'Le package de sécurité n’est pas en mesure de marshaler le tampon d’ouverture de session, de sorte que la tentative d’ouverture de session a échoué',
  ],
  [
    'SEC_E_QOP_NOT_SUPPORTED',
    'The per-message Quality of Protection is not supported by the security package',
    'Die Nachrichten Schutz Qualität wird vom Sicherheitspaket nicht unterstützt.',
    'La qualité par message de protection n’est pas prise en charge par le package de sécurité',
  ],
  [
    'SEC_E_NO_IMPERSONATION',
    'The security context does not allow impersonation of the client',
    'Der Sicherheitskontext lässt den Identitätswechsel des Clients nicht zu.',
    'Le contexte de sécurité n’autorise pas l’emprunt d’identité du client',
  ],
  [
    'SEC_E_MESSAGE_ALTERED',
    'The message or signature supplied for verification has been altered',
    'Die für die Überprüfung angegebene Nachricht oder Signatur wurde geändert.',
    'Le message ou la signature fourni pour vérification a été modifié',
  ],
  [
    'SEC_E_OUT_OF_SEQUENCE',
    'The message supplied for verification is out of sequence',
    'Die für die Überprüfung angegebene Nachricht ist nicht in der Reihenfolge.',
    'Le message fourni pour vérification est hors séquence',
  ],
  [
    'SEC_E_LOGON_DENIED',
    'The logon attempt failed',
    'Der Anmeldeversuch ist fehlgeschlagen.',
    'Échec de la tentative d’ouverture de session',
  ],
  [
    'SEC_E_UNKNOWN_CREDENTIALS',
    'The credentials supplied to the package were not recognized',
    'Die für das Paket angegebenen Anmelde Informationen wurden nicht erkannt.',
    'Les informations d’identification fournies au package n’ont pas été reconnues',
  ],
  [
    'SEC_E_NO_CREDENTIALS',
    'No credentials are available in the security package',
    'Im Sicherheitspaket sind keine Anmelde Informationen verfügbar.',
    'Aucune information d’identification n’est disponible dans le package de sécurité',
  ],
  [
    'SEC_E_NO_AUTHENTICATING_AUTHORITY',
    'No authority could be contacted for authentication.',
    'Es konnte keine Autorität für die Authentifizierung kontaktiert werden.',
    'Aucune autorité n’a pu être contactée pour l’authentification.',
  ],
  [
    'SEC_E_INCOMPLETE_CREDENTIALS',
    'The credentials supplied were not complete, and could not be verified. The context could not be initialized.',
    'Die angegebenen Anmelde Informationen waren nicht fertiggestellt und konnten nicht überprüft werden. Der Kontext konnte nicht initialisiert werden.',
    'Les informations d’identification fournies n’ont pas été terminées et n’ont pas pu être vérifiées. Le contexte n’a pas pu être initialisé.',
  ],
  [
    'SEC_E_WRONG_PRINCIPAL',
    'The target principal name is incorrect.',
    'Der Zielprinzipalname ist falsch.',
    'Le principal nom cible est incorrect.',
  ],
  [
    'SEC_E_TIME_SKEW',
    'The clocks on the client and server machines are skewed.',
    'Die Uhren auf den Client-und Server Computern sind verzerrt.',
    'Les horloges sur les ordinateurs clients et serveurs sont déformées.',
  ],
  [
    'SEC_E_UNTRUSTED_ROOT',
    'The certificate chain was issued by an authority that is not trusted.',
    'Die Zertifikatkette wurde von einer nicht vertrauenswürdigen Zertifizierungsstelle ausgestellt.',
    'La chaîne de certificats a été émise par une autorité qui n’est pas approuvée.',
  ],
  [
    'SEC_E_ILLEGAL_MESSAGE',
    'The message received was unexpected or badly formatted.',
    'Die empfangene Nachricht war unerwartet oder falsch formatiert.',
    'Le message reçu était inattendu ou formaté de façon incorrecte.',
  ],
  [
    'SEC_E_CERT_UNKNOWN',
    'An unknown error occurred while processing the certificate.',
    'Unbekannter Fehler beim Verarbeiten des Zertifikats.',
    'Une erreur inconnue s’est produite lors du traitement du certificat.',
  ],
  [
    'SEC_E_CERT_EXPIRED',
    'The received certificate has expired.',
    'Das empfangene Zertifikat ist abgelaufen.',
    'Le certificat reçu a expiré.',
  ],
  [
    'SEC_E_ALGORITHM_MISMATCH',
    'The client and server cannot communicate, because they do not possess a common algorithm.',
    'Der Client und der Server können nicht kommunizieren, da Sie keinen gemeinsamen Algorithmus besitzen.',
    'Le client et le serveur ne peuvent pas communiquer, car ils ne possèdent pas d’algorithme commun.',
  ],
  [
    'SEC_E_SECURITY_QOS_FAILED',
    'The security context could not be established due to a failure in the requested quality of service (e.g. mutual authentication or delegation).',
    'Der Sicherheitskontext konnte aufgrund eines Fehlers bei der angeforderten Quality of Service (z. b. gegenseitige Authentifizierung oder Delegierung) nicht eingerichtet werden.',
    'Impossible d’établir le contexte de sécurité en raison d’une défaillance de la qualité de service demandée (par exemple, une authentification mutuelle ou une délégation).',
  ],
  [
    'SEC_E_UNFINISHED_CONTEXT_DELETED',
    'A security context was deleted before the context was completed. This is considered a logon failure.',
    'Ein Sicherheitskontext wurde gelöscht, bevor der Kontext abgeschlossen wurde. Dies wird als Anmeldefehler betrachtet.',
    'Un contexte de sécurité a été supprimé avant la fin du contexte. Cela est considéré comme un échec d’ouverture de session.',
  ],
  [
    'SEC_E_WRONG_CREDENTIAL_HANDLE',
    'The supplied credential handle does not match the credential associated with the security context.',
    'Das angegebene Anmelde Informations Handle entspricht nicht den Anmelde Informationen, die dem Sicherheitskontext zugeordnet sind.',
    'Le handle d’informations d’identification fourni ne correspond pas aux informations d’identification associées au contexte de sécurité.',
  ],
  [
    'SEC_E_CRYPTO_SYSTEM_INVALID',
    'The crypto system or checksum function is invalid because a required function is unavailable.',
    'Das Kryptografiesystem oder die Prüfsumme-Funktion ist ungültig, da eine erforderliche Funktion nicht verfügbar ist.',
    'Le système de chiffrement ou la fonction de somme de contrôle n’est pas valide, car une fonction requise n’est pas disponible.',
  ],
  [
    'SEC_E_MAX_REFERRALS_EXCEEDED',
    'The number of maximum ticket referrals has been exceeded.',
    'Die Anzahl der maximalen Ticket Verweise wurde überschritten.',
    'Le nombre maximal de références de ticket a été dépassé.',
  ],
  [
    'SEC_E_MUST_BE_KDC',
    'The local machine must be a Kerberos KDC (domain controller) and it is not.',
    'Der lokale Computer muss ein Kerberos-KDC (Domänen Controller) sein, und das ist nicht der Fall.',
    'L’ordinateur local doit être un KDC Kerberos (contrôleur de domaine).',
  ],
  [
    'SEC_E_STRONG_CRYPTO_NOT_SUPPORTED',
    'The other end of the security negotiation is requires strong crypto but it is not supported on the local machine.',
    'Das andere Ende der Sicherheitsaus Handlung erfordert eine starke Kryptografie, wird jedoch auf dem lokalen Computer nicht unterstützt.',
    'L’autre terminaison de la négociation de sécurité nécessite un chiffrement renforcé, mais elle n’est pas prise en charge sur l’ordinateur local.',
  ],
  [
    'SEC_E_TOO_MANY_PRINCIPALS',
    'The KDC reply contained more than one principal name.',
    'Die KDC-Antwort enthielt mehr als einen Prinzipal Namen.',
    'La réponse du KDC contenait plus d’un nom principal.',
  ],
  [
    'SEC_E_NO_PA_DATA',
    'Expected to find PA data for a hint of what etype to use, but it was not found.',
    'Es wurde erwartet, dass PA-Daten gefunden werden, um einen Hinweis darauf zu erhalten, was ETYPE verwendet, aber nicht gefunden wurde.',
    'Les données d’élément d’information sont attendues pour indiquer le ETYPE à utiliser, mais elles sont introuvables.',
  ],
  [
    'SEC_E_PKINIT_NAME_MISMATCH',
    'The client certificate does not contain a valid UPN, or does not match the client name in the logon request. Please contact your administrator.',
    'Das Client Zertifikat enthält keinen gültigen UPN oder entspricht nicht dem Client Namen in der Anmelde Anforderung. Wenden Sie sich an den Administrator.',
    "Le certificat client ne contient pas un UPN valide ou ne correspond pas au nom du client dans la demande d’ouverture de session. Contactez l'administrateur.",
  ],
  [
    'SEC_E_SMARTCARD_LOGON_REQUIRED',
    'Smartcard logon is required and was not used.',
    'Die Smartcard-Anmeldung ist erforderlich und wurde nicht verwendet.',
    'La connexion par carte à puce est obligatoire et n’a pas été utilisée.',
  ],
  [
    'SEC_E_KDC_INVALID_REQUEST',
    'An invalid request was sent to the KDC.',
    'Es wurde eine ungültige Anforderung an den KDC gesendet.',
    'Une demande non valide a été envoyée au KDC.',
  ],
  [
    'SEC_E_KDC_UNABLE_TO_REFER',
    'The KDC was unable to generate a referral for the service requested.',
    'Der KDC konnte keinen Verweis für den angeforderten Dienst generieren.',
    'Le KDC n’a pas pu générer de référence pour le service demandé.',
  ],
  [
    'SEC_E_KDC_UNKNOWN_ETYPE',
    'The encryption type requested is not supported by the KDC.',
    'Der angeforderte Verschlüsselungstyp wird vom KDC nicht unterstützt.',
    'Le type de chiffrement demandé n’est pas pris en charge par le KDC.',
  ],
  [
    'SEC_E_UNSUPPORTED_PREAUTH',
    'An unsupported preauthentication mechanism was presented to the Kerberos package.',
    'Es wurde ein nicht unterstützter vorauthentifizierungs Mechanismus für das Kerberos-Paket angezeigt.',
    'Un mécanisme de pré-authentification non pris en charge a été présenté au package Kerberos.',
  ],
  [
    'SEC_E_DELEGATION_REQUIRED',
    'The requested operation cannot be completed. The computer must be trusted for delegation and the current user account must be configured to allow delegation.',
    'Der angeforderte Vorgang kann nicht abgeschlossen werden. Dem Computer muss zu Delegierungszwecken vertraut werden, und das aktuelle Benutzerkonto muss so konfiguriert sein, dass es die Delegierung gestattet.',
    "L'opération requise ne peut pas être terminée. L’ordinateur doit être approuvé pour la délégation et le compte d’utilisateur actuel doit être configuré afin d’autoriser la délégation.",
  ],
  [
    'SEC_E_BAD_BINDINGS',
    "Client's supplied SSPI channel bindings were incorrect.",
    'Die vom Client bereitgestellten SSPI-Kanal Bindungen waren falsch.',
    undefined,
  ],
  [
    'SEC_E_MULTIPLE_ACCOUNTS',
    'The received certificate was mapped to multiple accounts.',
    'Das empfangene Zertifikat wurde mehreren Konten zugeordnet.',
    'Le certificat reçu a été mappé à plusieurs comptes.',
  ],
  [
    'SEC_E_SMARTCARD_CERT_REVOKED',
    'The smartcard certificate used for authentication has been revoked. Please contact your system administrator. There may be additional information in the event log.',
    'Das für die Authentifizierung verwendete Smartcard-Zertifikat wurde gesperrt. Wenden Sie sich an Ihren Systemadministrator. Möglicherweise sind weitere Informationen im Ereignisprotokoll vorhanden.',
    'Le certificat de carte à puce utilisé pour l’authentification a été révoqué. Contactez votre administrateur système. Il peut y avoir des informations supplémentaires dans le journal des événements.',
  ],
  [
    'SEC_E_ISSUING_CA_UNTRUSTED',
    'An untrusted certificate authority was detected While processing the smartcard certificate used for authentication. Please contact your system administrator.',
    'Eine nicht vertrauenswürdige Zertifizierungsstelle wurde bei der Verarbeitung des für die Authentifizierung verwendeten Smartcard-Zertifikats erkannt. Wenden Sie sich an Ihren Systemadministrator.',
    'Une autorité de certification non approuvée a été détectée lors du traitement du certificat de carte à puce utilisé pour l’authentification. Contactez votre administrateur système.',
  ],
  [
    'SEC_E_REVOCATION_OFFLINE_C',
    'The revocation status of the smartcard certificate used for authentication could not be determined. Please contact your system administrator.',
    'Der Sperr Status des für die Authentifizierung verwendeten Smartcard-Zertifikats konnte nicht ermittelt werden. Wenden Sie sich an Ihren Systemadministrator.',
    'L’état de révocation du certificat de carte à puce utilisé pour l’authentification n’a pas pu être déterminé. Contactez votre administrateur système.',
  ],
  [
    'SEC_E_PKINIT_CLIENT_FAILURE',
    'The smartcard certificate used for authentication was not trusted. Please contact your system administrator.',
    'Das für die Authentifizierung verwendete Smartcard-Zertifikat war nicht vertrauenswürdig. Wenden Sie sich an Ihren Systemadministrator.',
    'Le certificat de carte à puce utilisé pour l’authentification n’a pas été approuvé. Contactez votre administrateur système.',
  ],
  [
    'SEC_E_SMARTCARD_CERT_EXPIRED',
    'The smartcard certificate used for authentication has expired. Please contact your system administrator.',
    'Das für die Authentifizierung verwendete Smartcard-Zertifikat ist abgelaufen. Wenden Sie sich an Ihren Systemadministrator.',
    'Le certificat de carte à puce utilisé pour l’authentification a expiré. Contactez votre administrateur système.',
  ],
  [
    'SEC_E_NO_S4U_PROT_SUPPORT',
    'The Kerberos subsystem encountered an error. A service for user protocol request was made against a domain controller which does not support service for user.',
    'Beim Kerberos-Subsystem ist ein Fehler aufgetreten. Ein Dienst für die Benutzerprotokoll Anforderung wurde für einen Domänen Controller durchgeführt, der den Dienst für Benutzer nicht unterstützt.',
    'Le sous-système Kerberos a rencontré une erreur. Une demande de protocole de service pour l’utilisateur a été effectuée sur un contrôleur de domaine qui ne prend pas en charge le service pour l’utilisateur.',
  ],
  [
    'SEC_E_CROSSREALM_DELEGATION_FAILURE',
    "An attempt was made by this server to make a Kerberos constrained delegation request for a target outside of the server's realm. This is not supported, and indicates a misconfiguration on this server's allowed to delegate to list. Please contact your administrator.",
    'Der Server hat versucht, eine eingeschränkte Kerberos-Delegierungs Anforderung für ein Ziel außerhalb des Serverbereichs vorzunehmen. Dies wird nicht unterstützt und zeigt an, dass eine Fehlkonfiguration auf diesem Server für die Delegierung an die Liste zulässig ist. Wenden Sie sich an den Administrator.',
    "Une tentative a été effectuée par ce serveur pour effectuer une demande de délégation Kerberos avec restriction pour une cible en dehors du domaine du serveur. Cela n’est pas pris en charge et indique une configuration incorrecte sur le serveur autorisé à déléguer à la liste. Contactez l'administrateur.",
  ],
  [
    'SEC_E_REVOCATION_OFFLINE_KDC',
    'The revocation status of the domain controller certificate used for smartcard authentication could not be determined. There is additional information in the system event log. Please contact your system administrator.',
    'Der Sperr Status des Domänen Controller Zertifikats, das für die Smartcard-Authentifizierung verwendet wird, konnte nicht ermittelt werden. Es gibt zusätzliche Informationen im System Ereignisprotokoll. Wenden Sie sich an Ihren Systemadministrator.',
    'L’état de révocation du certificat de contrôleur de domaine utilisé pour l’authentification par carte à puce n’a pas pu être déterminé. Le journal des événements système contient des informations supplémentaires. Contactez votre administrateur système.',
  ],
  [
    'SEC_E_ISSUING_CA_UNTRUSTED_KDC',
    'An untrusted certificate authority was detected while processing the domain controller certificate used for authentication. There is additional information in the system event log. Please contact your system administrator.',
    'Bei der Verarbeitung des für die Authentifizierung verwendeten Domänen Controller Zertifikats wurde eine nicht vertrauenswürdige Zertifizierungsstelle erkannt. Es gibt zusätzliche Informationen im System Ereignisprotokoll. Wenden Sie sich an Ihren Systemadministrator.',
    'Une autorité de certification non approuvée a été détectée lors du traitement du certificat de contrôleur de domaine utilisé pour l’authentification. Le journal des événements système contient des informations supplémentaires. Contactez votre administrateur système.',
  ],
  [
    'SEC_E_KDC_CERT_EXPIRED',
    'The domain controller certificate used for smartcard logon has expired. Please contact your system administrator with the contents of your system event log.',
    'Das für die Smartcard-Anmeldung verwendete Domänen Controller Zertifikat ist abgelaufen. Wenden Sie sich mit dem Inhalt Ihres System Ereignis Protokolls an Ihren Systemadministrator.',
    'Le certificat du contrôleur de domaine utilisé pour la connexion par carte à puce a expiré. Veuillez contacter votre administrateur système avec le contenu de votre journal des événements système.',
  ],
  [
    'SEC_E_KDC_CERT_REVOKED',
    'The domain controller certificate used for smartcard logon has been revoked. Please contact your system administrator with the contents of your system event log.',
    'Das für die Smartcard-Anmeldung verwendete Domänen Controller Zertifikat wurde widerrufen. Wenden Sie sich mit dem Inhalt Ihres System Ereignis Protokolls an Ihren Systemadministrator.',
    'Le certificat du contrôleur de domaine utilisé pour la connexion par carte à puce a été révoqué. Veuillez contacter votre administrateur système avec le contenu de votre journal des événements système.',
  ],
  [
    'SEC_E_INVALID_PARAMETER',
    'One or more of the parameters passed to the function was invalid.',
    'Mindestens ein Parameter, der an die Funktion weitergegeben wurde, war ungültig.',
    'Un ou plusieurs des paramètres passés à la fonction ne sont pas valides.',
  ],
  [
    'SEC_E_NO_CONTEXT',
    'The required security context does not exist.',
    'Der erforderliche Sicherheitskontext ist nicht vorhanden.',
    'Le contexte de sécurité requis n’existe pas.',
  ],
  [
    'SEC_E_PKU2U_CERT_FAILURE',
    'The PKU2U protocol encountered an error while attempting to utilize the associated certificates.',
    'Beim Versuch, die zugeordneten Zertifikate zu verwenden, ist im PKU2U-Protokoll ein Fehler aufgetreten.',
    'Le protocole PKU2U a rencontré une erreur lors de la tentative d’utilisation des certificats associés.',
  ],
  [
    'SEC_E_ONLY_HTTPS_ALLOWED',
    'Only https scheme is allowed.',
    'Nur das HTTPS-Schema ist zulässig.',
    'Seul le schéma HTTPS est autorisé.',
  ],
  [
    'SEC_E_DELEGATION_POLICY',
    'Client policy does not allow credential delegation to target server.',
    'Die Client Richtlinie ermöglicht keine Delegierung von Anmelde Informationen an den Zielserver.',
    'La stratégie du client n’autorise pas la délégation des informations d’identification au serveur cible.',
  ],
  [
    'SEC_E_POLICY_NLTM_ONLY',
    'Client policy does not allow credential delegation to target server with NLTM only authentication.',
    'Bei der Client Richtlinie ist die Delegierung von Anmelde Informationen für den Zielserver mit nur NLTM-Authentifizierung nicht zulässig.',
    'La stratégie du client n’autorise pas la délégation des informations d’identification au serveur cible avec l’authentification NTLM uniquement.',
  ],
  [
    'SEC_E_MUTUAL_AUTH_FAILED',
    'The identity of the server computer could not be verified.',
    'Die Identität des Server Computers konnte nicht überprüft werden.',
    'L’identité de l’ordinateur serveur n’a pas pu être vérifiée.',
  ],
  // Its text on this page is not its name's (a downgrade): the page gives the text Windows shows for it.
  [
    'SEC_E_DOWNGRADE_DETECTED',
    'The system cannot contact a domain controller to service the authentication request. Please try again later.',
    undefined,
    undefined,
  ],
  [
    'CRYPT_E_NOT_FOUND',
    'Cannot find object or property.',
    'Das Objekt oder die Eigenschaft kann nicht gefunden werden.',
    'Impossible de trouver un objet ou une propriété.',
  ],
  [
    'CRYPT_E_NO_PROVIDER',
    'No provider was specified for the store or object.',
    'Für den Speicher oder das Objekt wurde kein Anbieter angegeben.',
    'Aucun fournisseur n’a été spécifié pour le magasin ou l’objet.',
  ],
  [
    'CRYPT_E_SELF_SIGNED',
    'The specified certificate is self signed.',
    'Das angegebene Zertifikat ist selbst signiert.',
    'Le certificat spécifié est auto-signé.',
  ],
  [
    'CRYPT_E_NO_DECRYPT_CERT',
    'Cannot find the certificate and private key to use for decryption.',
    'Das Zertifikat und der private Schlüssel für die Entschlüsselung können nicht gefunden werden.',
    'Impossible de trouver le certificat et la clé privée à utiliser pour le déchiffrement.',
  ],
  [
    'CRYPT_E_BAD_MSG',
    'Not a cryptographic message or the cryptographic message is not formatted correctly.',
    'Keine kryptografische Nachricht, oder die kryptografische Nachricht ist nicht ordnungsgemäß formatiert.',
    'Il ne s’agit pas d’un message chiffré ou le message de chiffrement n’est pas mis en forme correctement.',
  ],
  ['CRYPT_E_REVOKED', 'The certificate is revoked.', 'Das Zertifikat wurde widerrufen.', 'Le certificat est révoqué.'],
  [
    'CRYPT_E_NO_REVOCATION_CHECK',
    'The revocation function was unable to check revocation for the certificate.',
    'Die Sperrfunktion konnte die Sperrung für das Zertifikat nicht überprüfen.',
    'La fonction de révocation n’a pas pu vérifier la révocation du certificat.',
  ],
  [
    'CRYPT_E_REVOCATION_OFFLINE',
    'The revocation function was unable to check revocation because the revocation server was offline.',
    'Die Sperrfunktion konnte die Sperre nicht überprüfen, weil der Sperr Server offline war.',
    'La fonction de révocation n’a pas pu vérifier la révocation, car le serveur de révocation était hors connexion.',
  ],
  [
    'CRYPT_E_NOT_IN_REVOCATION_DATABASE',
    "The certificate is not in the revocation server's database.",
    'Das Zertifikat befindet sich nicht in der Datenbank des Sperr Servers.',
    'Le certificat n’est pas dans la base de données du serveur de révocation.',
  ],
  [
    'CRYPT_E_SECURITY_SETTINGS',
    'The cryptographic operation failed due to a local security option setting.',
    'Der Kryptografievorgang ist aufgrund der Einstellung der lokalen Sicherheitsoption fehlgeschlagen.',
    'L’opération de chiffrement a échoué en raison d’un paramètre d’option de sécurité local.',
  ],
  [
    'TRUST_E_NOSIGNATURE',
    'No signature was present in the subject.',
    'Im Betreff war keine Signatur vorhanden.',
    'Aucune signature n’était présente dans le sujet.',
  ],
  [
    'CERT_E_EXPIRED',
    'A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file.',
    'Ein erforderliches Zertifikat liegt nicht innerhalb seines Gültigkeits Zeitraums bei der Überprüfung anhand der aktuellen Systemuhr oder des Zeitstempels in der signierten Datei.',
    'Un certificat requis n’est pas dans sa période de validité lors de la vérification par rapport à l’horloge système actuelle ou à l’horodateur dans le fichier signé.',
  ],
  [
    'CERT_E_VALIDITYPERIODNESTING',
    'The validity periods of the certification chain do not nest correctly.',
    'Die Gültigkeits Zeiträume der Zertifizierungs Kette werden nicht ordnungsgemäß geschachtelt.',
    'Les périodes de validité de la chaîne de certification ne sont pas imbriquées correctement.',
  ],
  [
    'CERT_E_ROLE',
    'A certificate that can only be used as an end-entity is being used as a CA or visa versa.',
    'Ein Zertifikat, das nur als Endentität verwendet werden kann, wird als Zertifizierungsstelle oder als Visum umgekehrt verwendet.',
    'Un certificat qui ne peut être utilisé qu’en tant qu’entité finale est utilisé en tant qu’autorité de certification ou visa versa.',
  ],
  [
    'CERT_E_PATHLENCONST',
    'A path length constraint in the certification chain has been violated.',
    'Eine Pfadlängeneinschränkung in der Zertifizierungskette wurde nicht eingehalten.',
    "Une contrainte de longueur du chemin d'accès dans la chaîne de certification a été violée.",
  ],
  [
    'CERT_E_CRITICAL',
    "A certificate contains an unknown extension that is marked 'critical'.",
    'Ein Zertifikat enthält eine unbekannte Erweiterung, die als "kritisch" gekennzeichnet ist.',
    'Un certificat contient une extension inconnue qui est marquée comme « critique ».',
  ],
  [
    'CERT_E_PURPOSE',
    'A certificate being used for a purpose other than the ones specified by its CA.',
    'Ein Zertifikat, das für andere Zwecke als die von seiner Zertifizierungsstelle angegebenen Zwecke verwendet wird.',
    'Certificat utilisé à des fins autres que celles spécifiées par son autorité de certification.',
  ],
  [
    'CERT_E_ISSUERCHAINING',
    'A parent of a given certificate in fact did not issue that child certificate.',
    'Ein übergeordnetes Element eines bestimmten Zertifikats hat dieses untergeordnete Zertifikat tatsächlich nicht ausgestellt.',
    'Le parent d’un certificat donné n’a en fait pas émis ce certificat enfant.',
  ],
  [
    'CERT_E_MALFORMED',
    'A certificate is missing or has an empty value for an important field, such as a subject or issuer name.',
    'Ein Zertifikat fehlt oder hat einen leeren Wert für ein wichtiges Feld, z. b. einen Antragsteller-oder Aussteller Namen.',
    'Un certificat est manquant ou a une valeur vide pour un champ important, tel qu’un objet ou un nom d’émetteur.',
  ],
  [
    'CERT_E_UNTRUSTEDROOT',
    'A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider.',
    'Eine Zertifikat Kette wurde verarbeitet, aber in einem Stamm Zertifikat beendet, dem der Vertrauens Anbieter nicht vertraut.',
    'Une chaîne de certificats a été traitée, mais se termine par un certificat racine qui n’est pas approuvé par le fournisseur d’approbation.',
  ],
  [
    'CERT_E_CHAINING',
    'A certificate chain could not be built to a trusted root authority.',
    'Eine Zertifikat Kette konnte nicht für eine vertrauenswürdige Stamm Zertifizierungsstelle erstellt werden.',
    'Une chaîne de certificats n’a pas pu être créée à une autorité racine approuvée.',
  ],
  ['TRUST_E_FAIL', 'Generic trust failure.', 'Allgemeiner Vertrauens Fehler.', 'Échec d’approbation générique.'],
  [
    'CERT_E_REVOKED',
    'A certificate was explicitly revoked by its issuer.',
    'Ein Zertifikat wurde vom Aussteller explizit widerrufen.',
    'Un certificat a été explicitement révoqué par son émetteur.',
  ],
  [
    'CERT_E_UNTRUSTEDTESTROOT',
    'The certification path terminates with the test root which is not trusted with the current policy settings.',
    'Der Zertifizierungspfad wird mit dem Test Stamm beendet, dem die aktuellen Richtlinien Einstellungen nicht vertraut werden.',
    'Le chemin d’accès de certification se termine avec la racine de test qui n’est pas approuvée avec les paramètres de stratégie actuels.',
  ],
  [
    'CERT_E_REVOCATION_FAILURE',
    'The revocation process could not continue - the certificate(s) could not be checked.',
    'Der Sperrprozess konnte nicht fortgesetzt werden. die Zertifikate konnten nicht geprüft werden.',
    'Le processus de révocation n’a pas pu continuer. le ou les certificats n’ont pas pu être vérifiés.',
  ],
  [
    'CERT_E_CN_NO_MATCH',
    "The certificate's CN name does not match the passed value.",
    'Der CN-Name des Zertifikats stimmt nicht mit dem übergebenen Wert identisch.',
    'Le nom CN du certificat ne correspond pas à la valeur passée.',
  ],
  [
    'TRUST_E_EXPLICIT_DISTRUST',
    'The certificate was explicitly marked as untrusted by the user.',
    'Das Zertifikat wurde vom Benutzer explizit als nicht vertrauenswürdig gekennzeichnet.',
    'Le certificat a été explicitement marqué comme non approuvé par l’utilisateur.',
  ],
  [
    'CERT_E_UNTRUSTEDCA',
    undefined,
    undefined,
    'Une chaîne de certification a été traitée correctement, mais l’un des certificats de l’autorité de certification n’est pas approuvé par le fournisseur de stratégie.',
  ],
  ['CERT_E_INVALID_POLICY', undefined, undefined, 'Le certificat a une stratégie non valide.'],
  [
    'CERT_E_INVALID_NAME',
    undefined,
    undefined,
    'Le certificat a un nom non valide. Le nom n’est pas inclus dans la liste autorisée ou est explicitement exclu.',
  ],
];

/** [code, English, German, French] as "System Error Codes (1300-1699)" gives them (undefined: not read there). */
const WIN32_LOGON: readonly (readonly [string, string | undefined, string | undefined, string | undefined])[] = [
  [
    'ERROR_NO_LOGON_SERVERS',
    undefined,
    'Derzeit sind keine Anmeldeserver verfügbar, um die Anmeldeanforderung zu verwalten.',
    'Aucun serveur d’ouverture de session n’est actuellement disponible pour traiter la demande d’ouverture de session.',
  ],
  [
    'ERROR_LOGON_FAILURE',
    'The user name or password is incorrect.',
    'Der Benutzername oder das Kennwort ist falsch.',
    "Le nom d'utilisateur ou le mot de passe est incorrect.",
  ],
  [
    'ERROR_ACCOUNT_RESTRICTION',
    "Account restrictions are preventing this user from signing in. For example: blank passwords aren't allowed, sign-in times are limited, or a policy restriction has been enforced.",
    'Kontoeinschränkungen verhindern, dass sich dieser Benutzer anmelden kann. Beispiel: Leere Kennwörter sind nicht zulässig, die Anmeldezeiten sind begrenzt, oder es wurde eine Richtlinieneinschränkung erzwungen.',
    'Les restrictions de compte empêchent cet utilisateur de se connecter. Par exemple : les mots de passe vides ne sont pas autorisés, les heures de connexion sont limitées ou une restriction de stratégie a été appliquée.',
  ],
  [
    'ERROR_INVALID_LOGON_HOURS',
    'Your account has time restrictions that keep you from signing in right now.',
    'Für Ihr Konto gelten Zeiteinschränkungen, mit denen Sie sich derzeit nicht anmelden können.',
    'Votre compte a des restrictions de temps qui vous empêchent de vous connecter pour le moment.',
  ],
  [
    'ERROR_INVALID_WORKSTATION',
    "This user isn't allowed to sign in to this computer.",
    'Dieser Benutzer darf sich nicht bei diesem Computer anmelden.',
    'Cet utilisateur n’est pas autorisé à se connecter à cet ordinateur.',
  ],
  [
    'ERROR_PASSWORD_EXPIRED',
    'The password for this account has expired.',
    'Das Kennwort für dieses Konto ist abgelaufen.',
    'Le mot de passe de ce compte a expiré.',
  ],
  [
    'ERROR_ACCOUNT_DISABLED',
    "This user can't sign in because this account is currently disabled.",
    'Dieser Benutzer kann sich nicht anmelden, da dieses Konto derzeit deaktiviert ist.',
    'Cet utilisateur ne peut pas se connecter, car ce compte est actuellement désactivé.',
  ],
  [
    'ERROR_LOGON_TYPE_NOT_GRANTED',
    'Logon failure: the user has not been granted the requested logon type at this computer.',
    'Anmeldefehler: Dem Benutzer wurde der angeforderte Anmeldetyp auf diesem Computer nicht gewährt.',
    'Échec de l’ouverture de session : l’utilisateur n’a pas obtenu le type d’ouverture de session demandé sur cet ordinateur.',
  ],
  ['ERROR_TIME_SKEW', 'There is a time and/or date difference between the client and server.', undefined, undefined],
];

/**
 * The same Win32 logon errors as the Russian page of "System Error Codes (1300-1699)" gives them
 * (MicrosoftDocs/win32-pr.ru-ru, a machine translation: Windows' own Russian may word them differently, and a paste that
 * does is not read).
 */
const WIN32_LOGON_RU: readonly (readonly [string, string])[] = [
  ['ERROR_LOGON_FAILURE', 'Неправильное имя пользователя или пароль.'],
  [
    'ERROR_ACCOUNT_RESTRICTION',
    'Ограничения учетной записи запрещают вход пользователя в систему. Например, пустые пароли не допускаются, время входа ограничено или применяется ограничение политики.',
  ],
  [
    'ERROR_INVALID_LOGON_HOURS',
    'В вашей учетной записи есть ограничения по времени, которые не позволяют войти в систему прямо сейчас.',
  ],
  ['ERROR_INVALID_WORKSTATION', 'Этому пользователю запрещено входить на этот компьютер.'],
  ['ERROR_PASSWORD_EXPIRED', 'Срок действия пароля для этой учетной записи истек.'],
  [
    'ERROR_ACCOUNT_DISABLED',
    'Этот пользователь не может войти в систему, так как эта учетная запись в настоящее время отключена.',
  ],
];

/**
 * The same Win32 logon errors as the Spanish, Italian and Portuguese (Brazil) pages of "System Error Codes
 * (1300-1699)" give them (win32-pr.es-es, read in its public copy isabella232/win32-pr.es-es; win32-pr.it-it;
 * win32-pr.pt-br: machine translations, so Windows' own words
 * may differ and a paste that differs is not read). Italian gives 1380 the text of 1385: read as 1385, as English is.
 */
const WIN32_LOGON_MORE: readonly {
  readonly language: 'es' | 'it' | 'pt';
  readonly texts: readonly (readonly [string, string])[];
}[] = [
  {
    language: 'es',
    texts: [
      ['ERROR_LOGON_FAILURE', 'El nombre de usuario o la contraseña son incorrectos.'],
      [
        'ERROR_ACCOUNT_RESTRICTION',
        'Las restricciones de cuenta impiden que este usuario inicie sesión. Por ejemplo: no se permiten contraseñas en blanco, las horas de inicio de sesión están limitadas o se ha aplicado una restricción de directiva.',
      ],
      [
        'ERROR_INVALID_LOGON_HOURS',
        'Su cuenta tiene restricciones de tiempo que le evitan iniciar sesión en este momento.',
      ],
      ['ERROR_INVALID_WORKSTATION', 'Este usuario no tiene permiso para iniciar sesión en este equipo.'],
      ['ERROR_PASSWORD_EXPIRED', 'La contraseña de esta cuenta ha expirado.'],
      [
        'ERROR_ACCOUNT_DISABLED',
        'Este usuario no puede iniciar sesión porque esta cuenta está deshabilitada actualmente.',
      ],
    ],
  },
  {
    language: 'it',
    texts: [
      ['ERROR_LOGON_FAILURE', 'Il nome utente o la password non sono corretti.'],
      [
        'ERROR_ACCOUNT_RESTRICTION',
        'Le restrizioni degli account impediscono a questo utente di accedere. Ad esempio: le password vuote non sono consentite, i tempi di accesso sono limitati oppure è stata applicata una restrizione dei criteri.',
      ],
      [
        'ERROR_INVALID_LOGON_HOURS',
        "Per l'account sono previste restrizioni temporali che impediscono l'accesso al momento.",
      ],
      ['ERROR_INVALID_WORKSTATION', 'Questo utente non è autorizzato ad accedere a questo computer.'],
      ['ERROR_PASSWORD_EXPIRED', 'La password per questo account è scaduta.'],
      ['ERROR_ACCOUNT_DISABLED', 'Questo utente non può accedere perché questo account è attualmente disabilitato.'],
      [
        'ERROR_LOGON_TYPE_NOT_GRANTED',
        "Errore di accesso: all'utente non è stato concesso il tipo di accesso richiesto nel computer.",
      ],
      ['ERROR_TIME_SKEW', 'Esiste una differenza di data e ora tra il client e il server.'],
    ],
  },
  {
    language: 'pt',
    texts: [
      ['ERROR_LOGON_FAILURE', 'O nome de usuário ou senha está incorreta.'],
      [
        'ERROR_ACCOUNT_RESTRICTION',
        'As restrições de conta estão impedindo o usuário de entrar. Por exemplo: senhas em branco não são permitidas, tempos de entrada são limitados ou uma restrição de política foi imposta.',
      ],
      ['ERROR_INVALID_LOGON_HOURS', 'Sua conta tem restrições de tempo que o impedem de entrar no momento.'],
      ['ERROR_INVALID_WORKSTATION', 'Este usuário não tem permissão para entrar neste computador.'],
      ['ERROR_PASSWORD_EXPIRED', 'A senha desta conta expirou.'],
      ['ERROR_ACCOUNT_DISABLED', 'Este usuário não pode entrar porque esta conta está desabilitada no momento.'],
    ],
  },
];

/**
 * "System Error Codes (1700-3999)": ERROR_PASSWORD_MUST_CHANGE (1907), which no dialog sentence reads, as the English
 * page and its German, Spanish, Italian and Portuguese (Brazil) pages give it (machine translations; the Spanish page
 * worded it two ways over its versions, both kept). 1909 and 1793 are read by the dialog sentences account-locked and
 * account-expired.
 */
const WIN32_1700: readonly (readonly ['en' | 'de' | 'es' | 'it' | 'pt', string, string])[] = [
  ['en', 'ERROR_PASSWORD_MUST_CHANGE', "The user's password must be changed before signing in."],
  ['de', 'ERROR_PASSWORD_MUST_CHANGE', 'Das Kennwort des Benutzers muss vor der Anmeldung geändert werden.'],
  ['es', 'ERROR_PASSWORD_MUST_CHANGE', 'Se debe cambiar la contraseña del usuario antes de iniciar sesión.'],
  ['es', 'ERROR_PASSWORD_MUST_CHANGE', 'La contraseña del usuario debe cambiarse antes de iniciar sesión.'],
  ['it', 'ERROR_PASSWORD_MUST_CHANGE', "È necessario modificare la password dell'utente prima dell'accesso."],
  ['pt', 'ERROR_PASSWORD_MUST_CHANGE', 'A senha do usuário deve ser alterada antes de entrar.'],
];

/**
 * The NTSTATUS values users meet when Remote Desktop refuses a sign-in, by the message text MS-ERREF gives each ("2.3.1
 * NTSTATUS Values", Microsoft's Windows error-code reference: the text a tool or a log prints beside the status, as
 * Samba's and Impacket's "STATUS_PASSWORD_MUST_CHANGE(The user password must be changed before logging on the first
 * time.)" do). STATUS_ACCOUNT_RESTRICTION's other wording, the one Windows 10 and 11 show, is ERROR_ACCOUNT_RESTRICTION's
 * text above (the status reaches the dialog as that Win32 error).
 */
const NTSTATUS_TEXTS: readonly (readonly [string, string])[] = [
  [
    'STATUS_ACCOUNT_RESTRICTION',
    'Indicates a referenced user name and authentication information are valid, but some user account restriction has prevented successful authentication (such as time-of-day restrictions).',
  ],
  ['STATUS_INVALID_LOGON_HOURS', 'The user account has time restrictions and cannot be logged onto at this time.'],
  [
    'STATUS_INVALID_WORKSTATION',
    'The user account is restricted so that it cannot be used to log on from the source workstation.',
  ],
  ['STATUS_PASSWORD_EXPIRED', 'The user account password has expired.'],
  ['STATUS_ACCOUNT_DISABLED', 'The referenced account is currently disabled and cannot be logged on to.'],
  [
    'STATUS_LOGON_TYPE_NOT_GRANTED',
    'A user has requested a type of logon (for example, interactive or network) that has not been granted. An administrator has control over who can logon interactively and through the network.',
  ],
  ['STATUS_PASSWORD_MUST_CHANGE', 'The user password must be changed before logging on the first time.'],
  [
    'STATUS_ACCOUNT_LOCKED_OUT',
    'The user account has been automatically locked because too many invalid logon attempts or password change attempts have been requested.',
  ],
];
const msErref: Page = {
  url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-erref/596a1078-e883-4972-9bbc-49e60bebca55',
  file: 'MicrosoftDocs/open_specs_windows [MS-ERREF] 2.3.1 NTSTATUS Values',
};

/**
 * The Win32 logon errors as older Windows worded them ("Logon failure: …"), as the English original beside the
 * translation of "System Error Codes (1300-1699)" in Microsoft's localized Win32 documentation gave them before the
 * page took Windows 10's wording (win32-pr.es-es, its public copy isabella232/win32-pr.es-es).
 */
const WIN32_LOGON_OLDER: readonly (readonly [string, string])[] = [
  [
    'ERROR_ACCOUNT_RESTRICTION',
    'Logon failure: user account restriction. Possible reasons are blank passwords not allowed, logon hour restrictions, or a policy restriction has been enforced.',
  ],
];

/**
 * Codes outside our tables that the same pages give the same text (said with the answer, never chosen silently).
 * None at present: ERROR_LOGON_NOT_GRANTED (1380), which "System Error Codes (1300-1699)" words as
 * ERROR_LOGON_TYPE_NOT_GRANTED (1385), is now in the Win32 table and named from there.
 */
const SHARED_OUTSIDE: Readonly<Record<string, readonly string[]>> = {};

/**
 * The security page in more of Microsoft's localized Win32 documentation (MicrosoftDocs/win32-pr.it-it and
 * win32-pr.pt-br, machine translations too): the SSPI statuses RDP users meet most, [code, text].
 */
const SECURITY_MORE: readonly {
  readonly language: 'it' | 'pt';
  readonly texts: readonly (readonly [string, string])[];
}[] = [
  {
    language: 'it',
    texts: [
      ['SEC_E_LOGON_DENIED', 'Tentativo di accesso non riuscito'],
      ['SEC_E_UNKNOWN_CREDENTIALS', 'Le credenziali fornite al pacchetto non sono state riconosciute'],
      ['SEC_E_NO_CREDENTIALS', 'Nessuna credenziale disponibile nel pacchetto di sicurezza'],
      ['SEC_E_NO_AUTHENTICATING_AUTHORITY', "Non è stato possibile contattare un'autorità per l'autenticazione."],
      [
        'SEC_E_INCOMPLETE_CREDENTIALS',
        'Le credenziali fornite non sono state completate e non è stato possibile verificarle. Impossibile inizializzare il contesto.',
      ],
      ['SEC_E_WRONG_PRINCIPAL', 'Nome principale di destinazione scorretto.'],
      ['SEC_E_TIME_SKEW', 'Gli orologi nei computer client e server sono sbilanciati.'],
      [
        'SEC_E_UNTRUSTED_ROOT',
        "La catena di certificati è stata emessa da un'autorità non disponibile nell'elenco locale.",
      ],
      ['SEC_E_ILLEGAL_MESSAGE', 'Il messaggio ricevuto era imprevisto o formattato in modo errato.'],
      ['SEC_E_CERT_UNKNOWN', "Si è verificato un errore sconosciuto durante l'elaborazione del certificato."],
      ['SEC_E_CERT_EXPIRED', 'Il certificato ricevuto è scaduto.'],
      [
        'SEC_E_ALGORITHM_MISMATCH',
        'Il client e il server non possono comunicare, perché non dispongono di un algoritmo comune.',
      ],
    ],
  },
  {
    language: 'pt',
    texts: [
      ['SEC_E_LOGON_DENIED', 'Falha na tentativa de logon'],
      ['SEC_E_UNKNOWN_CREDENTIALS', 'As credenciais fornecidas para o pacote não foram reconhecidas'],
      ['SEC_E_NO_CREDENTIALS', 'Não há credenciais disponíveis no pacote de segurança'],
      ['SEC_E_NO_AUTHENTICATING_AUTHORITY', 'Nenhuma autoridade pode ser contatada para autenticação.'],
      [
        'SEC_E_INCOMPLETE_CREDENTIALS',
        'As credenciais fornecidas não foram concluídas e não puderam ser verificadas. Não foi possível inicializar o contexto.',
      ],
      ['SEC_E_WRONG_PRINCIPAL', 'O nome da entidade de destino está incorreto.'],
      ['SEC_E_TIME_SKEW', 'Os relógios nos computadores cliente e servidor estão distorcidos.'],
      ['SEC_E_UNTRUSTED_ROOT', 'A cadeia de certificados foi emitida por uma autoridade que não é confiável.'],
      ['SEC_E_ILLEGAL_MESSAGE', 'A mensagem recebida era inesperada ou formatada incorretamente.'],
      ['SEC_E_CERT_UNKNOWN', 'Ocorreu um erro desconhecido ao processar o certificado.'],
      ['SEC_E_CERT_EXPIRED', 'O certificado recebido expirou.'],
      [
        'SEC_E_ALGORITHM_MISMATCH',
        'O cliente e o servidor não podem se comunicar, pois não possuem um algoritmo comum.',
      ],
      [
        'SEC_E_SECURITY_QOS_FAILED',
        'Não foi possível estabelecer o contexto de segurança devido a uma falha na qualidade de serviço solicitada (por exemplo, autenticação mútua ou delegação).',
      ],
      [
        'SEC_E_UNFINISHED_CONTEXT_DELETED',
        'Um contexto de segurança foi excluído antes da conclusão do contexto. Isso é considerado uma falha de logon.',
      ],
    ],
  },
];

/**
 * The service control manager's errors (patterns/codes WIN32_SERVICE_ERRORS) by their English message texts, as
 * "System Error Codes (1000-1299)" gives them: a text pasted without its `net start`, `sc` or console form is
 * decoded, its service unknown (which one decides what it means to Remote Desktop: service-control.ts). Only the
 * texts long enough to say something alone; the localized pages' machine translations differ from Windows' own words
 * and are left out.
 */
const SERVICE_TEXTS: readonly string[] = [
  'ERROR_SERVICE_REQUEST_TIMEOUT',
  'ERROR_SERVICE_DISABLED',
  'ERROR_SERVICE_DOES_NOT_EXIST',
  'ERROR_SERVICE_DEPENDENCY_FAIL',
  'ERROR_SERVICE_LOGON_FAILED',
  'ERROR_SERVICE_START_HANG',
  'ERROR_SERVICE_DEPENDENCY_DELETED',
  'ERROR_SERVICE_NEVER_STARTED',
  'ERROR_DIFFERENT_SERVICE_ACCOUNT',
];
const systemErrors1000: Page = {
  url: 'https://learn.microsoft.com/en-us/windows/win32/debug/system-error-codes--1000-1299-',
  file: 'MicrosoftDocs/win32 desktop-src/Debug/system-error-codes--1000-1299-.md',
};

export const MESSAGE_TEXTS: readonly MessageText[] = [
  ...WIN32_SERVICE_ERRORS.filter((e) => SERVICE_TEXTS.includes(e.name)).map((e) => ({
    code: e.name,
    language: 'en' as const,
    text: e.meaning,
    source: systemErrors1000,
  })),
  ...SECURITY.flatMap(([code, en, de, fr]) => [
    ...(en ? [{ code, language: 'en' as const, text: en, source: comSecurity('en') }] : []),
    ...(de ? [{ code, language: 'de' as const, text: de, source: comSecurity('de') }] : []),
    ...(fr ? [{ code, language: 'fr' as const, text: fr, source: comSecurity('fr') }] : []),
  ]),
  ...SECURITY_MORE.flatMap(({ language, texts }) =>
    texts.map(([code, text]) => ({ code, language, text, source: comSecurity(language) })),
  ),
  ...WIN32_LOGON_RU.map(([code, text]) => ({ code, language: 'ru' as const, text, source: systemErrors1300('ru') })),
  ...WIN32_LOGON_MORE.flatMap(({ language, texts }) =>
    texts.map(([code, text]) => ({ code, language, text, source: systemErrors1300(language) })),
  ),
  ...WIN32_1700.map(([language, code, text]) => ({
    code,
    language,
    text,
    source: systemErrors1300(language, '1700-3999'),
  })),
  ...NTSTATUS_TEXTS.map(([code, text]) => ({ code, language: 'en' as const, text, source: msErref })),
  ...WIN32_LOGON_OLDER.map(([code, text]) => ({ code, language: 'en' as const, text, source: systemErrors1300('en') })),
  ...WIN32_LOGON.flatMap(([code, en, de, fr]) => [
    ...(en ? [{ code, language: 'en' as const, text: en, source: systemErrors1300('en') }] : []),
    ...(de ? [{ code, language: 'de' as const, text: de, source: systemErrors1300('de') }] : []),
    ...(fr ? [{ code, language: 'fr' as const, text: fr, source: systemErrors1300('fr') }] : []),
  ]),
  ...CTX_MESSAGE_TEXTS,
];

/** @cache the folded texts: a pure function of the constant table above, folded once. */
const FOLDED: readonly { readonly entry: MessageText; readonly folded: string }[] = MESSAGE_TEXTS.map((entry) => ({
  entry,
  folded: foldText(entry.text),
}));

/** The languages other than English a code's message text is read in. */
export function messageLanguagesOf(code: string): LocalizedLanguage[] {
  const out: LocalizedLanguage[] = [];
  for (const m of MESSAGE_TEXTS)
    if (m.code === code && m.language !== 'en' && !out.includes(m.language)) out.push(m.language);
  return out;
}

/** The English message text of a code, when the index holds it. */
export function englishMessageText(code: string): MessageText | undefined {
  return MESSAGE_TEXTS.find((m) => m.code === code && m.language === 'en');
}

/**
 * The message texts a paste holds, longest first, one per code: a text that is part of another matched text (of
 * another code) is left out.
 */
export function findMessageTexts(text: string): MessageText[] {
  const paste = foldText(text);
  const hits = FOLDED.filter((f) => f.folded.length > 0 && foldedIncludes(paste, f.folded)).sort(
    (a, b) => b.folded.length - a.folded.length,
  );
  const out: { entry: MessageText; folded: string }[] = [];
  for (const hit of hits) {
    if (out.some((o) => o.entry.code === hit.entry.code || o.folded.includes(hit.folded))) continue;
    out.push(hit);
  }
  if (out.length) return out.map((o) => o.entry);
  const quoted = quotedFirstSentence(text, paste);
  if (quoted) return [quoted];
  const near = nearestMessageText(text);
  return near ? [near] : [];
}

/**
 * The part of a code's message text a paste holds, in any language: the whole text, or its first sentence where that
 * says something alone (MIN_FIRST_SENTENCE, MIN_FIRST_WORDS: "Account restrictions are preventing this user from
 * signing in." before a cut "For example: ..."); undefined when it holds neither.
 */
export function heldMessageText(text: string, code: string): string | undefined {
  const paste = foldText(text);
  for (const f of FOLDED) {
    if (f.entry.code !== code) continue;
    if (foldedIncludes(paste, f.folded)) return f.entry.text;
    const first = sayingFirstSentence(f.entry.text);
    if (first && foldedIncludes(paste, first.folded)) return first.text;
  }
  return undefined;
}

/** A text's first sentence and its folded form, where it says something alone (MIN_FIRST_SENTENCE, MIN_FIRST_WORDS). */
function sayingFirstSentence(text: string): { readonly text: string; readonly folded: string } | undefined {
  const first = firstSentenceOf(text);
  const folded = first ? foldText(first) : '';
  return first && folded.length >= MIN_FIRST_SENTENCE && first.split(/\s+/).length >= MIN_FIRST_WORDS
    ? { text: first, folded }
    : undefined;
}

/** A first sentence too short to say anything alone (folded characters, words) is never read by itself. */
const MIN_FIRST_SENTENCE = 30;
const MIN_FIRST_WORDS = 5;

/** @cache the English texts' first sentences that say something alone: a pure function of the constant table. */
let firstSentences: readonly { readonly entry: MessageText; readonly folded: string }[] | undefined;

/**
 * The English texts of more than one sentence whose first sentence is long enough and no other code's text opens
 * with or is ("Account restrictions are preventing this user from signing in." of ERROR_ACCOUNT_RESTRICTION).
 */
function englishFirstSentences(): readonly { readonly entry: MessageText; readonly folded: string }[] {
  if (firstSentences) return firstSentences;
  const candidates = MESSAGE_TEXTS.filter((m) => m.language === 'en').flatMap((entry) => {
    const first = sayingFirstSentence(entry.text);
    return first ? [{ entry, folded: first.folded }] : [];
  });
  firstSentences = candidates.filter(
    (c) => !FOLDED.some((f) => f.entry.code !== c.entry.code && f.folded.includes(c.folded)),
  );
  return firstSentences;
}

/**
 * An English message text the paste quotes by its first sentence only ("I get the following error, account
 * restrictions are preventing this user from signing in"): read where the paste quotes it (quoted-text.ts: in quotes,
 * after a cue such as "error" or a colon, or as its own sentence), one code only; the rest is the user's words.
 */
function quotedFirstSentence(text: string, paste: string): MessageText | undefined {
  const hits = englishFirstSentences().filter((f) => foldedIncludes(paste, f.folded));
  if (hits.length === 0) return undefined;
  const pieces = quotedPieces(text);
  const quoted = hits.filter((h) => quotedIn(pieces, h.folded));
  const codes = new Set(quoted.map((q) => q.entry.code));
  return codes.size === 1 ? { ...quoted[0].entry, firstSentence: true } : undefined;
}

/** @cache the entries as candidates of the approximate reading: a pure function of the constant table above. */
let nearCandidates: readonly NearCandidate<MessageText>[] | undefined;

/**
 * A paste that is one message text retyped or remembered (an article dropped, a word changed: "Client und Server
 * können nicht kommunizieren…" for Windows' "Der Client und der Server können…"): read by most of its words with the
 * rule every language shares (nearest-text.ts), one code only. Marked `approximate`: the answer says the wording
 * differs from Microsoft's.
 */
function nearestMessageText(text: string): MessageText | undefined {
  nearCandidates ??= MESSAGE_TEXTS.map((entry) => ({ item: entry, text: entry.text, meaning: entry.code }));
  const near = nearestText(text, nearCandidates);
  return near ? { ...near.item, approximate: true } : undefined;
}

/** @cache the tables' meanings, folded once (constant tables). */
let foldedMeanings: readonly { readonly name: string; readonly code: number; readonly folded: string }[] | undefined;

/**
 * The other codes of our tables whose meaning is this code's English message text (the NTSTATUS twin of an SSPI
 * status, STATUS_KDC_UNKNOWN_ETYPE for SEC_E_KDC_UNKNOWN_ETYPE): the same text pasted alone may be either.
 */
export function sameTextCodes(code: string): string[] {
  const outside = SHARED_OUTSIDE[code] ?? [];
  const english = englishMessageText(code);
  if (!english) return [...outside];
  foldedMeanings ??= [...SSPI_STATUS_CODES, ...NTSTATUS_CODES, ...WIN32_ERRORS].map((e) => ({
    name: e.name,
    code: e.code,
    folded: foldText(e.meaning),
  }));
  const text = foldText(english.text);
  return foldedMeanings
    .filter(
      (m) =>
        m.name !== code &&
        (m.folded === text ||
          (Math.min(m.folded.length, text.length) >= 30 && (m.folded.includes(text) || text.includes(m.folded)))),
    )
    .map((m) => `${m.name} (0x${m.code.toString(16).toUpperCase()})`)
    .concat(outside);
}
