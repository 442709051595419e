/**
 * The German and French words a paste's labels and sentences are read by (src/explain/paste-reader.ts): a
 * field's label that chooses its number's table ("Fehlercode: 0x…" is a 4776's Error Code), and the words around a
 * number that make it a code or say which ("Authentifizierungsfehler", an event named "Ereignis 1058"). Event Viewer's
 * "General" labels ("Quelle", "Ereignis-ID", "ID d'événement") are in localized.ts (EVENT_VIEWER_LABELS).
 *
 * Nothing here is written from memory: every word is quoted by the Microsoft page named with it, in the text given as
 * `quoted` (the test reads it there). `basis: 'label'` marks a word the page shows as the label Windows writes before a
 * value (an event's field as the page quotes the event); `basis: 'term'` a word the page uses for the same thing in its
 * own prose or in a message (Microsoft's localized term, not seen as a label): the reader uses both the same way, since
 * a label only chooses which table reads a number the paste holds, and the number's own table says what it means.
 *
 * Left out for want of a page that quotes them (a paste holding them reads its number without their help, or sets it
 * aside and says so): the 4625 labels "Fehlerursache", "Unterstatus", "Raison de l'échec", "Sous-état" / "Sous-statut"
 * and "Statut"; the dialog's "Erweiterter Fehlercode" / "Code d'erreur étendu"; the 4771 "Code d'échec"; the LSM
 * "Ursachencode" / "Code de raison"; the words "erweitert" / "étendu", "Protokollfehler" / "erreur de protocole".
 */
import { azureEvents, azureSpecific, rds } from './localized.js';
import type { LocalizedLanguage, Page } from './localized-wording.js';

/** What the word says of the number after it (or, for `event`, that the number is an event id). */
export type PasteWordRole =
  /** A field's label: the Remote Desktop dialog's or an event's (4776) Error Code. */
  | 'errorCode'
  /** The word "error" alone as a label ("Fehler: 0x…"). */
  | 'error'
  /** A Kerberos event's (4768) Result Code. */
  | 'resultCode'
  /** A status ("État : 0x…"). */
  | 'status'
  /** The event id's label. */
  | 'eventId'
  /** An event named in running text ("das Ereignis 1058"). */
  | 'event'
  /** The "authentication error" dialog's title: its code is an HRESULT. */
  | 'authentication'
  /** A session disconnected (the number after it, "Reason=…", is a disconnect reason). */
  | 'disconnected'
  /** The word "reason" ("Grund 5"): a code, of an LSM 40 sentence when the paste is one. */
  | 'reason'
  /** A word that makes the number after it a code ("Fehler 10061"). */
  | 'code';

export interface PasteWord {
  readonly language: Extract<LocalizedLanguage, 'de' | 'fr'>;
  /** The word as the page writes it (matched as pasting leaves it: case, accents, apostrophes, spaces). */
  readonly word: string;
  readonly role: PasteWordRole;
  /** The English word it stands for. */
  readonly english: string;
  readonly basis: 'label' | 'term';
  /** The page's text that holds the word. */
  readonly quoted: string;
  readonly source: Page;
}

/** Defender for Identity "Configure event collection": its SIEM examples quote a 4776 event's message. */
const ataEventCollection = (language: 'de' | 'fr'): Page => ({
  url: `https://learn.microsoft.com/${language}-${language === 'de' ? 'de' : 'fr'}/defender-for-identity/configure-event-collection`,
  file: `${language === 'de' ? 'Microsoft/ATADocs.de-de' : 'MicrosoftDocs/ATADocs.fr-fr'} ATPDocs/configure-event-collection.md`,
});

/** "Troubleshoot Azure VM RDP connection issues by Event ID" (German by a person, French by machine). */
const azureEventId = (language: 'de' | 'fr'): Page => azureEvents(language, language === 'fr' ? 'MT' : 'HT');

/** Windows Server "Clients can't connect and see no licenses available error". */
const noLicenses = (language: 'de' | 'fr'): Page => rds(language, 'rdp-error-no-licenses-available');

const ATA_4776_DE =
  'Es wurde versucht, die Anmeldeinformationen für ein Konto zu überprüfen. Authentifizierungspaket: MICROSOFT_AUTHENTICATION_PACKAGE_V1_0 Anmeldekonto: Administrator Quellarbeitsstation: SIEM Fehlercode: 0x0';
const ATA_4776_FR =
  'L’ordinateur a tenté de valider les informations d’identification d’un compte. Package d’authentification : MICROSOFT_AUTHENTICATION_PACKAGE_V1_0 Compte d’ouverture de session : Administrateur Station de travail source : SIEM Code d’erreur : 0x0';

export const PASTE_WORDS: readonly PasteWord[] = [
  // The Error Code label (4776 as the page quotes it; the dialog's "Error code" is the same English label).
  {
    language: 'de',
    word: 'Fehlercode',
    role: 'errorCode',
    english: 'Error Code',
    basis: 'label',
    quoted: ATA_4776_DE,
    source: ataEventCollection('de'),
  },
  {
    language: 'fr',
    word: "Code d'erreur",
    role: 'errorCode',
    english: 'Error Code',
    basis: 'label',
    quoted: ATA_4776_FR,
    source: ataEventCollection('fr'),
  },
  // "Error" alone: the word of Schannel's and Event Viewer's texts.
  {
    language: 'de',
    word: 'Fehler',
    role: 'error',
    english: 'Error',
    basis: 'term',
    quoted: 'Ereignis-ID: 1058 Aufgabenkategorie: Keine Ebene: Fehler',
    source: azureEventId('de'),
  },
  {
    language: 'fr',
    word: 'Erreur',
    role: 'error',
    english: 'Error',
    basis: 'term',
    quoted: "Vous pouvez également vérifier les événements d'erreur SCHANNEL 36872 et 36870",
    source: azureEventId('fr'),
  },
  // The Result Code: the pages' word for the NTLM result code a 4776 carries (4768's Result Code in English).
  {
    language: 'de',
    word: 'Ergebniscode',
    role: 'resultCode',
    english: 'Result Code',
    basis: 'term',
    quoted: '9. Ergebniscode des NTLM',
    source: ataEventCollection('de'),
  },
  {
    language: 'fr',
    word: 'Code de résultat',
    role: 'resultCode',
    english: 'Result Code',
    basis: 'term',
    quoted: '« Reason or Error Code » = code de résultat de NTLM',
    source: ataEventCollection('fr'),
  },
  // Status: the French word of RCM 1057/1058's "status code".
  {
    language: 'fr',
    word: 'État',
    role: 'status',
    english: 'Status',
    basis: 'term',
    quoted: "Le code d'état approprié est Keyset does not exist (Le jeu de clés n'existe pas).",
    source: azureEventId('fr'),
  },
  // The event id: French "ID de l'événement" (Event Viewer's own label, "ID d'événement", is in localized.ts).
  {
    language: 'fr',
    word: "ID de l'événement",
    role: 'eventId',
    english: 'Event ID',
    basis: 'term',
    quoted: "EventCode = ID de l'événement Windows.",
    source: ataEventCollection('fr'),
  },
  // An event named in running text.
  {
    language: 'de',
    word: 'Ereignis',
    role: 'event',
    english: 'event',
    basis: 'term',
    quoted: 'ob innerhalb der letzten 24 Stunden das Ereignis 1058 oder 1057 im Systemprotokoll erfasst wurde',
    source: azureEventId('de'),
  },
  {
    language: 'fr',
    word: 'Événement',
    role: 'event',
    english: 'event',
    basis: 'term',
    quoted: "pour vérifier si l'événement 1058 ou 1057 a été enregistré dans le journal système",
    source: azureEventId('fr'),
  },
  // The "authentication error" dialog's first words.
  {
    language: 'de',
    word: 'Authentifizierungsfehler',
    role: 'authentication',
    english: 'An authentication error has occurred',
    basis: 'label',
    quoted: 'Authentifizierungsfehler. Die lokale Sicherheitsautorität (LSA) ist nicht erreichbar.',
    source: azureSpecific('de'),
  },
  {
    language: 'fr',
    word: "Erreur d'authentification",
    role: 'authentication',
    english: 'An authentication error has occurred',
    basis: 'label',
    quoted: "Une erreur d'authentification s'est produite. L'autorité de sécurité locale ne peut pas être contactée.",
    source: azureSpecific('fr'),
  },
  // A session disconnected.
  {
    language: 'de',
    word: 'getrennt',
    role: 'disconnected',
    english: 'disconnected',
    basis: 'term',
    quoted: 'Die RDP-Protokollkomponente X.224 hat einen Fehler im Protokolldatenstrom erkannt und den Client getrennt',
    source: noLicenses('de'),
  },
  {
    language: 'fr',
    word: 'déconnecté',
    role: 'disconnected',
    english: 'disconnected',
    basis: 'term',
    quoted:
      'Le composant X.224 du protocole RDP a détecté une erreur dans le flux du protocole et a déconnecté le client',
    source: noLicenses('fr'),
  },
  // Words that make a number a code: error, status; reason.
  {
    language: 'de',
    word: 'Fehler',
    role: 'code',
    english: 'error',
    basis: 'term',
    quoted: 'Die RDP-Protokollkomponente X.224 hat einen Fehler im Protokolldatenstrom erkannt',
    source: noLicenses('de'),
  },
  {
    language: 'fr',
    word: 'erreur',
    role: 'code',
    english: 'error',
    basis: 'term',
    quoted: "Le code d'erreur retourné par le module de chiffrement est 0x8009030D.",
    source: azureEventId('fr'),
  },
  {
    language: 'de',
    word: 'Statuscode',
    role: 'code',
    english: 'status code',
    basis: 'term',
    quoted: 'Der relevante Statuscode war „Zugriff verweigert“.',
    source: azureEventId('de'),
  },
  {
    language: 'fr',
    word: 'état',
    role: 'code',
    english: 'status',
    basis: 'term',
    quoted: "L'état d'erreur interne est 10001.",
    source: azureEventId('fr'),
  },
  {
    language: 'de',
    word: 'Grund',
    role: 'reason',
    english: 'reason',
    basis: 'term',
    quoted: 'cs4Label=Grund oder Fehlercode',
    source: ataEventCollection('de'),
  },
];
