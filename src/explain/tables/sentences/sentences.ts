/**
 * Sentences users paste without a number (or whose number says less than the words): the dialogs of the Remote
 * Desktop clients and the messages of the events they meet, recognized by their stable words. Each entry says what
 * the sentence means, where its wording comes from, and, where the sentence stands for a code of another table, that
 * code by its symbolic name (so its causes are the code's) or the event it is the message of (so its causes are the
 * patterns' that read that event).
 *
 * Matching: every English pattern must occur in the paste (case-insensitive, whitespace and apostrophes normalized);
 * the lists restate the message tables' wording (the event's own message text, the client's dialog string). The same
 * sentences in other languages live in src/explain/tables/languages/localized.ts, each wording quoted from a Microsoft page in that
 * language with its address; a sentence no localized page quotes says so in `languages`: a wording not confirmed is
 * left out, never guessed.
 */
import {
  findLocalizedSentences,
  foldText,
  LANGUAGE_NAMES,
  LOCALIZED_SENTENCES,
  localizedLanguagesOf,
} from '../languages/localized.js';
import type { LocalizedLanguage, LocalizedWording } from '../languages/localized-wording.js';
import { nearestQuote, type QuoteCandidate } from '../approximate/near-quote.js';
import { nearestLocalizedQuote } from '../approximate/localized-quote.js';
import { nearestScriptQuote, scriptQuoteRows } from '../approximate/script-near-quote.js';
import { contentWords, type NearCandidate, nearestText } from '../approximate/nearest-text.js';
import { saysNothingTelling } from '../approximate/generic-phrase.js';
import { AVD_SENTENCES } from './avd-sentences.js';
import { CLIENT_APP_SENTENCES } from './client-app-sentences.js';
import { THIRD_PARTY_SENTENCES } from '../program-logs/third-party-clients.js';
import { CLIENT_LOG_PROGRAM_OUTPUT_SENTENCES } from '../program-logs/client-log-program-output.js';
import { CLIENT_LOG_STEP_SENTENCES } from '../program-logs/client-log-steps.js';
import { LOGON_ERROR_INFO_SENTENCES } from '../program-logs/logon-error-info.js';
import { UNCODED_SENTENCES } from './uncoded-sentences.js';
import { OLDER_WINDOWS_SENTENCES_H61C } from './older-windows.js';
import { ERROR_INFO_TEXTS } from './error-info-texts.js';
import { RANKED_DIALOGS } from './ranked-dialogs.js';
import { CLIENT_CRASH_SENTENCES } from './client-crash.js';
import { TERMSERVICE_CRASH_SENTENCES } from './termservice-crash-latin.js';
import { MAC_CERTIFICATE_SENTENCES } from './mac-certificate.js';
import { BARE_SENTENCES } from './bare-sentences.js';
import { askedOrSupposed } from './asked-wording.js';
import { subjectKept } from './generic-dialog-subject.js';
import { PROVIDER_EVENT_SENTENCES } from './provider-events.js';
import { CLIENT_ERROR_TEXTS } from './client-error-texts.js';
import { NWM_BVNC_SENTENCES } from '../languages/nwm-bvnc-catalogs.js';
import { CLIENT_DIALOG_TEXTS } from './client-dialog-texts.js';
import { OTHER_PRODUCT_LOGS } from '../other-products/other-product-logs.js';
import { SOURCE_LINE_SENTENCES } from '../program-logs/connection-path-lines.js';
import { XRDP_LOG_SENTENCES } from '../program-logs/xrdp-logs.js';
import { RDESKTOP_LOG_SENTENCES } from '../program-logs/rdesktop-logs.js';
import { REDEMPTION_SENTENCES } from '../program-logs/redemption-messages.js';
import { GUACAMOLE_LOG_SENTENCES } from '../program-logs/guacamole-logs.js';
import { CLIENT_CERTIFICATE_SENTENCES } from '../program-logs/client-certificate-lines.js';
import { FREERDP_CERTIFICATE_SENTENCES } from '../program-logs/freerdp-certificate-lines.js';
import { FREERDP_LEGACY_LOG_SENTENCES } from '../program-logs/freerdp-legacy-logs.js';
import { RDP_WRAPPER_SENTENCES } from '../command-output/rdp-wrapper-output.js';
import { CLIENT_DISCONNECT_TRACES } from '../program-logs/client-disconnect-traces.js';
import { RUST_IO_SENTENCES } from '../program-logs/rust-io-errors.js';
import { TLS_LIBRARY_LINES } from '../program-logs/tls-library-lines.js';
import { REMOTEAPP_RESULTS } from '../program-logs/remoteapp-results.js';
import { RDP_LIBRARY_ERRORS } from '../program-logs/rdp-library-errors.js';
import { SECURITY_LOG_TEXTS } from './security-log-texts.js';
import { RDPCHECK_MESSAGES } from '../program-logs/rdpcheck-messages.js';
import { IPBAN_LOG_SENTENCES } from '../program-logs/ipban-logs.js';
import {
  englishMessageText,
  findMessageTexts,
  type MessageText,
  messageLanguagesOf,
  sameTextCodes,
} from '../codes/message-texts.js';
import { lookupCodeName } from '../codes/names.js';
import type { KnownSentence } from './known-sentence.js';
import { REMOTE_DESKTOP_WORDS } from '../other-products/other-subsystems.js';
import { DESCRIPTION_CONTEXT_WORDS, OTHER_PRODUCTS } from '../own-words/described-symptoms.js';
import { dialogMarked } from '../own-words/dialog-markers.js';
import {
  anotherSentence,
  namesRemoteDesktop,
  ownWordsBeside,
  pastePieces,
  sharedSystemText,
  theirSharedText,
} from '../other-products/whose-text.js';
import { PASTE_WORDS } from '../languages/paste-labels.js';
import { sessionLimit } from '../../../../patterns/session-limit.js';
import { authBadCredentials } from '../../../../patterns/auth-bad-credentials.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { gatewayDenied } from '../../../../patterns/gateway-denied.js';
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';
import { licensingCalUnavailable } from '../../../../patterns/licensing-cal-unavailable.js';
import { licensingClientCache } from '../../../../patterns/licensing-client-cache.js';
import { licensingServerUnavailable } from '../../../../patterns/licensing-server-unavailable.js';
import { licensingGraceExpired } from '../../../../patterns/licensing-grace-expired.js';
import { securityLayerMismatch } from '../../../../patterns/security-layer-mismatch.js';
import { tlsProtocolMismatch } from '../../../../patterns/tls-protocol-mismatch.js';
import { handshakeAborted } from '../../../../patterns/handshake-aborted.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import { authLogonRight } from '../../../../patterns/auth-logon-right.js';
import { networkDropped } from '../../../../patterns/network-dropped.js';
import { serverDenied } from '../../../../patterns/server-denied.js';
import { aboutRemoteSignIn, firstSentenceOf } from './quoted-text.js';
import { candidates, patternIndex } from '../approximate/required-text.js';

export type SentenceLanguage = 'en' | LocalizedLanguage;

/**
 * sc query's block of a service in any language of its labels: the labels are translated ("NOMBRE_SERVICIO",
 * "ESTADO", "CÓD_SALIDA_WIN32") but the values keep the SCM's names (winsvc.h: "30  WIN32", "4  RUNNING"), so the
 * block is read by its shape: a label and the service, the TYPE line's value, then the STATE line's. The pattern's
 * source, an alternative of a sentence's one pattern.
 */
function scBlock(service: string, state: string): string {
  const label = String.raw`[\p{L}_]{3,24} ?: ?`;
  const type = String.raw`\d{1,3} \S{1,40}(?: \S{1,40}){0,2}`;
  return String.raw`(?:^| )${label}${service}\b ${label}${type} ${label}${state}\b`;
}

/**
 * sc's command line with its STATE line after it, the block's SERVICE_NAME line left out or retold ("sc query
 * TermService → STATE: 1 STOPPED"): the service is the command's argument. Bounded, linear.
 */
function scCommand(service: string, state: string): string {
  return String.raw`\bsc(?:\.exe)? query(?:ex)? ${service}\b.{0,120}?\bstate ?: ?${state}\b`;
}

const SRC_MESSAGE = "Microsoft: the event's own message text (the provider's message table)";
const SRC_DIALOG = "Microsoft: the Remote Desktop client's dialog string (mstscax.dll)";
const SRC_RAD =
  'Microsoft: the message table of TSWorkspace.dll (Microsoft-Windows-RemoteApp and Desktop Connections, events 1000-1017), as libyal/winevt-kb transcribes it (docs/sources/message-files/MessageFile-tsworkspace.dll.md); WinINet error messages (Microsoft Learn, wininet.h) for its Error code';
const RAD_NUMBERS =
  'the feed\'s Error code (a WinINet error or an HRESULT, as the message\'s own "Error code: %3, %4" gives it), not a code of the Remote Desktop dialogs';
const LOCALIZED =
  'Other languages: the wordings of src/explain/tables/languages/localized.ts, each from a localized Microsoft page or, where none quotes it, from public pages quoting the dialog (the answer says which).';
const ENGLISH_ONLY = 'English only: no localized Microsoft page quotes its German or French wording.';

const SENTENCES: readonly KnownSentence[] = [
  {
    id: 'schannel-36870',
    what: 'Schannel event 36870 (System log)',
    event: { provider: 'Schannel', id: 36870 },
    words: { en: [/fatal error occurred when attempting to access the (?:tls|ssl) server credential private key/] },
    meaning:
      "Schannel could not use the private key of the server's TLS certificate (for Remote Desktop, the RDP listener's certificate): the key is missing, unreadable (MachineKeys permissions) or damaged. The error code in the message says which.",
    confidence: 'MS',
    source: `${SRC_MESSAGE}; Microsoft Learn "Remote Desktop Services doesn't accept connections" (36870 with 0x8009030D, state 10001)`,
  },
  {
    id: 'schannel-36871',
    what: 'Schannel event 36871 (System log)',
    event: { provider: 'Schannel', id: 36871 },
    words: { en: [/fatal error occurred while creating an? (?:tls|ssl) (?:server|client) credential/] },
    meaning:
      'Schannel could not create a TLS credential: with internal error state 10013 the TLS versions or cipher suites it needs are disabled (or, for a server credential, the certificate cannot be used).',
    confidence: 'MS',
    source: SRC_MESSAGE,
    note: 'Evidence for the RDP listener only when it names a server credential: other software logs 36871 for client credentials whenever TLS 1.0/1.1 is turned off.',
  },
  {
    // A client credential's private key is a client certificate's: the RDP listener's 36870 names a server credential,
    // and the Remote Desktop client presents no TLS client certificate (36871 for a client credential can be the
    // Remote Desktop client's own TLS versions turned off, and keeps its reading) (round 30).
    id: 'schannel-36870-client-credential',
    what: 'Schannel event 36870 for a TLS client credential (System log)',
    otherProduct: true,
    kind: 'uncatalogued',
    numbers: "the event's cryptographic error and internal state, of that client certificate",
    words: { en: [/fatal error occurred when attempting to access the (?:tls|ssl) client credential private key/] },
    meaning:
      "Schannel could not use the private key of a TLS client certificate: a program on this computer that presents a certificate when it connects out over TLS (a web service or WCF client, a VPN or update agent, a service with a client certificate) could not read its key. Not a Remote Desktop failure: the RDP listener's 36870 names a server credential, and the Remote Desktop client presents no TLS client certificate. The event's process (Execution ProcessID) and time say which program.",
    confidence: 'MS',
    source: `${SRC_MESSAGE} (its client and server credential forms); Microsoft Learn "Remote Desktop Services doesn't accept connections" (the listener's 36870 names the server credential)`,
  },
  {
    id: 'schannel-36874',
    what: 'Schannel event 36874 (System log)',
    event: { provider: 'Schannel', id: 36874 },
    words: { en: [/connection request was received from a remote client application/, /none of the cipher suites/] },
    meaning:
      "A client offered a TLS version or cipher suites the server has none of in common: the handshake failed. The TLS version named is the client's.",
    confidence: 'MS',
    source: SRC_MESSAGE,
  },
  {
    id: 'schannel-36881',
    // Any TLS client of this computer logs it (a browser, a mail client), not only Remote Desktop's: no cause id.
    kind: 'uncatalogued',
    what: 'Schannel event 36881 (System log)',
    event: { provider: 'Schannel', id: 36881 },
    words: { en: [/certificate received from the remote server has either expired or is not yet valid/] },
    meaning:
      'This computer, as a TLS client, received a server certificate outside its validity period (expired, or a wrong clock on one side).',
    confidence: 'MS',
    source: SRC_MESSAGE,
  },
  {
    id: 'schannel-36882',
    // Any TLS client of this computer logs it (a browser, a mail client), not only Remote Desktop's: no cause id.
    kind: 'uncatalogued',
    what: 'Schannel event 36882 (System log)',
    event: { provider: 'Schannel', id: 36882 },
    words: { en: [/certificate received from the remote server was issued by an untrusted certificate authority/] },
    meaning:
      'This computer, as a TLS client, received a server certificate from a certificate authority it does not trust (self-signed or an internal CA it lacks).',
    confidence: 'MS',
    source: SRC_MESSAGE,
  },
  {
    id: 'schannel-36884',
    // Any TLS client of this computer logs it (a browser, a mail client), not only Remote Desktop's: no cause id.
    kind: 'uncatalogued',
    what: 'Schannel event 36884 (System log)',
    event: { provider: 'Schannel', id: 36884 },
    words: { en: [/certificate received from the remote server does not contain the expected name/] },
    meaning:
      'This computer, as a TLS client, received a server certificate that does not name the server it connected to (connected by another name or an address).',
    confidence: 'MS',
    source: SRC_MESSAGE,
  },
  {
    id: 'schannel-36887',
    what: 'Schannel event 36887 (System log)',
    event: { provider: 'Schannel', id: 36887 },
    words: { en: [/fatal alert was received from the remote endpoint/] },
    meaning: 'The other side of a TLS handshake rejected it and sent a fatal alert; the alert code says why.',
    confidence: 'MS',
    source: SRC_MESSAGE,
  },
  {
    id: 'schannel-36888',
    what: 'Schannel event 36888 (System log)',
    event: { provider: 'Schannel', id: 36888 },
    words: { en: [/fatal alert was generated and sent to the remote endpoint/] },
    meaning:
      'This computer rejected a TLS handshake and sent a fatal alert; the alert code and the error state say why.',
    confidence: 'MS',
    source: SRC_MESSAGE,
  },
  {
    id: 'termservice-1057',
    what: 'TermService event 1057 (System log)',
    event: { provider: 'TermService', id: 1057 },
    words: { en: [/failed to create a new self[- ]signed certificate/] },
    meaning:
      'The Remote Desktop service could not create its self-signed certificate: TLS connections fail until it can (the status text says why, often MachineKeys permissions).',
    confidence: 'MS',
    source: SRC_MESSAGE,
  },
  {
    id: 'termservice-1058',
    what: 'TermService event 1058 (System log)',
    event: { provider: 'TermService', id: 1058 },
    words: { en: [/failed to replace the expired self[- ]signed certificate/] },
    meaning:
      'The Remote Desktop service could not replace its expired self-signed certificate ("Keyset does not exist", "Access is denied": the private key or MachineKeys permissions): TLS connections fail.',
    confidence: 'MS',
    source: SRC_MESSAGE,
  },
  {
    id: 'termdd-56',
    // Its meaning names the security layer's handshake failing (TLS or the negotiated layer), else a client or
    // scanner that cut it (rdp-events.md: it accompanies X.224 / TLS failures).
    states: [tlsProtocolMismatch.id, securityLayerMismatch.id, handshakeAborted.id],
    what: 'TermDD event 56 (System log)',
    event: { provider: 'TermDD', id: 56 },
    words: {
      en: [
        /(?:terminal server|remote desktop services|rdp) security layer detected an error in the protocol stream and has disconnected the client/,
      ],
    },
    meaning:
      'The server\'s security layer (TLS or CredSSP) failed in the middle of a connection and dropped the client named by its address: a failed TLS handshake, an NLA exchange that broke, a scanner or a client that speaks no RDP security; Microsoft also names it with "The Local Security Authority cannot be contacted" (KB 2493594).',
    confidence: 'MS',
    source: `${SRC_MESSAGE} (its classic wording, %3 the client's address); Microsoft KB 2493594`,
  },
  {
    id: 'termdd-50',
    // Its meaning is the catalogue's handshake-aborted (a scanner, another protocol, a connection cut before
    // authentication); the licensing-certificate case of its note shows as every client refused, which the logs tell.
    states: [handshakeAborted.id],
    what: 'TermDD event 50 (System log)',
    event: { provider: 'TermDD', id: 50 },
    words: {
      en: [/rdp protocol component \S+ detected an error in the protocol stream and has disconnected the client/],
    },
    meaning:
      'An RDP protocol component of the server (X.224 most often) received something that is not valid RDP and dropped the client: a port scanner, a client of another protocol on 3389, or a connection cut in the middle of the exchange.',
    confidence: 'MS',
    source: `${SRC_MESSAGE} (its classic wording, %2 the component's name); Microsoft Learn "Troubleshoot Remote Desktop disconnected errors" (symptom 4, license certificate corruption)`,
    note: 'When every client is refused with it ("Because of a security error, the client could not connect"), Microsoft\'s article names a corrupt licensing certificate on the server: back up HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\RCM, delete its Certificate, X509 Certificate, X509 Certificate ID and X509 Certificate2 values, restart the server (every session on it ends: plan it) and reactivate the license server. A 50 now and then is a scanner or a dropped connection and needs nothing.',
  },
  {
    id: 'rcm-1128',
    what: 'RemoteConnectionManager event 1128 (50280 on newer builds; RemoteConnectionManager/Admin and System logs)',
    event: { provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager', id: 1128 },
    words: { en: [/licensing grace period has expired and the service has not registered with a license server/] },
    meaning:
      "The RD Session Host's licensing grace period (120 days after the role is installed) is over and it is not registered with a license server that has client access licences installed: it refuses new connections at the licensing step.",
    confidence: 'MS',
    source: `${SRC_MESSAGE} (1128, "The RD Licensing grace period has expired and the service has not registered with a license server with installed licenses"; its older Terminal Services wording in Microsoft Learn "Troubleshoot Remote Desktop disconnected errors")`,
    note: 'Specify the license server and the licensing mode (Group Policy: Remote Desktop Session Host > Licensing), install and activate the CALs; the RD Licensing Diagnoser says what is missing.',
  },
  {
    id: 'rcm-1069',
    what: 'RemoteConnectionManager event 1069 (RemoteConnectionManager/Admin log)',
    event: { provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager', id: 1069 },
    words: {
      en: [
        /licensing grace period has expired and licensing mode for the remote desktop session host server has not been configured/,
      ],
    },
    meaning:
      "The RD Session Host's licensing grace period is over and no licensing mode (Per User or Per Device) is configured: it refuses new connections at the licensing step.",
    confidence: 'MS',
    source:
      'Microsoft Learn: "Event ID 1069 — Remote Desktop Services Client Access License (RDS CAL) Availability" (Windows Server 2008 R2, ee891144), its Message line',
    note: 'Configure the licensing mode and the license server (Group Policy: Remote Desktop Session Host > Licensing).',
  },
  {
    id: 'rcm-1130',
    what: 'RemoteConnectionManager event 1130 (50282 on newer builds; RemoteConnectionManager/Admin log)',
    event: { provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager', id: 1130 },
    words: {
      en: [/does not have a remote desktop license server specified|no remote desktop license server is specified/],
    },
    meaning:
      'The RD Session Host has no license server specified: once its grace period is over it cannot get client access licences and refuses connections at the licensing step.',
    confidence: 'MS',
    source: `${SRC_MESSAGE} (1130, "The Remote Desktop Session Host server does not have a Remote Desktop license server specified"; newer builds log it as 50282, "No Remote Desktop license server is specified…")`,
    note: "Specify the license server (Group Policy: Remote Desktop Session Host > Licensing > Use the specified Remote Desktop license servers, or Server Manager's deployment properties).",
  },
  {
    id: 'lsasrv-6041',
    what: 'LsaSrv event 6041 (System log of the client)',
    event: { provider: 'LsaSrv', id: 6041 },
    words: { en: [/credssp authentication to .{0,200}failed to negotiate a common protocol version/] },
    meaning:
      "The client refused the server's CredSSP version because of its Encryption Oracle Remediation policy (CVE-2018-0886): one side lacks the CredSSP update of May 2018 or later.",
    confidence: 'MS',
    source: `${SRC_MESSAGE}; Microsoft Learn "CredSSP encryption oracle remediation"`,
  },
  {
    id: 'credssp-oracle',
    what: 'The client\'s dialog "An authentication error has occurred. The function requested is not supported … CredSSP encryption oracle remediation"',
    codeName: 'SEC_E_UNSUPPORTED_FUNCTION',
    words: {
      en: [/credssp/, /oracle/],
    },
    meaning:
      "CredSSP encryption oracle remediation: the client and the server disagree on the CredSSP update (CVE-2018-0886); one of them is unpatched and the other's policy (Encryption Oracle Remediation) refuses it.",
    confidence: 'MS',
    source: `${SRC_DIALOG}; Microsoft Learn "CredSSP encryption oracle remediation" (KB 4093492)`,
    anyLanguage: true,
    languages: 'Read in every language by the words CredSSP and Oracle, which the localized dialogs keep.',
  },
  {
    id: 'function-not-supported',
    what: 'The client\'s dialog "An authentication error has occurred. The function requested is not supported"',
    codeName: 'SEC_E_UNSUPPORTED_FUNCTION',
    words: {
      // The dialog's two lines run into one by users ("An authentication error has occurred and the required
      // function is not supported"); "The requested function is not supported" alone stays the system message's.
      en: [
        /function requested is not supported|authentication error has occurred,? and the (?:required|requested) function is not supported/,
      ],
    },
    meaning:
      'CredSSP (NLA) failed with SEC_E_UNSUPPORTED_FUNCTION: most often the CredSSP encryption oracle remediation mismatch (one side lacks the 2018 CredSSP update).',
    confidence: 'MS',
    source: `${SRC_DIALOG}; Microsoft Learn "CredSSP encryption oracle remediation"`,
  },
  {
    id: 'nla-required',
    what: 'The client\'s dialog "The remote computer requires Network Level Authentication, which your computer does not support"',
    codeName: 'NlaRequiredNotSupported',
    words: {
      en: [/requires network level authentication/],
    },
    meaning:
      'The server requires Network Level Authentication (CredSSP) and the client did not use it: a client without CredSSP, CredSSP turned off on it, or an RDP file with "enablecredsspsupport:i:0".',
    confidence: 'MS',
    source: `${SRC_DIALOG}`,
  },
  {
    id: 'nla-dc-unreachable',
    what: 'The client\'s dialog "… requires Network Level Authentication (NLA), but your Windows domain controller cannot be contacted to perform NLA"',
    codeName: 'SEC_E_NO_AUTHENTICATING_AUTHORITY',
    overrides: ['nla-required'],
    words: { en: [/network level authentication/, /domain controller cannot be contacted/] },
    meaning:
      'NLA could not reach a domain controller to authenticate the user (no authority could be contacted): the client or the server cannot reach a DC, or the account is in a domain they cannot resolve.',
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'credentials-did-not-work',
    what: 'The client\'s dialog "Your credentials did not work"',
    codeName: 'SEC_E_LOGON_DENIED',
    // The dialog's body ("The credentials that were used to connect to 192.0.2.10 did not work") is also the feed's
    // wording: with the dialog's title, the client's dialog is meant.
    overrides: ['feed-credentials'],
    words: {
      en: [/credentials did not work/],
    },
    meaning:
      "NLA rejected the user name or password (SEC_E_LOGON_DENIED): a wrong or stale password, a wrong domain, or an account state the server's Security 4625 Status says.",
    confidence: 'MS',
    source: `${SRC_DIALOG}`,
  },
  {
    id: 'lsa-cannot-be-contacted',
    what: 'The client\'s dialog "An authentication error has occurred. The Local Security Authority cannot be contacted"',
    // The text is SEC_E_INTERNAL_ERROR's own message ("The Local Security Authority cannot be contacted", winerror.h),
    // not SEC_E_NO_CREDENTIALS' ("No credentials are available in the security package").
    codeName: 'SEC_E_INTERNAL_ERROR',
    words: {
      en: [/local security authority cannot be contacted/],
    },
    meaning:
      'NLA could not complete: the Local Security Authority on the client or the server could not finish the exchange (SEC_E_INTERNAL_ERROR, whose message this is): a password that has expired or must change, a CredSSP update missing on one side, a server certificate or TLS setting the LSA cannot use, or a domain controller it cannot reach.',
    confidence: 'MS',
    source: `${SRC_DIALOG}; the message text of SEC_E_INTERNAL_ERROR 0x80090304 (MS-ERREF 2.1, winerror.h); Microsoft support article KB 2493594`,
    note: 'The dialog usually shows the code 0x80090304 (SEC_E_INTERNAL_ERROR); where it shows 0x8009030E (SEC_E_NO_CREDENTIALS) instead, paste the code with the text: the code decides.',
  },
  {
    id: 'not-authorized-remote-login',
    what: 'The client\'s dialog "The connection was denied because the user account is not authorized for remote login"',
    codeName: 'exDiscReasonServerInsufficientPrivileges',
    words: {
      en: [/not authorized for remote log(?:in|on)/],
    },
    meaning:
      'The account is not allowed to sign in through Remote Desktop: it is not in Remote Desktop Users (or Administrators) or lacks "Allow log on through Remote Desktop Services", or a deny right takes it away (4625 Status 0xC000015B).',
    confidence: 'MS',
    source: `${SRC_DIALOG}`,
  },
  {
    id: 'remote-sign-in-right',
    what: 'The client\'s dialog "To sign in remotely, you need the right to sign in through Remote Desktop Services"',
    codeName: 'exDiscReasonServerInsufficientPrivileges',
    // The dialog's opening read too, so a copy that drops or changes "through" (woshub.com's "the right to sign in
    // Remote Desktop Services") is still the dialog; another sentence about sign-in rights lacks the opening.
    words: {
      en: [/right to sign in through remote desktop services|\bto sign in remotely,? you need the right to sign in\b/],
    },
    meaning:
      'The account lacks the right "Allow log on through Remote Desktop Services" on the server (not in Remote Desktop Users, or denied by policy): 4625 Status 0xC000015B.',
    confidence: 'MS',
    source: `${SRC_DIALOG} (the user right's localized name)`,
  },
  {
    id: 'restricted-logon-type',
    what: 'The client\'s dialog "The system administrator has restricted the type of logon (network or interactive) that you may use"',
    codeName: 'STATUS_LOGON_TYPE_NOT_GRANTED',
    words: { en: [/has restricted the types? of logon/] },
    meaning:
      'NLA is required and the account may not log on to the server from the network: it is not in Remote Desktop Users, or Remote Desktop Users (or Everyone) was taken out of "Access this computer from the network".',
    confidence: 'MS',
    source:
      'Microsoft Learn "User can\'t authenticate or must authenticate twice" (Access denied, restricted type of logon)',
  },
  {
    id: 'licensing-diagnoser-server-not-available',
    what: 'RD Licensing Diagnoser\'s message "License server <name> is not available" (the condition RemoteConnectionManager logs as 1131)',
    event: { provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager', id: 1131 },
    words: {
      en: [/license server \S+ is not available/],
    },
    meaning:
      'The RD Session Host has a license server configured but cannot reach it: the network or a firewall (RPC) between them, the Remote Desktop Licensing service stopped on the license server, or the RD Licensing role removed from it.',
    confidence: 'MS',
    source:
      'Microsoft Learn "Cannot connect to RDS because no RD Licensing servers are available" (the RD Licensing Diagnoser messages it quotes)',
    languages: LOCALIZED,
    note: 'Check that the license server answers (its Remote Desktop Licensing service running, RPC reachable from the session host), or point the session host at another one (Group Policy: Use the specified Remote Desktop license servers).',
  },
  {
    id: 'licensing-diagnoser-grace-no-server',
    what: 'RD Licensing Diagnoser\'s message "The grace period for the Remote Desktop Session Host server has expired, but … hasn\'t been configured with any license servers"',
    event: { provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager', id: 1128 },
    words: {
      en: [
        /grace period for the remote desktop session host server has expired/,
        /(?:has not|hasn't) been configured with any license servers/,
      ],
    },
    meaning:
      "The RD Session Host's 120-day licensing grace period is over and no license server is configured for it: connections are refused at the licensing step until one is.",
    confidence: 'MS',
    source:
      'Microsoft Learn "Cannot connect to RDS because no RD Licensing servers are available" (the RD Licensing Diagnoser messages it quotes)',
    languages: LOCALIZED,
    note: 'Specify the license server and the licensing mode (Group Policy: Remote Desktop Session Host > Licensing), with activated CALs of the mode set.',
  },
  {
    id: 'licensing-diagnoser-within-grace-no-server',
    what: 'RD Licensing Diagnoser\'s message "Remote Desktop Session Host server is within its grace period, but the RD Session Host server has not been configured with any license server"',
    words: {
      en: [
        /session host server is within its grace period/,
        /(?:has not|hasn't) been configured with any license servers?/,
      ],
    },
    states: [licensingServerUnavailable.id],
    meaning:
      'No license server is configured for the RD Session Host, which still runs in its 120-day licensing grace period: connections work until the grace period ends, then they are refused at the licensing step. Configure the license server and the licensing mode before then.',
    confidence: 'WR',
    source:
      'Widely reported: the RD Licensing Diagnoser\'s output as a public how-to quotes it (winitpro.ru, its English Diagnoser listing; one page only); Microsoft Learn "Cannot connect to RDS because no RD Licensing servers are available" quotes the expired form of the same message',
    note: 'Specify the license server and the licensing mode (Group Policy: Remote Desktop Session Host > Licensing), with activated CALs of the mode set.',
  },
  {
    id: 'licensing-diagnoser-licenses-not-available',
    what: 'RD Licensing Diagnoser\'s summary "Licenses are not available for this Remote Desktop Session Host server, and RD Licensing Diagnoser has identified licensing problems"',
    words: {
      en: [
        /licenses are not available for this remote desktop session host server/,
        /rd licensing diagnoser has identified licensing problems/,
      ],
    },
    states: [licensingCalUnavailable.id, licensingServerUnavailable.id],
    meaning:
      'The RD Licensing Diagnoser found that this RD Session Host cannot get RDS CALs: no license server it can reach, no CALs of the licensing mode set (Per User or Per Device), or CALs of an older version than the session host. Its Information section, below the summary, says which.',
    confidence: 'MS',
    source:
      'Microsoft Learn "Cannot connect to RDS because no RD Licensing servers are available" (the RD Licensing Diagnoser summary it quotes)',
    note: "Read the Diagnoser's Information section, then check the license server (reachable, its service running, CALs installed and activated) and that the licensing mode and the CALs' version match the session host.",
  },
  {
    id: 'no-license-servers',
    what: 'The client\'s dialog "The remote session was disconnected because there are no Remote Desktop License Servers available to provide a license"',
    codeName: 'exDiscReasonLicenseNoLicenseServer',
    // A session host in its grace period licenses connections itself, so the dialog comes once the grace period is
    // over: Microsoft's pages for this dialog give that first (Azure "Troubleshooting specific RDP error messages":
    // "the 120-day licensing grace period … has expired"; "Cannot connect to RDS because no RD Licensing servers are
    // available": the Licensing Diagnoser's "The grace period … has expired, but the RD Session Host server hasn't been
    // configured with any license servers"). The code alone (0x101) keeps its name's reading, the license server first.
    states: [licensingGraceExpired.id],
    words: {
      // The older clients say "Terminal Server License Servers" (the Remote Desktop Web Connection page's L_NoLicenseServer).
      en: [/no (?:remote desktop|terminal server) license servers? (?:are )?available/],
    },
    meaning:
      'The session host found no Remote Desktop license server to issue a client access license (none configured, unreachable, or not activated) and its licensing grace period is over.',
    confidence: 'MS',
    source: `${SRC_DIALOG}`,
  },
  {
    id: 'no-cals-available',
    what: 'The client\'s dialog "… there are no Remote Desktop client access licenses available for this computer"',
    codeName: 'exDiscReasonLicenseNoLicense',
    // The older clients say "Terminal Server client access licenses" (the Remote Desktop Web Connection page's L_NoLicense).
    words: { en: [/no (?:remote desktop|terminal server) client access licenses? available/] },
    meaning:
      'The license server has no client access license of the kind the session host asks for (per user / per device, version) left to issue.',
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'licensing-protocol-error',
    what: 'The client\'s dialog "The remote computer disconnected the session because of an error in the licensing protocol"',
    codeName: 'exDiscReasonLicenseCantFinishProtocol',
    // The same dialog is disconnect reason 2056's (IMsTscAxEvents::OnDisconnected, disconnectReasonLicensingFailed,
    // whose text it is), which the client's cached licence explains (causes.md: licensing-client-cache, client 1026
    // 2056); the extended code's own causes (a network break) follow it.
    states: [licensingClientCache.id],
    words: { en: [/error in the licensing protocol/] },
    meaning:
      'The licensing exchange failed: most often a damaged license cached on the client (HKLM\\SOFTWARE\\Microsoft\\MSLicensing) or a license server the host cannot complete the exchange with.',
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'license-modified',
    what: 'The client\'s dialog "… the Remote Desktop client access license stored on this computer has been modified"',
    codeName: 'exDiscReasonLicenseErrClientLicense',
    words: { en: [/client access license stored on this computer has been modified/] },
    meaning:
      "The license the client cached is damaged: delete the client's MSLicensing key and reconnect as an administrator once.",
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'license-invalid-format',
    what: 'The client\'s dialog "The remote session was disconnected because the Remote Desktop client access license stored on this computer is in an invalid format"',
    codeName: 'LicenseInvalidFormat',
    words: { en: [/client access licen[cs]e stored on this computer is in an invalid format/] },
    meaning:
      'The licence the client cached (HKLM\\SOFTWARE\\Microsoft\\MSLicensing) is damaged: delete that key on the client and connect once as an administrator so that it is created again.',
    confidence: 'WR',
    source:
      'Widely reported: the client\'s dialog text for disconnect reason 261 (TechNet wiki 37870 "Remote Desktop client troubleshooting: disconnect codes and reasons", the texts mstscax GetErrorDescription returns)',
  },
  {
    id: 'license-cant-upgrade',
    what: 'The client\'s dialog "The remote session was disconnected because the local computer\'s client access license could not be upgraded or renewed"',
    codeName: 'exDiscReasonLicenseCantUpgradeLicense',
    words: { en: [/client access licen[cs]e could not be upgraded or renewed/] },
    meaning:
      "The client's licence could not be renewed (a temporary or expiring CAL): its cached licence is damaged, or the session host could not get a new one (no license server reachable, or no CAL of the needed kind left).",
    confidence: 'WR',
    source:
      "Widely reported: the client's dialog text for disconnect reason 265 (TechNet wiki 37870, the texts mstscax GetErrorDescription returns); the code is MS-RDPBCGR's exDiscReasonLicenseCantUpgradeLicense (ExtendedDisconnectReasonCode)",
  },
  {
    id: 'test-netconnection-tcp-failed',
    what: 'PowerShell\'s `Test-NetConnection <server> -Port 3389` output when the port does not answer ("TCP connect to (… : 3389) failed", `TcpTestSucceeded : False`)',
    codeName: 'disconnectReasonSocketConnectFailed',
    words: { en: [/tcptestsucceeded\s*:\s*false|tcp connect to \(.{0,80}\) failed/] },
    anyLanguage: true,
    meaning:
      'Nothing accepted a TCP connection on that port: the server is off or unreachable, a firewall drops the port, the RDP listener is not listening on it (RDP disabled, another PortNumber), or a name resolves to the wrong address. PingSucceeded True with TcpTestSucceeded False points at the port (firewall or listener), not the network path.',
    confidence: 'MS',
    source:
      'Microsoft Learn: Test-NetConnection (NetTCPIP module; its TcpTestSucceeded result) and "General Remote Desktop connection troubleshooting" (check the listener port, netstat, Test-NetConnection -Port); rdp-events.md §4.12',
    languages:
      'The same in every language: PowerShell writes its result properties (TcpTestSucceeded) in English whatever the display language.',
  },
  {
    id: 'cannot-connect-reasons',
    what: 'The client\'s dialog "Remote Desktop can\'t connect to the remote computer for one of these reasons: 1) … 2) … 3) …"',
    codeName: 'disconnectReasonSocketConnectFailed',
    words: {
      en: [/can(?:'|no)t connect to the remote computer for one of these reasons/],
    },
    meaning:
      'The client could not open a connection: remote access is not enabled on the server, the server is off, or it cannot be reached on the network (name, firewall, port 3389).',
    confidence: 'MS',
    source: `${SRC_DIALOG}`,
  },
  {
    id: 'cannot-connect-generic',
    // The opening of many longer dialogs ("… The Remote Desktop Gateway server has ended the connection."): theirs decide.
    generic: true,
    what: 'The client\'s dialog "This computer can\'t connect to the remote computer. Try connecting again. If the problem continues, contact the owner of the remote computer or your network administrator."',
    // Ranked as Microsoft's pages for this dialog check: reachability first (RDP enabled, the listener and its port,
    // the firewall), then the connection limit and the licensing, then the certificate and the security layers.
    states: [
      networkUnreachable.id,
      sessionLimit.id,
      licensingServerUnavailable.id,
      tlsCertificate.id,
      tlsProtocolMismatch.id,
      credsspNla.id,
      authLogonRight.id,
    ],
    // The dialog whose words stop there ("… the remote computer. Try connecting again."): not the longer dialogs that
    // go on with their own reason ("… because the Remote Desktop Gateway server address …", "… using the specified
    // forward proxy …"), whose causes are theirs.
    words: {
      en: [
        /this computer can(?:'|no)t (?:connect|be connected) to the remote computer(?! (?:because|for one|using)\b)/,
      ],
    },
    meaning:
      'The dialog names no cause: the client shows it for any connection that failed without a more precise message. Microsoft\'s pages for it ("Troubleshoot Remote desktop disconnected errors", KB 2477176 / 2477023; "General Remote Desktop connection troubleshooting") check first that Remote Desktop is enabled and its listener answers on its port through the firewall, then the connection limit and the licensing, then the server\'s TLS certificate (TermService 1057/1058, Schannel 36870/36871), its TLS versions, NLA\'s domain controller and the account\'s right to sign in through Remote Desktop.',
    confidence: 'MS',
    source:
      'Microsoft Learn: "Troubleshoot Remote desktop disconnected errors" (KB 2477176; KB 2477023 for Windows Server 2003: the dialog under Symptom 1, the connection limit; Symptom 2 the listener\'s port; Symptom 4 the licensing), "General Remote Desktop connection troubleshooting" (RDP enabled, the listener, its port, the firewall), "Troubleshoot Azure VM RDP connection issues by Event ID", "Troubleshoot authentication errors when you use RDP to connect to Azure VM"',
    note: 'Nothing in the words says which: check that the server answers on its RDP port (Test-NetConnection -Port 3389, qwinsta shows rdp-tcp Listen), then its System log (TermService 1057/1058, Schannel 36870/36871), its licensing (RD Licensing Diagnoser) and Security log (4625 for the account).',
  },
  {
    id: 'internal-error',
    phrase: true,
    what: 'The client\'s dialog "An internal error has occurred"',
    codeName: 'InternalErrorHasOccurred',
    words: {
      en: [/internal error has occurred/],
    },
    meaning:
      'The client ended the connection on an error it does not describe: often the TLS or security layer (a certificate the listener cannot use, a security layer mismatch) or a client-side component.',
    confidence: 'MS',
    source: `${SRC_DIALOG}`,
  },
  {
    id: 'busy',
    kind: 'uncatalogued',
    what: 'The message "The remote computer is currently busy" / "Remote Desktop Services is currently busy"',
    words: { en: [/(?:remote computer|remote desktop services?) is currently busy/] },
    meaning:
      'The server accepted the connection but could not create or hand over the session in time: the session manager or Winlogon is stuck (hung sessions, a profile or Group Policy step that does not finish, resources exhausted). Other users may still sign in.',
    confidence: 'WR',
    source: `${SRC_DIALOG} (wording); the reading is widely reported (Microsoft Q&A, support forums), not documented`,
    note: 'Check the server\'s LocalSessionManager and System logs at that time (hung sessions, Winlogon and profile service errors); logging off stale sessions or restarting the server clears it. The longer wording ("The task you are trying to do can\'t be completed because Remote Desktop Services is currently busy") is reported as the message of ERROR_CTX_WINSTATION_BUSY (7024, 0x80071B70), whose MS-ERREF text says the connection is busy in a connect, disconnect, reset or delete operation.',
  },
  {
    id: 'password-expired',
    what: 'The dialog "Your password has expired" / "You must change your password before signing in"',
    codeName: 'SSL_ERR_PASSWORD_EXPIRED',
    words: {
      en: [/password has expired|must change your password|password associated with the user account has expired/],
    },
    meaning:
      "The user's password has expired or must be changed: NLA cannot sign in with it. Change it (on another computer, or allow the change through the server's sign-in screen).",
    confidence: 'MS',
    source: `${SRC_DIALOG}`,
  },
  {
    id: 'account-locked',
    what: 'The dialog "… the user account has been locked because there were too many logon attempts"',
    codeName: 'SSL_ERR_ACCOUNT_LOCKED_OUT',
    words: { en: [/account (?:has been|is) locked|locked out/] },
    meaning:
      'The account is locked out after too many failed sign-ins: unlock it, and find what keeps sending a wrong password.',
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'account-disabled',
    what: 'The dialog "Your account has been disabled"',
    codeName: 'SSL_ERR_ACCOUNT_DISABLED',
    words: { en: [/account (?:has been|is) disabled/] },
    meaning: 'The account is disabled.',
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'account-expired',
    what: 'The dialog "Your account has expired"',
    codeName: 'SSL_ERR_ACCOUNT_EXPIRED',
    words: { en: [/account has expired/] },
    meaning: "The account's expiry date has passed.",
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'trust-relationship',
    what: 'The message "The trust relationship between this workstation and the primary domain failed"',
    codeName: 'STATUS_TRUSTED_RELATIONSHIP_FAILURE',
    words: {
      en: [/trust relationship between this workstation and the primary domain/],
    },
    meaning:
      "The server's secure channel to its domain is broken: domain accounts cannot sign in until it is repaired or the computer rejoined.",
    confidence: 'MS',
    source: `Microsoft: the message text of STATUS_TRUSTED_RELATIONSHIP_FAILURE (ntstatus.h)`,
  },
  {
    id: 'no-logon-servers',
    what: 'The message "There are currently no logon servers available to service the logon request"',
    codeName: 'STATUS_NO_LOGON_SERVERS',
    // The message text of 1311 and of STATUS_NO_LOGON_SERVERS: every subsystem failing with it shows it.
    systemMessage: true,
    words: {
      en: [/no logon servers available/],
    },
    meaning: 'No domain controller could be reached to check the account.',
    confidence: 'MS',
    source: `Microsoft: the message text of STATUS_NO_LOGON_SERVERS (ntstatus.h)`,
  },
  {
    id: 'time-difference',
    what: 'The dialog "… cannot verify the identity of the remote computer because there is a time or date difference"',
    codeName: 'SEC_E_TIME_SKEW',
    words: { en: [/time or date difference/] },
    meaning:
      'The clocks of the client, the server or the domain controller differ by more than Kerberos allows (5 minutes by default).',
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'identity-not-verified',
    states: [tlsCertificate.id],
    what: 'The client\'s prompt "The identity of the remote computer cannot be verified. Do you want to connect anyway?"',
    words: { en: [/identity of the remote computer cannot be verified/] },
    meaning:
      'The client could not validate the server\'s certificate: it is self-signed (the default), from a certificate authority the client does not trust, issued for another name, or expired. The lines under the question ("Certificate errors") say which.',
    confidence: 'MS',
    source: `${SRC_DIALOG}; quoted by Microsoft Learn's Azure quickstarts and labs (connecting to a new VM)`,
    note: 'Paste the certificate error lines with it to read the exact problem. Connecting anyway is safe only for a server you know; the fix is a certificate the client trusts, issued for the name it connects to (or connecting by that name).',
  },
  {
    id: 'certificate-untrusted',
    states: [tlsCertificate.id],
    what: 'The identity prompt "The certificate is not from a trusted certifying authority"',
    codeName: 'CERT_E_UNTRUSTEDROOT',
    overrides: ['identity-not-verified'],
    words: { en: [/not from a trusted certifying authority|terminated in a root certificate which is not trusted/] },
    meaning: "The client does not trust the server's certificate (self-signed, or from a CA the client lacks).",
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'certificate-name',
    states: [tlsCertificate.id],
    what: 'The identity prompt "The name on the certificate is incorrect" / "Certificate name mismatch"',
    codeName: 'CERT_E_CN_NO_MATCH',
    overrides: ['identity-not-verified'],
    words: {
      en: [
        /name (?:on|in) the certificate (?:is incorrect|does not match)|certificate name mismatch|certificate's cn name does not match/,
      ],
    },
    meaning: 'The server certificate does not name the host the client connected to.',
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'certificate-expired',
    states: [tlsCertificate.id],
    what: 'The identity prompt "The certificate has expired or is not yet valid"',
    codeName: 'CERT_E_EXPIRED',
    overrides: ['identity-not-verified'],
    words: { en: [/certificate (?:has )?expired or is not yet valid/] },
    meaning: 'The server certificate is outside its validity period (or a clock is wrong).',
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'unexpected-server-certificate',
    what: 'The dialog "The connection has been terminated because an unexpected server authentication certificate was received from the remote computer" (the macOS and iOS clients: "Your session ended because an unexpected server authentication certificate was received from the remote PC")',
    codeName: 'UnexpectedServerAuthCert',
    words: { en: [/unexpected server authentication certificate was received/] },
    meaning:
      'The certificate the server presented is not the one the client expected for it: it changed since the client accepted it, another machine or a TLS-inspecting device answered, or a load balancer or gateway presents its own.',
    confidence: 'MS',
    source: `${SRC_DIALOG}; quoted on Microsoft Tech Community, "connection terminated unexpected server authentication certificate" (https://techcommunity.microsoft.com/t5/windows-10/connection-terminated-unexpected-server-authentication/td-p/863394)`,
  },
  {
    id: 'certificate-expired-or-invalid',
    what: 'The dialog "Remote Desktop cannot connect to the remote computer because the authentication certificate from the remote computer is expired or invalid" (error code 0x1B07)',
    codeName: 'SSL_ERR_CERT_EXPIRED',
    words: { en: [/authentication certificate (?:received )?from the remote computer is expired or invalid/] },
    meaning:
      "The server's TLS certificate is outside its validity period or unusable, or the two computers' clocks differ widely (the dialog itself names a large time discrepancy).",
    confidence: 'MS',
    source: `${SRC_DIALOG}; the reading is mstsc's 0x1B07 (SSL_ERR_CERT_EXPIRED); the "received from" wording as aidanfinn.com ("RDP Certificate Expired") quotes it`,
  },
  {
    id: 'cannot-find-computer',
    what: 'The dialog "Remote Desktop can\'t find the computer "NAME". This might mean that "NAME" does not belong to the specified network"',
    codeName: 'disconnectReasonDNSLookupFailed',
    words: { en: [/remote desktop can'?t find the computer/] },
    meaning:
      'The name typed does not resolve: a typing mistake, a short name outside the DNS suffix search list, a missing or stale DNS record, or a VPN whose DNS servers are not used.',
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'another-user-connected',
    what: 'The dialog "Your Remote Desktop Services session has ended. Another user connected to the remote computer, so your connection was lost"',
    codeName: 'exDiscReasonReplacedByOtherConnection',
    words: { en: [/another user connected to the remote computer, so your connection was lost/] },
    meaning:
      'Another connection took the session over: the same account signed in from elsewhere, or another user took the only session a Windows client edition allows.',
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'security-error',
    what: 'The dialog "Because of a security error, the client could not connect to the remote computer"',
    // Microsoft's pages for this dialog name the encryption level first (KB 811770: a server that requires FIPS
    // encryption), then the server's own licensing certificate (the X509 Certificate values under TermService's
    // Parameters, refreshed); the client's MSLicensing cache is what users widely report.
    states: [securityLayerMismatch.id, licensingClientCache.id],
    // The Windows client's words, not the web client's "… couldn't connect to the remote PC because of a security
    // error" (web-client-security-error), which Microsoft reads otherwise.
    words: { en: [/because of a security error,? the client could not connect/] },
    meaning:
      "The RDP security layer failed before sign-in: an encryption level or security layer the client cannot meet (a server that requires FIPS encryption), the session host's licensing certificate damaged (its X509 Certificate registry values), or licensing data the client cannot read (a damaged MSLicensing cache).",
    confidence: 'MS',
    source: `${SRC_DIALOG} (wording); Microsoft Learn "Remote Assistance connection to a Windows Server-based server that has FIPS encryption doesn't work" (KB 811770) and "License code error messages when clients connect to RDS" ("refresh the X509 Certificate registry keys"); the MSLicensing cache is widely reported`,
  },
  {
    id: 'connections-in-use',
    what: 'The dialog "The number of connections to this computer is limited and all connections are in use right now"',
    codeName: 'exDiscReasonServerDeniedConnection',
    states: [sessionLimit.id],
    words: { en: [/all connections are in use/] },
    meaning:
      'The server allows no more sessions (two on a Windows Server without RDS licensing, one on a client Windows): another user must sign out, or the session limit be raised.',
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'windows-app-cannot-connect',
    kind: 'unspecific',
    generic: true,
    // The Error code under it is the app's own (client-apps.ts: its 0x207, not the client control's 519).
    appCode: true,
    what: 'The Windows App / Remote Desktop client dialog (macOS, iOS, Android, web) "We couldn\'t connect to the remote PC"',
    words: {
      en: [
        /we couldn'?t connect to (?!the gateway\b)(?:the remote pc|["'\u201c]?.{1,60}?["'\u201d]?)(?:[.!]|$)|oops, we couldn'?t connect/,
      ],
    },
    meaning:
      'The Windows App or Remote Desktop client could not reach or open the remote PC; the error code under the text (0x204 unreachable, 0x207 authentication or security layer) says which.',
    confidence: 'MS',
    source: 'Microsoft: the Windows App / Remote Desktop client dialog; Microsoft Learn "Troubleshoot Windows App"',
  },
  {
    id: 'winsock-reset',
    what: 'The Winsock message "An existing connection was forcibly closed by the remote host"',
    codeName: 'WSAECONNRESET',
    words: { en: [/existing connection was forcibly closed by the remote host/] },
    meaning: 'The server or something on the path reset the TCP connection (WSAECONNRESET, 10054).',
    confidence: 'MS',
    source: 'Microsoft Learn: Windows Sockets Error Codes (the message text of WSAECONNRESET)',
  },
  {
    id: 'winsock-timeout',
    what: 'The Winsock message "A connection attempt failed because the connected party did not properly respond after a period of time"',
    codeName: 'WSAETIMEDOUT',
    words: { en: [/connected party did not properly respond after a period of time/] },
    meaning:
      'Nothing answered the connection attempt (WSAETIMEDOUT, 10060): the host is off or unreachable, or a firewall drops the packets.',
    confidence: 'MS',
    source: 'Microsoft Learn: Windows Sockets Error Codes (the message text of WSAETIMEDOUT)',
  },
  {
    id: 'winsock-refused',
    what: 'The Winsock message "No connection could be made because the target machine actively refused it"',
    codeName: 'WSAECONNREFUSED',
    words: { en: [/target machine actively refused it/] },
    meaning: 'The host answered but nothing listens on the port (WSAECONNREFUSED, 10061).',
    confidence: 'MS',
    source: 'Microsoft Learn: Windows Sockets Error Codes (the message text of WSAECONNREFUSED)',
  },
  {
    id: 'logon-attempt-failed',
    what: 'The dialog "The logon attempt failed"',
    codeName: 'SEC_E_LOGON_DENIED',
    words: { en: [/the logon attempt failed/] },
    meaning:
      'NLA rejected the credentials (SEC_E_LOGON_DENIED, whose message text this is): a wrong password or user name, or an account state.',
    confidence: 'MS',
    source:
      'MS-ERREF 2.1 HRESULT values (winerror.h): the message text of SEC_E_LOGON_DENIED; Microsoft Learn: Windows 365 "Troubleshoot Cloud PC connection errors" (Microsoft Entra joined Cloud PCs)',
    note: 'To a Microsoft Entra joined Cloud PC or session host, Microsoft names two other causes: PKU2U authentication requests denied on the Cloud PC or on the user\'s device (allow "Network Security: Allow PKU2U authentication requests" on both), and per-user multifactor authentication on the account (use Conditional Access instead).',
  },
  {
    id: 'user-name-or-password-incorrect',
    what: 'The message "The user name or password is incorrect" (ERROR_LOGON_FAILURE, 1326)',
    codeName: 'ERROR_LOGON_FAILURE',
    // Win32's message text: every subsystem failing with 1326 shows it (net use, a share, a service's account).
    systemMessage: true,
    words: {
      en: [/user name or password is incorrect/],
    },
    meaning: 'The credentials were rejected: a wrong user name or password (or a stale saved password).',
    confidence: 'MS',
    source: `MS-ERREF 2.2 Win32 error codes (winerror.h): the message text of ERROR_LOGON_FAILURE; Microsoft Learn: Azure Virtual Desktop client troubleshooting, Microsoft Entra joined VMs ("The user name or password is incorrect")`,
    note: 'To a Microsoft Entra joined session host, Microsoft names two other causes when the credentials are right: the user lacks the Virtual Machine User Login role on the VM or its resource group, or per-user multifactor authentication (or a Conditional Access policy that does not exclude the "Azure Windows VM sign-in" app) blocks the sign-in.',
  },
  {
    // Win32's older message text of 1326, before "The user name or password is incorrect": every subsystem failing
    // with 1326 showed it (net use, runas), so it names none.
    id: 'logon-failure-unknown-user-or-bad-password',
    what: 'The message "Logon failure: unknown user name or bad password" (ERROR_LOGON_FAILURE, 1326, in older Windows)',
    codeName: 'ERROR_LOGON_FAILURE',
    systemMessage: true,
    words: {
      en: [/logon failure:\s{0,3}unknown user name or bad password/],
    },
    meaning: 'The credentials were rejected: a wrong user name or password (older Windows worded 1326 so).',
    confidence: 'MS',
    source:
      'Microsoft KB 103390, the NET USE logon steps (: "System error 1326 has occurred. Logon failure: unknown user name or bad password."); Microsoft KB 957009 (net use on Windows XP: "Logon failure: unknown user name or bad password.")',
  },
  {
    // NTSTATUS's message text of STATUS_LOGON_FAILURE (0xC000006D): Remote Desktop shows it when the sign-in is refused
    // (smart cards through a branch office's RODC too); every subsystem failing with that status shows it alike.
    id: 'attempted-logon-invalid',
    what: 'The message "The attempted logon is invalid. This is either due to a bad username or authentication information." (STATUS_LOGON_FAILURE, 0xC000006D)',
    codeName: 'STATUS_LOGON_FAILURE',
    systemMessage: true,
    words: { en: [/attempted logon is invalid/] },
    meaning:
      "The sign-in was refused for its credentials: a wrong user name or password; with a smart card through a branch office's read-only domain controller, the keys the root domain controller and the RODC use do not match.",
    confidence: 'MS',
    source:
      'MS-ERREF 2.3 NTSTATUS values (ntstatus.h): the message text of STATUS_LOGON_FAILURE; Microsoft Learn: Windows Server "User can\'t authenticate or must authenticate twice" (smart card sign-in through an RODC)',
  },
  {
    id: 'unknown-user-or-bad-password',
    what: 'The 4625 Failure Reason "Unknown user name or bad password" (%%2313)',
    codeName: 'STATUS_LOGON_FAILURE',
    words: {
      en: [/(?<!logon failure:\s{0,3})unknown user name or bad password/],
    },
    meaning: 'The account name does not exist or the password is wrong; the 4625 Sub Status says which.',
    confidence: 'MS',
    source: `Microsoft Learn: event 4625 (Failure Reason %%2313)`,
  },
  {
    id: 'network-error',
    states: [networkDropped.id],
    what: 'The dialog "The connection was ended because of a network error"',
    words: { en: [/connection (?:was ended|has been lost) because of a network error|connection has been lost/] },
    meaning:
      'The network between client and server dropped the established connection (an unstable path, a VPN, a NAT or firewall timeout, the server going away).',
    confidence: 'MS',
    source: `${SRC_DIALOG}`,
    note: "The client's RDPClient 1026 gives the code (often 0x904 or 0x108); the server's RdpCoreTS 226/142/143 show the drop.",
  },
  {
    id: 'gateway-cert-name-mismatch',
    what: 'The dialog "… the Remote Desktop Gateway server address requested and the certificate subject name do not match"',
    codeName: 'GatewayCertNameMismatch',
    words: { en: [/gateway server address requested and the certificate subject name do not match/] },
    meaning: "The RD Gateway's certificate does not name the address the client used for the gateway.",
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'gateway-identity-unverified',
    what: "The dialog \"This computer can't verify the identity of the RD Gateway … It's not safe to connect to servers that can't be identified\"",
    codeName: 'GatewayIdentityUnverified',
    words: { en: [/can(?:'|no)t verify the identity of the (?:rd|remote desktop|ts) gateway/] },
    meaning:
      "The client does not trust the RD Gateway's certificate: it was issued by a certification authority this computer does not trust (a self-signed or private-CA certificate whose root is not in the client's Trusted Root store), so the client refuses to send anything through the gateway.",
    confidence: 'MS',
    source: `${SRC_DIALOG} (disconnect reason 50331653, 0x3000005)`,
  },
  {
    id: 'console-session-in-progress',
    kind: 'uncatalogued',
    what: 'The dialog "Your computer could not connect to another console session on the remote computer because you already have a console session in progress"',
    codeName: 'ConsoleSessionInProgress',
    words: {
      en: [
        // Its other wordings as users retype it: "sessions", "of the remote computer", "can't connect to another
        // session because you have a console session in progress".
        /connect to another (?:console )?sessions? (?:(?:on|of) the remote computer )?because you (?:already )?have a console session (?:in )?progress/,
      ],
    },
    meaning:
      'The client was pointed at the computer it runs on (localhost, 127.0.0.1, its own name or address, or a port forwarded back to itself): Windows refuses a Remote Desktop connection from a computer to its own console session. Not a session limit on a server.',
    confidence: 'MS',
    source: `${SRC_DIALOG} (disconnect reason 1800, 0x708)`,
  },
  {
    id: 'gateway-cert-expired',
    what: 'The dialog "… the Remote Desktop Gateway server\'s certificate has expired or has been revoked"',
    codeName: 'GatewayCertExpired',
    words: { en: [/gateway server'?s? certificate has expired or has been revoked/] },
    meaning: "The RD Gateway's certificate has expired or has been revoked.",
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'invalid-licensing-message',
    what: 'The dialog "The remote session was disconnected because the remote computer received an invalid licensing message"',
    codeName: 'exDiscReasonLicenseErrClientMsg',
    words: { en: [/received an invalid licensing message/] },
    meaning:
      "The server rejected the client's licensing message as invalid: most often a damaged license cached on the client (MSLicensing).",
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'gateway-unavailable',
    what: 'The dialog "Remote Desktop can\'t connect to the remote computer … because the Remote Desktop Gateway server is temporarily unavailable"',
    codeName: 'GatewayTemporarilyUnavailable',
    words: { en: [/remote desktop gateway server is temporarily unavailable/] },
    meaning: 'The client could not reach the RD Gateway (name, network, its certificate or its service).',
    confidence: 'MS',
    source: SRC_DIALOG,
  },
  {
    id: 'get-winevent-no-events',
    what: 'PowerShell\'s Get-WinEvent error "No events were found that match the specified selection criteria" (NoMatchingEventsFound)',
    commandOutput: true,
    words: { en: [/no events were found that match the specified selection criteria/] },
    meaning:
      "Get-WinEvent found no event matching its filter: not an error of Remote Desktop. The event ids in the filter did not occur in that log in the time asked (or the log was cleared, is disabled, or is not on that computer); the ids are the filter's, not error codes.",
    confidence: 'MS',
    source: 'Microsoft Learn: Get-WinEvent (Microsoft.PowerShell.Diagnostics), the NoMatchingEventsFound error record',
  },
  {
    // SqlClient / ODBC print a connection failure's provider and its SNI error number in one fixed form, in every
    // language of the message around it: "(provider: Named Pipes Provider, error: 40 - Could not open a connection to
    // SQL Server)", "(provider: TCP Provider, error: 0 - …)", "(provider: SQL Network Interfaces, error: 26 - …)".
    id: 'sql-server-provider-error',
    what: 'a SQL Server client connection error ("(provider: …, error: N - …)", SqlClient / SQL Server Native Client)',
    commandOutput: true,
    otherProduct: true,
    anyLanguage: true,
    languages:
      'Any language: SqlClient and ODBC keep the "(provider: …, error: N - …)" form in every language of the message around it.',
    words: { en: [/\(provider: ?[^,()]{2,60}, ?error: ?\d{1,5} ?- ?/] },
    meaning:
      'A SQL Server client could not open its connection to SQL Server: not an error of Remote Desktop. The number after "error:" is the SQL Server network provider\'s own (40: Named Pipes could not open a connection; 26: the server or instance was not found; 0 with TCP Provider: the connection was refused or reset), not a TLS alert, a Kerberos code or a Remote Desktop code. Microsoft\'s SQL Server connectivity troubleshooting applies: the instance name, the SQL Server service and Browser, TCP/IP and named pipes enabled, the firewall (1433, 1434/UDP).',
    confidence: 'MS',
    source:
      'Microsoft Learn "A network-related or instance-specific error occurred while establishing a connection to SQL Server" (troubleshoot/sql/database-engine/connect/network-related-or-instance-specific-error-occurred-while-establishing-connection)',
  },
  // Issue 60: sentences read by their own meaning (`states`), each from the Microsoft page that quotes its text.
  {
    id: 'rcm-1003',
    what: 'RemoteConnectionManager event 1003 ("… has provided an invalid license")',
    event: { provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager', id: 1003 },
    states: [licensingClientCache.id],
    words: {
      en: [/(?:remote desktop|terminal service|terminal server) client\W.{0,120}?has provided an invalid license/],
    },
    meaning:
      "The session host found the licence the client presented invalid: the client's cached licence (HKLM\\SOFTWARE\\Microsoft\\MSLicensing) is damaged or from another server; Microsoft's fix deletes that key on the client.",
    confidence: 'MS',
    source:
      'Microsoft TechNet "Event ID 1003 — Terminal Services Client Access License (TS CAL) Availability" (cc775262, EVENT_INVALID_LICENSE)',
  },
  {
    id: 'rcm-1004',
    what: 'RemoteConnectionManager event 1004 ("… cannot issue a client license")',
    event: { provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager', id: 1004 },
    states: [licensingCalUnavailable.id],
    words: { en: [/(?:session host server|terminal server) cannot issue a client license/] },
    meaning:
      'The session host could not give the client a licence: the licensing mode does not match the CALs installed on the license server (Per User / Per Device), the encryption levels do not match, or its licensing certificate is damaged.',
    confidence: 'MS',
    source:
      'Microsoft TechNet "Event ID 1004 — Terminal Services Client Access License (TS CAL) Availability" (cc775148, EVENT_CANNOT_ISSUE_LICENSE)',
  },
  {
    id: 'rcm-1028',
    what: 'RemoteConnectionManager event 1028 ("… because its license could not be renewed")',
    event: { provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager', id: 1028 },
    states: [licensingCalUnavailable.id, licensingServerUnavailable.id],
    words: {
      en: [
        /(?:could not be established from remote desktop client|has been disconnected because its license).{0,80}?could not be renewed|because its license could not be renewed/,
      ],
    },
    meaning:
      "The client's licence (CAL) could not be renewed, so the session was refused: the session host could not reach a license server to renew it, or the server has no CAL of the needed type left.",
    confidence: 'MS',
    source:
      'Microsoft Learn "Event ID 1028 — Remote Desktop Services Client Access License (RDS CAL) Availability" (ee890984, EVENT_EXPIRED_PERMANENT_LICENSE)',
  },
  {
    id: 'licensing-4141',
    what: 'RD Licensing event 4141 ("A license could not be issued to … because it is not a member of the Terminal Server Computers group")',
    event: { provider: 'Microsoft-Windows-TerminalServices-Licensing', id: 4141 },
    states: [licensingServerUnavailable.id],
    words: { en: [/license could not be issued to .{0,120}?not a member of the terminal server computers group/] },
    meaning:
      'The license server refused the session host: its "License server security group" policy is on and the session host\'s computer account is not in the license server\'s Terminal Server Computers group.',
    confidence: 'MS',
    source:
      'Microsoft Learn "Event ID 4141 — Remote Desktop License Server Security Group Configuration" (ee891262, TLS_E_LICENSE_ISSUANCE_ACCESS_DENIED)',
  },
  {
    id: 'schannel-36872',
    what: 'Schannel event 36872 (System log)',
    event: { provider: 'Schannel', id: 36872 },
    states: [tlsCertificate.id],
    words: { en: [/(?:tls|ssl)? ?(?:server )?(?:specified )?certificate'?s chain could not be retrieved/] },
    meaning:
      "Schannel could not build the chain of the server's TLS certificate (for Remote Desktop, the listener's certificate): an expired or revoked certificate, a chain to no trusted root, a revocation check that fails, or a key it cannot read.",
    confidence: 'MS',
    source:
      'Microsoft: the event\'s own message text; Microsoft Learn (archived blog) "Schannel 36872 or Schannel 36870 on a Domain Controller"',
  },
  {
    id: 'another-user-signed-in',
    what: 'The Windows sign-in prompt "Another user is signed in. If you continue, they\'ll be disconnected"',
    states: [sessionLimit.id],
    words: { en: [/another user is (?:signed|logged) (?:in|on)/] },
    meaning:
      'The computer allows one session (a Windows client edition, or a server at its session limit) and another user holds it: signing in disconnects them, or they are asked and may decline.',
    confidence: 'MS',
    source:
      'Microsoft: the Windows sign-in prompt of a single-session computer; Microsoft Learn "Remote Desktop Services: limit number of connections" (one session per client edition)',
  },
  {
    id: 'user-currently-logged-on',
    what: 'The prompt of a one-session Windows "The user <domain>\\<user> is currently logged on to this computer"',
    states: [sessionLimit.id],
    words: { en: [/is currently logged on to this computer/] },
    meaning:
      'The computer allows one interactive session and another user holds it: only that user or an administrator may sign in, and an administrator who continues ends (or disconnects) that session, its unsaved work lost.',
    confidence: 'MS',
    source:
      'Microsoft KB 280828 "How a Remote Desktop connection affects Windows XP Professional" (the messages a single-session computer shows)',
  },
  {
    id: 'gateway-rap-dialog',
    what: 'The dialog "Remote Desktop can\'t connect to the remote computer … Your user account is not listed in the RD Gateway\'s permission list"',
    states: [gatewayDenied.id],
    words: { en: [/not listed in the rd gateway'?s? permission list/] },
    meaning:
      "The RD Gateway's resource authorization policy (RD RAP) does not let this user reach that computer: the account is not in the RAP's user group, or the computer is not in its computer group (a NetBIOS name where the RAP holds the FQDN, or the reverse).",
    confidence: 'MS',
    source: `${SRC_DIALOG}; Microsoft Learn "Event ID 301 — RD Gateway Server Connections" (ee890850)`,
  },
  {
    id: 'gateway-201',
    what: 'RD Gateway event 201 ("… did not meet connection authorization policy requirements")',
    event: { provider: 'Microsoft-Windows-TerminalServices-Gateway', id: 201 },
    states: [gatewayDenied.id],
    words: { en: [/did not meet connection authorization policy requirements/] },
    meaning:
      "The RD Gateway's connection authorization policy (RD CAP) refused the user: not in the CAP's user (or computer) group, or an authentication method or device redirection the CAP does not allow.",
    confidence: 'MS',
    source: 'Microsoft Learn "Event ID 201 — RD Gateway Server Connections" (ee891053, AAG_EVENT_NAP_FAILED)',
  },
  {
    id: 'gateway-301',
    what: 'RD Gateway event 301 ("… did not meet resource authorization policy requirements")',
    event: { provider: 'Microsoft-Windows-TerminalServices-Gateway', id: 301 },
    states: [gatewayDenied.id],
    words: { en: [/did not meet resource authorization policy requirements/] },
    meaning:
      "The RD Gateway's resource authorization policy (RD RAP) does not allow this user to reach the computer named: the computer (as named: NetBIOS, FQDN or address) is not in the RAP's computer group, or the user not in its user group.",
    confidence: 'MS',
    source: 'Microsoft Learn "Event ID 301 — RD Gateway Server Connections" (ee890850, AAG_EVENT_RAP_FAILED)',
  },
  {
    id: 'gateway-305',
    what: 'RD Gateway event 305 ("… because the authentication method attempted by the user is not supported")',
    event: { provider: 'Microsoft-Windows-TerminalServices-Gateway', id: 305 },
    states: [gatewayDenied.id],
    words: { en: [/not authorized to connect to this rd gateway server because the authentication method/] },
    meaning:
      'The RD Gateway refused the user because the client used an authentication method (password, smart card) its policy does not accept.',
    confidence: 'MS',
    source: 'Microsoft Learn "Event ID 305 — RD Gateway Server Connections" (ee890884, AAG_USER_ACCESS_DENIED)',
  },
  {
    id: 'licensing-mode-not-configured',
    what: 'The notification "Remote Desktop licensing mode is not configured, Remote Desktop Services will stop working in X days"',
    states: [licensingGraceExpired.id],
    words: {
      en: [
        /remote desktop licensing mode is not configured|remote desktop services will stop working in \d+ days?|licensing mode for the (?:remote desktop session host|rd session host) server is not configured/,
      ],
    },
    meaning:
      'The session host runs in its licensing grace period with no licensing mode (Per User or Per Device) set, and no license server it can use: when the grace period ends (the days the message counts down), connections are refused with "no Remote Desktop client access licenses available". Set the licensing mode and the license server (Server Manager on the Connection Broker, or the "Set the Remote Desktop licensing mode" and "Use the specified Remote Desktop license servers" policies).',
    confidence: 'MS',
    source:
      'Microsoft Learn "Troubleshoot session host virtual machine configuration" (Azure Virtual Desktop: "Remote Desktop licensing mode isn\'t configured", the notification and the error after it); "License your RDS deployment with client access licenses"',
    languages:
      'Japanese from the ja-jp page of the same article (it quotes the English notification with its Japanese wording); German, French, Spanish, Italian, Dutch, Polish and Chinese (simplified) from their pages of the same article (read as machine translations).',
  },
  {
    id: 'license-soft-enforcement-60-minutes',
    what: 'The message "There is a problem with your Remote Desktop license, and your session will be disconnected in 60 minutes"',
    states: [licensingServerUnavailable.id],
    words: {
      en: [
        /problem with your remote desktop licen[cs]e,? and your session will be disconnected in 60 minutes|your session will be disconnected in 60 minutes\b[^.]{0,40}licen[cs]/,
      ],
    },
    meaning:
      "RD Licensing's soft enforcement: the session host could not get a client access license (the Remote Desktop Licensing service not running, the licensing mode or license servers not set, the host cannot reach the license server, or domains without the trust RDS needs), so it lets the user in for 60 minutes at a time and then disconnects them (they can reconnect to the same session). Per-device licensing on Windows Server 2016 and later, per-user on 2019; removed in Windows Server 2022.",
    confidence: 'MS',
    source:
      'Microsoft Learn "Your session will be disconnected in 60 minutes message when you connect to RDS" (learn.microsoft.com/troubleshoot/windows-server/remote/your-session-will-be-disconnected-in-60-minutes)',
  },
  // Command output named for what it shows; its numbers are the command's (counts, a status), never codes of ours.
  {
    id: 'ping-all-lost',
    what: "ping's statistics with every packet lost (Received = 0, 100% loss)",
    commandOutput: true,
    words: { en: [/received = 0, lost = \d+ \(100% loss\)/] },
    meaning:
      'No ICMP echo reply came back: the host did not answer ping. That is no proof it is down or unreachable for RDP: Windows Defender Firewall blocks ICMP echo by default, and networks often filter it. Test the RDP port itself (Test-NetConnection <host> -Port 3389).',
    confidence: 'MS',
    source:
      'Microsoft Learn: ping (Windows commands); Windows Defender Firewall "File and Printer Sharing (Echo Request - ICMPv4-In)" rule, off by default',
  },
  // RemoteApp and Desktop Connections (the feed of RD Web Access a client subscribes to): TSWorkspace.dll's messages,
  // which its event log and its dialogs show, each with "Error code: %3, %4" (a WinINet error or an HRESULT).
  {
    id: 'feed-cannot-find',
    what: 'RemoteApp and Desktop Connections: "Windows cannot find the remote computer that contains the connection"',
    words: { en: [/windows cannot find the remote computer that contains the connection/] },
    numbers: RAD_NUMBERS,
    meaning:
      "The client could not reach the web server (RD Web Access) that publishes the RemoteApp and Desktop Connections feed: a wrong connection URL, no network or internet, or its name does not resolve. No Remote Desktop connection was tried yet: the feed lists the programs and desktops, the RDP connection comes after. Its Error code is WinINet's (0x2EE7, 12007: the name did not resolve; 0x2EFD, 12029: no connection to the server).",
    confidence: 'MS',
    source: SRC_RAD,
  },
  {
    id: 'feed-no-resources',
    what: 'RemoteApp and Desktop Connections: "There are currently no resources available in this connection"',
    words: { en: [/there are currently no resources available in this connection/] },
    numbers: RAD_NUMBERS,
    meaning:
      "The feed answered, but publishes no program or desktop for this user: not a connection failure. The administrator publishes RemoteApp programs and desktops to the user's groups (the collection's user groups, or a RemoteApp's own user assignment).",
    confidence: 'MS',
    source: SRC_RAD,
  },
  {
    id: 'feed-certificate',
    what: 'RemoteApp and Desktop Connections: "There is a problem with this connection\'s security certificate"',
    words: { en: [/there is a problem with this connection'?s security certificate/] },
    numbers: RAD_NUMBERS,
    meaning:
      "The client does not accept the certificate of the web server (RD Web Access) that publishes the feed: expired, issued by an authority the client does not trust, or naming another server than the connection URL. That is the RD Web Access role's certificate (the deployment's certificates), not the session host's RDP certificate.",
    confidence: 'MS',
    source: SRC_RAD,
  },
  {
    id: 'feed-credentials',
    what: 'RemoteApp and Desktop Connections: "The credentials that were used to connect to … did not work"',
    words: { en: [/the credentials that were used to connect to .{1,200}? did not work/] },
    states: [authBadCredentials.id],
    numbers: RAD_NUMBERS,
    meaning:
      "The feed's web server (RD Web Access) refused the user name or password the client sent for the feed: retype them (DOMAIN\\user or user@domain), or the account is locked or its password expired.",
    confidence: 'MS',
    source: SRC_RAD,
  },
  {
    id: 'feed-update-timed-out',
    what: 'RemoteApp and Desktop Connections: "The connection update timed out"',
    words: { en: [/the connection update timed out/] },
    numbers: RAD_NUMBERS,
    meaning:
      "The feed's web server (RD Web Access) did not answer in time: the server, its IIS site, a proxy or the network between. Its Error code is WinINet's (0x2EE2, 12002: the request timed out).",
    confidence: 'MS',
    source: SRC_RAD,
  },
  {
    id: 'feed-url-no-connection',
    what: 'RemoteApp and Desktop Connections: "The URL you typed does not have a connection"',
    words: { en: [/the url you typed does not have a connection/] },
    numbers: RAD_NUMBERS,
    meaning:
      'The address answered but is no RemoteApp and Desktop Connections feed: the connection URL is wrong (the feed is https://<RD Web Access server>/RDWeb/Feed/webfeed.aspx), or the email address given finds no feed.',
    confidence: 'MS',
    source: SRC_RAD,
  },
  {
    id: 'termservice-stopped',
    what: 'Get-Service (or sc query) showing TermService, Remote Desktop Services, stopped',
    commandOutput: true,
    overrides: ['service-query-output'],
    states: [networkUnreachable.id],
    words: {
      en: [
        new RegExp(
          String.raw`\bstopped termservice\b|\bname ?: ?termservice\b.{0,200}?\bstatus ?: ?stopped\b|\bstatus ?: ?stopped\b.{0,200}?\bname ?: ?termservice\b|${scBlock('termservice', '1 stopped')}|${scCommand('termservice', '1 stopped')}`,
          'u',
        ),
      ],
    },
    meaning:
      'The Remote Desktop Services service (TermService) is stopped: nothing listens for RDP on this computer, so every connection fails until it is started (Start-Service TermService). If it stops again, its own events in the System log say why.',
    confidence: 'MS',
    source:
      'Microsoft Learn "General Remote Desktop connection troubleshooting" (check the status of the RDP services: TermService must run); Get-Service (Microsoft.PowerShell.Management)',
  },
  {
    id: 'termservice-running',
    what: 'Get-Service (or sc query) showing TermService, Remote Desktop Services, running',
    commandOutput: true,
    overrides: ['service-query-output'],
    words: {
      en: [
        new RegExp(
          String.raw`\brunning termservice\b|\bname ?: ?termservice\b.{0,200}?\bstatus ?: ?running\b|\bstatus ?: ?running\b.{0,200}?\bname ?: ?termservice\b|${scBlock('termservice', '4 running')}|${scCommand('termservice', '4 running')}`,
          'u',
        ),
      ],
    },
    meaning:
      "The Remote Desktop Services service (TermService) is running: the service is not what stops the connection. Look next at the listener (qwinsta shows rdp-tcp Listen; netstat shows TCP 3389 LISTENING), the firewall and the network between, then the TLS and NLA steps (the client's dialog and the server's System and Security logs say which).",
    confidence: 'MS',
    source:
      'Microsoft Learn "General Remote Desktop connection troubleshooting" (check the status of the RDP services, then the listener and the port); Get-Service (Microsoft.PowerShell.Management); sc query (Windows commands)',
  },
  {
    id: 'service-query-output',
    what: "sc query's status block of a service (SERVICE_NAME, TYPE, STATE, WIN32_EXIT_CODE, …)",
    commandOutput: true,
    generic: true,
    words: {
      en: [
        new RegExp(
          scBlock(
            String.raw`\S{1,80}`,
            '[1-7] (?:stopped|start_pending|stop_pending|running|continue_pending|pause_pending|paused)',
          ),
          'u',
        ),
      ],
    },
    meaning:
      "The output of sc query: a service's state as the Service Control Manager reports it (SERVICE_STATUS). Its numbers are that state (1 STOPPED … 4 RUNNING … 7 PAUSED), the service type and the start progress (CHECKPOINT, WAIT_HINT): none is an error code. A WIN32_EXIT_CODE other than 0 is the Win32 error the service last stopped with: give that number alone to read it (1067: the process ended unexpectedly). For Remote Desktop the services that matter are TermService (Remote Desktop Services), SessionEnv and UmRdpService.",
    confidence: 'MS',
    source:
      'Microsoft Learn "sc.exe query" (Windows commands) and SERVICE_STATUS (winsvc.h: dwCurrentState 1 SERVICE_STOPPED … 4 SERVICE_RUNNING … 7 SERVICE_PAUSED, dwWin32ExitCode, dwServiceSpecificExitCode, dwCheckPoint, dwWaitHint)',
  },
  {
    id: 'nslookup-non-existent-domain',
    what: 'nslookup answering "*** … can\'t find <name>: Non-existent domain"',
    commandOutput: true,
    states: [networkUnreachable.id],
    words: { en: [/\bcan'?t find \S{1,255}: ?non-existent domain\b/] },
    meaning:
      'The DNS server asked has no record of that name (NXDOMAIN): the client cannot turn it into an address, so no connection is even tried, as when the client says "Remote Desktop can\'t find the computer". A typing mistake, a short name outside the DNS suffix search list, a record never registered or removed, or a DNS server that does not serve that zone (a VPN\'s split DNS). The address in "Server:"/"Address:" is the DNS server asked, not the computer.',
    confidence: 'MS',
    source:
      'Microsoft Learn "nslookup" (Windows commands: its error messages, "Non-existent domain: The computer or DNS domain name doesn\'t exist")',
  },
  {
    id: 'firewall-rdp-rule-disabled',
    what: 'netsh advfirewall firewall show rule: a built-in Remote Desktop inbound rule shown with "Enabled: No"',
    commandOutput: true,
    states: [networkUnreachable.id],
    words: {
      en: [/\brule name: ?remote desktop - [^\n]{0,60}?\(tcp-in\)(?:(?!rule name:).){0,300}?\benabled: ?no\b/],
    },
    meaning:
      'The Windows Defender Firewall rule that lets Remote Desktop in (TCP 3389) is disabled: unless another rule allows the port, the server drops every connection before RDP starts, and the client says it cannot reach the computer. Enable it (Enable-NetFirewallRule -DisplayGroup "Remote Desktop", or the "Allow remote connections" setting turns it on). The LocalPort and other numbers shown are the rule\'s, not codes.',
    confidence: 'MS',
    source:
      'Microsoft Learn "netsh advfirewall firewall" (Windows commands, show rule); "General Remote Desktop connection troubleshooting" (check that a firewall does not block the RDP port)',
  },
  {
    id: 'firewall-no-rule-match',
    what: 'netsh advfirewall firewall show rule: "No rules match the specified criteria."',
    commandOutput: true,
    words: { en: [/\bno rules match the specified criteria\b/] },
    meaning:
      'No firewall rule has the name that was asked for: no verdict on the port. The built-in rules are named in the language of Windows, and a name typed differently matches none; `Get-NetFirewallRule -DisplayGroup "Remote Desktop"` (or `netsh advfirewall firewall show rule name=all`) lists the rules that exist.',
    confidence: 'WR',
    source:
      'Widely reported: netsh advfirewall firewall show rule prints it when no rule has the name given (public scripts test its output for it; it is localized on other Windows languages)',
  },
  {
    id: 'http-503-httpapi',
    what: 'An HTTP "503 Service Unavailable" answered by HTTP.sys (Server: Microsoft-HTTPAPI/2.0)',
    commandOutput: true,
    words: { en: [/\b503\b.{0,40}?service unavailable|service unavailable.{0,40}?\b503\b/, /microsoft-httpapi/] },
    meaning:
      "HTTP.sys, the kernel's HTTP listener, answered 503 itself: no web application serves that address (the RD Gateway's or RD Web's IIS application pool is stopped, or the URL is not registered), so the RD Gateway or web service behind it is not running. An HTTP status, not a Windows error code.",
    confidence: 'WR',
    source:
      'RFC 9110 15.6.4 (503 Service Unavailable); Microsoft Learn "HTTP Server API" (HTTP.sys); widely reported: HTTP.sys answers 503 itself, with Server: Microsoft-HTTPAPI/2.0, when no application takes the request',
  },
  // RD Gateway events without a code of ours: each read by its message text (the RD Gateway event pages of Microsoft
  // Learn, Windows Server 2008 R2; the TS Gateway wording of Windows Server 2008 read too).
  {
    id: 'gateway-100',
    kind: 'uncatalogued',
    what: 'RD Gateway event 100 ("The RD Gateway service could not be initialized")',
    event: { provider: 'Microsoft-Windows-TerminalServices-Gateway', id: 100 },
    words: { en: [/(?:rd|ts|remote desktop) gateway service could not be initiali[sz]ed/] },
    meaning:
      'The RD Gateway service on the gateway server failed to start (AAG_EVENT_START_FAILED): no client can connect through this gateway until it runs. Its message names the error; the services it needs (Network Policy Server, RPC, RPC/HTTP Load Balancing, World Wide Web Publishing) are not all installed and started, or NPS or IIS is failing (their own events say why).',
    confidence: 'MS',
    source: 'Microsoft Learn "Event ID 100 — RD Gateway Server Availability" (ee891065, AAG_EVENT_START_FAILED)',
  },
  {
    id: 'gateway-700',
    kind: 'uncatalogued',
    what: 'RD Gateway event 700 ("The following exception code … occured in the RD Gateway server. The RD Gateway will be restarted")',
    event: { provider: 'Microsoft-Windows-TerminalServices-Gateway', id: 700 },
    words: {
      en: [
        /exception code\b[^.]{0,80}?occ?urr?ed in the (?:rd|ts|remote desktop) gateway|(?:rd|ts|remote desktop) gateway (?:service )?will be restarted/,
      ],
    },
    meaning:
      'The RD Gateway service hit an unhandled exception and restarts itself (AAG_EVENT_GENERIC_EXCEPTION): every connection through the gateway at that moment is dropped, and new ones fail until it is back. Once, no action is needed; if it repeats, restart the Remote Desktop Gateway service (this drops every connection through it) or the server, and read the exception code.',
    confidence: 'MS',
    source: 'Microsoft Learn "Event ID 700 — RD Gateway Server Availability" (ee891100, AAG_EVENT_GENERIC_EXCEPTION)',
  },
  {
    id: 'gateway-202',
    kind: 'informational',
    what: 'RD Gateway event 202 ("The administrator disconnected the user … from the following network resource")',
    event: { provider: 'Microsoft-Windows-TerminalServices-Gateway', id: 202 },
    words: { en: [/administrator disconnected the user\b.{0,200}?from the (?:following )?network resource/] },
    meaning:
      "The RD Gateway administrator disconnected this user's connection through the gateway on purpose (RD Gateway Manager's monitoring, or the Win32_TSGatewayConnection Disconnect method): not a fault of the network, the host or the client. The message gives the bytes sent and received and how long the session lasted.",
    confidence: 'MS',
    source: 'Microsoft Learn "RD Gateway Server Connections" (ee891388), event 202',
  },
  {
    id: 'gateway-203',
    what: 'RD Gateway event 203 ("The number of simultaneous connections to the RD Gateway server has reached the maximum number …")',
    event: { provider: 'Microsoft-Windows-TerminalServices-Gateway', id: 203 },
    states: [sessionLimit.id],
    words: {
      en: [
        /simultaneous connections to the (?:rd|ts|remote desktop) gateway(?: server)? has reached the maximum|(?:rd|ts|remote desktop) gateway(?: server)?\b[^.]{0,60}?reached the maximum number of (?:simultaneous )?connections/,
      ],
    },
    meaning:
      "The RD Gateway refused the connection because its own limit on simultaneous connections (set by its administrator, or its edition's maximum) was reached: it accepts no new connection until others end. The gateway's limit, not the session host's; raise it in the RD Gateway server's properties (Maximum connections) or wait.",
    confidence: 'MS',
    source:
      'Microsoft Learn "RD Gateway Server Connections" (ee891388), event 203; Win32_TSGatewayServerSettings SetMaxConnections (the limit)',
  },
  {
    id: 'xp-account-restriction',
    what: 'The Windows XP Remote Desktop message "Unable to log you on because of an account restriction."',
    codeName: 'STATUS_ACCOUNT_RESTRICTION',
    words: { en: [/unable to log you on because of an account restriction/] },
    meaning:
      'Windows XP\'s words for an account restriction at the Remote Desktop sign-in: the account has a blank password, which a remote sign-in may not use ("Accounts: Limit local account use of blank passwords to console logon only"); set a password for the account.',
    confidence: 'MS',
    source:
      'Microsoft KB 303846 ("Unable to log you on because of an account restriction": a blank password over Remote Desktop), as https://parryit.freshdesk.com/support/solutions/articles/3000042761-rdp-allow-null-passwords- quotes it',
  },
  {
    id: 'access-is-denied',
    what: 'The system message text "Access is denied." (ERROR_ACCESS_DENIED, 5) quoted in a paste about signing in to Remote Desktop',
    codeName: 'ERROR_ACCESS_DENIED',
    states: [authLogonRight.id, serverDenied.id],
    // Not after "session" (the client's "The requested session access is denied.") nor before "This initial program
    // cannot be started" (the initial-program message): their own sentences read those.
    words: { en: [/(?<!session )\baccess (?:is )?denied\b(?![.:]? ?this initial program)/] },
    signIn: true,
    meaning:
      'Windows\' generic text for ERROR_ACCESS_DENIED: every subsystem that refuses an access shows it, so it names no cause alone. Read only where the paste is about signing in to Remote Desktop (it names Remote Desktop, signing in or connecting, and no service, file or installer): there the session host refused the user after the credentials were checked, most often because the user is neither in Remote Desktop Users nor an administrator (the "Allow log on through Remote Desktop Services" right), else because the server denies the connection itself.',
    confidence: 'WR',
    source:
      'Microsoft Learn "System Error Codes (0-499)" (ERROR_ACCESS_DENIED, 5: "Access is denied."); Widely reported: the rdpwrap maintainers\' answer to RDP users\' "Access is denied" (https://github.com/stascorp/rdpwrap/issues/2332, https://github.com/stascorp/rdpwrap/issues/2070: add the user to Remote Desktop Users or Administrators)',
    note: 'A paste about a service, a file or an installer ("TermService fails to start due to Access Denied") is not read: its access is another one.',
  },
  ...CLIENT_APP_SENTENCES,
  ...THIRD_PARTY_SENTENCES,
  ...CLIENT_LOG_PROGRAM_OUTPUT_SENTENCES,
  ...CLIENT_LOG_STEP_SENTENCES,
  ...LOGON_ERROR_INFO_SENTENCES,
  ...AVD_SENTENCES,
  ...UNCODED_SENTENCES,
  ...OLDER_WINDOWS_SENTENCES_H61C,
  ...ERROR_INFO_TEXTS,
  ...RANKED_DIALOGS,
  ...CLIENT_CRASH_SENTENCES,
  ...TERMSERVICE_CRASH_SENTENCES,
  ...MAC_CERTIFICATE_SENTENCES,
  ...BARE_SENTENCES,
  ...PROVIDER_EVENT_SENTENCES,
  ...CLIENT_ERROR_TEXTS,
  // NETworkManager's and aRDP's own texts, by their catalogs' keys (nwm-bvnc-catalogs.ts, issue 60 round 30).
  ...NWM_BVNC_SENTENCES,
  ...CLIENT_DIALOG_TEXTS,
  ...OTHER_PRODUCT_LOGS,
  ...XRDP_LOG_SENTENCES,
  ...SOURCE_LINE_SENTENCES,
  ...RDESKTOP_LOG_SENTENCES,
  ...REDEMPTION_SENTENCES,
  ...GUACAMOLE_LOG_SENTENCES,
  ...FREERDP_LEGACY_LOG_SENTENCES,
  ...FREERDP_CERTIFICATE_SENTENCES,
  ...CLIENT_CERTIFICATE_SENTENCES,
  ...RUST_IO_SENTENCES,
  ...RDP_WRAPPER_SENTENCES,
  ...CLIENT_DISCONNECT_TRACES,
  ...TLS_LIBRARY_LINES,
  ...REMOTEAPP_RESULTS,
  ...RDP_LIBRARY_ERRORS,
  ...SECURITY_LOG_TEXTS,
  ...RDPCHECK_MESSAGES,
  ...IPBAN_LOG_SENTENCES,
];

const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, ' ');

/**
 * British spellings in the American ones Windows' English texts use: users in Britain, Ireland, Australia, India…
 * retype a dialog as they spell ("no Remote Desktop Licence Servers available to provide a licence", "not
 * authorised"). Only the spellings of words the tables hold: licence as a noun, -ise/-isation verbs, centre.
 */
function americanSpelling(t: string): string {
  return t
    .replace(/\blicenc(e|es)\b/g, 'licens$1')
    .replace(
      /\b((?:un|re|de)?(?:authori|organi|recogni|initiali|synchroni|virtuali|customi))s(e|ed|es|ing|ation|ations)\b/g,
      '$1z$2',
    )
    .replace(/\bcentre(s?)\b/g, 'center$1');
}

/**
 * The paste's English in the forms Windows words its texts in: as typed, with its contractions spelled out ("doesn't"
 * → "does not", "can't" → "cannot") and with them contracted ("does not" → "doesn't"). Windows versions and their
 * clients word one text both ways ("The local policy of this system does not permit you …", "… doesn't permit …"), and
 * users retype it either way, the apostrophe often left out ("doesnt"); a dialog's "… error has occurred" is retold as
 * "an internal error occurred" or misspelled "occured". Each form is one linear replace of the text.
 */
function englishForms(typedAsIs: string): readonly string[] {
  const t = americanSpelling(typedAsIs);
  const typed = t.replace(/\b(ca|do|does|did|is|are|was|were|has|have|had|could|would|should|wo)nt\b/g, "$1n't");
  const spelled = typed
    .replace(/\bcan't\b/g, 'cannot')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\b(do|does|did|is|are|was|were|has|have|had|could|would|should)n't\b/g, '$1 not');
  const contracted = spelled
    .replace(/\bcan ?not\b/g, "can't")
    .replace(/\b(do|does|did|is|are|was|were|has|have|had|could|would|should) not\b/g, "$1n't");
  // A dialog's "… error has occurred" retold in the past tense or misspelled ("An internal error occured").
  const perfect = t.replace(/\berror (?:has )?occur+ed\b/g, 'error has occurred');
  return [...new Set([t, typed, spelled, contracted, perfect])];
}

const LANGUAGE_LIST = (languages: readonly LocalizedLanguage[]) => {
  const names = languages.map((l) => LANGUAGE_NAMES[l]);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names.join('');
};

/** The sentences, each with what its other languages rest on. */
export const KNOWN_SENTENCES: readonly KnownSentence[] = SENTENCES.map((s) => {
  const languages = localizedLanguagesOf(s.id);
  // The code it stands for may be read by its own message text in other languages (message-texts.ts).
  const byCode = s.codeName ? messageLanguagesOf(s.codeName).filter((l) => !languages.includes(l)) : [];
  const also = byCode.length
    ? `The message text of ${s.codeName} is also read in ${LANGUAGE_LIST(byCode)} (src/explain/tables/codes/message-texts.ts, from Microsoft's localized Win32 error pages).`
    : '';
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');
  if (languages.length === 0) return { ...s, languages: join(s.languages ?? ENGLISH_ONLY, also) };
  const missing = (['de', 'fr'] as const).filter((l) => !languages.includes(l));
  const said = `Also read in ${LANGUAGE_LIST(languages)}. ${LOCALIZED}${missing.length ? ` No localized Microsoft page quotes its ${LANGUAGE_LIST(missing)} wording.` : ''}`;
  return { ...s, languages: join(s.languages, said, also) };
});

/** The sentences whose dialog opens with the title "An authentication error has occurred" (CredSSP's dialog). */
const AUTHENTICATION_DIALOGS: readonly string[] = ['lsa-cannot-be-contacted', 'function-not-supported'];

/** @cache the title in each language (a constant table). */
let titles: readonly string[] | undefined;

/**
 * The "authentication error" dialog's title in each language: the first sentence of its two-sentence wordings that
 * Microsoft's pages quote (a sentence ends at a full stop before a space, or at "。").
 */
function authenticationTitles(): readonly string[] {
  titles ??= LOCALIZED_SENTENCES.filter((w) => AUTHENTICATION_DIALOGS.includes(w.sentence) && !w.source.publicQuote)
    .map((w) => w.quoted.split(/(?<=\.)\s+|(?<=。)\s*/u))
    .filter((pieces) => pieces.length > 1 && pieces[1].trim().length > 0)
    .map((pieces) => pieces[0])
    .filter((title) => foldText(title).length > 0);
  return titles;
}

/**
 * Whether a paste holds the "authentication error" dialog's title: its English words, or in another language the
 * first sentence of that dialog's wordings (localized.ts) that open with it ("Une erreur d'authentification s'est
 * produite.", "Bir kimlik doğrulama hatası oluştu."), as their pages quote them.
 */
export function holdsAuthenticationTitle(text: string): boolean {
  if (/an authentication error has occurred/.test(normalize(text))) return true;
  const folded = foldText(text);
  return authenticationTitles().some((title) => folded.includes(foldText(title)));
}

/**
 * The "authentication error" dialog (CredSSP, NLA) around an SSPI status: the status comes from NLA, before any
 * session, and the pages for the dialog check CredSSP first (the 2018 update on both sides, the delegation policy),
 * then the credentials Windows saved for the server. Not a sentence of its own (its title says nothing alone): its
 * causes lead those of the status it shows ("The credentials supplied to the package were not recognized", SSPI
 * 0x8009030D, whose code alone is the listener's certificate), when that status's own causes leave NLA out.
 */
export const AUTHENTICATION_DIALOG: KnownSentence = {
  id: 'authentication-error-dialog',
  what: 'The client\'s dialog "An authentication error has occurred" (CredSSP, Network Level Authentication)',
  states: [credsspNla.id, authBadCredentials.id],
  words: { en: [/an authentication error has occurred/] },
  meaning:
    'The status in this dialog comes from CredSSP (Network Level Authentication), before any session: the CredSSP update missing on one side or the delegation policy (Encryption Oracle Remediation, "Allow delegating saved credentials"), then stale credentials Windows saved for the server (Credential Manager, the .rdp file).',
  confidence: 'WR',
  source:
    'Microsoft Learn: "CredSSP encryption oracle remediation" (KB 4093492) and "Troubleshoot authentication errors when you use RDP to connect to Azure VM"; AnyViewer\'s "The credentials supplied to the package were not recognized" (https://www.anyviewer.com/how-to/the-credentials-supplied-to-the-package-were-not-recognized-2578-gc.html, in French https://www.anyviewer.com/fr/how-to/the-credentials-supplied-to-the-package-were-not-recognized-2578-gc.html: NLA and CredSSP mismatches, then the saved credentials)',
};

export interface SentenceMatch {
  readonly sentence: KnownSentence;
  readonly language: SentenceLanguage;
  /** For another language: the localized page's wording it was recognized by. */
  readonly wording?: LocalizedWording;
  /** How much of the paste its words matched (characters): the longer, the more specific the reading. */
  readonly matched?: number;
  /**
   * Read by most of its words, not by the wording's own words (nearest-text.ts): the share of the wording's words
   * the paste holds, and whether the paste kept only one end of it.
   */
  readonly approximate?: { readonly share: number; readonly cut: boolean };
  /**
   * Read as a near quote of the row's text (near-quote.ts): the text, the share of its weight the paste carries, its
   * words changed, missing or moved, and whether only one end was kept.
   */
  readonly nearQuote?: {
    readonly quoted: string;
    readonly carried: number;
    readonly changes: number;
    readonly cut: boolean;
  };
}

/**
 * The known sentences in a paste, in table order, each with the language its words matched in: a localized wording
 * first (localized.ts), else the English words. A sentence whose longer form also matched (`overrides`) is left out.
 */
export function findSentences(text: string): SentenceMatch[] {
  const localized = findLocalizedSentences(text);
  const out: SentenceMatch[] = [];
  for (const sentence of KNOWN_SENTENCES) {
    const wording = localized.find((w) => w.sentence === sentence.id);
    if (wording) out.push({ sentence, language: wording.language, wording, matched: localizedMatched(wording, text) });
  }
  out.push(...englishMatches(text, out));
  out.sort((a, b) => TABLE_ORDER.get(a.sentence.id)! - TABLE_ORDER.get(b.sentence.id)!);
  // A code's own message text (message-texts.ts), unless a sentence above already stands for that code. The whole
  // text of a code says more than a few words: a sentence recognized only by words inside that text gives way to it.
  const systemTexts: string[] = [];
  const ownRules = new Set<string>();
  for (const m of findMessageTexts(text)) {
    // Windows' own words either way: a piece of the paste that holds them is no other program's sentence.
    systemTexts.push(m.text);
    if (out.some((o) => o.sentence.codeName === m.code)) continue;
    // A system message text read inexactly beside words of the paste's own: Remote Desktop's only beside its words
    // (whose-text.ts), another program's own wording of the failure otherwise.
    if (m.approximate && ownWordsBeside(text, m.text) && !namesRemoteDesktop(text)) continue;
    // Read inexactly or by its first sentence quoted in prose: by those readings' own rules, not the pieces' below.
    if (m.approximate || m.firstSentence) ownRules.add(m.code);
    const inside = (o: SentenceMatch) =>
      o.language === 'en'
        ? o.sentence.words.en.every((re) => re.test(normalize(m.text)))
        : findLocalizedSentences(m.text).some((w) => w.sentence === o.sentence.id);
    for (let i = out.length - 1; i >= 0; i--) if (inside(out[i])) out.splice(i, 1);
    out.push(messageTextMatch(m));
  }
  // A phrase every program shows is the dialog's only in a paste about Remote Desktop or holding nothing else; a
  // generic system text (`signIn`) only in a paste about signing in to Remote Desktop.
  // The client's own dialog words in a paste that names another product and nothing of Remote Desktop ("Teams keeps
  // saying the account is locked", "Horizon Client: your account has been disabled") are that product's.
  const otherProduct = namesOtherProductOnly(text);
  // A localized dialog's words only inside a question or a condition, in a paste naming nothing of Remote Desktop
  // (round 31, asked-wording.ts): another page's question, no failure seen; not read approximately either.
  const asked = out.some((m) => askedWording(text, m));
  // A text every program prints, beside another sentence and no word of Remote Desktop: that program's
  // (whose-text.ts); the known texts the paste holds, overridden ones too, are the dialog's own.
  const read = [...out];
  let besideOther: boolean | undefined;
  const beside = () => (besideOther ??= anotherSentence(text, (p) => knownPiece(p, read, systemTexts), codeLabels()));
  for (let i = out.length - 1; i >= 0; i--)
    if (
      (!ownRules.has(out[i].sentence.id) &&
        theirSharedText(
          text,
          out[i].sentence,
          read.map((m) => m.sentence),
          beside,
        )) ||
      askedWording(text, out[i]) ||
      !phraseIsTheDialog(text, out[i]) ||
      (out[i].sentence.signIn && !aboutRemoteSignIn(text)) ||
      (otherProduct && out[i].language === 'en' && !out[i].wording && out[i].sentence.source === SRC_DIALOG)
    )
      out.splice(i, 1);
  if (out.length === 0 && !asked) {
    const approximate = approximateSentence(text, otherProduct);
    if (approximate) out.push(approximate);
  }
  // Names every language keeps (CredSSP): the paste's language is that of its other sentences.
  const other = out.find((m) => m.language !== 'en');
  return out
    .filter((m) => !out.some((o) => o.sentence.overrides?.includes(m.sentence.id)))
    .map((m) => (m.sentence.anyLanguage && m.language === 'en' && other ? { ...m, language: other.language } : m));
}

/**
 * Nothing read word for word: a localized wording the paste says in other words (one only, said approximate); nor in
 * other words of a localized page, a row's text quoted inexactly (near-quote.ts), never another product's: in English,
 * else in the language of a localized row (localized-quote.ts). The generic dialog's predicate without its subject
 * ("this computer") is every program's (generic-dialog-subject.ts); a shared text read inexactly beside the paste's own
 * words is another program's (whose-text.ts).
 */
function approximateSentence(text: string, otherProduct: boolean): SentenceMatch | undefined {
  const near = nearestLocalizedSentence(text);
  const stands = (m: SentenceMatch) => subjectKept(text, m.sentence.id, m.language) && !inexactShared(text, m);
  if (near && phraseIsTheDialog(text, near) && stands(near)) return near;
  if (otherProduct) return undefined;
  const quote =
    nearestQuotedSentence(text) ?? nearestLocalizedQuotedSentence(text) ?? nearestScriptQuotedSentence(text);
  return quote && stands(quote) ? quote : undefined;
}

/** The sentences' English patterns indexed by their required texts and words (required-text.ts), made once. */
const ENGLISH_INDEX = patternIndex(KNOWN_SENTENCES.map((s) => s.words.en));

/** Each sentence's place in the table: the matches are given in table order. */
const TABLE_ORDER: ReadonlyMap<string, number> = new Map(KNOWN_SENTENCES.map((s, i) => [s.id, i]));

/**
 * The sentences whose English words the paste holds (those read in another language aside): as typed first; when none
 * is, in the paste's other English forms (`englishForms`: "doesn't" for "does not"). Two texts that differ only by a
 * contraction (the Windows App's "didn't work", the Windows client's "did not work") stay apart as typed.
 */
function englishMatches(text: string, localized: readonly SentenceMatch[]): SentenceMatch[] {
  const typed = normalize(text);
  for (const t of englishForms(typed)) {
    const found = candidates(ENGLISH_INDEX, t)
      .map((i) => KNOWN_SENTENCES[i])
      .filter((s) => !localized.some((m) => m.sentence === s) && s.words.en.every((re) => re.test(t)))
      .map(
        (sentence): SentenceMatch => ({
          sentence,
          language: 'en',
          matched: sentence.words.en.reduce((n, re) => n + (re.exec(t)?.[0].length ?? 0), 0),
        }),
      );
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * The labels of a dialog's codes, folded (foldText): the English ones the dialogs show and the localized Error Code
 * labels of paste-labels.ts. Longest first, so that "Extended error code" goes whole.
 */
const CODE_LABELS: readonly string[] = ['Extended error code', 'Error code', 'Code', 'OK']
  .concat(PASTE_WORDS.filter((w) => w.role === 'errorCode').map((w) => w.word))
  .map(foldText)
  .sort((a, b) => b.length - a.length);

/**
 * Whether a match stands: any sentence but a `phrase`; a phrase (one many programs show, "An internal error has
 * occurred" in any language) when the paste names Remote Desktop (other-subsystems.ts REMOTE_DESKTOP_WORDS, or the
 * client's title above it, accents and capitals aside: own-words/dialog-markers.ts), or when,
 * the phrase, its numbers and their labels taken out, at most two letters are left (an "an", a stray sign): beside
 * another product's name ("SQL Server", "Outlook", an installer's) the phrase is that product's, not the client's.
 * The same rule for every language: the English words' match, or the localized page's quoted text (else its words);
 * and for a localized wording marked `phrase` (localized-wording.ts) though its sentence is not one in English.
 */
export function phraseIsTheDialog(text: string, m: SentenceMatch): boolean {
  if (!(m.sentence.phrase || m.wording?.phrase) || REMOTE_DESKTOP_WORDS.test(text) || dialogMarked(text)) return true;
  // In English, the form of the paste the phrase was found in (englishMatches: "An internal error has occured" is
  // read in the form that spells it "has occurred"), so that the phrase taken out is the one the paste holds.
  const form =
    m.language === 'en'
      ? (englishForms(normalize(text)).find((f) => m.sentence.words.en.every((re) => re.test(f))) ?? text)
      : text;
  // Numbers out first, as written (folded, a hex number would run into the next word's letters).
  let rest = foldText(form.replace(/\b0x[0-9a-f]+\b|\d+/gi, ' '));
  const said =
    m.language === 'en'
      ? m.sentence.words.en.map((re) => re.exec(form)?.[0] ?? '')
      : m.wording && rest.includes(foldText(m.wording.quoted))
        ? [m.wording.quoted]
        : (m.wording?.words ?? []).map(
            (any) => (typeof any === 'string' ? [any] : any).find((w) => rest.includes(foldText(w))) ?? '',
          );
  for (const phrase of said.map(foldText)) if (phrase) rest = rest.replace(phrase, '');
  // The "authentication error" dialogs' title line is theirs too ("Došlo k chybě ověřování." above the phrase).
  if (AUTHENTICATION_DIALOGS.includes(m.sentence.id))
    for (const title of ['An authentication error has occurred', ...authenticationTitles()])
      rest = rest.replace(foldText(title), '');
  for (const label of CODE_LABELS) rest = rest.split(label).join('');
  return rest.length <= 2;
}

/**
 * Whether the paste names another product (described-symptoms.ts `OTHER_PRODUCTS`: VNC, TeamViewer, AnyDesk, Citrix,
 * SQL Server, a VPN client, Microsoft Teams or Outlook, Horizon, PuTTY) and no word of Remote Desktop (its names, its
 * port, xrdp): the Remote Desktop client's dialog words there are that product's (issue 60, r24-h60d).
 */
function namesOtherProductOnly(text: string): boolean {
  if (REMOTE_DESKTOP_WORDS.test(text) || DESCRIPTION_CONTEXT_WORDS.test(text)) return false;
  return OTHER_PRODUCTS.some((p) => p.words.test(text));
}

/**
 * A shared text (whose-text.ts) read inexactly beside words of the paste's own, in a paste that names nothing of
 * Remote Desktop: another program's wording of the same failure.
 */
function inexactShared(text: string, m: SentenceMatch): boolean {
  const quoted = m.nearQuote?.quoted ?? m.wording?.quoted;
  return (
    sharedSystemText(m.sentence) && !namesRemoteDesktop(text) && (quoted === undefined || ownWordsBeside(text, quoted))
  );
}

/**
 * Whether a piece of the paste is (part of) a known text it was read by: a system message text, a localized wording
 * of a matched sentence (any of its languages' quoted dialogs), or a matched English row's words.
 */
function knownPiece(piece: string, matches: readonly SentenceMatch[], texts: readonly string[]): boolean {
  // Numbers out of both, as the dialog's own (an address, a code) differ from paste to paste.
  const bare = (t: string) => foldText(t.replace(/\b0x[0-9a-f]+\b|\d+/gi, ' '));
  const folded = bare(piece);
  if (folded.length <= 2) return true;
  const within = (t: string) => {
    const f = bare(t);
    return f.length > 0 && (folded.includes(f) || f.includes(folded));
  };
  if (texts.some(within) || authenticationTitles().some(within) || within('An authentication error has occurred'))
    return true;
  // A piece that holds one sentence of a longer known text (the rest of it on the next lines) is that text's.
  const holdsSentenceOf = (t: string) =>
    pastePieces(t).some((one) => {
      const f = bare(one);
      return f.length >= 15 && folded.includes(f);
    });
  // The dialog's or message's whole text a row quotes in its `what` is Windows' words too.
  const quotedByRows = matches.flatMap((m) => /"([^"]{20,300})"/.exec(m.sentence.what)?.[1] ?? []);
  if ([...texts, ...quotedByRows].some((t) => within(t) || holdsSentenceOf(t))) return true;
  const forms = englishForms(normalize(piece));
  return matches.some((m) =>
    m.language === 'en' && !m.wording
      ? m.sentence.words.en.length > 0 && forms.some((f) => m.sentence.words.en.every((re) => re.test(f)))
      : LOCALIZED_SENTENCES.some((w) => w.sentence === m.sentence.id && within(w.quoted)) ||
        (m.wording !== undefined && within(m.wording.quoted)) ||
        findLocalizedSentences(piece).some((w) => w.sentence === m.sentence.id),
  );
}

/** @cache the code labels a dialog's pieces carry, as patterns (a constant table). */
let labelPatterns: readonly RegExp[] | undefined;

/** The dialogs' code labels ("Error code:", "Code d'erreur :"), taken out of a piece before its words are counted. */
function codeLabels(): readonly RegExp[] {
  labelPatterns ??= ['Extended error code', 'Error code', 'Code']
    .concat(PASTE_WORDS.filter((w) => w.role === 'errorCode').map((w) => w.word))
    .map((w) => new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'));
  return labelPatterns;
}

/**
 * Whether a localized match's words stand only in a question or after a condition (asked-wording.ts) of a paste
 * that names nothing of Remote Desktop.
 */
function askedWording(text: string, m: SentenceMatch): boolean {
  if (!m.wording || m.language === 'en' || REMOTE_DESKTOP_WORDS.test(text)) return false;
  const first = m.wording.words[0];
  const options = (typeof first === 'string' ? [first] : (first ?? [])).map((w) => w.toLowerCase());
  const lower = text.toLowerCase();
  const word = options.find((w) => lower.includes(w));
  return word !== undefined && askedOrSupposed(lower, [word]);
}

/** A phrase (`phrase`) the paste holds that phraseIsTheDialog set aside: its English text, for the answer to say why. */
export function phraseSetAside(text: string): KnownSentence | undefined {
  const t = normalize(text);
  const localized = findLocalizedSentences(text);
  return KNOWN_SENTENCES.find(
    (s) =>
      s.phrase &&
      (s.words.en.every((re) => re.test(t)) || localized.some((w) => w.sentence === s.id)) &&
      !findSentences(text).some((m) => m.sentence === s),
  );
}

/** @cache the localized wordings as candidates of the approximate reading (a constant table). */
let nearWordings: readonly NearCandidate<LocalizedWording>[] | undefined;

/**
 * The localized wording a paste says in other words (a word changed, accents lost, cut at one end), by the rule every
 * language shares (nearest-text.ts); never from a wording that rests on Microsoft's terms only.
 */
function nearestLocalizedSentence(text: string): SentenceMatch | undefined {
  nearWordings ??= LOCALIZED_SENTENCES.filter((w) => w.basis === 'wording' && !w.exact).map((w) => ({
    item: w,
    text: w.quoted,
    meaning: w.sentence,
    language: w.language,
  }));
  // The "authentication error" title opens several dialogs: it says nothing alone, in every language.
  const near = nearestText(text, nearWordings, authenticationTitles());
  const sentence = near && KNOWN_SENTENCES.find((s) => s.id === near.item.sentence);
  if (!near || !sentence) return undefined;
  // A paste of generic phrases of the row's language only ("Verbindung fehlgeschlagen"): no row's (generic-phrase.ts).
  if (saysNothingTelling(text, near.item.language)) return undefined;
  // A dialog that names Remote Desktop (the remote computer) said of another thing ("… till skrivaren", the printer)
  // is about that thing: the word changed is the one that made it Remote Desktop's.
  if (REMOTE_DESKTOP_WORDS.test(near.item.quoted) && !REMOTE_DESKTOP_WORDS.test(text)) return undefined;
  return {
    sentence,
    language: near.item.language,
    wording: near.item,
    matched: Math.round(near.share * near.item.quoted.length),
    approximate: { share: near.share, cut: near.cut },
  };
}

/**
 * The rows that are lines of a program's log (the third-party clients', xrdp's, proxies', TLS libraries' and other
 * products' lines): read as they are printed, in their context, never as a dialog a user retold.
 */
const LOG_LINE_ROWS: ReadonlySet<string> = new Set(
  [
    THIRD_PARTY_SENTENCES,
    CLIENT_LOG_PROGRAM_OUTPUT_SENTENCES,
    CLIENT_LOG_STEP_SENTENCES,
    OTHER_PRODUCT_LOGS,
    XRDP_LOG_SENTENCES,
    SOURCE_LINE_SENTENCES,
    RDESKTOP_LOG_SENTENCES,
    REDEMPTION_SENTENCES,
    GUACAMOLE_LOG_SENTENCES,
    FREERDP_LEGACY_LOG_SENTENCES,
    FREERDP_CERTIFICATE_SENTENCES,
    CLIENT_CERTIFICATE_SENTENCES,
    RUST_IO_SENTENCES,
    RDP_WRAPPER_SENTENCES,
    CLIENT_DISCONNECT_TRACES,
    TLS_LIBRARY_LINES,
    RDP_LIBRARY_ERRORS,
    RDPCHECK_MESSAGES,
    IPBAN_LOG_SENTENCES,
  ].flatMap((rows) => rows.map((r) => r.id)),
);

/** @cache the rows' quoted texts as candidates of the near-quote reading (a constant table). */
let quotedRows: readonly QuoteCandidate<KnownSentence>[] | undefined;

/**
 * The texts a row quotes in its description (`what`: the dialog "…", the message "…"), each of enough words to be
 * read: a phrase many programs show, a generic system text, command output and a catch-all are never read so.
 */
function rowQuotes(): readonly QuoteCandidate<KnownSentence>[] {
  quotedRows ??= KNOWN_SENTENCES.filter(
    (s) => !s.phrase && !s.signIn && !s.commandOutput && !s.generic && !LOG_LINE_ROWS.has(s.id),
  ).flatMap((s) => {
    const quoted = [...s.what.matchAll(/["\u201c]([^"\u201c\u201d]{12,400})["\u201d]/gu)].map((m) =>
      m[1].replace(/^\s*(?:…|\.\.\.)\s*|\s*(?:…|\.\.\.)\s*$/gu, ''),
    );
    return [...new Set([...quoted, ...s.words.en.flatMap(literalTexts)])]
      .filter((text) => contentWords(text).length >= 4)
      .map((text) => ({ item: s, text, meaning: s.id }));
  });
  return quotedRows;
}

/**
 * The texts an English pattern spells when its choices are taken as written first (`(?:has not|hasn't)` is "has
 * not", `licen[cs]e` "licence", `\S+` a word left out): the words a user retypes; a pattern that stays a pattern
 * (a repetition, a class left) spells none.
 */
function literalTexts(re: RegExp): string[] {
  let t = re.source
    .replace(/\(\?<?[!=][^()]*\)/g, '')
    .replace(/\\[bB]/g, '')
    .replace(/\\[sS][+*]?|\.\{\d+,\d+\}\??|\.[+*]\??/g, ' ')
    .replace(/\[(.)[^\]]*\]/g, '$1')
    .replace(/\\(.)/g, '$1');
  for (let i = 0; i < 4; i++) t = t.replace(/\((?:\?:)?([^()|]*)(?:\|[^()]*)?\)\??/g, '$1');
  return t
    .replace(/(\p{L})\?/gu, '$1')
    .replace(/['",]\?/g, (c) => c[0])
    .split('|')
    .filter((text) => !/[()[\]{}*+?^$\\]/.test(text));
}

/** A row's text the paste quotes inexactly (near-quote.ts), said so. */
function nearestQuotedSentence(text: string): SentenceMatch | undefined {
  const quote = nearestQuote(text, rowQuotes());
  // A text that names Remote Desktop ("terminal server", "remote computer") said of another thing ("PeSIT server")
  // is about that thing: the word changed is the one that made it Remote Desktop's. The part of the row kept being a
  // generic phrase ("the connection failed"), the row is not what the paste says (generic-phrase.ts).
  if (
    !quote ||
    (REMOTE_DESKTOP_WORDS.test(quote.cut ? quote.kept : quote.text) && !REMOTE_DESKTOP_WORDS.test(text)) ||
    saysNothingTelling(quote.kept, 'en')
  )
    return undefined;
  const { carried, changes, cut } = quote;
  return {
    sentence: quote.item,
    language: 'en',
    matched: Math.round(carried * quote.text.length),
    nearQuote: { quoted: quote.text, carried, changes, cut },
  };
}

/** A localized row's text the paste quotes inexactly (localized-quote.ts), said so, as the English reading above. */
function nearestLocalizedQuotedSentence(text: string): SentenceMatch | undefined {
  return quotedRowMatch(text, nearestLocalizedQuote(text, admitsNearQuote));
}

/**
 * A row of the Chinese, Japanese, Korean or Thai tables the paste quotes inexactly (script-near-quote.ts), said so; a
 * text that names Remote Desktop said of another thing, or a phrase every program shows outside a paste about Remote
 * Desktop, is not it.
 */
function nearestScriptQuotedSentence(text: string): SentenceMatch | undefined {
  const match = quotedRowMatch(text, nearestScriptQuote(text, scriptQuoteRows(), authenticationTitles()));
  return match && phraseIsTheDialog(text, match) ? match : undefined;
}

/** A localized row quoted inexactly as a sentence match; not when the quote names Remote Desktop and the paste does not. */
function quotedRowMatch(
  text: string,
  quote:
    | { item: LocalizedWording; text: string; kept: string; cut: boolean; carried: number; changes: number }
    | undefined,
): SentenceMatch | undefined {
  const sentence = quote && KNOWN_SENTENCES.find((s) => s.id === quote.item.sentence);
  if (!quote || !sentence) return undefined;
  // The part of the row kept says nothing but generic phrases of its language: not this row's (generic-phrase.ts).
  if (saysNothingTelling(quote.kept, quote.item.language)) return undefined;
  if (REMOTE_DESKTOP_WORDS.test(quote.cut ? quote.kept : quote.text) && !REMOTE_DESKTOP_WORDS.test(text))
    return undefined;
  const { carried, changes, cut } = quote;
  return {
    sentence,
    language: quote.item.language,
    wording: quote.item,
    matched: Math.round(carried * quote.text.length),
    nearQuote: { quoted: quote.text, carried, changes, cut },
  };
}

/** The rows a near quote may read: those of a sentence the English near quote reads (rowQuotes above). */
function admitsNearQuote(w: LocalizedWording): boolean {
  const s = KNOWN_SENTENCES.find((k) => k.id === w.sentence);
  return s !== undefined && !s.phrase && !s.signIn && !s.commandOutput && !s.generic && !LOG_LINE_ROWS.has(s.id);
}

/** How much of the paste a localized wording's words covered (characters), as the English words' matches count. */
function localizedMatched(wording: LocalizedWording, text: string): number {
  const folded = foldText(text);
  let n = 0;
  for (const any of wording.words) {
    const options = (typeof any === 'string' ? [any] : any).map(foldText);
    n += Math.max(0, ...options.filter((w) => folded.includes(w)).map((w) => w.length));
  }
  return n;
}

/** A code's message text as a sentence that stands for the code: its name, its value and its English text. */
function messageTextMatch(m: MessageText): SentenceMatch {
  const named = lookupCodeName(m.code);
  const hex = named && named.table !== 'avd' ? ` (0x${named.code.toString(16).toUpperCase()})` : '';
  const english = englishMessageText(m.code);
  const same = sameTextCodes(m.code);
  const twins = same.length
    ? ` The same text is also the message of ${same.join(' and ')}: the code or the log beside it tells which.`
    : '';
  const sentence: KnownSentence = {
    id: m.code,
    what: `the system message text of ${m.code}${hex}`,
    codeName: m.code,
    words: { en: [] },
    meaning: `The system message text of ${m.code}${hex}${english ? `; in English: "${english.text.replace(/\.$/, '')}"` : ''}.${twins}${m.firstSentence ? ` Read by its first sentence, quoted inside the paste ("${firstSentenceOf(m.text)}"); the rest of the paste is the user's own words.` : ''}${m.approximate ? ` The paste is not worded exactly as Microsoft's text ("${m.text}"): read as the one it comes closest to, by most of its words.` : ''}`,
    confidence: 'MS',
    source: `Microsoft's message text of ${m.code} (winerror.h), ${english?.source.url ?? m.source.url}`,
    systemMessage: true,
  };
  // The whole text matched: as specific as a reading gets.
  if (m.language === 'en') return { sentence, language: 'en', matched: m.text.length };
  const wording: LocalizedWording = {
    sentence: m.code,
    language: m.language,
    quoted: m.text,
    words: [m.text],
    basis: 'wording',
    source: m.source,
  };
  return { sentence, language: m.language, wording, matched: m.text.length };
}
